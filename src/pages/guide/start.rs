//! The guide's start page: what it does, how long it takes, a way to resume
//! answers from earlier in this visit, and the comparison without questions.

use std::sync::Arc;

use leptos::prelude::*;

use super::compare::FormSummaries;
use super::sources::Sources;
use super::{LinkNotice, Nav, SESSION_KEY};
use crate::components::link::{AppLink, app_href};
use crate::components::page::PageHeading;
use crate::components::rich_text::RichText;
use domain::guide::{GuideFile, Step, View};
use domain::routes::Route;

#[component]
pub fn StartStep(guide: Arc<GuideFile>, state: Memo<View>) -> impl IntoView {
    let nav = Nav::new(guide.clone());
    let saved = nav.session.get(SESSION_KEY);
    let current = state.get_untracked();
    let first = View::href(&current.query(Step::Question(0), &guide));
    let compare = View::href(&current.query(Step::Compare, &guide));
    let count = guide.questions.len();
    // About 15 seconds a question, rounded up to whole minutes.
    let minutes = count.div_ceil(4).max(1);

    view! {
        <PageHeading title=Route::Guide.title()/>
        <LinkNotice state=state/>
        <div class="prose">
            <RichText blocks=guide.intro.blocks.clone()/>
            <p class="meta">{format!("{count} questions · about {minutes} minute{}", if minutes == 1 { "" } else { "s" })}</p>
        </div>
        {saved.map(|saved| {
            view! {
                <div class="resume">
                    <p>"You answered some questions earlier in this visit."</p>
                    <p class="button-group">
                        <a class="button" href=app_href(&format!("{}{saved}", Route::Guide.path()))>"Continue where you left off"</a>
                        <button type="button" class="button secondary" on:click=move |_| nav.start_again()>"Start again"</button>
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
