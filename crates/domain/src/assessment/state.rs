//! The self-assessment's state in the URL: the step (`/assess?step=roles`;
//! none for the intro) and, when a share link was opened, its code
//! (`/assess#r=1.…`, in the fragment so the answers and notes never reach
//! a server; older `?r=` links still open), which the view reads once and
//! then removes.

use super::model::AssessmentFile;
use super::steps::Step;
use crate::routes::Route;
use crate::url::QueryString;
use crate::url_state::{Read, UrlState};

/// Where the person is in the self-assessment, as the URL says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessState {
    pub step: Step,
    /// The `r` parameter as given (answers in a share link), not yet decoded.
    pub share_code: Option<String>,
}

impl AssessState {
    /// At `step`, with no share code: moving between steps drops the code,
    /// so Back and reload do not offer the shared answers again.
    pub fn at(step: Step) -> AssessState {
        AssessState {
            step,
            share_code: None,
        }
    }

    /// The link that opens shared answers (`/assess#r=CODE`).
    pub fn sharing(code: &str) -> AssessState {
        AssessState {
            step: Step::Intro,
            share_code: Some(code.to_string()),
        }
    }
}

impl UrlState for AssessState {
    type Content = AssessmentFile;
    const ROUTE: Route = Route::Assess;
    /// Answers and notes: never sent to the server that hosts the app.
    const PRIVATE: &'static [&'static str] = &["r"];

    /// An unknown step name reads as the intro, with a notice saying so.
    fn read(query: &QueryString, content: &AssessmentFile) -> Read<AssessState> {
        let (step, notices) = match Step::parse(content, query.get("step")) {
            Ok(step) => (step, Vec::new()),
            Err(name) => (
                Step::Intro,
                vec![format!(
                    "There is no step called \"{name}\" in this assessment, so it starts from the beginning."
                )],
            ),
        };
        Read {
            state: AssessState {
                step,
                share_code: query.get("r").map(str::to_string),
            },
            notices,
        }
    }

    fn write(&self, content: &AssessmentFile, query: &mut QueryString) {
        query.set(
            "step",
            self.step.param(content).as_deref().unwrap_or_default(),
        );
        query.set("r", self.share_code.as_deref().unwrap_or_default());
    }
}
