//! "Find in the toolkit": the filter box, what it found (shown, and
//! announced once typing pauses), and what to do when nothing matches.

use std::time::Duration;

use leptos::prelude::*;

use domain::search::MAX_SEARCH_CHARS;

use super::Filter;
use crate::components::announcer::use_announcer;
use crate::web::debounce::Debounce;
use crate::web::focus::focus_by_id;
use crate::web::url_state::UrlStateHandle;
use domain::toolkit::search::Filtered;
use domain::toolkit::state::ToolkitState;

/// Screen readers hear the count once typing pauses, not at every key.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(600);

#[component]
pub fn FindBox(
    url: UrlStateHandle<ToolkitState>,
    filter: Filter,
    /// How many sections the toolkit has.
    total: usize,
) -> impl IntoView {
    let state = url.state();
    let text = Memo::new(move |_| state.with(|state| state.words.clone()));
    // Typing replaces the history entry, and drops `s`: the filter is now the state.
    let set_text = move |value: &str| url.replace(&ToolkitState::finding(value));
    let filtered = filter.filtered;
    let status = Memo::new(move |_| status(&text.get(), &filtered.get(), total));
    announce_when_typing_pauses(status);

    let on_input = move |event: leptos::ev::Event| set_text(&event_target_value(&event));
    let on_submit = |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        focus_by_id("contents");
    };
    let clear = move |_| {
        set_text("");
        focus_by_id("toolkit-find");
    };
    let empty = move || {
        let nothing = filtered.with(|f| f.sections.is_empty()) && !text.with(String::is_empty);
        nothing.then(|| {
            let suggestion = filtered.with(|f| f.suggestion.clone());
            view! {
                <div class="notice find-empty">
                    <p>"Try fewer words, a different spelling, or browse the contents below."</p>
                    {suggestion.map(|words| {
                        let label = format!("Find “{words}” instead");
                        view! {
                            <button type="button" class="button secondary" on:click=move |_| set_text(&words)>
                                {label}
                            </button>
                        }
                    })}
                </div>
            }
        })
    };
    view! {
        <form role="search" aria-label="Find in the toolkit" class="find no-print" on:submit=on_submit>
            <label for="toolkit-find">"Find in the toolkit"</label>
            <div class="find-row">
                <input
                    id="toolkit-find"
                    maxlength=MAX_SEARCH_CHARS.to_string()
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="find-status"
                    prop:value=move || text.get()
                    on:input=on_input
                />
                // A submit button (WCAG technique H32): the filter applies as
                // you type; this (or Enter) moves to the sections it kept.
                <button type="submit" class="button">"Find"</button>
                <button type="button" class="button secondary" hidden=move || text.with(String::is_empty) on:click=clear>
                    "Clear"
                </button>
            </div>
            <p id="find-status" class="find-status">{move || status.get()}</p>
        </form>
        {empty}
    }
}

/// What the filter shows, in words.
fn status(text: &str, filtered: &Filtered, total: usize) -> String {
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let shown = filtered.sections.len();
    if words.is_empty() {
        format!("All {total} sections are shown. Type to keep only those that contain your words.")
    } else if shown == 0 {
        format!("No section contains “{words}”.")
    } else if filtered.partial {
        format!(
            "No section contains all of “{words}”. Showing the {shown} that contain some of these words."
        )
    } else if shown == 1 {
        format!("1 of {total} sections contains “{words}”.")
    } else {
        format!("{shown} of {total} sections contain “{words}”.")
    }
}

fn announce_when_typing_pauses(status: Memo<String>) {
    let announcer = use_announcer();
    let debounce = Debounce::new(ANNOUNCE_AFTER);
    Effect::new(move |previous: Option<()>| {
        let message = status.get();
        // The status is on screen at load; announce only changes.
        if previous.is_none() {
            return;
        }
        debounce.call(move || announcer.say(message));
    });
}
