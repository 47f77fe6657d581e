//! The rules for `meetings`: each field read into a [`Schedule`], or a
//! message per field saying what to write.

use super::*;

const REPEATS: [&str; 3] = ["weekly", "fortnightly", "monthly"];
const WEEKS: [&str; 6] = ["first", "second", "third", "fourth", "fifth", "last"];
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
