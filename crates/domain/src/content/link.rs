//! Links from content: the allow-list (https and mailto only, each with the
//! rules below). Internal app links are checked by the rich-text module; the
//! address shown beside disguised link text is `content::hidden_address`.
//!
//! An https link's authority is parsed strictly here: only the spellings
//! on which every browser's (WHATWG) parser agrees are accepted, so the host
//! written in the file is the host a browser goes to. Spellings the WHATWG
//! parser would quietly change are refused (an invisible character, a tab, a
//! backslash, `%2e` in a host, a number-like host that it reads as an IP
//! address). The property tests check accepted links against the `url`
//! crate, the WHATWG parser itself; the app does not ship it (measured: tens
//! of KB of wasm with its IDNA tables, for what these rules need).
//!
//! Hosts outside ASCII are refused and must be written in their xn-- form:
//! a look-alike letter (Cyrillic `а` for Latin `a`) only shows in that form,
//! so reviewers of the file and readers of the page see the host a browser
//! will ask for. Hosts written in xn-- form are accepted as written (a
//! malformed one cannot disguise a link: the browser refuses to open it).

use super::authority::{AuthorityError, parse_authority, without_port};
use super::invisible;
use crate::url::percent_decode;

/// What a link in content points to, after the allow-list check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkKind {
    Https,
    Mailto,
}

/// Only https and mailto links may come from data; anything else is refused
/// with a reason an editor can act on.
pub fn classify_link(value: &str) -> Result<LinkKind, String> {
    // First, so no later message quotes a link that reorders itself.
    if let Some(character) = invisible::find(value) {
        return Err(format!(
            "\"{}\" contains {character}, an invisible character that can disguise where a link goes; remove it",
            invisible::show(value)
        ));
    }
    let link = value.trim_start();
    let lower = link.to_ascii_lowercase();
    if lower.starts_with("https:") {
        return check_https(value, link).map(|()| LinkKind::Https);
    }
    if lower.starts_with("mailto:") {
        // `mailto:` is ASCII, so byte 7 is a character boundary.
        return check_mailto(value, &link[7..]).map(|()| LinkKind::Mailto);
    }
    if lower.starts_with("http://") {
        return Err(format!(
            "\"{value}\" uses http://, which is not secure; use https://"
        ));
    }
    let scheme = lower
        .split_once(':')
        .map(|(scheme, _)| scheme)
        .filter(|s| is_scheme(s));
    match scheme {
        Some(scheme) => Err(format!(
            "links must start with https:// or mailto:, not {scheme}:"
        )),
        None => Err(format!(
            "\"{value}\" is not a link; links must start with https:// or mailto:"
        )),
    }
}

/// A field that takes a web page only (`join_url`, `source_url`): an
/// allowed link that is https, not mailto.
pub fn check_https_only(value: &str) -> Result<(), String> {
    match classify_link(value)? {
        LinkKind::Https => Ok(()),
        LinkKind::Mailto => Err(format!(
            "\"{value}\" is an email link; this field takes an https:// web address"
        )),
    }
}

/// A field that takes one plain email address (`contact_email`): what
/// `mailto:` would accept, without the `mailto:`, a second address or
/// `?subject=`. Shown as a `mailto:` link.
pub fn check_plain_email(value: &str) -> Result<(), String> {
    let shown = invisible::show(value);
    if value
        .get(..7)
        .is_some_and(|start| start.eq_ignore_ascii_case("mailto:"))
    {
        return Err(format!(
            "\"{shown}\" starts with mailto:; write the address alone, as in name@example.ac.uk"
        ));
    }
    if value.contains('?') || classify_link(&format!("mailto:{value}")).is_err() {
        return Err(format!(
            "\"{shown}\" is not one plain email address; write a single address, as in name@example.ac.uk"
        ));
    }
    Ok(())
}

