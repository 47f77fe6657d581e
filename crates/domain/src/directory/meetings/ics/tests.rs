use super::super::{Date, DateTime, Meetings, Schedule, Time};
use super::*;

fn community(json: &str) -> Community {
    serde_json::from_str(json).unwrap()
}

fn schedule(json: &str) -> Schedule {
    serde_json::from_str::<Meetings>(json)
        .unwrap()
        .schedule()
        .unwrap()
}

fn stamp() -> DateTime {
    DateTime::new(
        Date::parse("2026-12-01").unwrap(),
        Time::parse("05:04").unwrap(),
    )
}

const PAYROLL: &str = r#"{
    "id": "ucl-payroll", "name": "Payroll, pensions; and pay", "kind": "community-of-practice",
    "organisation": "UCL", "service_area": "Finance",
    "summary": "People who pay people.\nAll welcome, honestly.",
    "topics": ["pay"], "audience": "Staff", "status": "active", "last_reviewed": "2026-11-22",
    "join": "Ask HR",
    "join_url": "https://forms.example.ac.uk/payroll",
    "contact_email": "payroll-cop@example.ac.uk", "contact_name": "Jo Lead"
}"#;

const SECOND_TUESDAY: &str = r#"{"repeat": "monthly", "week": "second", "day": "tuesday",
    "start": "12:30", "end": "13:30", "where": "hybrid", "place": "Room 1, Foster Court",
    "until": "2027-07-31"}"#;

#[test]
fn writes_one_community_exactly() {
    let payroll = community(PAYROLL);
    let schedule = schedule(SECOND_TUESDAY);
    let expected = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//CoP Navigator//Community meetings//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
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
        "BEGIN:VEVENT",
        "UID:ucl-payroll@directory.cop-navigator",
        "DTSTAMP:20261201T050400Z",
        "DTSTART;TZID=Europe/London:20261208T123000",
        "DTEND;TZID=Europe/London:20261208T133000",
        "RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270731T225959Z",
        "SUMMARY:Payroll\\, pensions\\; and pay",
        "LOCATION:Room 1\\, Foster Court and online",
        // Folded: 75 octets, then a space and 74 more.
        "DESCRIPTION:People who pay people.\\nAll welcome\\, honestly.\\n\\nHow to join:",
        " \\nAsk HR\\nJoin page: https://forms.example.ac.uk/payroll\\nContact: Jo Lead",
        "  (payroll-cop@example.ac.uk)",
        "URL:https://forms.example.ac.uk/payroll",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    .join("\r\n");
    assert_eq!(calendar(&[(&payroll, &schedule)], stamp()), expected);
}

#[test]
fn rules_for_each_repeat() {
    let rule = |json: &str| rrule(&schedule(json));
    assert_eq!(
        rule(
            r#"{"repeat": "weekly", "day": "monday", "start": "09:00", "end": "10:00", "where": "online"}"#
        ),
        "FREQ=WEEKLY;BYDAY=MO"
    );
    assert_eq!(
        rule(
            r#"{"repeat": "fortnightly", "day": "friday", "start": "09:00", "end": "10:00", "where": "online", "starts_on": "2026-01-02", "until": "2026-01-30"}"#
        ),
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;UNTIL=20260130T235959Z",
        "UNTIL in winter: the same in UTC"
    );
    assert_eq!(
        rule(
            r#"{"repeat": "monthly", "week": "last", "day": "sunday", "start": "09:00", "end": "10:00", "where": "online"}"#
        ),
        "FREQ=MONTHLY;BYDAY=-1SU"
    );
    assert_eq!(
        rule(
            r#"{"repeat": "monthly", "week": "fifth", "day": "thursday", "start": "09:00", "end": "10:00", "where": "online"}"#
        ),
        "FREQ=MONTHLY;BYDAY=5TH"
    );
}

#[test]
fn an_event_starts_at_its_first_meeting_from_today_or_starts_on() {
    let payroll = community(PAYROLL);
    let later = schedule(
        r#"{"repeat": "fortnightly", "day": "wednesday", "start": "16:00", "end": "17:30", "where": "in person", "starts_on": "2027-04-07"}"#,
    );
    let ics = calendar(&[(&payroll, &later)], stamp());
    assert!(ics.contains("\r\nDTSTART;TZID=Europe/London:20270407T160000\r\n"));
    assert!(ics.contains("\r\nDTEND;TZID=Europe/London:20270407T173000\r\n"));
    assert!(ics.contains("\r\nLOCATION:In person\r\n"));
    // Over before the file was made: no event.
    let over = schedule(
        r#"{"repeat": "weekly", "day": "monday", "start": "09:00", "end": "10:00", "where": "online", "until": "2026-11-30"}"#,
    );
    let ics = calendar(&[(&payroll, &over)], stamp());
    assert!(!ics.contains("BEGIN:VEVENT"));
    assert!(ics.ends_with("END:VTIMEZONE\r\nEND:VCALENDAR\r\n"));
}

