//! Keeping the directory fresh (issue 15, the content studio): which entries
//! are due for review, a friendly reminder to each one's contact (as text
//! and as a `mailto:` link), one list of them all to paste into an email or
//! a chat, and marking an entry reviewed. Plain text only; the studio's view
//! shows it.

use super::{Community, DirectoryFile, JoinBy};
use crate::date::Date;
use crate::mailto::mailto_url;

/// An entry due for review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due<'a> {
    pub community: &'a Community,
    /// Its position in `communities`, to find it again to mark it reviewed.
    pub index: usize,
    /// When it was last reviewed; `None` when `last_reviewed` is not a date.
    pub reviewed: Option<Date>,
    /// Whole months from then to today.
    pub months_ago: Option<i32>,
    /// The directory's `review_after_months`.
    pub review_after_months: u32,
}

/// A reminder to one entry's contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub subject: String,
    pub body: String,
    /// The `mailto:` link to the contact address with this subject and body,
    /// or why there is none (the text can still be copied and sent).
    pub mailto: Result<String, String>,
}

/// The entries due for review on `today`, oldest review first (an entry
/// whose `last_reviewed` is not a date counts as never reviewed, so comes
/// first); entries reviewed as long ago keep the file's order. An entry
/// reviewed after `today` (a wrong clock) is not due.
pub fn due_for_review(directory: &DirectoryFile, today: Date) -> Vec<Due<'_>> {
    let months = directory.review_after_months;
    let mut due: Vec<Due<'_>> = directory
        .communities
        .iter()
        .enumerate()
        .filter(|(_, community)| {
            community.reviewed().is_none() || community.needs_review(today, months)
        })
        .map(|(index, community)| {
            let reviewed = community.reviewed();
            Due {
                community,
                index,
                reviewed,
                months_ago: reviewed.map(|date| date.months_until(today)),
                review_after_months: months,
            }
        })
        .collect();
    due.sort_by_key(|entry| entry.reviewed);
    due
}

/// Records that the entry was checked on `today`.
pub fn mark_reviewed(community: &mut Community, today: Date) {
    community.last_reviewed = today.to_string();
}

fn plural(count: i64, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

impl Due<'_> {
    /// "reviewed 14 months ago", or "never reviewed".
    pub fn overdue(&self) -> String {
        match self.months_ago {
            Some(months) => format!(
                "reviewed {} ago",
                plural(i64::from(months), "month", "months")
            ),
            None => "never reviewed".to_string(),
        }
    }

    /// The address a reminder goes to: `contact_email`, or the address of
    /// an email link in `join`.
    pub fn contact_address(&self) -> Option<&str> {
        self.community.contact_address()
    }

    /// Who to ask, for people: "Jo Bloggs, jo@example.ac.uk", the address
    /// alone, or the leads when there is no address.
    pub fn contact(&self) -> String {
        let community = self.community;
        let name = community.contact_name.as_deref().map(str::trim);
        match (name, self.contact_address()) {
            (Some(name), Some(address)) => format!("{name}, {address}"),
            (None, Some(address)) => address.to_string(),
            (name, None) => {
                let mut who: Vec<&str> = name.into_iter().collect();
                who.extend(community.leads.iter().map(|lead| lead.trim()));
                if who.is_empty() {
                    "none given".to_string()
                } else {
                    format!("no address; leads: {}", who.join("; "))
                }
            }
        }
    }

    /// The reminder to this entry's contact: what the entry says now, and
    /// a request to reply with changes or "still right".
    pub fn reminder(&self) -> Reminder {
        let community = self.community;
        let name = community.name.trim();
        let subject = format!("Is the directory entry for {name} still right?");
        let greeting = community
            .contact_name
            .as_deref()
            .map(str::trim)
            .unwrap_or("there");
        let when = match (self.reviewed, self.months_ago) {
            (Some(date), Some(months)) => format!(
                "this one was last checked {} ago, on {}",
                plural(i64::from(months), "month", "months"),
                date.long()
            ),
            _ => "we have no record of when this one was last checked".to_string(),
        };
        let body = format!(
            "Hello {greeting},\n\
             \n\
             You are the contact for {name} in our directory of communities of practice. \
             We ask each community to check its entry every {every}, so that people who find it \
             get the right details, and {when}.\n\
             \n\
             This is what the entry says now:\n\
             \n\
             {entry}\n\
             \n\
             Could you reply to this email with anything that has changed? \
             If it is all still right, a reply saying \"still right\" is all we need. \
             If the community no longer meets, please tell us and we will update the entry.\n\
             \n\
             Thank you,\n\
             The directory editors\n",
            every = plural(i64::from(self.review_after_months), "month", "months"),
            entry = entry_text(community),
        );
        let mailto = match self.contact_address() {
            Some(address) => mailto_url(&[address], &subject, &body),
            None => Err(format!(
                "{name} has no contact address (no contact_email, and no email link in join): copy the reminder and send it another way ({})",
                self.contact()
            )),
        };
        Reminder {
            subject,
            body,
            mailto,
        }
    }
}

