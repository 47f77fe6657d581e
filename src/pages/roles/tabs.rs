//! The explorer's tabs (WAI-ARIA tabs pattern): one tab stop; arrow keys,
//! Home and End move between tabs and open them.

use leptos::prelude::*;

use crate::web::focus::focus_by_id;
use crate::web::url_state::UrlStateHandle;
use domain::roles::state::{RolesState, Tab};

pub fn label(tab: Tab) -> &'static str {
    match tab {
        Tab::Role => "By role",
        Tab::Aspect => "By aspect",
        Tab::Matrix => "All at once",
        Tab::Levels => "Levels of participation",
        Tab::Fit => "Which role fits me?",
    }
}

pub fn tab_id(tab: Tab) -> String {
    format!("tab-{}", tab.id())
}

pub fn panel_id(tab: Tab) -> String {
    format!("panel-{}", tab.id())
}

/// The id of the heading that opens each panel.
pub fn heading_id(tab: Tab) -> String {
    format!("panel-{}-title", tab.id())
}

#[component]
pub fn Tabs(url: UrlStateHandle<RolesState>) -> impl IntoView {
    let current = Memo::new(move |_| url.state().with(RolesState::tab));
    // Switching tabs adds a history entry, so Back leaves the explorer in
    // one step per tab.
    let open = move |tab: Tab| {
        if current.get_untracked() != tab {
            url.push(&RolesState::opening(tab, &url.content()));
        }
    };
    let buttons = Tab::ALL
        .into_iter()
        .enumerate()
        .map(|(index, tab)| {
            let selected = move || current.get() == tab;
            let on_click = move |_| open(tab);
            let on_key = move |event: leptos::ev::KeyboardEvent| {
                let last = Tab::ALL.len() - 1;
                let next = match event.key().as_str() {
                    "ArrowRight" => Some(if index == last { 0 } else { index + 1 }),
                    "ArrowLeft" => Some(if index == 0 { last } else { index - 1 }),
                    "Home" => Some(0),
                    "End" => Some(last),
                    _ => None,
                };
                if let Some(next) = next {
                    event.prevent_default();
                    open(Tab::ALL[next]);
                    focus_by_id(&tab_id(Tab::ALL[next]));
                }
            };
            view! {
                <button
                    type="button"
                    role="tab"
                    id=tab_id(tab)
                    aria-selected=move || selected().to_string()
                    aria-controls=move || selected().then(|| panel_id(tab))
                    tabindex=move || if selected() { "0" } else { "-1" }
                    on:click=on_click
                    on:keydown=on_key
                >
                    {label(tab)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="roles-tabs no-print" role="tablist" aria-label="Ways to explore the roles">
            {buttons}
        </div>
    }
}
