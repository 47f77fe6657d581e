//! The self-assessment before starting a community (`assessment.json`):
//! the content model and its rules, the person's answers, scoring, and the
//! ways answers travel (a JSON file, a share link, a Markdown action plan).
//!
//! Scoring in brief (details in `score.rs`): each answer is worth 0–3 points
//! (not yet … in place); a factor's score is the mean of its *answered*
//! statements as a percentage; the overall score is the mean of the assessed
//! factors' scores; bands come from the thresholds in the data. Unanswered
//! statements are left out of every score, never counted as zero, and the
//! result says how many are missing and is marked provisional until none are.

mod answers;
mod check;
mod existing;
mod markdown;
mod model;
mod saved;
mod score;
mod share;
mod state;
mod steps;

pub mod base64;

pub use answers::{AssessmentAnswers, MAX_DOMAIN, MAX_NAME, MAX_NOTE, Response};
pub use check::{ROLE_IDS, TOOLKIT_SECTIONS, help_targets};
pub use existing::{
    Matches, anything_to_search, existing_communities, search_words, similar_communities,
};
pub use markdown::{ActionPlan, MATCH_LIMIT, action_plan, inline as markdown_inline};
pub use model::{AssessmentFile, Band, Factor, HelpLink, Level, PerLevel, Section, Statement};
pub use saved::{FORMAT, MAX_SAVED_BYTES, VERSION, file_name, from_json, to_json};
pub use score::{FactorScore, GAP_COUNT, Outcome, Overall, Rating, score};
pub use share::{SHARE_VERSION, decode_share, encode_share};
pub use state::AssessState;
pub use steps::Step;

#[cfg(test)]
mod tests;