/// An entry as lines of "Field: value", for people (reminders, suggestions).
pub fn entry_text(community: &Community) -> String {
    let given = |value: Option<&str>| {
        value
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .unwrap_or("not given")
            .to_string()
    };
    let leads = (!community.leads.is_empty()).then(|| community.leads.join("; "));
    let contact = match (
        community.contact_name.as_deref(),
        community.contact_address(),
    ) {
        (Some(name), Some(address)) => Some(format!("{}, {address}", name.trim())),
        (None, Some(address)) => Some(address.to_string()),
        (name, None) => name.map(str::to_string),
    };
    [
        format!("Name: {}", community.name.trim()),
        format!("About: {}", community.summary.trim()),
        format!("Who it is for: {}", community.audience.trim()),
        format!("How to join: {}", given(how_to_join(community).as_deref())),
        format!("Meets: {}", given(community.cadence.as_deref())),
        format!("Leads: {}", given(leads.as_deref())),
        format!("Contact: {}", given(contact.as_deref())),
    ]
    .join("\n")
}

/// Every way in the entry gives, in words: "https://…; on Microsoft Teams: https://…".
pub(super) fn how_to_join(community: &Community) -> Option<String> {
    let mut ways = Vec::new();
    match community.join_by() {
        JoinBy::Link(link) | JoinBy::Text(link) => ways.push(link.trim().to_string()),
        JoinBy::Email(link) => {
            let address = link
                .trim()
                .get("mailto:".len()..)
                .and_then(|rest| rest.split('?').next())
                .unwrap_or(link);
            ways.push(format!("email {address}"));
        }
        JoinBy::Unknown => {}
    }
    if let Some(url) = &community.join_url {
        ways.push(format!("sign up at {url}"));
    }
    if let Some(url) = &community.teams_url {
        ways.push(format!("on Microsoft Teams: {url}"));
    }
    (!ways.is_empty()).then(|| ways.join("; "))
}

