//! `mailto:` links the app writes itself (RFC 6068): a review reminder to a
//! community's contact, a suggestion to the directory's editors. Content's
//! own mailto links are checked by `content::link`; these are built here so
//! that no text put in them can add a header or a recipient.
//!
//! - Each address must pass [`check_plain_email`] (one plain address: no
//!   `,`, `?`, `%` or second `@`), and its characters outside RFC 6068's
//!   unreserved and "some-delims" sets (`#`, `&`, `/`, `=`, `^`, `` ` ``,
//!   `{`, `|`, `}`) are %-escaped.
//! - The query always has exactly `subject` and `body`, in that order, and
//!   every byte of their values outside RFC 3986's unreserved characters
//!   (`A–Z a–z 0–9 - . _ ~`) is %-escaped (a space is `%20`, never `+`), so
//!   no `&`, `=`, `?`, `#`, CR or LF in the text reaches the link raw.
//! - Line breaks in the body (CRLF, LF or a lone CR) become `%0D%0A`, as RFC
//!   6068 requires. A subject is one header line: its line breaks become
//!   spaces, so even a mail program that decoded it carelessly could not be
//!   made to start a new header (`content::link` refuses `%0A` in a subject
//!   for the same reason).

use crate::content::link::check_plain_email;

/// What a `mailto:` link says: its recipients, subject and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailto {
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
}

/// The `mailto:` link for a message to `to` (none: the reader chooses in
/// their mail program) with `subject` and `body`. `Err` says which address
/// is not one plain email address.
pub fn mailto_url(to: &[&str], subject: &str, body: &str) -> Result<String, String> {
    let mut url = String::from("mailto:");
    for (index, address) in to.iter().enumerate() {
        check_plain_email(address)?;
        if index > 0 {
            url.push(',');
        }
        encode_address(address, &mut url);
    }
    url.push_str("?subject=");
    encode(&one_line(subject), &mut url);
    url.push_str("&body=");
    encode(&crlf(body), &mut url);
    Ok(url)
}

/// The subject as it is sent: each line break (CRLF, LF or CR) is a space.
pub fn one_line(subject: &str) -> String {
    subject.replace("\r\n", " ").replace(['\r', '\n'], " ")
}

