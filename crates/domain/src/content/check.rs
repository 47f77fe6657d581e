use std::collections::HashSet;

use super::error::{ContentError, Issue, Problem};

/// Collects validation issues for one file. Content types describe their
/// rules through it, so every file gets the same wording for the same mistake.
#[derive(Debug, Default)]
pub struct Checker {
    issues: Vec<Issue>,
}

impl Checker {
    /// Checks on the file's top level.
    pub fn top(&mut self) -> Entry<'_> {
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
            format!("{list}[{index}] (id \"{id}\")")
        };
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

    pub fn finish(self, file: &str) -> Result<(), ContentError> {
        if self.issues.is_empty() {
            Ok(())
        } else {
            Err(ContentError::new(file, Problem::Invalid(self.issues)))
        }
    }
}

/// What a link in content points to, after the allow-list check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkKind {
    Https,
    Mailto,
}

/// Only https and mailto links may come from data; anything else is refused
/// with a reason. Internal app links are checked by the rich-text module.
pub fn classify_link(value: &str) -> Result<LinkKind, String> {
    let lower = value.trim_start().to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if host.is_empty() || host.starts_with('.') || !host.contains('.') && host != "localhost" {
            return Err(format!(
                "\"{value}\" is not a complete web address (expected https://host/…)"
            ));
        }
        if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!("\"{value}\" contains spaces; encode them as %20"));
        }
        return Ok(LinkKind::Https);
    }
    if let Some(rest) = lower.strip_prefix("mailto:") {
        let address = rest.split('?').next().unwrap_or_default();
        let valid = address
            .split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'));
        if !valid || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!(
                "\"{value}\" is not a valid email link (expected mailto:name@example.ac.uk)"
            ));
        }
        return Ok(LinkKind::Mailto);
    }
    if lower.starts_with("http://") {
        return Err(format!(
            "\"{value}\" uses http://, which is not secure; use https://"
        ));
    }
    let scheme = lower
        .split_once(':')
        .map(|(scheme, _)| scheme)
        .filter(|s| is_scheme(s));
    match scheme {
        Some(scheme) => Err(format!(
            "links must start with https:// or mailto:, not {scheme}:"
        )),
        None => Err(format!(
            "\"{value}\" is not a link; links must start with https:// or mailto:"
        )),
    }
}

/// A URL scheme as RFC 3986 has it: a letter, then letters, digits, `+`, `-` or `.`.
pub(crate) fn is_scheme(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

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
    let (length, control) = if value.is_ascii() {
        (value.len(), ascii_has_control(value.as_bytes()))
    } else {
        let control = value.chars().any(|c| c.is_control() && c != '\n');
        (value.chars().count(), control)
    };
    if length > max {
        Some(format!("is {length} characters long; the limit is {max}"))
    } else if control {
        Some("contains a control character (tab or similar); remove it".to_string())
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
                self.problem(&item(), format!("\"{value}\" appears twice"));
            }
        }
    }

    /// An id (`crate::ids`: they appear in URLs).
    pub fn id(&mut self, field: &str, value: &str) {
        if !crate::ids::is_valid_id(value) {
            self.problem(
                field,
                format!("\"{value}\" is not a valid id: use 1–64 lower-case letters, digits and hyphens, e.g. \"ucl-hr-generalists\""),
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
    fn allows_only_https_and_mailto() {
        assert_eq!(
            classify_link("https://www.ucl.ac.uk/x?y#z"),
            Ok(LinkKind::Https)
        );
        assert_eq!(classify_link("HTTPS://Example.org"), Ok(LinkKind::Https));
        assert_eq!(
            classify_link("mailto:cop@example.ac.uk"),
            Ok(LinkKind::Mailto)
        );
        assert_eq!(
            classify_link("mailto:cop@example.ac.uk?subject=Join"),
            Ok(LinkKind::Mailto)
        );
        assert_eq!(
            classify_link("javascript:alert(1)"),
            Err("links must start with https:// or mailto:, not javascript:".into())
        );
        assert_eq!(
            classify_link(" JavaScript:alert(1)"),
            Err("links must start with https:// or mailto:, not javascript:".into())
        );
        assert_eq!(
            classify_link("data:text/html,x"),
            Err("links must start with https:// or mailto:, not data:".into())
        );
        assert_eq!(
            classify_link("http://example.org"),
            Err("\"http://example.org\" uses http://, which is not secure; use https://".into())
        );
        assert!(classify_link("https://").is_err());
        assert!(classify_link("https://nodot").is_err());
        assert!(classify_link("https://a.b/with space").is_err());
        assert!(classify_link("mailto:nobody").is_err());
        assert!(classify_link("www.example.org").is_err());
    }

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
