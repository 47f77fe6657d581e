//! "Does one already exist?": directory communities matching the domain the
//! person described, through the directory's own search. If the directory
//! cannot be loaded, this part says so and the rest of the page carries on.

use leptos::prelude::*;

use super::Assess;
use crate::components::content_view::Loading;
use crate::components::directory_index::directory_search;
use crate::components::link::AppLink;
use crate::web::content::use_content;
use domain::assessment::{MATCH_LIMIT, similar_communities_in};
use domain::directory::{Choice, DirectoryFile};
use domain::url::encode;

#[component]
pub fn ExistingMatches(state: Assess) -> impl IntoView {
    let directory = use_content::<DirectoryFile>();
    let words = move || {
        state
            .answers
            .with(|a| (a.domain().to_string(), a.name().to_string()))
    };
    let body = move || {
        let (domain, name) = words();
        let directory = match directory.get() {
            None => return view! { <Loading what="the community directory"/> }.into_any(),
            Some(Err(_)) => {
                return view! {
                    <p class="notice warn">"The community directory could not be loaded, so communities that may already cover your domain cannot be shown here. The rest of the assessment works as usual; try the " <AppLink href="/directory">"directory"</AppLink> " again later."</p>
                }
                .into_any();
            }
            Some(Ok(directory)) => directory,
        };
        let Some(found) =
            similar_communities_in(&directory_search(&directory), &domain, &name, MATCH_LIMIT)
        else {
            return view! {
                <p>"Describe your community's domain in the “Your community” step to see communities in the directory that may already cover it. You can also " <AppLink href="/directory">"browse the directory"</AppLink> "."</p>
            }
            .into_any();
        };
        let search = format!("/directory?q={}", encode(&found.words));
        if found.total == 0 {
            return view! {
                <p>{format!("No community in the directory matches “{}”. ", found.words)} <AppLink href=search>"Search the directory with other words"</AppLink> ", and ask colleagues who support communities whether they know of one."</p>
            }
            .into_any();
        }
        let count = if found.total == 1 {
            "1 community".to_string()
        } else {
            format!("{} communities", found.total)
        };
        let more = (found.total > found.shown.len())
            .then(|| format!("See all {} matches in the directory", found.total));
        view! {
            <p>{format!("{count} in the directory match “{}”. Before starting a new one, see whether you could join, revive or work with one of these:", found.words)}</p>
            <ul class="card-list matches">
                {found
                    .shown
                    .iter()
                    .filter_map(|&index| directory.communities.get(index))
                    .map(|community| {
                        let name = community.name.clone();
                        view! {
                            <li class="card">
                                <h4><AppLink href=format!("/directory?c={}", encode(&community.id))>{name}</AppLink></h4>
                                <p class="meta">{format!("{} · {} · {}", community.organisation, community.service_area, community.status.label())}</p>
                                <p>{community.summary.clone()}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p><AppLink href=search>{more.unwrap_or_else(|| "Open this search in the directory".to_string())}</AppLink></p>
        }
        .into_any()
    };
    view! {
        <section class="existing" aria-labelledby="existing-heading">
            <h3 id="existing-heading">"Does one already exist?"</h3>
            {body}
        </section>
    }
}
