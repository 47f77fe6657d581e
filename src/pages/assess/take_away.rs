//! Taking the result away: print, a Markdown action plan, the answers as a
//! JSON file (and loading one back), and a share link. All of it happens in
//! the browser; nothing is uploaded.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::state::dropped_message;
use super::{Assess, Nav};
use crate::web::base::AppBase;
use crate::web::content::use_content;
use crate::web::download::save_text;
use domain::assessment::{
    ActionPlan, MAX_SAVED_BYTES, Step, action_plan, encode_share, file_name, from_json, to_json,
};
use domain::directory::DirectoryFile;
use domain::routes::Route;

#[component]
pub fn TakeAway(state: Assess, nav: Nav) -> impl IntoView {
    let directory = use_content::<DirectoryFile>();
    // Absolute, and without `embed=1`: the link is for opening anywhere.
    let root_url = use_context::<AppBase>()
        .unwrap_or_else(AppBase::detect)
        .root_url;
    let share_url = {
        let root_url = root_url.clone();
        Memo::new(move |_| {
            let code = state.answers.with(encode_share);
            format!("{root_url}{}?r={code}", &Route::Assess.path()[1..])
        })
    };
    let app_url = Some(root_url);

    let download_markdown = move |_| {
        let content = state.content();
        let answers = state.answers.get_untracked();
        let outcome = state.outcome.get_untracked();
        let directory = directory.get_untracked().and_then(Result::ok);
        let date = today();
        let share = share_url.get_untracked();
        let text = action_plan(&ActionPlan {
            content: &content,
            answers: &answers,
            outcome: &outcome,
            directory: directory.as_deref(),
            date: Some(&date),
            app_url: app_url.as_deref(),
            share_url: Some(&share),
        });
        let name = file_name(answers.name(), "md");
        report(state, save_text(&name, "text/markdown", &text), &name);
    };
    let download_json = move |_| {
        let answers = state.answers.get_untracked();
        let text = to_json(&answers, Some(&today()));
        let name = file_name(answers.name(), "json");
        report(state, save_text(&name, "application/json", &text), &name);
    };
    let copy = move |_| copy_link(state, share_url.get_untracked());

    view! {
        <section class="take-away no-print" aria-labelledby="take-away-heading">
            <h3 id="take-away-heading">"Keep or share this result"</h3>
            <p>"Everything stays in your browser until you choose to save or share it."</p>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>"Print or save as PDF"</button>
                <button type="button" class="button secondary" on:click=download_markdown>"Download action plan (Markdown)"</button>
                <button type="button" class="button secondary" on:click=download_json>"Download answers (JSON)"</button>
            </div>
            <div class="field share">
                <label for="share-link">"Share link"</label>
                <p class="hint" id="share-link-hint">"Anyone who opens this link sees these answers, including your notes. The answers travel inside the link itself: nothing is stored on a server."</p>
                <div class="share-row">
                    <input
                        id="share-link"
                        type="text"
                        readonly
                        aria-describedby="share-link-hint"
                        prop:value=move || share_url.get()
                        on:focus=move |ev| select(&ev)
                    />
                    <button type="button" class="button secondary" on:click=copy>"Copy link"</button>
                </div>
            </div>
            <LoadFile state=state nav=nav/>
        </section>
    }
}

/// Chooses a saved JSON file and replaces the answers with it (with undo).
/// A file that cannot be used changes nothing.
#[component]
pub fn LoadFile(state: Assess, nav: Nav) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Clear the field so choosing the same file again reloads it.
        input.set_value("");
        let name = file.name();
        if file.size() > MAX_SAVED_BYTES as f64 {
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
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|value| value.as_string());
            let Some(text) = text else {
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
                    nav.to(Step::Result);
                }
                Err(problem) => state.say(true, format!("{problem} Nothing was changed.")),
            }
        });
    };
    view! {
        <div class="field load-file no-print">
            <label for="load-file">"Resume from a saved file"</label>
            <p class="hint" id="load-file-hint">"Choose a file saved with “Download answers (JSON)”. It replaces the answers on this page; you can undo straight afterwards."</p>
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
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

fn select(ev: &leptos::ev::FocusEvent) {
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// Copies with the Clipboard API where the browser offers it (it may not in
/// an iframe or over plain http); otherwise selects the link to copy by hand.
fn copy_link(state: Assess, url: String) {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| clipboard.is_object());
    let by_hand = move || {
        if let Some(input) = document()
            .get_element_by_id("share-link")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = input.focus();
            input.select();
        }
        state.say(
            false,
            "The link is selected: copy it with Ctrl+C (⌘C on a Mac).",
        );
    };
    if !has_clipboard {
        by_hand();
        return;
    }
    let promise = navigator.clipboard().write_text(&url);
    spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => state.say(false, "Link copied."),
            Err(_) => by_hand(),
        }
    });
}
