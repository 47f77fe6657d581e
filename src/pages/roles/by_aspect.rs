//! "By aspect": choose an aspect (Celebrating impact, say) and see what
//! every role does for it, side by side.

use leptos::prelude::*;

use super::by_role::cell_view;
use super::choices::Choices;
use super::tabs::heading_id;
use super::{State, ViewLink};
use domain::roles::state::{Tab, View};

#[component]
pub fn ByAspect(state: State) -> impl IntoView {
    let selected = Memo::new(move |_| match state.view.get() {
        View::Aspect(index) => index,
        _ => 0,
    });
    let options = state
        .roles
        .aspects
        .iter()
        .map(|aspect| (aspect.id.clone(), aspect.name.clone()))
        .collect();
    let choose = {
        let state = state.clone();
        Callback::new(move |index| state.show(View::Aspect(index), false))
    };
    let comparison = move || {
        let roles = state.roles.clone();
        let aspect = roles.aspects.get(selected.get())?.clone();
        let cards = roles
            .roles
            .iter()
            .enumerate()
            .map(|(index, role)| {
                let more = format!("Everything the {} does", role.name.to_lowercase());
                view! {
                    <li class="card compare-card">
                        <h3>{role.name.clone()}</h3>
                        {role.aspects.get(&aspect.id).map(cell_view)}
                        <p class="no-print"><ViewLink state=state.clone() to=View::Role(index)>{more}</ViewLink></p>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <p class="aspect-question"><strong>{aspect.name.clone()}</strong>": " {aspect.question.clone()}</p>
            <ul class="compare-grid" aria-label=format!("{} for each role", aspect.name)>{cards}</ul>
        })
    };
    view! {
        <h2 id=heading_id(Tab::Aspect) tabindex="-1">"Compare by aspect"</h2>
        <Choices
            legend="Choose an aspect"
            name="explore-aspect"
            options=options
            selected=Signal::derive(move || Some(selected.get()))
            on_choose=choose
            class="no-print"
        />
        {comparison}
    }
}
