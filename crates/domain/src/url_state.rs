//! One contract for every view's state in the URL. Each view's state type
//! reads itself from the query string (never failing: what it cannot use is
//! dropped with a notice saying so) and writes its own parameters back,
//! leaving other views' parameters (and app-wide ones such as `embed`) as
//! they were. The UI's one hook, `web::url_state::use_url_state`, is built
//! on this trait; fuzz targets and property tests call it directly.

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

    /// Reads the state from `query`. Never fails.
    fn read(query: &QueryString, content: &Self::Content) -> Read<Self>;

    /// Sets this state's parameters in `query` (removing the ones it does not
    /// use), keeping every other parameter where it was.
    fn write(&self, content: &Self::Content, query: &mut QueryString);

    /// The app-relative link to this state from a URL with `query`
    /// (`/directory?q=finance`).
    fn path_from(&self, content: &Self::Content, query: &QueryString) -> String {
        let mut query = query.clone();
        self.write(content, &mut query);
        Self::ROUTE.path_with(&query)
    }

    /// The app-relative link to this state alone.
    fn path(&self, content: &Self::Content) -> String {
        self.path_from(content, &QueryString::default())
    }
}
