use std::collections::HashSet;

use proptest::prelude::*;

use super::columns::{FIELDS, Separator, guess_columns, guess_separator, split_values};
use super::dates::read_date;
use super::ids::{slug, unique_id};
use super::table::{MAX_BYTES, MAX_ROWS, Row, column_letter, read_table};
use super::text::{Encoding, WINDOWS_1252_NOTICE, decode};

fn table(text: &str) -> super::table::Table {
    read_table("list.csv", text.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

fn cells(table: &super::table::Table) -> Vec<(usize, Vec<&str>)> {
    table
        .rows
        .iter()
        .map(|row| (row.number, row.cells.iter().map(String::as_str).collect()))
        .collect()
}

#[test]
fn a_plain_csv_reads_with_spreadsheet_row_numbers() {
    let t = table("Title,Topics\r\nFinance,money\r\nHR,people\r\n");
    assert_eq!(t.headers, ["Title", "Topics"]);
    assert_eq!(t.delimiter, ',');
    assert_eq!(
        cells(&t),
        [(2, vec!["Finance", "money"]), (3, vec!["HR", "people"])]
    );
    assert!(t.notices.is_empty());
}

#[test]
fn byte_order_mark_sep_line_and_semicolons() {
    let t = table("\u{FEFF}sep=;\nTitle;Summary\nFinance;Budgets, and more\n");
    assert_eq!(t.headers, ["Title", "Summary"]);
    assert_eq!(t.delimiter, ';');
    // The sep= line is not a row in Excel: the header is still row 1.
    assert_eq!(cells(&t), [(2, vec!["Finance", "Budgets, and more"])]);
    // Without a sep= line, semicolons are found from the header.
    let t = table("Title;Summary;Topics\nA;b,c;d\n");
    assert_eq!(t.delimiter, ';');
    assert_eq!(cells(&t), [(2, vec!["A", "b,c", "d"])]);
    let t = table("sep=\t\nTitle\tSummary\nA\tb; c, d\n");
    assert_eq!(t.delimiter, '\t');
    assert_eq!(cells(&t), [(2, vec!["A", "b; c, d"])]);
}

#[test]
fn quoted_cells_hold_separators_quotes_and_line_breaks() {
    let t = table(
        "Title,Summary,Leads\n\"Finance, UCL\",\"Says \"\"hello\"\"\nand more\",Jo\n\"Next\",x,y\n",
    );
    assert_eq!(
        cells(&t),
        [
            (2, vec!["Finance, UCL", "Says \"hello\"\nand more", "Jo"]),
            // One row in the spreadsheet, though two lines in the file.
            (3, vec!["Next", "x", "y"]),
        ]
    );
}

#[test]
fn empty_rows_are_skipped_but_keep_the_numbering() {
    let t = table("Title,Topics\n\nFinance,money\n,\n  ,  \nHR,people");
    assert_eq!(
        cells(&t),
        [(3, vec!["Finance", "money"]), (6, vec!["HR", "people"])]
    );
    assert_eq!(t.notices, ["3 empty rows were skipped."]);
}

#[test]
fn blank_and_repeated_headers_are_named() {
    let t = table("Title,,Topics,topics,Topics\na,b,c,d,e\n");
    assert_eq!(
        t.headers,
        ["Title", "Column B", "Topics", "topics (2)", "Topics (3)"]
    );
    assert_eq!(
        t.notices,
        [
            "Columns C and D are both headed “topics”; the second is called “topics (2)” here.",
            "Columns C and E are both headed “Topics”; the second is called “Topics (3)” here.",
        ]
    );
}

#[test]
fn short_rows_are_padded_and_long_ones_say_what_is_not_read() {
    let t = table("Title,Topics\nA\nB,x,extra,more\nC,y,,\n");
    assert_eq!(
        cells(&t),
        [(2, vec!["A", ""]), (3, vec!["B", "x"]), (4, vec!["C", "y"])]
    );
    assert_eq!(
        t.notices,
        [
            "Row 3 has 4 cells but the header names 2 columns; the cells after column B are not read."
        ]
    );
}

#[test]
fn windows_1252_is_read_and_said() {
    // "Café – “Ops”" saved by Excel as plain CSV on Windows.
    let bytes = b"Title\nCaf\xE9 \x96 \x93Ops\x94\n";
    let t = read_table("list.csv", bytes).unwrap();
    assert_eq!(t.rows[0].cells, ["Café – “Ops”"]);
    assert_eq!(t.notices, [WINDOWS_1252_NOTICE]);
    assert_eq!(
        decode(b"\xEF\xBB\xBFok"),
        ("ok".to_string(), Encoding::Utf8)
    );
    assert_eq!(decode(b"\x81").0, "\u{FFFD}", "undefined in Windows-1252");
}

#[test]
fn bad_files_say_what_to_do() {
    let error = |bytes: &[u8]| read_table("list.csv", bytes).unwrap_err();
    assert_eq!(
        error(b"Title,Summary\nA,\"never closed\nB,c\n"),
        "list.csv, row 2: a cell starts with a quotation mark that is never closed, so the rest of the file would be one cell. Close the quotation mark (or remove it) in the spreadsheet and export again."
    );
    assert_eq!(
        error(b""),
        "list.csv has no rows: export the list again with its header row (the column names) first."
    );
    assert_eq!(error(b"\n , \n\n"), error(b""));
    assert_eq!(
        error(&vec![b'a'; MAX_BYTES + 1]),
        "list.csv is 11 MB; the studio reads files up to 10 MB. Export only the directory's list, or split it."
    );
    let many = format!("Title\n{}", "x\n".repeat(MAX_ROWS + 1));
    assert_eq!(
        error(many.as_bytes()),
        "list.csv has more than 20000 rows; the studio reads up to 20000. Export only the directory's list."
    );
}

#[test]
fn five_thousand_rows_read() {
    let mut text = String::from("Title,Topics,Last reviewed\n");
    for i in 0..5_000 {
        text.push_str(&format!("\"Community {i}, UCL\",a;#b,22/11/2026\n"));
    }
    let t = table(&text);
    assert_eq!(t.rows.len(), 5_000);
    assert_eq!(t.rows[4_999].number, 5_001);
    assert_eq!(t.rows[4_999].cells[0], "Community 4999, UCL");
}

#[test]
fn column_letters() {
    let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
        .map(column_letter)
        .into();
    assert_eq!(
        letters,
        ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
    );
}

#[test]
fn dates_are_read_leniently_and_say_how() {
    let read = |cell: &str| read_date(cell).map(|r| (r.date.to_string(), r.how));
    assert_eq!(
        read("2026-11-22"),
        Ok(("2026-11-22".into(), "2026-11-22".into()))
    );
    assert_eq!(
        read("22/11/2026"),
        Ok((
            "2026-11-22".into(),
            "“22/11/2026” read as day/month/year: 22 November 2026 (2026-11-22)".into()
        ))
    );
    assert_eq!(read("22/11/2026 09:00").unwrap().0, "2026-11-22");
    assert_eq!(read(" 2/3/26 ").unwrap().0, "2026-03-02");
    assert_eq!(read("22.11.2026").unwrap().0, "2026-11-22");
    assert_eq!(read("2026/11/22").unwrap().0, "2026-11-22");
    assert_eq!(
        read("2026-11-22T09:00:00Z"),
        Ok((
            "2026-11-22".into(),
            "“2026-11-22T09:00:00Z” read as a date and time: 22 November 2026 (2026-11-22)".into()
        ))
    );
    assert_eq!(
        read("46348"),
        Ok((
            "2026-11-22".into(),
            "“46348” read as an Excel date number: 22 November 2026 (2026-11-22)".into()
        ))
    );
    assert_eq!(read("46348.375").unwrap().0, "2026-11-22", "with a time");
    assert_eq!(read("44197").unwrap().0, "2021-01-01");
    assert_eq!(
        read("11/22/2026"),
        Err("“11/22/2026” looks like a US date (month/day/year); the studio reads day/month/year. Write it as 2026-11-22.".into())
    );
    for bad in [
        "",
        "soon",
        "31/02/2026",
        "12",
        "2026",
        "22/11",
        "1/2/3/4",
        "22/11/20266",
    ] {
        assert_eq!(
            read(bad),
            Err(format!(
                "“{bad}” is not a date the studio can read: write it as 2026-11-22 or 22/11/2026 (day/month/year)."
            ))
        );
    }
}

#[test]
fn ids_from_names_are_valid_stable_and_unique() {
    assert_eq!(
        slug("Finance & Procurement (UCL)"),
        "finance-and-procurement-ucl"
    );
    assert_eq!(
        slug("  Women’s Network — Café Staff "),
        "womens-network-cafe-staff"
    );
    assert_eq!(slug("Straße"), "strasse");
    assert_eq!(slug("研究"), "community");
    assert_eq!(slug("---"), "community");
    let long = slug(&"procurement ".repeat(10));
    assert!(long.len() <= 64 && crate::ids::is_valid_id(&long), "{long}");
    assert!(long.ends_with("procurement"), "cut at a word's end: {long}");
    let mut taken: HashSet<String> = ["finance".to_string()].into();
    assert_eq!(unique_id("Finance", &mut taken), "finance-2");
    assert_eq!(unique_id("finance!", &mut taken), "finance-3");
    assert_eq!(unique_id("HR", &mut taken), "hr");
    let full = "x".repeat(64);
    let mut taken: HashSet<String> = [full.clone()].into();
    assert_eq!(
        unique_id(&full, &mut taken),
        format!("{}-2", "x".repeat(62))
    );
}

#[test]
fn columns_are_guessed_from_sharepoint_and_spreadsheet_headers() {
    let t = table(
        "ID,Title,Description,Topics,Service Area,Organization,Modified,Email,Who can join\n1,Finance,x,a,b,UCL,22/11/2026,a@b.ac.uk,all\n",
    );
    let guessed: Vec<(&str, &str)> = FIELDS
        .iter()
        .zip(guess_columns(&t))
        .filter_map(|(field, column)| Some((field.key, t.headers[column?].as_str())))
        .collect();
    assert_eq!(
        guessed,
        [
            ("name", "Title"),
            ("organisation", "Organization"),
            ("service_area", "Service Area"),
            ("summary", "Description"),
            ("topics", "Topics"),
            ("audience", "Who can join"),
            ("last_reviewed", "Modified"),
            ("contact_email", "Email"),
        ],
        "SharePoint's numeric ID is not the directory's id"
    );
    let t = table("id,name\nucl-finance,Finance\n");
    assert_eq!(guess_columns(&t)[..2], [Some(0), Some(1)]);
    // "Community type" is the kind, not the name ("community").
    let t = table("Title,Community type\nFinance,Community of practice\n");
    assert_eq!(guess_columns(&t)[..3], [None, Some(0), Some(1)]);
}

#[test]
fn several_values_in_a_cell() {
    assert_eq!(
        split_values(";#Finance;#HR;#", Separator::SharePoint),
        ["Finance", "HR"]
    );
    assert_eq!(
        split_values("12;#Finance;#15;#HR", Separator::SharePoint),
        ["Finance", "HR"],
        "a lookup column's item numbers are dropped"
    );
    assert_eq!(
        split_values("budgets; Budgets ;; audit", Separator::Semicolon),
        ["budgets", "audit"]
    );
    assert_eq!(split_values("a, b,c", Separator::Comma), ["a", "b", "c"]);
    assert_eq!(split_values("  ", Separator::Comma), Vec::<String>::new());
    assert_eq!(guess_separator(["a, b", "c;#d"]), Separator::SharePoint);
    assert_eq!(guess_separator(["a, b", "c; d"]), Separator::Semicolon);
    assert_eq!(guess_separator(["a, b", "c"]), Separator::Comma);
}

/// A cell as RFC 4180 writes it.
fn quote(cell: &str) -> String {
    format!("\"{}\"", cell.replace('"', "\"\""))
}

proptest! {
    #[test]
    fn any_bytes_read_or_give_a_message(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        match read_table("x.csv", &bytes) {
            Ok(table) => {
                for row in &table.rows {
                    prop_assert_eq!(row.cells.len(), table.headers.len());
                }
            }
            Err(message) => prop_assert!(message.starts_with("x.csv")),
        }
    }

    #[test]
    fn quoted_cells_round_trip(
        rows in proptest::collection::vec(
            proptest::collection::vec("[a-z ,;\"\n\r\té]{0,8}", 3),
            1..6,
        ),
        delimiter in prop_oneof![Just(','), Just(';'), Just('\t')],
    ) {
        let header = ["A", "B", "C"];
        let line = |cells: &[String]| cells.iter().map(|c| quote(c)).collect::<Vec<_>>().join(&delimiter.to_string());
        let mut text = format!("sep={delimiter}\r\n{}\r\n", header.join(&delimiter.to_string()));
        for row in &rows {
            text.push_str(&line(row));
            text.push_str("\r\n");
        }
        let table = read_table("x.csv", text.as_bytes()).unwrap();
        let expected: Vec<Row> = rows
            .iter()
            .enumerate()
            .filter(|(_, row)| row.iter().any(|c| !c.trim().is_empty()))
            .map(|(i, row)| Row { number: i + 2, cells: row.clone() })
            .collect();
        prop_assert_eq!(table.rows, expected);
    }

    #[test]
    fn dates_never_panic_and_readings_are_valid(cell in "\\PC{0,20}") {
        if let Ok(reading) = read_date(&cell) {
            prop_assert!(crate::date::Date::parse(&reading.date.to_string()).is_ok());
        }
    }

    #[test]
    fn uk_dates_read_back(year in 1950u16..2100, month in 1u8..=12, day in 1u8..=28) {
        let reading = read_date(&format!("{day}/{month}/{year}")).unwrap();
        prop_assert_eq!(reading.date.to_string(), format!("{year:04}-{month:02}-{day:02}"));
    }

    #[test]
    fn generated_ids_are_valid_and_unique(names in proptest::collection::vec("\\PC{0,80}", 1..20)) {
        let mut taken = HashSet::new();
        let ids: Vec<String> = names.iter().map(|name| unique_id(name, &mut taken)).collect();
        for id in &ids {
            prop_assert!(crate::ids::is_valid_id(id), "{}", id);
        }
        prop_assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
        for name in &names {
            prop_assert_eq!(slug(name), slug(name));
        }
    }
}

mod rows {
    use std::collections::HashSet;

    use super::table;
    use crate::date::Date;
    use crate::import::columns::{Separator, guess_columns, guess_separator};
    use crate::import::rows::{Mapping, import_rows};

    /// A SharePoint list exported to CSV: `Title`, `;#` choices, UK dates
    /// with times, SharePoint's own ID, one row with two mistakes.
    const SHAREPOINT: &str = "\u{FEFF}ID,Title,Kind,Organization,Service Area,Description,Topics,Who can join,Status,Modified,Email\r\n\
1,Finance Forum,Community of practice,UCL,Finance,Finance staff share how they work.,;#Budgets;#Audit;#,UCL finance staff,Active,22/11/2026 09:00,finance@example.ac.uk\r\n\
2,Events People,community,UCL,Events,Event organisers learn together.,Events,Anyone,Active,31/02/2026,\r\n\
3,Finance Forum,Professional network,Oxford,Finance,A second forum.,Money,All,dormant,2026-10-01,\r\n";

    /// `t`'s rows imported into an empty directory on 30 November 2026.
    fn import_new(t: &crate::import::table::Table) -> crate::import::rows::Imported {
        import_rows(
            t,
            &mapping(t),
            &HashSet::new(),
            Date::parse("2026-11-30").unwrap(),
        )
    }

    fn mapping(t: &crate::import::table::Table) -> Mapping {
        let columns = guess_columns(t);
        let topics = t.headers.iter().position(|h| h == "Topics").unwrap();
        let separator = guess_separator(t.rows.iter().map(|r| r.cells[topics].as_str()));
        Mapping { columns, separator }
    }

    #[test]
    fn a_sharepoint_export_imports_with_bad_rows_set_aside() {
        let t = table(SHAREPOINT);
        let m = mapping(&t);
        assert_eq!(m.separator, Separator::SharePoint);
        let today = Date::parse("2026-11-30").unwrap();
        let taken: HashSet<String> = ["finance-forum".to_string()].into();
        let imported = import_rows(&t, &m, &taken, today);
        let ids: Vec<&str> = imported.communities.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            ["finance-forum-2", "finance-forum-3"],
            "ids from names, unique with the open directory's"
        );
        let first = &imported.communities[0];
        assert_eq!(first.topics, ["Budgets", "Audit"]);
        assert_eq!(first.last_reviewed, "2026-11-22");
        assert_eq!(
            first.contact_email.as_deref(),
            Some("finance@example.ac.uk")
        );
        assert_eq!(
            imported.readings,
            [
                "Row 2, last_reviewed: “22/11/2026 09:00” read as day/month/year: 22 November 2026 (2026-11-22)"
            ]
        );
        assert_eq!(imported.set_aside.len(), 1);
        let aside = &imported.set_aside[0];
        assert_eq!((aside.row, aside.label.as_str()), (3, "Events People"));
        assert_eq!(
            aside.problems,
            [
                ("kind".to_string(), "“community” is not one of: Community of practice, Professional network.".to_string()),
                ("last_reviewed".to_string(), "“31/02/2026” is not a date the studio can read: write it as 2026-11-22 or 22/11/2026 (day/month/year).".to_string()),
            ]
        );
        assert_eq!(
            aside.entry["name"], "Events People",
            "the row is kept to fix, as read"
        );
        // No placeholder is shown to the editor: the cell as it was, to correct.
        assert_eq!(aside.entry["kind"], "community");
        assert_eq!(aside.entry["last_reviewed"], "31/02/2026");
    }

    #[test]
    fn a_schedule_column_is_never_guessed_and_takes_only_the_json() {
        let t = table(
            "Title,Kind,Organization,Service Area,Description,Topics,Who can join,Status,Modified,Meetings\n\
Finance Forum,Community of practice,UCL,Finance,Finance staff share.,Budgets,All,Active,2026-11-22,Second Tuesday at 12:30\n\
Audit Forum,Community of practice,UCL,Finance,Auditors share.,Audit,All,Active,2026-11-22,\"{\"\"repeat\"\": \"\"weekly\"\", \"\"day\"\": \"\"monday\"\", \"\"start\"\": \"\"09:00\"\", \"\"end\"\": \"\"09:30\"\", \"\"where\"\": \"\"online\"\"}\"\n",
        );
        let mut m = mapping(&t);
        let meetings = crate::import::columns::FIELDS
            .iter()
            .position(|f| f.key == "meetings")
            .unwrap();
        assert_eq!(m.columns[meetings], None, "not guessed");
        m.columns[meetings] = Some(9);
        let imported = import_rows(&t, &m, &HashSet::new(), Date::parse("2026-11-30").unwrap());
        assert_eq!(imported.set_aside.len(), 1);
        assert_eq!(imported.set_aside[0].problems[0].0, "meetings");
        assert!(
            imported.set_aside[0].problems[0]
                .1
                .starts_with("“Second Tuesday at 12:30” is not a meeting schedule:")
        );
        let audit = &imported.communities[0];
        assert_eq!(
            audit.schedule().unwrap().describe(),
            "Every Monday, 09:00–09:30 UK time, online"
        );
    }

    #[test]
    fn the_validators_rules_apply_to_every_row() {
        let t = table(
            "Title,Kind,Organisation,Service area,Summary,Topics,Audience,Status,Last reviewed,Join URL\n\
             A,Community of practice,UCL,HR,,hr,All,Active,2026-11-01,http://example.ac.uk\n\
             ,Community of practice,UCL,HR,About HR.,hr,All,Active,2026-11-01,\n",
        );
        let m = mapping(&t);
        let imported = import_rows(&t, &m, &HashSet::new(), Date::parse("2026-11-30").unwrap());
        assert!(imported.communities.is_empty());
        let problems: Vec<(usize, Vec<String>)> = imported
            .set_aside
            .iter()
            .map(|a| {
                (
                    a.row,
                    a.problems
                        .iter()
                        .map(|(f, m)| format!("{f}: {m}"))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            problems,
            [
                (
                    2,
                    vec![
                        "summary: must not be empty".to_string(),
                        "join_url: \"http://example.ac.uk\" uses http://, which is not secure; use https://".to_string(),
                    ]
                ),
                (3, vec!["name: must not be empty".to_string()]),
            ],
            "the messages `make validate` gives"
        );
    }

    #[test]
    fn of_two_rows_with_one_id_the_first_is_imported() {
        let row = |id: &str, name: &str| {
            format!("{id},{name},Community of practice,UCL,HR,About.,hr,All,Active,2026-11-01\n")
        };
        let text = format!(
            "Id,Name,Kind,Organisation,Service area,Summary,Topics,Audience,Status,Last reviewed\n{}{}{}",
            row("ucl-hr", "First"),
            row("ucl-hr", "Second"),
            row("ucl-pay", "Third")
        );
        let t = table(&text);
        let imported = import_new(&t);
        let names: Vec<&str> = imported
            .communities
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, ["First", "Third"]);
        assert_eq!(imported.set_aside.len(), 1);
        assert_eq!(
            (
                imported.set_aside[0].row,
                imported.set_aside[0].label.as_str()
            ),
            (3, "Second")
        );
        assert_eq!(imported.set_aside[0].problems[0].0, "id");
    }

    #[test]
    fn five_thousand_rows_import() {
        let mut text = String::from(
            "Title,Kind,Organisation,Service area,Summary,Topics,Audience,Status,Modified\n",
        );
        let summary = "Staff who share a practice meet to swap what works, ".repeat(5);
        for i in 0..5_000 {
            text.push_str(&format!(
                "Community {i},Community of practice,UCL,HR,\"{summary}\",;#hr;#pay;#,All staff,Active,22/11/2026 09:00\n"
            ));
        }
        let t = table(&text);
        let imported = import_new(&t);
        assert_eq!(
            imported.communities.len(),
            5_000,
            "{:?}",
            imported.set_aside.first()
        );
        assert_eq!(imported.communities[4_999].id, "community-4999");
        assert_eq!(imported.readings.len(), 5_000);
    }

    fn save_and_open(
        communities: &[crate::directory::Community],
    ) -> Vec<crate::directory::Community> {
        use crate::directory::DirectoryFile;
        let file = DirectoryFile {
            schema: None,
            review_after_months: 12,
            communities: communities.to_vec(),
            set_aside: Vec::new(),
        };
        let saved = crate::directory::save::to_json(&file);
        crate::content::load::<DirectoryFile>(saved.as_bytes())
            .unwrap_or_else(|e| panic!("{e}\n{saved}"))
            .communities
    }

    #[test]
    fn an_import_saves_and_opens_as_itself() {
        let t = table(SHAREPOINT);
        let imported = import_new(&t);
        assert_eq!(imported.communities.len(), 2);
        assert_eq!(save_and_open(&imported.communities), imported.communities);
    }

    proptest::proptest! {
        #[test]
        fn imported_rows_save_and_open_as_themselves(
            rows in proptest::collection::vec(
                (
                    "[A-Za-z][A-Za-z ,&é]{0,30}",
                    proptest::sample::select(vec!["Community of practice", "professional-network"]),
                    "[A-Za-z][a-z ]{0,20}",
                    proptest::collection::vec("[a-z][a-z ]{0,12}", 1..4),
                    proptest::sample::select(vec!["Active", "dormant", "ARCHIVED"]),
                    (1u8..=28, 1u8..=12, 2000u16..2026),
                ),
                1..8,
            )
        ) {
            let quote = |cell: &str| format!("\"{}\"", cell.replace('"', "\"\""));
            let mut text = String::from("Title,Kind,Organisation,Service area,Summary,Topics,Audience,Status,Last reviewed\n");
            for (name, kind, org, topics, status, (d, m, y)) in &rows {
                text.push_str(&format!(
                    "{},{kind},{},Finance,About it.,{},All staff,{status},{d}/{m}/{y}\n",
                    quote(name),
                    quote(org),
                    quote(&topics.join(";")),
                ));
            }
            let t = table(&text);
            let imported = import_new(&t);
            proptest::prop_assert_eq!(imported.communities.len() + imported.set_aside.len(), rows.len());
            proptest::prop_assert_eq!(save_and_open(&imported.communities), imported.communities);
        }
    }

    #[test]
    fn an_id_made_from_a_name_avoids_ids_given_later() {
        let t = table(
            "Id,Name,Kind,Organisation,Service area,Summary,Topics,Audience,Status,Last reviewed\n\
             ,Finance,Community of practice,UCL,HR,About.,hr,All,Active,2026-11-01\n\
             finance,Finance too,Community of practice,UCL,HR,About.,hr,All,Active,2026-11-01\n",
        );
        let ids: Vec<String> = import_new(&t)
            .communities
            .into_iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(ids, ["finance-2", "finance"]);
    }
}
