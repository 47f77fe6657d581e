//! The rich-text parser alone (the `content` target reaches it only through
//! whole files): on any text it must return blocks or a message, never panic,
//! take steps linear in the text, and keep what parsed text promises — its
//! words are the text's own characters in reading order, markup nests at most
//! `MAX_NESTING` deep, and no link holds another (`richtext::promises_kept`,
//! which the property tests in crates/domain/tests/richtext_properties.rs
//! check on every `cargo test`).
#![no_main]

use domain::richtext::{self, MAX_NESTING};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // Every input becomes text, so no run is spent on invalid UTF-8.
    let text = String::from_utf8_lossy(bytes);
    let (result, steps) = richtext::parse_counting(&text);
    let bound = (MAX_NESTING + 8) * (text.len() + 1);
    assert!(steps <= bound, "{steps} steps for {} bytes", text.len());
    match result {
        Ok(blocks) => {
            if let Err(broken) = richtext::promises_kept(&text, &blocks) {
                panic!("{broken}: {text:?}");
            }
        }
        Err(message) => assert!(!message.is_empty()),
    }
});

