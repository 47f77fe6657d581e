//! Step 1: who is in the group. Links are pasted (several at once), files
//! chosen or dropped; problems are listed at the top of the step (the GOV.UK
//! error summary pattern) and what could not be used stays in the box.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{Together, people};
use cop_navigator::web::base::AppBase;
use cop_navigator::web::clipboard::{clipboard_available, copy_text};
use cop_navigator::web::download::save_text;
use cop_navigator::web::file_input::{ChosenFile, accept_drop, dropped_files, take_chosen_files};
use cop_navigator::web::{clock, focus};
use domain::assessment::{MAX_LABEL, MAX_PEOPLE, group_encode, group_to_json};
use domain::content::MAX_FILE_BYTES;
use domain::routes::TOGETHER_FOLDER;

#[component]
pub fn People(together: Together) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let add_links = move |_| {
        let kept = together.paste(&pasted.get_untracked());
        pasted.set(kept);
        reveal_problems(together);
    };
    let add_files = move |files: Vec<ChosenFile>| {
        spawn_local(async move {
            for file in files {
                let name = file.name();
                if file.size() > MAX_FILE_BYTES as u64 {
                    together.report(0, vec![format!("{name} is too large to be saved answers or a group (over {} KB), so nobody was added from it. Choose the .json file saved from the self-assessment or from this page.", MAX_FILE_BYTES / 1024)]);
                    continue;
                }
                match file.bytes().await {
                    Some(bytes) => together.add_file(&name, &bytes),
                    None => together.report(0, vec![format!("{name} could not be read by the browser, so nobody was added from it. Try choosing it again.")]),
                }
            }
            reveal_problems(together);
        });
    };
    let count = move || together.group.with(|g| g.members.len());
    view! {
        <section class="together-step" aria-labelledby="people-heading">
            <h2 id="people-heading">"1. Add the people starting it"</h2>
            <p>{format!("Each of you takes the self-assessment and, on your result, copies the share link or saves your answers as a file. Add 2 to {MAX_PEOPLE} people here: links and files can be mixed.")}</p>
            {move || together.opened.get().map(|text| view! { <p class="notice" role="status">{text}</p> })}
            <Problems together=together/>
            <OwnAnswers together=together/>
            <div class="field">
                <label for="links">"Paste share links"</label>
                <p class="hint" id="links-hint">"One or more links, straight from an email or chat: each on its own line, or separated by spaces. A link to a whole group works too."</p>
                <textarea id="links" rows="4" aria-describedby="links-hint" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <p><button type="button" class="button" on:click=add_links>"Add people from the links"</button></p>
            <div class="field drop-zone" on:dragover=move |ev| accept_drop(&ev) on:drop=move |ev| add_files(dropped_files(&ev))>
                <label for="files">"Or choose saved files"</label>
                <p class="hint" id="files-hint">"Files saved from the self-assessment (.json), or a group saved on this page. You can choose several, or drop them here."</p>
                <input id="files" type="file" multiple accept=".json,application/json" aria-describedby="files-hint" on:change=move |ev| add_files(take_chosen_files(&ev))/>
            </div>
            <h3 id="group-heading">{move || format!("The group: {}", people(count()))}</h3>
            {move || (count() == 0).then(|| view! { <p class="empty">"Nobody yet. Add at least two people to compare their answers; one is enough for progress and the documents."</p> })}
            <ol class="people" aria-labelledby="group-heading">
                {move || (0..count()).map(|index| view! { <Person together=together index=index/> }).collect_view()}
            </ol>
            <Duplicates together=together/>
            {move || (count() > 0).then(|| view! { <KeepGroup together=together/> })}
        </section>
    }
}

/// The person's own answers, kept in this browser by the self-assessment:
/// one click to add them (once).
#[component]
fn OwnAnswers(together: Together) -> impl IntoView {
    let own = together.own_answers();
    move || {
        let answers = own.clone()?;
        if together
            .group
            .with(|g| g.members.iter().any(|m| m.answers == answers))
        {
            return None;
        }
        let content = together.content();
        let name = answers.name().trim().to_string();
        let community = if name.is_empty() {
            String::new()
        } else {
            format!(" for “{name}”")
        };
        let summary = format!(
            "Your own answers are saved in this browser: {} of {} statements answered{community}.",
            answers.answered(&content),
            content.statement_count()
        );
        Some(view! {
            <div class="notice own-answers">
                <p>{summary}</p>
                <p class="notice-actions">
                    <button type="button" class="button" on:click=move |_| together.add_own(answers.clone())>"Add my answers"</button>
                </p>
            </div>
        })
    }
}

/// Moves focus to the problem list when there is one, so keyboard and
/// screen-reader users land on it (the GOV.UK error summary pattern).
fn reveal_problems(together: Together) {
    if together.problems.with_untracked(|p| !p.is_empty()) {
        focus::reveal_later("add-problems".to_string());
    }
}

#[component]
fn Problems(together: Together) -> impl IntoView {
    move || {
        let problems = together.problems.get();
        (!problems.is_empty()).then(|| {
            view! {
                <div class="error-summary" id="add-problems" tabindex="-1" role="alert" aria-labelledby="add-problems-heading">
                    <h3 id="add-problems-heading">"Some of what you added could not be used"</h3>
                    <ul>{problems.into_iter().map(|problem| view! { <li>{problem}</li> }).collect_view()}</ul>
                    <p><a href="#links">"Go to the links box"</a>" (what could not be used is still there)."</p>
                </div>
            }
        })
    }
}

