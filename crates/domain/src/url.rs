//! Query strings for URL state (`/directory?q=finance&org=UCL`): parsing and
//! building with the same percent-encoding as the browser's
//! `encodeURIComponent`, so shared links round-trip exactly.

/// An ordered list of query parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryString {
    pairs: Vec<(String, String)>,
}

impl QueryString {
    /// Parses `?a=1&b=two%20words` (the `?` is optional). Malformed escapes
    /// are kept as literal text rather than rejected: a link should still open.
    pub fn parse(text: &str) -> QueryString {
        let text = text.strip_prefix('?').unwrap_or(text);
        let pairs = text
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(key), decode(value))
            })
            .collect();
        QueryString { pairs }
    }

    /// The first value for `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value for `key`, in order (`?org=A&org=B`).
    pub fn get_all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.pairs
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Replaces all values of `key` with `value`; an empty value removes the key.
    pub fn set(&mut self, key: &str, value: &str) -> &mut Self {
        self.set_all(key, std::iter::once(value))
    }

    /// Replaces all values of `key` with `values` (empty ones skipped), at the
    /// position of the first old value so URLs stay stable as state changes.
    pub fn set_all<'a>(
        &mut self,
        key: &str,
        values: impl IntoIterator<Item = &'a str>,
    ) -> &mut Self {
        let position = self
            .pairs
            .iter()
            .position(|(k, _)| k == key)
            .unwrap_or(self.pairs.len());
        self.pairs.retain(|(k, _)| k != key);
        let new: Vec<(String, String)> = values
            .into_iter()
            .filter(|v| !v.is_empty())
            .map(|v| (key.to_string(), v.to_string()))
            .collect();
        let position = position.min(self.pairs.len());
        self.pairs.splice(position..position, new);
        self
    }

    /// Puts `first`'s parameters before the ones already here (a view whose
    /// links have always started with its own parameters keeps them there).
    pub fn put_first(&mut self, first: QueryString) -> &mut Self {
        self.pairs.splice(0..0, first.pairs);
        self
    }

    /// Each parameter name once, in order of first appearance.
    pub fn keys(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = Vec::new();
        for (key, _) in &self.pairs {
            if !keys.contains(&key.as_str()) {
                keys.push(key);
            }
        }
        keys
    }

    pub fn remove(&mut self, key: &str) -> &mut Self {
        self.pairs.retain(|(k, _)| k != key);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// `?a=1&b=two%20words`, or an empty string when there are no parameters.
    pub fn to_query(&self) -> String {
        if self.pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = self
            .pairs
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        format!("?{}", body.join("&"))
    }
}

/// Sets one query parameter on an app-relative URL (`/directory?q=x#top`),
/// keeping its other parameters and fragment: `with_param(url, "embed", "1")`.
pub fn with_param(url: &str, key: &str, value: &str) -> String {
    let (before_fragment, fragment) = match url.split_once('#') {
        Some((before, fragment)) => (before, format!("#{fragment}")),
        None => (url, String::new()),
    };
    let (path, query) = before_fragment
        .split_once('?')
        .unwrap_or((before_fragment, ""));
    let mut query = QueryString::parse(query);
    query.set(key, value);
    format!("{path}{}{fragment}", query.to_query())
}

/// Percent-encodes like `encodeURIComponent`.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'!'
            | b'~'
            | b'*'
            | b'\''
            | b'('
            | b')' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes percent-escapes and `+` (as space); invalid escapes or UTF-8 are
/// kept as they are (lossily for bytes), never an error.
pub fn decode(text: &str) -> String {
    percent_decode(&text.replace('+', " "))
}

/// One round of %-decoding (a `+` stays a `+`: outside query strings it is
/// not a space); malformed escapes stay as written and bytes that are not
/// UTF-8 become U+FFFD.
pub fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(high), Some(low)) => {
                out.push(high * 16 + low);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// %-decodes until nothing changes (`%252e` → `%2e` → `.`), for paths a
/// server may decode more than once. Each round that changes the text makes
/// it shorter, so this ends.
pub fn percent_decode_fully(text: &str) -> String {
    let mut current = text.to_string();
    loop {
        let next = percent_decode(&current);
        if next == current {
            return current;
        }
        current = next;
    }
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_builds() {
        let mut query = QueryString::parse("?q=finance%20team&org=UCL&org=Queen+Mary&empty=");
        assert_eq!(query.get("q"), Some("finance team"));
        assert_eq!(
            query.get_all("org").collect::<Vec<_>>(),
            ["UCL", "Queen Mary"]
        );
        assert_eq!(query.get("empty"), Some(""));
        query
            .set("q", "proc & co")
            .remove("empty")
            .set_all("org", ["A"]);
        assert_eq!(query.to_query(), "?q=proc%20%26%20co&org=A");
        query.set("q", "");
        assert_eq!(query.to_query(), "?org=A");
        query.put_first(QueryString::parse("a=1&b=2"));
        assert_eq!(query.to_query(), "?a=1&b=2&org=A");
        assert_eq!(QueryString::default().to_query(), "");
    }

    #[test]
    fn sets_one_parameter_keeping_the_rest() {
        assert_eq!(with_param("/directory", "embed", "1"), "/directory?embed=1");
        assert_eq!(
            with_param("/directory?q=a%20b#top", "embed", "1"),
            "/directory?q=a%20b&embed=1#top"
        );
        assert_eq!(with_param("/guide?embed=1&a=x", "embed", ""), "/guide?a=x");
    }

    #[test]
    fn tolerates_malformed_escapes() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%C3%A9"), "é");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(decode("a+b%2Bc"), "a b+c");
        assert_eq!(percent_decode("a+b%2e%2E/%zz%"), "a+b../%zz%");
        assert_eq!(percent_decode_fully("%25252e%2e"), "..");
        assert_eq!(percent_decode_fully("data/logo.svg"), "data/logo.svg");
    }

    #[test]
    fn encodes_like_encode_uri_component() {
        assert_eq!(encode("a b&c=d/é?"), "a%20b%26c%3Dd%2F%C3%A9%3F");
        assert_eq!(encode("keep-_.!~*'()"), "keep-_.!~*'()");
    }
}
