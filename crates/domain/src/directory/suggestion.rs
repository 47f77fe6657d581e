//! "Suggest a community" (issue 15, the content studio): a form for staff,
//! checked by the directory's own rules, that becomes an email to the
//! directory's editors (`site.json`'s `directory_contact`). The email says
//! what was suggested in words and carries the entry as JSON between two
//! marker lines; an editor pastes the email into the studio, which reads the
//! entry back with [`parse_suggestion_paste`].
//!
//! The form asks only what a colleague can be expected to know. Fields the
//! directory requires and the form leaves optional (organisation, service
//! area, topics) are filled with [`TO_BE_CONFIRMED`], which passes the rules
//! and which the editor replaces ([`unconfirmed_fields`] lists them).

use std::collections::HashSet;

use super::freshness::how_to_join;
use super::save::community_to_json;
use super::{Choice, Community, Kind, Status};
use crate::content::link::check_plain_email;
use crate::content::{Checker, Issue, Problem, parse_json};
use crate::date::Date;
use crate::import::columns::{Separator, split_values};
use crate::import::ids::unique_id;
use crate::mailto::mailto_url;

/// The value of a required directory field the suggestion left out.
pub const TO_BE_CONFIRMED: &str = "To be confirmed";
/// The line before the entry in a suggestion's email.
pub const BLOCK_START: &str = "--- CoP Navigator suggestion (paste into the studio) ---";
/// The line after it.
pub const BLOCK_END: &str = "--- end ---";

/// What a member of staff fills in. Every field is text as typed (blank:
/// not given); `kind` defaults to a community of practice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suggestion {
    pub name: String,
    /// What it is about: the entry's `summary`.
    pub about: String,
    /// Who it is for: `audience`.
    pub audience: String,
    /// Words, an https:// link (`join_url`) or an email address (`join`, as
    /// a mailto: link, unless it is the contact's address). Optional.
    pub how_to_join: String,
    /// One email address people can write to: `contact_email`. Required.
    pub contact: String,
    pub organisation: String,
    pub service_area: String,
    /// Separated by commas or semicolons.
    pub topics: String,
    pub kind: Option<Kind>,
}

/// A field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    About,
    Audience,
    HowToJoin,
    Contact,
    Organisation,
    ServiceArea,
    Topics,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Name,
        Field::About,
        Field::Audience,
        Field::HowToJoin,
        Field::Contact,
        Field::Organisation,
        Field::ServiceArea,
        Field::Topics,
    ];

    /// The form's label for it.
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Name",
            Field::About => "What it is about",
            Field::Audience => "Who it is for",
            Field::HowToJoin => "How to join",
            Field::Contact => "Contact email",
            Field::Organisation => "Organisation",
            Field::ServiceArea => "Service area",
            Field::Topics => "Topics",
        }
    }

    /// The form field a directory field's problem belongs to (`topics[2]`
    /// is `Topics`); `None` for fields the form does not set.
    fn of_entry_field(field: &str) -> Option<Field> {
        let field = field.split('[').next().unwrap_or(field);
        Some(match field {
            "name" => Field::Name,
            "summary" => Field::About,
            "audience" => Field::Audience,
            "join" | "join_url" => Field::HowToJoin,
            "contact_email" => Field::Contact,
            "organisation" => Field::Organisation,
            "service_area" => Field::ServiceArea,
            "topics" => Field::Topics,
            _ => return None,
        })
    }
}

/// What is wrong with one field, in the directory's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: Field,
    pub message: String,
}

/// The email to the directory's editors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestionEmail {
    pub subject: String,
    pub body: String,
    pub mailto: String,
}

/// How the form's "how to join" is stored.
enum JoinBy<'a> {
    None,
    Page(&'a str),
    Address(&'a str),
    Words(&'a str),
}

fn join_by(text: &str) -> JoinBy<'_> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    if text.is_empty() {
        JoinBy::None
    } else if lower.starts_with("https:") {
        JoinBy::Page(text)
    } else if !text.contains(char::is_whitespace) && !text.contains(':') && text.contains('@') {
        JoinBy::Address(text)
    } else {
        // Words, a mailto: link, or another scheme (refused by the rules).
        JoinBy::Words(text)
    }
}

/// One text as the entry stores it: trimmed, line breaks as `\n`.
fn tidy(text: &str) -> String {
    text.trim().replace("\r\n", "\n").replace('\r', "\n")
}

fn or_to_be_confirmed(text: &str) -> String {
    match tidy(text) {
        text if text.is_empty() => TO_BE_CONFIRMED.to_string(),
        text => text,
    }
}

