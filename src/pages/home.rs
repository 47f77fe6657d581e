use crate::components::link::AppLink;
use leptos::prelude::*;

use crate::components::page::PageHeading;
use crate::domain::routes::Route;

/// What each view is for, in the words of someone arriving with a need.
const TASKS: [(Route, &str); 5] = [
    (
        Route::Guide,
        "Decide what kind of group fits what you want to do: a community of practice, a work group, a project team or a network.",
    ),
    (
        Route::Directory,
        "Find an existing community before starting a new one.",
    ),
    (
        Route::Assess,
        "Check whether you are ready to start a community, and leave with next steps.",
    ),
    (
        Route::Roles,
        "Understand the roles: sponsor, community lead, activity lead and members.",
    ),
    (
        Route::Toolkit,
        "Read what communities of practice are, how they work and what makes them succeed.",
    ),
];

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Home.title()/>
        <ul class="task-list">
            {TASKS
                .into_iter()
                .map(|(route, blurb)| {
                    view! {
                        <li class="task">
                            <AppLink href=route.path()>{route.label()}</AppLink>
                            <p>{blurb}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
