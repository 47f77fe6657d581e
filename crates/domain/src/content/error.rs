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

    /// True when trying again could help (a network failure), as opposed to
    /// a file that needs editing.
    pub fn is_retryable(&self) -> bool {
        matches!(self.problem, Problem::Fetch { .. })
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
                vec![format!(
                    "{file} could not be downloaded (HTTP {code} {message})."
                )]
            }
            Problem::Fetch {
                status: None,
                message,
            } => {
                vec![format!(
                    "{file} could not be downloaded: {message}. Check your connection and try again."
                )]
            }
            Problem::TooLarge { bytes, limit } => vec![format!(
                "{file} is {} but content files may be at most {}.",
                human_size(*bytes),
                human_size(*limit)
            )],
            Problem::Empty => vec![format!("{file} is empty: it must contain a JSON object.")],
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
