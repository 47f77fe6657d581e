//! "Within one edit" tests for typo tolerance: one insertion, deletion,
//! substitution or transposition of neighbours ("finanse" → "finance",
//! "fiannce" → "finance").

/// True when `a` and `b` differ by at most one edit (Damerau–Levenshtein).
pub fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => {
            // Without allocating: the first difference, then the rest must
            // match after one substitution or one swap of neighbours.
            let Some(i) = (0..short.len()).find(|&i| short[i] != long[i]) else {
                return true;
            };
            short[i + 1..] == long[i + 1..]
                || (i + 1 < short.len()
                    && short[i] == long[i + 1]
                    && short[i + 1] == long[i]
                    && short[i + 2..] == long[i + 2..])
        }
        1 => {
            let first = (0..short.len())
                .find(|&i| short[i] != long[i])
                .unwrap_or(short.len());
            short[first..] == long[first + 1..]
        }
        _ => false,
    }
}

/// True when `query` is within one edit of some prefix of `word` (a typo in
/// a word still being typed: "finan" → "financial" needs no edit; "fimance"
/// → "finances" needs one).
pub fn prefix_within_one_edit(query: &[char], word: &[char]) -> bool {
    let n = query.len();
    [n.saturating_sub(1), n, n + 1]
        .into_iter()
        .filter(|&len| len > 0 && len <= word.len())
        .any(|len| within_one_edit(query, &word[..len]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn one_edit() {
        for (a, b) in [
            ("finanse", "finance"),
            ("fiannce", "finance"),
            ("financ", "finance"),
            ("finances", "finance"),
            ("finance", "finance"),
        ] {
            assert!(within_one_edit(&chars(a), &chars(b)), "{a} {b}");
        }
        for (a, b) in [("fnanse", "finance"), ("finance", "fine"), ("abcd", "badc")] {
            assert!(!within_one_edit(&chars(a), &chars(b)), "{a} {b}");
        }
    }

    #[test]
    fn prefix_one_edit() {
        assert!(prefix_within_one_edit(
            &chars("fimance"),
            &chars("finances")
        ));
        assert!(prefix_within_one_edit(
            &chars("procuremnt"),
            &chars("procurement")
        ));
        assert!(!prefix_within_one_edit(
            &chars("xyz"),
            &chars("procurement")
        ));
    }
}
