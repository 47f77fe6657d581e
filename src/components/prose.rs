//! Renders parsed rich text as DOM nodes. Text is always text: no data ever
//! becomes raw HTML. Links were allow-listed when the file was read.
//!
//! Two optional hooks come from context, so every caller gets them without
//! threading props: `Citations` (numbered citation links, see
//! `components::citations`) and `SectionJump` (on the toolkit page, section
//! links move within the page instead of navigating).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::components::citations::Citations;
use crate::components::link::AppLink;
use crate::web::focus::is_plain_click;
use crate::web::links::app_href;
use domain::content::hidden_address::hidden_address;
use domain::richtext::{Block, Inline, Link, Table, plain_inlines};
use domain::search::{Query, highlight};
use domain::sources::toolkit_section;
use domain::toolkit::state::ToolkitState;

/// Provided by a view that shows the toolkit sections itself: a section link
/// then calls this with the section id instead of navigating.
#[derive(Clone)]
pub struct SectionJump(pub Arc<dyn Fn(&str) + Send + Sync>);

/// `highlight`: words matching this query are marked (`<mark>`).
#[component]
pub fn Prose(blocks: Vec<Block>, #[prop(optional)] highlight: Option<Query>) -> impl IntoView {
    let marks = highlight.filter(|query| !query.is_empty());
    blocks
        .into_iter()
        .map(|b| block(b, marks.as_ref()))
        .collect_view()
}

fn block(block: Block, marks: Option<&Query>) -> AnyView {
    match block {
        Block::Heading { level: 3, content } => {
            view! { <h3>{inlines(content, marks)}</h3> }.into_any()
        }
        Block::Heading { content, .. } => view! { <h4>{inlines(content, marks)}</h4> }.into_any(),
        Block::Paragraph(content) => view! { <p>{inlines(content, marks)}</p> }.into_any(),
        Block::List {
            ordered: false,
            items,
        } => view! { <ul>{list_items(items, marks)}</ul> }.into_any(),
        Block::List {
            ordered: true,
            items,
        } => view! { <ol>{list_items(items, marks)}</ol> }.into_any(),
        Block::Quote {
            content,
            attribution,
        } => view! {
            <figure class="quote">
                <blockquote><p>{inlines(content, marks)}</p></blockquote>
                {attribution.map(|who| view! { <figcaption>{inlines(who, marks)}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::Table(table) => table_view(table, marks),
    }
}

/// A table scrolls sideways inside its own focusable region on narrow
/// screens (WCAG 1.4.10 allows this for data tables); the page never does.
/// The caption sits outside the scrolling part so it stays readable.
fn table_view(table: Table, marks: Option<&Query>) -> AnyView {
    static TABLES: AtomicUsize = AtomicUsize::new(0);
    let caption_id = format!("table-caption-{}", TABLES.fetch_add(1, Ordering::Relaxed));
    let header = table
        .header
        .into_iter()
        .map(|cell| {
            // An empty corner still heads its column: an empty `th` fails axe
            // (empty-table-header) and an empty `td` gets a renderer comment
            // that IBM's checker reads as data, so it names the column unseen.
            if cell.is_empty() {
                view! { <th scope="col"><span class="visually-hidden">"Item"</span></th> }
                    .into_any()
            } else {
                view! { <th scope="col">{inlines(cell, marks)}</th> }.into_any()
            }
        })
        .collect_view();
    let rows = table
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(index, cell)| {
                    if index == 0 {
                        view! { <th scope="row">{inlines(cell, marks)}</th> }.into_any()
                    } else {
                        view! { <td>{inlines(cell, marks)}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    let caption = table.caption.map(|caption| {
        let id = caption_id.clone();
        view! { <p class="table-caption" id=id>{inlines(caption, marks)}</p> }
    });
    let labelled_by = caption.is_some().then(|| caption_id.clone());
    let label = labelled_by.is_none().then_some("Table");
    let region_labelled_by = labelled_by.clone();
    view! {
        <div class="table-figure">
            {caption}
            <div class="table-wrap" role="region" aria-labelledby=region_labelled_by aria-label=label tabindex="0">
                <table aria-labelledby=labelled_by>
                    <thead><tr>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
    .into_any()
}

fn list_items(items: Vec<Vec<Inline>>, marks: Option<&Query>) -> impl IntoView {
    items
        .into_iter()
        .map(|item| view! { <li>{inlines(item, marks)}</li> })
        .collect_view()
}

fn inlines(content: Vec<Inline>, marks: Option<&Query>) -> AnyView {
    content
        .into_iter()
        .map(|i| inline(i, marks))
        .collect_view()
        .into_any()
}

fn inline(inline: Inline, marks: Option<&Query>) -> AnyView {
    match inline {
        Inline::Text(text) => match marks {
            Some(query) => marked(&text, query),
            None => text.into_any(),
        },
        Inline::Strong(inner) => view! { <strong>{inlines(inner, marks)}</strong> }.into_any(),
        Inline::Emphasis(inner) => view! { <em>{inlines(inner, marks)}</em> }.into_any(),
        Inline::Cite(id) => match use_context::<Citations>() {
            Some(citations) => citations.link(id),
            None => view! { <sup class="cite"><a href=format!("#source-{id}") rel="external">{format!("[{id}]")}</a></sup> }.into_any(),
        },
        Inline::Link {
            target: Link::External(url),
            content,
        } => {
            // Words that name another address than the link's own ("www.ucl.ac.uk"
            // linking elsewhere) are followed by the real one, in plain sight.
            let real = hidden_address(&plain_inlines(&content), &url)
                .map(|address| view! { " " <span class="real-address">"("{address}")"</span> });
            view! {
                <a href=url rel="noopener" target="_blank">
                    {inlines(content, marks)}
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
                {real}
            }
            .into_any()
        }
        Inline::Link { target, content } => {
            if let Some(section) = toolkit_section(&target) {
                return section_link(section, inlines(content, marks));
            }
            let Link::App {
                route,
                query,
                fragment,
            } = target
            else {
                return inlines(content, marks);
            };
            let mut href = route.path().to_string();
            if !query.is_empty() {
                href = format!("{href}?{query}");
            }
            if !fragment.is_empty() {
                href = format!("{href}#{fragment}");
            }
            let content = inlines(content, marks);
            view! { <AppLink href=href>{content}</AppLink> }.into_any()
        }
    }
}

/// Text with the words matching `query` wrapped in `<mark>`.
pub fn marked(text: &str, query: &Query) -> AnyView {
    highlight(text, |word| query.matches_word(word))
        .into_iter()
        .map(|(segment, hit)| {
            let segment = segment.to_string();
            if hit {
                view! { <mark>{segment}</mark> }.into_any()
            } else {
                segment.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// A link to a toolkit section: within the page where a `SectionJump` is
/// provided (the toolkit itself), otherwise a navigation to `/toolkit?s=ID`.
pub fn section_link(id: String, content: AnyView) -> AnyView {
    let path = ToolkitState::section_path(&id);
    match use_context::<SectionJump>() {
        Some(jump) => {
            let click = move |event: leptos::ev::MouseEvent| {
                if is_plain_click(&event) {
                    event.prevent_default();
                    (jump.0)(&id);
                }
            };
            view! { <a href=app_href(&path) on:click=click>{content}</a> }.into_any()
        }
        None => view! { <AppLink href=path>{content}</AppLink> }.into_any(),
    }
}
