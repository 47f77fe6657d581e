//! The content studio's work on arbitrary bytes: opening them as a
//! directory, restoring them as work kept in the browser, and checking and
//! saving whatever opens never panic; a file that saves opens again as the
//! same communities.
#![no_main]

use domain::date::Date;
use domain::studio::{Checked, Work, save};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let today = Date { year: 2026, month: 12, day: 1 };
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = Work::from_kept(text);
    }
    let Ok(work) = Work::open("directory.json", bytes, today) else {
        return;
    };
    let _ = Checked::default().update(&work.drafts, today);
    if let Ok(saved) = save(&work.drafts, &work.file(), today) {
        let again = Work::open("directory.json", saved.json.as_bytes(), today).expect("a saved file opens");
        assert_eq!(again.opened.len(), work.drafts.len(), "every saved community opens");
    }
});