/// A URL scheme as RFC 3986 has it: a letter, then letters, digits, `+`, `-` or `.`.
pub(crate) fn is_scheme(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// `link` is `value` without leading spaces and starts with `https:` in any case.
fn check_https(value: &str, link: &str) -> Result<(), String> {
    let incomplete =
        || format!("\"{value}\" is not a complete web address (expected https://host/…)");
    // Browsers drop tabs and line breaks inside a link, so "ev\nil" would
    // reach evil: refuse them before anything reads the host.
    if value.chars().any(char::is_whitespace) {
        return Err(format!("\"{value}\" contains spaces; encode them as %20"));
    }
    if value.chars().any(char::is_control) {
        return Err(format!(
            "\"{}\" contains a control character; remove it",
            value.escape_debug()
        ));
    }
    let rest = &link["https:".len()..];
    let Some(after) = rest.strip_prefix("//") else {
        let host = rest.trim_start_matches(['/', '\\']);
        return if host.is_empty() {
            Err(incomplete())
        } else {
            Err(format!(
                "\"{value}\" is missing the \"//\" after https:; write https://{host}"
            ))
        };
    };
    if after.starts_with(['/', '\\']) {
        let host = after.trim_start_matches(['/', '\\']);
        return Err(format!(
            "\"{value}\" has more than two slashes after https:; write https://{host}"
        ));
    }
    // Browsers read `\` as `/` in web addresses: `https://ucl.ac.uk\@evil.example`.
    if value.contains('\\') {
        return Err(format!(
            "\"{value}\" contains a backslash (\\), which browsers read as /; write / or encode it as %5C"
        ));
    }
    let authority = &after[..after.find(['/', '?', '#']).unwrap_or(after.len())];
    if let Some((userinfo, host_and_port)) = authority.rsplit_once('@') {
        let host = without_port(host_and_port);
        if host.is_empty() {
            return Err(incomplete());
        }
        return Err(format!(
            "\"{value}\" would take readers to {host}: the part before \"@\" (\"{userinfo}\") would hide the real host; remove it and link to the site you mean"
        ));
    }
    let host = without_port(authority);
    if host.is_empty() || host.starts_with('.') {
        return Err(incomplete());
    }
    if !host.is_ascii() {
        return Err(format!(
            "\"{value}\" has a host with letters outside ASCII (\"{host}\"); {WRITE_IN_XN_FORM}, so everyone can see where the link goes"
        ));
    }
    if host.contains('%') {
        return Err(format!(
            "\"{value}\" has %-escapes in its host (\"{host}\"); write the host name out plainly"
        ));
    }
    let domain = match parse_authority(authority) {
        Ok(domain) => domain,
        Err(AuthorityError::Port) => return Err(port_not_valid(value)),
        Err(AuthorityError::IpAddress) => {
            return Err(format!(
                "\"{value}\" uses an IP address ({host}) instead of a host name; use the public host name"
            ));
        }
        Err(AuthorityError::Host) => {
            return Err(format!(
                "\"{value}\" is not a valid web address: the host \"{host}\" may hold only letters, digits and hyphens, in dot-separated parts that neither start nor end with a hyphen"
            ));
        }
    };
    // One trailing dot is the DNS root (`example.org.`); more are a typo.
    let domain = domain.strip_suffix('.').unwrap_or(&domain);
    if domain == "localhost" || domain.ends_with(".localhost") {
        Err(format!(
            "\"{value}\" points to {domain}, which is each reader's own computer; use the public host name"
        ))
    } else if !domain.contains('.') {
        Err(format!(
            "\"{value}\" has the host \"{domain}\", a single name that works inside one network at most; use the public host name, such as {domain}.example.ac.uk"
        ))
    } else if domain.split('.').any(str::is_empty) {
        Err(incomplete())
    } else {
        Ok(())
    }
}

fn port_not_valid(value: &str) -> String {
    format!(
        "\"{value}\" has a port that is not valid (ports are whole numbers from 1 to 65535); correct it or remove it"
    )
}

/// What to do about a host outside ASCII. Converting it needs the IDNA
/// tables, which the app does not ship; any online converter gives the form.
const WRITE_IN_XN_FORM: &str = "write the host in its xn-- form (an IDN converter gives it)";

/// `rest` is what follows `mailto:`.
fn check_mailto(value: &str, rest: &str) -> Result<(), String> {
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "\"{}\" contains a space or line break; in an email link write a space as %20",
            value.escape_debug()
        ));
    }
    let (address, query) = rest.split_once('?').unwrap_or((rest, ""));
    check_address(value, address)?;
    for field in query.split('&').filter(|field| !field.is_empty()) {
        let (name, text) = field.split_once('=').unwrap_or((field, ""));
        // Mail programs decode the name: `%62cc` is `bcc`.
        let decoded = percent_decode(name);
        if decoded.eq_ignore_ascii_case("subject") {
            if let Some(code) = encoded_line_break(text) {
                return Err(format!(
                    "\"{value}\" has an encoded line break ({code}) in its subject; a subject is one line, so remove it"
                ));
            }
        } else if !decoded.eq_ignore_ascii_case("body") {
            let read_as = if decoded != name && decoded.chars().all(|c| c.is_ascii_graphic()) {
                format!(" (read as \"{decoded}\")")
            } else {
                String::new()
            };
            return Err(format!(
                "\"{value}\" sets the \"{name}\" field{read_as}; email links may set only subject and body (cc, bcc and to would add recipients the reader may not notice), so remove it"
            ));
        }
    }
    Ok(())
}

