//! Reading the guide's result from a link the person pastes, for the
//! documents' `{guide_result}` and `{guide_words}`.

use super::assemble::GuideContext;
use crate::guide::{Decision, GuideFile, GuideState, Notice, Step, Verdict, score};
use crate::routes::{Route, canonical_path};
use crate::url_state::{UrlState, link_parameters};

const NOT_A_GUIDE_LINK: &str = "This is not a link to the guide's result. Open the guide \"Which kind of group fits?\", answer its questions, then copy the address of the result page (it contains \"/guide?a=\") and paste it here.";
const UNFINISHED: &str = "This guide link is from before the result page, so it has no result yet. Finish the guide's questions, then copy the address of the result page and paste it here.";
const DAMAGED: &str = "The answers in this guide link could not be read: it may have been cut short when it was copied. Copy the whole address of the guide's result page again and paste it here.";
const OUTDATED: &str = "This guide link was made with an earlier version of the guide's questions, so its result cannot be read. Answer the guide again (it takes about two minutes) and paste the new result link.";

/// Links longer than this are not the guide's (its links are short).
const MAX_LINK: usize = 4_000;

/// The result and words of the guide link `link` (absolute, such as
/// `https://example.ac.uk/cop/guide?a=…#about=…`, or app-relative). The
/// error is a sentence to show as it is.
pub fn guide_context(guide: &GuideFile, link: &str) -> Result<GuideContext, String> {
    let link = link.trim();
    if link.is_empty() || link.len() > MAX_LINK || link.chars().any(char::is_whitespace) {
        return Err(NOT_A_GUIDE_LINK.into());
    }
    let (before, fragment) = link.split_once('#').unwrap_or((link, ""));
    let (path, search) = before.split_once('?').unwrap_or((before, ""));
    if !is_guide_path(path) {
        return Err(NOT_A_GUIDE_LINK.into());
    }
    let read = GuideState::read(&link_parameters(search, fragment), guide);
    if read.notices.iter().any(|n| n == Notice::Outdated.message()) {
        return Err(OUTDATED.into());
    }
    if read
        .notices
        .iter()
        .any(|n| n == Notice::Malformed.message())
    {
        return Err(DAMAGED.into());
    }
    let state = read.state;
    if state.step != Step::Result || state.answers.is_empty() {
        return Err(UNFINISHED.into());
    }
    let decision = Decision::of(&score(guide, &state.answers));
    let names = |forms: &[usize]| -> Vec<&str> {
        forms
            .iter()
            .filter_map(|&form| guide.forms.get(form))
            .map(|form| form.name.as_str())
            .collect()
    };
    let result = match &decision.verdict {
        Verdict::Unanswered => return Err(UNFINISHED.into()),
        Verdict::NotAGroup { outcome } => format!(
            "{} (not a group)",
            guide
                .not_a_group
                .get(*outcome)
                .map_or("", |o| o.name.as_str())
        ),
        Verdict::Form { form } => names(&[*form]).join(""),
        Verdict::Close { forms } => match names(forms).as_slice() {
            [rest @ .., last] => format!("a mixed result: {} or {last}", rest.join(", ")),
            [] => return Err(UNFINISHED.into()),
        },
    };
    Ok(GuideContext {
        result,
        words: state.about,
    })
}

/// Whether the path (of an absolute or app-relative link) is the guide's,
/// under any folder the app is served from.
fn is_guide_path(path: &str) -> bool {
    let path = match path.split_once("://") {
        Some((scheme, rest)) => {
            if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
                return false;
            }
            match rest.find('/') {
                Some(slash) => &rest[slash..],
                None => return false,
            }
        }
        // App-relative: another scheme (`javascript:`) is not a guide link.
        None if path.contains(':') => return false,
        None => path,
    };
    let path = canonical_path(path);
    let segment = Route::Guide.segment();
    path.rsplit('/').next() == Some(segment)
}
