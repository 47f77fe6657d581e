//! A community's fixed meeting times (`meetings` in directory.json): the
//! schedule as an editor writes it, its rules, the next dates it gives, and
//! an iCalendar (.ics) file of them ([`ics`]). The rules that read what an
//! editor wrote into a [`Schedule`] are in `rules.rs`.
//!
//! Times are always UK wall-clock time (Europe/London). The UK's rule since
//! 1996 (British Summer Time from 01:00 UTC on the last Sunday of March to
//! 01:00 UTC on the last Sunday of October) is applied to every year; no
//! time-zone database is shipped for it.

use serde::{Deserialize, Serialize};

use crate::date::Date;

pub mod ics;
mod rules;

/// `meetings` as written in directory.json: every field is kept as the
/// editor wrote it (so saving the file gives the same text back), and read
/// into a [`Schedule`] by [`Meetings::schedule`], which says what is wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meetings {
    /// "weekly", "fortnightly" or "monthly".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<String>,
    /// Monthly only: "first", "second", "third", "fourth", "fifth" or "last".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week: Option<String>,
    /// "monday" … "sunday".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<String>,
    /// `HH:MM`, 24-hour UK time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// `HH:MM`, 24-hour UK time, after `start` on the same day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// "online", "in person" or "hybrid".
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub where_: Option<String>,
    /// Where in person: a room, a building. Not for online meetings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// `YYYY-MM-DD`: no meeting before this date. For fortnightly meetings,
    /// the date of one meeting, which the others are counted from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_on: Option<String>,
    /// `YYYY-MM-DD`: no meeting after this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// How often a community meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Repeat {
    Weekly,
    /// Every other week, counted from `starts_on`.
    Fortnightly,
    /// Once a month, in the given week of the month.
    Monthly(Week),
}

/// Which of a month's days of the week: the second Tuesday, the last Friday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Week {
    First,
    Second,
    Third,
    Fourth,
    /// Months with only four of that day are skipped.
    Fifth,
    Last,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

/// Online, in person or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Where {
    Online,
    InPerson,
    Hybrid,
}

/// A time of day, 00:00 to 23:59.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time {
    hour: u8,
    minute: u8,
}

/// A date and a time of day: UK wall-clock time or UTC, as each use says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateTime {
    pub date: Date,
    pub time: Time,
}

/// A checked schedule: what [`next_dates`] and [`ics::calendar`] use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub repeat: Repeat,
    pub day: Weekday,
    /// UK time; `end` is after `start`.
    pub start: Time,
    pub end: Time,
    pub where_: Where,
    pub place: Option<String>,
    /// No meeting before this date; for fortnightly meetings, the weeks
    /// are counted from the first `day` on or after it (without it, from
    /// the week of 5 January 1970).
    pub starts_on: Option<Date>,
    /// No meeting after this date.
    pub until: Option<Date>,
}

/// One meeting: when it starts and ends in UK time and in UTC, and the UK's
/// offset from UTC at each (0 in winter, 60 minutes in summer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meeting {
    pub start: DateTime,
    pub end: DateTime,
    pub start_utc: DateTime,
    pub end_utc: DateTime,
    /// Minutes east of UTC: 0 (GMT) or 60 (BST).
    pub start_offset: i32,
    pub end_offset: i32,
}

impl Time {
    /// A time of day, if `hour` is 0–23 and `minute` 0–59.
    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }

    pub fn hour(self) -> u8 {
        self.hour
    }

    pub fn minute(self) -> u8 {
        self.minute
    }

    /// Reads `HH:MM` on the 24-hour clock: "09:30", "13:30".
    pub fn parse(text: &str) -> Result<Time, String> {
        let wrong = || {
            format!(
                "\"{text}\" is not a time in the form HH:MM on the 24-hour clock (00:00 to 23:59), e.g. \"09:30\" or \"13:30\""
            )
        };
        let bytes = text.as_bytes();
        if bytes.len() != 5 || bytes[2] != b':' {
            return Err(wrong());
        }
        let digits = |a: u8, b: u8| {
            (a.is_ascii_digit() && b.is_ascii_digit()).then(|| (a - b'0') * 10 + (b - b'0'))
        };
        let hour = digits(bytes[0], bytes[1]).ok_or_else(wrong)?;
        let minute = digits(bytes[3], bytes[4]).ok_or_else(wrong)?;
        Time::new(hour, minute).ok_or_else(wrong)
    }

    fn minutes(self) -> i64 {
        i64::from(self.hour) * 60 + i64::from(self.minute)
    }
}

impl std::fmt::Display for Time {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl std::fmt::Display for DateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.date, self.time)
    }
}

impl DateTime {
    pub fn new(date: Date, time: Time) -> DateTime {
        DateTime { date, time }
    }

    /// The UTC date and time `seconds` after the Unix epoch (seconds dropped).
    pub fn from_unix_seconds(seconds: i64) -> Option<DateTime> {
        DateTime::from_minutes(seconds.div_euclid(60))
    }