impl Suggestion {
    /// Each field's problems, by the rules `make validate` applies to a
    /// directory entry (lengths, blank text, invisible characters, links and
    /// addresses), plus the form's own: a contact address is required.
    pub fn check(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        if self.contact.trim().is_empty() {
            problems.push(FieldProblem {
                field: Field::Contact,
                message: "give an email address people can write to, as in name@example.ac.uk"
                    .to_string(),
            });
        }
        // The date and id are the form's own, so always valid.
        let today = Date {
            year: 2000,
            month: 1,
            day: 1,
        };
        let community = self.to_community(today, &HashSet::new());
        for issue in entry_issues(&community) {
            let Some(field) = Field::of_entry_field(&issue.field) else {
                continue;
            };
            let message = match join_by(&self.how_to_join) {
                // Said of the address as typed, not of the mailto: link made from it.
                JoinBy::Address(address) if issue.field == "join" => {
                    check_plain_email(address).err().unwrap_or(issue.message)
                }
                _ => issue.message,
            };
            problems.push(FieldProblem { field, message });
        }
        problems
    }

    /// The entry this suggestion makes: an id from its name unique among
    /// `existing_ids`, active, reviewed `today`.
    pub fn to_community(&self, today: Date, existing_ids: &HashSet<String>) -> Community {
        let name = tidy(&self.name);
        let contact = tidy(&self.contact);
        let (join, join_url) = match join_by(&self.how_to_join) {
            JoinBy::None => (None, None),
            JoinBy::Page(link) => (None, Some(link.to_string())),
            JoinBy::Address(address) if address.eq_ignore_ascii_case(&contact) => (None, None),
            JoinBy::Address(address) => (Some(format!("mailto:{address}")), None),
            JoinBy::Words(words) => (Some(tidy(words)), None),
        };
        // People type either separator, or both.
        let topics = match split_values(&self.topics.replace(';', ","), Separator::Comma) {
            topics if topics.is_empty() => vec![TO_BE_CONFIRMED.to_string()],
            topics => topics,
        };
        Community {
            id: unique_id(&name, &mut existing_ids.clone()),
            name,
            kind: self.kind.unwrap_or(Kind::CommunityOfPractice),
            organisation: or_to_be_confirmed(&self.organisation),
            service_area: or_to_be_confirmed(&self.service_area),
            summary: tidy(&self.about),
            topics,
            audience: tidy(&self.audience),
            join,
            format: None,
            cadence: None,
            meetings: None,
            status: Status::Active,
            members: None,
            sponsor: None,
            leads: Vec::new(),
            founded: None,
            last_reviewed: today.to_string(),
            aliases: Vec::new(),
            source: None,
            source_url: None,
            join_url,
            teams_url: None,
            contact_email: (!contact.is_empty()).then_some(contact),
            contact_name: None,
        }
    }

    /// The text of form field `field`.
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Name => &self.name,
            Field::About => &self.about,
            Field::Audience => &self.audience,
            Field::HowToJoin => &self.how_to_join,
            Field::Contact => &self.contact,
            Field::Organisation => &self.organisation,
            Field::ServiceArea => &self.service_area,
            Field::Topics => &self.topics,
        }
    }

    pub fn set(&mut self, field: Field, text: String) {
        let slot = match field {
            Field::Name => &mut self.name,
            Field::About => &mut self.about,
            Field::Audience => &mut self.audience,
            Field::HowToJoin => &mut self.how_to_join,
            Field::Contact => &mut self.contact,
            Field::Organisation => &mut self.organisation,
            Field::ServiceArea => &mut self.service_area,
            Field::Topics => &mut self.topics,
        };
        *slot = text;
    }

    /// The email to the directory's editors (`directory_contact`; `None`:
    /// the sender chooses the recipient). Refused while the form has a
    /// problem, naming the first.
    pub fn email(
        &self,
        directory_contact: Option<&str>,
        today: Date,
        existing_ids: &HashSet<String>,
    ) -> Result<SuggestionEmail, String> {
        if let Some(problem) = self.check().first() {
            return Err(format!(
                "Correct the form first: {}: {}.",
                problem.field.label(),
                problem.message
            ));
        }
        let community = self.to_community(today, existing_ids);
        let subject = format!(
            "Suggestion for the communities directory: {}",
            community.name
        );
        let body = suggestion_body(&community);
        let to: Vec<&str> = directory_contact.into_iter().collect();
        let mailto = mailto_url(&to, &subject, &body)?;
        Ok(SuggestionEmail {
            subject,
            body,
            mailto,
        })
    }
}

