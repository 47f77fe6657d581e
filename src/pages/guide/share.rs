//! Keeping the result: its link (which carries the answers, so it restores
//! the same result anywhere), copying, printing, and starting again.

use std::sync::Arc;

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Nav;
use crate::components::announcer::use_announcer;
use crate::web::base::AppBase;
use crate::web::clipboard::copy_text;
use domain::guide::{GuideFile, Step, View};

#[component]
pub fn ShareResult(guide: Arc<GuideFile>, state: Memo<View>) -> impl IntoView {
    let nav = Nav::new(guide.clone());
    let announcer = use_announcer();
    // The plain app address, even inside an embedding frame: a shared link
    // should open the full app, not the compact embedded one.
    let root = format!(
        "{}{}",
        window().location().origin().unwrap_or_default(),
        use_context::<AppBase>()
            .map(|base| base.router_base)
            .unwrap_or_default()
    );
    let link = Memo::new(move |_| {
        let query = state.with(|view| view.query(Step::Result, &guide));
        format!("{root}{}", View::href(&query))
    });
    let input = NodeRef::<Input>::new();
    let status = RwSignal::new(String::new());
    let select = move || {
        if let Some(input) = input.get_untracked() {
            input.select();
        }
    };
    let copy = move |_| {
        spawn_local(async move {
            let message = if copy_text(&link.get_untracked()).await {
                "Link copied."
            } else {
                select();
                "Your browser did not allow copying here: the link is selected, so copy it with your usual keys."
            };
            status.set(message.to_string());
            announcer.say(message);
        });
    };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <section class="share no-print" aria-labelledby="share-title">
            <h2 id="share-title">"Save or share this result"</h2>
            <p>"This link brings back this result, with your answers, in any browser. Your answers are in the link itself: the guide saves them nowhere else and forgets them when you close this tab."</p>
            <label for="share-link">"Link to this result"</label>
            <input id="share-link" class="text-input share-link" type="text" readonly=true prop:value=link node_ref=input on:focus=move |_| select()/>
            <div class="button-group">
                <button type="button" class="button" on:click=copy>"Copy link"</button>
                <button type="button" class="button secondary" on:click=print>"Print or save as PDF"</button>
                <button type="button" class="button secondary" on:click=move |_| nav.start_again()>"Start again"</button>
            </div>
            <p class="copy-status">{move || status.get()}</p>
        </section>
        <p class="print-only">"This result online: " {link}</p>
    }
}
