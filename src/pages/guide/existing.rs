//! "Does one already exist?": the directory searched with the person's own
//! words (from the guide's last step, or typed here), with the best matches
//! inline and links to the full search and to the listing of each kind.

use std::sync::Arc;

use leptos::html::Input;
use leptos::prelude::*;

use super::Nav;
use crate::components::announcer::use_announcer;
use crate::components::directory_index::directory_search;
use crate::components::link::AppLink;
use crate::web::content::use_content;
use domain::directory::{Choice, DirectoryFile, Kind};
use domain::guide::{GuideFile, MAX_ABOUT_CHARS, View, clean_about};
use domain::search::{Query, highlight};
use domain::url::encode;

/// How many matches to show here; the directory shows the rest.
const SHOWN: usize = 5;

fn kind_plural(kind: Kind) -> &'static str {
    match kind {
        Kind::CommunityOfPractice => "communities of practice",
        Kind::ProfessionalNetwork => "professional networks",
    }
}

#[component]
pub fn ExistingGroups(
    guide: Arc<GuideFile>,
    state: Memo<View>,
    mut kinds: Vec<Kind>,
) -> impl IntoView {
    kinds.dedup();
    let nav = Nav::new(guide);
    let directory = use_content::<DirectoryFile>();
    let announcer = use_announcer();
    let about = Memo::new(move |_| state.with(|s| s.about.clone()));
    let input = NodeRef::<Input>::new();
    // Only a search made here is announced; the first render is part of the page.
    let searched = RwSignal::new(false);

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let words = clean_about(&input.get().map(|i| i.value()).unwrap_or_default());
        let view = View {
            about: words,
            ..state.get_untracked()
        };
        searched.set(true);
        nav.replace(&view);
    };

    let matches = move || {
        let about = about.get();
        if about.is_empty() {
            return view! { <p>"Say in a few words what the group would be about, and the guide will look for groups that already exist."</p> }.into_any();
        }
        let directory = match directory.get() {
            None => return view! { <p class="loading" role="status">"Looking for matching groups…"</p> }.into_any(),
            Some(Err(_)) => {
                return view! { <p>"The directory could not be loaded, so matches cannot be shown here. "<AppLink href=format!("/directory?q={}", encode(&about))>"Try the directory’s own search"</AppLink>"."</p> }.into_any();
            }
            Some(Ok(directory)) => directory,
        };
        let query = Query::parse(&about);
        let hits = directory_search(&directory).search(&query);
        if searched.get_untracked() {
            announcer.say(match hits.len() {
                0 => format!("No groups found for {about}"),
                1 => format!("1 group found for {about}"),
                n => format!("{n} groups found for {about}"),
            });
        }
        let all = format!("/directory?q={}", encode(&about));
        if hits.is_empty() {
            return view! {
                <p>{format!("No group in the directory matches “{about}” yet. Try other words, or ask colleagues: a group may exist that is not listed.")}</p>
            }
            .into_any();
        }
        let total = hits.len();
        let items = hits
            .into_iter()
            .take(SHOWN)
            .filter_map(|hit| directory.communities.get(hit.doc))
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
                        <AppLink href=format!("/directory?c={}", community.id)>{name}</AppLink>
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
            <p><AppLink href=all>{format!("See every match for “{about}” in the directory")}</AppLink></p>
        }
        .into_any()
    };

    view! {
        <section class="existing" aria-labelledby="existing-title">
            <h2 id="existing-title">"Does one already exist?"</h2>
            <p>"Joining or reviving a group that already exists is usually quicker than starting a new one."</p>
            {matches}
            <form class="search-form no-print" role="search" aria-label="Look for existing groups" on:submit=submit>
                <label for="existing-about">"In a few words, what would the group be about?"</label>
                <div class="search-row">
                    <input id="existing-about" class="text-input" type="search" maxlength=MAX_ABOUT_CHARS.to_string() autocomplete="off" value=about.get_untracked() node_ref=input/>
                    <button type="submit" class="button secondary">"Search"</button>
                </div>
            </form>
            <ul class="browse-links">
                {kinds.into_iter().map(|kind| view! {
                    <li><AppLink href=format!("/directory?kind={}", kind.slug())>{format!("Browse all {} in the directory", kind_plural(kind))}</AppLink></li>
                }).collect_view()}
            </ul>
        </section>
    }
}
