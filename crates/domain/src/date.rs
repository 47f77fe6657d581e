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

    fn days_in_month(self) -> u8 {
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
    let full = match text.len() {
        4 => format!("{text}-01-01"),
        7 => format!("{text}-01"),
        _ => text.to_string(),
    };
    Date::parse(&full)
        .map(|_| ())
        .map_err(|_| format!("\"{text}\" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"))
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
    fn partial_dates() {
        assert!(check_partial_date("2017").is_ok());
        assert!(check_partial_date("2017-10").is_ok());
        assert!(check_partial_date("2017-10-03").is_ok());
        assert!(check_partial_date("2017-13").is_err());
        assert!(check_partial_date("autumn 2017").is_err());
    }
}
