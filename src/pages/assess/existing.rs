//! "Does one already exist?" in the self-assessment: directory communities
//! matching the domain the person described (or the name, when the domain is
//! blank), in the assessment's words.

use leptos::prelude::*;

use super::Assess;
use crate::components::content_view::Loading;
use crate::components::directory_index::directory_search;
use crate::components::existing_communities::{Existing, ExistingCommunities, HeadingLevel};
use crate::components::link::AppLink;
use crate::web::content::use_content;
use domain::assessment::{MATCH_LIMIT, Matches, existing_communities, search_words};
use domain::directory::state::DirectoryState;
use domain::directory::{Choice, DirectoryFile};

/// The words searched for: the domain, or the name when it is blank.
fn words(state: Assess) -> Memo<String> {
    Memo::new(move |_| {
        state
            .answers
            .with(|a| search_words(a.domain(), a.name()).to_string())
    })
}

/// The communities the result lists (`None` until the directory is loaded
/// and while there is nothing to search for), for the next steps; reactive.
pub fn listed(state: Assess) -> impl Fn() -> Option<Matches> + Copy {
    let directory = use_content::<DirectoryFile>();
    let words = words(state);
    move || {
        let directory = directory.get()?.ok()?;
        existing_communities(&directory_search(&directory), &words.get(), MATCH_LIMIT)
    }
}

#[component]
pub fn ExistingMatches(state: Assess) -> impl IntoView {
    let words = words(state);
    let show = Callback::new(|existing: Existing| {
        match existing {
        Existing::Loading => view! { <Loading what="the community directory"/> }.into_any(),
        Existing::Unavailable { .. } => view! {
            <p class="notice warn">"The community directory could not be loaded, so communities that may already cover your domain cannot be shown here. The rest of the assessment works as usual; try the " <AppLink href=DirectoryState::default().link()>"directory"</AppLink> " again later."</p>
        }
        .into_any(),
        Existing::NoWords => view! {
            <p>"Describe your community's domain in the “Your community” step to see communities in the directory that may already cover it. You can also " <AppLink href=DirectoryState::default().link()>"browse the directory"</AppLink> "."</p>
        }
        .into_any(),
        Existing::Found(found) => {
            let words = found.matches.words.clone();
            let total = found.matches.total;
            let search = DirectoryState::searching(&words).link();
            if total == 0 {
                return view! {
                    <p>{format!("No community in the directory matches “{words}”. ")} <AppLink href=search>"Search the directory with other words"</AppLink> ", and ask colleagues who support communities whether they know of one."</p>
                }
                .into_any();
            }
            let count = if total == 1 {
                "1 community".to_string()
            } else {
                format!("{total} communities")
            };
            let more = (total > found.matches.shown.len())
                .then(|| format!("See all {total} matches in the directory"));
            let cards = found
                .communities()
                .map(|community| {
                    let name = community.name.clone();
                    view! {
                        <li class="card">
                            <h4><AppLink href=DirectoryState::showing(&community.id).link()>{name}</AppLink></h4>
                            <p class="meta">{format!("{} · {} · {}", community.organisation, community.service_area, community.status.label())}</p>
                            <p>{community.summary.clone()}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p>{format!("{count} in the directory {} “{words}”. Before starting a new one, see whether you could join, revive or work with one of these:", if total == 1 { "matches" } else { "match" })}</p>
                <ul class="card-list matches">{cards}</ul>
                <p><AppLink href=search>{more.unwrap_or_else(|| "Open this search in the directory".to_string())}</AppLink></p>
            }
            .into_any()
        }
    }
    });
    view! {
        <ExistingCommunities
            words=words
            limit=MATCH_LIMIT
            heading_level=HeadingLevel::H3
            heading_id="existing-heading"
            show=show
        />
    }
}
