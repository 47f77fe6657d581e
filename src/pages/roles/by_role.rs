//! "By role": choose a role and read everything it does, aspect by aspect,
//! in one card. The card is also what the matrix shows on narrow screens.

use leptos::prelude::*;

use super::ViewLink;
use super::choices::Choices;
use super::tabs::heading_id;
use crate::components::prose::{Prose, section_link};
use crate::web::content::use_content;
use crate::web::url_state::UrlStateHandle;
use domain::roles::Cell;
use domain::roles::state::{RolesState, Tab};
use domain::toolkit::ToolkitFile;

#[component]
pub fn ByRole(url: UrlStateHandle<RolesState>) -> impl IntoView {
    let selected = Memo::new(move |_| match url.state().get() {
        RolesState::Role(index) => index,
        _ => 0,
    });
    let options = url
        .content()
        .roles
        .iter()
        .map(|role| (role.id.clone(), role.name.clone()))
        .collect();
    // Choosing within the tab replaces the history entry.
    let choose = Callback::new(move |index| url.replace(&RolesState::Role(index)));
    view! {
        <h2 id=heading_id(Tab::Role) tabindex="-1">"Explore by role"</h2>
        <Choices
            legend="Choose a role"
            name="explore-role"
            options=options
            selected=Signal::derive(move || Some(selected.get()))
            on_choose=choose
            class="no-print"
        />
        {move || view! { <RoleCard url index=selected.get()/> }}
    }
}

/// One role with all its aspects, its time and cadence, and what to read next.
#[component]
pub fn RoleCard(url: UrlStateHandle<RolesState>, index: usize) -> impl IntoView {
    let roles = url.content();
    let Some(role) = roles.roles.get(index) else {
        return ().into_any();
    };
    let title_id = format!("role-{}-name", role.id);
    let labelled_by = title_id.clone();
    let aspects = roles
        .aspects
        .iter()
        .enumerate()
        .map(|(aspect_index, aspect)| {
            let compare = format!("Compare “{}” across roles", aspect.name);
            view! {
                <div class="role-aspect">
                    <h4>{aspect.name.clone()}</h4>
                    {role.aspects.get(&aspect.id).map(cell_view)}
                    <p class="compare-link no-print">
                        <ViewLink url to=RolesState::Aspect(aspect_index)>{compare}</ViewLink>
                    </p>
                </div>
            }
        })
        .collect_view();
    view! {
        <article class="role-card" aria-labelledby=labelled_by>
            <h3 id=title_id>{role.name.clone()}</h3>
            <p class="role-summary">{role.summary.clone()}</p>
            {aspects}
            {role.commitment.as_ref().map(|commitment| view! {
                <div class="role-aspect">
                    <h4>"Time and cadence"</h4>
                    <Prose blocks=commitment.blocks.clone()/>
                </div>
            })}
            <p class="read-next">"Read next in the toolkit: " {toolkit_link(role.toolkit_section.clone())}</p>
        </article>
    }
    .into_any()
}

/// What a role does for an aspect, or a clearly labelled gap in the sources.
pub fn cell_view(cell: &Cell) -> AnyView {
    match (&cell.text, &cell.gap) {
        (Some(text), _) => view! { <Prose blocks=text.blocks.clone()/> }.into_any(),
        (None, Some(gap)) => view! {
            <div class="gap">
                <p class="gap-label"><strong>"Not given in the source."</strong></p>
                <Prose blocks=gap.blocks.clone()/>
            </div>
        }
        .into_any(),
        (None, None) => ().into_any(),
    }
}

/// A link to a toolkit section, named by its title once the toolkit is loaded.
pub fn toolkit_link(id: String) -> AnyView {
    let toolkit = use_content::<ToolkitFile>();
    let section = id.clone();
    let title = move || {
        toolkit
            .get()
            .and_then(Result::ok)
            .and_then(|toolkit| toolkit.section(&section).map(|s| s.title.clone()))
            .unwrap_or_else(|| "the toolkit section on this".to_string())
    };
    section_link(id, title.into_any())
}
