//! The start page: "What do you want to do?", one click to each task, a quick
//! directory search and the directory's headline numbers.

use std::sync::Arc;

use leptos::prelude::*;

use domain::search::MAX_SEARCH_CHARS;

use crate::components::content_view::Loading;
use crate::components::link::AppLink;
use crate::components::page::PageHeading;
use crate::web::content::use_content;
use crate::web::links::use_app_navigate;
use domain::directory::DirectoryFile;
use domain::directory::state::DirectoryState;
use domain::directory::stats::Headline;
use domain::routes::Route;

/// What each view is for, in the words of someone arriving with a need.
const TASKS: [(Route, &str, &str); 5] = [
    (
        Route::Guide,
        "Decide what kind of group fits",
        "A community of practice, a work group, a project team or a network? Answer a few questions and see which fits what you want to do.",
    ),
    (
        Route::Directory,
        "Find an existing community",
        "Search the communities already running before you start a new one.",
    ),
    (
        Route::Assess,
        "Check you are ready to start one",
        "Rate your plans against the critical success factors and leave with next steps.",
    ),
    (
        Route::Roles,
        "Understand the roles",
        "What a sponsor, a community lead, an activity lead and members do, and the levels of participation.",
    ),
    (
        Route::Toolkit,
        "Read the toolkit",
        "What communities of practice are, how they work and what makes them succeed, with sources.",
    ),
];

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Home.title()/>
        <ul class="task-list">
            {TASKS
                .into_iter()
                .map(|(route, action, blurb)| {
                    view! {
                        <li class="task">
                            <AppLink href=route.path()>{action}</AppLink>
                            <p>{blurb}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <QuickSearch/>
    }
}

/// Searching from the home page opens the directory with the query.
#[component]
fn QuickSearch() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let navigate = use_app_navigate();
    let directory = use_content::<DirectoryFile>();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        navigate.push(&DirectoryState::searching(text.get_untracked().trim()).link());
    };
    view! {
        <section class="quick-search" aria-labelledby="quick-search-title">
            <h2 id="quick-search-title">"Does a community already exist?"</h2>
            <form role="search" on:submit=submit>
                <label for="quick-search-input">"Search the directory"</label>
                <div class="search-row">
                    <input
                        id="quick-search-input"
                        maxlength=MAX_SEARCH_CHARS.to_string()
                        type="search"
                        autocomplete="off"
                        placeholder="e.g. finance, events, HR"
                        prop:value=move || text.get()
                        on:input=move |event| text.set(event_target_value(&event))
                    />
                    <button type="submit" class="button">"Search"</button>
                </div>
            </form>
            {move || match directory.get() {
                None => view! { <Loading what="the directory's numbers"/> }.into_any(),
                Some(Ok(directory)) => view! { <p class="headline">{headline_text(&directory)}</p> }.into_any(),
                Some(Err(_)) => {
                    view! { <p class="headline">"The directory could not be loaded just now; searching will say why."</p> }.into_any()
                }
            }}
        </section>
    }
}

fn headline_text(directory: &Arc<DirectoryFile>) -> String {
    let Headline {
        communities,
        organisations,
        service_areas,
    } = Headline::of(directory);
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "The directory lists {} in {} across {}.",
        plural(communities, "community", "communities"),
        plural(organisations, "organisation", "organisations"),
        plural(service_areas, "service area", "service areas")
    )
}
