use super::*;

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn t(text: &str) -> Time {
    Time::parse(text).unwrap()
}

fn at(date: &str, time: &str) -> DateTime {
    DateTime::new(d(date), t(time))
}

fn meetings(json: &str) -> Meetings {
    serde_json::from_str(json).unwrap()
}

fn schedule(json: &str) -> Schedule {
    meetings(json).schedule().unwrap()
}

/// The problems as `field: message` lines.
fn problems(json: &str) -> Vec<String> {
    meetings(json)
        .schedule()
        .unwrap_err()
        .into_iter()
        .map(|(field, message)| format!("{field}: {message}"))
        .collect()
}

const SECOND_TUESDAY: &str = r#"{"repeat": "monthly", "week": "second", "day": "tuesday",
    "start": "12:30", "end": "13:30", "where": "online"}"#;

#[test]
fn reads_a_monthly_schedule() {
    let schedule = schedule(SECOND_TUESDAY);
    assert_eq!(
        schedule,
        Schedule {
            repeat: Repeat::Monthly(Week::Second),
            day: Weekday::Tuesday,
            start: t("12:30"),
            end: t("13:30"),
            where_: Where::Online,
            place: None,
            starts_on: None,
            until: None,
        }
    );
    assert_eq!(
        schedule.describe(),
        "Monthly on the second Tuesday, 12:30–13:30 UK time, online"
    );
}

#[test]
fn saves_as_written() {
    let json = r#"{"repeat":"fortnightly","day":"friday","start":"09:00","end":"10:00","where":"hybrid","place":"Room 1","starts_on":"2026-01-02","until":"2026-12-31"}"#;
    assert_eq!(serde_json::to_string(&meetings(json)).unwrap(), json);
    let described = schedule(json).describe();
    assert_eq!(
        described,
        "Every other Friday, 09:00–10:00 UK time, Room 1 and online"
    );
}

#[test]
fn times_are_hh_mm_on_the_24_hour_clock() {
    assert_eq!(t("00:00"), Time::new(0, 0).unwrap());
    assert_eq!(t("23:59").to_string(), "23:59");
    for bad in [
        "9:30",
        "24:00",
        "12:60",
        "12.30",
        "12:3",
        "1230",
        "",
        "ab:cd",
        "１２:30",
        "-1:30",
    ] {
        assert_eq!(
            Time::parse(bad).unwrap_err(),
            format!(
                "\"{bad}\" is not a time in the form HH:MM on the 24-hour clock (00:00 to 23:59), e.g. \"09:30\" or \"13:30\""
            )
        );
    }
}

#[test]
fn every_field_has_its_own_message() {
    assert_eq!(
        problems("{}"),
        [
            "meetings.repeat: is missing; write how often they meet: \"weekly\", \"fortnightly\" or \"monthly\"",
            "meetings.day: is missing; write the day of the week they meet, e.g. \"tuesday\"",
            "meetings.start: is missing; write the time they start in UK time, e.g. \"12:30\"",
            "meetings.end: is missing; write the time they finish in UK time, e.g. \"13:30\"",
            "meetings.where: is missing; write \"online\", \"in person\" or \"hybrid\"",
        ]
    );
    assert_eq!(
        problems(
            r#"{"repeat": "every month", "day": "Tuesdays", "start": "12:30", "end": "12:30", "where": "In-Person"}"#
        ),
        [
            "meetings.repeat: \"every month\" is not how often they meet; write \"weekly\", \"fortnightly\" or \"monthly\"",
            "meetings.day: \"Tuesdays\" is not a day of the week; write \"tuesday\"",
            "meetings.where: \"In-Person\" is not where they meet; write \"in person\"",
            "meetings.end: \"12:30\" is not after the start, \"12:30\"; meetings end after they start, on the same day",
        ]
    );
    assert_eq!(
        problems(
            r#"{"repeat": "monthly", "week": "2nd", "day": "thu", "start": "12:30", "end": "13:00", "where": "zoom"}"#
        ),
        [
            "meetings.week: \"2nd\" is not a week of the month; write \"first\", \"second\", \"third\", \"fourth\", \"fifth\" or \"last\"",
            "meetings.day: \"thu\" is not a day of the week; write \"thursday\"",
            "meetings.where: \"zoom\" is not where they meet; write \"online\", \"in person\" or \"hybrid\"",
        ]
    );
}

