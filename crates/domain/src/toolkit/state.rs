//! The toolkit's state in the URL: `?q=words` (the filter) and `?s=ID` (the
//! part of the page to scroll to and focus). Other parameters are left alone.

use crate::routes::Route;
use crate::search::capped_search;
use crate::url::QueryString;
use crate::url_state::{Read, UrlState};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ToolkitState {
    /// The filter's words as typed (`?q=`); empty shows every section.
    pub words: String,
    /// The id to reveal (`?s=`), as given. Not checked against the sections:
    /// an id the page lacks is simply not revealed, and `contents` or
    /// `sources` work too.
    pub section: Option<String>,
}

impl ToolkitState {
    /// After typing `words` in the filter: the filter is now what the page
    /// is about, so no section is revealed. (The page replaces the history
    /// entry: Back should not step through every key typed.)
    pub fn finding(words: &str) -> ToolkitState {
        ToolkitState {
            words: words.to_string(),
            section: None,
        }
    }

    /// After moving to the section `id`, keeping the filter. (The page pushes
    /// a history entry, so Back returns to where the reader was.)
    pub fn at_section(&self, id: &str) -> ToolkitState {
        ToolkitState {
            words: self.words.clone(),
            section: Some(id.to_string()),
        }
    }

    /// The link to the toolkit's section `id` (`/toolkit?s=ID`), from any view.
    pub fn section_path(id: &str) -> String {
        ToolkitState::default().at_section(id).path(&())
    }
}

impl UrlState for ToolkitState {
    type Content = ();
    const ROUTE: Route = Route::Toolkit;

    /// Takes every value as it is, but a search longer than any real one is
    /// cut (with a notice).
    fn read(query: &QueryString, _: &()) -> Read<ToolkitState> {
        let (words, cut) = capped_search(query.get("q").unwrap_or_default());
        Read {
            state: ToolkitState {
                words,
                section: query.get("s").map(str::to_string),
            },
            notices: cut.into_iter().collect(),
        }
    }

    fn write(&self, _: &(), query: &mut QueryString) {
        // `q` is left exactly as it stands when it already says these words,
        // so moving to a section changes nothing but `s`.
        if query.get("q").unwrap_or_default() != self.words {
            query.set("q", &self.words);
        }
        match &self.section {
            Some(id) => query.set("s", id),
            None => query.remove("s"),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> ToolkitState {
        let read = ToolkitState::read(&QueryString::parse(text), &());
        assert!(read.notices.is_empty(), "{text}");
        read.state
    }

    /// The link written from a URL with `from`.
    fn path(state: &ToolkitState, from: &str) -> String {
        state.path_from(&(), &QueryString::parse(from))
    }

    #[test]
    fn reads_the_words_and_the_section_as_given() {
        assert_eq!(read(""), ToolkitState::default());
        assert_eq!(
            read("?q=two%20words&s=success-factors&embed=1"),
            ToolkitState {
                words: "two words".into(),
                section: Some("success-factors".into()),
            }
        );
        // Unknown ids are kept: the page reveals nothing for them.
        assert_eq!(read("?s=nope").section.as_deref(), Some("nope"));
    }

    #[test]
    fn typing_sets_the_words_and_drops_the_section() {
        let typed = ToolkitState::finding("fin");
        assert_eq!(path(&typed, ""), "/toolkit?q=fin");
        assert_eq!(path(&typed, "?q=fi&s=purpose"), "/toolkit?q=fin");
        assert_eq!(path(&typed, "?s=purpose&embed=1"), "/toolkit?embed=1&q=fin");
        assert_eq!(
            path(&ToolkitState::finding(""), "?q=fin&embed=1&s=a"),
            "/toolkit?embed=1"
        );
        assert_eq!(
            path(&ToolkitState::finding("two words"), ""),
            "/toolkit?q=two%20words"
        );
    }

    #[test]
    fn moving_to_a_section_sets_it_and_keeps_the_words() {
        let current = read("?q=finance&embed=1");
        assert_eq!(
            path(&current.at_section("purpose"), "?q=finance&embed=1"),
            "/toolkit?q=finance&embed=1&s=purpose"
        );
        let current = read("?s=a&q=b");
        assert_eq!(
            path(&current.at_section("purpose"), "?s=a&q=b"),
            "/toolkit?s=purpose&q=b"
        );
        // A hand-made `?q=` stays as it was.
        assert_eq!(
            path(&read("?q=").at_section("purpose"), "?q="),
            "/toolkit?q=&s=purpose"
        );
    }

    #[test]
    fn a_section_link_needs_no_content() {
        assert_eq!(
            ToolkitState::section_path("success-factors"),
            "/toolkit?s=success-factors"
        );
    }
}
