//! The host part of a web address, read strictly: the link rules
//! (`link.rs`) refuse what this cannot read, and `hidden_address.rs`
//! compares the hosts a link's words and its address name.

#[derive(Debug, PartialEq, Eq)]
pub(super) enum AuthorityError {
    Port,
    IpAddress,
    Host,
}

/// The lower-cased host of an ASCII authority without user info
/// (`Example.ac.uk:8443` → `example.ac.uk`), if it is a domain name all
/// parsers read alike: dot-separated labels of letters, digits, hyphens (and
/// the underscores some intranet names have), none starting or ending with a
/// hyphen, at most 63 characters each and 253 in all, the last not a number
/// (WHATWG parsers read `1.2.3.4`, `0x7f.1` or `example.0` as IP addresses),
/// and an optional port from 1 to 65535.
pub(super) fn parse_authority(authority: &str) -> Result<String, AuthorityError> {
    if authority.starts_with('[') {
        return Err(AuthorityError::IpAddress);
    }
    let (host, port) = match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|n| (1..=65_535).contains(&n));
        if !valid {
            return Err(AuthorityError::Port);
        }
    }
    let host = host.to_ascii_lowercase();
    let name = host.strip_suffix('.').unwrap_or(&host);
    let last = name.rsplit('.').next().unwrap_or_default();
    let number_like = !last.is_empty()
        && (last.bytes().all(|b| b.is_ascii_digit())
            || last
                .strip_prefix("0x")
                .is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit())));
    if number_like {
        return Err(AuthorityError::IpAddress);
    }
    let label_ok = |label: &str| {
        label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if name.len() > 253 || !name.split('.').all(label_ok) {
        return Err(AuthorityError::Host);
    }
    Ok(host)
}

/// `host:port` → `host`, `[::1]:8080` → `[::1]`.
pub(super) fn without_port(host_and_port: &str) -> &str {
    if host_and_port.starts_with('[') {
        host_and_port
            .find(']')
            .map_or(host_and_port, |end| &host_and_port[..=end])
    } else {
        host_and_port
            .split_once(':')
            .map_or(host_and_port, |(host, _)| host)
    }
}
