//! How the app is shown, as the first address says: inside a host page's
//! frame (`embed=1`: compact layout) and in which colours (`theme=light`,
//! `dark` or `auto`). Both are kept on every link inside the app, so the
//! frame stays as the host set it up while the reader moves around.

use crate::url::{QueryString, with_param};

/// The colours to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// The reader's own setting (`prefers-color-scheme`).
    Auto,
}

impl Theme {
    pub fn from_param(value: &str) -> Option<Theme> {
        match value {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    pub fn param(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Presentation {
    pub embedded: bool,
    /// `theme=` as given; None when the address has none (or an unknown one).
    pub theme_param: Option<Theme>,
}

impl Presentation {
    pub fn read(query: &QueryString) -> Presentation {
        Presentation {
            embedded: query.get("embed") == Some("1"),
            theme_param: query.get("theme").and_then(Theme::from_param),
        }
    }

    /// The colours to show. Embedded, the default is light: a host page
    /// (SharePoint, Teams) is light whatever the reader's setting, and a
    /// dark box in it looks broken.
    pub fn theme(self) -> Theme {
        match self.theme_param {
            Some(theme) => theme,
            None if self.embedded => Theme::Light,
            None => Theme::Auto,
        }
    }

    /// `path` (app-relative, with any query and fragment) with this
    /// presentation's parameters, so a link inside the app keeps it.
    pub fn keep(self, path: &str) -> String {
        let mut path = path.to_string();
        if self.embedded {
            path = with_param(&path, "embed", "1");
        }
        if let Some(theme) = self.theme_param {
            path = with_param(&path, "theme", theme.param());
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &str) -> Presentation {
        Presentation::read(&QueryString::parse(query))
    }

    #[test]
    fn embedded_frames_are_light_unless_the_host_says_otherwise() {
        assert_eq!(read("").theme(), Theme::Auto);
        assert_eq!(read("?embed=1").theme(), Theme::Light);
        assert_eq!(read("?embed=1&theme=auto").theme(), Theme::Auto);
        assert_eq!(read("?embed=1&theme=dark").theme(), Theme::Dark);
        assert_eq!(read("?theme=dark").theme(), Theme::Dark);
        // An unknown value is ignored, not a failure.
        assert_eq!(read("?embed=1&theme=purple").theme(), Theme::Light);
    }

    #[test]
    fn links_keep_what_the_host_asked_for() {
        assert_eq!(read("").keep("/guide?a=1#about=x"), "/guide?a=1#about=x");
        assert_eq!(read("?embed=1").keep("/directory"), "/directory?embed=1");
        assert_eq!(
            read("?embed=1&theme=dark").keep("/guide?a=1#about=x"),
            "/guide?a=1&embed=1&theme=dark#about=x"
        );
        assert_eq!(read("?theme=auto").keep("/toolkit"), "/toolkit?theme=auto");
    }
}
