//! A table's rows as directory entries, by the editor's column mapping,
//! checked by the very rules `make validate` and the app use (the entries
//! go through `content::load_lenient`). Rows that break a rule are set
//! aside with every problem, to fix in the editor: never dropped.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Map, Value, json};

use super::columns::{FIELDS, Separator, normalise, split_values};
use super::dates::read_date;
use super::ids::unique_id;
use super::table::Table;
use crate::content::load_lenient_up_to;
use crate::date::{Date, check_partial_date};
use crate::directory::{Choice, Community, DirectoryFile, Format, Kind, Status};

/// Which column each of `FIELDS` comes from, and how cells hold several values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub columns: Vec<Option<usize>>,
    pub separator: Separator,
}

/// What an import gives: the entries that pass every rule, the rows set
/// aside, and how dates were read (shown before importing).
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub communities: Vec<Community>,
    pub set_aside: Vec<RowProblems>,
    pub readings: Vec<String>,
}

/// A row kept aside: its number in the spreadsheet, a name for it, each
/// problem as (field, what to do), and the entry as far as it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblems {
    pub row: usize,
    pub label: String,
    pub problems: Vec<(String, String)>,
    pub entry: Value,
}

/// Reads every row of `table`. Ids missing from the mapping or the row are
/// made from names, unique among themselves and `taken` (the ids of the
/// directory the rows go into).
pub fn import_rows(
    table: &Table,
    mapping: &Mapping,
    taken: &HashSet<String>,
    today: Date,
) -> Imported {
    let mut ids = taken.clone();
    // Ids the rows give are taken before any is made from a name.
    if let Some(column) = mapping.columns.first().copied().flatten() {
        let given = table.rows.iter().filter_map(|row| row.cells.get(column));
        ids.extend(
            given
                .map(|id| id.trim().to_string())
                .filter(|id| !id.is_empty()),
        );
    }
    let mut readings = Vec::new();
    let mut entries = Vec::new();
    let mut early: Vec<Vec<(String, String)>> = Vec::new();
    let mut shown: Vec<Value> = Vec::new();
    // Whether each row's id was made from its name.
    let mut generated: Vec<bool> = Vec::new();
    for row in &table.rows {
        let mut entry = Map::new();
        // What the editor sees of the row: the entry, with a cell that
        // could not be read kept as it was, to correct rather than retype.
        let mut unread = Map::new();
        let mut problems = Vec::new();
        for (field, column) in FIELDS.iter().zip(&mapping.columns) {
            let Some(cell) = column.and_then(|c| row.cells.get(c)).map(|c| c.trim()) else {
                continue;
            };
            if cell.is_empty() {
                continue;
            }
            match read_field(field.key, field.many, cell, mapping.separator) {
                Ok((value, reading)) => {
                    if let Some(how) = reading {
                        readings.push(format!("Row {}, {}: {how}", row.number, field.key));
                    }
                    entry.insert(field.key.to_string(), value);
                }
                Err(message) => {
                    unread.insert(field.key.to_string(), Value::String(cell.to_string()));
                    problems.push((field.key.to_string(), message));
                }
            }
        }
        generated.push(!entry.contains_key("id"));
        if !entry.contains_key("id") {
            let name = entry
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            entry.insert("id".into(), Value::String(unique_id(name, &mut ids)));
        }
        let missing = |key: &str, problems: &[(String, String)]| {
            !entry.contains_key(key) && !problems.iter().any(|(f, _)| f == key)
        };
        if missing("last_reviewed", &problems) {
            problems.push((
                "last_reviewed".into(),
                "no date: give the date the entry was last checked, e.g. 22/11/2026.".into(),
            ));
        }
        for (key, labels) in [("kind", labels::<Kind>()), ("status", labels::<Status>())] {
            if missing(key, &problems) {
                problems.push((key.into(), format!("empty: give one of: {labels}.")));
            }
        }
        let mut seen = entry.clone();
        seen.extend(unread);
        shown.push(Value::Object(seen));
        entries.push(Value::Object(with_placeholders(entry)));
        early.push(problems);
    }
    let file = json!({ "review_after_months": 120, "communities": entries });
    // Rows are checked whatever their size; the published file's own limit
    // applies when it is saved.
    let text = file.to_string();
    let directory = load_lenient_up_to::<DirectoryFile>(text.as_bytes(), Some(today), text.len());
    let mut by_index: BTreeMap<usize, Vec<(String, String)>> = BTreeMap::new();
    for (index, problems) in early.into_iter().enumerate() {
        if !problems.is_empty() {
            by_index.insert(index, problems);
        }
    }
    let communities = match directory {
        Ok(directory) => {
            for aside in directory.set_aside.clone() {
                let problems = by_index.entry(aside.index).or_default();
                for (field, message) in aside.problems {
                    // One message a field: ours says it in import terms.
                    if !problems.iter().any(|(f, _)| *f == field) {
                        problems.push((field, message));
                    }
                }
            }
            // The loaded communities are the rows it did not leave out, in
            // order; of those, rows with a problem of ours stay aside too.
            let left_out: HashSet<usize> = directory.set_aside.iter().map(|a| a.index).collect();
            let mut loaded = directory.communities.into_iter();
            (0..shown.len())
                .filter(|index| !left_out.contains(index))
                .filter_map(|index| loaded.next().map(|community| (index, community)))
                .filter(|(index, _)| !by_index.contains_key(index))
                .map(|(_, community)| community)
                .collect()
        }
        // Not expected (every entry is shaped for the file); say so on each row.
        Err(error) => {
            for index in 0..shown.len() {
                by_index
                    .entry(index)
                    .or_default()
                    .push(("".into(), error.to_string()));
            }
            Vec::new()
        }
    };
    let set_aside = by_index
        .into_iter()
        .map(|(index, problems)| {
            let entry = shown[index].clone();
            // Its name, or the id the row gave (not one made from no name).
            let given_id = if generated[index] {
                None
            } else {
                entry["id"].as_str()
            };
            let label = entry
                .get("name")
                .and_then(Value::as_str)
                .filter(|label| !label.is_empty())
                .or(given_id)
                .filter(|label| !label.is_empty())
                .map_or_else(
                    || format!("Row {}", table.rows[index].number),
                    str::to_string,
                );
            RowProblems {
                row: table.rows[index].number,
                label,
                problems,
                entry,
            }
        })
        .collect();
    Imported {
        communities,
        set_aside,
        readings,
    }
}

