//! A file's bytes as text. Spreadsheets save CSV as UTF-8 (often with a byte
//! order mark) or, in Excel's plain "CSV" on Windows, as Windows-1252: bytes
//! that are not UTF-8 are read as Windows-1252 and the studio says so, so
//! accented names are kept rather than refused.

/// How the bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

/// The text of `bytes`, without a leading byte order mark, and how it was read.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), Encoding::Utf8),
        Err(_) => (
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            Encoding::Windows1252,
        ),
    }
}

/// What the studio tells the editor when the file was not UTF-8.
pub const WINDOWS_1252_NOTICE: &str = "This file is not UTF-8, so it was read as Windows-1252 (what Excel's plain “CSV” format uses). Check that accented letters and quotation marks look right below; saving as “CSV UTF-8” avoids the question.";

/// Windows-1252: Latin-1 except for 0x80–0x9F, which hold typographic
/// characters. The five bytes it leaves undefined become U+FFFD.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
        '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '\u{FFFD}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}
