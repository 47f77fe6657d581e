//! The heading every view starts with. It sets the tab title and, after a
//! navigation inside the app, takes focus so keyboard and screen-reader users
//! land at the start of the new view (not on the first page load).

use leptos::html::H1;
use leptos::prelude::*;

use crate::web::document::set_title;
use crate::web::focus::may_move_focus;

/// Whether the app has shown its first view yet; provided by the app root.
#[derive(Clone, Copy)]
pub struct FirstView(StoredValue<bool>);

impl FirstView {
    pub fn provide() {
        provide_context(FirstView(StoredValue::new(true)));
    }
}

#[component]
pub fn PageHeading(#[prop(into)] title: String) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    set_title(&title);
    let first = use_context::<FirstView>();
    Effect::new(move || {
        let Some(element) = heading.get() else { return };
        let is_first = first.is_some_and(|first| first.0.get_value());
        if let Some(first) = first {
            first.0.set_value(false);
        }
        if !is_first && may_move_focus() {
            let _ = element.focus();
        }
    });
    view! { <h1 id="page-title" tabindex="-1" node_ref=heading>{title}</h1> }
}
