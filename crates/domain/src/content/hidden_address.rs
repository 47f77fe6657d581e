//! The address to show beside a link whose words name another one
//! (`[www.ucl.ac.uk](https://evil.example/x)`), so link text cannot hide
//! where a link goes.

use super::authority::{parse_authority, without_port};
use super::link::{LinkKind, classify_link};

/// The address to show next to a link whose visible words look like an
/// address (`https://…`, `www.…`, a host name or an email address) other than
/// the one the link goes to: the whole https address, or the email address of
/// a mailto link. `None` when the words name no address, name the same host
/// (ignoring case, a leading `www.` and the path) or the same email address,
/// or when `target` is not an allowed external link.
///
/// `hidden_address("www.ucl.ac.uk", "https://evil.example/x")` is
/// `Some("https://evil.example/x")`; `hidden_address("Join us", …)` is `None`.
pub fn hidden_address(label: &str, target: &str) -> Option<String> {
    // Accepted links hold no spaces, so `target` is used as it is.
    let (actual, shown) = match classify_link(target).ok()? {
        LinkKind::Https => {
            let after = target.get("https://".len()..)?;
            let authority = &after[..after.find(['/', '?', '#']).unwrap_or(after.len())];
            let host = comparable_host(&parse_authority(authority).ok()?);
            (Written::Host(host), target.to_string())
        }
        LinkKind::Mailto => {
            let address = target[7..].split('?').next().unwrap_or_default();
            (
                Written::Email(address.to_ascii_lowercase()),
                address.to_string(),
            )
        }
    };
    label
        .split_whitespace()
        .filter_map(written_address)
        .any(|written| written != actual)
        .then_some(shown)
}

#[derive(Debug, PartialEq, Eq)]
enum Written {
    /// Lower case, ASCII (xn--) form, without a leading `www.` or trailing dot.
    Host(String),
    /// Lower case.
    Email(String),
    /// Words that only pretend to be an address (`https://a.example@b.example`).
    Disguised,
}

/// The address one word of a link's text names, if it looks like one.
fn written_address(word: &str) -> Option<Written> {
    let word = word
        .trim_start_matches(['(', '<', '[', '"', '\'', '‘', '“'])
        .trim_end_matches([
            ')', '>', ']', '"', '\'', '’', '”', '.', ',', ';', ':', '!', '?',
        ]);
    if let Some((_, after)) = word.split_once("://") {
        let authority = &after[..after.find(['/', '?', '#', '\\']).unwrap_or(after.len())];
        if authority.contains('@') {
            return Some(Written::Disguised);
        }
        return Some(Written::Host(comparable_host(without_port(authority))));
    }
    let word = strip_prefix_ignoring_case(word, "mailto:").unwrap_or(word);
    if let Some((local, domain)) = word.split('?').next().unwrap_or_default().split_once('@') {
        return (!local.is_empty() && looks_like_host(domain))
            .then(|| Written::Email(format!("{local}@{domain}").to_lowercase()));
    }
    let host = without_port(&word[..word.find(['/', '?', '#']).unwrap_or(word.len())]);
    let www = strip_prefix_ignoring_case(host, "www.").is_some();
    (www || looks_like_host(host)).then(|| Written::Host(comparable_host(host)))
}

fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    text.get(..prefix.len())
        .filter(|start| start.eq_ignore_ascii_case(prefix))
        .map(|_| &text[prefix.len()..])
}

/// Two or more dot-separated labels of letters, digits and hyphens, ending in
/// a name of two or more letters (`ucl.ac.uk`, not `e.g` or `v1.2`), or an
/// xn-- name.
fn looks_like_host(text: &str) -> bool {
    let text = text.strip_suffix('.').unwrap_or(text);
    let labels: Vec<&str> = text.split('.').collect();
    let last = labels.last().copied().unwrap_or_default();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && (last.chars().count() >= 2 && last.chars().all(char::is_alphabetic)
            || last.to_ascii_lowercase().starts_with("xn--"))
}

/// A host as a browser would reach it, for comparing: the parser lower-cases
/// it and writes non-ASCII names in their xn-- form.
/// Lower case, without trailing dots or a leading `www.`. A host written
/// outside ASCII never equals an accepted link's (ASCII) host, so such
/// words always show the real address: the careful side.
fn comparable_host(host: &str) -> String {
    let lower = host.to_lowercase();
    let lower = lower.trim_end_matches('.');
    lower.strip_prefix("www.").unwrap_or(lower).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_address_only_when_the_words_name_another() {
        let evil = "https://evil.example/login";
        for label in [
            "https://ucl.ac.uk",
            "www.ucl.ac.uk",
            "ucl.ac.uk",
            "UCL.ac.uk/join",
            "Visit www.ucl.ac.uk today",
            "(ucl.ac.uk)",
            "https://evil.example@ucl.ac.uk",
            "https://ucl.ac.uk@evil.example",
            "cop@ucl.ac.uk",
            "mailto:cop@ucl.ac.uk",
        ] {
            assert_eq!(
                hidden_address(label, evil).as_deref(),
                Some(evil),
                "{label}"
            );
        }
        for label in [
            "Join us",
            "the sign-up form",
            "e.g. this",
            "version 1.2",
            "evil.example",
            "https://evil.example/other-page",
            "www.evil.example",
            "EVIL.example.",
            "https://evil.example:443",
        ] {
            assert_eq!(hidden_address(label, evil), None, "{label}");
        }
        assert_eq!(hidden_address("ucl.ac.uk", "https://www.ucl.ac.uk/x"), None);
        // Without the IDNA tables the two spellings cannot be matched, so
        // the address is shown: the careful side.
        assert_eq!(
            hidden_address("bücher.example", "https://xn--bcher-kva.example/"),
            Some("https://xn--bcher-kva.example/".to_string())
        );
        assert_eq!(
            hidden_address("profiles.ucl.ac.uk", "https://ucl.ac.uk/"),
            Some("https://ucl.ac.uk/".to_string())
        );
    }

    #[test]
    fn shows_the_email_address_behind_mailto_links() {
        let mail = "mailto:cop@ucl.ac.uk?subject=Join";
        assert_eq!(hidden_address("Email the leads", mail), None);
        assert_eq!(hidden_address("COP@UCL.ac.uk", mail), None);
        assert_eq!(hidden_address("cop@ucl.ac.uk.", mail), None);
        assert_eq!(
            hidden_address("leads@ucl.ac.uk", mail).as_deref(),
            Some("cop@ucl.ac.uk")
        );
        assert_eq!(
            hidden_address("www.ucl.ac.uk", mail).as_deref(),
            Some("cop@ucl.ac.uk")
        );
        assert_eq!(
            hidden_address("cop@ucl.ac.uk", "https://ucl.ac.uk/").as_deref(),
            Some("https://ucl.ac.uk/")
        );
    }

    #[test]
    fn shows_nothing_for_links_that_are_not_allowed_or_not_external() {
        assert_eq!(hidden_address("www.ucl.ac.uk", "javascript:alert(1)"), None);
        assert_eq!(hidden_address("www.ucl.ac.uk", "/guide"), None);
        assert_eq!(hidden_address("", "https://ucl.ac.uk"), None);
        assert_eq!(
            hidden_address("www.ucl.ac.uk", " https://evil.example"),
            None
        );
    }
}
