use std::collections::HashSet;

use proptest::prelude::*;

use super::draft::read_valid;
use super::*;
use crate::content::load_as_of;
use crate::date::Date;
use crate::directory::DirectoryFile;
use crate::directory::changes::Bring;
use crate::directory::save::to_json;
use crate::import::columns::FIELDS;
use crate::import::rows::{Mapping, import_rows};
use crate::import::table::read_table;

const SCHEMA: &str = include_str!("../../../../public/schema/directory.schema.json");
const PUBLISHED: &[u8] = include_bytes!("../../../../public/data/directory.json");

fn today() -> Date {
    Date::parse("2026-12-01").unwrap()
}

fn published() -> Work {
    Work::open("the published directory", PUBLISHED, today()).unwrap()
}

fn fields(problems: &[(String, String)]) -> Vec<&str> {
    problems.iter().map(|(field, _)| field.as_str()).collect()
}

#[test]
fn the_schema_labels_and_explains_every_field() {
    let info = field_info(SCHEMA);
    assert_eq!(info.len(), FIELDS.len());
    for field in &info {
        assert_ne!(field.label, field.key, "{} has no title", field.key);
        assert!(!field.help.is_empty(), "{} has no description", field.key);
    }
    let name = &info[1];
    assert_eq!(
        (name.label.as_str(), name.required, name.max_length),
        ("Name", true, Some(120))
    );
    let topics = info.iter().find(|f| f.key == "topics").unwrap();
    assert!(topics.many && topics.required);
    assert_eq!(topics.max_length, Some(60));
    let status = info.iter().find(|f| f.key == "status").unwrap();
    assert_eq!(status.choices, ["active", "dormant", "archived"]);
    // A schema that cannot be read still gives a form.
    assert_eq!(field_info("not json")[1].label, "name");
}

#[test]
fn the_published_directory_opens_and_saves_as_itself() {
    let work = published();
    let file: DirectoryFile = load_as_of(PUBLISHED, today()).unwrap();
    assert_eq!(work.drafts.len(), file.communities.len());
    assert_eq!(work.opened, file.communities);
    let saved = save(&work.drafts, &work.file(), today()).unwrap();
    assert_eq!(saved.changes.summary(), "No changes");
    assert_eq!(saved.json, to_json(&file));
    // What the studio saves, the validator accepts.
    assert!(load_as_of::<DirectoryFile>(saved.json.as_bytes(), today()).is_ok());
}

#[test]
fn a_changed_field_is_reported_by_name() {
    let mut work = published();
    work.drafts[0].set("summary", "A new summary of what it does.");
    work.drafts[0].set("last_reviewed", "21/11/2026");
    let id = work.drafts[0].get("id").to_string();
    let saved = save(&work.drafts, &work.file(), today()).unwrap();
    assert_eq!(
        saved.changes.changed,
        [(id, vec!["summary".to_string(), "last_reviewed".to_string()])]
    );
    assert!(saved.json.contains("\"last_reviewed\": \"2026-11-21\""));
}

#[test]
fn each_rule_is_shown_on_its_field_with_what_to_do() {
    let work = published();
    let others = work.ids_except(Some(0));
    let mut draft = work.drafts[0].clone();
    assert_eq!(check_draft(&draft, &others, today()), []);
    draft.set("name", "");
    draft.set("contact_email", "mailto:someone@example.ac.uk");
    draft.set("kind", "club");
    draft.set("last_reviewed", "11/22/2026");
    let problems = check_draft(&draft, &others, today());
    assert_eq!(
        fields(&problems),
        ["kind", "last_reviewed", "name", "contact_email"]
    );
    assert_eq!(
        problems[0].1,
        "“club” is not one of: Community of practice, Professional network."
    );
    // The id of another draft is refused, and an empty id says what to do.
    let taken = work.drafts[1].get("id").to_string();
    draft.set("id", &taken);
    let problems = check_draft(&draft, &others, today());
    assert_eq!(
        problems[0],
        (
            "id".to_string(),
            format!("another community already has the id “{taken}”: give this one a different id")
        )
    );
    draft.set("id", " ");
    assert!(
        check_draft(&draft, &others, today())[0]
            .1
            .starts_with("empty: give a short id")
    );
}

#[test]
fn an_invalid_directory_is_never_saved() {
    let mut work = published();
    work.drafts[2].set("topics", "");
    let copy = work.drafts[2].get("id").to_string();
    work.drafts[4].set("id", &copy);
    let problems = save(&work.drafts, &work.file(), today()).unwrap_err();
    let at: Vec<usize> = problems.iter().map(|(index, _)| *index).collect();
    assert_eq!(at, [2, 4]);
    assert_eq!(fields(&problems[0].1), ["topics"]);
    assert_eq!(fields(&problems[1].1), ["id"]);
}

