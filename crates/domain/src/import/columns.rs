//! Which column holds which directory field, guessed from the header names
//! (SharePoint's `Title` included) for the editor to confirm, and cells
//! holding several values (topics, leads, aliases) split into them.

use super::table::Table;

/// A directory field an import can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The field's name in directory.json.
    pub key: &'static str,
    /// Whether a cell holds several values (a list in the file).
    pub many: bool,
    /// Header names that mean this field, written as `normalise` leaves them.
    names: &'static [&'static str],
}

const fn field(key: &'static str, many: bool, names: &'static [&'static str]) -> Field {
    Field { key, many, names }
}

/// Every field, in the schema's order.
pub const FIELDS: &[Field] = &[
    field("id", false, &["id", "slug", "key", "communityid"]),
    field(
        "name",
        false,
        &["name", "title", "communityname", "community", "groupname"],
    ),
    field(
        "kind",
        false,
        &[
            "kind",
            "type",
            "grouptype",
            "kindofgroup",
            "communitytype",
            "typeofgroup",
        ],
    ),
    field(
        "organisation",
        false,
        &[
            "organisation",
            "organization",
            "institution",
            "university",
            "org",
        ],
    ),
    field(
        "service_area",
        false,
        &[
            "servicearea",
            "area",
            "department",
            "function",
            "professionalarea",
        ],
    ),
    field(
        "summary",
        false,
        &["summary", "description", "about", "whatitis", "purpose"],
    ),
    field(
        "topics",
        true,
        &["topics", "topic", "tags", "keywords", "subjects"],
    ),
    field(
        "audience",
        false,
        &["audience", "whocanjoin", "whoitisfor", "for", "eligibility"],
    ),
    field("join", false, &["join", "howtojoin", "joining"]),
    field("format", false, &["format", "meetingformat", "mode"]),
    field(
        "cadence",
        false,
        &[
            "cadence",
            "meets",
            "frequency",
            "meetingfrequency",
            "howoften",
        ],
    ),
    // A schedule is several fields of its own: no column is taken for it
    // unless the editor picks one (and then each cell must be the JSON).
    field("meetings", false, &[]),
    field("status", false, &["status", "state"]),
    field(
        "members",
        false,
        &["members", "membership", "numberofmembers", "size"],
    ),
    field("sponsor", false, &["sponsor", "executivesponsor"]),
    field(
        "leads",
        true,
        &[
            "leads",
            "lead",
            "leaders",
            "communitylead",
            "communityleads",
            "coordinator",
        ],
    ),
    field(
        "founded",
        false,
        &["founded", "started", "startdate", "established"],
    ),
    field(
        "last_reviewed",
        false,
        &[
            "lastreviewed",
            "reviewed",
            "reviewdate",
            "lastchecked",
            "modified",
        ],
    ),
    field(
        "aliases",
        true,
        &["aliases", "alsoknownas", "othernames", "acronym"],
    ),
    field("source", false, &["source", "sourcename"]),
    field(
        "source_url",
        false,
        &[
            "sourceurl",
            "webpage",
            "website",
            "url",
            "moreinformation",
            "link",
        ],
    ),
    field(
        "join_url",
        false,
        &[
            "joinurl",
            "joinlink",
            "signup",
            "signuplink",
            "registration",
        ],
    ),
    field(
        "teams_url",
        false,
        &[
            "teamsurl",
            "teams",
            "teamslink",
            "microsoftteams",
            "teamschannel",
        ],
    ),
    field(
        "contact_email",
        false,
        &["contactemail", "email", "emailaddress", "contactaddress"],
    ),
    field(
        "contact_name",
        false,
        &["contactname", "contact", "contactperson"],
    ),
];

/// Lower-case letters and digits only: "Service area" and "service_area"
/// are the same name.
pub fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// For each of `FIELDS`, the column it is guessed to come from, each column
/// used once. An id column must hold words somewhere: SharePoint's own
/// `ID` column (item numbers 1, 2, 3…) is not the directory's id.
pub fn guess_columns(table: &Table) -> Vec<Option<usize>> {
    let names: Vec<String> = table.headers.iter().map(|h| normalise(h)).collect();
    let mut used = vec![false; names.len()];
    FIELDS
        .iter()
        .map(|field| {
            let column = field.names.iter().find_map(|wanted| {
                names
                    .iter()
                    .enumerate()
                    .position(|(i, name)| !used[i] && name == wanted)
            })?;
            if field.key == "id" && !has_words(table, column) {
                return None;
            }
            used[column] = true;
            Some(column)
        })
        .collect()
}

fn has_words(table: &Table, column: usize) -> bool {
    table
        .rows
        .iter()
        .any(|row| row.cells[column].chars().any(|c| c.is_alphabetic()))
}

/// How several values share a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    /// SharePoint's `;#` (choice and lookup columns).
    SharePoint,
    Semicolon,
    Comma,
    /// One value a line: the studio's form (a list field is a text box).
    Line,
}

/// The separator the column's cells seem to use: `;#` if any has it, then
/// `;`, else `,`.
pub fn guess_separator<'a>(cells: impl IntoIterator<Item = &'a str>) -> Separator {
    let mut guess = Separator::Comma;
    for cell in cells {
        if cell.contains(";#") {
            return Separator::SharePoint;
        }
        if cell.contains(';') {
            guess = Separator::Semicolon;
        }
    }
    guess
}

/// The values in one cell, trimmed, blanks and repeats dropped. SharePoint
/// lookup cells ("12;#Finance;#15;#HR") lose their item numbers.
pub fn split_values(cell: &str, separator: Separator) -> Vec<String> {
    let pieces: Vec<&str> = match separator {
        Separator::SharePoint => cell.split(";#").collect(),
        Separator::Semicolon => cell.split(';').collect(),
        Separator::Comma => cell.split(',').collect(),
        Separator::Line => cell.lines().collect(),
    };
    let mut pieces: Vec<&str> = pieces
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let numbered = separator == Separator::SharePoint
        && pieces.len().is_multiple_of(2)
        && pieces
            .chunks(2)
            .all(|pair| pair[0].bytes().all(|b| b.is_ascii_digit()));
    if numbered {
        pieces = pieces.chunks(2).map(|pair| pair[1]).collect();
    }
    let mut values: Vec<String> = Vec::new();
    for piece in pieces {
        if !values.iter().any(|v| v.eq_ignore_ascii_case(piece)) {
            values.push(piece.to_string());
        }
    }
    values
}
