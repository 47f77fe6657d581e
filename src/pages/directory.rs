use std::sync::Arc;

use leptos::prelude::*;

use crate::components::content_view::with_content;
use crate::components::page::PageHeading;
use crate::domain::directory::DirectoryFile;
use crate::domain::routes::Route;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Directory.title()/>
        {with_content(|directory: Arc<DirectoryFile>| {
            view! {
                <p>{format!("{} communities are listed.", directory.communities.len())}</p>
                <ul class="card-list">
                    {directory
                        .communities
                        .iter()
                        .map(|community| {
                            view! {
                                <li class="card">
                                    <h2>{community.name.clone()}</h2>
                                    <p class="meta">{format!("{} · {}", community.organisation, community.service_area)}</p>
                                    <p>{community.summary.clone()}</p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })}
    }
}
