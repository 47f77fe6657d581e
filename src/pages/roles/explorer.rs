//! What every part of the role explorer shares, and links between its views.

use std::sync::Arc;

use leptos::prelude::*;

use super::tabs;
use crate::components::link::app_href;
use crate::web::focus::{is_plain_click, reveal_later};
use domain::roles::RolesFile;
use domain::roles::state::View;
use domain::routes::Route;
use domain::url::QueryString;

pub type Navigate = Box<dyn Fn(&str, QueryString, bool)>;

/// What every part of the explorer shares: the content and the view in the URL.
#[derive(Clone)]
pub struct State {
    pub roles: Arc<RolesFile>,
    pub view: Memo<View>,
    pub(super) url: Memo<QueryString>,
    pub(super) navigate: StoredValue<Navigate, LocalStorage>,
}

impl State {
    /// Shows `view`. `push` adds a history entry (switching tabs); choosing
    /// within a tab replaces it, so Back leaves the explorer in one step per tab.
    pub fn show(&self, view: View, push: bool) {
        let mut query = self.url.get_untracked();
        view.write(&self.roles, &mut query);
        self.navigate
            .with_value(|go| go(Route::Roles.path(), query, !push));
    }

    /// The shareable address of `view`.
    pub fn href(&self, view: &View) -> String {
        let mut query = self.url.get_untracked();
        view.write(&self.roles, &mut query);
        app_href(&format!("{}{}", Route::Roles.path(), query.to_query()))
    }
}

/// A link to another view of the explorer: opens it and moves focus to its heading.
#[component]
pub fn ViewLink(state: State, to: View, children: Children) -> impl IntoView {
    let href = state.href(&to);
    let heading = tabs::heading_id(to.tab());
    let click = move |event: leptos::ev::MouseEvent| {
        if is_plain_click(&event) {
            event.prevent_default();
            state.show(to.clone(), true);
            reveal_later(heading.clone());
        }
    };
    view! { <a href=href on:click=click>{children()}</a> }
}
