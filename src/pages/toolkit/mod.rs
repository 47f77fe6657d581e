//! The toolkit: a table of contents, "Find in the toolkit", the cited
//! sections and their sources. State in the URL: `?s=ID` (the section to
//! show, scrolled to and focused; `#ID` works too) and `?q=words` (the filter).

mod contents;
mod find;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::citations::{Citations, SourcesList};
use crate::components::content_view::with_content;
use crate::components::link_notices::LinkNotices;
use crate::components::page::PageHeading;
use crate::components::prose::{Prose, SectionJump, marked, section_link};
use crate::web::focus::{is_plain_click, reveal, reveal_later};
use crate::web::fragment::current_fragment;
use crate::web::url_state::use_url_state;
use domain::routes::Route;
use domain::search::Query;
use domain::toolkit::ToolkitFile;
use domain::toolkit::search::{Filtered, ToolkitSearch};
use domain::toolkit::state::ToolkitState;

#[component]
pub fn ToolkitPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Toolkit.title()/>
        {with_content(|toolkit: Arc<ToolkitFile>| view! { <Toolkit toolkit/> })}
    }
}

/// The filter as the page applies it: the words (`?q=`) and the sections
/// they keep.
#[derive(Clone, Copy)]
struct Filter {
    query: Memo<Query>,
    filtered: Memo<Filtered>,
}

#[component]
fn Toolkit(toolkit: Arc<ToolkitFile>) -> impl IntoView {
    let url = use_url_state::<ToolkitState>(Arc::new(()));
    let state = url.state();
    let search = ToolkitSearch::new(&toolkit);
    let query = Memo::new(move |_| state.with(|state| Query::parse(&state.words)));
    let filtered = Memo::new(move |_| query.with(|q| search.filter(q)));
    let filter = Filter { query, filtered };

    let section_ids: Arc<Vec<String>> =
        Arc::new(toolkit.sections.iter().map(|s| s.id.clone()).collect());
    let ids = section_ids.clone();
    // Moves to a section within the page (`?s=ID`), or to `contents`/`sources`.
    let jump = SectionJump(Arc::new(move |id: &str| {
        if ids.iter().any(|section| section == id) {
            url.push(&state.get_untracked().at_section(id));
        }
        reveal(id);
    }));
    provide_context(jump.clone());
    let numbered = toolkit.numbered_sources();
    let citations = Citations::provide(&numbered);

    // `?s=ID` on arrival and on Back/Forward: scroll to the section and focus
    // it. Without `s`, a `#ID` fragment does the same.
    let target = Memo::new(move |_| state.with(|state| state.section.clone()));
    Effect::new(move |_| {
        let wanted = target.get().or_else(|| {
            current_fragment()
                .filter(|id| section_ids.iter().any(|s| s == id) || id.starts_with("source-"))
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
            <Prose blocks=toolkit.intro.blocks.clone()/>
        </div>
        <LinkNotices notices=url.notices()/>
        <find::FindBox url filter total=toolkit.sections.len()/>
        <div class="toolkit-layout">
            <contents::Contents toolkit=toolkit.clone() url filter jump=jump.clone()/>
            <div class="toolkit-content prose">
                {toolkit
                    .sections
                    .iter()
                    .enumerate()
                    .map(|(index, section)| section_view(filter, &jump, index, section))
                    .collect_view()}
                <section id="sources" class="toolkit-sources" aria-labelledby="sources-title">
                    <h2 id="sources-title">"Sources"</h2>
                    <ol class="sources">
                        <SourcesList citations=citations sources=sources cited_in=cited_in all=true/>
                    </ol>
                </section>
            </div>
        </div>
    }
}

fn section_view(
    filter: Filter,
    jump: &SectionJump,
    index: usize,
    section: &domain::toolkit::Section,
) -> impl IntoView + use<> {
    let Filter { query, filtered } = filter;
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
            {move || view! { <Prose blocks=body.clone() highlight=query.get()/> }}
            <p class="back-to-contents no-print">
                <InPageLink target="contents" jump=jump.clone()>"Back to contents"</InPageLink>
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
