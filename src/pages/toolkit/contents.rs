//! The table of contents: one link per section (those the filter keeps),
//! each a shareable `/toolkit?s=ID` that moves within the page when clicked.

use std::sync::Arc;

use leptos::prelude::*;

use super::Filter;
use crate::components::prose::SectionJump;
use crate::web::focus::is_plain_click;
use crate::web::links::app_href;
use crate::web::url_state::UrlStateHandle;
use domain::toolkit::ToolkitFile;
use domain::toolkit::state::ToolkitState;

#[component]
pub fn Contents(
    toolkit: Arc<ToolkitFile>,
    url: UrlStateHandle<ToolkitState>,
    filter: Filter,
    jump: SectionJump,
) -> impl IntoView {
    let state = url.state();
    let current = Memo::new(move |_| state.with(|state| state.section.clone()));
    let filtered = filter.filtered;
    let items = toolkit
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let id = section.id.clone();
            let jump = jump.clone();
            let click = {
                let id = id.clone();
                move |event: leptos::ev::MouseEvent| {
                    if is_plain_click(&event) {
                        event.prevent_default();
                        (jump.0)(&id);
                    }
                }
            };
            let is_current = {
                let id = id.clone();
                move || current.with(|c| c.as_deref() == Some(id.as_str()))
            };
            view! {
                <li hidden=move || filtered.with(|f| !f.sections.contains(&index))>
                    <a
                        href=app_href(&ToolkitState::section_path(&id))
                        aria-current=move || is_current().then_some("location")
                        on:click=click
                    >
                        {section.title.clone()}
                    </a>
                    <span class="toc-summary">{section.summary.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let to_sources = move |event: leptos::ev::MouseEvent| {
        if is_plain_click(&event) {
            event.prevent_default();
            (jump.0)("sources");
        }
    };
    view! {
        <nav id="contents" class="toolkit-toc no-print" aria-labelledby="contents-title" tabindex="-1">
            <h2 id="contents-title">"Contents"</h2>
            <ol>{items}</ol>
            <p class="toc-sources"><a href="#sources" on:click=to_sources>"Sources"</a></p>
        </nav>
    }
}
