//! Meeting schedules (`domain::directory::meetings`): the dates they give
//! and the calendar files they make, for any schedule and any text.

use domain::date::Date;
use domain::directory::Community;
use domain::directory::meetings::{
    DateTime, Meeting, Repeat, Schedule, Time, Week, Weekday, Where, ics, next_dates, nth_weekday,
    summer_time,
};
use proptest::prelude::*;

fn date_between(from: &str, to: &str) -> impl Strategy<Value = Date> {
    let (from, to) = (
        Date::parse(from).unwrap().days_since_epoch(),
        Date::parse(to).unwrap().days_since_epoch(),
    );
    (from..=to).prop_map(|days| Date::from_days_since_epoch(days).unwrap())
}

fn time() -> impl Strategy<Value = Time> {
    (0u8..24, 0u8..60).prop_map(|(h, m)| Time::new(h, m).unwrap())
}

fn weekday() -> impl Strategy<Value = Weekday> {
    prop::sample::select(Weekday::ALL.to_vec())
}

fn repeat() -> impl Strategy<Value = Repeat> {
    prop_oneof![
        Just(Repeat::Weekly),
        Just(Repeat::Fortnightly),
        prop::sample::select(vec![
            Week::First,
            Week::Second,
            Week::Third,
            Week::Fourth,
            Week::Fifth,
            Week::Last
        ])
        .prop_map(Repeat::Monthly),
    ]
}

prop_compose! {
    fn schedule()(
        repeat in repeat(),
        day in weekday(),
        (start, end) in (time(), time()).prop_filter("end after start", |(s, e)| s < e),
        starts_on in prop::option::of(date_between("2000-01-01", "2060-12-31")),
        until in prop::option::of(date_between("2000-01-01", "2060-12-31")),
    ) -> Schedule {
        Schedule { repeat, day, start, end, where_: Where::Online, place: None, starts_on, until }
    }
}

fn minutes(at: DateTime) -> i64 {
    at.date.days_since_epoch() * 1440 + i64::from(at.time.hour()) * 60 + i64::from(at.time.minute())
}

/// What the offset must be, from the change days alone (every meeting on
/// a change day the property looks at starts at 03:00 or later).
fn expected_offset(date: Date) -> i32 {
    let (begins, ends) = summer_time(date.year);
    if begins <= date && date < ends { 60 } else { 0 }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn next_dates_are_on_the_day_in_order_and_after_now(
        schedule in schedule(),
        now_date in date_between("1999-06-01", "2061-06-30"),
        now_time in time(),
        n in 0usize..30,
    ) {
        let now = DateTime::new(now_date, now_time);
        let next = next_dates(&schedule, now, n);
        prop_assert!(next.len() <= n);
        if schedule.until.is_none() {
            prop_assert_eq!(next.len(), n, "an open schedule never runs out");
        }
        for meeting in &next {
            let Meeting { start, end, start_utc, end_utc, start_offset, end_offset } = *meeting;
            prop_assert_eq!(Weekday::of(start.date), schedule.day);
            prop_assert!(start > now, "{} is not after {}", start, now);
            prop_assert!(start_utc < end_utc);
            prop_assert_eq!(minutes(start_utc) + i64::from(start_offset), minutes(start));
            prop_assert_eq!(minutes(end_utc) + i64::from(end_offset), minutes(end));
            prop_assert!(schedule.starts_on.is_none_or(|first| start.date >= first));
            prop_assert!(schedule.until.is_none_or(|last| start.date <= last));
            if schedule.start >= Time::new(3, 0).unwrap() {
                prop_assert_eq!(start, DateTime::new(start.date, schedule.start));
                prop_assert_eq!(end, DateTime::new(start.date, schedule.end));
                prop_assert_eq!(start_offset, expected_offset(start.date));
            }
            if let Repeat::Monthly(week) = schedule.repeat {
                prop_assert_eq!(
                    nth_weekday(start.date.year, start.date.month, schedule.day, week),
                    Some(start.date)
                );
            }
        }
        for pair in next.windows(2) {
            prop_assert!(pair[0].start_utc < pair[1].start_utc, "strictly increasing");
            let gap = pair[1].start.date.days_since_epoch() - pair[0].start.date.days_since_epoch();
            match schedule.repeat {
                Repeat::Weekly => prop_assert_eq!(gap, 7),
                Repeat::Fortnightly => prop_assert_eq!(gap, 14),
                // The same week of consecutive months, or of months further
                // apart when some have no fifth (up to four months apart).
                Repeat::Monthly(Week::Fifth) => prop_assert!((28..=126).contains(&gap)),
                Repeat::Monthly(_) => prop_assert!((28..=35).contains(&gap)),
            }
        }
        // Nothing is skipped: day by day from now to the last meeting
        // listed, the days the rule picks are the days listed.
        if let Some(last) = next.last() {
            let anchor = schedule.starts_on.unwrap_or(Date::parse("1970-01-05").unwrap());
            let anchor = anchor.days_since_epoch()
                + (schedule.day as i64 - Weekday::of(anchor) as i64).rem_euclid(7);
            let picked: Vec<Date> = (now.date.days_since_epoch()..=last.start.date.days_since_epoch())
                .map(|days| Date::from_days_since_epoch(days).unwrap())
                .filter(|date| {
                    Weekday::of(*date) == schedule.day
                        && schedule.starts_on.is_none_or(|first| *date >= first)
                        && schedule.until.is_none_or(|last| *date <= last)
                        && match schedule.repeat {
                            Repeat::Weekly => true,
                            Repeat::Fortnightly => (date.days_since_epoch() - anchor).rem_euclid(14) == 0,
                            Repeat::Monthly(week) => nth_weekday(date.year, date.month, schedule.day, week) == Some(*date),
                        }
                        && (*date > now.date || DateTime::new(*date, schedule.start) > now
                            // a start in the skipped hour shows an hour later
                            || next.first().is_some_and(|m| m.start.date == *date))
                })
                .collect();
            let listed: Vec<Date> = next.iter().map(|m| m.start.date).collect();
            prop_assert_eq!(picked, listed);
        }
    }

    #[test]
    fn summer_time_runs_between_the_last_sundays_of_march_and_october(year in 1970u16..2200) {
        let (begins, ends) = summer_time(year);
        for (change, month) in [(begins, 3), (ends, 10)] {
            prop_assert_eq!((change.year, change.month), (year, month));
            prop_assert_eq!(Weekday::of(change), Weekday::Sunday);
            prop_assert!(change.day + 7 > 31, "the last Sunday");
        }
    }
}

