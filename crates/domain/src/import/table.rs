//! Rows and columns from a CSV or TSV export (RFC 4180, read leniently):
//! comma, semicolon or tab separated, found from the header or from Excel's
//! `sep=;` first line; quoted cells may hold separators, doubled quotes and
//! line breaks. Rows are numbered as the spreadsheet shows them (the header
//! is row 1), so every message points at a row the editor can find.

use super::text::{Encoding, WINDOWS_1252_NOTICE, decode};

/// The most data rows read: well above any directory (5,000 rows take a
/// moment), well below what would stall a browser tab.
pub const MAX_ROWS: usize = 20_000;

/// The largest file read, in bytes.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// A file's header and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Column names: trimmed, blank ones named by their letter ("Column C"),
    /// repeated ones numbered ("Topics (2)").
    pub headers: Vec<String>,
    /// Rows with something in them, each as long as `headers`.
    pub rows: Vec<Row>,
    pub delimiter: char,
    /// What the editor should know about how the file was read.
    pub notices: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The row's number in the spreadsheet (the header is row 1).
    pub number: usize,
    pub cells: Vec<String>,
}

/// Reads `bytes` (from the file `name`) as a table with a header row.
pub fn read_table(name: &str, bytes: &[u8]) -> Result<Table, String> {
    if bytes.len() > MAX_BYTES {
        return Err(format!(
            "{name} is {} MB; the studio reads files up to {} MB. Export only the directory's list, or split it.",
            bytes.len().div_ceil(1024 * 1024),
            MAX_BYTES / (1024 * 1024)
        ));
    }
    let (text, encoding) = decode(bytes);
    let mut notices = Vec::new();
    if encoding == Encoding::Windows1252 {
        notices.push(WINDOWS_1252_NOTICE.to_string());
    }
    let (body, given) = without_sep_line(&text);
    let delimiter = given.unwrap_or_else(|| guess_delimiter(body));
    let records = records(body, delimiter).map_err(|row| {
        format!(
            "{name}, row {row}: a cell starts with a quotation mark that is never closed, so the rest of the file would be one cell. Close the quotation mark (or remove it) in the spreadsheet and export again."
        )
    })?;
    let Some(header_index) = records.iter().position(|record| !is_blank(record)) else {
        return Err(format!(
            "{name} has no rows: export the list again with its header row (the column names) first."
        ));
    };
    let headers = name_headers(&records[header_index], &mut notices);
    let mut rows = Vec::new();
    let mut blank = 0;
    for (index, record) in records.iter().enumerate().skip(header_index + 1) {
        let number = index + 1;
        if is_blank(record) {
            blank += 1;
            continue;
        }
        if record.len() > headers.len()
            && record[headers.len()..]
                .iter()
                .any(|cell| !cell.trim().is_empty())
        {
            notices.push(format!(
                "Row {number} has {} cells but the header names {} columns; the cells after column {} are not read.",
                record.len(),
                headers.len(),
                column_letter(headers.len() - 1)
            ));
        }
        let mut cells = record.clone();
        cells.resize(headers.len(), String::new());
        rows.push(Row { number, cells });
        if rows.len() > MAX_ROWS {
            return Err(format!(
                "{name} has more than {MAX_ROWS} rows; the studio reads up to {MAX_ROWS}. Export only the directory's list."
            ));
        }
    }
    if blank > 0 {
        notices.push(match blank {
            1 => "1 empty row was skipped.".to_string(),
            n => format!("{n} empty rows were skipped."),
        });
    }
    Ok(Table {
        headers,
        rows,
        delimiter,
        notices,
    })
}

/// Excel's `sep=;` first line names the separator and is not a row.
fn without_sep_line(text: &str) -> (&str, Option<char>) {
    let (first, rest) = match text.find(['\r', '\n']) {
        Some(end) => {
            let rest = &text[end..];
            let rest = rest
                .strip_prefix("\r\n")
                .or_else(|| rest.strip_prefix('\n'))
                .or_else(|| rest.strip_prefix('\r'))
                .unwrap_or(rest);
            (&text[..end], rest)
        }
        None => (text, ""),
    };
    // Not trimmed before the separator: it may be a tab.
    let mut chars = first.trim_start().chars();
    let prefix: String = chars.by_ref().take(4).collect();
    match (chars.next(), chars.as_str().trim()) {
        (Some(separator), "") if prefix.eq_ignore_ascii_case("sep=") => (rest, Some(separator)),
        _ => (text, None),
    }
}

/// The separator used most in the first row, outside quotes: comma,
/// semicolon (Excel where the decimal mark is a comma) or tab.
fn guess_delimiter(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\r' | '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    [',', ';', '\t'][best]
}

/// Every record, blank ones included (they keep the row numbers right).
/// Err: the row number where a quoted cell is never closed.
fn records(text: &str, delimiter: char) -> Result<Vec<Vec<String>>, usize> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    // Inside a quoted cell, and whether this cell began with a quote.
    let mut quoted = false;
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                quoted = true;
                at_cell_start = false;
            }
            c if c == delimiter => {
                record.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
                at_cell_start = true;
            }
            _ => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    if quoted {
        return Err(records.len() + 1);
    }
    if !cell.is_empty() || !record.is_empty() {
        record.push(cell);
        records.push(record);
    }
    Ok(records)
}

fn is_blank(record: &[String]) -> bool {
    record.iter().all(|cell| cell.trim().is_empty())
}

/// Trimmed names; a blank one takes its column's letter, a repeated one a
/// number, and the editor is told.
fn name_headers(record: &[String], notices: &mut Vec<String>) -> Vec<String> {
    let mut headers: Vec<String> = Vec::with_capacity(record.len());
    for (index, cell) in record.iter().enumerate() {
        let name = cell.trim();
        let name = if name.is_empty() {
            format!("Column {}", column_letter(index))
        } else {
            name.to_string()
        };
        let same = |other: &String| other.eq_ignore_ascii_case(&name);
        let earlier = headers.iter().position(same);
        let name = match earlier {
            Some(first) => {
                let mut n = 2;
                while headers
                    .iter()
                    .any(|h| h.eq_ignore_ascii_case(&format!("{name} ({n})")))
                {
                    n += 1;
                }
                let renamed = format!("{name} ({n})");
                notices.push(format!(
                    "Columns {} and {} are both headed “{name}”; the second is called “{renamed}” here.",
                    column_letter(first),
                    column_letter(index)
                ));
                renamed
            }
            None => name,
        };
        headers.push(name);
    }
    headers
}

/// A column's letters as a spreadsheet shows them: A…Z, AA, AB…
pub fn column_letter(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}
