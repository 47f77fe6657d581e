use std::collections::HashSet;

use super::error::{ContentError, Issue, Problem};
use crate::date::Date;

/// Collects validation issues for one file. Content types describe their
/// rules through it, so every file gets the same wording for the same mistake.
#[derive(Debug, Default)]
pub struct Checker {
    issues: Vec<Issue>,
    /// Which entry each run of issues belongs to: the index of the run's
    /// first issue, and the entry (`None`: the top level). An `Entry`
    /// borrows the checker, so the issues it adds are one run.
    runs: Vec<(usize, Option<Place>)>,
    today: Option<Date>,
}

/// The entry of a list an issue belongs to: `communities[2]`, id `ucl-hr`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub list: String,
    pub index: usize,
    pub id: String,
}

/// An issue and the entry it belongs to (`None`: the file's top level).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedIssue {
    pub place: Option<Place>,
    pub issue: Issue,
}

impl Checker {
    /// A checker that also refuses dates after `today` + 1 day. Without a
    /// date (`Checker::default()`), dates in the future are not looked for.
    pub fn as_of(today: Option<Date>) -> Checker {
        Checker {
            today,
            ..Checker::default()
        }
    }

    /// Today's date, if the checker was given one (see [`crate::date::future_date_problem`]).
    pub fn today(&self) -> Option<Date> {
        self.today
    }

    /// Checks on the file's top level.
    pub fn top(&mut self) -> Entry<'_> {
        self.runs.push((self.issues.len(), None));
        Entry {
            issues: &mut self.issues,
            label: String::new(),
        }
    }

    /// Checks on one entry of a list, labelled by its position and id:
    /// `communities[2] (id "ucl-hr")`.
    pub fn entry(&mut self, list: &str, index: usize, id: &str) -> Entry<'_> {
        let label = if id.trim().is_empty() {
            format!("{list}[{index}]")
        } else {
            format!("{list}[{index}] (id \"{}\")", super::invisible::show(id))
        };
        let place = Place {
            list: list.to_string(),
            index,
            id: id.to_string(),
        };
        self.runs.push((self.issues.len(), Some(place)));
        Entry {
            issues: &mut self.issues,
            label,
        }
    }

    /// Reports every id that appears more than once in `ids` (list name, ids in order).
    pub fn unique_ids<'a>(&mut self, list: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (index, id) in ids.into_iter().enumerate() {
            if !seen.insert(id) {
                self.entry(list, index, id).problem(
                    "id",
                    format!("the id \"{id}\" is used by an earlier entry; ids must be unique"),
                );
            }
        }
    }

    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }

    /// Each issue with the entry it belongs to, in the order found.
    pub fn placed_issues(&self) -> Vec<PlacedIssue> {
        let mut runs = self.runs.iter().peekable();
        let mut place = None;
        self.issues
            .iter()
            .enumerate()
            .map(|(index, issue)| {
                while let Some((_, next)) = runs.next_if(|(start, _)| *start <= index) {
                    place = next.as_ref();
                }
                PlacedIssue {
                    place: place.cloned(),
                    issue: issue.clone(),
                }
            })
            .collect()
    }

    pub fn finish(self, file: &str) -> Result<(), ContentError> {
        if self.issues.is_empty() {
            Ok(())
        } else {
            Err(ContentError::new(file, Problem::Invalid(self.issues)))
        }
    }
}

// The link rules live in `link.rs`; these names stay here for callers.
pub(crate) use super::link::is_scheme;
pub use super::link::{LinkKind, classify_link};

