//! Taking the result away: print, the action plan as a document Word opens
//! (RTF) or as Markdown, the answers saved as a file to continue later (and
//! loading one back), and a share link. All of it happens in
//! the browser; nothing is uploaded.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::dropped_message;
use super::{Assess, AssessUrl};
use crate::web::clipboard::{clipboard_available, copy_text};
use crate::web::clock;
use crate::web::content::use_content;
use crate::web::download::save_text;
use crate::web::file_input::take_chosen_file;
use crate::web::links::{absolute_url, app_root};
use crate::web::print::print_page;
use domain::assessment::{
    ActionPlan, AssessState, MAX_SAVED_BYTES, Step, action_plan, action_plan_rtf, encode_share,
    file_name, from_json, to_json,
};
use domain::directory::DirectoryFile;
use domain::routes::{Route, together_link};
use domain::url_state::UrlState;

#[component]
pub fn TakeAway(state: Assess, url: AssessUrl) -> impl IntoView {
    let directory = use_content::<DirectoryFile>();
    // Absolute, and without `embed=1`: the link is for opening anywhere.
    let share_url = Memo::new(move |_| {
        let code = state.answers.with(encode_share);
        absolute_url(&AssessState::sharing(&code).path(&state.content()))
    });
    let share_input = NodeRef::<Input>::new();

    // `rtf`: the document for Word; otherwise Markdown.
    let download_plan = move |rtf: bool| {
        let content = state.content();
        let answers = state.answers.get_untracked();
        let outcome = state.outcome.get_untracked();
        let directory = directory.get_untracked().and_then(Result::ok);
        let date = today();
        let share = share_url.get_untracked();
        let app_url = Some(absolute_url(Route::Home.path()));
        let plan = ActionPlan {
            content: &content,
            answers: &answers,
            outcome: &outcome,
            directory: directory.as_deref(),
            date: date.as_deref(),
            app_url: app_url.as_deref(),
            share_url: Some(&share),
        };
        let (text, extension, kind) = if rtf {
            (action_plan_rtf(&plan), "rtf", "application/rtf")
        } else {
            (action_plan(&plan), "md", "text/markdown")
        };
        let name = file_name(answers.name(), extension);
        report(state, save_text(&name, kind, &text), &name);
    };
    let download_json = move |_| {
        let answers = state.answers.get_untracked();
        let text = to_json(&answers, today().as_deref());
        let name = file_name(answers.name(), "json");
        report(state, save_text(&name, "application/json", &text), &name);
    };
    let copy = move |_| copy_link(state, share_input, share_url.get_untracked());

    view! {
        <section class="take-away no-print" aria-labelledby="take-away-heading">
            <h3 id="take-away-heading">"Keep or share this result"</h3>
            <p>"Everything stays in your browser until you choose to save or share it."</p>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| print_page()>"Print or save as PDF"</button>
                <button type="button" class="button secondary" on:click=move |_| download_plan(true)>"Download the action plan for Word"</button>
                <button type="button" class="button secondary" on:click=move |_| download_plan(false)>"Download the action plan as Markdown"</button>
                <button type="button" class="button secondary" on:click=download_json>"Save your answers to continue later"</button>
                // Start together is another app (apps/together): the router leaves the link alone.
                // It offers the answers this browser keeps (STORAGE_KEY).
                <a class="button secondary" href=together_link(&app_root()) rel="external">"Start together: compare with others, see progress, draft a charter"</a>
            </div>
            <div class="field share">
                <label for="share-link">"Share link"</label>
                <p class="hint" id="share-link-hint">"Anyone who opens this link sees these answers, including your notes. They travel inside the link, after its “#”: browsers never send that part to a server, so the site hosting this page does not receive them, and nothing is stored anywhere."</p>
                <div class="share-row">
                    <input
                        id="share-link"
                        type="text"
                        readonly
                        aria-describedby="share-link-hint"
                        prop:value=move || share_url.get()
                        on:focus=move |_| select_all(share_input)
                        node_ref=share_input
                    />
                    <button type="button" class="button secondary" on:click=copy>"Copy link"</button>
                </div>
            </div>
            <LoadFile state=state url=url/>
        </section>
    }
}

/// Chooses a saved JSON file and replaces the answers with it (with undo).
/// A file that cannot be used changes nothing.
#[component]
pub fn LoadFile(state: Assess, url: AssessUrl) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        // Taking the file clears the field, so choosing it again reloads it.
        let Some(file) = take_chosen_file(&ev) else {
            return;
        };
        let name = file.name();
        if file.size() > MAX_SAVED_BYTES as u64 {
            state.say(
                true,
                format!(
                    "{name} is too large to be a saved self-assessment (over {} KB). Nothing was changed.",
                    MAX_SAVED_BYTES / 1024
                ),
            );
            return;
        }
        spawn_local(async move {
            let Some(text) = file.text().await else {
                state.say(
                    true,
                    format!("{name} could not be read. Nothing was changed."),
                );
                return;
            };
            match from_json(&name, text.as_bytes()) {
                Ok(mut answers) => {
                    let content = state.content();
                    let dropped = answers.retain_known(&content);
                    let mut message = format!(
                        "Loaded {name}: {} of {} statements answered.",
                        answers.answered(&content),
                        content.statement_count()
                    );
                    if !dropped.is_empty() {
                        message = format!("{message} {}", dropped_message(dropped.len()));
                    }
                    state.replace(answers, message);
                    url.push(&AssessState::at(Step::Result));
                }
                Err(problem) => state.say(true, format!("{problem} Nothing was changed.")),
            }
        });
    };
    view! {
        <div class="field load-file no-print">
            <label for="load-file">"Resume from a saved file"</label>
            <p class="hint" id="load-file-hint">"Choose a file saved with “Save your answers to continue later”. It replaces the answers on this page; you can undo straight afterwards."</p>
            <input id="load-file" type="file" accept=".json,application/json" aria-describedby="load-file-hint" on:change=on_change/>
        </div>
    }
}

fn report(state: Assess, saved: bool, name: &str) {
    if saved {
        state.say(false, format!("Downloaded {name}."));
    } else {
        state.say(
            true,
            "Your browser did not allow the download. Try “Print or save as PDF”, or copy the share link.",
        );
    }
}

/// Today in the browser's time zone, `YYYY-MM-DD`.
fn today() -> Option<String> {
    clock::today().map(|date| date.to_string())
}

/// Selects the whole link, ready to copy.
fn select_all(input: NodeRef<Input>) {
    if let Some(input) = input.get_untracked() {
        input.select();
    }
}

/// Copies with the Clipboard API where the browser offers it (it may not in
/// an iframe or over plain http); otherwise selects the link to copy by hand.
fn copy_link(state: Assess, input: NodeRef<Input>, url: String) {
    let by_hand = move || {
        if let Some(input) = input.get_untracked() {
            let _ = input.focus();
            input.select();
        }
        state.say(
            false,
            "The link is selected: copy it with Ctrl+C (⌘C on a Mac).",
        );
    };
    if !clipboard_available() {
        by_hand();
        return;
    }
    spawn_local(async move {
        if copy_text(&url).await {
            state.say(false, "Link copied.");
        } else {
            by_hand();
        }
    });
}
