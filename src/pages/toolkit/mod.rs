//! The toolkit: a table of contents, "Find in the toolkit", the cited
//! sections and their sources. State in the URL: `?s=ID` (the section to
//! show, scrolled to and focused; `#ID` works too) and `?q=words` (the filter).

mod contents;
mod find;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::citations::{Citations, SourcesList};
use crate::components::content_view::with_content;
use crate::components::page::PageHeading;
use crate::components::rich_text::{RichText, SectionJump, marked, section_link};
use crate::web::focus::{is_plain_click, reveal, reveal_later};
use crate::web::url::{use_query_string, use_set_query};
use domain::routes::Route;
use domain::search::Query;
use domain::toolkit::ToolkitFile;
use domain::toolkit::search::{Filtered, ToolkitSearch};

#[component]
pub fn ToolkitPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Toolkit.title()/>
        {with_content(|toolkit: Arc<ToolkitFile>| view! { <Toolkit toolkit/> })}
    }
}

/// What the parts of the page share.
#[derive(Clone)]
struct Shared {
    toolkit: Arc<ToolkitFile>,
    /// The filter's words (`?q=`).
    query: Memo<Query>,
    filtered: Memo<Filtered>,
    /// Moves to a section within the page (`?s=ID`), or to `contents`/`sources`.
    jump: SectionJump,
}

#[component]
fn Toolkit(toolkit: Arc<ToolkitFile>) -> impl IntoView {
    let url = use_query_string();
    let navigate = StoredValue::new_local(use_set_query());
    let search = Arc::new(ToolkitSearch::new(&toolkit));
    let query = Memo::new(move |_| url.with(|q| Query::parse(q.get("q").unwrap_or_default())));
    let filtered = Memo::new(move |_| query.with(|q| search.filter(q)));

    let section_ids: Arc<Vec<String>> =
        Arc::new(toolkit.sections.iter().map(|s| s.id.clone()).collect());
    let ids = section_ids.clone();
    let jump = SectionJump(Arc::new(move |id: &str| {
        if ids.iter().any(|section| section == id) {
            let mut next = url.get_untracked();
            next.set("s", id);
            navigate.with_value(|go| go(Route::Toolkit.path(), next, false));
        }
        reveal(id);
    }));
    provide_context(jump.clone());
    let numbered = toolkit.numbered_sources();
    let citations = Citations::provide(&numbered);
    let shared = Shared {
        toolkit: toolkit.clone(),
        query,
        filtered,
        jump,
    };

    // `?s=ID` on arrival and on Back/Forward: scroll to the section and focus
    // it. Without `s`, a `#ID` fragment does the same.
    let target = Memo::new(move |_| url.with(|q| q.get("s").map(str::to_string)));
    Effect::new(move |_| {
        let wanted = target.get().or_else(|| {
            let hash = window().location().hash().unwrap_or_default();
            hash.strip_prefix('#')
                .filter(|id| section_ids.iter().any(|s| s == id) || id.starts_with("source-"))
                .map(str::to_string)
        });
        if let Some(id) = wanted {
            reveal_later(id);
        }
    });

    let sources: Vec<_> = numbered.iter().map(|source| (*source).clone()).collect();
    let cited_in: Vec<AnyView> = numbered
        .iter()
        .map(|source| cited_in(&toolkit, &source.id))
        .collect();
    view! {
        <div class="prose toolkit-intro">
            <RichText blocks=toolkit.intro.blocks.clone()/>
        </div>
        <find::FindBox shared=shared.clone()/>
        <div class="toolkit-layout">
            <contents::Contents shared=shared.clone()/>
            <div class="toolkit-content prose">
                {toolkit
                    .sections
                    .iter()
                    .enumerate()
                    .map(|(index, section)| section_view(&shared, index, section))
                    .collect_view()}
                <section id="sources" class="toolkit-sources" aria-labelledby="sources-title">
                    <h2 id="sources-title">"Sources"</h2>
                    <ol class="sources">
                        <SourcesList citations=citations sources=sources cited_in=cited_in/>
                    </ol>
                </section>
            </div>
        </div>
    }
}

fn section_view(
    shared: &Shared,
    index: usize,
    section: &domain::toolkit::Section,
) -> impl IntoView + use<> {
    let filtered = shared.filtered;
    let query = shared.query;
    let id = section.id.clone();
    let title = section.title.clone();
    let body = section.body.blocks.clone();
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section
            id=id
            class="toolkit-section"
            aria-labelledby=labelled_by
            tabindex="-1"
            hidden=move || filtered.with(|f| !f.sections.contains(&index))
        >
            <h2 id=heading>{move || marked(&title, &query.get())}</h2>
            {move || view! { <RichText blocks=body.clone() highlight=query.get()/> }}
            <p class="back-to-contents no-print">
                <InPageLink target="contents" jump=shared.jump.clone()>"Back to contents"</InPageLink>
            </p>
        </section>
    }
}

/// "Cited in: Section, Section." for one source.
fn cited_in(toolkit: &ToolkitFile, source: &str) -> AnyView {
    let sections = toolkit.sections_citing(source);
    if sections.is_empty() {
        return ().into_any();
    }
    let count = sections.len();
    let links = sections
        .into_iter()
        .enumerate()
        .map(|(index, section)| {
            let separator = if index + 1 < count { ", " } else { "" };
            view! { {section_link(section.id.clone(), section.title.clone().into_any())}{separator} }
        })
        .collect_view();
    view! { " " <span class="cited-in">"Cited in: " {links} "."</span> }.into_any()
}

/// A link to an element of this page (`contents`, `sources` or a section):
/// a real `#id` link, handled without the router.
#[component]
fn InPageLink(target: &'static str, jump: SectionJump, children: Children) -> impl IntoView {
    let click = move |event: leptos::ev::MouseEvent| {
        if is_plain_click(&event) {
            event.prevent_default();
            (jump.0)(target);
        }
    };
    view! { <a href=format!("#{target}") on:click=click>{children()}</a> }
}