#[test]
fn the_fields_must_agree() {
    assert_eq!(
        problems(
            r#"{"repeat": "monthly", "day": "tuesday", "start": "12:30", "end": "13:30", "where": "online"}"#
        ),
        [
            "meetings.week: is missing; monthly meetings need the week of the month: \"first\", \"second\", \"third\", \"fourth\", \"fifth\" or \"last\""
        ]
    );
    assert_eq!(
        problems(
            r#"{"repeat": "weekly", "week": "secnd", "day": "tuesday", "start": "12:30", "end": "13:30", "where": "online"}"#
        ),
        [
            "meetings.week: is only for monthly meetings; remove it, or set repeat to \"monthly\" (repeat is \"weekly\")"
        ],
        "one message, not also the misspelling"
    );
    assert_eq!(
        problems(
            r#"{"repeat": "fortnightly", "day": "tuesday", "start": "12:30", "end": "13:30", "where": "online"}"#
        ),
        [
            "meetings.starts_on: is missing; fortnightly meetings need the date of one meeting (YYYY-MM-DD), so the other weeks can be counted from it"
        ]
    );
    assert_eq!(
        problems(
            r#"{"repeat": "fortnightly", "day": "tuesday", "start": "12:30", "end": "13:30", "where": "online", "starts_on": "2026-01-07"}"#
        ),
        [
            "meetings.starts_on: is 2026-01-07, a Wednesday, but day is \"tuesday\"; give the date of a meeting"
        ]
    );
    assert_eq!(
        problems(
            r#"{"repeat": "weekly", "day": "tuesday", "start": "12:30", "end": "13:30", "where": "online", "place": "Room 1", "starts_on": "2026-03-01", "until": "2026-02-01"}"#
        ),
        [
            "meetings.until: is 2026-02-01, before starts_on (2026-03-01); write the date of the last meeting, on or after starts_on",
            "meetings.place: is given, but where is \"online\"; remove place, or set where to \"in person\" or \"hybrid\"",
        ]
    );
    assert_eq!(
        problems(
            r#"{"repeat": "weekly", "day": "tuesday", "start": "12:30", "end": "13:30", "where": "online", "until": "31/12/2026"}"#
        ),
        ["meetings.until: \"31/12/2026\" is not a date in the form YYYY-MM-DD, e.g. 2025-06-30"]
    );
    // A weekly or monthly schedule may start on any day: "from March".
    assert!(
        meetings(r#"{"repeat": "weekly", "day": "tuesday", "start": "12:30", "end": "13:30", "where": "in person", "starts_on": "2026-03-01"}"#)
            .schedule()
            .is_ok()
    );
}

#[test]
fn weekdays_and_nth_weekdays() {
    assert_eq!(Weekday::of(d("1970-01-01")), Weekday::Thursday);
    assert_eq!(Weekday::of(d("2026-12-01")), Weekday::Tuesday);
    assert_eq!(Weekday::of(d("1969-12-29")), Weekday::Monday);
    let tuesday = |month, week| nth_weekday(2026, month, Weekday::Tuesday, week);
    assert_eq!(tuesday(1, Week::Second), Some(d("2026-01-13")));
    assert_eq!(tuesday(3, Week::Fourth), Some(d("2026-03-24")));
    assert_eq!(tuesday(3, Week::Last), Some(d("2026-03-31")), "5 Tuesdays");
    assert_eq!(tuesday(3, Week::Fifth), Some(d("2026-03-31")));
    assert_eq!(tuesday(2, Week::Last), Some(d("2026-02-24")), "4 Tuesdays");
    assert_eq!(tuesday(2, Week::Fifth), None);
    assert_eq!(
        nth_weekday(2024, 2, Weekday::Thursday, Week::Fifth),
        Some(d("2024-02-29")),
        "leap day"
    );
    assert_eq!(summer_time(2026), (d("2026-03-29"), d("2026-10-25")));
    assert_eq!(summer_time(2027), (d("2027-03-28"), d("2027-10-31")));
}

#[test]
fn uk_time_and_utc_across_the_clock_changes() {
    let utc = |date, time| london_to_utc(at(date, time)).unwrap();
    assert_eq!(utc("2026-03-28", "12:30"), (at("2026-03-28", "12:30"), 0));
    assert_eq!(utc("2026-03-29", "00:59"), (at("2026-03-29", "00:59"), 0));
    // The hour the clocks skip is read with the winter offset (RFC 5545).
    assert_eq!(utc("2026-03-29", "01:30"), (at("2026-03-29", "01:30"), 0));
    assert_eq!(utc("2026-03-29", "02:00"), (at("2026-03-29", "01:00"), 60));
    assert_eq!(utc("2026-07-01", "00:30"), (at("2026-06-30", "23:30"), 60));
    // The hour they repeat is read with the summer offset: its first time.
    assert_eq!(utc("2026-10-25", "01:30"), (at("2026-10-25", "00:30"), 60));
    assert_eq!(utc("2026-10-25", "02:00"), (at("2026-10-25", "02:00"), 0));
    assert_eq!(offset_at(at("2026-03-29", "00:59")), 0);
    assert_eq!(offset_at(at("2026-03-29", "01:00")), 60);
    assert_eq!(offset_at(at("2026-10-25", "00:59")), 60);
    assert_eq!(offset_at(at("2026-10-25", "01:00")), 0);
    assert_eq!(
        utc_to_london(at("2026-10-25", "00:30")),
        Some(at("2026-10-25", "01:30"))
    );
    assert_eq!(
        utc_to_london(at("2026-10-25", "01:30")),
        Some(at("2026-10-25", "01:30")),
        "the second 01:30"
    );
}

/// (UK start, UTC start, offset) of each meeting.
fn listed(meetings: &[Meeting]) -> Vec<(String, String, i32)> {
    meetings
        .iter()
        .map(|m| (m.start.to_string(), m.start_utc.to_string(), m.start_offset))
        .collect()
}

fn row(uk: &str, utc: &str, offset: i32) -> (String, String, i32) {
    (uk.to_string(), utc.to_string(), offset)
}

#[test]
fn monthly_dates_across_the_march_and_october_changes() {
    let schedule = schedule(SECOND_TUESDAY);
    let next = next_dates(&schedule, at("2026-02-10", "12:30"), 4);
    assert_eq!(
        listed(&next),
        [
            row("2026-03-10 12:30", "2026-03-10 12:30", 0),
            row("2026-04-14 12:30", "2026-04-14 11:30", 60),
            row("2026-05-12 12:30", "2026-05-12 11:30", 60),
            row("2026-06-09 12:30", "2026-06-09 11:30", 60),
        ],
        "a meeting starting now is not next"
    );
    let next = next_dates(&schedule, at("2026-10-01", "09:00"), 3);
    assert_eq!(
        listed(&next),
        [
            row("2026-10-13 12:30", "2026-10-13 11:30", 60),
            row("2026-11-10 12:30", "2026-11-10 12:30", 0),
            row("2026-12-08 12:30", "2026-12-08 12:30", 0),
        ]
    );
    assert_eq!(next[1].end.to_string(), "2026-11-10 13:30");
    assert_eq!(next[0].end_utc.to_string(), "2026-10-13 12:30");
    assert_eq!(
        listed(&next_dates(&schedule, at("2026-02-10", "12:29"), 1)),
        [row("2026-02-10 12:30", "2026-02-10 12:30", 0)]
    );
}

#[test]
fn weekly_meetings_on_the_days_the_clocks_change() {
    let sunday = |start: &str, end: &str| {
        schedule(&format!(
            r#"{{"repeat": "weekly", "day": "sunday", "start": "{start}", "end": "{end}", "where": "online"}}"#
        ))
    };
    let next = next_dates(&sunday("10:00", "11:00"), at("2026-03-20", "00:00"), 3);
    assert_eq!(
        listed(&next),
        [
            row("2026-03-22 10:00", "2026-03-22 10:00", 0),
            row("2026-03-29 10:00", "2026-03-29 09:00", 60),
            row("2026-04-05 10:00", "2026-04-05 09:00", 60),
        ]
    );
    // 01:30 does not happen on 29 March: the meeting is at 02:30 BST, as
    // calendars put it, and keeps its hour.
    let skipped = next_dates(&sunday("01:30", "02:30"), at("2026-03-28", "00:00"), 1)[0];
    assert_eq!(skipped.start.to_string(), "2026-03-29 02:30");
    assert_eq!(skipped.start_utc.to_string(), "2026-03-29 01:30");
    assert_eq!(skipped.end_utc.to_string(), "2026-03-29 02:30");
    assert_eq!((skipped.start_offset, skipped.end_offset), (60, 60));
    let straddles = next_dates(&sunday("01:30", "02:00"), at("2026-03-28", "00:00"), 1)[0];
    assert_eq!(straddles.end_utc.to_string(), "2026-03-29 02:00");
    // In October 01:30 happens twice: the first, in summer time.
    let twice = next_dates(&sunday("01:30", "02:30"), at("2026-10-24", "00:00"), 2);
    assert_eq!(
        listed(&twice),
        [
            row("2026-10-25 01:30", "2026-10-25 00:30", 60),
            row("2026-11-01 01:30", "2026-11-01 01:30", 0),
        ]
    );
    assert_eq!(twice[0].end_utc.to_string(), "2026-10-25 02:30");
    assert_eq!(twice[0].end_offset, 0);
}

#[test]
fn last_and_fifth_weeks() {
    let last = schedule(&SECOND_TUESDAY.replace("second", "last"));
    let fourth = schedule(&SECOND_TUESDAY.replace("second", "fourth"));
    let fifth = schedule(&SECOND_TUESDAY.replace("second", "fifth"));
    let now = at("2026-01-01", "00:00");
    let dates = |schedule: &Schedule, n| -> Vec<String> {
        next_dates(schedule, now, n)
            .iter()
            .map(|m| m.start.date.to_string())
            .collect()
    };
    assert_eq!(
        dates(&last, 4),
        ["2026-01-27", "2026-02-24", "2026-03-31", "2026-04-28"]
    );
    assert_eq!(
        dates(&fourth, 4),
        ["2026-01-27", "2026-02-24", "2026-03-24", "2026-04-28"],
        "in March, with five Tuesdays, the fourth is not the last"
    );
    assert_eq!(
        dates(&fifth, 6),
        [
            "2026-03-31",
            "2026-06-30",
            "2026-09-29",
            "2026-12-29",
            "2027-03-30",
            "2027-06-29"
        ],
        "months with four Tuesdays are skipped"
    );
}

#[test]
fn fortnightly_meetings_count_from_starts_on() {
    let schedule = schedule(
        r#"{"repeat": "fortnightly", "day": "wednesday", "start": "16:00", "end": "17:00", "where": "in person", "place": "Room 1", "starts_on": "2026-01-07"}"#,
    );
    let dates = |now| -> Vec<String> {
        next_dates(&schedule, now, 3)
            .iter()
            .map(|m| m.start.date.to_string())
            .collect()
    };
    assert_eq!(
        dates(at("2025-06-01", "00:00")),
        ["2026-01-07", "2026-01-21", "2026-02-04"],
        "none before starts_on"
    );
    assert_eq!(
        dates(at("2026-01-14", "00:00")),
        ["2026-01-21", "2026-02-04", "2026-02-18"],
        "not the week between"
    );
    assert_eq!(
        dates(at("2026-01-21", "16:00")),
        ["2026-02-04", "2026-02-18", "2026-03-04"]
    );
    assert_eq!(
        dates(at("2026-01-21", "15:59")),
        ["2026-01-21", "2026-02-04", "2026-02-18"]
    );
}

#[test]
fn until_is_the_last_day() {
    let schedule = schedule(
        r#"{"repeat": "weekly", "day": "monday", "start": "09:00", "end": "09:30", "where": "online", "until": "2026-02-16"}"#,
    );
    let dates: Vec<String> = next_dates(&schedule, at("2026-01-27", "00:00"), 10)
        .iter()
        .map(|m| m.start.date.to_string())
        .collect();
    assert_eq!(dates, ["2026-02-02", "2026-02-09", "2026-02-16"]);
    assert!(next_dates(&schedule, at("2026-02-16", "09:00"), 10).is_empty());
    assert!(next_dates(&schedule, at("2026-01-27", "00:00"), 0).is_empty());
}

#[test]
fn the_end_of_the_calendar_ends_the_list() {
    let schedule = schedule(SECOND_TUESDAY);
    let now = DateTime::new(
        Date {
            year: 65535,
            month: 11,
            day: 1,
        },
        t("00:00"),
    );
    let next = next_dates(&schedule, now, 5);
    assert_eq!(next.len(), 2, "November and December, then no year 65536");
    assert!(next.iter().all(|m| m.start.date.year == 65535));
}

#[test]
fn meetings_for_people_name_the_uk_clocks() {
    let monthly = schedule(SECOND_TUESDAY);
    // 28 March 2027 is the day the clocks go forward.
    let now = uk_now(1_805_500_000).unwrap();
    assert_eq!(now.to_string(), "2027-03-19 23:46", "UTC is GMT in March");
    let next: Vec<String> = next_dates(&monthly, at("2027-03-01", "09:00"), 3)
        .iter()
        .map(Meeting::describe)
        .collect();
    assert_eq!(
        next,
        [
            "Tuesday 9 March 2027, 12:30–13:30 GMT",
            "Tuesday 13 April 2027, 12:30–13:30 BST",
            "Tuesday 11 May 2027, 12:30–13:30 BST",
        ]
    );
    let next: Vec<String> = next_dates(&monthly, at("2027-10-01", "09:00"), 2)
        .iter()
        .map(Meeting::describe)
        .collect();
    assert_eq!(
        next,
        [
            "Tuesday 12 October 2027, 12:30–13:30 BST",
            "Tuesday 9 November 2027, 12:30–13:30 GMT",
        ]
    );
    // A meeting the clocks go back during, on 25 October 2026.
    let sunday = schedule(
        r#"{"repeat": "weekly", "day": "sunday", "start": "01:30", "end": "02:30", "where": "online"}"#,
    );
    assert_eq!(
        next_dates(&sunday, at("2026-10-24", "00:00"), 1)[0].describe(),
        "Sunday 25 October 2026, 01:30–02:30 BST to GMT"
    );
}

#[test]
fn uk_now_follows_the_clocks() {
    // 2027-03-28 00:59 UTC is GMT; 01:00 UTC is 02:00 BST.
    assert_eq!(
        uk_now(1_806_195_540).unwrap().to_string(),
        "2027-03-28 00:59"
    );
    assert_eq!(
        uk_now(1_806_195_600).unwrap().to_string(),
        "2027-03-28 02:00"
    );
    assert_eq!(
        uk_now(1_806_195_659).unwrap().to_string(),
        "2027-03-28 02:00"
    );
}
