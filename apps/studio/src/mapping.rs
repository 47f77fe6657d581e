//! Step 2, for a spreadsheet: which column each directory field comes from
//! (guessed from the header names, SharePoint's `Title` included), with the
//! first values of each column, how several values share a cell, how dates
//! will be read, and what importing will add, change and remove.

use leptos::prelude::*;

use crate::state::{Pending, Studio, rows};
use cop_navigator::web::focus;
use domain::directory::changes::Bring;
use domain::import::columns::Separator;
use domain::import::table::column_letter;
use domain::studio::FieldInfo;

/// How many date readings are listed before "and N more".
const READINGS_SHOWN: usize = 8;

/// How many values of a column are shown beside it.
const SAMPLES: usize = 3;

#[component]
pub fn Mapping(studio: Studio) -> impl IntoView {
    move || {
        let pending = studio.pending.get()?;
        Some(view! { <MappingStep studio=studio pending=pending/> })
    }
}

#[component]
fn MappingStep(studio: Studio, pending: Pending) -> impl IntoView {
    let fields = studio.fields();
    let name = pending.name.clone();
    let count = pending.table.rows.len();
    let notices = pending.table.notices.clone();
    let update = move |change: &dyn Fn(&mut Pending)| {
        studio.pending.update(|pending| {
            if let Some(pending) = pending.as_mut() {
                change(pending);
            }
        })
    };
    let preview = Memo::new(move |_| {
        studio
            .pending
            .get()
            .map(|pending| (studio.import_preview(&pending), pending.how))
    });
    let cancel = move |_| {
        studio.pending.set(None);
        focus::reveal_later("open-heading".to_string());
    };
    let import = move |_| {
        studio.import();
        focus::reveal_later("edit-heading".to_string());
    };
    let rows_of = fields
        .iter()
        .enumerate()
        .map(|(index, field)| view! { <ColumnChoice studio=studio field=field.clone() index=index/> })
        .collect_view();
    view! {
        <section class="studio-step" aria-labelledby="map-heading">
            <h2 id="map-heading" tabindex="-1">{format!("2. Match the columns of {name}")}</h2>
            <p>{format!("{} read. Check which column each field comes from: the guesses come from the column names. Fields without a column stay empty, to fill in later.", rows(count))}</p>
            {(!notices.is_empty()).then(|| view! {
                <ul class="notice">{notices.into_iter().map(|notice| view! { <li>{notice}</li> }).collect_view()}</ul>
            })}
            <div class="field">
                <label for="map-separator">"In cells with several values (topics, leads, other names), the values are separated by"</label>
                <select id="map-separator" on:change=move |ev| {
                    let separator = match event_target_value(&ev).as_str() {
                        "semicolon" => Separator::Semicolon,
                        "comma" => Separator::Comma,
                        _ => Separator::SharePoint,
                    };
                    update(&move |pending| pending.separator = separator);
                }>
                    <option value="sharepoint" selected=pending.separator == Separator::SharePoint>";# (a SharePoint choice or lookup column)"</option>
                    <option value="semicolon" selected=pending.separator == Separator::Semicolon>"; (semicolon)"</option>
                    <option value="comma" selected=pending.separator == Separator::Comma>", (comma)"</option>
                </select>
            </div>
            <h3>"Which column each field comes from"</h3>
            <div class="mapping">{rows_of}</div>
            <Readings preview=preview/>
            <RowProblems studio=studio preview=preview/>
            <h3>"What importing does"</h3>
            {move || (studio.count() > 0).then(|| view! {
                <fieldset class="field">
                    <legend>"With the communities already open"</legend>
                    <div class="choice">
                        <input type="radio" id="how-merge" name="how" checked=move || studio.pending.with(|p| p.as_ref().is_some_and(|p| p.how == Bring::Merge)) on:change=move |_| update(&|pending| pending.how = Bring::Merge)/>
                        <label for="how-merge">"Merge: a row with the id of an open community replaces it; other rows are added; nothing is removed"</label>
                    </div>
                    <div class="choice">
                        <input type="radio" id="how-replace" name="how" checked=move || studio.pending.with(|p| p.as_ref().is_some_and(|p| p.how == Bring::Replace)) on:change=move |_| update(&|pending| pending.how = Bring::Replace)/>
                        <label for="how-replace">"Replace: the rows become the whole directory"</label>
                    </div>
                </fieldset>
            })}
            <p class="import-summary" role="status">{move || {
                let (imported, how) = preview.get()?;
                let work = studio.work.get_untracked().unwrap_or_else(|| domain::studio::Work::empty(""));
                let (changes, to_fix) = work.import_changes(&imported, how, studio.today);
                let fix = match to_fix {
                    0 => String::new(),
                    1 => " 1 row has problems: it comes in to be fixed in the editor.".to_string(),
                    n => format!(" {n} rows have problems: they come in to be fixed in the editor."),
                };
                Some(format!("Importing: {}.{fix}", changes.summary().to_lowercase()))
            }}</p>
            <p class="actions">
                <button type="button" class="button" on:click=import>{format!("Import {}", rows(count))}</button>
                <button type="button" class="button secondary" on:click=cancel>"Cancel"</button>
            </p>
        </section>
    }
}

