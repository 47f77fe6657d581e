//! A numbered list of cited sources; each item is the target of the
//! `[^id]` citation links that rich text renders (`#source-ID`).

use leptos::prelude::*;

use crate::domain::toolkit::Source;

#[component]
pub fn SourceList(sources: Vec<Source>) -> impl IntoView {
    view! {
        <ol class="sources">
            {sources
                .into_iter()
                .map(|source| {
                    view! {
                        <li id=format!("source-{}", source.id)>
                            <cite>{source.title}</cite>
                            {format!(". {}", source.publisher)}
                            {source.year.map(|year| format!(", {year}"))}
                            "."
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
