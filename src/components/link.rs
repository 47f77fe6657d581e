//! Links to the app's own views. leptos_router 0.8's `<A>` leaves an href that
//! starts with `/` untouched, ignoring the router base, so every internal link
//! goes through `AppLink`, which adds the base detected at run time.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::web::base::AppBase;

/// The full path of an app-relative path (`/directory?q=x` → `/sub/path/directory?q=x`).
pub fn app_href(path: &str) -> String {
    let base = use_context::<AppBase>()
        .map(|base| base.router_base)
        .unwrap_or_default();
    format!("{base}{path}")
}

#[component]
pub fn AppLink(
    /// App-relative: `/`, `/directory?q=finance`; may change (a signal).
    #[prop(into)]
    href: Signal<String>,
    /// Marks the link current only on an exact match (for navigation).
    #[prop(optional)]
    exact: bool,
    children: Children,
) -> impl IntoView {
    let base = app_href("");
    view! { <A href=move || format!("{base}{}", href.get()) exact=exact>{children()}</A> }
}