/// The email's text: the entry in words, then as JSON between the markers.
fn suggestion_body(community: &Community) -> String {
    let how_to_join = how_to_join(community).unwrap_or_else(|| "not given".to_string());
    let contact = community.contact_email.as_deref().unwrap_or("not given");
    format!(
        "Hello,\n\
         \n\
         I would like to suggest a community for the directory of communities of practice.\n\
         \n\
         Name: {name}\n\
         What it is about: {about}\n\
         Who it is for: {audience}\n\
         How to join: {how_to_join}\n\
         Contact: {contact}\n\
         Organisation: {organisation}\n\
         Service area: {service_area}\n\
         Kind: {kind}\n\
         Topics: {topics}\n\
         \n\
         For the directory editors: paste this whole email into the content studio to add the entry.\n\
         \n\
         {BLOCK_START}\n\
         ```json\n\
         {json}\n\
         ```\n\
         {BLOCK_END}\n",
        name = community.name,
        about = community.summary,
        audience = community.audience,
        organisation = community.organisation,
        service_area = community.service_area,
        kind = community.kind.label(),
        topics = community.topics.join("; "),
        json = community_to_json(community),
    )
}

/// The directory fields of a draft still holding [`TO_BE_CONFIRMED`], for
/// the editor to fill in before publishing.
pub fn unconfirmed_fields(community: &Community) -> Vec<&'static str> {
    let mut fields = Vec::new();
    if community.organisation == TO_BE_CONFIRMED {
        fields.push("organisation");
    }
    if community.service_area == TO_BE_CONFIRMED {
        fields.push("service_area");
    }
    if community
        .topics
        .iter()
        .any(|topic| topic == TO_BE_CONFIRMED)
    {
        fields.push("topics");
    }
    fields
}

/// The directory's rules for one entry, as issues.
fn entry_issues(community: &Community) -> Vec<Issue> {
    let mut checker = Checker::default();
    community.check(&mut checker.entry("communities", 0, &community.id), None);
    checker.issues().to_vec()
}

/// A line of pasted text without quoting (`> `, `>> `) or indentation.
/// Safe for the JSON too: no JSON line starts with `>`, and the spaces
/// before a value are not part of it.
fn unquoted(line: &str) -> (&str, usize) {
    let text = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
    (text.trim_end(), line.chars().count() - text.chars().count())
}

/// Reads a suggestion's entry from a pasted email: the last block between
/// [`BLOCK_START`] and [`BLOCK_END`] (quoting, CRLF line breaks and text
/// around it are fine; lines a mail program wrapped are not mended), then
/// checks it with the directory's rules. `Err` says what is wrong and what
/// to do, with the line and column in the pasted text for broken JSON.
pub fn parse_suggestion_paste(text: &str) -> Result<Community, String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(start) = lines
        .iter()
        .rposition(|line| unquoted(line).0 == BLOCK_START)
    else {
        return Err(format!(
            "No suggestion found in the pasted text: paste the whole email, including the lines \"{BLOCK_START}\" and \"{BLOCK_END}\" and everything between them."
        ));
    };
    let Some(length) = lines[start + 1..]
        .iter()
        .position(|line| unquoted(line).0 == BLOCK_END)
    else {
        return Err(format!(
            "The suggestion in the pasted text has no \"{BLOCK_END}\" line after its entry: paste the whole email, down to and including that line."
        ));
    };
    // Each JSON line's number in the pasted text and how much quoting it lost.
    let mut json = String::new();
    let mut origin: Vec<(usize, usize)> = Vec::new();
    for (offset, line) in lines[start + 1..start + 1 + length].iter().enumerate() {
        let (content, stripped) = unquoted(line);
        if content.starts_with("```") {
            continue;
        }
        json.push_str(&line.chars().skip(stripped).collect::<String>());
        json.push('\n');
        origin.push((start + 2 + offset, stripped));
    }
    if json.trim().is_empty() {
        return Err(format!(
            "The suggestion in the pasted text has nothing between \"{BLOCK_START}\" and \"{BLOCK_END}\": paste the whole email as it was sent."
        ));
    }
    let community = parse_json::<Community>("suggestion", json.as_bytes()).map_err(|error| {
        let (at, what, path) = match error.problem {
            Problem::Syntax { at, message } => (at, "is not valid JSON", message),
            Problem::Structure {
                at, path, message, ..
            } => (
                at,
                "does not have the directory's fields",
                format!("at {path}: {message}"),
            ),
            // Not UTF-8 or empty cannot happen for text; say it plainly anyway.
            _ => return format!("The suggested entry could not be read: {error}"),
        };
        let (line, lost) = origin
            .get(at.line.saturating_sub(1))
            .copied()
            .unwrap_or((start + 2, 0));
        format!(
            "The suggested entry {what} (line {line}, column {} of the pasted text): {path}. The email may have been changed on the way; ask for the suggestion to be sent again, or correct the entry there.",
            at.column + lost
        )
    })?;
    let issues = entry_issues(&community);
    if !issues.is_empty() {
        let problems: Vec<String> = issues
            .iter()
            .map(|issue| format!("- field `{}`: {}", issue.field, issue.message))
            .collect();
        return Err(format!(
            "The suggested entry breaks the directory's rules:\n{}\nCorrect it in the pasted text, or ask whoever suggested it, then paste it again.",
            problems.join("\n")
        ));
    }
    Ok(community)
}

#[cfg(test)]
mod tests;
