//! Step 3: the list of communities (searched with the directory's own
//! search, filtered to those that need review or have problems) beside the
//! form of the one chosen; add, and undo a deletion.

use leptos::prelude::*;

use crate::form::Form;
use crate::state::{Studio, communities};
use cop_navigator::web::focus;
use domain::directory::suggestion::{parse_suggestion_paste, unconfirmed_fields};
use domain::studio::{Draft, ListFilter, due_for_review, filtered};

/// How many communities the list shows before "Show more".
const PAGE: usize = 100;

#[component]
pub fn Editor(studio: Studio) -> impl IntoView {
    let filter = RwSignal::new(ListFilter::default());
    let shown = RwSignal::new(PAGE);
    // The form is made again when the choice or the number of drafts
    // changes, not on every keystroke.
    let count = Memo::new(move |_| studio.count());
    let months = move || {
        studio
            .work
            .with(|w| w.as_ref().map_or(12, |w| w.review_after_months))
    };
    let listed = Memo::new(move |_| {
        let filter = filter.get();
        let checks = studio.checks.get();
        studio
            .work
            .with(|work| {
                work.as_ref().map(|w| {
                    filtered(
                        &w.drafts,
                        &checks,
                        &filter,
                        studio.today,
                        w.review_after_months,
                    )
                })
            })
            .unwrap_or_default()
    });
    let with_problems = move || {
        studio
            .checks
            .with(|c| c.iter().filter(|p| !p.is_empty()).count())
    };
    let due = move || {
        let months = months();
        studio.work.with(|w| {
            w.as_ref().map_or(0, |w| {
                w.drafts
                    .iter()
                    .filter(|d| due_for_review(d, studio.today, months))
                    .count()
            })
        })
    };
    let add = move |_| {
        if studio.work.with_untracked(Option::is_none) {
            studio.replace(
                domain::studio::Work::empty("a new directory"),
                "Started an empty directory.".to_string(),
            );
        }
        let index = studio.change(|work| work.add(studio.today));
        studio.selected.set(index);
        studio.new_draft.set(index);
        filter.set(ListFilter::default());
        focus::reveal_later("field-name".to_string());
    };
    let set_filter = move |change: &dyn Fn(&mut ListFilter)| {
        shown.set(PAGE);
        filter.update(|f| change(f));
    };
    view! {
        <section class="studio-step" aria-labelledby="edit-heading">
            <h2 id="edit-heading" tabindex="-1">"3. Edit the communities"</h2>
            <UndoDelete studio=studio/>
            <div class="studio-editor">
                <div class="studio-list">
                    <div class="field">
                        <label for="list-search">"Search the list"</label>
                        <input id="list-search" type="search" autocomplete="off" prop:value=move || filter.with(|f| f.words.clone()) on:input=move |ev| { let words = event_target_value(&ev); set_filter(&move |f| f.words = words.clone()); }/>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id="list-review" prop:checked=move || filter.with(|f| f.needs_review) on:change=move |ev| { let on = event_target_checked(&ev); set_filter(&move |f| f.needs_review = on); }/>
                        <label for="list-review">{move || format!("Needs review ({})", due())}</label>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id="list-problems" prop:checked=move || filter.with(|f| f.has_problems) on:change=move |ev| { let on = event_target_checked(&ev); set_filter(&move |f| f.has_problems = on); }/>
                        <label for="list-problems">{move || format!("Has problems ({})", with_problems())}</label>
                    </div>
                    <p class="list-count" role="status">{move || {
                        let total = studio.count();
                        let count = listed.with(Vec::len);
                        if total == 0 {
                            "Nothing open yet: open a file above, or add a community.".to_string()
                        } else if count == total {
                            format!("Showing all {}.", communities(total))
                        } else if count == 0 {
                            "None of the communities match: clear the search or the boxes above.".to_string()
                        } else {
                            format!("Showing {count} of {}.", communities(total))
                        }
                    }}</p>
                    <ul class="community-list" aria-label="Communities">
                        {move || {
                            let limit = shown.get();
                            listed.get().into_iter().take(limit).map(|index| view! { <ListItem studio=studio index=index/> }).collect_view()
                        }}
                    </ul>
                    {move || (listed.with(Vec::len) > shown.get()).then(|| view! {
                        <button type="button" class="button secondary" on:click=move |_| shown.update(|n| *n += PAGE)>
                            {move || format!("Show {} more", (listed.with(Vec::len) - shown.get()).min(PAGE))}
                        </button>
                    })}
                    <p><button type="button" class="button" on:click=add>"Add a community"</button></p>
                    <FromSuggestion studio=studio/>
                </div>
                <div class="studio-form">
                    {move || match studio.selected.get() {
                        Some(index) if index < count.get() => view! { <Form studio=studio index=index/> }.into_any(),
                        _ => view! { <p class="empty">"Choose a community in the list to edit it, or add one."</p> }.into_any(),
                    }}
                </div>
            </div>
        </section>
    }
}