#[test]
fn add_duplicate_delete_and_undo() {
    let mut work = published();
    let count = work.drafts.len();
    let copy = work.duplicate(0).unwrap();
    assert_eq!(copy, 1);
    let name = format!("{} (copy)", work.drafts[0].get("name"));
    assert_eq!(work.drafts[1].get("name"), name);
    assert_ne!(work.drafts[1].get("id"), work.drafts[0].get("id"));
    assert_eq!(
        check_draft(&work.drafts[1], &work.ids_except(Some(1)), today()),
        []
    );
    let deleted = work.delete(0).unwrap();
    assert_eq!(work.drafts.len(), count);
    assert_eq!(work.undo_delete(deleted.clone()), 0);
    assert_eq!(work.drafts[0], deleted.draft);
    let new = work.add(today());
    assert_eq!(work.drafts[new].get("status"), "active");
    assert_eq!(work.drafts[new].label(), "A new community");
    let mut draft = work.drafts[new].clone();
    draft.set("name", "Finance Network");
    draft.fill_id(&HashSet::from(["finance-network".to_string()]));
    assert_eq!(draft.get("id"), "finance-network-2");
    assert!(work.delete(99).is_none());
}

fn sharepoint_csv() -> &'static str {
    "Title,Type,Organisation,Service area,Summary,Topics,Audience,Status,Modified\n\
     Budget Holders,Community of practice,UCL,Finance,People who hold budgets share how.,Budgets;#Forecasting,Budget holders,Active,22/11/2026\n\
     Broken,Club,UCL,Finance,Bad kind.,Budgets,Anyone,Active,22/11/2026\n"
}

fn imported(work: &Work) -> crate::import::rows::Imported {
    let table = read_table("list.csv", sharepoint_csv().as_bytes()).unwrap();
    let mapping = Mapping {
        columns: crate::import::columns::guess_columns(&table),
        separator: crate::import::columns::Separator::SharePoint,
    };
    import_rows(&table, &mapping, &work.ids_except(None), today())
}

#[test]
fn an_import_is_merged_or_replaces_with_counts_first() {
    let mut work = published();
    let count = work.drafts.len();
    let rows = imported(&work);
    let (merge, to_fix) = work.import_changes(&rows, Bring::Merge, today());
    assert_eq!(
        (merge.summary().as_str(), to_fix),
        ("1 added, 0 changed, 0 removed", 1)
    );
    let (replace, _) = work.import_changes(&rows, Bring::Replace, today());
    assert_eq!(
        replace.summary(),
        format!("1 added, 0 changed, {count} removed")
    );
    work.bring_in(&rows, Bring::Merge);
    // The bad row comes in to be fixed, after the good one.
    assert_eq!(work.drafts.len(), count + 2);
    // The cell that could not be read is kept, to correct.
    assert_eq!(work.drafts[count + 1].get("kind"), "Club");
    assert_eq!(work.drafts[count + 1].get("name"), "Broken");
    let problems = save(&work.drafts, &work.file(), today()).unwrap_err();
    assert_eq!(problems[0].0, count + 1);
    work.drafts[count + 1].set("kind", "Community of practice");
    let saved = save(&work.drafts, &work.file(), today()).unwrap();
    assert_eq!(saved.changes.added.len(), 2);
    assert!(
        saved
            .json
            .contains("\"topics\": [\n        \"Budgets\",\n        \"Forecasting\"\n      ]")
    );
}

#[test]
fn kept_work_restores_or_says_why_not() {
    let mut work = published();
    work.drafts[0].set("name", "Edited");
    assert_eq!(Work::from_kept(&work.to_kept()).unwrap(), work);
    assert_eq!(
        Work::from_kept("{").unwrap_err(),
        "The unsaved changes kept in this browser are damaged and cannot be restored."
    );
    let other = work.to_kept().replacen("\"version\":1", "\"version\":9", 1);
    assert!(
        Work::from_kept(&other)
            .unwrap_err()
            .contains("another version")
    );
}

#[test]
fn a_file_with_broken_entries_opens_to_fix_them() {
    let text = String::from_utf8(PUBLISHED.to_vec()).unwrap().replacen(
        "\"summary\": \"",
        "\"summary\": 42, \"x\": \"",
        1,
    );
    // Still JSON, one entry broken: it opens, and that entry is a draft to fix.
    if let Ok(work) = Work::open("directory.json", text.as_bytes(), today()) {
        assert_eq!(work.opened.len() + 1, work.drafts.len());
    }
    let error = Work::open("directory.json", b"{\"communities\": [", today()).unwrap_err();
    assert!(error.contains("line 1"), "{error}");
    assert!(Work::open("directory.json", b"[1, 2]", today()).is_err());
}