/// One field's column, with the first values in that column.
#[component]
fn ColumnChoice(studio: Studio, field: FieldInfo, index: usize) -> impl IntoView {
    let id = format!("map-{}", field.key);
    let hint = format!("map-{}-values", field.key);
    let headers = studio
        .pending
        .with_untracked(|p| p.as_ref().map(|p| p.table.headers.clone()))
        .unwrap_or_default();
    let chosen = move || {
        studio.pending.with(|p| {
            p.as_ref()
                .and_then(|p| p.columns.get(index).copied().flatten())
        })
    };
    let samples = move || {
        let column = chosen()?;
        studio.pending.with(|pending| {
            let pending = pending.as_ref()?;
            let values: Vec<String> = pending
                .table
                .rows
                .iter()
                .filter_map(|row| row.cells.get(column))
                .map(|cell| cell.trim())
                .filter(|cell| !cell.is_empty())
                .take(SAMPLES)
                .map(|cell| format!("“{}”", cell.chars().take(60).collect::<String>()))
                .collect();
            Some(if values.is_empty() {
                "This column is empty.".to_string()
            } else {
                format!("First values: {}", values.join(", "))
            })
        })
    };
    let label = if field.required {
        field.label.clone()
    } else {
        format!("{} (optional)", field.label)
    };
    let choose = move |ev: leptos::ev::Event| {
        let column = event_target_value(&ev).parse::<usize>().ok();
        studio.pending.update(|pending| {
            if let Some(slot) = pending.as_mut().and_then(|p| p.columns.get_mut(index)) {
                *slot = column;
            }
        });
    };
    let options = headers
        .iter()
        .enumerate()
        .map(|(column, header)| {
            let text = format!("{}: {}", column_letter(column), header);
            view! { <option value=column.to_string() selected=move || chosen() == Some(column)>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="map-row">
            <label for=id.clone()>{label}</label>
            <select id=id aria-describedby=hint.clone() on:change=choose>
                <option value="" selected=move || chosen().is_none()>"Not in the file"</option>
                {options}
            </select>
            <p class="hint" id=hint>{move || samples().unwrap_or_else(|| "No column: this field stays empty.".to_string())}</p>
        </div>
    }
}

/// How dates in the file will be read, before importing.
#[component]
fn Readings(preview: Memo<Option<(domain::import::rows::Imported, Bring)>>) -> impl IntoView {
    move || {
        let readings =
            preview.with(|p| p.as_ref().map(|(imported, _)| imported.readings.clone()))?;
        if readings.is_empty() {
            return None;
        }
        let more = readings.len().saturating_sub(READINGS_SHOWN);
        Some(view! {
            <h3>"How dates will be read"</h3>
            <ul class="readings">
                {readings.into_iter().take(READINGS_SHOWN).map(|reading| view! { <li>{reading}</li> }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p class="hint">{format!("and {more} more read the same way.")}</p> })}
        })
    }
}

/// How many rows with problems are listed before "and N more".
const ROWS_SHOWN: usize = 10;

/// The rows that break a rule, as the spreadsheet numbers them, each with
/// its field and what to do: they come in to be fixed, never dropped.
#[component]
fn RowProblems(
    studio: Studio,
    preview: Memo<Option<(domain::import::rows::Imported, Bring)>>,
) -> impl IntoView {
    move || {
        let rows = preview.with(|p| p.as_ref().map(|(imported, _)| imported.set_aside.clone()))?;
        if rows.is_empty() {
            return None;
        }
        let more = rows.len().saturating_sub(ROWS_SHOWN);
        Some(view! {
            <h3>"Rows with problems"</h3>
            <p>"These rows come in as they are, to fix in the editor (the list's “Has problems” box finds them):"</p>
            <ul class="row-problems">
                {rows.into_iter().take(ROWS_SHOWN).map(|row| {
                    let problems = row
                        .problems
                        .iter()
                        .map(|(field, message)| format!("{}: {message}", studio.label_of(field)))
                        .collect::<Vec<_>>()
                        .join("; ");
                    view! { <li>{format!("Row {} ({}): {problems}", row.row, row.label)}</li> }
                }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p class="hint">{format!("and {more} more rows.")}</p> })}
        })
    }
}
