//! Communities left out of the directory because they break a rule, when
//! the app loads it leniently (`content::load_lenient`): which ones, and the
//! notice that names them, so one bad entry does not take the whole
//! directory offline and nobody wonders where it went.

use std::collections::BTreeMap;

use super::DirectoryFile;
use crate::content::{Issue, PlacedIssue};

/// A community left out of the directory, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// Its position in the file's `communities` (from 0).
    pub index: usize,
    pub id: String,
    /// How a notice names it: its name, or its id when the name is at
    /// fault, or its position when both are.
    pub label: String,
    /// What is wrong: the field and the message, as `make validate` has them.
    pub problems: Vec<(String, String)>,
}

impl SetAside {
    /// "join: links must start with https:// or mailto:, not javascript:",
    /// several separated by "; ".
    pub fn problem_text(&self) -> String {
        self.problems
            .iter()
            .map(|(field, message)| format!("{field}: {}", message.trim_end_matches('.')))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A piece of the notice: our words, or words from the data, which a view
/// isolates (`<bdi>`) so a right-to-left name cannot reorder the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticePart {
    Ours(String),
    Data(String),
}

/// How many communities left out a notice names: a file broken throughout
/// must not fill the page.
const NAMED: usize = 10;

impl DirectoryFile {
    /// "1 community could not be shown: Name — field: message. Ask the
    /// directory editors to run make validate.", in parts; None when none
    /// was left out.
    pub fn set_aside_notice_parts(&self) -> Option<Vec<NoticePart>> {
        let heading = match self.set_aside.len() {
            0 => return None,
            1 => "1 community could not be shown".to_string(),
            count => format!("{count} communities could not be shown"),
        };
        let mut parts = vec![NoticePart::Ours(format!("{heading}: "))];
        let named = &self.set_aside[..self.set_aside.len().min(NAMED)];
        for (index, left_out) in named.iter().enumerate() {
            if index > 0 {
                parts.push(NoticePart::Ours("; ".into()));
            }
            parts.push(NoticePart::Data(left_out.label.clone()));
            parts.push(NoticePart::Ours(" — ".into()));
            parts.push(NoticePart::Data(left_out.problem_text()));
        }
        let more = self.set_aside.len() - named.len();
        if more > 0 {
            parts.push(NoticePart::Ours(format!("; and {more} more")));
        }
        parts.push(NoticePart::Ours(
            ". Ask the directory editors to run make validate.".into(),
        ));
        Some(parts)
    }

    /// The notice as one sentence.
    pub fn set_aside_notice(&self) -> Option<String> {
        let parts = self.set_aside_notice_parts()?;
        Some(
            parts
                .iter()
                .map(|part| match part {
                    NoticePart::Ours(text) | NoticePart::Data(text) => text.as_str(),
                })
                .collect(),
        )
    }
}

/// Leaves out the communities `issues` belong to and records them; false,
/// changing nothing, when an issue is not a community's (a rule of the file
/// as a whole keeps the whole file out). Of two with the same id, the first
/// stays (the duplicate's issue is placed on the second).
pub(super) fn leave_out(file: &mut DirectoryFile, issues: &[PlacedIssue]) -> bool {
    let mut by_index: BTreeMap<usize, Vec<&Issue>> = BTreeMap::new();
    for placed in issues {
        match &placed.place {
            Some(place) if place.list == "communities" && place.index < file.communities.len() => {
                by_index.entry(place.index).or_default().push(&placed.issue);
            }
            _ => return false,
        }
    }
    for (&index, issues) in &by_index {
        let community = &file.communities[index];
        let faulty = |field: &str| issues.iter().any(|issue| issue.field == field);
        let label = if !faulty("name") {
            community.name.trim().to_string()
        } else if !faulty("id") && !community.id.trim().is_empty() {
            community.id.clone()
        } else {
            format!("community number {} in the file", index + 1)
        };
        file.set_aside.push(SetAside {
            index,
            id: community.id.clone(),
            label,
            problems: issues
                .iter()
                .map(|issue| (issue.field.clone(), issue.message.clone()))
                .collect(),
        });
    }
    let mut index = 0;
    file.communities.retain(|_| {
        index += 1;
        !by_index.contains_key(&(index - 1))
    });
    true
}
