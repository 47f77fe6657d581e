use crate::components::link::AppLink;
use leptos::prelude::*;

use crate::components::page::PageHeading;
use crate::web::links::current_path;
use domain::routes::Route;

#[component]
pub fn NotFound() -> impl IntoView {
    let path = current_path();
    view! {
        <PageHeading title="Page not found"/>
        <p>{format!("There is no page at {path}. It may have moved, or the link may be mistyped.")}</p>
        <p>"Try one of these:"</p>
        <ul>
            {Route::ALL
                .into_iter()
                .map(|route| view! { <li><AppLink href=route.path()>{route.label()}</AppLink></li> })
                .collect_view()}
        </ul>
    }
}