#[test]
fn url_only_when_https() {
    let mut payroll = community(PAYROLL);
    let schedule = schedule(SECOND_TUESDAY);
    payroll.join_url = Some("http://forms.example.ac.uk/payroll".into());
    payroll.join = Some("javascript:alert(1)".into());
    let ics = calendar(&[(&payroll, &schedule)], stamp());
    assert!(!ics.contains("\r\nURL:"), "{ics}");
    payroll.teams_url = Some("https://teams.microsoft.com/l/team/x".into());
    let ics = calendar(&[(&payroll, &schedule)], stamp());
    assert!(ics.contains("\r\nURL:https://teams.microsoft.com/l/team/x\r\n"));
}

#[test]
fn text_is_escaped() {
    assert_eq!(text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(text("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
    assert_eq!(text("tab\there\u{7}bell\u{0}"), "tab\therebell");
    assert_eq!(
        text("café: “quoted”"),
        "café: “quoted”",
        "colons and quotes stay"
    );
}

fn folded(line: &str) -> String {
    let mut out = String::new();
    push_folded(&mut out, line);
    out
}

#[test]
fn long_lines_are_folded_at_75_octets() {
    assert_eq!(folded(&"a".repeat(75)), format!("{}\r\n", "a".repeat(75)));
    assert_eq!(
        folded(&"a".repeat(76)),
        format!("{}\r\n a\r\n", "a".repeat(75))
    );
    assert_eq!(
        folded(&"a".repeat(75 + 74 + 1)),
        format!("{}\r\n {}\r\n a\r\n", "a".repeat(75), "a".repeat(74))
    );
    // "é" is two octets and "€" three: neither is split, so a line may
    // end short of 75.
    let line = format!("{}é", "a".repeat(74));
    assert_eq!(folded(&line), format!("{}\r\n é\r\n", "a".repeat(74)));
    let line = format!("{}€€", "a".repeat(71));
    assert_eq!(folded(&line), format!("{}€\r\n €\r\n", "a".repeat(71)));
    let emoji = "🙂".repeat(40);
    for line in folded(&emoji).split_terminator("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    assert_eq!(folded(&emoji).replace("\r\n ", ""), format!("{emoji}\r\n"));
    assert_eq!(folded(""), "\r\n");
}

#[test]
fn the_communities_with_meetings_ahead_are_the_events_written() {
    let with_json = |id: &str, meetings: &str| {
        let json = PAYROLL.replace("ucl-payroll", id).replace(
            "\"join\": \"Ask HR\",",
            &format!("\"join\": \"Ask HR\", \"meetings\": {meetings},"),
        );
        community(&json)
    };
    let monthly = with_json("monthly", SECOND_TUESDAY);
    let over = with_json(
        "over",
        r#"{"repeat": "weekly", "day": "monday", "start": "09:00", "end": "10:00", "where": "online", "until": "2026-11-30"}"#,
    );
    let none = community(PAYROLL);
    let communities = [none, over, monthly];
    let events = with_meetings_ahead(&communities, stamp());
    let ids: Vec<&str> = events.iter().map(|(c, _)| c.id.as_str()).collect();
    assert_eq!(ids, ["monthly"]);
    let borrowed: Vec<(&Community, &Schedule)> = events.iter().map(|(c, s)| (*c, s)).collect();
    let ics = calendar(&borrowed, stamp());
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    assert!(ics.contains("\r\nUID:monthly@directory.cop-navigator\r\n"));
    // On the day of the last meeting (Monday 30 November 2026), it still
    // counts.
    let late = DateTime::new(
        Date::parse("2026-11-30").unwrap(),
        Time::parse("07:00").unwrap(),
    );
    assert_eq!(with_meetings_ahead(&communities, late).len(), 2);
}

#[test]
fn the_offer_counts_the_communities_in_the_file() {
    assert_eq!(
        offer(3, 3),
        (
            "Add these 3 communities’ meetings to your calendar".to_string(),
            None
        )
    );
    assert_eq!(
        offer(1, 4),
        (
            "Add 1 community’s meetings to your calendar".to_string(),
            Some("1 of the 4 communities found gives meeting times.".to_string())
        )
    );
    assert_eq!(
        offer(2, 5).1.as_deref(),
        Some("2 of the 5 communities found give meeting times.")
    );
}