fn check_address(value: &str, address: &str) -> Result<(), String> {
    let invalid =
        || format!("\"{value}\" is not a valid email link (expected mailto:name@example.ac.uk)");
    if address.is_empty() {
        return Err(format!(
            "\"{value}\" has no address; write it straight after mailto:, as in mailto:name@example.ac.uk"
        ));
    }
    if let Some(code) = encoded_line_break(address) {
        return Err(format!(
            "\"{value}\" has an encoded line break ({code}) in its address; remove it"
        ));
    }
    if address.contains(',') || address.contains(';') || address.matches('@').count() > 1 {
        return Err(format!(
            "\"{value}\" has more than one address; an email link may have exactly one"
        ));
    }
    if address.contains('%') {
        return Err(format!(
            "\"{value}\" has %-escapes in its address; write the address out plainly"
        ));
    }
    let Some((local, domain)) = address.split_once('@') else {
        return Err(invalid());
    };
    if !domain.is_ascii() {
        return Err(format!(
            "\"{value}\" has an email domain with letters outside ASCII (\"{domain}\"); {WRITE_IN_XN_FORM}"
        ));
    }
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$&'*+-/=^_`{|}~.".contains(c));
    if local_ok && is_domain_name(domain) {
        Ok(())
    } else {
        Err(invalid())
    }
}

