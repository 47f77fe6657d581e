//! The community directory (`directory.json`): the model and its rules.

use serde::{Deserialize, Serialize};

pub mod browse;
pub mod changes;
pub mod csv;
pub mod facets;
pub mod freshness;
pub mod meetings;
pub mod save;
pub mod search;
mod set_aside;
pub mod state;
pub mod stats;
pub mod suggestion;

pub use set_aside::{NoticePart, SetAside};

use super::content::link::{check_https_only, check_plain_email};
use super::content::{Checker, ContentFile, Entry, PlacedIssue, classify_link};
use super::date::{Date, future_date_problem, parse_partial_date};

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryFile {
    /// Lets editors' tools find the JSON Schema; ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// A community whose `last_reviewed` is older than this is flagged "needs review".
    #[serde(default = "default_review_after_months")]
    pub review_after_months: u32,
    pub communities: Vec<Community>,
    /// Communities left out because they break a rule (only when loaded
    /// with `content::load_lenient`, as the app does); the directory view
    /// names them ([`DirectoryFile::set_aside_notice_parts`]).
    #[serde(skip)]
    pub set_aside: Vec<SetAside>,
}

fn default_review_after_months() -> u32 {
    12
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Community {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub organisation: String,
    pub service_area: String,
    pub summary: String,
    pub topics: Vec<String>,
    /// Who can join, in words.
    pub audience: String,
    /// How to join: an https link, a mailto link, or words. Absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<String>,
    /// A fixed schedule ("monthly on the second Tuesday, 12:30–13:30"),
    /// when the community has one; `cadence` says it in words otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meetings: Option<meetings::Meetings>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<u32>,
    /// The sponsor as a role ("a member of the Senior Management Team").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor: Option<String>,
    /// Leads as roles, unless the data owner chooses to publish names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leads: Vec<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded: Option<String>,
    /// `YYYY-MM-DD`: when this entry was last checked.
    pub last_reviewed: String,
    /// Other names people search by ("HR").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Where the facts in this entry come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The public page the entry's facts come from: https only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// A page where people join (a sign-up form, a list's page): https only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
    /// The community's team or channel in Microsoft Teams: https on a Teams host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teams_url: Option<String>,
    /// The leads' email address, one plain address (shown as a mailto link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    /// Who answers `contact_email`: a name or a role. Needs `contact_email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_name: Option<String>,
}

/// The hosts Microsoft Teams links use (work, new domain, personal): a
/// link shown as "Join on Microsoft Teams" must go to Teams.
pub const TEAMS_HOSTS: [&str; 3] = [
    "teams.microsoft.com",
    "teams.cloud.microsoft",
    "teams.live.com",
];

/// A rule for a link field: `Err` holds the message.
type LinkRule = fn(&str) -> Result<(), String>;

fn check_teams_link(value: &str) -> Result<(), String> {
    check_https_only(value)?;
    // An allowed https link: the host runs from after `//` to the first
    // `/`, `?`, `#` or `:` (no userinfo: refused above).
    let host = value.trim_start()["https://".len()..]
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    if TEAMS_HOSTS
        .iter()
        .any(|teams| host.eq_ignore_ascii_case(teams))
    {
        Ok(())
    } else {
        Err(format!(
            "\"{value}\" is not a Microsoft Teams link (teams.microsoft.com, teams.cloud.microsoft or teams.live.com); put other web pages in join_url"
        ))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    CommunityOfPractice,
    ProfessionalNetwork,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Online,
    InPerson,
    Hybrid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Active,
    Dormant,
    Archived,
}

/// The enumerations a facet filters on: each has a stable slug (the same
/// as in the JSON and in URLs, `in-person`) and a label for people.
pub trait Choice: Copy + Eq + 'static {
    const ALL: &'static [Self];
    fn slug(self) -> &'static str;
    fn label(self) -> &'static str;

    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.slug() == slug)
    }
}

impl DirectoryFile {
    /// How many communities of `kind` the directory lists, so that links to
    /// "every professional network" are offered only when there is one.
    pub fn count_of_kind(&self, kind: Kind) -> usize {
        self.communities.iter().filter(|c| c.kind == kind).count()
    }
}

impl Choice for Kind {
    const ALL: &'static [Kind] = &[Kind::CommunityOfPractice, Kind::ProfessionalNetwork];

