//! Step 5: saving directory.json. Every entry is checked first, by the
//! rules `make validate` applies; only a file that passes is offered, and
//! the studio says what changed since the directory was opened (added,
//! changed field by field, removed) or what to fix, linking to each entry.

use leptos::prelude::*;

use crate::state::Studio;
use cop_navigator::web::download::save_text;
use cop_navigator::web::focus;
use domain::content::ContentFile;
use domain::directory::DirectoryFile;
use domain::directory::changes::Changes;
use domain::studio::save;

/// An entry to fix before saving: its position, its label and each
/// problem as (field label, message).
type ToFix = (usize, String, Vec<(String, String)>);

/// What the last save did.
#[derive(Clone)]
enum Outcome {
    Saved {
        changes: Changes,
        names: Vec<(String, String)>,
    },
    Refused(Vec<ToFix>),
    NotDownloaded,
}

#[component]
pub fn Save(studio: Studio) -> impl IntoView {
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let check_and_save = move |_| {
        let Some(work) = studio.work.get_untracked() else {
            return;
        };
        match save(&work.drafts, &work.file(), studio.today) {
            Ok(saved) => {
                if save_text(DirectoryFile::FILE, "application/json", &saved.json) {
                    // Names for the summary, by id: from the drafts, or from
                    // what was opened for those removed.
                    let mut names: Vec<(String, String)> = work
                        .drafts
                        .iter()
                        .map(|d| (d.get("id").to_string(), d.label()))
                        .collect();
                    names.extend(work.opened.iter().map(|c| (c.id.clone(), c.name.clone())));
                    outcome.set(Some(Outcome::Saved {
                        changes: saved.changes,
                        names,
                    }));
                    studio.clean.set(work.drafts.clone());
                    studio.show_all.set(false);
                } else {
                    outcome.set(Some(Outcome::NotDownloaded));
                }
            }
            Err(problems) => {
                let listed = problems
                    .into_iter()
                    .map(|(index, problems)| {
                        let label = work
                            .drafts
                            .get(index)
                            .map(|d| d.label())
                            .unwrap_or_default();
                        let problems = problems
                            .into_iter()
                            .map(|(key, message)| {
                                let field = studio.label_of(&key);
                                (field, message)
                            })
                            .collect();
                        (index, label, problems)
                    })
                    .collect();
                outcome.set(Some(Outcome::Refused(listed)));
                studio.show_all.set(true);
            }
        }
        focus::reveal_later("save-result".to_string());
    };
    view! {
        <section class="studio-step" aria-labelledby="save-heading">
            <h2 id="save-heading">"6. Save directory.json"</h2>
            <p>"Saving checks every community against the directory's rules first, the same rules as the site and make validate: only a file that passes is offered. The file is laid out the same way each time, so a version-control diff shows only what changed. To publish it, replace data/directory.json on the site with it (or send it to whoever does)."</p>
            <p><button type="button" class="button" on:click=check_and_save>"Check and save directory.json"</button></p>
            {move || outcome.get().map(|outcome| view! { <Result studio=studio outcome=outcome/> })}
        </section>
    }
}

#[component]
fn Result(studio: Studio, outcome: Outcome) -> impl IntoView {
    match outcome {
        Outcome::Saved { changes, names } => {
            let name = move |id: &String| names.iter().find(|(i, _)| i == id).map_or_else(|| id.clone(), |(_, n)| n.clone());
            let added: Vec<String> = changes.added.iter().map(&name).collect();
            let changed: Vec<String> = changes.changed.iter().map(|(id, fields)| format!("{}: {}", name(id), fields.join(", "))).collect();
            let removed: Vec<String> = changes.removed.iter().map(&name).collect();
            let list = |title: &'static str, items: Vec<String>| (!items.is_empty()).then(|| view! {
                <h3>{title}</h3>
                <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
            });
            view! {
                <div class="notice saved" id="save-result" tabindex="-1" role="status">
                    <p><strong>{format!("Saved directory.json: {}.", changes.summary().to_lowercase())}</strong>" Check your downloads folder."</p>
                    {list("Added", added)}
                    {list("Changed (field by field)", changed)}
                    {list("Removed", removed)}
                </div>
            }
            .into_any()
        }
        Outcome::NotDownloaded => view! {
            <p class="error-text" id="save-result" tabindex="-1" role="alert">"This browser did not offer the file for download. Try again, or another browser; your work is kept here."</p>
        }
        .into_any(),
        Outcome::Refused(entries) => {
            let count = entries.len();
            view! {
                <div class="error-summary" id="save-result" tabindex="-1" role="alert" aria-labelledby="save-problems-heading">
                    <h3 id="save-problems-heading">{if count == 1 { "Fix 1 community before saving".to_string() } else { format!("Fix {count} communities before saving") }}</h3>
                    <p>"Nothing was saved. Each link opens the community's form:"</p>
                    <ul>
                        {entries.into_iter().map(|(index, label, problems)| {
                            let open = move |ev: leptos::ev::MouseEvent| {
                                ev.prevent_default();
                                studio.selected.set(Some(index));
                                focus::reveal_later("form-problems".to_string());
                            };
                            let text = problems.iter().map(|(field, message)| format!("{field}: {message}")).collect::<Vec<_>>().join("; ");
                            view! { <li><a href="#form-heading" on:click=open>{label}</a>{format!(" — {text}")}</li> }
                        }).collect_view()}
                    </ul>
                </div>
            }
            .into_any()
        }
    }
}
