//! The rules for `assessment.json` that its types cannot express.

use std::collections::HashSet;

use super::model::{AssessmentFile, PerLevel};
use crate::content::{Checker, ContentFile, Entry};
use crate::richtext::{Inline, walk};
use crate::toolkit::state::ToolkitState;

/// Toolkit sections a statement may link to (`/toolkit?s=ID`). A contract
/// with the toolkit view: these ids are stable.
pub const TOOLKIT_SECTIONS: [&str; 10] = [
    "what-is-a-cop",
    "how-cops-work",
    "what-cops-do",
    "networks-vs-cops",
    "typical-activities",
    "roles-and-participation",
    "success-factors",
    "benefits-and-evidence",
    "stages-of-development",
    "how-to-start",
];

/// Roles a statement may link to (`/roles?role=ID`). A contract with the roles view.
pub const ROLE_IDS: [&str; 4] = ["sponsor", "community-lead", "activity-lead", "member"];

/// Every help link a statement may use.
pub fn help_targets() -> Vec<String> {
    let mut targets: Vec<String> = TOOLKIT_SECTIONS
        .iter()
        .map(|id| ToolkitState::section_path(id))
        .collect();
    targets.extend(ROLE_IDS.iter().map(|id| format!("/roles?role={id}")));
    targets.push("/roles?level=core".to_string());
    targets
}

/// Step names the flow uses itself; a section id must not clash with them.
const RESERVED_STEPS: [&str; 3] = ["intro", "community", "result"];

/// Enough to stay near ten minutes and keep share links short.
const MAX_STATEMENTS: usize = 60;
const MAX_FACTORS: usize = 20;
/// A factor's name is its chart label too, so it must fit one line at 320 px.
const MAX_FACTOR_NAME: usize = 28;

impl ContentFile for AssessmentFile {
    const FILE: &'static str = "assessment.json";
    const WHAT: &'static str = "the self-assessment";

    fn check(&self, checker: &mut Checker) {
        let source_ids: HashSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let mut cited: HashSet<&str> = HashSet::new();
        check_intro(self, checker, &source_ids, &mut cited);
        check_levels(&self.levels, &mut checker.top());
        check_bands(self, checker);
        check_factors(self, checker, &source_ids, &mut cited);
        check_sections(self, checker);
        for (index, source) in self.sources.iter().enumerate() {
            let mut entry = checker.entry("sources", index, &source.id);
            source.check_fields(&mut entry);
            if !cited.contains(source.id.as_str()) && self.intro.problem().is_none() {
                entry.problem(
                    "id",
                    "this source is never cited; cite it from a factor's `sources` or the intro, or remove it",
                );
            }
        }
        checker.unique_ids("sources", self.sources.iter().map(|s| s.id.as_str()));
    }
}

fn check_intro<'a>(
    file: &'a AssessmentFile,
    checker: &mut Checker,
    sources: &HashSet<&str>,
    cited: &mut HashSet<&'a str>,
) {
    let mut top = checker.top();
    top.rich_text("intro", &file.intro);
    walk(&file.intro.blocks, &mut |inline| {
        if let Inline::Cite(id) = inline {
            if sources.contains(id.as_str()) {
                cited.insert(id.as_str());
            } else {
                top.problem(
                    "intro",
                    format!("cites \"[^{id}]\", which is not in `sources`"),
                );
            }
        }
    });
}

fn check_levels(levels: &PerLevel<String>, entry: &mut Entry<'_>) {
    for (level, label) in levels.iter() {
        entry.text(&format!("levels.{}", level.id()), label, 24);
    }
}

fn check_per_level(entry: &mut Entry<'_>, field: &str, values: &PerLevel<String>, max: usize) {
    for (level, text) in values.iter() {
        entry.text(&format!("{field}.{}", level.id()), text, max);
    }
}

fn check_bands(file: &AssessmentFile, checker: &mut Checker) {
    if !(2..=6).contains(&file.bands.len()) {
        checker.top().problem(
            "bands",
            format!(
                "has {} {}; use between 2 and 6, lowest first",
                file.bands.len(),
                if file.bands.len() == 1 {
                    "band"
                } else {
                    "bands"
                }
            ),
        );
    }
    let mut previous: Option<u32> = None;
    for (index, band) in file.bands.iter().enumerate() {
        let mut entry = checker.entry("bands", index, &band.id);
        entry.id("id", &band.id);
        entry.text("label", &band.label, 40);
        entry.text("summary", &band.summary, 400);
        if index == 0 && band.min_percent != 0 {
            entry.problem(
                "min_percent",
                format!(
                    "the first band must start at 0 so every score has a band, not at {}",
                    band.min_percent
                ),
            );
        } else if band.min_percent > 100 {
            entry.problem(
                "min_percent",
                format!("is {}; a percentage is at most 100", band.min_percent),
            );
        } else if let Some(previous) = previous
            && band.min_percent <= previous
        {
            entry.problem(
                "min_percent",
                format!(
                    "is {} but the band before starts at {previous}; list bands lowest first, each starting higher",
                    band.min_percent
                ),
            );
        }
        previous = Some(band.min_percent);
    }
    checker.unique_ids("bands", file.bands.iter().map(|b| b.id.as_str()));
}

