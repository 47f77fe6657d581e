//! Links to the app's own views, as `<a>` elements the router handles
//! (`web::links` says why every internal href needs the base and embed mode).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::web::links::AppHrefs;

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
    let hrefs = AppHrefs::current();
    view! { <A href=move || hrefs.href(&href.get()) exact=exact>{children()}</A> }
}
