//! Start together's readers on arbitrary input: pasted text (links, codes,
//! email around them), files (saved answers or a group) and group codes
//! never panic; a group read from a code or a file encodes and decodes back
//! to itself, and its result can always be computed.
#![no_main]

use std::sync::OnceLock;

use domain::assessment::{
    AssessmentFile, Group, GroupResult, group_decode, group_encode, group_from_json, group_to_json,
    read_file, read_links,
};
use domain::content::load;
use libfuzzer_sys::fuzz_target;

fn assessment() -> &'static AssessmentFile {
    static CONTENT: OnceLock<AssessmentFile> = OnceLock::new();
    CONTENT.get_or_init(|| {
        load::<AssessmentFile>(include_bytes!("../../public/data/assessment.json"))
            .unwrap_or_else(|error| panic!("{error}"))
    })
}

fn round_trips(group: &Group) {
    if let Ok(code) = group_encode(group) {
        assert_eq!(group_decode(&code).as_ref(), Ok(group), "group link");
    }
    let saved = group_from_json("group.json", group_to_json(group, None).as_bytes())
        .expect("a saved group reads back");
    assert_eq!(&saved.group, group, "group file");
    let _ = GroupResult::of(assessment(), group);
}

fuzz_target!(|bytes: &[u8]| {
    if let Ok(loaded) = read_file("fuzz.json", bytes) {
        let mut group = Group::default();
        let _ = group.add(loaded.people);
        round_trips(&group);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let links = read_links(text);
        let mut group = Group::default();
        let _ = group.add(links.people);
        round_trips(&group);
        if let Ok(group) = group_decode(text) {
            round_trips(&group);
        }
    }
});
