use std::sync::Arc;

use leptos::prelude::*;

use crate::components::content_view::with_content;
use crate::components::page::PageHeading;
use crate::components::rich_text::RichText;
use crate::domain::routes::Route;
use crate::domain::toolkit::ToolkitFile;

#[component]
pub fn ToolkitPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Toolkit.title()/>
        {with_content(|toolkit: Arc<ToolkitFile>| {
            view! {
                <div class="prose">
                    <RichText blocks=toolkit.intro.blocks.clone()/>
                    {toolkit
                        .sections
                        .iter()
                        .map(|section| {
                            view! {
                                <section id=section.id.clone() aria-labelledby=format!("{}-title", section.id)>
                                    <h2 id=format!("{}-title", section.id)>{section.title.clone()}</h2>
                                    <RichText blocks=section.body.blocks.clone()/>
                                </section>
                            }
                        })
                        .collect_view()}
                    <h2>"Sources"</h2>
                    <ol class="sources">
                        {toolkit
                            .sources
                            .iter()
                            .map(|source| {
                                view! {
                                    <li id=format!("source-{}", source.id)>
                                        <cite>{source.title.clone()}</cite>
                                        {format!(". {}", source.publisher)}
                                        {source.year.clone().map(|year| format!(", {year}"))}
                                        "."
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </div>
            }
        })}
    }
}
