//! The one rule for ids of content entries (communities, sections, sources,
//! roles, statements, citations…). Ids appear in URLs, saved files and
//! citations, so every reader of an id accepts exactly what the validator does.

/// The longest id accepted.
pub const MAX_ID_LEN: usize = 64;

/// 1–64 lower-case ASCII letters, digits and hyphens, not starting or ending
/// with a hyphen: `ucl-hr-generalists`.
pub fn is_valid_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= MAX_ID_LEN
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for good in ["a", "ucl-hr-generalists", "2026-events", &"x".repeat(64)] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in ["", "-a", "a-", "A", "a b", "a_b", "é", &"x".repeat(65)] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn ids_are_ascii_only_so_no_invisible_or_look_alike_character_passes() {
        for bad in [
            "ucl-hr\u{200B}", // zero-width space
            "ucl\u{202E}-hr", // right-to-left override
            "\u{FEFF}ucl-hr", // byte order mark
            "ucl\u{AD}hr",    // soft hyphen
            "ucl\u{2011}hr",  // non-breaking hyphen, looks like "-"
            "ucl-h\u{440}",   // Cyrillic "р", looks like "p"
            "ucl-\u{FF48}r",  // full-width "ｈ"
            "gw\u{175}yl",    // ŵ: a letter, but ids are ASCII
        ] {
            assert!(!is_valid_id(bad), "{}", bad.escape_unicode());
        }
    }
}
