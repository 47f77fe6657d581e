//! Native tests of comparing a group's answers, one file per module.
//! Property tests (order of people, round-trips, never panicking) are in
//! `tests/group_properties.rs`.

mod collect;
mod members;
mod progress;
mod result;
mod saved;

use super::*;
pub(super) use crate::assessment::tests::{answers, small};
pub(super) use crate::assessment::{Level, encode_share};

/// A member labelled `label` with answers from `(statement, level)` pairs.
pub(super) fn member(label: &str, levels: &[(&str, Level)]) -> Member {
    Member::new(label, answers(levels), None)
}

/// A group of `members`.
pub(super) fn group(members: Vec<Member>) -> Group {
    Group { members }
}

/// `member` arriving from `from`.
pub(super) fn incoming(member: Member, from: &str) -> Incoming {
    Incoming {
        member,
        from: from.to_string(),
        pasted: String::new(),
    }
}

pub(super) fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}
