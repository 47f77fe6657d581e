//! Ids for imported rows without an id column, made from their names: the
//! directory's id rule (`crate::ids`), stable (the same name always gives
//! the same id) and unique within the directory.

use std::collections::HashSet;

use crate::ids::{MAX_ID_LEN, is_valid_id};

/// "Finance & Procurement (UCL)" → "finance-and-procurement-ucl"; letters with
/// accents lose them; a name with no letter or digit gives "community".
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(plain) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_end_matches('-').to_string();
    if slug.len() > MAX_ID_LEN {
        // Cut at a word's end where one is near, never mid-way leaving a hyphen.
        slug.truncate(MAX_ID_LEN);
        if let Some(end) = slug.rfind('-').filter(|&end| end >= MAX_ID_LEN / 2) {
            slug.truncate(end);
        }
        slug = slug.trim_end_matches('-').to_string();
    }
    if slug.is_empty() {
        "community".to_string()
    } else {
        slug
    }
}

/// `slug(name)`, or with "-2", "-3"… when `taken` has it; the result is
/// added to `taken`.
pub fn unique_id(name: &str, taken: &mut HashSet<String>) -> String {
    let base = slug(name);
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        let suffix = format!("-{n}");
        let room = MAX_ID_LEN - suffix.len();
        let stem = base[..base.len().min(room)].trim_end_matches('-');
        id = format!("{stem}{suffix}");
        n += 1;
    }
    debug_assert!(is_valid_id(&id), "{id}");
    taken.insert(id.clone());
    id
}

/// A character as plain ASCII where it has an obvious one (é → e, ß → ss,
/// & → and); anything else is kept for the caller to treat as a separator.
fn plain(c: char) -> impl Iterator<Item = char> {
    let text: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'č' | 'ć' | 'Ç' | 'Č' | 'Ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
        'ñ' | 'ń' | 'Ñ' | 'Ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        'ś' | 'š' | 'Ś' | 'Š' => "s",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => "z",
        'ł' | 'Ł' => "l",
        '&' => "-and-",
        '\'' | '’' => "",
        _ => return PlainChars::One(Some(c)),
    };
    PlainChars::Text(text.chars())
}

enum PlainChars {
    One(Option<char>),
    Text(std::str::Chars<'static>),
}

impl Iterator for PlainChars {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match self {
            PlainChars::One(c) => c.take(),
            PlainChars::Text(chars) => chars.next(),
        }
    }
}