fn community(name: &str, summary: &str, join: &str, contact: &str) -> Community {
    serde_json::from_value(serde_json::json!({
        "id": "some-community", "name": name, "kind": "community-of-practice",
        "organisation": "UCL", "service_area": "HR", "summary": summary, "topics": ["x"],
        "audience": "All", "status": "active", "last_reviewed": "2026-01-01",
        "join": join, "contact_email": "a@example.ac.uk", "contact_name": contact,
    }))
    .unwrap()
}

/// The calendar's lines unfolded (RFC 5545 3.1).
fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split_terminator("\r\n")
        .map(str::to_string)
        .collect()
}

/// A TEXT value's escapes undone.
fn unescaped(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn calendar_lines_are_short_end_crlf_and_read_back(
        name in any::<String>(),
        summary in any::<String>(),
        join in any::<String>(),
        contact in any::<String>(),
        place in prop::option::of(any::<String>()),
        mut schedule in schedule(),
        stamp in date_between("2020-01-01", "2040-12-31"),
    ) {
        schedule.where_ = Where::InPerson;
        schedule.place = place;
        let community = community(&name, &summary, &join, &contact);
        let stamp = DateTime::new(stamp, Time::new(9, 0).unwrap());
        let ics = ics::calendar(&[(&community, &schedule)], stamp);
        prop_assert!(ics.ends_with("\r\n"));
        for line in ics.split_terminator("\r\n") {
            prop_assert!(line.len() <= 75, "{} octets: {:?}", line.len(), line);
            prop_assert!(!line.contains(['\r', '\n']), "a bare line break: {:?}", line);
        }
        let lines = unfolded(&ics);
        prop_assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        prop_assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        if let Some(summary_line) = lines.iter().find(|l| l.starts_with("SUMMARY:")) {
            let written: String = name
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .chars()
                .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
                .collect();
            prop_assert_eq!(unescaped(&summary_line["SUMMARY:".len()..]), written);
            // One event, all its parts.
            let event = &lines[lines.iter().position(|l| l == "BEGIN:VEVENT").unwrap()..];
            for part in ["UID:some-community@", "DTSTAMP:", "DTSTART;TZID=Europe/London:",
                "DTEND;TZID=Europe/London:", "RRULE:FREQ=", "LOCATION:", "DESCRIPTION:"] {
                prop_assert_eq!(event.iter().filter(|l| l.starts_with(part)).count(), 1, "{}", part);
            }
        } else {
            // Only when the schedule ends before the stamp's day.
            let over = schedule.until.is_some_and(|last| last < stamp.date)
                || schedule.starts_on.zip(schedule.until).is_some_and(|(first, last)| last < first);
            prop_assert!(over || next_dates(&schedule, stamp, 1).is_empty());
        }
        // No property but a known one, and every value escaped: no line
        // of the event starts with anything else.
        for line in &lines {
            let name = line.split([':', ';']).next().unwrap_or_default();
            prop_assert!(
                ["BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "TZID",
                 "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "DTSTART", "RRULE", "UID", "DTSTAMP",
                 "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION", "URL"].contains(&name),
                "{:?}", line
            );
        }
    }

    #[test]
    fn folding_any_text_keeps_it_whole(text in any::<String>()) {
        let mut out = String::new();
        ics::push_folded(&mut out, &ics::text(&text));
        for line in out.split_terminator("\r\n") {
            prop_assert!(line.len() <= 75);
        }
        prop_assert_eq!(out.replace("\r\n ", ""), format!("{}\r\n", ics::text(&text)));
    }
}
