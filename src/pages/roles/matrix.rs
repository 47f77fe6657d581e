//! "All at once": every role under every aspect. A table on wide screens;
//! the same content as one card per role on narrow ones (and the table
//! again in print). Both are in the page; CSS shows one of them.

use leptos::prelude::*;

use super::by_role::{RoleCard, cell_view};
use super::tabs::heading_id;
use crate::components::prose::Prose;
use crate::web::url_state::UrlStateHandle;
use domain::roles::state::{RolesState, Tab};

#[component]
pub fn Matrix(url: UrlStateHandle<RolesState>) -> impl IntoView {
    let roles = url.content();
    let header = roles
        .roles
        .iter()
        .map(|role| view! { <th scope="col">{role.name.clone()}</th> })
        .collect_view();
    let rows = roles
        .aspects
        .iter()
        .map(|aspect| {
            let cells = roles
                .roles
                .iter()
                .map(|role| view! { <td>{role.aspects.get(&aspect.id).map(cell_view)}</td> })
                .collect_view();
            view! { <tr><th scope="row">{aspect.name.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    // The cards show each role's time and cadence: the table too, so both
    // layouts hold the same content (and the same citations).
    let commitment = roles
        .roles
        .iter()
        .any(|role| role.commitment.is_some())
        .then(|| {
            let cells = roles
                .roles
                .iter()
                .map(|role| {
                    let text = role
                        .commitment
                        .as_ref()
                        .map(|text| view! { <Prose blocks=text.blocks.clone()/> });
                    view! { <td>{text}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">"Time and cadence"</th>{cells}</tr> }
        });
    let cards = (0..roles.roles.len())
        .map(|index| view! { <RoleCard url index=index/> })
        .collect_view();
    view! {
        <h2 id=heading_id(Tab::Matrix) tabindex="-1">"All roles and aspects"</h2>
        <div class="prose matrix-note">
            <Prose blocks=roles.matrix_note.blocks.clone()/>
        </div>
        <div class="matrix-table">
            <table>
                <caption>"What each role does, aspect by aspect"</caption>
                <thead><tr><th scope="col"><span class="visually-hidden">"Aspect"</span></th>{header}</tr></thead>
                <tbody>{rows}{commitment}</tbody>
            </table>
        </div>
        <div class="matrix-cards">{cards}</div>
    }
}