proptest! {
    #[test]
    fn kept_work_never_panics(text in "\\PC{0,200}") {
        let _ = Work::from_kept(&text);
    }

    #[test]
    fn opening_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = Work::open("directory.json", &bytes, today());
    }

    #[test]
    fn a_draft_of_any_text_is_checked_without_panicking(
        cells in proptest::collection::vec("\\PC{0,30}", FIELDS.len())
    ) {
        let mut draft = Draft::default();
        for (field, cell) in FIELDS.iter().zip(&cells) {
            draft.set(field.key, cell);
        }
        let _ = check_draft(&draft, &HashSet::new(), today());
    }

    /// Edits that pass the rules save, open and save again to the same text.
    #[test]
    fn saved_files_open_as_themselves(
        index in 0usize..10,
        summary in "[A-Za-z][A-Za-z ,.]{0,80}",
        topics in proptest::collection::vec("[a-z][a-z ]{0,12}[a-z]", 1..4),
    ) {
        let mut work = published();
        let index = index % work.drafts.len();
        work.drafts[index].set("summary", &summary);
        work.drafts[index].set("topics", &topics.join("\n"));
        if let Ok(saved) = save(&work.drafts, &work.file(), today()) {
            let again = Work::open("directory.json", saved.json.as_bytes(), today()).unwrap();
            prop_assert_eq!(&read_valid(&again.drafts, today()), &again.opened);
            let resaved = save(&again.drafts, &again.file(), today()).unwrap();
            prop_assert_eq!(resaved.json, saved.json);
            prop_assert_eq!(resaved.changes.summary(), "No changes");
        }
    }
}

#[test]
fn the_list_is_searched_filtered_and_checked_once_per_change() {
    let mut work = published();
    let mut checked = Checked::default();
    let problems = checked.update(&work.drafts, today());
    assert!(problems.iter().all(Vec::is_empty));
    work.drafts[3].set("summary", "");
    let copy = work.drafts[0].get("id").to_string();
    work.drafts[5].set("id", &copy);
    let problems = checked.update(&work.drafts, today());
    let with: Vec<usize> = (0..problems.len())
        .filter(|i| !problems[*i].is_empty())
        .collect();
    assert_eq!(with, [0, 3, 5]);
    let filter = ListFilter {
        has_problems: true,
        ..ListFilter::default()
    };
    assert_eq!(
        filtered(&work.drafts, &problems, &filter, today(), 12),
        [0, 3, 5]
    );
    // The directory's own search: "finance" finds the finance communities first.
    let filter = ListFilter {
        words: "finance".into(),
        ..ListFilter::default()
    };
    let found = filtered(&work.drafts, &problems, &filter, today(), 12);
    assert!(!found.is_empty());
    assert!(
        work.drafts[found[0]]
            .get("name")
            .to_lowercase()
            .contains("financ"),
        "{}",
        work.drafts[found[0]].get("name")
    );
    // Due for review: a date over 12 months ago, or none that can be read.
    work.drafts[1].set("last_reviewed", "01/11/2025");
    work.drafts[2].set("last_reviewed", "soon");
    let filter = ListFilter {
        needs_review: true,
        ..ListFilter::default()
    };
    let due = filtered(&work.drafts, &problems, &filter, today(), 12);
    assert!(due.contains(&1) && due.contains(&2), "{due:?}");
    assert!(!due_for_review(&work.drafts[0], today(), 12));
}

#[test]
fn meeting_times_are_edited_part_by_part_and_checked() {
    let parts = meeting_parts(SCHEMA);
    assert_eq!(parts.len(), MEETING_PARTS.len());
    assert!(parts.iter().all(|p| p.label != p.key && !p.help.is_empty()));
    assert_eq!(parts[2].choices.len(), 7);
    let mut work = published();
    let others = work.ids_except(Some(0));
    let mut cell = String::new();
    for (key, value) in [
        ("repeat", "monthly"),
        ("week", "second"),
        ("day", "tuesday"),
        ("start", "12:30"),
        ("end", "13:30"),
        ("where", "online"),
    ] {
        cell = super::meetings::with_part(&cell, key, value);
    }
    assert_eq!(super::meetings::part(&cell, "day"), "tuesday");
    work.drafts[0].set("format", "online");
    work.drafts[0].set("meetings", &cell);
    assert_eq!(check_draft(&work.drafts[0], &others, today()), []);
    // A wrong part is reported on that part.
    work.drafts[0].set(
        "meetings",
        &super::meetings::with_part(&cell, "end", "11:00"),
    );
    let problems = check_draft(&work.drafts[0], &others, today());
    assert_eq!(fields(&problems), ["meetings.end"], "{problems:?}");
    // Emptying every part leaves no schedule.
    let mut empty = cell.clone();
    for key in MEETING_PARTS {
        empty = super::meetings::with_part(&empty, key, "");
    }
    assert_eq!(empty, "");
    let saved = save(&work.drafts[..1], &work.file(), today());
    assert!(saved.is_err());
    work.drafts[0].set("meetings", &cell);
    let saved = save(&work.drafts, &work.file(), today()).unwrap();
    assert!(
        saved
            .json
            .contains("\"meetings\": {\n        \"repeat\": \"monthly\""),
        "{}",
        &saved.json[..600]
    );
}