/// One cell as the field's JSON value, with how a date was read.
fn read_field(
    key: &str,
    many: bool,
    cell: &str,
    separator: Separator,
) -> Result<(Value, Option<String>), String> {
    let plain = |value: Value| Ok((value, None));
    if many {
        return plain(json!(split_values(cell, separator)));
    }
    match key {
        "kind" => choice::<Kind>(cell).map(|slug| (json!(slug), None)),
        "status" => choice::<Status>(cell).map(|slug| (json!(slug), None)),
        "format" => choice::<Format>(cell).map(|slug| (json!(slug), None)),
        "members" => cell
            .replace(',', "")
            .parse::<u32>()
            .map(|n| (json!(n), None))
            .map_err(|_| format!("“{cell}” is not a whole number of members: write it as a number such as 40, or leave it empty.")),
        "last_reviewed" => read_date(cell).map(|reading| {
            let how = (reading.how != reading.date.to_string()).then_some(reading.how);
            (json!(reading.date.to_string()), how)
        }),
        // A year or a month is enough ("2017", "2017-10"); a full date is read leniently.
        "founded" if check_partial_date(cell).is_ok() => plain(json!(cell)),
        "founded" => read_date(cell).map(|reading| (json!(reading.date.to_string()), Some(reading.how))),
        "meetings" => match serde_json::from_str::<Value>(cell) {
            Ok(value @ Value::Object(_)) => plain(value),
            _ => Err(format!("“{cell}” is not a meeting schedule: a schedule is written in the directory file, e.g. {{\"repeat\": \"monthly\", \"week\": \"second\", \"day\": \"tuesday\", \"start\": \"12:30\", \"end\": \"13:30\", \"where\": \"online\"}}; leave this column out of the import.")),
        },
        _ => plain(json!(cell)),
    }
}

/// An enumeration's value from its id or its label, in any case and spacing.
fn choice<T: Choice>(cell: &str) -> Result<&'static str, String> {
    let wanted = normalise(cell);
    T::ALL
        .iter()
        .find(|value| normalise(value.slug()) == wanted || normalise(value.label()) == wanted)
        .map(|value| value.slug())
        .ok_or_else(|| format!("“{cell}” is not one of: {}.", labels::<T>()))
}

/// "Community of practice, Professional network".
fn labels<T: Choice>() -> String {
    T::ALL
        .iter()
        .map(|value| value.label())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Required fields the row lacks, filled so the entry can be read and every
/// other rule checked; such a row is set aside whatever the placeholders say.
fn with_placeholders(mut entry: Map<String, Value>) -> Map<String, Value> {
    for key in [
        "name",
        "organisation",
        "service_area",
        "summary",
        "audience",
        "last_reviewed",
    ] {
        entry.entry(key).or_insert_with(|| json!(""));
    }
    entry.entry("topics").or_insert_with(|| json!([]));
    entry
        .entry("kind")
        .or_insert_with(|| json!(Kind::ALL[0].slug()));
    entry
        .entry("status")
        .or_insert_with(|| json!(Status::ALL[0].slug()));
    entry
}
