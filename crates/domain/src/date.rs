//! Calendar dates as content uses them ("2025-06-30"), without a date crate:
//! parsing, validity and whole months between two dates are all we need.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD` and checks the day exists (leap years included).
    pub fn parse(text: &str) -> Result<Date, String> {
        let wrong = || format!("\"{text}\" is not a date in the form YYYY-MM-DD, e.g. 2025-06-30");
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(wrong());
        }
        let number = |range: std::ops::Range<usize>| -> Result<u16, String> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| wrong())
            } else {
                Err(wrong())
            }
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        if !(1..=12).contains(&month) {
            return Err(format!(
                "\"{text}\" has month {month}; months run from 01 to 12"
            ));
        }
        let date = Date {
            year,
            month: month as u8,
            day: day as u8,
        };
        if day == 0 || day > u16::from(date.days_in_month()) {
            return Err(format!(
                "\"{text}\" is not a real date: that month has {} days",
                date.days_in_month()
            ));
        }
        if year < 1900 {
            return Err(format!("\"{text}\" is before 1900; check the year"));
        }
        Ok(date)
    }

    pub(crate) fn days_in_month(self) -> u8 {
        match self.month {
            4 | 6 | 9 | 11 => 30,
            2 if self.year.is_multiple_of(4)
                && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => 31,
        }
    }

    /// Whole calendar months from `self` to `later` (negative if `later` is earlier).
    pub fn months_until(self, later: Date) -> i32 {
        let months = (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(later.month)
            - i32::from(self.month);
        if months > 0 && later.day < self.day {
            months - 1
        } else if months < 0 && later.day > self.day {
            months + 1
        } else {
            months
        }
    }
}

