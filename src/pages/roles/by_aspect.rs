//! "By aspect": choose an aspect (Celebrating impact, say) and see what
//! every role does for it, side by side.

use leptos::prelude::*;

use super::ViewLink;
use super::by_role::cell_view;
use super::choices::Choices;
use super::tabs::heading_id;
use crate::web::url_state::UrlStateHandle;
use domain::roles::state::{RolesState, Tab};

#[component]
pub fn ByAspect(url: UrlStateHandle<RolesState>) -> impl IntoView {
    let roles = url.content();
    let selected = Memo::new(move |_| match url.state().get() {
        RolesState::Aspect(index) => index,
        _ => 0,
    });
    let options = roles
        .aspects
        .iter()
        .map(|aspect| (aspect.id.clone(), aspect.name.clone()))
        .collect();
    // Choosing within the tab replaces the history entry.
    let choose = Callback::new(move |index| url.replace(&RolesState::Aspect(index)));
    let comparison = move || {
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
                        <p class="no-print"><ViewLink url to=RolesState::Role(index)>{more}</ViewLink></p>
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
