//! The guide's sources, the targets of its `[^id]` citations.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::sources::SourceList;
use crate::domain::guide::GuideFile;

#[component]
pub fn Sources(guide: Arc<GuideFile>) -> impl IntoView {
    view! {
        <section class="guide-sources" aria-labelledby="guide-sources-title">
            <h2 id="guide-sources-title">"Sources"</h2>
            <SourceList sources=guide.sources.clone()/>
        </section>
    }
}