    fn slug(self) -> &'static str {
        match self {
            Kind::CommunityOfPractice => "community-of-practice",
            Kind::ProfessionalNetwork => "professional-network",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::CommunityOfPractice => "Community of practice",
            Kind::ProfessionalNetwork => "Professional network",
        }
    }
}

impl Choice for Format {
    const ALL: &'static [Format] = &[Format::Online, Format::InPerson, Format::Hybrid];

    fn slug(self) -> &'static str {
        match self {
            Format::Online => "online",
            Format::InPerson => "in-person",
            Format::Hybrid => "hybrid",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Format::Online => "Online",
            Format::InPerson => "In person",
            Format::Hybrid => "Hybrid",
        }
    }
}

impl Choice for Status {
    const ALL: &'static [Status] = &[Status::Active, Status::Dormant, Status::Archived];

    fn slug(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Dormant => "dormant",
            Status::Archived => "archived",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Status::Active => "Active",
            Status::Dormant => "Dormant",
            Status::Archived => "Archived",
        }
    }
}

/// How a person joins, as the view should present it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinBy<'a> {
    Link(&'a str),
    Email(&'a str),
    Text(&'a str),
    Unknown,
}

impl Community {
    /// A `join` value that looks like a link (`scheme:` and no spaces) must be
    /// an allowed link; anything else is shown as words.
    pub fn join_by(&self) -> JoinBy<'_> {
        match self.join.as_deref() {
            None => JoinBy::Unknown,
            Some(join) if looks_like_link(join) => match classify_link(join) {
                Ok(super::content::LinkKind::Https) => JoinBy::Link(join),
                Ok(super::content::LinkKind::Mailto) => JoinBy::Email(join),
                // Validation refuses these; never render them as links.
                Err(_) => JoinBy::Text(join),
            },
            Some(join) => JoinBy::Text(join),
        }
    }

    /// Whether the entry gives a way in: a join page, a Teams link, the
    /// leads' address, or a link or address in `join`. Without one the
    /// view says so plainly.
    pub fn has_joining_route(&self) -> bool {
        self.join_url.is_some()
            || self.teams_url.is_some()
            || self.contact_email.is_some()
            || matches!(self.join_by(), JoinBy::Link(_) | JoinBy::Email(_))
    }

    /// The address to show beside "Contact the leads": `contact_email`, or
    /// else the address of a `mailto:` link in `join` (without its query).
    pub fn contact_address(&self) -> Option<&str> {
        self.contact_email.as_deref().or(match self.join_by() {
            JoinBy::Email(link) => link
                .strip_prefix("mailto:")
                .and_then(|rest| rest.split('?').next())
                .filter(|address| !address.is_empty()),
            _ => None,
        })
    }

    /// The community's fixed schedule, if it has one that follows the
    /// rules (validation guarantees it for loaded data).
    pub fn schedule(&self) -> Option<meetings::Schedule> {
        self.meetings.as_ref()?.schedule().ok()
    }

    /// Parsed `last_reviewed`, if valid (validation guarantees it for loaded data).
    pub fn reviewed(&self) -> Option<Date> {
        Date::parse(&self.last_reviewed).ok()
    }

    /// Due for review: `months` or more whole months since `last_reviewed`
    /// (a date in the future, from a wrong clock, is not due).
    pub fn needs_review(&self, today: Date, months: u32) -> bool {
        self.reviewed()
            .is_some_and(|reviewed| reviewed.months_until(today) >= months as i32)
    }
}

impl Community {
    /// The directory's rules for one entry, reported on `entry` (the
    /// validator's and the app's, and the content studio's for a suggested
    /// entry: `suggestion.rs`). `today`: dates after tomorrow are refused.
    pub fn check(&self, entry: &mut Entry<'_>, today: Option<Date>) {
        let community = self;
        entry.id("id", &community.id);
        entry.text("name", &community.name, 120);
        entry.text("organisation", &community.organisation, 120);
        entry.text("service_area", &community.service_area, 80);
        entry.text("summary", &community.summary, 600);
        entry.text("audience", &community.audience, 300);
        if community.topics.is_empty() {
            entry.problem(
                "topics",
                "list at least one topic, so people can find the community",
            );
        }
        entry.text_list("topics", &community.topics, 20, 60);
        entry.text_list("aliases", &community.aliases, 10, 60);
        entry.text_list("leads", &community.leads, 10, 120);
        entry.optional_text("cadence", community.cadence.as_deref(), 120);
        if let Some(meetings) = &community.meetings {
            check_meetings(entry, community, meetings);
        }
        entry.optional_text("sponsor", community.sponsor.as_deref(), 160);
        entry.optional_text("source", community.source.as_deref(), 300);
        if let Some(join) = &community.join {
            entry.optional_text("join", Some(join), 300);
            if looks_like_link(join) {
                entry.link("join", join);
            }
        }
        let links: [(&str, &Option<String>, LinkRule); 4] = [
            ("join_url", &community.join_url, check_https_only),
            ("teams_url", &community.teams_url, check_teams_link),
            ("contact_email", &community.contact_email, check_plain_email),
            ("source_url", &community.source_url, check_https_only),
        ];
        for (field, value, check) in links {
            if let Some(Err(message)) = value.as_deref().map(check) {
                entry.problem(field, message);
            }
        }
        entry.optional_text("contact_name", community.contact_name.as_deref(), 120);
        if community.contact_name.is_some() && community.contact_email.is_none() {
            entry.problem(
                "contact_name",
                "give contact_email too: the name is shown with the address people write to",
            );
        }
        if let Some(founded) = &community.founded {
            let problem = parse_partial_date(founded).map(|date| {
                future_date_problem(
                    founded,
                    date,
                    today,
                    "write the year (or month) the community started",
                )
            });
            match problem {
                Err(message) | Ok(Some(message)) => entry.problem("founded", message),
                Ok(None) => {}
            }
        }
        let problem = Date::parse(&community.last_reviewed).map(|date| {
            future_date_problem(
                &community.last_reviewed,
                date,
                today,
                "write the date the entry was last checked",
            )
        });
        match problem {
            Err(message) | Ok(Some(message)) => entry.problem("last_reviewed", message),
            Ok(None) => {}
        }
    }
}

/// The rules for `meetings`: each field's own (`Meetings::schedule`), the
/// place's text, and agreeing with `format`.
fn check_meetings(
    entry: &mut crate::content::Entry<'_>,
    community: &Community,
    meetings: &meetings::Meetings,
) {
    if let Err(problems) = meetings.schedule() {
        for (field, message) in problems {
            entry.problem(field, message);
        }
    }
    entry.optional_text("meetings.place", meetings.place.as_deref(), 200);
    let where_ = meetings.where_.as_deref();
    let clash = match (community.format, where_) {
        (Some(Format::Online), Some("in person")) => Some("online"),
        (Some(Format::InPerson), Some("online")) => Some("in-person"),
        _ => None,
    };
    if let (Some(format), Some(where_)) = (clash, where_) {
        entry.problem(
            "meetings.where",
            format!(
                "is \"{where_}\", but format is \"{format}\"; make them agree (a community that meets both ways is \"hybrid\")"
            ),
        );
    }
}

fn looks_like_link(value: &str) -> bool {
    let value = value.trim();
    !value.contains(char::is_whitespace)
        && value
            .split_once(':')
            .is_some_and(|(scheme, _)| crate::content::check::is_scheme(scheme))
}

impl ContentFile for DirectoryFile {
    const FILE: &'static str = "directory.json";
    const WHAT: &'static str = "the community directory";

    /// Communities that break a rule are left out; a rule of the file as a
    /// whole (`review_after_months`) keeps the whole file out. Of two with
    /// the same id, the first stays.
    fn set_aside(&mut self, issues: &[PlacedIssue]) -> bool {
        set_aside::leave_out(self, issues)
    }

    fn check(&self, checker: &mut Checker) {
        if !(1..=120).contains(&self.review_after_months) {
            checker
                .top()
                .problem("review_after_months", "must be between 1 and 120 months");
        }
        let today = checker.today();
        for (index, community) in self.communities.iter().enumerate() {
            let mut entry = checker.entry("communities", index, &community.id);
            community.check(&mut entry, today);
        }
        checker.unique_ids(
            "communities",
            self.communities.iter().map(|c| c.id.as_str()),
        );
    }
}

#[cfg(test)]
mod tests;
