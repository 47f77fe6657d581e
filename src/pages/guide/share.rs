//! Keeping the result: its link (which carries the answers, so it restores
//! the same result anywhere), copying, printing, and starting again.

use std::sync::Arc;

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::start_again;
use crate::components::announcer::use_announcer;
use crate::web::clipboard::copy_text;
use crate::web::links::absolute_url;
use crate::web::print::print_page;
use crate::web::session::use_session;
use crate::web::url_state::UrlStateHandle;
use domain::guide::{GuideFile, GuideState, Step};
use domain::url_state::UrlState;

#[component]
pub fn ShareResult(guide: Arc<GuideFile>, url: UrlStateHandle<GuideState>) -> impl IntoView {
    let session = use_session();
    let announcer = use_announcer();
    let state = url.state();
    // The result alone, without embed mode or other parameters: a shared
    // link should open the full app, not the compact embedded one.
    let link = Memo::new(move |_| {
        state.with(|current| absolute_url(&current.at(Step::Result).path(&guide)))
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
    let print = move |_| print_page();

    view! {
        <section class="share no-print" aria-labelledby="share-title">
            <h2 id="share-title">"Save or share this result"</h2>
            <p>"This link brings back this result, with your answers and the words you gave about the group, in any browser. They are in the link itself (your words after its “#”, a part browsers never send to a server): the guide saves them nowhere else and forgets them when you close this tab."</p>
            <label for="share-link">"Link to this result"</label>
            <input id="share-link" class="text-input share-link" type="text" readonly=true prop:value=link node_ref=input on:focus=move |_| select()/>
            <div class="button-group">
                <button type="button" class="button" on:click=copy>"Copy link"</button>
                <button type="button" class="button secondary" on:click=print>"Print or save as PDF"</button>
                <button type="button" class="button secondary" on:click=move |_| start_again(url, session)>"Start again"</button>
            </div>
            <p class="copy-status">{move || status.get()}</p>
        </section>
        <p class="print-only">"This result online: " {link}</p>
    }
}