/// Every entry due, as one plain-text list to paste into an email or a
/// chat: name, when last reviewed, who to ask.
pub fn due_list(due: &[Due<'_>], today: Date) -> String {
    if due.is_empty() {
        return format!(
            "No directory entries are due for review on {}.\n",
            today.long()
        );
    }
    let mut text = format!(
        "Directory entries due for review on {} ({}), oldest first:\n",
        today.long(),
        due.len()
    );
    for (number, entry) in due.iter().enumerate() {
        let when = match entry.reviewed {
            Some(date) => format!("{} ({})", entry.overdue(), date.long()),
            None => entry.overdue(),
        };
        text.push_str(&format!(
            "\n{}. {} — {when}\n   Contact: {}\n",
            number + 1,
            entry.community.name.trim(),
            entry.contact()
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{Kind, Status};
    use crate::mailto::Mailto;

    fn community(id: &str, name: &str, reviewed: &str) -> Community {
        Community {
            id: id.into(),
            name: name.into(),
            kind: Kind::CommunityOfPractice,
            organisation: "UCL".into(),
            service_area: "Finance".into(),
            summary: "Budgets, forecasts and month-end, shared.".into(),
            topics: vec!["budgets".into()],
            audience: "Finance staff".into(),
            join: None,
            format: None,
            cadence: None,
            meetings: None,
            status: Status::Active,
            members: None,
            sponsor: None,
            leads: Vec::new(),
            founded: None,
            last_reviewed: reviewed.into(),
            aliases: Vec::new(),
            source: None,
            source_url: None,
            join_url: None,
            teams_url: None,
            contact_email: None,
            contact_name: None,
        }
    }

    fn today() -> Date {
        Date::parse("2026-05-20").unwrap()
    }

    fn directory() -> DirectoryFile {
        let mut finance = community("finance", "Finance Network", "2025-03-01");
        finance.contact_name = Some("Jo Bloggs".into());
        finance.contact_email = Some("jo@example.ac.uk".into());
        finance.cadence = Some("Monthly, first Tuesday".into());
        finance.leads = vec!["Head of Finance".into(), "A finance manager".into()];
        finance.join_url = Some("https://forms.example.ac.uk/finance".into());
        let mut hr = community("hr", "HR Generalists", "not a date");
        hr.leads = vec!["Head of HR".into()];
        let mut data = community("data", "Data & Insight", "2024-05-20");
        data.join = Some("mailto:data@example.ac.uk?subject=Joining".into());
        let fresh = community("fresh", "Fresh Group", "2026-01-10");
        let future = community("future", "Future Group", "2026-09-01");
        DirectoryFile {
            schema: None,
            review_after_months: 12,
            communities: vec![finance, hr, fresh, data, future],
            set_aside: Vec::new(),
        }
    }

    #[test]
    fn lists_entries_due_oldest_first_with_how_overdue_and_contact() {
        let directory = directory();
        let due = due_for_review(&directory, today());
        let lines: Vec<(usize, String, String, String)> = due
            .iter()
            .map(|d| (d.index, d.community.id.clone(), d.overdue(), d.contact()))
            .collect();
        assert_eq!(
            lines,
            [
                (
                    1,
                    "hr".into(),
                    "never reviewed".into(),
                    "no address; leads: Head of HR".into()
                ),
                (
                    3,
                    "data".into(),
                    "reviewed 24 months ago".into(),
                    "data@example.ac.uk".into()
                ),
                (
                    0,
                    "finance".into(),
                    "reviewed 14 months ago".into(),
                    "Jo Bloggs, jo@example.ac.uk".into()
                ),
            ]
        );
    }

    #[test]
    fn the_combined_list_names_each_entry_its_review_and_its_contact() {
        let directory = directory();
        let due = due_for_review(&directory, today());
        assert_eq!(
            due_list(&due, today()),
            "Directory entries due for review on 20 May 2026 (3), oldest first:\n\
             \n\
             1. HR Generalists — never reviewed\n   Contact: no address; leads: Head of HR\n\
             \n\
             2. Data & Insight — reviewed 24 months ago (20 May 2024)\n   Contact: data@example.ac.uk\n\
             \n\
             3. Finance Network — reviewed 14 months ago (1 March 2025)\n   Contact: Jo Bloggs, jo@example.ac.uk\n"
        );
        assert_eq!(
            due_list(&[], today()),
            "No directory entries are due for review on 20 May 2026.\n"
        );
    }

    #[test]
    fn a_reminder_says_what_the_entry_says_and_asks_for_changes() {
        let directory = directory();
        let due = due_for_review(&directory, today());
        let reminder = due[2].reminder();
        assert_eq!(
            reminder.subject,
            "Is the directory entry for Finance Network still right?"
        );
        assert_eq!(
            reminder.body,
            "Hello Jo Bloggs,\n\
             \n\
             You are the contact for Finance Network in our directory of communities of practice. \
             We ask each community to check its entry every 12 months, so that people who find it \
             get the right details, and this one was last checked 14 months ago, on 1 March 2025.\n\
             \n\
             This is what the entry says now:\n\
             \n\
             Name: Finance Network\n\
             About: Budgets, forecasts and month-end, shared.\n\
             Who it is for: Finance staff\n\
             How to join: sign up at https://forms.example.ac.uk/finance\n\
             Meets: Monthly, first Tuesday\n\
             Leads: Head of Finance; A finance manager\n\
             Contact: Jo Bloggs, jo@example.ac.uk\n\
             \n\
             Could you reply to this email with anything that has changed? \
             If it is all still right, a reply saying \"still right\" is all we need. \
             If the community no longer meets, please tell us and we will update the entry.\n\
             \n\
             Thank you,\n\
             The directory editors\n"
        );
        let link = reminder.mailto.clone().unwrap();
        assert!(link.starts_with(
            "mailto:jo@example.ac.uk?subject=Is%20the%20directory%20entry%20for%20Finance%20Network%20still%20right%3F&body=Hello%20Jo%20Bloggs%2C%0D%0A%0D%0AYou%20are"
        ));
        let read = Mailto::parse(&link).unwrap();
        assert_eq!(read.to, ["jo@example.ac.uk"]);
        assert_eq!(read.subject, reminder.subject);
        assert_eq!(read.body, reminder.body.replace('\n', "\r\n"));
    }

    #[test]
    fn a_reminder_to_a_join_address_or_to_nobody() {
        let directory = directory();
        let due = due_for_review(&directory, today());
        let data = due[1].reminder();
        assert!(
            data.body
                .starts_with("Hello there,\n\nYou are the contact for Data & Insight")
        );
        assert!(data.body.contains(
            "get the right details, and this one was last checked 24 months ago, on 20 May 2024.\n"
        ));
        assert!(data.body.contains(
            "How to join: email data@example.ac.uk\nMeets: not given\nLeads: not given\nContact: data@example.ac.uk\n"
        ));
        let read = Mailto::parse(&data.mailto.unwrap()).unwrap();
        assert_eq!(read.to, ["data@example.ac.uk"]);
        assert_eq!(
            read.subject,
            "Is the directory entry for Data & Insight still right?"
        );

        let hr = due[0].reminder();
        assert!(hr.body.contains(
            "get the right details, and we have no record of when this one was last checked.\n"
        ));
        assert_eq!(
            hr.mailto,
            Err("HR Generalists has no contact address (no contact_email, and no email link in join): copy the reminder and send it another way (no address; leads: Head of HR)".into())
        );
    }

    #[test]
    fn marking_an_entry_reviewed_takes_it_off_the_list() {
        let mut directory = directory();
        let index = due_for_review(&directory, today())[0].index;
        mark_reviewed(&mut directory.communities[index], today());
        assert_eq!(directory.communities[index].last_reviewed, "2026-05-20");
        let due: Vec<&str> = due_for_review(&directory, today())
            .iter()
            .map(|d| d.community.id.as_str())
            .collect();
        assert_eq!(due, ["data", "finance"]);
    }

    #[test]
    fn one_month_is_singular_and_the_threshold_is_the_directorys() {
        let mut directory = directory();
        directory.review_after_months = 1;
        directory.communities = vec![community("a", "A", "2026-04-20")];
        let due = due_for_review(&directory, today());
        assert_eq!(due[0].overdue(), "reviewed 1 month ago");
        assert!(
            due[0]
                .reminder()
                .body
                .contains("every 1 month, so that people who find it get the right details, and this one was last checked 1 month ago, on 20 April 2026.")
        );
        directory.communities = vec![community("a", "A", "2026-04-21")];
        assert!(due_for_review(&directory, today()).is_empty());
    }
}
