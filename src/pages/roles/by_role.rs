//! "By role": choose a role and read everything it does, aspect by aspect,
//! in one card. The card is also what the matrix shows on narrow screens.

use leptos::prelude::*;

use super::choices::Choices;
use super::tabs::heading_id;
use super::{State, ViewLink};
use crate::components::rich_text::{RichText, section_link};
use crate::web::content::use_content;
use domain::roles::Cell;
use domain::roles::state::{Tab, View};
use domain::toolkit::ToolkitFile;

#[component]
pub fn ByRole(state: State) -> impl IntoView {
    let selected = Memo::new(move |_| match state.view.get() {
        View::Role(index) => index,
        _ => 0,
    });
    let options = state
        .roles
        .roles
        .iter()
        .map(|role| (role.id.clone(), role.name.clone()))
        .collect();
    let choose = {
        let state = state.clone();
        Callback::new(move |index| state.show(View::Role(index), false))
    };
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
        {move || view! { <RoleCard state=state.clone() index=selected.get()/> }}
    }
}

/// One role with all its aspects, its time and cadence, and what to read next.
#[component]
pub fn RoleCard(state: State, index: usize) -> impl IntoView {
    let roles = state.roles.clone();
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
                        <ViewLink state=state.clone() to=View::Aspect(aspect_index)>{compare}</ViewLink>
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
                    <RichText blocks=commitment.blocks.clone()/>
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
        (Some(text), _) => view! { <RichText blocks=text.blocks.clone()/> }.into_any(),
        (None, Some(gap)) => view! {
            <div class="gap">
                <p class="gap-label"><strong>"Not given in the source."</strong></p>
                <RichText blocks=gap.blocks.clone()/>
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