#[component]
fn Person(together: Together, index: usize) -> impl IntoView {
    let label = move || together.group.with(|g| g.display_label(index));
    let typed = move || {
        together.group.with(|g| {
            g.members
                .get(index)
                .map(|m| m.label.clone())
                .unwrap_or_default()
        })
    };
    let details = move || {
        let content = together.content();
        together.group.with(|g| {
            g.members.get(index).map(|member| {
                let answered = member.answers.answered(&content);
                let saved = member
                    .saved_on
                    .map(|date| format!(", saved {}", date.long()))
                    .unwrap_or_default();
                let name = member.answers.name().trim();
                let community = if name.is_empty() {
                    String::new()
                } else {
                    format!(" for “{name}”")
                };
                format!(
                    "{answered} of {} statements answered{community}{saved}",
                    content.statement_count()
                )
            })
        })
    };
    let input_id = format!("person-{index}-label");
    view! {
        <li class="person">
            <span class="person-name">{label}</span>
            <span class="meta">{details}</span>
            <span class="person-actions">
                <label for=input_id.clone()>{move || format!("Name or initials for {}", label())}</label>
                <input id=input_id type="text" autocomplete="off" maxlength=MAX_LABEL prop:value=typed on:change=move |ev| together.set_label(index, &event_target_value(&ev))/>
                <button type="button" class="button secondary" on:click=move |_| together.remove(index)>
                    {move || format!("Remove {}", label())}
                </button>
            </span>
        </li>
    }
}

/// The same answers twice: likely one person added twice. Say so; the
/// coordinator removes one or keeps both (then the notice goes).
#[component]
fn Duplicates(together: Together) -> impl IntoView {
    let kept = RwSignal::new(Vec::<(usize, usize)>::new());
    move || {
        let pairs: Vec<(usize, usize)> = together
            .group
            .with(|g| g.duplicates())
            .into_iter()
            .filter(|pair| !kept.with(|k| k.contains(pair)))
            .collect();
        let notices = together.group.with(|g| g.duplicate_notices());
        let all = together.group.with(|g| g.duplicates());
        pairs
            .into_iter()
            .map(|pair| {
                let text = all.iter().position(|p| *p == pair).and_then(|i| notices.get(i).cloned()).unwrap_or_default();
                let later = together.group.with_untracked(|g| g.display_label(pair.0));
                view! {
                    <div class="notice duplicate" role="status">
                        <p>{text}</p>
                        <p class="notice-actions">
                            <button type="button" class="button secondary" on:click=move |_| together.remove(pair.0)>{format!("Remove {later}")}</button>
                            <button type="button" class="link-button" on:click=move |_| kept.update(|k| k.push(pair))>"Keep both"</button>
                        </p>
                    </div>
                }
            })
            .collect_view()
    }
}

/// The group as one file or one link, and starting again.
#[component]
fn KeepGroup(together: Together) -> impl IntoView {
    let root = expect_context::<AppBase>().root_url;
    let link = RwSignal::new(None::<Result<String, String>>);
    let save = move |_| {
        let text = together
            .group
            .with_untracked(|g| group_to_json(g, clock::today()));
        let name = "community-group.json";
        if save_text(name, "application/json", &text) {
            together.say(format!("Downloaded {name}."));
        } else {
            together.say("Your browser did not allow the download. Copy the group's link instead.");
        }
    };
    let share = move |_| {
        let made = together
            .group
            .with_untracked(group_encode)
            .map(|code| format!("{root}{TOGETHER_FOLDER}#g={code}"));
        match made.clone() {
            Ok(url) if clipboard_available() => spawn_local(async move {
                let copied = copy_text(&url).await;
                together.say(if copied {
                    "Link to the group copied."
                } else {
                    "Select the link below and copy it."
                });
            }),
            Ok(_) => together.say("Select the link below and copy it."),
            Err(problem) => together.say(problem),
        }
        link.set(Some(made));
    };
    view! {
        <div class="keep-group">
            <h3>"Keep or share the group"</h3>
            <p>"The group is kept in this browser. To carry on elsewhere, or to send everyone the comparison, save it as one file or one link: the answers, notes and names travel inside, after the link's “#”, which browsers never send to a server."</p>
            <p class="step-actions">
                <button type="button" class="button secondary" on:click=save>"Save the group as a file"</button>
                <button type="button" class="button secondary" on:click=share>"Copy a link to the group"</button>
                <button type="button" class="link-button" on:click=move |_| together.clear()>"Start a new group"</button>
            </p>
            {move || link.get().map(|made| match made {
                Ok(url) => view! {
                    <div class="field share">
                        <label for="group-link">"Link to the group"</label>
                        <input id="group-link" type="text" readonly prop:value=url/>
                    </div>
                }.into_any(),
                Err(problem) => view! { <p class="error-text" role="alert">{problem}</p> }.into_any(),
            })}
            {move || (!together.stored.get()).then(|| view! {
                <p class="notice" role="status">"This browser is not letting the page keep the group, so it will be lost if you leave or reload. Save it as a file or a link to keep it."</p>
            })}
        </div>
    }
}
