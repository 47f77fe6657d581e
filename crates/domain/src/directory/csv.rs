//! The current results as CSV for a spreadsheet (RFC 4180), safe to open:
//! a cell that a spreadsheet would run as a formula is prefixed with `'`.

use super::{Choice, Community, DirectoryFile};
use crate::date::Date;
use crate::url::encode;

const HEADER: [&str; 20] = [
    "id",
    "name",
    "kind",
    "organisation",
    "service_area",
    "status",
    "format",
    "cadence",
    "summary",
    "topics",
    "aliases",
    "audience",
    "how_to_join",
    "sponsor",
    "leads",
    "members",
    "founded",
    "last_reviewed",
    "needs_review",
    "link",
];

/// The communities at `items` (indexes into the directory), one row each.
/// `link_base` is the absolute address of the directory view; each row links
/// to its community's detail (`…/directory?c=ID`). Without today's date,
/// `needs_review` is left blank.
pub fn to_csv(
    directory: &DirectoryFile,
    items: &[usize],
    today: Option<Date>,
    link_base: &str,
) -> String {
    // A byte order mark makes Excel read the file as UTF-8.
    let mut out = String::from('\u{feff}');
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    for community in items.iter().filter_map(|i| directory.communities.get(*i)) {
        push_row(
            &mut out,
            row(community, directory.review_after_months, today, link_base),
        );
    }
    out
}

fn row(
    community: &Community,
    review_after_months: u32,
    today: Option<Date>,
    link_base: &str,
) -> impl Iterator<Item = String> {
    let needs_review = match today {
        Some(today) if community.needs_review(today, review_after_months) => "yes",
        Some(_) => "no",
        None => "",
    };
    [
        community.id.clone(),
        community.name.clone(),
        community.kind.label().to_string(),
        community.organisation.clone(),
        community.service_area.clone(),
        community.status.label().to_string(),
        community
            .format
            .map(Choice::label)
            .unwrap_or_default()
            .to_string(),
        community.cadence.clone().unwrap_or_default(),
        community.summary.clone(),
        community.topics.join("; "),
        community.aliases.join("; "),
        community.audience.clone(),
        community.join.clone().unwrap_or_default(),
        community.sponsor.clone().unwrap_or_default(),
        community.leads.join("; "),
        community.members.map(|n| n.to_string()).unwrap_or_default(),
        community.founded.clone().unwrap_or_default(),
        community.last_reviewed.clone(),
        needs_review.to_string(),
        format!("{link_base}?c={}", encode(&community.id)),
    ]
    .into_iter()
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell_text(&cell));
    }
    out.push_str("\r\n");
}

/// One cell: defused if a spreadsheet would take it for a formula, then
/// quoted if it holds a comma, quote or line break (quotes doubled).
pub fn cell_text(value: &str) -> String {
    let value = if starts_like_formula(value) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// OWASP's list (`= + - @`, tab, carriage return) and the full-width forms
/// some spreadsheets also accept, after any leading spaces.
fn starts_like_formula(value: &str) -> bool {
    let first = value.trim_start_matches(' ').chars().next();
    matches!(
        first,
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠')
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;

    #[test]
    fn quotes_as_rfc_4180_says() {
        assert_eq!(cell_text("plain"), "plain");
        assert_eq!(cell_text("a, b"), "\"a, b\"");
        assert_eq!(cell_text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell_text("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell_text(""), "");
    }

    #[test]
    fn defuses_formulas() {
        assert_eq!(cell_text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell_text("+1"), "'+1");
        assert_eq!(cell_text("-2+3"), "'-2+3");
        assert_eq!(cell_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell_text("\tx"), "'\tx");
        assert_eq!(cell_text("  =1"), "'  =1");
        assert_eq!(cell_text("＝1"), "'＝1");
        assert_eq!(cell_text("a=b"), "a=b", "only a leading sign is a formula");
        assert_eq!(cell_text("post-award"), "post-award");
    }

    #[test]
    fn exports_chosen_rows_with_header_and_links() {
        let json = r#"{"communities": [
          {"id": "a", "name": "=cmd|' /C calc'!A0", "kind": "community-of-practice", "organisation": "Org, Ltd",
           "service_area": "Finance", "summary": "Line one\nline \"two\"", "topics": ["x", "y"], "audience": "All",
           "status": "active", "last_reviewed": "2020-01-01", "join": "mailto:a@example.ac.uk"},
          {"id": "b", "name": "B", "kind": "professional-network", "organisation": "Org", "service_area": "HR",
           "summary": "S", "topics": ["z"], "audience": "All", "status": "dormant", "last_reviewed": "2026-11-01",
           "format": "in-person", "members": 40}
        ]}"#;
        let directory = load::<DirectoryFile>(json.as_bytes()).unwrap();
        let today = Date::parse("2026-11-22").unwrap();
        let csv = to_csv(
            &directory,
            &[1, 0],
            Some(today),
            "https://x.ac.uk/cop/directory",
        );
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].starts_with("\u{feff}id,name,kind,organisation,"));
        assert_eq!(
            lines[1],
            "b,B,Professional network,Org,HR,Dormant,In person,,S,z,,All,,,,40,,2026-11-01,no,https://x.ac.uk/cop/directory?c=b"
        );
        assert_eq!(
            lines[2],
            "a,'=cmd|' /C calc'!A0,Community of practice,\"Org, Ltd\",Finance,Active,,,\"Line one\nline \"\"two\"\"\",x; y,,All,mailto:a@example.ac.uk,,,,,2020-01-01,yes,https://x.ac.uk/cop/directory?c=a",
            "a line break inside a quoted cell does not end the row"
        );
        assert_eq!(lines.len(), 4, "header, two rows, final empty line");
    }
}
