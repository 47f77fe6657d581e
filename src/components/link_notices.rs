//! What a view's link asked for that was ignored (`UrlStateHandle::notices`),
//! one notice each, announced politely where it appears.

use leptos::prelude::*;

/// Props: `notices`, the sentences to show (none shows nothing); `class`, an
/// extra class for the view's spacing.
#[component]
pub fn LinkNotices(
    notices: Memo<Vec<String>>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let class = format!("notice link-notice {class}");
    move || {
        notices
            .get()
            .into_iter()
            .map(|text| view! { <p class=class.clone() role="status">{text}</p> })
            .collect_view()
    }
}
