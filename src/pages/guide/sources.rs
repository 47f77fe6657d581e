//! The guide's sources, the targets of its `[^id]` citations, numbered as
//! the citations are (see `Guide`, which provides the numbering).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::citations::{Citations, SourcesList};
use domain::guide::GuideFile;

#[component]
pub fn Sources(guide: Arc<GuideFile>) -> impl IntoView {
    let citations = expect_context::<Citations>();
    let any = citations.clone();
    let sources = guide
        .numbered_sources()
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    view! {
        <section class="guide-sources" aria-labelledby="guide-sources-title" hidden=move || !any.any_cited()>
            <h2 id="guide-sources-title">"Sources"</h2>
            <ol class="sources">
                <SourcesList citations=citations sources=sources/>
            </ol>
        </section>
    }
}
