//! The institution's part of the accessibility statement (`site.json`,
//! `accessibility`): the compliance status it has assessed, where to report
//! a problem, the statement's dates, its own testing and the issues it knows
//! of. The statement's wording about the app itself is the view's
//! (`src/pages/accessibility.rs`); nothing here is invented for an
//! institution that has not said it, so every field is optional.

use serde::Deserialize;

use crate::content::{Entry, LinkKind, classify_link};
use crate::date::{Date, future_date_problem};

/// Limits, shared with `public/schema/site.schema.json`.
pub const MAX_MANUAL_TESTING: usize = 1000;
pub const MAX_KNOWN_ISSUES: usize = 30;
pub const MAX_KNOWN_ISSUE: usize = 400;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// How far the site meets WCAG 2.2 AA, as the institution has assessed it.
    #[serde(default)]
    pub status: Option<Compliance>,
    /// Where to report a problem or ask for another format: `mailto:` or `https://`.
    #[serde(default)]
    pub contact: Option<String>,
    /// When the statement was first prepared, `YYYY-MM-DD`.
    #[serde(default)]
    pub prepared: Option<String>,
    /// When it was last reviewed, `YYYY-MM-DD`.
    #[serde(default)]
    pub reviewed: Option<String>,
    /// The institution's own checks, in its words (who, what, when).
    #[serde(default)]
    pub manual_testing: Option<String>,
    /// Content that fails WCAG 2.2 AA, one sentence each, in plain words.
    #[serde(default)]
    pub known_issues: Vec<String>,
}

/// The three statuses of the regulations' model statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Compliance {
    FullyCompliant,
    PartiallyCompliant,
    NotCompliant,
}

impl Compliance {
    /// As the statement says it: "partially compliant".
    pub fn words(self) -> &'static str {
        match self {
            Compliance::FullyCompliant => "fully compliant",
            Compliance::PartiallyCompliant => "partially compliant",
            Compliance::NotCompliant => "not compliant",
        }
    }

    /// As site.json spells it.
    pub fn key(self) -> &'static str {
        match self {
            Compliance::FullyCompliant => "fully-compliant",
            Compliance::PartiallyCompliant => "partially-compliant",
            Compliance::NotCompliant => "not-compliant",
        }
    }
}

/// Where to report a problem, as the page shows it: the address itself is
/// the link's text, so the text can never hide a different address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    /// `href` is the whole `mailto:` link; `address` is what to show.
    Email {
        href: String,
        address: String,
    },
    Page {
        href: String,
    },
}

impl Contact {
    pub fn href(&self) -> &str {
        match self {
            Contact::Email { href, .. } | Contact::Page { href } => href,
        }
    }

    /// The link's text: the email address, or the web address.
    pub fn text(&self) -> &str {
        match self {
            Contact::Email { address, .. } => address,
            Contact::Page { href } => href,
        }
    }
}

impl Accessibility {
    /// The contact, if there is one the link allow-list accepts (loaded data
    /// always passes; anything else is never shown as a link).
    pub fn contact(&self) -> Option<Contact> {
        let href = self.contact.as_deref()?.trim();
        match classify_link(href).ok()? {
            LinkKind::Https => Some(Contact::Page {
                href: href.to_string(),
            }),
            LinkKind::Mailto => {
                let address = href
                    .get("mailto:".len()..)?
                    .split('?')
                    .next()
                    .unwrap_or_default()
                    .to_string();
                Some(Contact::Email {
                    href: href.to_string(),
                    address,
                })
            }
        }
    }

    pub fn prepared_on(&self) -> Option<Date> {
        self.prepared.as_deref().and_then(|d| Date::parse(d).ok())
    }

    pub fn reviewed_on(&self) -> Option<Date> {
        self.reviewed.as_deref().and_then(|d| Date::parse(d).ok())
    }

    /// The rules, reported on `site.json`'s top level as `accessibility.FIELD`.
    /// `today`, when known, refuses dates in the future.
    pub(super) fn check(&self, top: &mut Entry<'_>, today: Option<Date>) {
        if let Some(contact) = &self.contact {
            top.link("accessibility.contact", contact);
        }
        let prepared = date(
            top,
            "prepared",
            self.prepared.as_deref(),
            today,
            "write the date the statement was first published",
        );
        let reviewed = date(
            top,
            "reviewed",
            self.reviewed.as_deref(),
            today,
            "write the date the statement was last reviewed",
        );
        match (self.prepared.as_deref(), prepared, reviewed) {
            (None, _, Some(_)) => top.problem(
                "accessibility.reviewed",
                "a review date needs the date the statement was first prepared: add accessibility.prepared (YYYY-MM-DD)",
            ),
            (_, Some(prepared), Some(reviewed)) if reviewed < prepared => top.problem(
                "accessibility.reviewed",
                format!(
                    "{reviewed} is before the statement was prepared ({prepared}); the last review cannot come before the first version — check both dates"
                ),
            ),
            _ => {}
        }
        top.optional_text(
            "accessibility.manual_testing",
            self.manual_testing.as_deref(),
            MAX_MANUAL_TESTING,
        );
        top.text_list(
            "accessibility.known_issues",
            &self.known_issues,
            MAX_KNOWN_ISSUES,
            MAX_KNOWN_ISSUE,
        );
        // The statement's sentence for each status must agree with the list.
        match self.status {
            Some(Compliance::FullyCompliant) if !self.known_issues.is_empty() => top.problem(
                "accessibility.status",
                "is \"fully-compliant\" but accessibility.known_issues lists problems; choose \"partially-compliant\" or \"not-compliant\", or remove the issues that are fixed",
            ),
            Some(status @ (Compliance::PartiallyCompliant | Compliance::NotCompliant))
                if self.known_issues.is_empty() =>
            {
                top.problem(
                    "accessibility.status",
                    format!(
                        "is \"{}\", so the statement must say what fails: list each problem in accessibility.known_issues",
                        status.key()
                    ),
                )
            }
            _ => {}
        }
    }
}

