//! Comparing several people's self-assessments ("Start together"): the
//! people in a group, how their links and files are read (`collect.rs`),
//! the group's result (`result.rs`), the group as one file or one link
//! (`saved.rs`), and then → now per factor (`progress.rs`).
//!
//! Nothing here knows where the answers came from beyond a phrase for
//! messages ("link 3", "alex.json"): the group is just its people, in the
//! order they were added.

mod collect;
mod progress;
mod result;
mod saved;

#[cfg(test)]
mod tests;

pub use collect::{Links, Loaded, read_file, read_links};
pub use progress::{FactorChange, Progress, change_text, progress};
pub use result::{Disagreement, GroupFactor, GroupResult, NextStep};
pub use saved::{
    GROUP_FORMAT, GROUP_LINK_VERSION, GROUP_VERSION, MAX_GROUP_CODE, SavedGroup, group_decode,
    group_encode, group_from_json, group_to_json,
};

use super::answers::AssessmentAnswers;
use crate::date::Date;

/// The most people a group compares (the "2–12 people"): enough for
/// a founding group, few enough for a dot plot to stay readable.
pub const MAX_PEOPLE: usize = 12;
/// The longest name or initials for a person, in characters.
pub const MAX_LABEL: usize = 40;

/// One person's answers in a group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Member {
    /// A name or initials as typed (see [`clean_label`]); may be empty.
    pub label: String,
    pub answers: AssessmentAnswers,
    /// When the person saved their answers, if their file said.
    pub saved_on: Option<Date>,
}

impl Member {
    /// A member with `label` cleaned by [`clean_label`].
    pub fn new(label: &str, answers: AssessmentAnswers, saved_on: Option<Date>) -> Member {
        Member {
            label: clean_label(label),
            answers,
            saved_on,
        }
    }
}

/// A label as kept: runs of white space (line breaks too) made one space,
/// trimmed, at most [`MAX_LABEL`] characters. One line, so it fits a chart.
pub fn clean_label(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let cut: String = words.join(" ").chars().take(MAX_LABEL).collect();
    // Cutting may stop just after a space (found by a property test).
    cut.trim_end().to_string()
}

/// A person on their way into a group, with where they came from, which
/// messages name ("link 3", "alex.json").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub member: Member,
    pub from: String,
    /// The link as pasted, kept in the box if the person is not added; empty
    /// for files.
    pub pasted: String,
}

/// The people being compared, in the order they were added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    pub members: Vec<Member>,
}

impl Group {
    /// How person `index` is shown: their label, or "Person 3" without one;
    /// a label already shown for someone earlier gets a number ("AB (2)"), so
    /// every person in the chart and the lists can be told apart.
    pub fn display_label(&self, index: usize) -> String {
        self.display_labels()
            .into_iter()
            .nth(index)
            .unwrap_or_else(|| person(index))
    }

    /// [`Group::display_label`] for everyone, in order.
    pub fn display_labels(&self) -> Vec<String> {
        let mut shown: Vec<String> = Vec::with_capacity(self.members.len());
        for (index, member) in self.members.iter().enumerate() {
            let base = match clean_label(&member.label) {
                label if label.is_empty() => person(index),
                label => label,
            };
            shown.push(distinct(&base, &shown));
        }
        shown
    }

    /// `(later, earlier)` for each person whose answers are identical to an
    /// earlier person's (the first such), in order: likely the same person
    /// added twice. The view asks whether to keep both.
    pub fn duplicates(&self) -> Vec<(usize, usize)> {
        let members = &self.members;
        (0..members.len())
            .filter_map(|later| {
                (0..later)
                    .find(|&earlier| members[earlier].answers == members[later].answers)
                    .map(|earlier| (later, earlier))
            })
            .collect()
    }

    /// One sentence per pair from [`Group::duplicates`].
    pub fn duplicate_notices(&self) -> Vec<String> {
        let labels = self.display_labels();
        self.duplicates()
            .into_iter()
            .map(|(later, earlier)| {
                format!(
                    "{} has exactly the same answers as {}: the same answers may have been added twice. Remove {} if so; keep both if two people really answered alike.",
                    labels[later], labels[earlier], labels[later]
                )
            })
            .collect()
    }