/// Equal but for case and surrounding spaces (lists are short, so
/// comparing pairs beats hashing a lower-cased copy of each).
fn same_words(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// What is wrong with a text that is present, if anything: too long, a
/// control character, or blank.
fn text_problem(value: &str, max: usize) -> Option<String> {
    // Plain ASCII (most content) is checked byte-wise: files can be large.
    let (length, control, invisible) = if value.is_ascii() {
        (value.len(), ascii_has_control(value.as_bytes()), None)
    } else {
        let control = value.chars().any(|c| c.is_control() && c != '\n');
        (
            value.chars().count(),
            control,
            super::invisible::find(value),
        )
    };
    if length > max {
        Some(format!("is {length} characters long; the limit is {max}"))
    } else if control {
        Some("contains a control character (tab or similar); remove it".to_string())
    } else if let Some(character) = invisible {
        // Such characters can make two names look alike or reorder a sentence.
        Some(format!(
            "contains {character}, an invisible character that can hide or reorder text; remove it"
        ))
    } else if value.trim().is_empty() {
        Some("is present but blank; remove the field or fill it in".to_string())
    } else {
        None
    }
}

/// Whether ASCII bytes hold a control character other than a line break.
/// Content files can be megabytes, so eight bytes are tested at a time:
/// only a word with some byte below 0x20 or equal to 0x7f is looked into.
fn ascii_has_control(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bad = |b: &u8| (*b < 0x20 && *b != b'\n') || *b == 0x7f;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        let delete = (x ^ (ONES * 0x7f)).wrapping_sub(ONES) & !(x ^ (ONES * 0x7f)) & HIGH;
        if (below_space | delete) != 0 && chunk.iter().any(bad) {
            return true;
        }
    }
    chunks.remainder().iter().any(bad)
}

/// Rules for the fields of one entry.
pub struct Entry<'a> {
    issues: &'a mut Vec<Issue>,
    label: String,
}

