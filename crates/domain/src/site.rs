//! Site configuration (`site.json`): the branding an institution sets for its
//! own copy. Every field is optional; without the file the app uses neutral
//! defaults. The accent colour must be readable: the validator checks its
//! contrast, and the dark-mode variant is derived so it is readable too.

use serde::Deserialize;

use super::content::link::{check_https_only, check_plain_email};
use super::content::{Checker, ContentFile};

pub mod accessibility;
pub use accessibility::{Accessibility, Compliance, Contact};

pub const DEFAULT_TITLE: &str = "CoP Navigator";
pub const DEFAULT_ACCENT: Rgb = Rgb(0x1d, 0x4f, 0x91);
/// WCAG 2.2 AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;
/// The page backgrounds the accent is used on, light and dark (style/main.css).
pub const LIGHT_BACKGROUND: Rgb = Rgb(0xff, 0xff, 0xff);
pub const DARK_BACKGROUND: Rgb = Rgb(0x11, 0x15, 0x1b);

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Shown in the header and the browser tab. Default "CoP Navigator".
    #[serde(default)]
    pub title: Option<String>,
    /// The institution's name, shown under the title and in the footer.
    #[serde(default)]
    pub organisation: Option<String>,
    /// `#rrggbb`, used for the header, links and buttons.
    #[serde(default)]
    pub accent: Option<String>,
    #[serde(default)]
    pub logo: Option<Logo>,
    /// The institution's part of the accessibility statement (`/accessibility`).
    #[serde(default)]
    pub accessibility: Option<Accessibility>,
    /// Who runs the communities programme, shown in the footer and on every
    /// community's page. Absent: nothing is shown.
    #[serde(default)]
    pub programme_contact: Option<ProgrammeContact>,
    /// The directory editors' address, one plain email address: where
    /// "Suggest a community" sends suggestions (the content studio). Not
    /// shown to readers. Absent: the sender chooses the recipient.
    #[serde(default)]
    pub directory_contact: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeContact {
    /// A person or a team ("Organisational Development").
    pub name: String,
    /// One plain address, shown as a mailto link.
    pub email: String,
    /// The programme's own page: https only.
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// A file published with the app, relative to its root (`data/logo.svg`).
    pub path: String,
    /// What the logo says, for people who cannot see it.
    pub alt: String,
}

impl SiteFile {
    pub fn title(&self) -> &str {
        self.title.as_deref().unwrap_or(DEFAULT_TITLE)
    }

    /// The accent and the colours derived from it, for light and dark mode.
    pub fn palette(&self) -> Palette {
        let accent = self
            .accent
            .as_deref()
            .and_then(|hex| Rgb::parse(hex).ok())
            .unwrap_or(DEFAULT_ACCENT);
        Palette::from_accent(accent)
    }
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb` (or `#rgb`).
    pub fn parse(text: &str) -> Result<Rgb, String> {
        let wrong = || format!("\"{text}\" is not a colour in the form #rrggbb, e.g. #1d4f91");
        let hex = text.strip_prefix('#').ok_or_else(wrong)?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(wrong());
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).map_err(|_| wrong());
        match hex.len() {
            6 => Ok(Rgb(
                channel(&hex[0..2])?,
                channel(&hex[2..4])?,
                channel(&hex[4..6])?,
            )),
            3 => {
                let double = |i: usize| channel(&hex[i..i + 1].repeat(2));
                Ok(Rgb(double(0)?, double(1)?, double(2)?))
            }
            _ => Err(wrong()),
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Mixes `amount` (0–1) of `other` into this colour.
    pub fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let channel =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(
            channel(self.0, other.0),
            channel(self.1, other.1),
            channel(self.2, other.2),
        )
    }
}

const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const BLACK: Rgb = Rgb(0, 0, 0);

/// The accent colours for one colour scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheme {
    pub accent: Rgb,
    /// Hover and pressed states.
    pub strong: Rgb,
    /// Text on an accent background.
    pub on_accent: Rgb,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    pub light: Scheme,
    pub dark: Scheme,
}

impl Palette {
    /// Light mode uses the accent as given (validated to contrast with white);
    /// dark mode lightens it until it reads on the dark background.
    pub fn from_accent(accent: Rgb) -> Palette {
        let light = Scheme {
            accent,
            strong: accent.mix(BLACK, 0.25),
            on_accent: best_text_on(accent),
        };
        let mut dark_accent = accent;
        let mut step = 0.0;
        while dark_accent.contrast(DARK_BACKGROUND) < MIN_CONTRAST + 1.5 && step < 1.0 {
            step += 0.05;
            dark_accent = accent.mix(WHITE, step);
        }
        let dark = Scheme {
            accent: dark_accent,
            strong: dark_accent.mix(WHITE, 0.3),
            on_accent: best_text_on(dark_accent),
        };
        Palette { light, dark }
    }

