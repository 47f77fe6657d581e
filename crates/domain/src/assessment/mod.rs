//! The self-assessment before starting a community (`assessment.json`):
//! the content model and its rules, the person's answers, scoring, and the
//! ways answers travel (a JSON file, a share link, an action plan in Markdown
//! or RTF).
//!
//! Scoring in brief (details in `score.rs`): each answer is worth 0–3 points
//! (not yet … in place); a factor's score is the mean of its *answered*
//! statements as a percentage; the overall score is the mean of the assessed
//! factors' scores; bands come from the thresholds in the data. Unanswered
//! statements are left out of every score, never counted as zero, and the
//! result says how many are missing and is marked provisional until none are.

mod answers;
mod check;
mod document;
mod existing;
mod group;
mod markdown;
mod model;
mod plan;
mod rtf;
mod saved;
mod score;
mod share;
mod state;
mod steps;

pub mod base64;

pub use answers::{AssessmentAnswers, MAX_DOMAIN, MAX_NAME, MAX_NOTE, Response};
pub use check::{ROLE_IDS, TOOLKIT_SECTIONS, help_targets};
pub use document::{ActionPlan, MATCH_LIMIT};
pub use existing::{
    Matches, anything_to_search, existing_communities, search_words, similar_communities,
};
pub use group::{
    Disagreement, FactorChange, GROUP_FORMAT, GROUP_LINK_VERSION, GROUP_VERSION, Group,
    GroupFactor, GroupResult, Incoming, Links, Loaded, MAX_GROUP_CODE, MAX_LABEL, MAX_PEOPLE,
    Member, NextStep, Pasted, Progress, SavedGroup, change_text, clean_label, group_decode,
    group_encode, group_from_json, group_to_json, progress, read_file, read_links,
};
pub use markdown::{action_plan, inline as markdown_inline};
pub use model::{AssessmentFile, Band, Factor, HelpLink, Level, PerLevel, Section, Statement};
pub use plan::{PlanStep, plan_steps, talk_first, talk_first_why};
pub use rtf::{action_plan_rtf, escape as rtf_escape};
pub use saved::{
    BROWSER_KEY, FORMAT, MAX_SAVED_BYTES, VERSION, file_name, from_json, from_json_dated, to_json,
};
pub use score::{FactorScore, GAP_COUNT, Outcome, Overall, Rating, score};
pub use share::{SHARE_VERSION, decode_share, encode_share};
pub use state::AssessState;
pub use steps::Step;

#[cfg(test)]
mod tests;
