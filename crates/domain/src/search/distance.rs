//! Edit distances for typo tolerance and suggestions. "Within one edit" tests: one insertion, deletion,
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

/// Damerau–Levenshtein (optimal string alignment) distance.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    edit_distance_with(a, b, &mut Vec::new())
}

/// [`edit_distance`] reusing `rows` for its table (no allocation per word).
pub fn edit_distance_with(a: &[char], b: &[char], rows: &mut Vec<usize>) -> usize {
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    let width = b.len() + 1;
    rows.clear();
    rows.resize((a.len() + 1) * width, 0);
    for (j, cell) in rows.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = value;
        }
    }
    rows[a.len() * width + b.len()]
}

/// The letters and digits in a word as bits (anything else shares one bit).
pub fn letter_set(word: &[char]) -> u64 {
    word.iter().fold(0, |set, c| {
        set | match c {
            'a'..='z' => 1 << (*c as u32 - 'a' as u32),
            '0'..='9' => 1 << (26 + *c as u32 - '0' as u32),
            _ => 1 << 63,
        }
    })
}

/// How many of the query's distinct letters a word lacks: a lower bound on
/// the edits between them (each edit adds at most one missing letter).
pub fn missing(query: u64, word: u64) -> u32 {
    (query & !word).count_ones()
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
