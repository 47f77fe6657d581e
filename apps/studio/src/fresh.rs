//! Step 4: keeping the directory fresh. Entries past the directory's review
//! period are listed, oldest first, with who to ask; each has a ready
//! reminder (a `mailto:` link built by the domain, where no input can add
//! a header or a recipient) and "Mark reviewed today"; one combined list
//! can be copied into an email or a chat.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{Studio, communities};
use cop_navigator::web::clipboard::{clipboard_available, copy_text};
use cop_navigator::web::focus;
use domain::directory::freshness::{due_for_review, due_list};
use domain::studio::Draft;
use domain::studio::draft::read_valid;
use domain::studio::list::due_for_review as due_for_draft;

/// One entry due for review, as the section shows it.
#[derive(Clone, PartialEq)]
struct DueEntry {
    id: String,
    name: String,
    overdue: String,
    contact: String,
    mailto: Result<String, String>,
    reminder: String,
}

#[component]
pub fn Fresh(studio: Studio) -> impl IntoView {
    let due = Memo::new(move |_| {
        studio.work.with(|work| {
            let Some(work) = work else {
                return (Vec::new(), String::new());
            };
            // Only drafts that pass and are due are read as communities, so
            // typing in a long list does not re-read every draft.
            let checks = studio.checks.get();
            let candidates: Vec<Draft> = work
                .drafts
                .iter()
                .zip(&checks)
                .filter(|(draft, problems)| {
                    problems.is_empty()
                        && due_for_draft(draft, studio.today, work.review_after_months)
                })
                .map(|(draft, _)| draft.clone())
                .collect();
            let mut file = work.file();
            file.communities = read_valid(&candidates, studio.today);
            let due = due_for_review(&file, studio.today);
            let list = due_list(&due, studio.today);
            let entries = due
                .iter()
                .map(|entry| {
                    let reminder = entry.reminder();
                    DueEntry {
                        id: entry.community.id.clone(),
                        name: entry.community.name.clone(),
                        overdue: entry.overdue(),
                        contact: entry.contact(),
                        reminder: format!("Subject: {}\n\n{}", reminder.subject, reminder.body),
                        mailto: reminder.mailto,
                    }
                })
                .collect::<Vec<_>>();
            (entries, list)
        })
    });
    let months = move || {
        studio
            .work
            .with(|w| w.as_ref().map_or(12, |w| w.review_after_months))
    };
    let copied = RwSignal::new(None::<String>);
    let copy = move |text: String, what: String| {
        spawn_local(async move {
            let done = copy_text(&text).await;
            copied.set(Some(if done {
                format!("Copied {what}.")
            } else {
                format!("This browser did not allow copying: select the text of {what} below and copy it yourself.")
            }));
        });
    };
    view! {
        <section class="studio-step" aria-labelledby="fresh-heading">
            <h2 id="fresh-heading">"4. Keep it fresh"</h2>
            <p>{move || format!("Entries not checked for {} months or more are due for review: ask each community's contact whether the entry is still right, then mark it reviewed. A stale directory sends people to groups that no longer meet.", months())}</p>
            <p class="status-line" id="fresh-status" tabindex="-1" role="status">{move || match due.with(|(entries, _)| entries.len()) {
                0 => "No entries are due for review.".to_string(),
                n => format!("{} due for review.", communities(n)),
            }}</p>
            {move || copied.get().map(|text| view! { <p class="notice" role="status">{text}</p> })}
            <ul class="due-list">
                {move || due.get().0.into_iter().map(|entry| {
                    let DueEntry { id, name, overdue, contact, mailto, reminder } = entry;
                    let mark = {
                        let id = id.clone();
                        move |_| {
                            let index = studio.work.with_untracked(|w| w.as_ref().and_then(|w| w.drafts.iter().position(|d| d.get("id").trim() == id)));
                            if let Some(index) = index {
                                studio.edit(index, "last_reviewed", studio.today.to_string());
                                // Its entry (and this button) is gone: focus goes
                                // to the count, which says what is left.
                                focus::reveal_later("fresh-status".to_string());
                            }
                        }
                    };
                    let what = format!("the reminder for {name}");
                    let copy_one = { let reminder = reminder.clone(); move |_| copy(reminder.clone(), what.clone()) };
                    let send = match mailto {
                        Ok(link) => view! { <a class="button" href=link>{format!("Email a reminder about {name}")}</a> }.into_any(),
                        Err(why) => view! { <p class="hint">{why}</p> }.into_any(),
                    };
                    view! {
                        <li class="due">
                            <h3>{name.clone()}</h3>
                            <p>{format!("{overdue} · Contact: {contact}")}</p>
                            <p class="actions">
                                {send}
                                {clipboard_available().then(|| view! { <button type="button" class="button secondary" on:click=copy_one>"Copy the reminder"</button> })}
                                <button type="button" class="button secondary" on:click=mark>{format!("Mark {name} reviewed today")}</button>
                            </p>
                            <details>
                                <summary>"Read the reminder"</summary>
                                <pre class="reminder">{reminder}</pre>
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || {
                let list = due.with(|(entries, list)| (!entries.is_empty()).then(|| list.clone()))?;
                let copy_all = { let list = list.clone(); move |_| copy(list.clone(), "the list of entries due for review".to_string()) };
                Some(view! {
                    <h3>"All of them in one list"</h3>
                    <p>"To send to colleagues, or to paste into a chat or a tracker."</p>
                    {clipboard_available().then(|| view! { <p><button type="button" class="button secondary" on:click=copy_all>"Copy the list"</button></p> })}
                    <pre class="reminder" tabindex="0" aria-label="Entries due for review, as a list">{list}</pre>
                })
            }}
        </section>
    }
}
