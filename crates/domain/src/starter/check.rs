//! The rules for `starter.json` that its types cannot express, and the
//! checks of its role, aspect and statement ids against roles.json and
//! assessment.json (run by the validator through `crosslinks`).

use std::collections::HashSet;

use super::model::{DocumentTemplate, StarterFile};
use super::template::{self, Kind, PLACEHOLDERS, Piece, Stray};
use crate::assessment::{AssessmentFile, Level};
use crate::content::{Checker, ContentFile, Entry, Issue, invisible};
use crate::roles::RolesFile;

/// The parts each `wording` template may use (and `{people}`'s have none
/// but the count).
pub const WORDING_NAMES: [(&str, &[&str]); 8] = [
    ("people_one", &[]),
    ("people_many", &["count"]),
    ("readiness", &["band", "percent", "answered", "total"]),
    ("strength", &["factor", "level", "percent"]),
    ("gap", &["factor", "level", "percent", "next_step"]),
    (
        "plan",
        &["period", "factor", "level", "percent", "next_step"],
    ),
    ("role", &["role", "summary"]),
    ("sponsor_ask", &["aspect", "text"]),
];

const MAX_DOCUMENTS: usize = 6;
const MAX_SECTIONS: usize = 20;
const MAX_BLOCKS: usize = 12;
const MAX_ITEMS: usize = 20;
const MAX_ROLES: usize = 10;
const MAX_NOTES: usize = 20;
const MAX_PERIODS: usize = 6;
const MAX_NAME: usize = 40;

impl ContentFile for StarterFile {
    const FILE: &'static str = "starter.json";
    const WHAT: &'static str = "the starter documents";

    fn check(&self, checker: &mut Checker) {
        let names = Names::of(self);
        {
            let mut top = checker.top();
            top.text("intro", &self.intro, 600);
            top.text("sources_heading", &self.sources_heading, 60);
            check_prompts(self, &mut top);
            check_wording(self, &mut top);
            check_sponsor(self, &mut top);
            if self.roles.is_empty() || self.roles.len() > MAX_ROLES {
                top.problem(
                    "roles",
                    format!(
                        "has {} entries; use between 1 and {MAX_ROLES}",
                        self.roles.len()
                    ),
                );
            }
            if self.documents.is_empty() || self.documents.len() > MAX_DOCUMENTS {
                top.problem(
                    "documents",
                    format!(
                        "has {} documents; use between 1 and {MAX_DOCUMENTS}",
                        self.documents.len()
                    ),
                );
            }
            if self.notes.len() > MAX_NOTES {
                top.problem(
                    "notes",
                    format!("has {} entries; the limit is {MAX_NOTES}", self.notes.len()),
                );
            }
        }
        check_roles(self, checker);
        check_notes(self, checker);
        let mut cited: HashSet<&str> = HashSet::new();
        for (index, document) in self.documents.iter().enumerate() {
            let mut entry = checker.entry("documents", index, &document.id);
            check_document(self, document, &names, &mut entry, &mut cited);
        }
        checker.unique_ids("documents", self.documents.iter().map(|d| d.id.as_str()));
        for (index, source) in self.sources.iter().enumerate() {
            let mut entry = checker.entry("sources", index, &source.id);
            source.check_fields(&mut entry);
            if !cited.contains(source.id.as_str()) {
                entry.problem(
                    "id",
                    "this source is never cited; list it in a document's `sources`, or remove it",
                );
            }
        }
        checker.unique_ids("sources", self.sources.iter().map(|s| s.id.as_str()));
    }
}

/// The placeholders a file may use: the built-in ones and its notes'.
struct Names<'a> {
    notes: Vec<&'a str>,
}

