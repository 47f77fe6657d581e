//! The last, optional step: the group's subject in the person's own words,
//! used on the result to look for groups that already exist.

use std::sync::Arc;

use leptos::html::Input;
use leptos::prelude::*;

use super::LinkNotice;
use crate::components::page::PageHeading;
use crate::web::links::app_href;
use crate::web::url_state::UrlStateHandle;
use domain::guide::{GuideFile, GuideState, MAX_ABOUT_CHARS, Step, clean_about};

#[component]
pub fn AboutStep(guide: Arc<GuideFile>, url: UrlStateHandle<GuideState>) -> impl IntoView {
    let current = url.state().get_untracked();
    let back = url.path(&current.at(current.previous(&guide)));
    let input = NodeRef::<Input>::new();
    let submit = {
        let current = current.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let about = input.get().map(|input| input.value()).unwrap_or_default();
            let done = GuideState {
                about: clean_about(&about),
                ..current.at(Step::Result)
            };
            url.push(&done);
        }
    };
    view! {
        <p class="back-link-row"><a class="back-link" href=app_href(&back)>"Back"</a></p>
        <LinkNotice url=url/>
        <form class="question-form" on:submit=submit>
            <p class="caption">{current.progress(&guide).unwrap_or_default()}</p>
            <PageHeading title="In a few words, what would the group be about?"/>
            <p id="about-hint" class="hint">
                "For example “procurement”, “research data” or “student wellbeing”. The result uses your words to look for groups that already exist. Leave it blank if you prefer."
            </p>
            <input
                class="text-input"
                type="text"
                id="about"
                name="about"
                aria-labelledby="page-title"
                aria-describedby="about-hint"
                maxlength=MAX_ABOUT_CHARS.to_string()
                autocomplete="off"
                spellcheck="true"
                value=current.about.clone()
                node_ref=input
            />
            <div class="button-group">
                <button type="submit" class="button">"See your result"</button>
            </div>
        </form>
    }
}
