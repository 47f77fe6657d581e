use std::fmt;

/// A 1-based line and column, counted in characters as an editor shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// One validation problem: which entry, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where in the file, e.g. `communities[2] (id "ucl-hr")`; empty for the top level.
    pub entry: String,
    /// The field name, e.g. `join`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.entry.is_empty(), self.field.is_empty()) {
            (true, true) => write!(f, "{}", self.message),
            (true, false) => write!(f, "field `{}`: {}", self.field, self.message),
            (false, true) => write!(f, "{}: {}", self.entry, self.message),
            (false, false) => write!(
                f,
                "{}, field `{}`: {}",
                self.entry, self.field, self.message
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The request failed: offline, blocked, or an HTTP error status.
    Fetch {
        status: Option<u16>,
        message: String,
    },
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Empty,
    /// Not UTF-8 JSON text at all, recognised from its first bytes.
    WrongFormat(Format),
    NotUtf8 {
        at: Position,
    },
    /// Not well-formed JSON.
    Syntax {
        at: Position,
        message: String,
    },
    /// Well-formed JSON of the wrong shape: a wrong type, a missing or unknown field.
    Structure {
        at: Position,
        path: String,
        entry: Option<String>,
        message: String,
    },
    /// Well-formed and well-typed, but breaks a rule (duplicate id, bad link…).
    Invalid(Vec<Issue>),
}

/// What a file that is not UTF-8 JSON was recognised as. Each is reported
/// as what it is, not as the "expected a value" at line 1, column 1 that a
/// JSON parser sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// UTF-16 text: a byte order mark FF FE or FE FF, or NUL bytes between
    /// the first characters (Notepad's "Unicode", PowerShell's default).
    Utf16,
    /// UTF-32 text.
    Utf32,
    /// More than one UTF-8 byte order mark: files joined or re-saved by tools
    /// that each add one.
    RepeatedBom,
    /// A web page: usually a proxy's sign-in page or a server's error page
    /// sent (or saved) in place of the file.
    Html,
    /// An XML document.
    Xml,
}

/// Why a content file could not be used. `Display` gives the editor-facing
/// text, one line per problem; the validator CLI and the app print the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub problem: Problem,
}

impl ContentError {
    pub fn new(file: &str, problem: Problem) -> Self {
        Self {
            file: file.to_string(),
            problem,
        }
    }

