//! Dates as spreadsheets write them, read leniently into the directory's
//! `YYYY-MM-DD`: ISO dates, UK day/month/year (with or without a time, as
//! SharePoint exports "Modified"), and Excel's serial day numbers. A US
//! month/day date is refused with a message rather than silently read the
//! other way round.

use crate::date::Date;

/// How a cell was read, for the studio to show before importing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub date: Date,
    /// "22/11/2026 09:00 read as day/month/year: 2026-11-22".
    pub how: String,
}

/// Reads one cell. Err: what is wrong and how to write it.
pub fn read_date(cell: &str) -> Result<Reading, String> {
    let text = cell.trim();
    let read = |date: Date, how: &str| Reading {
        date,
        how: if how.is_empty() {
            date.to_string()
        } else {
            format!("“{text}” read as {how}: {} ({date})", date.long())
        },
    };
    if let Ok(date) = Date::parse(text) {
        return Ok(read(date, ""));
    }
    if let Some(date) = serial(text) {
        return Ok(read(date, "an Excel date number"));
    }
    // A time after the date (SharePoint's "22/11/2026 09:00") is dropped.
    let day_part = text.split([' ', 'T']).next().unwrap_or(text);
    if let Some(date) = iso_with_time(text, day_part) {
        return Ok(read(date, "a date and time"));
    }
    let parts: Vec<&str> = day_part.split(['/', '.', '-']).collect();
    let numbers: Option<Vec<u16>> = parts
        .iter()
        .map(|part| {
            (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        })
        .collect();
    let advice = format!(
        "“{text}” is not a date the studio can read: write it as 2026-11-22 or 22/11/2026 (day/month/year)."
    );
    let Some([first, month, last]) = numbers
        .as_deref()
        .and_then(|n| <[u16; 3]>::try_from(n).ok())
    else {
        return Err(advice);
    };
    // 2026/11/22 is year first; otherwise day first, with a 4- or 2-digit year.
    let (day, year) = match (parts[0].len(), parts[2].len()) {
        (4, 1 | 2) => (last, first),
        (1 | 2, 4) => (first, last),
        (1 | 2, 2) => (first, 2000 + last),
        _ => return Err(advice),
    };
    if month > 12 && day <= 12 {
        return Err(format!(
            "“{text}” looks like a US date (month/day/year); the studio reads day/month/year. Write it as {year:04}-{day:02}-{month:02}."
        ));
    }
    Date::parse(&format!("{year:04}-{month:02}-{day:02}"))
        .map(|date| read(date, "day/month/year"))
        .map_err(|_| advice)
}

/// `2026-11-22T09:00` or `2026-11-22 09:00:00`.
fn iso_with_time(text: &str, day_part: &str) -> Option<Date> {
    (day_part.len() < text.len()).then(|| Date::parse(day_part).ok())?
}

/// Excel's serial day numbers: 1 is 1900-01-01, counting Excel's
/// non-existent 1900-02-29 as day 60. Read from 1950 to 2100 only, so a
/// count or an id is not taken for a date.
fn serial(text: &str) -> Option<Date> {
    let whole = text.split_once('.').map_or(text, |(whole, fraction)| {
        if fraction.bytes().all(|b| b.is_ascii_digit()) {
            whole
        } else {
            ""
        }
    });
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 6 {
        return None;
    }
    let serial: u32 = whole.parse().ok()?;
    // 1950-01-01 is 18264; 2100-12-31 is 73415.
    if !(18_264..=73_415).contains(&serial) {
        return None;
    }
    // Days since 1899-12-30 (which absorbs Excel's 1900 leap-year error).
    Some(civil_from_days(i64::from(serial) - 25_569))
}

/// The date `days` after 1970-01-01 (Howard Hinnant's days-to-civil).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}
