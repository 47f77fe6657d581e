//! The roles in a community and the levels of participation (`roles.json`):
//! the model and its rules. Every role must describe every aspect, either in
//! its own words (`text`) or by saying why the sources give nothing (`gap`).

use indexmap::IndexMap;
use serde::Deserialize;

use super::content::{Checker, ContentFile, Entry};
use super::richtext::RichText;
pub use super::sources::Source;
use super::sources::{References, in_citation_order};

pub mod fit;
pub mod rings;
pub mod state;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolesFile {
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub intro: RichText,
    /// The questions each role is described under, in display order.
    pub aspects: Vec<Aspect>,
    pub roles: Vec<Role>,
    /// Where the role descriptions come from, and what the sources leave out.
    pub matrix_note: RichText,
    /// From the centre outwards; levels `outside` the community come last.
    pub levels: Vec<Level>,
    /// How people move between levels, in general.
    pub movement: RichText,
    /// How the participation picture is sized, honestly.
    pub picture_note: RichText,
    pub fit: fit::Fit,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aspect {
    /// Stable: used in links (`/roles?aspect=ID`).
    pub id: String,
    pub name: String,
    /// What the aspect covers, in one sentence.
    pub question: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable: used in links (`/roles?role=ID`).
    pub id: String,
    pub name: String,
    /// One sentence for cards and the "Which role fits me?" result.
    pub summary: String,
    /// One entry per aspect id.
    pub aspects: IndexMap<String, Cell>,
    /// Time and cadence, only where a source gives them.
    #[serde(default)]
    pub commitment: Option<RichText>,
    /// The toolkit section to read next (a section id of toolkit.json).
    pub toolkit_section: String,
}

/// What a role does for one aspect: `text`, or `gap` when the sources give
/// nothing for this role (saying so, rather than inventing).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    #[serde(default)]
    pub text: Option<RichText>,
    #[serde(default)]
    pub gap: Option<RichText>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Stable: used in links (`/roles?level=ID`).
    pub id: String,
    pub name: String,
    /// A word or two for the ring label in the picture.
    pub short_name: String,
    pub summary: String,
    /// The share of members at this level, as a source gives it (sizes the picture).
    #[serde(default)]
    pub share: Option<Share>,
    /// The share in words, attributed, or that the sources give none.
    pub share_text: RichText,
    pub looks_like: RichText,
    #[serde(default)]
    pub commitment: Option<RichText>,
    /// How people come to and leave this level.
    pub moving: RichText,
    /// Outside the community (transactional participants): drawn beyond its edge.
    #[serde(default)]
    pub outside: bool,
}

/// A range of percentages of the membership, e.g. 10–15.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    pub min: u8,
    pub max: u8,
}

/// Finds an id among the roles, aspects or levels, as an index.
pub type IdLookup = fn(&RolesFile, &str) -> Option<usize>;

impl RolesFile {
    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.roles.iter().position(|role| role.id == id)
    }

    pub fn aspect_index(&self, id: &str) -> Option<usize> {
        self.aspects.iter().position(|aspect| aspect.id == id)
    }

    pub fn level_index(&self, id: &str) -> Option<usize> {
        self.levels.iter().position(|level| level.id == id)
    }

    /// Every rich-text field with its entry label and field name, in
    /// reading order (for citation numbering and cross-file link checks).
    pub fn texts(&self) -> Vec<(String, String, &RichText)> {
        let mut out = vec![(String::new(), "intro".to_string(), &self.intro)];
        for (index, role) in self.roles.iter().enumerate() {
            let label = entry_label("roles", index, &role.id);
            for (aspect, cell) in &role.aspects {
                for (kind, text) in [("text", &cell.text), ("gap", &cell.gap)] {
                    if let Some(text) = text {
                        out.push((label.clone(), format!("aspects.{aspect}.{kind}"), text));
                    }
                }
            }
            if let Some(commitment) = &role.commitment {
                out.push((label.clone(), "commitment".into(), commitment));
            }
        }
        out.push((String::new(), "matrix_note".into(), &self.matrix_note));
        for (index, level) in self.levels.iter().enumerate() {
            let label = entry_label("levels", index, &level.id);
            out.push((label.clone(), "share_text".into(), &level.share_text));
            out.push((label.clone(), "looks_like".into(), &level.looks_like));
            if let Some(commitment) = &level.commitment {
                out.push((label.clone(), "commitment".into(), commitment));
            }
            out.push((label, "moving".into(), &level.moving));
        }
        out.push((String::new(), "movement".into(), &self.movement));
        out.push((String::new(), "picture_note".into(), &self.picture_note));
        out.push((String::new(), "fit.intro".into(), &self.fit.intro));
        out
    }

    /// The sources numbered as readers meet them (number n at index n − 1).
    pub fn numbered_sources(&self) -> Vec<&Source> {
        let texts = self.texts();
        in_citation_order(&self.sources, texts.iter().map(|(_, _, text)| *text))
    }
}

fn entry_label(list: &str, index: usize, id: &str) -> String {
    format!("{list}[{index}] (id \"{id}\")")
}