    /// What a reader of the app can do about it, in one sentence.
    pub fn advice(&self) -> &'static str {
        match self.problem {
            Problem::WrongFormat(Format::Html) => {
                "The server sent a web page instead of the file, often a sign-in page: sign in to your intranet (in another tab, say), then try again. If it keeps happening, tell the site's content editor."
            }
            Problem::Fetch { .. } => {
                "This may be a network problem. Try again; if it keeps failing, tell the site's content editor."
            }
            _ => {
                "The file needs fixing by whoever edits this site's content: the message below says where. The rest of the site still works."
            }
        }
    }

    /// One line per problem, each starting with the file name.
    pub fn lines(&self) -> Vec<String> {
        let file = &self.file;
        match &self.problem {
            Problem::Fetch {
                status: Some(404), ..
            } => {
                vec![format!(
                    "{file} was not found (HTTP 404): check that it was published with the app."
                )]
            }
            Problem::Fetch {
                status: Some(code),
                message,
            } => {
                // HTTP/2 responses have no status text.
                let status = match message.trim() {
                    "" => format!("HTTP {code}"),
                    text => format!("HTTP {code} {text}"),
                };
                let advice = match code {
                    401 | 403 => {
                        "the server refused access: if the site asks you to sign in, sign in (in another tab), then try again"
                    }
                    500..=599 => {
                        "the server had a problem: try again in a few minutes; if it keeps failing, tell whoever runs the site"
                    }
                    _ => "try again; if it keeps failing, tell whoever runs the site",
                };
                vec![format!(
                    "{file} could not be downloaded ({status}): {advice}."
                )]
            }
            Problem::Fetch {
                status: None,
                message,
            } => {
                let message = message.trim().trim_end_matches('.');
                vec![format!(
                    "{file} could not be downloaded: {message}. Check your connection and try again."
                )]
            }
            // Exact bytes: rounded sizes can look equal ("2.0 MB but at most
            // 2.0 MB") when the file is a few bytes over.
            Problem::TooLarge { bytes, limit } => vec![format!(
                "{file} is {} bytes ({}); a content file may be at most {} bytes ({}). \
                 Check that it is the right file; if it is, remove entries or shorten long texts to bring it under the limit.",
                grouped(*bytes as u64),
                human_size(*bytes),
                grouped(*limit as u64),
                human_size(*limit)
            )],
            Problem::Empty => vec![format!("{file} is empty: it must contain a JSON object.")],
            Problem::WrongFormat(format) => vec![wrong_format(file, *format)],
            Problem::NotUtf8 { at } => vec![format!(
                "{file}, line {}, column {}: the file is not valid UTF-8 text; save it with UTF-8 encoding.",
                at.line, at.column
            )],
            Problem::Syntax { at, message } => {
                vec![format!(
                    "{file}, line {}, column {}: {message}.",
                    at.line, at.column
                )]
            }
            Problem::Structure {
                at,
                path,
                entry,
                message,
            } => {
                let entry = entry
                    .as_ref()
                    .map(|id| format!(" (id \"{id}\")"))
                    .unwrap_or_default();
                vec![format!(
                    "{file}, line {}, column {}, at {path}{entry}: {message}.",
                    at.line, at.column
                )]
            }
            Problem::Invalid(issues) => issues
                .iter()
                .map(|issue| format!("{file}: {issue}."))
                .collect(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}

impl std::error::Error for ContentError {}

fn wrong_format(file: &str, format: Format) -> String {
    match format {
        Format::Utf16 | Format::Utf32 => {
            let encoding = if format == Format::Utf16 {
                "UTF-16"
            } else {
                "UTF-32"
            };
            format!(
                "{file} is saved as {encoding} text; save it as UTF-8 (in your editor, choose \"Save as\" and the encoding \"UTF-8\")."
            )
        }
        Format::RepeatedBom => format!(
            "{file} starts with two byte order marks (invisible characters some editors add at the start); \
             save it as \"UTF-8\" without BOM, or delete everything before the first `{{`."
        ),
        Format::Html => format!(
            "{file} is a web page (HTML), not JSON: the server may have sent a sign-in or error page instead of the file. \
             Open the file's address in a browser to see the page, and check that the file was uploaded."
        ),
        Format::Xml => format!(
            "{file} is an XML document, not JSON: check that it is the right file; content files are JSON, as described in public/schema/."
        ),
    }
}

/// 2097152 → "2,097,152".
pub(super) fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// "5.0 MB", "12 KB". Integer arithmetic: float formatting would add ~10 KB
/// to the app's wasm for this one message.
fn human_size(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    if bytes >= MB {
        let tenths = (bytes * 10 + MB / 2) / MB;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(problem: Problem) -> String {
        ContentError::new("directory.json", problem).to_string()
    }

    #[test]
    fn advice_fits_the_problem() {
        let advice = |problem| ContentError::new("directory.json", problem).advice();
        assert!(advice(Problem::WrongFormat(Format::Html)).contains("sign in to your intranet"));
        let fetch = Problem::Fetch {
            status: None,
            message: "offline".into(),
        };
        assert!(advice(fetch).starts_with("This may be a network problem"));
        assert!(advice(Problem::Empty).starts_with("The file needs fixing"));
        assert!(advice(Problem::WrongFormat(Format::Utf16)).starts_with("The file needs fixing"));
    }

    #[test]
    fn sizes_just_over_the_limit_show_exact_bytes() {
        assert_eq!(
            message(Problem::TooLarge {
                bytes: 2 * 1024 * 1024 + 1,
                limit: 2 * 1024 * 1024
            }),
            "directory.json is 2,097,153 bytes (2.0 MB); a content file may be at most 2,097,152 bytes (2.0 MB). \
             Check that it is the right file; if it is, remove entries or shorten long texts to bring it under the limit."
        );
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(4_294_967_295), "4,294,967,295");
    }

    #[test]
    fn download_failures_say_what_to_do() {
        let fetch = |status, text: &str| {
            message(Problem::Fetch {
                status,
                message: text.to_string(),
            })
        };
        // HTTP/2 gives no status text: no stray space before the bracket.
        assert_eq!(
            fetch(Some(403), ""),
            "directory.json could not be downloaded (HTTP 403): the server refused access: \
             if the site asks you to sign in, sign in (in another tab), then try again."
        );
        assert_eq!(
            fetch(Some(503), "Service Unavailable"),
            "directory.json could not be downloaded (HTTP 503 Service Unavailable): the server had a problem: \
             try again in a few minutes; if it keeps failing, tell whoever runs the site."
        );
        assert_eq!(
            fetch(None, "NetworkError when attempting to fetch resource."),
            "directory.json could not be downloaded: NetworkError when attempting to fetch resource. \
             Check your connection and try again."
        );
    }
}
