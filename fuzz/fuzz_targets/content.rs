//! Every content loader on arbitrary bytes: must return Ok or a message, never
//! panic, and every message must name the file. The app's lenient loader
//! agrees with the strict one whenever the strict one accepts.
#![no_main]

use domain::assessment::{AssessmentFile, from_json};
use domain::content::{ContentError, ContentFile, load, load_lenient};
use domain::directory::DirectoryFile;
use domain::guide::GuideFile;
use domain::richtext;
use domain::roles::RolesFile;
use domain::site::SiteFile;
use domain::starter::StarterFile;
use domain::toolkit::ToolkitFile;
use libfuzzer_sys::fuzz_target;

fn check<T: ContentFile>(bytes: &[u8]) {
    let strict = load::<T>(bytes);
    if let Err(error) = &strict {
        let error: &ContentError = error;
        assert!(error.to_string().starts_with(T::FILE));
    }
    if let Err(error) = load_lenient::<T>(bytes, None) {
        assert!(error.to_string().starts_with(T::FILE));
        assert!(strict.is_err(), "lenient refused what strict accepts");
    }
}

fuzz_target!(|bytes: &[u8]| {
    check::<DirectoryFile>(bytes);
    check::<ToolkitFile>(bytes);
    check::<SiteFile>(bytes);
    check::<AssessmentFile>(bytes);
    check::<RolesFile>(bytes);
    check::<GuideFile>(bytes);
    check::<StarterFile>(bytes);
    if let Err(message) = from_json("saved.json", bytes) {
        assert!(message.starts_with("saved.json"));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = richtext::parse(text);
    }
});
