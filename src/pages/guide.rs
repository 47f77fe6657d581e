use leptos::prelude::*;

use super::coming::Coming;
use crate::domain::routes::Route;

#[component]
pub fn GuidePage() -> impl IntoView {
    view! { <Coming route=Route::Guide what="A short guide will help you decide whether a community of practice, a work group, a project team or an informal network fits what you want to do."/> }
}