/// ASCII labels of letters, digits and hyphens, at least two of them.
fn is_domain_name(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// `%0A` or `%0D` (any case) as written in `text`.
fn encoded_line_break(text: &str) -> Option<&str> {
    text.match_indices('%').find_map(|(at, _)| {
        let code = text.get(at..at + 3)?;
        (code.eq_ignore_ascii_case("%0a") || code.eq_ignore_ascii_case("%0d")).then_some(code)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(link: &str) -> String {
        classify_link(link).expect_err(link)
    }

    #[test]
    fn allows_only_https_and_mailto() {
        assert_eq!(
            classify_link("https://www.ucl.ac.uk/x?y#z"),
            Ok(LinkKind::Https)
        );
        assert_eq!(classify_link("HTTPS://Example.org"), Ok(LinkKind::Https));
        assert_eq!(
            classify_link("mailto:cop@example.ac.uk"),
            Ok(LinkKind::Mailto)
        );
        assert_eq!(
            classify_link("mailto:cop@example.ac.uk?subject=Join"),
            Ok(LinkKind::Mailto)
        );
        assert_eq!(
            refused("javascript:alert(1)"),
            "links must start with https:// or mailto:, not javascript:"
        );
        assert_eq!(
            refused(" JavaScript:alert(1)"),
            "links must start with https:// or mailto:, not javascript:"
        );
        assert_eq!(
            refused("data:text/html,x"),
            "links must start with https:// or mailto:, not data:"
        );
        assert_eq!(
            refused("http://example.org"),
            "\"http://example.org\" uses http://, which is not secure; use https://"
        );
        assert_eq!(
            refused("www.example.org"),
            "\"www.example.org\" is not a link; links must start with https:// or mailto:"
        );
        assert_eq!(
            refused("https://"),
            "\"https://\" is not a complete web address (expected https://host/…)"
        );
        assert_eq!(
            refused("https://a.b/with space"),
            "\"https://a.b/with space\" contains spaces; encode them as %20"
        );
        assert!(refused("mailto:nobody").contains("is not a valid email link"));
    }

    #[test]
    fn accepts_ordinary_web_addresses() {
        for link in [
            "https://www.ucl.ac.uk/",
            "https://ucl.ac.uk",
            "https://intranet.example.ac.uk:8443/join?x=1&y=(2)#top",
            "https://example.org./trailing-dot",
            "https://en.wikipedia.org/wiki/Community_of_practice_(disambiguation)",
            "https://example.org/caf%C3%A9",
            "https://example.org/café",
            "https://example.org/?q=a@b",
            "https://example.org/#@other.example",
            "https://xn--bcher-kva.example/",
            "https://a-b.example.org:443",
        ] {
            assert_eq!(classify_link(link), Ok(LinkKind::Https), "{link}");
        }
    }

    #[test]
    fn refuses_userinfo_naming_the_real_host() {
        assert_eq!(
            refused("https://ucl.ac.uk@evil.example"),
            "\"https://ucl.ac.uk@evil.example\" would take readers to evil.example: the part before \"@\" (\"ucl.ac.uk\") would hide the real host; remove it and link to the site you mean"
        );
        assert!(
            refused("https://user:pass@evil.example:8080/x").contains(
                "would take readers to evil.example: the part before \"@\" (\"user:pass\")"
            )
        );
        assert!(refused("https://@evil.example").contains("would take readers to evil.example"));
        assert!(refused("https://a@b@evil.example/").contains("(\"a@b\")"));
        assert!(refused("https://a@").contains("is not a complete web address"));
    }

    #[test]
    fn refuses_hosts_that_are_not_public_names() {
        assert_eq!(
            refused("https://localhost/admin"),
            "\"https://localhost/admin\" points to localhost, which is each reader's own computer; use the public host name"
        );
        assert!(refused("https://LOCALHOST.").contains("points to localhost"));
        assert!(refused("https://app.localhost/").contains("points to app.localhost"));
        assert_eq!(
            refused("https://10.0.0.1/join"),
            "\"https://10.0.0.1/join\" uses an IP address (10.0.0.1) instead of a host name; use the public host name"
        );
        // Browsers read these as IP addresses too (a number-like last part).
        assert!(refused("https://2130706433/").contains("uses an IP address (2130706433)"));
        assert!(refused("https://0x7f.1/").contains("uses an IP address (0x7f.1)"));
        assert!(refused("https://127.0.0.1./").contains("uses an IP address (127.0.0.1.)"));
        assert!(refused("https://[::1]:8080/").contains("uses an IP address ([::1])"));
        assert!(refused("https://1.2.3.999/").contains("uses an IP address (1.2.3.999)"));
        assert!(refused("https://[::1/").contains("uses an IP address"));
        assert!(refused("https://example.0x1f/").contains("uses an IP address"));
        assert!(
            refused("https://ex!ample.org/").contains("may hold only letters, digits and hyphens")
        );
        assert!(refused("https://-bad.example.org/").contains("may hold only letters"));
        assert!(
            refused(&format!("https://{}.org/", "a".repeat(64))).contains("may hold only letters")
        );
        assert_eq!(
            refused("https://intranet/join"),
            "\"https://intranet/join\" has the host \"intranet\", a single name that works inside one network at most; use the public host name, such as intranet.example.ac.uk"
        );
        assert!(refused("https://nodot").contains("single name"));
        assert!(refused("https://.example.org").contains("not a complete web address"));
        for typo in ["https://a..example.org", "https://a.example../"] {
            assert_eq!(
                refused(typo),
                format!("\"{typo}\" is not a complete web address (expected https://host/…)")
            );
        }
    }

    #[test]
    fn refuses_ports_that_are_not_valid() {
        let message = "\"https://ucl.ac.uk:99999/\" has a port that is not valid (ports are whole numbers from 1 to 65535); correct it or remove it";
        assert_eq!(refused("https://ucl.ac.uk:99999/"), message);
        assert!(refused("https://ucl.ac.uk:0/").contains("port that is not valid"));
        assert!(refused("https://ucl.ac.uk:8o/").contains("port that is not valid"));
    }

    #[test]
    fn says_what_is_missing_after_https() {
        assert_eq!(
            refused("https:evil.example"),
            "\"https:evil.example\" is missing the \"//\" after https:; write https://evil.example"
        );
        assert!(refused("HTTPS:/evil.example/x").contains("write https://evil.example/x"));
        assert!(refused("https:\\\\evil.example").contains("write https://evil.example"));
        assert!(refused("https:").contains("not a complete web address"));
        assert_eq!(
            refused("https:///evil.example"),
            "\"https:///evil.example\" has more than two slashes after https:; write https://evil.example"
        );
        assert!(refused("https://ucl.ac.uk\\@evil.example").contains("backslash"));
    }

    #[test]
    fn refuses_what_the_parser_would_quietly_change() {
        assert!(refused("https://ev\til.example").contains("contains spaces"));
        assert!(refused("https://ev\nil.example").contains("contains spaces"));
        assert_eq!(
            refused("https://evil.example/\u{7}"),
            "\"https://evil.example/\\u{7}\" contains a control character; remove it"
        );
        assert_eq!(
            refused("https://evil%2Eexample/"),
            "\"https://evil%2Eexample/\" has %-escapes in its host (\"evil%2Eexample\"); write the host name out plainly"
        );
    }

    #[test]
    fn refuses_invisible_characters_naming_them() {
        assert_eq!(
            refused("https://ucl.ac.uk/\u{202E}fdp.exe"),
            "\"https://ucl.ac.uk/<U+202E>fdp.exe\" contains U+202E (right-to-left override), an invisible character that can disguise where a link goes; remove it"
        );
        for (link, name) in [
            ("https://uc\u{200B}l.ac.uk", "U+200B (zero-width space)"),
            (
                "https://ucl.ac.uk\u{FEFF}",
                "U+FEFF (zero-width no-break space)",
            ),
            ("mailto:a\u{AD}b@ucl.ac.uk", "U+00AD (soft hyphen)"),
            ("\u{2066}javascript:x", "U+2066 (left-to-right isolate)"),
        ] {
            assert!(refused(link).contains(name), "{link}");
        }
    }

    #[test]
    fn non_ascii_hosts_must_be_written_in_xn_form() {
        // A Cyrillic "а" looks like a Latin "a": the xn-- form shows the difference.
        assert_eq!(
            refused("https://\u{430}pple.com/"),
            "\"https://\u{430}pple.com/\" has a host with letters outside ASCII (\"\u{430}pple.com\"); write the host in its xn-- form (an IDN converter gives it), so everyone can see where the link goes"
        );
        assert!(refused("https://bücher.example").contains("xn-- form"));
        // Full-width letters, which a browser would map to ASCII.
        assert!(refused("https://ｅｖｉｌ.example").contains("outside ASCII"));
    }

    #[test]
    fn mailto_has_one_address_and_only_subject_and_body() {
        for link in [
            "mailto:cop@example.ac.uk?subject=Join%20us&body=Hello%0D%0AThanks",
            "MAILTO:Cop.Lead+x@Example.AC.UK?Subject=Hi&BODY=x",
            "mailto:cop@example.ac.uk?",
        ] {
            assert_eq!(classify_link(link), Ok(LinkKind::Mailto), "{link}");
        }
        assert_eq!(
            refused("mailto:a@b.example?bcc=spy@evil.example"),
            "\"mailto:a@b.example?bcc=spy@evil.example\" sets the \"bcc\" field; email links may set only subject and body (cc, bcc and to would add recipients the reader may not notice), so remove it"
        );
        for (link, name) in [
            ("mailto:a@b.example?subject=x&CC=c@d.example", "\"CC\""),
            ("mailto:a@b.example?to=c@d.example", "\"to\""),
            ("mailto:a@b.example?reply-to=c@d.example", "\"reply-to\""),
            ("mailto:a@b.example?in-reply-to", "\"in-reply-to\""),
            (
                "mailto:a@b.example?%62cc=c@d.example",
                "\"%62cc\" field (read as \"bcc\")",
            ),
        ] {
            assert!(refused(link).contains(name), "{link}");
        }
        assert_eq!(
            refused("mailto:a@b.example?subject=Hi%0ABcc:%20spy@evil.example"),
            "\"mailto:a@b.example?subject=Hi%0ABcc:%20spy@evil.example\" has an encoded line break (%0A) in its subject; a subject is one line, so remove it"
        );
        assert!(refused("mailto:a@b.example?subject=Hi%0d").contains("(%0d) in its subject"));
        assert!(refused("mailto:a%0D@b.example").contains("(%0D) in its address"));
        assert!(refused("mailto:a@b.example?subject=Hi\nBcc").contains("space or line break"));
        assert_eq!(
            refused("mailto:a@b.example,c@d.example"),
            "\"mailto:a@b.example,c@d.example\" has more than one address; an email link may have exactly one"
        );
        assert!(refused("mailto:a@b@c.example").contains("more than one address"));
        assert!(refused("mailto:a@b.example;c@d.example").contains("more than one address"));
        assert!(refused("mailto:a%40b.example").contains("%-escapes in its address"));
        assert!(refused("mailto:?to=a@b.example").contains("has no address"));
        for bad in [
            "mailto:@b.example",
            "mailto:a@localhost",
            "mailto:a@.example",
            "mailto:a@b..example",
            "mailto:a@-b.example",
            "mailto:a<b>@b.example",
        ] {
            assert!(refused(bad).contains("is not a valid email link"), "{bad}");
        }
        assert!(refused("mailto:a@bücher.example").contains("xn-- form"));
    }

    #[test]
    fn web_page_fields_refuse_email_links() {
        assert_eq!(check_https_only("https://www.ucl.ac.uk/"), Ok(()));
        assert_eq!(
            check_https_only("mailto:cop@example.ac.uk"),
            Err("\"mailto:cop@example.ac.uk\" is an email link; this field takes an https:// web address".into())
        );
        assert!(
            check_https_only("http://example.org")
                .unwrap_err()
                .contains("not secure")
        );
    }

    #[test]
    fn email_fields_take_one_plain_address() {
        for fine in ["cop@example.ac.uk", "Cop.Lead+x@Example.AC.UK"] {
            assert_eq!(check_plain_email(fine), Ok(()), "{fine}");
        }
        assert_eq!(
            check_plain_email("MAILTO:cop@example.ac.uk"),
            Err("\"MAILTO:cop@example.ac.uk\" starts with mailto:; write the address alone, as in name@example.ac.uk".into())
        );
        assert_eq!(
            check_plain_email("a@example.ac.uk, b@example.ac.uk"),
            Err("\"a@example.ac.uk, b@example.ac.uk\" is not one plain email address; write a single address, as in name@example.ac.uk".into())
        );
        for bad in [
            "",
            "cop",
            "cop@example.ac.uk?bcc=spy@evil.example",
            "cop@example.ac.uk?subject=Hi",
            "Jo Lead <cop@example.ac.uk>",
            " cop@example.ac.uk",
            "a@b@example.ac.uk",
            "cop@localhost",
        ] {
            assert!(
                check_plain_email(bad)
                    .unwrap_err()
                    .contains("is not one plain email address"),
                "{bad}"
            );
        }
        assert!(
            check_plain_email("co\u{200B}p@example.ac.uk")
                .unwrap_err()
                .contains("<U+200B>")
        );
    }
}
