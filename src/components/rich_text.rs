//! Renders parsed rich text as DOM nodes. Text is always text: no data ever
//! becomes raw HTML. Links were allow-listed when the file was read.

use crate::components::link::AppLink;
use leptos::prelude::*;

use crate::domain::richtext::{Block, Inline, Link};

#[component]
pub fn RichText(blocks: Vec<Block>) -> impl IntoView {
    blocks.into_iter().map(block).collect_view()
}

fn block(block: Block) -> AnyView {
    match block {
        Block::Heading { level: 3, content } => view! { <h3>{inlines(content)}</h3> }.into_any(),
        Block::Heading { content, .. } => view! { <h4>{inlines(content)}</h4> }.into_any(),
        Block::Paragraph(content) => view! { <p>{inlines(content)}</p> }.into_any(),
        Block::List {
            ordered: false,
            items,
        } => view! { <ul>{list_items(items)}</ul> }.into_any(),
        Block::List {
            ordered: true,
            items,
        } => view! { <ol>{list_items(items)}</ol> }.into_any(),
        Block::Quote {
            content,
            attribution,
        } => view! {
            <figure class="quote">
                <blockquote><p>{inlines(content)}</p></blockquote>
                {attribution.map(|who| view! { <figcaption>{inlines(who)}</figcaption> })}
            </figure>
        }
        .into_any(),
    }
}

fn list_items(items: Vec<Vec<Inline>>) -> impl IntoView {
    items
        .into_iter()
        .map(|item| view! { <li>{inlines(item)}</li> })
        .collect_view()
}

fn inlines(content: Vec<Inline>) -> AnyView {
    content.into_iter().map(inline).collect_view().into_any()
}

fn inline(inline: Inline) -> AnyView {
    match inline {
        Inline::Text(text) => text.into_any(),
        Inline::Strong(inner) => view! { <strong>{inlines(inner)}</strong> }.into_any(),
        Inline::Emphasis(inner) => view! { <em>{inlines(inner)}</em> }.into_any(),
        Inline::Cite(id) => view! { <sup class="cite"><a href=format!("#source-{id}") rel="external">{format!("[{id}]")}</a></sup> }.into_any(),
        Inline::Link { target: Link::External(url), content } => {
            view! { <a href=url rel="noopener" target="_blank">{inlines(content)}<span class="visually-hidden">" (opens in a new tab)"</span></a> }
                .into_any()
        }
        Inline::Link { target: Link::App { route, query, fragment }, content } => {
            let mut href = route.path().to_string();
            if !query.is_empty() {
                href = format!("{href}?{query}");
            }
            if !fragment.is_empty() {
                href = format!("{href}#{fragment}");
            }
            view! { <AppLink href=href>{inlines(content)}</AppLink> }.into_any()
        }
        Inline::Link { target: Link::Section(id), content } => {
            view! { <AppLink href=format!("/toolkit?s={id}")>{inlines(content)}</AppLink> }.into_any()
        }
    }
}
