//! The search box and the facet filters. Their elements stay in place while
//! results change (only text and ticks update), so focus never jumps away
//! from what the user is typing in or ticking.

use leptos::prelude::*;

use domain::search::MAX_SEARCH_CHARS;

use super::Browsing;
use crate::web::focus::focus_when_shown;
use domain::directory::state::Facet;
use domain::directory::{Choice, Status};

pub fn search_box(browsing: Browsing) -> impl IntoView {
    let on_input = move |event| browsing.type_words(event_target_value(&event));
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        browsing.record_words();
        focus_when_shown("#results-title");
    };
    view! {
        <form role="search" class="directory-search no-print" on:submit=on_submit>
            <label for="directory-search">"Search communities"</label>
            // A submit button (WCAG technique H32): results update as you
            // type, and the button (or Enter) takes you to them.
            <div class="search-row">
                <input
                    id="directory-search"
                    maxlength=MAX_SEARCH_CHARS.to_string()
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="directory-search-hint"
                    prop:value=move || browsing.text.get()
                    on:input=on_input
                />
                <button type="submit" class="button">"Show results"</button>
            </div>
            <p id="directory-search-hint" class="hint">
                "Try a name, topic, organisation or service area. Results update as you type; Enter or “Show results” takes you to them."
            </p>
        </form>
    }
}

pub fn filters(browsing: Browsing) -> impl IntoView {
    // On narrow screens the filters fold behind a button, so results are
    // not pushed below a long list of checkboxes.
    let open = RwSignal::new(false);
    let ticked = Memo::new(move |_| {
        browsing.url.state().with(|state| {
            Facet::ALL
                .iter()
                .map(|facet| state.selected(*facet).len())
                .sum::<usize>()
        })
    });
    view! {
        <section class="filters no-print" aria-labelledby="filters-title">
            <h2 id="filters-title">"Filter"</h2>
            <button
                type="button"
                class="button secondary filters-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="filter-groups"
                on:click=move |_| open.update(|open| *open = !*open)
            >
                {move || match ticked.get() {
                    0 => "Filters".to_string(),
                    n => format!("Filters ({n} ticked)"),
                }}
            </button>
            <div id="filter-groups" class="filter-groups" class:open=move || open.get()>
                {Facet::ALL.into_iter().map(|facet| facet_group(browsing, facet)).collect_view()}
                <Show when=move || { ticked.get() > 0 }>
                    <button type="button" class="button secondary" on:click=move |_| browsing.clear_filters()>
                        "Clear filters"
                    </button>
                </Show>
                {show_results(browsing, open)}
            </div>
        </section>
    }
}

/// On a phone the results are below the filters: this button, after the
/// last filter, says how many results the ticks give and takes you to them
/// (folding the filters away). Wide screens show the results beside the
/// filters, and CSS hides it.
fn show_results(browsing: Browsing, open: RwSignal<bool>) -> impl IntoView {
    let label = move || {
        browsing.results.with(|results| match results.items.len() {
            1 => "Show 1 result".to_string(),
            n => format!("Show {n} results"),
        })
    };
    let go = move |_| {
        open.set(false);
        focus_when_shown("#results-title");
    };
    view! {
        <div class="show-results">
            <button type="button" class="button" on:click=go>{label}</button>
        </div>
    }
}

/// One facet's checkboxes, shown when the directory has any of its values
/// and ticking one could narrow the list.
fn facet_group(browsing: Browsing, facet: Facet) -> impl IntoView {
    let values = Memo::new(move |_| {
        browsing.results.with(|results| {
            results
                .facets
                .iter()
                .filter(|group| group.facet == facet)
                .flat_map(|group| group.values.iter().map(|value| value.value.clone()))
                .collect::<Vec<_>>()
        })
    });
    let hint_id = format!("facet-{}-hint", facet.key());
    // The hint names the Archived box, so it is shown only when there is one.
    let is_status = facet == Facet::Status;
    let has_archived = Memo::new(move |_| {
        is_status && values.with(|values| values.iter().any(|v| v == Status::Archived.slug()))
    });
    view! {
        <Show when=move || values.with(|values| !values.is_empty())>
            <fieldset class="facet" aria-describedby={
                let hint_id = hint_id.clone();
                move || has_archived.get().then(|| hint_id.clone())
            }>
                <legend>{facet.legend()}</legend>
                {
                    let hint_id = hint_id.clone();
                    move || {
                        has_archived
                            .get()
                            .then(|| {
                                view! {
                                    <p class="hint" id=hint_id.clone()>
                                        "Archived communities are hidden unless you tick Archived."
                                    </p>
                                }
                            })
                    }
                }
                <ul>
                    <For each=move || values.get() key=|value| value.clone() let:value>
                        {facet_option(browsing, facet, value)}
                    </For>
                </ul>
            </fieldset>
        </Show>
    }
}

fn facet_option(browsing: Browsing, facet: Facet, value: String) -> impl IntoView {
    let label = facet.label(&value).to_string();
    let count = {
        let value = value.clone();
        Memo::new(move |_| {
            browsing.results.with(|results| {
                results
                    .facets
                    .iter()
                    .filter(|group| group.facet == facet)
                    .flat_map(|group| &group.values)
                    .find(|v| v.value == value)
                    .map_or(0, |v| v.count)
            })
        })
    };
    let checked = {
        let value = value.clone();
        move || {
            browsing
                .url
                .state()
                .with(|state| state.is_selected(facet, &value))
        }
    };
    let toggle = move |_| browsing.change(|state| state.toggle(facet, &value));
    view! {
        <li>
            <label class="check">
                <input type="checkbox" prop:checked=checked on:change=toggle/>
                <span>{label}</span>
                <span class="count">{move || format!("({})", count.get())}</span>
            </label>
        </li>
    }
}