    /// Adds people until the group has [`MAX_PEOPLE`]; returns a message
    /// naming anyone not added (nothing when all were).
    pub fn add(&mut self, incoming: Vec<Incoming>) -> Vec<String> {
        let refused = self.take(incoming);
        self.limit_message(&refused).into_iter().collect()
    }

    /// Adds what fits and returns the rest, in order.
    fn take(&mut self, incoming: Vec<Incoming>) -> Vec<Incoming> {
        let room = MAX_PEOPLE.saturating_sub(self.members.len());
        let mut incoming = incoming;
        let refused = incoming.split_off(room.min(incoming.len()));
        self.members
            .extend(incoming.into_iter().map(|person| person.member));
        refused
    }

    /// "A group can have at most 12 people, so Person 13 (from link 3) was
    /// not added. …", people numbered as they would have been.
    fn limit_message(&self, refused: &[Incoming]) -> Option<String> {
        if refused.is_empty() {
            return None;
        }
        let start = self.members.len();
        let names: Vec<String> = refused
            .iter()
            .enumerate()
            .map(|(offset, person)| {
                let label = clean_label(&person.member.label);
                let label = if label.is_empty() {
                    self::person(start + offset)
                } else {
                    label
                };
                format!("{label} (from {})", person.from)
            })
            .collect();
        let verb = if names.len() == 1 { "was" } else { "were" };
        Some(format!(
            "A group can have at most {MAX_PEOPLE} people, so {} {verb} not added. To compare them, remove someone from the group first, or save this group and start another one for them.",
            list(&names)
        ))
    }

    /// Reads pasted links and adds the people in them. The messages are the
    /// links' problems, then the limit's; `kept_text` is what should stay in
    /// the box: links that failed and links whose people were not all added.
    pub fn paste(&mut self, text: &str) -> Pasted {
        let links = read_links(text);
        let added_before = self.members.len();
        let refused = self.take(links.people);
        let mut messages = links.problems;
        messages.extend(self.limit_message(&refused));
        let mut kept: Vec<String> = links.kept_text.split('\n').map(str::to_string).collect();
        for person in refused {
            if !kept.contains(&person.pasted) {
                kept.push(person.pasted);
            }
        }
        kept.retain(|line| !line.is_empty());
        Pasted {
            added: self.members.len() - added_before,
            messages,
            kept_text: kept.join("\n"),
        }
    }

    /// Reads a saved answers file or group file and adds its people; the
    /// messages say what went wrong or who was not added.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Vec<String> {
        match read_file(name, bytes) {
            Ok(loaded) => self.add(loaded.people),
            Err(message) => vec![message],
        }
    }
}

/// What [`Group::paste`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pasted {
    /// How many people joined the group.
    pub added: usize,
    pub messages: Vec<String>,
    /// The links to leave in the box, one a line (empty when all were used).
    pub kept_text: String,
}

/// "Person 3" for index 2.
fn person(index: usize) -> String {
    format!("Person {}", index + 1)
}

/// `base`, or `base (2)`, `base (3)` … whichever is not yet in `shown`
/// (compared ignoring case, as people would read them).
fn distinct(base: &str, shown: &[String]) -> String {
    let taken = |label: &str| {
        shown
            .iter()
            .any(|s| s.to_lowercase() == label.to_lowercase())
    };
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base} ({n})"))
        .find(|label| !taken(label))
        .unwrap_or_default()
}

/// "A", "A and B", "A, B and C"; past [`LISTED`] items, "A, B, C, D and
/// 3 more people" (a long paste must not give a page-long sentence).
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        _ if items.len() > LISTED => format!(
            "{} and {} more people",
            items[..LISTED - 1].join(", "),
            items.len() - (LISTED - 1)
        ),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The most people a message names one by one.
const LISTED: usize = 5;

/// "1 statement", "2 statements".
fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}
