//! Links to the app's own views. leptos_router 0.8's `<A>` leaves an href that
//! starts with `/` untouched, ignoring the router base, so every internal link
//! goes through `app_href`/`AppLink`, which add the base detected at run time
//! and, in embed mode, keep `embed=1` so the frame stays in embed mode.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::web::base::AppBase;
use crate::web::embed::is_embedded;
use domain::url::with_param;

/// The full path of an app-relative path (`/directory?q=x` → `/sub/path/directory?q=x`).
pub fn app_href(path: &str) -> String {
    full_href(&router_base(), is_embedded(), path)
}

fn router_base() -> String {
    use_context::<AppBase>()
        .map(|base| base.router_base)
        .unwrap_or_default()
}

fn full_href(base: &str, embedded: bool, path: &str) -> String {
    if embedded {
        format!("{base}{}", with_param(path, "embed", "1"))
    } else {
        format!("{base}{path}")
    }
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
    // Read once: the closure below runs outside the component's context.
    let (base, embedded) = (router_base(), is_embedded());
    view! { <A href=move || full_href(&base, embedded, &href.get()) exact=exact>{children()}</A> }
}
