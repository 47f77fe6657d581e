//! A community's fixed meeting times (`meetings` in directory.json): the
//! schedule as an editor writes it, its rules, the next dates it gives, and
//! an iCalendar (.ics) file of them ([`ics`]).
//!
//! Times are always UK wall-clock time (Europe/London). The UK's rule since
//! 1996 (British Summer Time from 01:00 UTC on the last Sunday of March to
//! 01:00 UTC on the last Sunday of October) is applied to every year; no
//! time-zone database is shipped for it.

use serde::{Deserialize, Serialize};

use crate::date::Date;

pub mod ics;

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

const REPEATS: [&str; 3] = ["weekly", "fortnightly", "monthly"];
const WEEKS: [&str; 6] = ["first", "second", "third", "fourth", "fifth", "last"];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const WHERES: [&str; 3] = ["online", "in person", "hybrid"];

impl Week {
    const ALL: [Week; 6] = [
        Week::First,
        Week::Second,
        Week::Third,
        Week::Fourth,
        Week::Fifth,
        Week::Last,
    ];

    /// As written in the file: "second".
    pub fn word(self) -> &'static str {
        WEEKS[self as usize]
    }

    /// iCalendar's ordinal in `BYDAY`: 2 for the second, -1 for the last.
    pub fn ical(self) -> i8 {
        match self {
            Week::Last => -1,
            week => week as i8 + 1,
        }
    }
}

impl Where {
    const ALL: [Where; 3] = [Where::Online, Where::InPerson, Where::Hybrid];

    /// As written in the file: "in person".
    pub fn word(self) -> &'static str {
        WHERES[self as usize]
    }
}