fn check_factors<'a>(
    file: &'a AssessmentFile,
    checker: &mut Checker,
    sources: &HashSet<&str>,
    cited: &mut HashSet<&'a str>,
) {
    if file.factors.is_empty() || file.factors.len() > MAX_FACTORS {
        checker.top().problem(
            "factors",
            format!(
                "has {} factors; use between 1 and {MAX_FACTORS}",
                file.factors.len()
            ),
        );
    }
    let used: HashSet<&str> = file.statements().map(|(_, s)| s.factor.as_str()).collect();
    for (index, factor) in file.factors.iter().enumerate() {
        let mut entry = checker.entry("factors", index, &factor.id);
        entry.id("id", &factor.id);
        entry.text("name", &factor.name, MAX_FACTOR_NAME);
        entry.text("summary", &factor.summary, 500);
        check_per_level(&mut entry, "next_steps", &factor.next_steps, 500);
        for (position, id) in factor.sources.iter().enumerate() {
            if sources.contains(id.as_str()) {
                cited.insert(id.as_str());
            } else {
                entry.problem(
                    &format!("sources[{position}]"),
                    format!("\"{id}\" is not in `sources`"),
                );
            }
        }
        if !used.contains(factor.id.as_str()) {
            entry.problem(
                "id",
                "no statement counts towards this factor; give it a statement or remove it",
            );
        }
    }
    checker.unique_ids("factors", file.factors.iter().map(|f| f.id.as_str()));
}

fn check_sections(file: &AssessmentFile, checker: &mut Checker) {
    if file.sections.is_empty() || file.sections.len() > 12 {
        checker.top().problem(
            "sections",
            format!("has {} sections; use between 1 and 12", file.sections.len()),
        );
    }
    let count = file.statement_count();
    if count > MAX_STATEMENTS {
        checker.top().problem(
            "sections",
            format!("have {count} statements in all; the limit is {MAX_STATEMENTS}, to keep the assessment short"),
        );
    }
    let factors: Vec<&str> = file.factors.iter().map(|f| f.id.as_str()).collect();
    let targets = help_targets();
    for (index, section) in file.sections.iter().enumerate() {
        let mut entry = checker.entry("sections", index, &section.id);
        entry.id("id", &section.id);
        if RESERVED_STEPS.contains(&section.id.as_str()) {
            entry.problem(
                "id",
                format!(
                    "\"{}\" is a step name the assessment uses itself; choose another id",
                    section.id
                ),
            );
        }
        entry.text("title", &section.title, 80);
        entry.optional_text("intro", section.intro.as_deref(), 500);
        if section.statements.is_empty() {
            entry.problem("statements", "a section needs at least one statement");
        }
        let list = format!("sections[{index}].statements");
        for (position, statement) in section.statements.iter().enumerate() {
            let mut entry = checker.entry(&list, position, &statement.id);
            entry.id("id", &statement.id);
            entry.text("text", &statement.text, 200);
            check_per_level(&mut entry, "guidance", &statement.guidance, 300);
            if !factors.contains(&statement.factor.as_str()) {
                entry.problem(
                    "factor",
                    format!(
                        "\"{}\" is not a factor in `factors` (factors: {})",
                        statement.factor,
                        factors.join(", ")
                    ),
                );
            }
            if !(1..=3).contains(&statement.help.len()) {
                entry.problem(
                    "help",
                    format!(
                        "has {} links; give 1 to 3 toolkit or role sections that help",
                        statement.help.len()
                    ),
                );
            }
            for (n, link) in statement.help.iter().enumerate() {
                entry.text(&format!("help[{n}].label"), &link.label, 60);
                if !targets.contains(&link.href) {
                    entry.problem(
                        &format!("help[{n}].href"),
                        format!(
                            "\"{}\" is not a toolkit or role section; use /toolkit?s=ID (ID one of {}), /roles?role=ID (ID one of {}) or /roles?level=core",
                            link.href,
                            TOOLKIT_SECTIONS.join(", "),
                            ROLE_IDS.join(", ")
                        ),
                    );
                }
            }
        }
    }
    // Ids are unique across sections: answers refer to statements by id alone.
    let mut seen = HashSet::new();
    for (index, section) in file.sections.iter().enumerate() {
        for (position, statement) in section.statements.iter().enumerate() {
            if !seen.insert(statement.id.as_str()) {
                checker
                    .entry(
                        &format!("sections[{index}].statements"),
                        position,
                        &statement.id,
                    )
                    .problem(
                        "id",
                        format!(
                            "the id \"{}\" is used by an earlier statement; ids must be unique",
                            statement.id
                        ),
                    );
            }
        }
    }
}