impl Date {
    /// The date `days` days after 1970-01-01 (negative: before), if it is
    /// one `Date` can hold (years 0–65535). Howard Hinnant's `civil_from_days`.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153; // March is 0
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Some(Date {
            year: u16::try_from(year).ok()?,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Days from 1970-01-01 to `self` (negative: before). The inverse of
    /// [`Date::from_days_since_epoch`].
    pub fn days_since_epoch(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let shifted_month = (month + 9) % 12; // March is 0
        let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The UTC date `seconds` after the Unix epoch, e.g. from `SystemTime`
    /// (the domain reads no clock: it also runs in the browser, where
    /// `SystemTime::now` panics).
    pub fn from_unix_seconds(seconds: i64) -> Option<Date> {
        Date::from_days_since_epoch(seconds.div_euclid(86_400))
    }

    /// The day after `self` (itself at the end of year 65535).
    pub fn next_day(self) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + 1).unwrap_or(self)
    }

    /// For people: "22 November 2026".
    pub fn long(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month = MONTHS[usize::from(self.month.clamp(1, 12)) - 1];
        format!("{} {month} {}", self.day, self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A year or year-month, for when a community was founded ("2017", "2017-10").
pub fn check_partial_date(text: &str) -> Result<(), String> {
    parse_partial_date(text).map(|_| ())
}

/// The first day of a year, year-month or date ("2017" → 2017-01-01).
pub fn parse_partial_date(text: &str) -> Result<Date, String> {
    let full = match text.len() {
        4 => format!("{text}-01-01"),
        7 => format!("{text}-01"),
        _ => text.to_string(),
    };
    Date::parse(&full)
        .map_err(|_| format!("\"{text}\" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"))
}

/// Refuses a date after tomorrow (a day's grace, as `today` may come from
/// a clock in another time zone): content dates record what has happened.
/// `text` is the date as written, `advice` what to write instead. Without
/// `today` (no clock) nothing is refused.
pub fn future_date_problem(
    text: &str,
    date: Date,
    today: Option<Date>,
    advice: &str,
) -> Option<String> {
    let today = today?;
    (date > today.next_day()).then(|| format!("is {text}, which is in the future; {advice}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(
            d("2024-02-29"),
            Date {
                year: 2024,
                month: 2,
                day: 29
            }
        );
        assert!(
            Date::parse("2023-02-29")
                .unwrap_err()
                .contains("that month has 28 days")
        );
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("2000-02-29").is_ok());
        assert!(
            Date::parse("2024-13-01")
                .unwrap_err()
                .contains("months run from 01 to 12")
        );
        for bad in [
            "2024-1-01",
            "24-01-01",
            "2024/01/01",
            "01-02-2024",
            "",
            "2024-01-0x",
            "２０２４-01-01",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(d("2024-03-05").to_string(), "2024-03-05");
        assert_eq!(d("2024-03-05").long(), "5 March 2024");
        assert_eq!(d("2026-12-31").long(), "31 December 2026");
    }

    #[test]
    fn counts_whole_months() {
        assert_eq!(d("2024-01-15").months_until(d("2025-01-15")), 12);
        assert_eq!(d("2024-01-15").months_until(d("2025-01-14")), 11);
        assert_eq!(d("2024-01-31").months_until(d("2024-02-29")), 0);
        assert_eq!(d("2025-01-15").months_until(d("2024-01-15")), -12);
        assert_eq!(d("2024-05-01").months_until(d("2024-05-01")), 0);
    }

    #[test]
    fn converts_days_since_the_epoch() {
        let known = [
            (0, "1970-01-01"),
            (-1, "1969-12-31"),
            (59, "1970-03-01"),
            (10_956, "1999-12-31"),
            (11_016, "2000-02-29"),
            (19_782, "2024-02-29"),
            (20_819, "2027-01-01"),
            (376_199, "2999-12-31"),
        ];
        for (days, text) in known {
            assert_eq!(Date::from_days_since_epoch(days), Some(d(text)), "{days}");
            assert_eq!(d(text).days_since_epoch(), days, "{text}");
        }
        // Every day from 1900 to 2100 round-trips and follows the one before.
        let mut previous = d("1900-01-01");
        for days in previous.days_since_epoch() + 1..d("2100-12-31").days_since_epoch() {
            let date = Date::from_days_since_epoch(days).unwrap();
            assert_eq!(date.days_since_epoch(), days);
            assert_eq!(previous.next_day(), date);
            assert_eq!(Date::parse(&date.to_string()), Ok(date));
            previous = date;
        }
        assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
        assert_eq!(Date::from_days_since_epoch(-800_000), None, "before year 0");
    }

    #[test]
    fn dates_from_unix_time_are_utc_days() {
        assert_eq!(Date::from_unix_seconds(0), Some(d("1970-01-01")));
        assert_eq!(Date::from_unix_seconds(-1), Some(d("1969-12-31")));
        // 2026-11-22T23:59:59Z and a second later.
        assert_eq!(
            Date::from_unix_seconds(1_795_391_999),
            Some(d("2026-11-22"))
        );
        assert_eq!(
            Date::from_unix_seconds(1_795_392_000),
            Some(d("2026-11-23"))
        );
    }

    #[test]
    fn future_dates_are_refused_after_a_days_grace() {
        let today = Some(d("2026-12-31"));
        let problem = |text: &str| future_date_problem(text, d(text), today, "write the date");
        assert_eq!(problem("2026-12-31"), None);
        assert_eq!(problem("2027-01-01"), None, "tomorrow: another time zone");
        assert_eq!(
            problem("2027-01-02").as_deref(),
            Some("is 2027-01-02, which is in the future; write the date")
        );
        assert_eq!(
            future_date_problem("2999-01-01", d("2999-01-01"), None, "x"),
            None,
            "no clock, no check"
        );
        assert_eq!(parse_partial_date("2027"), Ok(d("2027-01-01")));
        assert_eq!(parse_partial_date("2027-03"), Ok(d("2027-03-01")));
    }

    #[test]
    fn partial_dates() {
        assert!(check_partial_date("2017").is_ok());
        assert!(check_partial_date("2017-10").is_ok());
        assert!(check_partial_date("2017-10-03").is_ok());
        assert!(check_partial_date("2017-13").is_err());
        assert!(check_partial_date("autumn 2017").is_err());
    }
}
