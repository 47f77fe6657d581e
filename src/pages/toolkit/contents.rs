//! The table of contents: one link per section (those the filter keeps),
//! each a shareable `/toolkit?s=ID` that moves within the page when clicked.

use leptos::prelude::*;

use super::Shared;
use crate::components::link::app_href;
use crate::web::focus::is_plain_click;
use crate::web::url::use_query_string;

#[component]
pub fn Contents(shared: Shared) -> impl IntoView {
    let url = use_query_string();
    let current = Memo::new(move |_| url.with(|q| q.get("s").map(str::to_string)));
    let filtered = shared.filtered;
    let items = shared
        .toolkit
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let id = section.id.clone();
            let jump = shared.jump.clone();
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
                        href=app_href(&format!("/toolkit?s={id}"))
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
    let jump = shared.jump.clone();
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
