//! Messages above the current step: storage unavailable, stored answers
//! that could not be read (kept aside), what just happened (with undo), and
//! the choice a share link asks for.

use leptos::prelude::*;

use super::state::{KEPT_FILE, Kept};
use super::{Assess, AssessUrl};
use crate::web::download::save_text;
use domain::assessment::{AssessState, AssessmentAnswers, AssessmentFile, Step};

/// Shown while the browser will not keep the answers, and while answers
/// it could not read are kept aside.
#[component]
pub fn StorageNotice(state: Assess) -> impl IntoView {
    let not_kept = move || {
        (!state.stored.get()).then(|| {
            view! {
                <div class="notice warn no-print" id="storage-notice">
                    <p>
                        <strong>"Your answers will not be kept. "</strong>
                        "This browser is not letting the page store data (it may be blocked in an embedded frame or by your settings), so your answers will be lost if you leave or reload the page. The assessment still works, and nothing is sent anywhere. To keep your answers, download them or copy the share link from your result."
                    </p>
                </div>
            }
        })
    };
    view! {
        {move || state.kept.get().map(|kept| kept_notice(state, kept))}
        {not_kept}
    }
}

/// Stored answers this version could not read: what happened, and buttons
/// to download, open (when this version can read them) or delete them.
fn kept_notice(state: Assess, kept: Kept) -> impl IntoView {
    let just_now = kept.reason.is_some();
    let text = match (&kept.reason, &kept.readable) {
        (Some(reason), _) => format!(
            "Answers saved in this browser could not be read. {reason} They are kept: download them to keep a copy you can load into a newer version, or delete them. You are starting with a blank assessment."
        ),
        (None, Some(answers)) => format!(
            "Answers set aside on an earlier visit, because the version of the app then could not read them, can be opened now ({} of {} statements answered). They are still kept in this browser.",
            answers.answered(&state.content()),
            state.content().statement_count()
        ),
        (None, None) => "Answers set aside on an earlier visit, because they could not be read, are still kept in this browser: download them to keep a copy, or delete them.".to_string(),
    };
    let can_open = kept.readable.is_some();
    let download = move |_| {
        let Some(kept) = state.kept.get_untracked() else {
            return;
        };
        if save_text(KEPT_FILE, "application/json", &kept.text) {
            state.say(
                false,
                format!("Downloaded the kept answers as {KEPT_FILE}."),
            );
        } else {
            state.say(
                true,
                "This browser did not download the file; the kept answers are still stored.",
            );
        }
    };
    view! {
        <div class="notice warn no-print" id="kept-answers" role=just_now.then_some("alert")>
            <p>{text}</p>
            <p class="notice-actions">
                {can_open.then(|| view! { <button type="button" class="button" on:click=move |_| state.open_kept()>"Open them"</button> })}
                <button type="button" class="button secondary" on:click=download>"Download the kept answers"</button>
                <button type="button" class="button secondary" on:click=move |_| state.delete_kept()>"Delete the kept answers"</button>
            </p>
        </div>
    }
}

#[component]
pub fn NoticeView(state: Assess) -> impl IntoView {
    move || {
        state.notice.get().map(|notice| {
            let can_undo = notice.undo.is_some();
            view! {
                <div class="notice no-print" class:error=notice.error role=notice.error.then_some("alert")>
                    <p>{notice.text}</p>
                    <p class="notice-actions no-print">
                        {can_undo.then(|| view! { <button type="button" class="button secondary" on:click=move |_| state.undo()>"Undo"</button> })}
                        <button type="button" class="link-button" on:click=move |_| state.notice.set(None)>"Dismiss"</button>
                    </p>
                </div>
            }
        })
    }
}

/// A share link would replace different answers: nothing changes until the
/// person chooses.
#[component]
pub fn SharedChoice(state: Assess, url: AssessUrl, current: Memo<Step>) -> impl IntoView {
    move || {
        state.shared.get().map(|shared| {
            let content = state.content();
            let mine = state.answers.get_untracked();
            let text = format!(
                "This link holds a self-assessment {} with {}. Opening it replaces the answers saved in this browser {} with {}. You can undo straight afterwards.",
                describe_name(&shared),
                describe_count(&content, &shared),
                describe_name(&mine),
                describe_count(&content, &mine),
            );
            let open = move |_| {
                if let Some(shared) = state.shared.get_untracked() {
                    state.shared.set(None);
                    state.replace(shared, "Opened the shared answers.");
                    url.replace(&AssessState::at(Step::Result));
                }
            };
            let keep = move |_| {
                state.shared.set(None);
                state.say(false, "Kept your answers; the shared ones were not opened.");
                url.replace(&AssessState::at(current.get_untracked()));
            };
            view! {
                <section class="notice shared-choice no-print" aria-labelledby="shared-heading">
                    <h2 id="shared-heading">"Open the shared answers?"</h2>
                    <p>{text}</p>
                    <p class="notice-actions">
                        <button type="button" class="button" on:click=open>"Open the shared answers"</button>
                        <button type="button" class="button secondary" on:click=keep>"Keep my answers"</button>
                    </p>
                </section>
            }
        })
    }
}

fn describe_name(answers: &AssessmentAnswers) -> String {
    let name = answers.name().trim();
    if name.is_empty() {
        "(no community name given)".into()
    } else {
        format!("for “{name}”")
    }
}

fn describe_count(content: &AssessmentFile, answers: &AssessmentAnswers) -> String {
    format!(
        "{} of {} statements answered",
        answers.answered(content),
        content.statement_count()
    )
}