    /// The stylesheet's custom properties this palette sets (main.css
    /// defines them with the default accent's values).
    pub fn custom_properties(&self) -> [(&'static str, String); 6] {
        [
            ("--accent-light", self.light.accent.hex()),
            ("--accent-strong-light", self.light.strong.hex()),
            ("--on-accent-light", self.light.on_accent.hex()),
            ("--accent-dark", self.dark.accent.hex()),
            ("--accent-strong-dark", self.dark.strong.hex()),
            ("--on-accent-dark", self.dark.on_accent.hex()),
        ]
    }
}

/// White or near-black text, whichever contrasts more with `background`.
fn best_text_on(background: Rgb) -> Rgb {
    let dark_text = Rgb(0x0d, 0x17, 0x26);
    if background.contrast(WHITE) >= background.contrast(dark_text) {
        WHITE
    } else {
        dark_text
    }
}

/// "1.51" without float formatting (which would add ~10 KB to the wasm).
fn two_decimals(value: f64) -> String {
    let hundredths = (value * 100.0).round() as u64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A logo path must be a file inside the app: relative, no `..`, no scheme,
/// so it can never make a request to another site. Browsers and servers
/// decode %-escapes (`%2e%2e` is `..`), some more than once, so the rules
/// apply to the path decoded until nothing changes.
fn check_logo_path(path: &str) -> Result<(), String> {
    let decoded = crate::url::percent_decode_fully(path);
    let read_as = if decoded == path {
        String::new()
    } else {
        format!(" (read as \"{decoded}\" once its %-escapes are decoded)")
    };
    let lower = decoded.to_ascii_lowercase();
    let image = [".svg", ".png", ".webp", ".jpg", ".jpeg", ".gif"]
        .iter()
        .any(|ext| lower.ends_with(ext));
    if decoded.contains(':') || decoded.starts_with('/') || decoded.starts_with('\\') {
        Err(format!(
            "\"{path}\"{read_as} must be a path inside the app, such as data/logo.svg, not a web address"
        ))
    } else if decoded.contains('\\') {
        // Some servers and browsers read `\` as `/`, which would get past the `..` rule.
        Err(format!(
            "\"{path}\"{read_as} contains a backslash (\\); separate folders with /, as in data/logo.svg"
        ))
    } else if decoded.split('/').any(|part| part == "..") {
        Err(format!(
            "\"{path}\"{read_as} must not use \"..\"; put the logo in the app's folder"
        ))
    } else if !image {
        Err(format!(
            "\"{path}\" is not an image file (.svg, .png, .webp, .jpg or .gif)"
        ))
    } else {
        Ok(())
    }
}

impl ContentFile for SiteFile {
    const FILE: &'static str = "site.json";
    const WHAT: &'static str = "the site settings";

    fn check(&self, checker: &mut Checker) {
        let today = checker.today();
        let mut top = checker.top();
        top.optional_text("title", self.title.as_deref(), 60);
        top.optional_text("organisation", self.organisation.as_deref(), 120);
        if let Some(accessibility) = &self.accessibility {
            accessibility.check(&mut top, today);
        }
        if let Some(accent) = &self.accent {
            match Rgb::parse(accent) {
                Err(message) => top.problem("accent", message),
                Ok(colour) => {
                    let ratio = colour.contrast(LIGHT_BACKGROUND);
                    if ratio < MIN_CONTRAST {
                        top.problem(
                            "accent",
                            format!(
                                "{accent} has a contrast of {}:1 with the white page; links and buttons need at least 4.5:1 (WCAG 2.2 AA) — choose a darker shade",
                                two_decimals(ratio)
                            ),
                        );
                    }
                }
            }
        }
        if let Some(contact) = &self.programme_contact {
            top.text("programme_contact.name", &contact.name, 120);
            if let Err(message) = check_plain_email(&contact.email) {
                top.problem("programme_contact.email", message);
            }
            if let Some(Err(message)) = contact.url.as_deref().map(check_https_only) {
                top.problem("programme_contact.url", message);
            }
        }
        if let Some(Err(message)) = self.directory_contact.as_deref().map(check_plain_email) {
            top.problem("directory_contact", message);
        }
        if let Some(logo) = &self.logo {
            if let Err(message) = check_logo_path(&logo.path) {
                top.problem("logo.path", message);
            }
            top.text("logo.alt", &logo.alt, 120);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;

    #[test]
    fn sample_and_empty_files_are_valid() {
        load::<SiteFile>(include_bytes!("../../../public/data/site.json")).unwrap();
        let site = load::<SiteFile>(b"{}").unwrap();
        assert!(site.programme_contact.is_none());
        let with_contact = load::<SiteFile>(
            br#"{"programme_contact": {"name": "CoP team", "email": "cop@example.ac.uk", "url": "https://example.ac.uk/cop"}}"#,
        )
        .unwrap();
        assert_eq!(
            with_contact.programme_contact.unwrap().email,
            "cop@example.ac.uk"
        );
        assert_eq!(site.title(), "CoP Navigator");
        assert_eq!(site.directory_contact, None);
        let with_directory_contact =
            load::<SiteFile>(br#"{"directory_contact": "directory-editors@example.ac.uk"}"#)
                .unwrap();
        assert_eq!(
            with_directory_contact.directory_contact.as_deref(),
            Some("directory-editors@example.ac.uk")
        );
        assert_eq!(site.palette().light.accent, DEFAULT_ACCENT);
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((BLACK.contrast(WHITE) - 21.0).abs() < 1e-9);
        assert!((Rgb(0x77, 0x77, 0x77).contrast(WHITE) - 4.48).abs() < 0.01);
        assert!(DEFAULT_ACCENT.contrast(WHITE) > 8.0);
    }

    #[test]
    fn derived_palettes_are_readable_for_any_valid_accent() {
        for hex in [
            "#1d4f91", "#000000", "#6a1b9a", "#b00020", "#005a32", "#595959", "#004f4f",
        ] {
            let palette = Palette::from_accent(Rgb::parse(hex).unwrap());
            assert!(
                palette.light.on_accent.contrast(palette.light.accent) >= MIN_CONTRAST,
                "{hex} light"
            );
            assert!(
                palette.dark.accent.contrast(DARK_BACKGROUND) >= MIN_CONTRAST,
                "{hex} dark on background"
            );
            assert!(
                palette.dark.on_accent.contrast(palette.dark.accent) >= MIN_CONTRAST,
                "{hex} dark header text"
            );
        }
    }

    #[test]
    fn logo_paths_are_checked_as_browsers_and_servers_decode_them() {
        let problem = |path: &str| check_logo_path(path).unwrap_err();
        assert_eq!(
            problem("data/%2e%2e/%2E%2E/secret.svg"),
            "\"data/%2e%2e/%2E%2E/secret.svg\" (read as \"data/../../secret.svg\" once its %-escapes are decoded) must not use \"..\"; put the logo in the app's folder"
        );
        // Decoded again and again: a server may decode once more than the check did.
        assert!(problem("data/%252e%252e/x.svg").contains("read as \"data/../x.svg\""));
        assert!(problem("data/.%2E/x.svg").contains("must not use \"..\""));
        assert!(problem("%2F%2Fevil.example/x.svg").contains("not a web address"));
        assert!(problem("https%3A//evil.example/x.svg").contains("not a web address"));
        assert_eq!(
            problem("data\\..\\secret.svg"),
            "\"data\\..\\secret.svg\" contains a backslash (\\); separate folders with /, as in data/logo.svg"
        );
        assert!(problem("data%5clogo.svg").contains("contains a backslash"));
        for fine in [
            "data/logo.svg",
            "data/my%20logo.png",
            "data/./logo.svg",
            "data/..logo.svg",
        ] {
            assert_eq!(check_logo_path(fine), Ok(()), "{fine}");
        }
    }

    #[test]
    fn rejects_unreadable_or_unsafe_settings() {
        let error = |json: &str| load::<SiteFile>(json.as_bytes()).unwrap_err().to_string();
        assert_eq!(
            error(r##"{"accent": "#ffcc00"}"##),
            "site.json: field `accent`: #ffcc00 has a contrast of 1.51:1 with the white page; links and buttons need at least 4.5:1 (WCAG 2.2 AA) — choose a darker shade."
        );
        assert!(error(r#"{"accent": "blue"}"#).contains("is not a colour in the form #rrggbb"));
        assert!(
            error(r#"{"logo": {"path": "https://cdn.example.org/logo.svg", "alt": "X"}}"#)
                .contains("not a web address")
        );
        assert!(
            error(r#"{"logo": {"path": "../secret.svg", "alt": "X"}}"#)
                .contains("must not use \"..\"")
        );
        assert!(
            error(r#"{"logo": {"path": "data/logo.txt", "alt": "X"}}"#)
                .contains("is not an image file")
        );
        assert!(
            error(r#"{"logo": {"path": "data/logo.svg", "alt": " "}}"#)
                .contains("field `logo.alt`: must not be empty")
        );
        assert!(error(r##"{"colour": "#000"}"##).contains("unknown field `colour`"));
        assert_eq!(
            error(
                r#"{"programme_contact": {"name": " ", "email": "mailto:cop@example.ac.uk", "url": "mailto:cop@example.ac.uk"}}"#
            ),
            "site.json: field `programme_contact.name`: must not be empty.\n\
             site.json: field `programme_contact.email`: \"mailto:cop@example.ac.uk\" starts with mailto:; write the address alone, as in name@example.ac.uk.\n\
             site.json: field `programme_contact.url`: \"mailto:cop@example.ac.uk\" is an email link; this field takes an https:// web address."
        );
        assert_eq!(
            error(r#"{"directory_contact": "a@example.ac.uk; b@example.ac.uk"}"#),
            "site.json: field `directory_contact`: \"a@example.ac.uk; b@example.ac.uk\" is not one plain email address; write a single address, as in name@example.ac.uk."
        );
        assert_eq!(Rgb::parse("#abc").unwrap(), Rgb(0xaa, 0xbb, 0xcc));
    }
}