impl<'a> Names<'a> {
    fn of(file: &'a StarterFile) -> Names<'a> {
        Names {
            notes: file
                .notes
                .iter()
                .map(|note| note.name.as_str())
                .filter(|name| is_placeholder_name(name) && template::builtin(name).is_none())
                .fold(Vec::new(), |mut names, name| {
                    if !names.contains(&name) {
                        names.push(name);
                    }
                    names
                }),
        }
    }

    fn kind(&self, name: &str) -> Option<Kind> {
        template::builtin(name).or_else(|| self.notes.contains(&name).then_some(Kind::Text))
    }

    /// "{community}, {domain}, … and, from `notes`, {purpose} and {cadence}".
    fn listed(&self, braces: bool) -> String {
        let show = |name: &str| {
            if braces {
                format!("{{{name}}}")
            } else {
                format!("\"{name}\"")
            }
        };
        let builtin: Vec<String> = PLACEHOLDERS.iter().map(|(name, _)| show(name)).collect();
        let notes: Vec<String> = self.notes.iter().map(|name| show(name)).collect();
        if notes.is_empty() {
            and_list(&builtin)
        } else {
            format!(
                "{}, and those `notes` defines: {}",
                builtin.join(", "),
                and_list(&notes)
            )
        }
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Where a template is used, which decides whether a list placeholder may appear.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Running,
    ListItem,
}

fn stray_message(stray: Stray) -> &'static str {
    match stray {
        Stray::Open => {
            "has a \"{\" that does not start a placeholder; write placeholders as a name in braces, such as {community}, and use no other braces"
        }
        Stray::Close => {
            "has a \"}\" without a matching \"{\"; write placeholders as a name in braces, such as {community}, and use no other braces"
        }
    }
}

/// A document text: required, at most `max` characters, its braces all
/// placeholders the file knows, list placeholders only alone in list items.
fn check_template(
    entry: &mut Entry<'_>,
    field: &str,
    text: &str,
    max: usize,
    names: &Names<'_>,
    place: Place,
) {
    entry.text(field, text, max);
    let (pieces, stray) = template::scan(text);
    if let Some(stray) = stray {
        entry.problem(field, stray_message(stray));
    }
    let alone = template::alone(text).is_some();
    let mut reported: Vec<&str> = Vec::new();
    for piece in pieces {
        let Piece::Name(name) = piece else { continue };
        if reported.contains(&name) {
            continue;
        }
        match names.kind(name) {
            None => {
                reported.push(name);
                entry.problem(
                    field,
                    format!(
                        "\"{{{}}}\" is not a placeholder; the placeholders are {}",
                        invisible::show(name),
                        names.listed(true)
                    ),
                );
            }
            Some(Kind::List) if !(place == Place::ListItem && alone) => {
                reported.push(name);
                entry.problem(
                    field,
                    format!(
                        "{{{name}}} is a list, so it can only stand alone as an item of a \"list\" block: \"list\": [\"{{{name}}}\"]"
                    ),
                );
            }
            Some(_) => {}
        }
    }
}

/// A text shown as it is: no placeholders, no braces.
fn check_plain(entry: &mut Entry<'_>, field: &str, text: &str, max: usize) {
    entry.text(field, text, max);
    if text.contains(['{', '}']) {
        entry.problem(
            field,
            "is shown as it is, so it cannot hold a placeholder or any \"{\" or \"}\"",
        );
    }
}

/// A `wording` template: only its own parts, in braces.
fn check_worded(entry: &mut Entry<'_>, field: &str, text: &str, allowed: &[&str]) {
    entry.text(&format!("wording.{field}"), text, 200);
    let (pieces, stray) = template::scan(text);
    if let Some(stray) = stray {
        entry.problem(&format!("wording.{field}"), stray_message(stray));
    }
    for piece in pieces {
        let Piece::Name(name) = piece else { continue };
        if allowed.contains(&name) {
            continue;
        }
        let can = if allowed.is_empty() {
            "this text is used as it is, without placeholders".to_string()
        } else {
            let shown: Vec<String> = allowed.iter().map(|part| format!("{{{part}}}")).collect();
            format!("this text can use {}", and_list(&shown))
        };
        entry.problem(
            &format!("wording.{field}"),
            format!(
                "\"{{{}}}\" cannot be used here; {can}",
                invisible::show(name)
            ),
        );
    }
}

fn check_prompts(file: &StarterFile, top: &mut Entry<'_>) {
    let p = &file.prompts;
    for (name, text) in [
        ("community", &p.community),
        ("domain", &p.domain),
        ("people", &p.people),
        ("readiness", &p.readiness),
        ("strengths", &p.strengths),
        ("gaps", &p.gaps),
        ("first_90_days", &p.first_90_days),
        ("roles_filled", &p.roles_filled),
        ("roles_open", &p.roles_open),
        ("sponsor_asks", &p.sponsor_asks),
        ("guide_result", &p.guide_result),
        ("guide_words", &p.guide_words),
    ] {
        check_plain(top, &format!("prompts.{name}"), text, 200);
    }
}

fn check_wording(file: &StarterFile, top: &mut Entry<'_>) {
    let w = &file.wording;
    for (field, allowed) in WORDING_NAMES {
        let text = match field {
            "people_one" => &w.people_one,
            "people_many" => &w.people_many,
            "readiness" => &w.readiness,
            "strength" => &w.strength,
            "gap" => &w.gap,
            "plan" => &w.plan,
            "role" => &w.role,
            _ => &w.sponsor_ask,
        };
        check_worded(top, field, text, allowed);
    }
    let periods = &w.plan_periods;
    if periods.is_empty() {
        top.problem(
            "wording.plan_periods",
            "needs at least one period: one for each gap's step in order (later gaps share the last)",
        );
    }
    top.text_list("wording.plan_periods", periods, MAX_PERIODS, 40);
    for (index, period) in periods.iter().enumerate() {
        if period.contains(['{', '}']) {
            top.problem(
                &format!("wording.plan_periods[{index}]"),
                "is shown as it is, so it cannot hold a placeholder or any \"{\" or \"}\"",
            );
        }
    }
}

fn check_sponsor(file: &StarterFile, top: &mut Entry<'_>) {
    top.id("sponsor.role", &file.sponsor.role);
    let aspects = &file.sponsor.aspects;
    if aspects.is_empty() || aspects.len() > 10 {
        top.problem(
            "sponsor.aspects",
            format!(
                "has {} aspects; list between 1 and 10 aspect ids of roles.json",
                aspects.len()
            ),
        );
    }
    for (index, aspect) in aspects.iter().enumerate() {
        let field = format!("sponsor.aspects[{index}]");
        top.id(&field, aspect);
        if aspects[..index].contains(aspect) {
            top.problem(&field, format!("\"{aspect}\" is listed twice"));
        }
    }
}

fn check_roles(file: &StarterFile, checker: &mut Checker) {
    for (index, status) in file.roles.iter().enumerate() {
        let mut entry = checker.entry("roles", index, &status.role);
        entry.id("role", &status.role);
        entry.id("statement", &status.statement);
        if status.filled_at == Level::NotYet {
            entry.problem(
                "filled_at",
                "\"not-yet\" would count the role as filled whatever the answer; use \"partly\", \"mostly\" or \"in-place\"",
            );
        }
        if file.roles[..index].iter().any(|r| r.role == status.role) {
            entry.problem(
                "role",
                format!(
                    "the role \"{}\" is listed by an earlier entry; list each role once",
                    invisible::show(&status.role)
                ),
            );
        }
    }
}

/// A note's name as a placeholder: a letter, then letters, digits and underscores.
fn is_placeholder_name(name: &str) -> bool {
    name.len() <= MAX_NAME
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn check_notes(file: &StarterFile, checker: &mut Checker) {
    for (index, note) in file.notes.iter().enumerate() {
        let mut entry = checker.entry("notes", index, &note.name);
        if !is_placeholder_name(&note.name) {
            entry.problem(
                "name",
                format!(
                    "\"{}\" is not a placeholder name: use up to {MAX_NAME} lower-case letters, digits and underscores, starting with a letter, such as \"cadence\"",
                    invisible::show(&note.name)
                ),
            );
        } else if template::builtin(&note.name).is_some() {
            entry.problem(
                "name",
                format!(
                    "{{{}}} is already a placeholder filled from the answers; choose another name",
                    note.name
                ),
            );
        }
        if file.notes[..index].iter().any(|n| n.name == note.name) {
            entry.problem(
                "name",
                format!(
                    "the name \"{}\" is used by an earlier note; names must be unique",
                    invisible::show(&note.name)
                ),
            );
        }
        entry.id("statement", &note.statement);
        check_plain(&mut entry, "prompt", &note.prompt, 200);
    }
}

fn check_when(entry: &mut Entry<'_>, field: &str, when: Option<&String>, names: &Names<'_>) {
    if let Some(name) = when
        && names.kind(name).is_none()
    {
        entry.problem(
            field,
            format!(
                "\"{}\" is not a placeholder; give a placeholder's name without braces: {}",
                invisible::show(name),
                names.listed(false)
            ),
        );
    }
}

fn check_document<'a>(
    file: &StarterFile,
    document: &'a DocumentTemplate,
    names: &Names<'_>,
    entry: &mut Entry<'_>,
    cited: &mut HashSet<&'a str>,
) {
    entry.id("id", &document.id);
    check_template(entry, "title", &document.title, 120, names, Place::Running);
    check_template(entry, "intro", &document.intro, 600, names, Place::Running);
    if document.sections.is_empty() || document.sections.len() > MAX_SECTIONS {
        entry.problem(
            "sections",
            format!(
                "has {} sections; use between 1 and {MAX_SECTIONS}",
                document.sections.len()
            ),
        );
    }
    for (s, section) in document.sections.iter().enumerate() {
        let at = format!("sections[{s}]");
        check_template(
            entry,
            &format!("{at}.heading"),
            &section.heading,
            100,
            names,
            Place::Running,
        );
        check_when(entry, &format!("{at}.when"), section.when.as_ref(), names);
        if section.blocks.is_empty() || section.blocks.len() > MAX_BLOCKS {
            entry.problem(
                &format!("{at}.blocks"),
                format!(
                    "has {} blocks; use between 1 and {MAX_BLOCKS}",
                    section.blocks.len()
                ),
            );
        }
        for (b, block) in section.blocks.iter().enumerate() {
            let at = format!("{at}.blocks[{b}]");
            check_when(entry, &format!("{at}.when"), block.when.as_ref(), names);
            match (&block.paragraph, &block.list) {
                (Some(paragraph), None) => check_template(
                    entry,
                    &format!("{at}.paragraph"),
                    paragraph,
                    1000,
                    names,
                    Place::Running,
                ),
                (None, Some(items)) => {
                    if items.is_empty() || items.len() > MAX_ITEMS {
                        entry.problem(
                            &format!("{at}.list"),
                            format!("has {} items; use between 1 and {MAX_ITEMS}", items.len()),
                        );
                    }
                    for (i, item) in items.iter().enumerate() {
                        check_template(
                            entry,
                            &format!("{at}.list[{i}]"),
                            item,
                            400,
                            names,
                            Place::ListItem,
                        );
                    }
                }
                _ => entry.problem(
                    &at,
                    "needs exactly one of \"paragraph\" (a text) or \"list\" (a list of items)",
                ),
            }
        }
    }
    for (index, id) in document.sources.iter().enumerate() {
        let field = format!("sources[{index}]");
        if file.source(id).is_some() {
            cited.insert(id.as_str());
        } else {
            entry.problem(
                &field,
                format!("\"{}\" is not in `sources`", invisible::show(id)),
            );
        }
        if document.sources[..index].contains(id) {
            entry.problem(
                &field,
                format!("\"{}\" is listed twice", invisible::show(id)),
            );
        }
    }
}

/// The ids `starter` takes from roles.json and assessment.json that those
/// files do not have, as issues of starter.json. Either file may be missing:
/// its ids are then not checked.
pub fn check_against(
    starter: &StarterFile,
    roles: Option<&RolesFile>,
    assessment: Option<&AssessmentFile>,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut add = |entry: String, field: String, message: String| {
        issues.push(Issue {
            entry,
            field,
            message,
        })
    };
    // As `Checker::entry` labels entries.
    let label = |list: &str, index: usize, id: &str| {
        if id.trim().is_empty() {
            format!("{list}[{index}]")
        } else {
            format!("{list}[{index}] (id \"{}\")", invisible::show(id))
        }
    };
    let statement_problem = |id: &str| -> Option<String> {
        let assessment = assessment?;
        if assessment.statements().any(|(_, s)| s.id == id) {
            return None;
        }
        let known: Vec<&str> = assessment
            .statements()
            .map(|(_, s)| s.id.as_str())
            .collect();
        Some(format!(
            "\"{}\" is not a statement in assessment.json (statements: {})",
            invisible::show(id),
            known.join(", ")
        ))
    };
    let role_problem = |id: &str| -> Option<String> {
        let roles = roles?;
        if roles.role_index(id).is_some() {
            return None;
        }
        let known: Vec<&str> = roles.roles.iter().map(|r| r.id.as_str()).collect();
        Some(format!(
            "\"{}\" is not a role in roles.json (roles: {})",
            invisible::show(id),
            known.join(", ")
        ))
    };
    for (index, status) in starter.roles.iter().enumerate() {
        if let Some(message) = role_problem(&status.role) {
            add(label("roles", index, &status.role), "role".into(), message);
        }
        if let Some(message) = statement_problem(&status.statement) {
            add(
                label("roles", index, &status.role),
                "statement".into(),
                message,
            );
        }
    }
    if let Some(message) = role_problem(&starter.sponsor.role) {
        add(String::new(), "sponsor.role".into(), message);
    }
    if let Some(roles) = roles {
        let known: Vec<&str> = roles.aspects.iter().map(|a| a.id.as_str()).collect();
        for (index, aspect) in starter.sponsor.aspects.iter().enumerate() {
            if roles.aspect_index(aspect).is_none() {
                add(
                    String::new(),
                    format!("sponsor.aspects[{index}]"),
                    format!(
                        "\"{}\" is not an aspect in roles.json (aspects: {})",
                        invisible::show(aspect),
                        known.join(", ")
                    ),
                );
            }
        }
    }
    for (index, note) in starter.notes.iter().enumerate() {
        if let Some(message) = statement_problem(&note.statement) {
            add(
                label("notes", index, &note.name),
                "statement".into(),
                message,
            );
        }
    }
    issues
}