/// "\"weekly\", \"fortnightly\" or \"monthly\"".
fn quoted_list(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Lower case, with hyphens and underscores as spaces and spaces collapsed:
/// what an editor meant by "In-Person" or "Tuesday ".
fn loosely(text: &str) -> String {
    text.to_lowercase()
        .replace(['-', '_'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The word of `words` that `value` is, or a message naming `what` the
/// field holds and what to write (the word meant, when it is clear).
fn one_of(value: &str, words: &[&str], what: &str) -> Result<usize, String> {
    if let Some(index) = words.iter().position(|w| *w == value) {
        return Ok(index);
    }
    let shown = crate::content::invisible::show(value);
    let loose = loosely(value);
    let meant = words.iter().position(|w| *w == loose).or_else(|| {
        // "tuesdays", "tues", "2nd" are not guessed beyond a plural or a
        // clear start of one word.
        let singular = loose.strip_suffix('s').unwrap_or(&loose);
        let starts: Vec<usize> = (0..words.len())
            .filter(|&i| words[i] == singular || (loose.len() >= 3 && words[i].starts_with(&loose)))
            .collect();
        (starts.len() == 1).then(|| starts[0])
    });
    Err(match meant {
        Some(index) => format!("\"{shown}\" is not {what}; write \"{}\"", words[index]),
        None => format!("\"{shown}\" is not {what}; write {}", quoted_list(words)),
    })
}

/// A problem with one field of `meetings`: the field (`meetings.day`) and
/// what to do.
pub type FieldProblem = (&'static str, String);

impl Meetings {
    /// The schedule, or every problem found, each naming its field.
    pub fn schedule(&self) -> Result<Schedule, Vec<FieldProblem>> {
        let mut problems: Vec<FieldProblem> = Vec::new();
        let mut missing = |field: &'static str, what: &str| {
            problems.push((field, format!("is missing; {what}")));
        };
        if self.repeat.is_none() {
            missing(
                "meetings.repeat",
                &format!("write how often they meet: {}", quoted_list(&REPEATS)),
            );
        }
        if self.day.is_none() {
            missing(
                "meetings.day",
                "write the day of the week they meet, e.g. \"tuesday\"",
            );
        }
        if self.start.is_none() {
            missing(
                "meetings.start",
                "write the time they start in UK time, e.g. \"12:30\"",
            );
        }
        if self.end.is_none() {
            missing(
                "meetings.end",
                "write the time they finish in UK time, e.g. \"13:30\"",
            );
        }
        if self.where_.is_none() {
            missing("meetings.where", &format!("write {}", quoted_list(&WHERES)));
        }
        let mut check = |field: &'static str, result: Result<usize, String>| match result {
            Ok(index) => Some(index),
            Err(message) => {
                problems.push((field, message));
                None
            }
        };
        let repeat = self.repeat.as_deref().and_then(|value| {
            check(
                "meetings.repeat",
                one_of(value, &REPEATS, "how often they meet"),
            )
        });
        // A week for weekly or fortnightly meetings is reported once, below.
        let week = self
            .week
            .as_deref()
            .filter(|_| !matches!(repeat, Some(0 | 1)))
            .and_then(|value| {
                check(
                    "meetings.week",
                    one_of(value, &WEEKS, "a week of the month"),
                )
            });
        let day = self.day.as_deref().and_then(|value| {
            check(
                "meetings.day",
                one_of(value, &WEEKDAYS, "a day of the week"),
            )
        });
        let where_ = self
            .where_
            .as_deref()
            .and_then(|value| check("meetings.where", one_of(value, &WHERES, "where they meet")));
        let mut time = |field: &'static str, value: Option<&str>| {
            value.and_then(|value| match Time::parse(value) {
                Ok(time) => Some(time),
                Err(message) => {
                    problems.push((field, message));
                    None
                }
            })
        };
        let start = time("meetings.start", self.start.as_deref());
        let end = time("meetings.end", self.end.as_deref());
        let mut date = |field: &'static str, value: Option<&str>| {
            value.and_then(|value| match Date::parse(value) {
                Ok(date) => Some(date),
                Err(message) => {
                    problems.push((field, message));
                    None
                }
            })
        };
        let starts_on = date("meetings.starts_on", self.starts_on.as_deref());
        let until = date("meetings.until", self.until.as_deref());

        if let (Some(start), Some(end)) = (start, end)
            && end <= start
        {
            problems.push((
                "meetings.end",
                format!(
                    "\"{end}\" is not after the start, \"{start}\"; meetings end after they start, on the same day"
                ),
            ));
        }
        let repeat = match (repeat, week) {
            (Some(2), Some(week)) => Some(Repeat::Monthly(Week::ALL[week])),
            (Some(2), None) => {
                if self.week.is_none() {
                    problems.push((
                        "meetings.week",
                        format!(
                            "is missing; monthly meetings need the week of the month: {}",
                            quoted_list(&WEEKS)
                        ),
                    ));
                }
                None
            }
            (Some(index), _) => {
                if self.week.is_some() {
                    problems.push((
                        "meetings.week",
                        format!(
                            "is only for monthly meetings; remove it, or set repeat to \"monthly\" (repeat is \"{}\")",
                            REPEATS[index]
                        ),
                    ));
                }
                Some(if index == 0 {
                    Repeat::Weekly
                } else {
                    Repeat::Fortnightly
                })
            }
            (None, _) => None,
        };
        let day = day.map(|index| Weekday::ALL[index]);
        if repeat == Some(Repeat::Fortnightly) {
            match (starts_on, day) {
                (None, _) if self.starts_on.is_none() => problems.push((
                    "meetings.starts_on",
                    "is missing; fortnightly meetings need the date of one meeting (YYYY-MM-DD), so the other weeks can be counted from it".to_string(),
                )),
                (Some(first), Some(day)) if Weekday::of(first) != day => problems.push((
                    "meetings.starts_on",
                    format!(
                        "is {first}, a {}, but day is \"{}\"; give the date of a meeting",
                        Weekday::of(first).name(),
                        day.word()
                    ),
                )),
                _ => {}
            }
        }
        if let (Some(first), Some(last)) = (starts_on, until)
            && last < first
        {
            problems.push((
                "meetings.until",
                format!(
                    "is {last}, before starts_on ({first}); write the date of the last meeting, on or after starts_on"
                ),
            ));
        }
        let where_ = where_.map(|index| Where::ALL[index]);
        if where_ == Some(Where::Online) && self.place.is_some() {
            problems.push((
                "meetings.place",
                "is given, but where is \"online\"; remove place, or set where to \"in person\" or \"hybrid\"".to_string(),
            ));
        }
        match (repeat, day, start, end, where_) {
            (Some(repeat), Some(day), Some(start), Some(end), Some(where_))
                if problems.is_empty() =>
            {
                Ok(Schedule {
                    repeat,
                    day,
                    start,
                    end,
                    where_,
                    place: self.place.clone(),
                    starts_on,
                    until,
                })
            }
            _ => Err(problems),
        }
    }
}

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
    let length = days_in_month(year, month);
    let nth = |n: u8| {
        let day = 1 + offset + 7 * n;
        (day <= length).then_some(Date { year, month, day })
    };
    match week {
        Week::Last => nth(4).or_else(|| nth(3)),
        week => nth(week as u8),
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
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
