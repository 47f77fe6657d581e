//! The guide's start page: what it does, how long it takes, a way to resume
//! answers from earlier in this visit, and the comparison without questions.

use std::sync::Arc;

use leptos::prelude::*;

use super::compare::FormSummaries;
use super::sources::Sources;
use super::{LinkNotice, SESSION_KEY, start_again};
use crate::components::link::AppLink;
use crate::components::page::PageHeading;
use crate::components::prose::Prose;
use crate::web::links::app_href;
use crate::web::session::use_session;
use crate::web::url_state::UrlStateHandle;
use domain::guide::{GuideFile, GuideState, Step};
use domain::routes::Route;

#[component]
pub fn StartStep(guide: Arc<GuideFile>, url: UrlStateHandle<GuideState>) -> impl IntoView {
    let session = use_session();
    // The path of the latest state in this tab.
    let saved = session.get(SESSION_KEY);
    let current = url.state().get_untracked();
    let first = url.path(&current.at(Step::Question(0)));
    let compare = url.path(&current.at(Step::Compare));

    view! {
        <PageHeading title=Route::Guide.title()/>
        <LinkNotice url=url/>
        <div class="prose">
            <Prose blocks=guide.intro.blocks.clone()/>
            <p class="meta">{GuideState::length(&guide)}</p>
        </div>
        {saved.map(|saved| {
            view! {
                <div class="resume">
                    <p>"You answered some questions earlier in this visit."</p>
                    <p class="button-group">
                        <a class="button" href=app_href(&saved)>"Continue where you left off"</a>
                        <button type="button" class="button secondary" on:click=move |_| start_again(url, session)>"Start again"</button>
                    </p>
                </div>
            }
        })}
        <p class="start-link"><a class="button start" href=app_href(&first)>"Start now " <span aria-hidden="true">"→"</span></a></p>
        <h2>"Just want to compare?"</h2>
        <p>
            <AppLink href=compare>"Compare the four kinds of group side by side"</AppLink>
            " without answering any questions."
        </p>
        <h2>"The four kinds of group"</h2>
        <FormSummaries guide=guide.clone()/>
        <Sources guide=guide/>
    }
}
