//! One contract for every view's state in the URL. Each view's state type
//! reads itself from the query string (never failing: what it cannot use is
//! dropped with a notice saying so) and writes its own parameters back,
//! leaving other views' parameters (and app-wide ones such as `embed`) as
//! they were. The UI's one hook, `web::url_state::use_url_state`, is built
//! on this trait; fuzz targets and property tests call it directly.
//!
//! Parameters that carry a person's own answers or words (`PRIVATE`) are
//! written in the fragment (`/assess#r=…`), which browsers never send to a
//! server, so no host logs them and no request line grows too long for it.
//! Reading takes them from either place, so links made before still open.

use crate::routes::Route;
use crate::url::QueryString;

/// What reading a URL gave: the state, and one sentence for each part of
/// the link that was ignored (shown to the person, so they know why the
/// page is not quite what the link promised).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read<S> {
    pub state: S,
    pub notices: Vec<String>,
}

impl<S> Read<S> {
    /// A state read with nothing ignored.
    pub fn clean(state: S) -> Read<S> {
        Read {
            state,
            notices: Vec::new(),
        }
    }
}

/// A view's state as its URL carries it.
pub trait UrlState: Clone + PartialEq + Sized {
    /// The content the state is read against (the view's content file, so an
    /// unknown id can be reported), or `()` when it needs none.
    type Content: ?Sized;

    /// The route whose query string holds this state.
    const ROUTE: Route;

    /// The parameters written in the fragment rather than the query string:
    /// the person's own answers and words.
    const PRIVATE: &'static [&'static str] = &[];

    /// Reads the state from `query` (the link's parameters from both the
    /// query string and the fragment: see [`link_parameters`]). Never fails.
    fn read(query: &QueryString, content: &Self::Content) -> Read<Self>;

    /// Sets this state's parameters in `query` (removing the ones it does not
    /// use), keeping every other parameter where it was.
    fn write(&self, content: &Self::Content, query: &mut QueryString);

    /// The app-relative link to this state from a URL with `query`
    /// (`/directory?q=finance`, `/assess#r=1.…`).
    fn path_from(&self, content: &Self::Content, query: &QueryString) -> String {
        let mut query = query.clone();
        self.write(content, &mut query);
        let mut private = QueryString::default();
        for key in Self::PRIVATE {
            let values: Vec<String> = query.get_all(key).map(str::to_string).collect();
            private.set_all(key, values.iter().map(String::as_str));
            query.remove(key);
        }
        let path = Self::ROUTE.path_with(&query);
        match private.to_query().strip_prefix('?') {
            Some(fragment) => format!("{path}#{fragment}"),
            None => path,
        }
    }

    /// The app-relative link to this state alone.
    fn path(&self, content: &Self::Content) -> String {
        self.path_from(content, &QueryString::default())
    }
}

/// A link's parameters: its query string (`?q=…`, with or without `?`) and
/// the ones in its fragment (`#r=…`, with or without `#`). A fragment without
/// `=` names a part of the page (`#success-factors`) and adds nothing; a
/// fragment parameter wins over a query parameter of the same name.
pub fn link_parameters(search: &str, fragment: &str) -> QueryString {
    let mut parameters = QueryString::parse(search);
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.contains('=') {
        let private = QueryString::parse(fragment);
        for key in private.keys() {
            let values: Vec<&str> = private.get_all(key).collect();
            parameters.set_all(key, values);
        }
    }
    parameters
}

/// The parameters of an app-relative link (`/guide?a=1#about=x`), as
/// [`link_parameters`] reads them from an address.
pub fn parameters_of(link: &str) -> QueryString {
    let (before, fragment) = link.split_once('#').unwrap_or((link, ""));
    let search = before.split_once('?').map_or("", |(_, search)| search);
    link_parameters(search, fragment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_parameters_join_the_query_and_win() {
        let read = |search, fragment| link_parameters(search, fragment).to_query();
        assert_eq!(read("?step=roles", "#r=1.abc"), "?step=roles&r=1.abc");
        assert_eq!(read("r=old&embed=1", "r=new"), "?r=new&embed=1");
        // An in-page anchor is not a parameter.
        assert_eq!(read("?q=x", "#success-factors"), "?q=x");
        assert_eq!(read("", ""), "");
        assert_eq!(
            parameters_of("/guide?a=1#about=x%20y").to_query(),
            "?a=1&about=x%20y"
        );
        assert_eq!(parameters_of("/assess#r=1.abc").get("r"), Some("1.abc"));
    }
}
