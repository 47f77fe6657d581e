//! The state a view shows until it is built: says what is coming and where
//! to go meanwhile, rather than an empty page.

use crate::components::link::AppLink;
use leptos::prelude::*;

use crate::components::page::PageHeading;
use crate::domain::routes::Route;

#[component]
pub fn Coming(route: Route, what: &'static str) -> impl IntoView {
    view! {
        <PageHeading title=route.title()/>
        <div class="notice">
            <p><strong>"Coming soon. "</strong>{what}</p>
            <p>"Meanwhile, you can " <AppLink href=Route::Toolkit.path()>"read the toolkit"</AppLink> " or " <AppLink href=Route::Directory.path()>"browse the directory"</AppLink> "."</p>
        </div>
    }
}
