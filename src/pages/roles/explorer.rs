//! Links between the views of the role explorer.

use leptos::prelude::*;

use super::tabs;
use crate::web::focus::{is_plain_click, reveal_later};
use crate::web::links::app_href;
use crate::web::url_state::UrlStateHandle;
use domain::roles::state::RolesState;

/// A link to another view of the explorer: opens it as a new history entry
/// and moves focus to its heading.
#[component]
pub fn ViewLink(
    url: UrlStateHandle<RolesState>,
    to: RolesState,
    children: Children,
) -> impl IntoView {
    let href = app_href(&url.path(&to));
    let heading = tabs::heading_id(to.tab());
    let click = move |event: leptos::ev::MouseEvent| {
        if is_plain_click(&event) {
            event.prevent_default();
            url.push(&to);
            reveal_later(heading.clone());
        }
    };
    view! { <a href=href on:click=click>{children()}</a> }
}
