//! "Does one already exist?" in the guide: the directory searched with the
//! person's own words (from the guide's last step, or typed here), with the
//! best matches inline and links to the full search and to the listing of
//! each kind the directory has (a kind it has none of is said plainly, with
//! a link to the whole directory instead of an empty listing). The search and the section are the shared
//! `ExistingCommunities`; the wording is the guide's.

use leptos::html::Input;
use leptos::prelude::*;

use crate::components::announcer::use_announcer;
use crate::components::existing_communities::{Existing, ExistingCommunities, HeadingLevel};
use crate::components::link::AppLink;
use crate::web::content::use_content;
use crate::web::url_state::UrlStateHandle;
use domain::directory::state::DirectoryState;
use domain::directory::{Choice, DirectoryFile, Kind};
use domain::guide::{GuideState, MAX_ABOUT_CHARS, clean_about};
use domain::search::{Query, highlight};

/// How many matches to show here; the directory shows the rest.
const SHOWN: usize = 5;

fn kind_plural(kind: Kind) -> &'static str {
    match kind {
        Kind::CommunityOfPractice => "communities of practice",
        Kind::ProfessionalNetwork => "professional networks",
    }
}

#[component]
pub fn ExistingGroups(url: UrlStateHandle<GuideState>, mut kinds: Vec<Kind>) -> impl IntoView {
    kinds.dedup();
    let state = url.state();
    let announcer = use_announcer();
    let about = Memo::new(move |_| state.with(|s| s.about.clone()));
    let input = NodeRef::<Input>::new();
    // Only a search made here is announced; the first render is part of the page.
    let searched = RwSignal::new(false);

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let words = clean_about(&input.get().map(|i| i.value()).unwrap_or_default());
        let searched_for = GuideState {
            about: words,
            ..state.get_untracked()
        };
        searched.set(true);
        url.replace(&searched_for);
    };

    let show = Callback::new(move |existing: Existing| {
        match existing {
        Existing::NoWords => view! { <p>"Say in a few words what the group would be about, and the guide will look for groups that already exist."</p> }.into_any(),
        Existing::Loading => view! { <p class="loading" role="status">"Looking for matching groups…"</p> }.into_any(),
        Existing::Unavailable { words } => view! { <p>"The directory could not be loaded, so matches cannot be shown here. "<AppLink href=DirectoryState::searching(&words).link()>"Try the directory’s own search"</AppLink>"."</p> }.into_any(),
        Existing::Found(found) => {
            let about = found.matches.words.clone();
            let total = found.matches.total;
            if searched.get_untracked() {
                announcer.say(match total {
                    0 => format!("No groups found for {about}"),
                    1 => format!("1 group found for {about}"),
                    n => format!("{n} groups found for {about}"),
                });
            }
            if total == 0 {
                return view! {
                    <p>{format!("No group in the directory matches “{about}” yet. Try other words, or ask colleagues: a group may exist that is not listed.")}</p>
                }
                .into_any();
            }
            let query = Query::parse(&about);
            let items = found
                .communities()
                .map(|community| {
                    let name = highlight(&community.name, |word| query.matches_word(word))
                        .into_iter()
                        .map(|(text, matched)| {
                            let text = text.to_string();
                            if matched { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() }
                        })
                        .collect_view();
                    view! {
                        <li>
                            <AppLink href=DirectoryState::showing(&community.id).link()>{name}</AppLink>
                            <p class="meta">{format!("{} · {} · {}", community.kind.label(), community.organisation, community.service_area)}</p>
                            <p>{community.summary.clone()}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p>{match total {
                    1 => format!("1 group in the directory matches “{about}”:"),
                    n if n > SHOWN => format!("{n} groups in the directory match “{about}”. The closest {SHOWN}:"),
                    n => format!("{n} groups in the directory match “{about}”:"),
                }}</p>
                <ul class="existing-list">{items}</ul>
                <p><AppLink href=DirectoryState::searching(&about).link()>{format!("See every match for “{about}” in the directory")}</AppLink></p>
            }
            .into_any()
        }
    }
    });

    view! {
        <ExistingCommunities
            words=about
            limit=SHOWN
            heading_level=HeadingLevel::H2
            heading_id="existing-title"
            prompt_first=true
            lead="Joining or reviving a group that already exists is usually quicker than starting a new one."
            show=show
        >
            <form class="search-form no-print" role="search" aria-label="Look for existing groups" on:submit=submit>
                <label for="existing-about">"In a few words, what would the group be about?"</label>
                <div class="search-row">
                    <input id="existing-about" class="text-input" type="search" maxlength=MAX_ABOUT_CHARS.to_string() autocomplete="off" value=about.get_untracked() node_ref=input/>
                    <button type="submit" class="button secondary">"Search"</button>
                </div>
            </form>
            {browse_links(kinds)}
        </ExistingCommunities>
    }
}

/// A link to every community of each kind, where the directory lists some;
/// where it lists none, a plain sentence and the whole directory instead.
/// Nothing while the directory loads; if it cannot be loaded, the links
/// (the directory page says why it has nothing to show).
fn browse_links(kinds: Vec<Kind>) -> impl IntoView {
    let directory = use_content::<DirectoryFile>();
    move || {
        let loaded = directory.get()?;
        let items = kinds
            .iter()
            .map(|&kind| {
                let count = loaded.as_ref().ok().map(|d| d.count_of_kind(kind));
                let plural = kind_plural(kind);
                match count {
                    Some(0) => view! {
                        <li>
                            {format!("The directory lists no {plural} yet. ")}
                            <AppLink href=DirectoryState::default().link()>"Browse the whole directory"</AppLink>
                        </li>
                    }
                    .into_any(),
                    _ => view! {
                        <li><AppLink href=DirectoryState::of_kind(kind).link()>{format!("Browse all {plural} in the directory")}</AppLink></li>
                    }
                    .into_any(),
                }
            })
            .collect_view();
        Some(view! { <ul class="browse-links">{items}</ul> })
    }
}