    /// Minutes since 1970-01-01 00:00.
    fn minutes(self) -> i64 {
        self.date.days_since_epoch() * 1440 + self.time.minutes()
    }

    fn from_minutes(minutes: i64) -> Option<DateTime> {
        let date = Date::from_days_since_epoch(minutes.div_euclid(1440))?;
        let of_day = minutes.rem_euclid(1440);
        Some(DateTime {
            date,
            time: Time {
                hour: (of_day / 60) as u8,
                minute: (of_day % 60) as u8,
            },
        })
    }
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The day of the week `date` falls on.
    pub fn of(date: Date) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(date.days_since_epoch() + 3).rem_euclid(7) as usize]
    }

    fn index(self) -> i64 {
        self as i64
    }

    /// As written in the file: "tuesday".
    pub fn word(self) -> &'static str {
        WEEKDAYS[self as usize]
    }

    /// For people: "Tuesday".
    pub fn name(self) -> &'static str {
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][self as usize]
    }

    /// iCalendar's two letters: "TU".
    pub fn ical(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self as usize]
    }
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

impl Schedule {
    /// For people: "Monthly on the second Tuesday, 12:30–13:30 UK time, online".
    pub fn describe(&self) -> String {
        let when = match self.repeat {
            Repeat::Weekly => format!("Every {}", self.day.name()),
            Repeat::Fortnightly => format!("Every other {}", self.day.name()),
            Repeat::Monthly(week) => {
                format!("Monthly on the {} {}", week.word(), self.day.name())
            }
        };
        format!(
            "{when}, {}–{} UK time, {}",
            self.start,
            self.end,
            self.location()
        )
    }

    /// Where, for people and calendars: "Online", "Room 101",
    /// "Room 101 and online".
    pub fn location(&self) -> String {
        let place = self
            .place
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        match (self.where_, place) {
            (Where::Online, _) => "online".to_string(),
            (Where::InPerson, Some(place)) => place.to_string(),
            (Where::InPerson, None) => "in person".to_string(),
            (Where::Hybrid, Some(place)) => format!("{place} and online"),
            (Where::Hybrid, None) => "in person and online".to_string(),
        }
    }

    /// Every meeting starting on or after `from` (a UK date), in order.
    pub fn meetings_from(&self, from: Date) -> impl Iterator<Item = Meeting> + '_ {
        let from = self.starts_on.map_or(from, |first| from.max(first));
        let until = self.until;
        self.dates_from(from)
            .take_while(move |date| until.is_none_or(|last| *date <= last))
            .filter_map(|date| self.meeting_on(date))
    }

    /// The days of meetings on or after `from`, in order (unbounded).
    fn dates_from(&self, from: Date) -> Box<dyn Iterator<Item = Date> + '_> {
        let day = self.day;
        let from_days = from.days_since_epoch();
        // The first `day` on or after `from`.
        let first = from_days + (day.index() - (from_days + 3).rem_euclid(7)).rem_euclid(7);
        match self.repeat {
            Repeat::Weekly => Box::new(days_every(first, 7)),
            Repeat::Fortnightly => {
                let anchor = self
                    .starts_on
                    .unwrap_or(Date {
                        year: 1970,
                        month: 1,
                        day: 5,
                    })
                    .days_since_epoch();
                let anchor = anchor + (day.index() - (anchor + 3).rem_euclid(7)).rem_euclid(7);
                let weeks = (first - anchor).div_euclid(7);
                let first = if weeks.rem_euclid(2) == 1 {
                    first + 7
                } else {
                    first
                };
                Box::new(days_every(first, 14))
            }
            Repeat::Monthly(week) => {
                let start = i64::from(from.year) * 12 + i64::from(from.month) - 1;
                Box::new(
                    (start..)
                        .map_while(move |months| {
                            let year = u16::try_from(months.div_euclid(12)).ok()?;
                            let month = (months.rem_euclid(12) + 1) as u8;
                            Some(nth_weekday(year, month, day, week))
                        })
                        .flatten()
                        .filter(move |date| *date >= from),
                )
            }
        }
    }

    /// The meeting on `date`, with times in UK time and UTC.
    fn meeting_on(&self, date: Date) -> Option<Meeting> {
        let (start_utc, _) = london_to_utc(DateTime::new(date, self.start))?;
        let (mut end_utc, _) = london_to_utc(DateTime::new(date, self.end))?;
        if end_utc <= start_utc {
            // A start in the hour the clocks skip, read (as RFC 5545 reads
            // it) with the winter offset, and an end just after: keep the
            // length as written.
            end_utc = DateTime::from_minutes(
                start_utc.minutes() + self.end.minutes() - self.start.minutes(),
            )?;
        }
        // The offset in force at each instant: for a start in the skipped
        // hour, summer time, so the meeting shows at 02:30 for 01:30.
        let (start_offset, end_offset) = (offset_at(start_utc), offset_at(end_utc));
        Some(Meeting {
            start: DateTime::from_minutes(start_utc.minutes() + i64::from(start_offset))?,
            end: DateTime::from_minutes(end_utc.minutes() + i64::from(end_offset))?,
            start_utc,
            end_utc,
            start_offset,
            end_offset,
        })
    }
}