impl ContentFile for RolesFile {
    const FILE: &'static str = "roles.json";
    const WHAT: &'static str = "the roles";

    fn check(&self, checker: &mut Checker) {
        let mut references = References::new(&self.sources, None);
        {
            let mut top = checker.top();
            references.text(&mut top, "intro", &self.intro);
            references.text(&mut top, "matrix_note", &self.matrix_note);
            references.text(&mut top, "movement", &self.movement);
            references.text(&mut top, "picture_note", &self.picture_note);
            references.text(&mut top, "fit.intro", &self.fit.intro);
            for (list, empty) in [
                ("aspects", self.aspects.is_empty()),
                ("roles", self.roles.is_empty()),
            ] {
                if empty {
                    top.problem(list, "needs at least one entry");
                }
            }
            if !self.levels.iter().any(|level| !level.outside) {
                top.problem(
                    "levels",
                    "needs at least one level inside the community (without \"outside\": true)",
                );
            }
        }
        for (index, aspect) in self.aspects.iter().enumerate() {
            let mut entry = checker.entry("aspects", index, &aspect.id);
            entry.id("id", &aspect.id);
            entry.text("name", &aspect.name, 60);
            entry.text("question", &aspect.question, 200);
        }
        for (index, role) in self.roles.iter().enumerate() {
            let mut entry = checker.entry("roles", index, &role.id);
            self.check_role(role, &mut entry, &mut references);
        }
        self.check_levels(checker, &mut references);
        self.fit.check(checker, self);
        references.finish(checker, &self.sources);
        checker.unique_ids("aspects", self.aspects.iter().map(|a| a.id.as_str()));
        checker.unique_ids("roles", self.roles.iter().map(|r| r.id.as_str()));
        checker.unique_ids("levels", self.levels.iter().map(|l| l.id.as_str()));
    }
}

impl RolesFile {
    fn check_role<'a>(
        &self,
        role: &'a Role,
        entry: &mut Entry<'_>,
        references: &mut References<'a>,
    ) {
        entry.id("id", &role.id);
        entry.text("name", &role.name, 60);
        entry.text("summary", &role.summary, 300);
        entry.id("toolkit_section", &role.toolkit_section);
        for aspect in &self.aspects {
            if !role.aspects.contains_key(&aspect.id) {
                entry.problem(
                    "aspects",
                    format!(
                        "has nothing for the aspect \"{}\"; add it, with \"gap\" if the sources say nothing",
                        aspect.id
                    ),
                );
            }
        }
        for (key, cell) in &role.aspects {
            let field = format!("aspects.{key}");
            if !self.aspects.is_empty() && self.aspect_index(key).is_none() {
                let known: Vec<&str> = self.aspects.iter().map(|a| a.id.as_str()).collect();
                entry.problem(
                    &field,
                    format!("\"{key}\" is not one of the aspects ({})", known.join(", ")),
                );
            }
            match (&cell.text, &cell.gap) {
                (Some(text), None) => references.text(entry, &format!("{field}.text"), text),
                (None, Some(gap)) => references.text(entry, &format!("{field}.gap"), gap),
                _ => entry.problem(
                    &field,
                    "needs exactly one of \"text\" (what the role does) or \"gap\" (why the sources give nothing)",
                ),
            }
        }
        if let Some(commitment) = &role.commitment {
            references.text(entry, "commitment", commitment);
        }
    }

    fn check_levels<'a>(&'a self, checker: &mut Checker, references: &mut References<'a>) {
        let mut seen_outside = false;
        let mut order_reported = false;
        for (index, level) in self.levels.iter().enumerate() {
            let mut entry = checker.entry("levels", index, &level.id);
            entry.id("id", &level.id);
            entry.text("name", &level.name, 60);
            entry.text("short_name", &level.short_name, 14);
            entry.text("summary", &level.summary, 300);
            references.text(&mut entry, "share_text", &level.share_text);
            references.text(&mut entry, "looks_like", &level.looks_like);
            if let Some(commitment) = &level.commitment {
                references.text(&mut entry, "commitment", commitment);
            }
            references.text(&mut entry, "moving", &level.moving);
            if level.outside {
                seen_outside = true;
                if level.share.is_some() {
                    entry.problem(
                        "share",
                        "a level outside the community has no share of its membership; remove \"share\"",
                    );
                }
            } else if seen_outside && !order_reported {
                order_reported = true;
                entry.problem(
                    "outside",
                    "levels inside the community must come before those outside it (the list runs from the centre outwards)",
                );
            }
            if let Some(share) = level.share
                && (share.min == 0 || share.min > share.max || share.max > 100)
            {
                entry.problem(
                    "share",
                    format!(
                        "{}–{}% is not a range of percentages: use 1 ≤ min ≤ max ≤ 100",
                        share.min, share.max
                    ),
                );
            }
        }
        let minimum: u32 = self
            .levels
            .iter()
            .filter_map(|level| level.share)
            .map(|share| u32::from(share.min))
            .sum();
        if minimum > 100 {
            checker.top().problem(
                "levels",
                format!("the smallest shares add up to {minimum}%, more than the whole membership"),
            );
        }
    }
}

#[cfg(test)]
mod tests;