#[component]
fn ListItem(studio: Studio, index: usize) -> impl IntoView {
    let label = move || studio.label(index);
    let meta = move || {
        let problems = studio.checks.with(|c| c.get(index).map_or(0, Vec::len));
        let (due, status) = studio.work.with(|w| {
            w.as_ref()
                .and_then(|w| {
                    w.drafts.get(index).map(|d| {
                        (
                            due_for_review(d, studio.today, w.review_after_months),
                            d.get("status").to_string(),
                        )
                    })
                })
                .unwrap_or_default()
        });
        let mut parts = Vec::new();
        match problems {
            0 => {}
            1 => parts.push("1 problem".to_string()),
            n => parts.push(format!("{n} problems")),
        }
        if due {
            parts.push("needs review".to_string());
        }
        if status == "archived" || status == "dormant" {
            parts.push(status);
        }
        parts.join(" · ")
    };
    let choose = move |_| {
        studio.selected.set(Some(index));
        studio.show_all.set(false);
        focus::reveal_later("form-heading".to_string());
    };
    view! {
        <li>
            <button type="button" class="list-item" aria-current=move || (studio.selected.get() == Some(index)).then_some("true") on:click=choose>
                <span class="list-name">{label}</span>
                {move || { let meta = meta(); (!meta.is_empty()).then(|| view! { <span class="list-meta">{meta}</span> }) }}
            </button>
        </li>
    }
}

/// "Deleted “X”." with the way back.
#[component]
fn UndoDelete(studio: Studio) -> impl IntoView {
    move || {
        let deleted = studio.deleted.get()?;
        let label = deleted.draft.label();
        let undo = move |_| {
            if let Some(deleted) = studio.deleted.get_untracked() {
                let index = studio.change(|work| work.undo_delete(deleted));
                studio.deleted.set(None);
                studio.selected.set(index);
                studio
                    .status
                    .set(Some("Brought the deleted community back.".to_string()));
                focus::reveal_later("form-heading".to_string());
            }
        };
        Some(view! {
            <p class="notice" role="status">
                {format!("Deleted “{label}”. ")}
                <button type="button" class="button secondary" on:click=undo>{format!("Undo: bring “{label}” back")}</button>
            </p>
        })
    }
}

/// "Add from a suggestion": the email a member of staff sent from the
/// directory's "Suggest a community" form, pasted whole.
#[component]
fn FromSuggestion(studio: Studio) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add = move |_| match parse_suggestion_paste(&pasted.get_untracked()) {
        Ok(community) => {
            let unconfirmed = unconfirmed_fields(&community);
            let mut draft = Draft::from_community(&community);
            let index = studio.change(|work| {
                let taken = work.ids_except(None);
                if taken.contains(draft.get("id").trim()) {
                    draft.set("id", "");
                    draft.fill_id(&taken);
                }
                work.drafts.push(draft);
                work.drafts.len() - 1
            });
            let check = match unconfirmed.len() {
                0 => String::new(),
                _ => format!(
                    " Fill in what the suggestion left open (“To be confirmed”): {}.",
                    unconfirmed.join(", ")
                ),
            };
            studio.status.set(Some(format!(
                "Added “{}” from the suggestion.{check}",
                community.name
            )));
            studio.selected.set(index);
            pasted.set(String::new());
            problem.set(None);
            focus::reveal_later("form-heading".to_string());
        }
        Err(message) => {
            problem.set(Some(message));
            focus::reveal_later("suggestion-problem".to_string());
        }
    };
    let open = RwSignal::new(false);
    view! {
        <div class="from-suggestion">
            <p><button type="button" class="button secondary" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>"Add from a suggestion"</button></p>
            {move || open.get().then(|| view! {
                <div class="field">
                    <label for="suggestion-text">"Paste the suggestion email"</label>
                    <p class="hint" id="suggestion-hint">"The whole email sent from the directory's “Suggest a community” form: the entry between its marked lines is read and checked by the directory's rules."</p>
                    {move || problem.get().map(|message| view! {
                        <p class="error-message" id="suggestion-problem" tabindex="-1" role="alert"><span class="visually-hidden">"Error: "</span>{message}</p>
                    })}
                    <textarea id="suggestion-text" rows="6" aria-describedby="suggestion-hint" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                </div>
                <p><button type="button" class="button secondary" on:click=add>"Add the suggested community"</button></p>
            })}
        </div>
    }
}