/// Days `first`, `first + step`, … (days since the epoch) as dates, while
/// `Date` can hold them.
fn days_every(first: i64, step: i64) -> impl Iterator<Item = Date> {
    (0..).map_while(move |k: i64| {
        let days = first.checked_add(k.checked_mul(step)?)?;
        Date::from_days_since_epoch(days)
    })
}

/// The `week`th `day` of a month, if the month has one (a fifth Tuesday
/// only some months do).
pub fn nth_weekday(year: u16, month: u8, day: Weekday, week: Week) -> Option<Date> {
    let first = Date {
        year,
        month,
        day: 1,
    };
    let offset = (day.index() - Weekday::of(first).index()).rem_euclid(7) as u8;
    let length = Date {
        year,
        month,
        day: 1,
    }
    .days_in_month();
    let nth = |n: u8| {
        let day = 1 + offset + 7 * n;
        (day <= length).then_some(Date { year, month, day })
    };
    match week {
        Week::Last => nth(4).or_else(|| nth(3)),
        week => nth(week as u8),
    }
}

/// The days British Summer Time starts and ends in `year`: the last
/// Sundays of March and October (the clocks change at 01:00 UTC).
pub fn summer_time(year: u16) -> (Date, Date) {
    let last_sunday = |month| {
        nth_weekday(year, month, Weekday::Sunday, Week::Last).unwrap_or(Date {
            year,
            month,
            day: 31,
        })
    };
    (last_sunday(3), last_sunday(10))
}

/// The UK's offset from UTC, in minutes, at the UTC instant `utc`.
pub fn offset_at(utc: DateTime) -> i32 {
    let (begins, ends) = summer_time(utc.date.year);
    let one_am = Time { hour: 1, minute: 0 };
    if DateTime::new(begins, one_am) <= utc && utc < DateTime::new(ends, one_am) {
        60
    } else {
        0
    }
}

/// The UK's wall-clock time at the UTC instant `utc`.
pub fn utc_to_london(utc: DateTime) -> Option<DateTime> {
    DateTime::from_minutes(utc.minutes() + i64::from(offset_at(utc)))
}

/// UK wall-clock time as UTC, and the offset used. A time the clocks skip
/// in March (01:00–01:59) is read with the winter offset, and a time they
/// repeat in October with the summer one, as RFC 5545 says.
pub fn london_to_utc(local: DateTime) -> Option<(DateTime, i32)> {
    let (begins, ends) = summer_time(local.date.year);
    let two_am = Time { hour: 2, minute: 0 };
    let summer = (local.date > begins || (local.date == begins && local.time >= two_am))
        && (local.date < ends || (local.date == ends && local.time < two_am));
    let offset = if summer { 60 } else { 0 };
    Some((
        DateTime::from_minutes(local.minutes() - i64::from(offset))?,
        offset,
    ))
}

/// The UK's wall-clock time `seconds` after the Unix epoch (a clock's
/// reading, which is UTC): the `now` of [`next_dates`].
pub fn uk_now(seconds: i64) -> Option<DateTime> {
    utc_to_london(DateTime::from_unix_seconds(seconds)?)
}

impl Meeting {
    /// For people, in UK time with the clocks' name: "Tuesday 12 January
    /// 2027, 12:30–13:30 GMT", "Tuesday 13 April 2027, 12:30–13:30 BST"
    /// ("BST to GMT" for a meeting the clocks go back during).
    pub fn describe(&self) -> String {
        let zone = |offset: i32| if offset == 0 { "GMT" } else { "BST" };
        let zone = if self.start_offset == self.end_offset {
            zone(self.start_offset).to_string()
        } else {
            format!("{} to {}", zone(self.start_offset), zone(self.end_offset))
        };
        let day = |date: Date| format!("{} {}", Weekday::of(date).name(), date.long());
        let end = if self.end.date == self.start.date {
            self.end.time.to_string()
        } else {
            format!("{}, {}", day(self.end.date), self.end.time)
        };
        format!("{}, {}–{end} {zone}", day(self.start.date), self.start.time)
    }
}

/// The next `n` meetings starting after `now` (UK wall-clock time), in
/// order; fewer if the schedule ends first.
pub fn next_dates(schedule: &Schedule, now: DateTime, n: usize) -> Vec<Meeting> {
    schedule
        .meetings_from(now.date)
        .filter(|meeting| meeting.start > now)
        .take(n)
        .collect()
}

#[cfg(test)]
mod tests;
