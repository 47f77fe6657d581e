//! Tables: `| a | b |` rows, the header separated from the body by a
//! `|---|---|` line. Every body row must have as many cells as the header,
//! so a missing `|` is reported rather than shifting columns silently.

use super::Table;
use super::inline::{excerpt, parse_counting};

/// The table in `lines`, adding the steps taken to `steps`.
pub fn parse(caption: Option<&str>, lines: &[String], steps: &mut usize) -> Result<Table, String> {
    *steps += lines.iter().map(String::len).sum::<usize>();
    let mut rows = lines.iter().map(|line| cells(line));
    let header = rows.next().unwrap_or_default();
    let separator = rows.next();
    if !separator.as_ref().is_some_and(|cells| is_separator(cells)) {
        return Err(format!(
            "the table starting \"{}\" needs a line like |---|---| after its header row",
            excerpt(lines.first().map(String::as_str).unwrap_or_default())
        ));
    }
    let body: Vec<Vec<&str>> = rows.collect();
    if body.is_empty() {
        return Err(format!(
            "the table starting \"{}\" has a header but no rows",
            excerpt(&lines[0])
        ));
    }
    for (index, row) in body.iter().enumerate() {
        if row.len() != header.len() {
            return Err(format!(
                "row {} of the table starting \"{}\" has {} but the header has {}",
                index + 1,
                excerpt(&lines[0]),
                cells_count(row.len()),
                header.len()
            ));
        }
    }
    let mut inlines = |text: &str| parse_counting(text, steps);
    let caption = caption
        .filter(|caption| !caption.is_empty())
        .map(&mut inlines)
        .transpose()?;
    let mut parse_row = |row: &Vec<&str>| row.iter().map(|cell| inlines(cell)).collect();
    Ok(Table {
        caption,
        header: parse_row(&header)?,
        rows: body.iter().map(parse_row).collect::<Result<_, _>>()?,
    })
}

/// The cells of `| a | b \| c |`: split on unescaped `|`, outer pipes optional.
fn cells(line: &str) -> Vec<&str> {
    let inner = line.strip_prefix('|').unwrap_or(line);
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in inner.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '|' => {
                cells.push(inner[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    let last = inner[start..].trim();
    if !last.is_empty() {
        cells.push(last);
    }
    cells
}

fn is_separator(cells: &[&str]) -> bool {
    !cells.is_empty()
        && cells.iter().all(|cell| {
            let dashes = cell.trim_start_matches(':').trim_end_matches(':');
            dashes.len() >= 3 && dashes.chars().all(|c| c == '-')
        })
}

fn cells_count(count: usize) -> String {
    if count == 1 {
        "1 cell".to_string()
    } else {
        format!("{count} cells")
    }
}
