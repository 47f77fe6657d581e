//! Communities' meetings as an iCalendar file (RFC 5545), for people to add
//! to Outlook, Google or Apple calendars: one repeating event a community,
//! in UK time (a `VTIMEZONE` for Europe/London is included, so calendars
//! move the meetings with the clocks).

use super::{DateTime, Repeat, Schedule};
use crate::content::{LinkKind, classify_link};
use crate::directory::{Community, JoinBy};

/// The domain part of every event's `UID` (`ucl-hr@…`): with the
/// community's id, it names the event the same in every file, so a
/// calendar updates an event it has rather than adding it again.
pub const UID_DOMAIN: &str = "directory.cop-navigator";

/// The product that wrote the file (`PRODID`).
pub const PRODID: &str = "-//CoP Navigator//Community meetings//EN";

/// The calendar: a `VEVENT` for each community whose schedule still has a
/// meeting on or after the later of its `starts_on` and `stamp`'s UK date
/// (the first such meeting is the event's `DTSTART`). `stamp` is when the
/// file is made, in UTC (`DTSTAMP`). Lines end with CRLF and are folded at
/// 75 octets.
pub fn calendar(events: &[(&Community, &Schedule)], stamp: DateTime) -> String {
    let mut out = String::new();
    let mut line = |text: &str| push_folded(&mut out, text);
    for text in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        line(text);
    }
    for text in VTIMEZONE {
        line(text);
    }
    let today = super::utc_to_london(stamp).map_or(stamp.date, |uk| uk.date);
    for (community, schedule) in events {
        let from = schedule.starts_on.map_or(today, |first| first.max(today));
        let Some(first) = schedule.meetings_from(from).next() else {
            continue;
        };
        line("BEGIN:VEVENT");
        line(&format!(
            "UID:{}",
            text(&format!("{}@{UID_DOMAIN}", community.id))
        ));
        line(&format!("DTSTAMP:{}Z", stamp_text(stamp)));
        line(&format!(
            "DTSTART;TZID=Europe/London:{}",
            stamp_text(DateTime::new(first.start.date, schedule.start))
        ));
        line(&format!(
            "DTEND;TZID=Europe/London:{}",
            stamp_text(DateTime::new(first.start.date, schedule.end))
        ));
        line(&format!("RRULE:{}", rrule(schedule)));
        line(&format!("SUMMARY:{}", text(&community.name)));
        line(&format!("LOCATION:{}", text(&location(schedule))));
        line(&format!("DESCRIPTION:{}", text(&description(community))));
        if let Some(url) = https_link(community) {
            line(&format!("URL:{url}"));
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// Of `communities`, those whose schedule has a meeting on or after
/// `stamp`'s UK date, each with its schedule: the events [`calendar`]
/// writes for them at `stamp` (UTC), one a community, in order.
pub fn with_meetings_ahead<'a>(
    communities: impl IntoIterator<Item = &'a Community>,
    stamp: DateTime,
) -> Vec<(&'a Community, Schedule)> {
    let today = super::utc_to_london(stamp).map_or(stamp.date, |uk| uk.date);
    communities
        .into_iter()
        .filter_map(|community| {
            let schedule = community.schedule()?;
            let ahead = schedule.meetings_from(today).next().is_some();
            ahead.then_some((community, schedule))
        })
        .collect()
}

/// The results list's offer of one calendar file for the `with` communities
/// (of `shown`) that have meetings ahead: the button's words, and a note
/// when only some of those shown are in it.
pub fn offer(with: usize, shown: usize) -> (String, Option<String>) {
    let label = match with {
        1 => "Add 1 community’s meetings to your calendar".to_string(),
        n => format!("Add these {n} communities’ meetings to your calendar"),
    };
    let note = (with < shown).then(|| match with {
        1 => format!("1 of the {shown} communities found gives meeting times."),
        n => format!("{n} of the {shown} communities found give meeting times."),
    });
    (label, note)
}

/// Europe/London since 1996: BST from 01:00 GMT on the last Sunday of
/// March to 02:00 BST on the last Sunday of October.
const VTIMEZONE: [&str; 17] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// `FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T225959Z`.
pub fn rrule(schedule: &Schedule) -> String {
    let day = schedule.day.ical();
    let mut rule = match schedule.repeat {
        Repeat::Weekly => format!("FREQ=WEEKLY;BYDAY={day}"),
        Repeat::Fortnightly => format!("FREQ=WEEKLY;INTERVAL=2;BYDAY={day}"),
        Repeat::Monthly(week) => format!("FREQ=MONTHLY;BYDAY={}{day}", week.ical()),
    };
    if let Some(until) = schedule.until {
        // The last moment of that UK day, in UTC (RFC 5545: UNTIL is in
        // UTC when DTSTART has a time zone).
        let last = DateTime::new(
            until,
            super::Time {
                hour: 23,
                minute: 59,
            },
        );
        if let Some((utc, _)) = super::london_to_utc(last) {
            rule.push_str(&format!(";UNTIL={}59Z", &stamp_text(utc)[..13]));
        }
    }
    rule
}

/// `20261201T050000` (seconds are always 00, bar `UNTIL`'s 59).
fn stamp_text(at: DateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}00",
        at.date.year,
        at.date.month,
        at.date.day,
        at.time.hour(),
        at.time.minute()
    )
}

/// "Online", "Room 101", "Room 101 and online".
fn location(schedule: &Schedule) -> String {
    let mut where_ = schedule.location();
    if let Some(first) = where_.get(..1) {
        where_ = first.to_uppercase() + &where_[1..];
    }
    where_
}

/// The summary, then how to join: the `join` words or link, the join
/// page, the Teams link, the leads' address.
pub fn description(community: &Community) -> String {
    let mut ways = Vec::new();
    match community.join_by() {
        JoinBy::Link(link) | JoinBy::Email(link) | JoinBy::Text(link) => {
            ways.push(link.trim().to_string())
        }
        JoinBy::Unknown => {}
    }
    if let Some(url) = &community.join_url {
        ways.push(format!("Join page: {}", url.trim()));
    }
    if let Some(url) = &community.teams_url {
        ways.push(format!("Microsoft Teams: {}", url.trim()));
    }
    if let Some(email) = &community.contact_email {
        ways.push(match &community.contact_name {
            Some(name) => format!("Contact: {} ({})", name.trim(), email.trim()),
            None => format!("Contact: {}", email.trim()),
        });
    }
    let mut text = community.summary.trim().to_string();
    if !ways.is_empty() {
        text.push_str("\n\nHow to join:\n");
        text.push_str(&ways.join("\n"));
    }
    text
}

/// The first https link of the join page, the Teams link, a link in
/// `join` and the source page: an event's `URL` (only ever https).
fn https_link(community: &Community) -> Option<&str> {
    let join_link = match community.join_by() {
        JoinBy::Link(link) => Some(link),
        _ => None,
    };
    [
        community.join_url.as_deref(),
        community.teams_url.as_deref(),
        join_link,
        community.source_url.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(str::trim)
    .find(|link| {
        matches!(classify_link(link), Ok(LinkKind::Https))
            && !link.chars().any(|c| c.is_control() || c.is_whitespace())
    })
}

/// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon and comma
/// take a backslash, a line break is `\n`; other control characters, which
/// TEXT may not hold, are left out.
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded (RFC 5545 3.1): at most 75 octets a line, the
/// rest on lines starting with a space, never inside a character; each
/// line ends with CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    let mut room = 75;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = 74;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests;
