//! "Does one already exist?": the directory searched for what a person has in
//! mind, shown in the guide's result and in the self-assessment. This part
//! loads the directory, searches it (one rule:
//! `domain::assessment::existing_communities`) and frames the section; each
//! view words what it found in its own way through `show`. If the directory
//! cannot be loaded, the section says so and the rest of the page carries on.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::directory_index::directory_search;
use crate::components::link::AppLink;
use crate::web::content::use_content;
use domain::assessment::{Matches, anything_to_search, existing_communities};
use domain::directory::state::DirectoryState;
use domain::directory::{Community, DirectoryFile};

/// What the section has to show, for the view to put into words.
pub enum Existing {
    /// The directory is still loading.
    Loading,
    /// The directory could not be loaded; `words` are what would have been searched.
    Unavailable { words: String },
    /// Nothing to search for yet (no words, or only punctuation).
    NoWords,
    /// The search ran (`matches.total` is 0 when nothing matched).
    Found(Found),
}

/// A search of the loaded directory.
pub struct Found {
    pub directory: Arc<DirectoryFile>,
    pub matches: Matches,
}

impl Found {
    /// The communities to list, best first.
    pub fn communities(&self) -> impl Iterator<Item = &Community> {
        self.matches
            .shown
            .iter()
            .filter_map(|&index| self.directory.communities.get(index))
    }
}

/// The section heading's level: where the section sits in the page outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingLevel {
    H2,
    H3,
}

/// Communities that match only some of the words (or a similar spelling)
/// are not offered as close matches, whatever the view; this says how many
/// there are and where to see them.
fn partial_matches(matches: &Matches) -> Option<impl IntoView + use<>> {
    let more = if matches.total > 0 { " more" } else { "" };
    let count = match matches.partial {
        0 => return None,
        1 => format!("1{more} community in the directory matches"),
        n => format!("{n}{more} communities in the directory match"),
    };
    let words = matches.words.clone();
    Some(view! {
        <p class="partial-matches">
            {format!("{count} only some of “{words}”, or a similar word: ")}
            <AppLink href=DirectoryState::searching(&words).link()>"see them in the directory"</AppLink>
            "."
        </p>
    })
}

#[component]
pub fn ExistingCommunities(
    /// What to search the directory for.
    #[prop(into)]
    words: Signal<String>,
    /// How many matches to list; the directory's own search shows the rest.
    limit: usize,
    /// `h2` or `h3`, to fit the page's outline.
    heading_level: HeadingLevel,
    /// The heading's id; the section is labelled by it.
    heading_id: &'static str,
    /// True when having nothing to search for is said before the directory's
    /// state (the guide asks for words, whether or not the directory is
    /// there); false when the directory's state comes first (the
    /// self-assessment's result always says when the directory is missing).
    #[prop(optional)]
    prompt_first: bool,
    /// A sentence under the heading, shown whatever the search finds.
    #[prop(optional)]
    lead: Option<&'static str>,
    /// The view's words for each state of the search.
    show: Callback<Existing, AnyView>,
    /// Shown after the matches (a search form, links to browse).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let directory = use_content::<DirectoryFile>();
    let body = move || {
        let words = words.get();
        if prompt_first && !anything_to_search(&words) {
            return show.run(Existing::NoWords);
        }
        let directory = match directory.get() {
            None => return show.run(Existing::Loading),
            Some(Err(_)) => return show.run(Existing::Unavailable { words }),
            Some(Ok(directory)) => directory,
        };
        match existing_communities(&directory_search(&directory), &words, limit) {
            None => show.run(Existing::NoWords),
            Some(matches) => {
                let partial = partial_matches(&matches);
                let found = show.run(Existing::Found(Found { directory, matches }));
                view! { {found} {partial} }.into_any()
            }
        }
    };
    let heading = match heading_level {
        HeadingLevel::H2 => view! { <h2 id=heading_id>"Does one already exist?"</h2> }.into_any(),
        HeadingLevel::H3 => view! { <h3 id=heading_id>"Does one already exist?"</h3> }.into_any(),
    };
    view! {
        <section class="existing" aria-labelledby=heading_id>
            {heading}
            {lead.map(|lead| view! { <p>{lead}</p> })}
            {body}
            {children.map(|children| children())}
        </section>
    }
}
