use leptos::prelude::*;

use super::coming::Coming;
use crate::domain::routes::Route;

#[component]
pub fn RolesPage() -> impl IntoView {
    view! { <Coming route=Route::Roles what="An explorer of the roles in a community (sponsor, community lead, activity lead, members) and of the levels of participation."/> }
}
