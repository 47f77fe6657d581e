//! The last, optional step: the group's subject in the person's own words,
//! used on the result to look for groups that already exist.

use std::sync::Arc;

use leptos::html::Input;
use leptos::prelude::*;

use super::{LinkNotice, Nav};
use crate::components::link::app_href;
use crate::components::page::PageHeading;
use domain::guide::{GuideFile, MAX_ABOUT_CHARS, Step, View, clean_about};

#[component]
pub fn AboutStep(guide: Arc<GuideFile>, state: Memo<View>) -> impl IntoView {
    let nav = Nav::new(guide.clone());
    let current = state.get_untracked();
    let back = View::href(&current.query(current.previous(&guide), &guide));
    let input = NodeRef::<Input>::new();
    let submit = {
        let current = current.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let about = input.get().map(|input| input.value()).unwrap_or_default();
            let view = View {
                about: clean_about(&about),
                ..current.clone()
            };
            nav.go(&view, Step::Result);
        }
    };
    view! {
        <p class="back-link-row"><a class="back-link" href=app_href(&back)>"Back"</a></p>
        <LinkNotice state=state/>
        <form class="question-form" on:submit=submit>
            <p class="caption">"Last step (optional)"</p>
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