impl Entry<'_> {
    pub fn problem(&mut self, field: &str, message: impl Into<String>) {
        self.issues.push(Issue {
            entry: self.label.clone(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// Required text: not blank, at most `max` characters, no control characters
    /// other than line breaks.
    pub fn text(&mut self, field: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.problem(field, "must not be empty");
        } else {
            self.optional_text(field, Some(value), max);
        }
    }

    pub fn optional_text(&mut self, field: &str, value: Option<&str>, max: usize) {
        if let Some(message) = value.and_then(|value| text_problem(value, max)) {
            self.problem(field, message);
        }
    }

    /// A list of short texts: at most `max_items`, each 1..=`max` characters, no repeats.
    pub fn text_list(&mut self, field: &str, values: &[String], max_items: usize, max: usize) {
        if values.len() > max_items {
            self.problem(
                field,
                format!("has {} items; the limit is {max_items}", values.len()),
            );
        }
        for (index, value) in values.iter().enumerate() {
            // The item's name is only built when there is something to report.
            let item = || format!("{field}[{index}]");
            let problem = if value.trim().is_empty() {
                Some("must not be empty".to_string())
            } else {
                text_problem(value, max)
            };
            if let Some(message) = problem {
                self.problem(&item(), message);
            }
            if values[..index]
                .iter()
                .any(|earlier| same_words(earlier, value))
            {
                self.problem(
                    &item(),
                    format!("\"{}\" appears twice", super::invisible::show(value)),
                );
            }
        }
    }

    /// An id (`crate::ids`: they appear in URLs).
    pub fn id(&mut self, field: &str, value: &str) {
        if !crate::ids::is_valid_id(value) {
            // Quoted with invisible characters written out, or they would
            // reorder or hide part of the message.
            let shown = super::invisible::show(value);
            let invisible = super::invisible::find(value)
                .map(|character| format!("it contains {character}, which is invisible; "))
                .unwrap_or_default();
            self.problem(
                field,
                format!("\"{shown}\" is not a valid id: {invisible}use 1–64 lower-case letters, digits and hyphens, e.g. \"ucl-hr-generalists\""),
            );
        }
    }

    /// Rich text that failed to parse reports its problem here.
    pub fn rich_text(&mut self, field: &str, value: &crate::richtext::RichText) {
        if let Some(problem) = value.problem() {
            self.problem(field, problem);
        }
    }

    pub fn link(&mut self, field: &str, value: &str) {
        if let Err(message) = classify_link(value) {
            self.problem(field, message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_control_characters_anywhere() {
        let clean = "A summary of forty-odd characters, with a\nline break.";
        assert!(!ascii_has_control(clean.as_bytes()));
        for position in 0..clean.len() {
            for bad in [0u8, b'\t', 0x1f, 0x7f] {
                let mut bytes = clean.as_bytes().to_vec();
                bytes[position] = bad;
                assert!(ascii_has_control(&bytes), "{bad:#x} at {position}");
            }
        }
        assert!(
            !ascii_has_control(b" ~~~~~~~ !\n"),
            "0x20, 0x7e and line breaks are fine"
        );
    }

    #[test]
    fn texts_refuse_invisible_characters_naming_character_and_field() {
        let mut checker = Checker::default();
        {
            let mut entry = checker.entry("communities", 0, "ucl-hr");
            entry.text("name", "UCL \u{202E}RH", 120);
            entry.optional_text("organisation", Some("UCL\u{200B}"), 120);
            entry.text_list("topics", &["pay".into(), "pa\u{AD}y".into()], 5, 60);
            entry.text("only-invisible", "\u{2060}", 120);
            // Letters outside ASCII are ordinary text.
            entry.text("summary", "Café, Gŵyl, Ærø, São Paulo, Łódź, 東京", 120);
            entry.optional_text("cadence", Some("Bob\u{2019}s — weekly"), 120);
        }
        let lines: Vec<String> = checker.issues().iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "communities[0] (id \"ucl-hr\"), field `name`: contains U+202E (right-to-left override), an invisible character that can hide or reorder text; remove it",
                "communities[0] (id \"ucl-hr\"), field `organisation`: contains U+200B (zero-width space), an invisible character that can hide or reorder text; remove it",
                "communities[0] (id \"ucl-hr\"), field `topics[1]`: contains U+00AD (soft hyphen), an invisible character that can hide or reorder text; remove it",
                "communities[0] (id \"ucl-hr\"), field `only-invisible`: contains U+2060 (word joiner), an invisible character that can hide or reorder text; remove it",
            ]
        );
    }

    #[test]
    fn ids_with_invisible_characters_are_shown_and_named() {
        let mut checker = Checker::default();
        checker
            .entry("communities", 1, "ucl-hr\u{200B}")
            .id("id", "ucl-hr\u{200B}");
        checker
            .entry("communities", 2, "ucl-\u{202E}rh")
            .id("id", "ucl-\u{202E}rh");
        let lines: Vec<String> = checker.issues().iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "communities[1] (id \"ucl-hr<U+200B>\"), field `id`: \"ucl-hr<U+200B>\" is not a valid id: it contains U+200B (zero-width space), which is invisible; use 1–64 lower-case letters, digits and hyphens, e.g. \"ucl-hr-generalists\"",
                "communities[2] (id \"ucl-<U+202E>rh\"), field `id`: \"ucl-<U+202E>rh\" is not a valid id: it contains U+202E (right-to-left override), which is invisible; use 1–64 lower-case letters, digits and hyphens, e.g. \"ucl-hr-generalists\"",
            ]
        );
    }

    #[test]
    fn entry_rules_name_entry_and_field() {
        let mut checker = Checker::default();
        {
            let mut entry = checker.entry("communities", 2, "ucl-hr");
            entry.text("name", "  ", 10);
            entry.text("summary", "abcdefghijk", 10);
            entry.id("id", "UCL HR");
            entry.text_list("topics", &["a".into(), "A".into()], 5, 10);
        }
        checker.unique_ids("communities", ["a", "b", "a"]);
        let lines: Vec<String> = checker.issues().iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "communities[2] (id \"ucl-hr\"), field `name`: must not be empty",
                "communities[2] (id \"ucl-hr\"), field `summary`: is 11 characters long; the limit is 10",
                "communities[2] (id \"ucl-hr\"), field `id`: \"UCL HR\" is not a valid id: use 1–64 lower-case letters, digits and hyphens, e.g. \"ucl-hr-generalists\"",
                "communities[2] (id \"ucl-hr\"), field `topics[1]`: \"A\" appears twice",
                "communities[2] (id \"a\"), field `id`: the id \"a\" is used by an earlier entry; ids must be unique",
            ]
        );
    }
}
