//! Step 1: what is open. The published directory opens by itself; a file
//! (directory.json, or a CSV or TSV export) can be chosen or dropped, and
//! unsaved work from an earlier visit can be restored.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{KEPT_KEY, Keeping, Studio, communities};
use cop_navigator::web::file_input::{ChosenFile, accept_drop, dropped_files, take_chosen_file};
use cop_navigator::web::{focus, storage};
use domain::import::table::MAX_BYTES;
use domain::studio::{Draft, Work};

/// Downloads and opens the published directory (in the browser; the
/// prerendered page says it is opening). Should the editor have restored
/// earlier work or opened a file before it arrives, that stays open.
pub fn open_published_at_start(studio: Studio) {
    if !cop_navigator::web::in_browser() {
        return;
    }
    download_published(studio, true);
}

/// Downloads the published directory and opens it.
pub fn open_published(studio: Studio) {
    download_published(studio, false);
}

fn download_published(studio: Studio, at_start: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        use domain::content::ContentFile;
        use domain::directory::DirectoryFile;
        // How the published directory is named in messages.
        const PUBLISHED: &str = "the published directory";
        let base = expect_context::<cop_navigator::web::base::AppBase>();
        let url = base.asset(&format!("data/{}", DirectoryFile::FILE));
        studio
            .status
            .set(Some("Opening the published directory…".to_string()));
        spawn_local(async move {
            match cop_navigator::web::content::published_bytes(DirectoryFile::FILE, &url).await {
                Ok(_) if at_start && studio.work.with_untracked(Option::is_some) => {}
                Ok(bytes) => match Work::open(PUBLISHED, &bytes, studio.today) {
                    Ok(work) => studio.open(PUBLISHED, work),
                    Err(message) => {
                        studio.status.set(None);
                        studio.problems.set(vec![message]);
                    }
                },
                Err(error) => {
                    studio.status.set(None);
                    studio.problems.set(vec![format!("{error} You can still open a copy of directory.json or a spreadsheet below.")]);
                }
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (studio, at_start);
    }
}

/// The question about unsaved work found in this browser.
#[component]
pub fn Restore(studio: Studio) -> impl IntoView {
    let restore = move |_| {
        if let Some(kept) = studio.kept.get_untracked() {
            let count = kept.drafts.len();
            let source = kept.source.clone();
            let opened: Vec<Draft> = kept.opened.iter().map(Draft::from_community).collect();
            studio.replace(
                kept,
                format!(
                    "Restored your unsaved changes to {source}: {}.",
                    communities(count)
                ),
            );
            // Unsaved against what was opened then.
            studio.clean.set(opened);
        }
        studio.kept.set(None);
        studio.keeping.set(Keeping::On);
        focus::reveal_later("edit-heading".to_string());
    };
    let discard = move |_| {
        let _ = storage::remove(KEPT_KEY);
        studio.kept.set(None);
        studio.keeping.set(Keeping::On);
        studio.status.set(Some(
            "Discarded the unsaved changes kept in this browser.".to_string(),
        ));
    };
    move || {
        let kept = studio.kept.get()?;
        let summary = format!(
            "This browser kept unsaved changes from an earlier visit: {}, {}.",
            kept.source,
            communities(kept.drafts.len())
        );
        Some(view! {
            <div class="notice restore" role="region" aria-labelledby="restore-heading">
                <h2 id="restore-heading">"Restore unsaved changes?"</h2>
                <p>{summary}</p>
                <p class="notice-actions">
                    <button type="button" class="button" on:click=restore>"Restore unsaved changes"</button>
                    <button type="button" class="button secondary" on:click=discard>"Discard them"</button>
                </p>
            </div>
        })
    }
}

#[component]
pub fn Open(studio: Studio) -> impl IntoView {
    let open = move |file: Option<ChosenFile>| {
        let Some(file) = file else { return };
        let name = file.name();
        if file.size() > MAX_BYTES as u64 {
            studio.problems.set(vec![format!(
                "{name} is larger than {} MB, so it was not opened. Save only the columns the directory needs, or split the list.",
                MAX_BYTES / 1024 / 1024
            )]);
            focus::reveal_later("open-problems".to_string());
            return;
        }
        studio.status.set(Some(format!("Reading {name}…")));
        spawn_local(async move {
            match file.bytes().await {
                Some(bytes) => {
                    studio.status.set(None);
                    studio.open_file(&name, &bytes);
                }
                None => studio.problems.set(vec![format!(
                    "{name} could not be read by the browser. Try choosing it again."
                )]),
            }
            if studio.problems.with_untracked(|p| !p.is_empty()) {
                focus::reveal_later("open-problems".to_string());
            } else if studio.pending.with_untracked(Option::is_some) {
                focus::reveal_later("map-heading".to_string());
            }
        });
    };
    let start_empty = move |_| {
        studio.replace(
            Work::empty("a new directory"),
            "Started an empty directory: add communities, or import a spreadsheet.".to_string(),
        )
    };
    let status = move || studio.status.get();
    view! {
        <section class="studio-step" aria-labelledby="open-heading">
            <h2 id="open-heading">"1. Open the directory"</h2>
            <p class="status-line" role="status">{move || status().unwrap_or_else(|| "Opening the published directory…".to_string())}</p>
            <OpenProblems studio=studio/>
            <Replaced studio=studio/>
            {move || (studio.keeping.get() == Keeping::Unavailable).then(|| view! {
                <p class="notice warn">"This browser does not let the studio keep unsaved changes (storage is blocked, or the browser is in a private mode): save directory.json before you leave or close the page."</p>
            })}
            <div class="field drop-zone" on:dragover=move |ev| accept_drop(&ev) on:drop=move |ev| open(dropped_files(&ev).into_iter().next())>
                <label for="open-file">"Open a file"</label>
                <p class="hint" id="open-file-hint">"A copy of directory.json, or a spreadsheet or SharePoint list saved as CSV or TSV (in Excel: Save as, CSV UTF-8; in SharePoint: Export, CSV). You can also drop the file here. A spreadsheet is added to what is open; you choose how in the next step."</p>
                <input id="open-file" type="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values" aria-describedby="open-file-hint" on:change=move |ev| open(take_chosen_file(&ev))/>
            </div>
            <p class="actions">
                <button type="button" class="button secondary" on:click=move |_| open_published(studio)>"Open the published directory again"</button>
                <button type="button" class="button secondary" on:click=start_empty>"Start an empty directory"</button>
            </p>
        </section>
    }
}

/// Why a file could not be opened (the GOV.UK error summary pattern).
#[component]
fn OpenProblems(studio: Studio) -> impl IntoView {
    move || {
        let problems = studio.problems.get();
        (!problems.is_empty()).then(|| {
            view! {
                <div class="error-summary" id="open-problems" tabindex="-1" role="alert" aria-labelledby="open-problems-heading">
                    <h3 id="open-problems-heading">"The file could not be opened"</h3>
                    <ul>{problems.into_iter().map(|problem| view! { <li>{problem}</li> }).collect_view()}</ul>
                    <p><a href="#open-file">"Choose another file"</a>" (what was open before is unchanged)."</p>
                </div>
            }
        })
    }
}

/// After something else was opened over unsaved work: the way back to it.
#[component]
fn Replaced(studio: Studio) -> impl IntoView {
    move || {
        studio.replaced.with(Option::is_some).then(|| {
            view! {
                <p class="notice">
                    "The work you had open had unsaved changes. "
                    <button type="button" class="button secondary" on:click=move |_| studio.go_back()>"Go back to it"</button>
                </p>
            }
        })
    }
}
