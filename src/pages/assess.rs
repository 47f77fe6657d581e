use leptos::prelude::*;

use super::coming::Coming;
use crate::domain::routes::Route;

#[component]
pub fn AssessPage() -> impl IntoView {
    view! { <Coming route=Route::Assess what="A private readiness check against the critical success factors, ending in next steps."/> }
}
