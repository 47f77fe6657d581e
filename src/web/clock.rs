//! Today's date from the browser's clock, in the user's time zone: the domain
//! takes dates as arguments and never reads a clock itself.

use domain::date::Date;

/// Today, or None if the clock gives something unusable.
pub fn today() -> Option<Date> {
    if !super::in_browser() {
        // Building the prerendered pages: the build machine's date (UTC).
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        return Date::from_unix_seconds(i64::try_from(seconds).ok()?);
    }
    let now = js_sys::Date::new_0();
    let text = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    Date::parse(&text).ok()
}

/// Seconds since the Unix epoch from the browser's clock: UTC whatever the
/// user's time zone (meeting times are UK time, `domain::directory::meetings::uk_now`).
pub fn unix_seconds() -> Option<i64> {
    if !super::in_browser() {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        return i64::try_from(seconds).ok();
    }
    let milliseconds = js_sys::Date::now();
    milliseconds
        .is_finite()
        .then(|| (milliseconds / 1000.0).floor() as i64)
}