/// A statement date: a real `YYYY-MM-DD`, not in the future.
fn date(
    top: &mut Entry<'_>,
    field: &str,
    value: Option<&str>,
    today: Option<Date>,
    advice: &str,
) -> Option<Date> {
    let text = value?;
    let problem = match Date::parse(text) {
        Ok(date) => match future_date_problem(text, date, today, advice) {
            None => return Some(date),
            Some(message) => message,
        },
        Err(message) => message,
    };
    top.problem(&format!("accessibility.{field}"), problem);
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{load, load_as_of};
    use crate::site::SiteFile;

    fn site(json: &str) -> SiteFile {
        load::<SiteFile>(json.as_bytes()).unwrap()
    }

    fn error(json: &str) -> String {
        let today = Date::parse("2026-06-30").unwrap();
        load_as_of::<SiteFile>(json.as_bytes(), today)
            .unwrap_err()
            .to_string()
    }

    /// The repository's site.json is the sample institution's: it must not
    /// carry a contact nobody answers.
    #[test]
    fn the_sample_publishes_no_invented_contact() {
        let sample = load::<SiteFile>(include_bytes!("../../../../public/data/site.json")).unwrap();
        assert_eq!(
            sample
                .accessibility
                .as_ref()
                .and_then(Accessibility::contact),
            None
        );
    }

    #[test]
    fn reads_every_field() {
        let full = site(
            r#"{"accessibility": {
                "status": "partially-compliant",
                "contact": "mailto:access@example.ac.uk?subject=Accessibility",
                "prepared": "2025-09-01", "reviewed": "2026-03-15",
                "manual_testing": "Tested with NVDA and VoiceOver by the digital team.",
                "known_issues": ["Two directory entries link to PDF forms without tags."]
            }}"#,
        );
        let a = full.accessibility.unwrap();
        assert_eq!(a.status, Some(Compliance::PartiallyCompliant));
        assert_eq!(a.status.unwrap().words(), "partially compliant");
        let contact = a.contact().unwrap();
        assert_eq!(
            contact.href(),
            "mailto:access@example.ac.uk?subject=Accessibility"
        );
        assert_eq!(contact.text(), "access@example.ac.uk");
        assert_eq!(a.prepared_on().unwrap().long(), "1 September 2025");
        assert_eq!(a.reviewed_on().unwrap().long(), "15 March 2026");

        let page = site(r#"{"accessibility": {"contact": "https://example.ac.uk/access"}}"#);
        let contact = page.accessibility.unwrap().contact().unwrap();
        assert_eq!(
            contact,
            Contact::Page {
                href: "https://example.ac.uk/access".into()
            }
        );
        assert_eq!(contact.text(), "https://example.ac.uk/access");
        // An empty object is allowed: nothing is claimed.
        let empty = site(r#"{"accessibility": {}}"#).accessibility.unwrap();
        assert_eq!(
            (empty.status, empty.contact(), empty.prepared_on()),
            (None, None, None)
        );
    }

    #[test]
    fn refuses_what_the_statement_cannot_say() {
        for (json, expected) in [
            (
                r#"{"accessibility": {"contact": "javascript:alert(1)"}}"#,
                "site.json: field `accessibility.contact`: links must start with https:// or mailto:, not javascript:.",
            ),
            (
                r#"{"accessibility": {"prepared": "01/09/2025"}}"#,
                "site.json: field `accessibility.prepared`: \"01/09/2025\" is not a date in the form YYYY-MM-DD, e.g. 2025-06-30.",
            ),
            (
                r#"{"accessibility": {"prepared": "2025-09-01", "reviewed": "2999-01-01"}}"#,
                "site.json: field `accessibility.reviewed`: is 2999-01-01, which is in the future; write the date the statement was last reviewed.",
            ),
            (
                r#"{"accessibility": {"prepared": "2026-01-10", "reviewed": "2025-12-01"}}"#,
                "site.json: field `accessibility.reviewed`: 2025-12-01 is before the statement was prepared (2026-01-10); the last review cannot come before the first version — check both dates.",
            ),
            (
                r#"{"accessibility": {"reviewed": "2025-12-01"}}"#,
                "site.json: field `accessibility.reviewed`: a review date needs the date the statement was first prepared: add accessibility.prepared (YYYY-MM-DD).",
            ),
            (
                r#"{"accessibility": {"status": "fully-compliant", "known_issues": ["x"]}}"#,
                "site.json: field `accessibility.status`: is \"fully-compliant\" but accessibility.known_issues lists problems; choose \"partially-compliant\" or \"not-compliant\", or remove the issues that are fixed.",
            ),
            (
                r#"{"accessibility": {"status": "not-compliant"}}"#,
                "site.json: field `accessibility.status`: is \"not-compliant\", so the statement must say what fails: list each problem in accessibility.known_issues.",
            ),
        ] {
            assert_eq!(error(json), expected, "{json}");
        }
        assert!(
            error(r#"{"accessibility": {"status": "compliant"}}"#)
                .contains("unknown value `compliant`, expected one of `fully-compliant`, `partially-compliant`, `not-compliant`")
        );
        assert!(
            error(r#"{"accessibility": {"email": "a@b.c"}}"#).contains("unknown field `email`")
        );
        // Without a clock (plain `load`), a future date is not looked for.
        assert!(load::<SiteFile>(br#"{"accessibility": {"prepared": "2999-01-01"}}"#).is_ok());
    }
}