/// The body as it is sent: every line break is CRLF.
pub fn crlf(body: &str) -> String {
    body.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

impl Mailto {
    /// Reads a link that [`mailto_url`] wrote (for tests and for reading a
    /// link back): `mailto:`, addresses separated by `,`, then exactly
    /// `?subject=…&body=…`. Anything else is refused, saying what.
    pub fn parse(url: &str) -> Result<Mailto, String> {
        let rest = url
            .strip_prefix("mailto:")
            .ok_or_else(|| format!("\"{url}\" does not start with mailto:"))?;
        let (addresses, query) = rest
            .split_once('?')
            .ok_or_else(|| format!("\"{url}\" has no subject and body"))?;
        let to = if addresses.is_empty() {
            Vec::new()
        } else {
            addresses.split(',').map(decode).collect()
        };
        let fields: Vec<(&str, &str)> = query
            .split('&')
            .map(|field| field.split_once('=').unwrap_or((field, "")))
            .collect();
        match fields.as_slice() {
            [("subject", subject), ("body", body)] => Ok(Mailto {
                to,
                subject: decode(subject),
                body: decode(body),
            }),
            _ => Err(format!(
                "\"{url}\" must have exactly the fields subject and body, in that order"
            )),
        }
    }
}

/// RFC 3986's unreserved characters: the only bytes left as they are in a
/// subject or body.
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

fn encode(text: &str, out: &mut String) {
    for byte in text.bytes() {
        push_byte(byte, is_unreserved(byte), out);
    }
}

/// RFC 6068: an address may hold unreserved characters and "some-delims"
/// as they are; `,` separates addresses (and a checked address has none).
fn encode_address(address: &str, out: &mut String) {
    for byte in address.bytes() {
        let plain = is_unreserved(byte)
            || matches!(
                byte,
                b'!' | b'$' | b'\'' | b'(' | b')' | b'*' | b'+' | b';' | b':' | b'@'
            );
        push_byte(byte, plain, out);
    }
}

fn push_byte(byte: u8, plain: bool, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    if plain {
        out.push(char::from(byte));
    } else {
        out.push('%');
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
}

fn decode(text: &str) -> String {
    crate::url::percent_decode(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{LinkKind, classify_link};
    use proptest::prelude::*;

    #[test]
    fn encodes_subject_and_body_as_rfc_6068_asks() {
        assert_eq!(
            mailto_url(
                &["cop@example.ac.uk"],
                "Finance & HR: still right?",
                "Line one\nLine two = 2\r\n100% sure #1"
            )
            .unwrap(),
            "mailto:cop@example.ac.uk?subject=Finance%20%26%20HR%3A%20still%20right%3F\
             &body=Line%20one%0D%0ALine%20two%20%3D%202%0D%0A100%25%20sure%20%231"
        );
        assert_eq!(
            mailto_url(&[], "", "").unwrap(),
            "mailto:?subject=&body=",
            "no recipient: the reader chooses one"
        );
        assert_eq!(
            mailto_url(&["a@example.ac.uk", "b@example.org"], "Café", "a+b").unwrap(),
            "mailto:a@example.ac.uk,b@example.org?subject=Caf%C3%A9&body=a%2Bb"
        );
    }

    #[test]
    fn line_breaks_end_as_crlf_in_the_body_and_spaces_in_the_subject() {
        let url = mailto_url(&["a@example.ac.uk"], "One\r\ntwo\nthree\rfour", "a\rb\n\nc").unwrap();
        assert_eq!(
            url,
            "mailto:a@example.ac.uk?subject=One%20two%20three%20four&body=a%0D%0Ab%0D%0A%0D%0Ac"
        );
        let read = Mailto::parse(&url).unwrap();
        assert_eq!(read.subject, "One two three four");
        assert_eq!(read.body, "a\r\nb\r\n\r\nc");
    }

    #[test]
    fn addresses_are_checked_and_their_delimiters_escaped() {
        assert_eq!(
            mailto_url(&["a@example.ac.uk?cc=boss@example.ac.uk"], "", "").unwrap_err(),
            "\"a@example.ac.uk?cc=boss@example.ac.uk\" is not one plain email address; write a single address, as in name@example.ac.uk"
        );
        assert_eq!(
            mailto_url(&["a@example.ac.uk,b@example.ac.uk"], "", "").unwrap_err(),
            "\"a@example.ac.uk,b@example.ac.uk\" is not one plain email address; write a single address, as in name@example.ac.uk"
        );
        assert_eq!(
            mailto_url(&["mailto:a@example.ac.uk"], "", "").unwrap_err(),
            "\"mailto:a@example.ac.uk\" starts with mailto:; write the address alone, as in name@example.ac.uk"
        );
        assert!(mailto_url(&["a%40b@example.ac.uk"], "", "").is_err());
        assert!(mailto_url(&["a@example.ac.uk\r\nBcc: x@evil.example"], "", "").is_err());
        assert!(mailto_url(&[""], "", "").is_err());
        // Characters a local part may hold but a mailto address must escape.
        let url = mailto_url(&["a&b=c/d#e@example.ac.uk"], "", "").unwrap();
        assert_eq!(url, "mailto:a%26b%3Dc%2Fd%23e@example.ac.uk?subject=&body=");
        assert_eq!(Mailto::parse(&url).unwrap().to, ["a&b=c/d#e@example.ac.uk"]);
    }

    #[test]
    fn parse_refuses_links_it_did_not_write() {
        assert!(Mailto::parse("https://example.ac.uk").is_err());
        assert!(Mailto::parse("mailto:a@example.ac.uk").is_err());
        assert!(Mailto::parse("mailto:a@example.ac.uk?body=x&subject=y").is_err());
        assert!(Mailto::parse("mailto:a@example.ac.uk?subject=x&body=y&cc=z").is_err());
    }

    /// Any text, weighted towards the characters that could break a link.
    fn awkward_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("\r\n".to_string()),
            Just("\n".to_string()),
            Just("\r".to_string()),
            Just("&cc=x@evil.example".to_string()),
            Just("?bcc=y@evil.example".to_string()),
            Just("%0D%0ABcc: z@evil.example".to_string()),
            Just("=#+, ;".to_string()),
            any::<String>(),
            "[ -~]{0,6}",
        ];
        proptest::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
    }

    /// A plain address as `check_plain_email` accepts it, delimiters included.
    fn address() -> impl Strategy<Value = String> {
        (
            "[a-z0-9!#$&'*+/=^_`{|}~.-]{1,12}",
            "[a-z0-9]{1,8}",
            "[a-z]{2,4}",
        )
            .prop_map(|(local, host, top)| format!("{local}@{host}.{top}"))
    }

    proptest! {
        #[test]
        fn no_text_adds_a_header_or_a_recipient(
            to in address(),
            subject in awkward_text(),
            body in awkward_text(),
        ) {
            let url = mailto_url(&[&to], &subject, &body).unwrap();
            // Structure: one `?`, one `&`, two `=`, no raw line break or `#`.
            prop_assert_eq!(url.matches('?').count(), 1);
            prop_assert_eq!(url.matches('&').count(), 1);
            prop_assert_eq!(url.matches('=').count(), 2);
            prop_assert!(!url.contains(['\r', '\n', '#', ' ']));
            prop_assert!(url.is_ascii());
            let (head, query) = url.split_once('?').unwrap();
            prop_assert!(!head["mailto:".len()..].contains(','), "one recipient");
            let keys: Vec<&str> = query
                .split('&')
                .map(|field| field.split_once('=').unwrap().0)
                .collect();
            prop_assert_eq!(keys, ["subject", "body"]);
            let read = Mailto::parse(&url).unwrap();
            prop_assert_eq!(read.to, vec![to]);
            prop_assert_eq!(read.subject, one_line(&subject));
            prop_assert!(!one_line(&subject).contains(['\r', '\n']));
            prop_assert_eq!(read.body, crlf(&body));
        }

        #[test]
        fn links_to_one_plain_address_pass_the_content_rules(
            to in "[a-z0-9._-]{1,12}@[a-z0-9]{1,8}\\.ac\\.uk",
            subject in awkward_text(),
            body in awkward_text(),
        ) {
            // The app's own allow-list for mailto links in content accepts them.
            let url = mailto_url(&[&to], &subject, &body).unwrap();
            prop_assert_eq!(classify_link(&url), Ok(LinkKind::Mailto));
        }
    }
}
