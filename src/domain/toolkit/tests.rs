use super::*;
use crate::domain::content::load;

const SAMPLE: &str = include_str!("../../../public/data/toolkit.json");

fn toolkit(body: &str) -> String {
    format!(
        r#"{{"intro": "Intro [^s1]", "sources": [{{"id": "s1", "title": "T", "publisher": "P"}}],
        "sections": [{{"id": "a", "title": "A", "summary": "S", "body": {}}}]}}"#,
        serde_json::to_string(body).unwrap()
    )
}

#[test]
fn sample_toolkit_is_valid() {
    let toolkit = load::<ToolkitFile>(SAMPLE.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!toolkit.sections.is_empty());
}

#[test]
fn cross_references_are_checked() {
    assert!(load::<ToolkitFile>(toolkit("See [a](#a) and [guide](/guide).").as_bytes()).is_ok());
    let error = load::<ToolkitFile>(toolkit("See [b](#b) [^nope] [t](/toolkit?s=zzz).").as_bytes())
        .unwrap_err();
    assert_eq!(
        error.lines(),
        [
            "toolkit.json: sections[0] (id \"a\"), field `body`: links to section \"#b\", which does not exist.",
            "toolkit.json: sections[0] (id \"a\"), field `body`: cites \"[^nope]\", which is not in `sources`.",
            "toolkit.json: sections[0] (id \"a\"), field `body`: links to toolkit section \"zzz\", which does not exist.",
        ]
    );
}

#[test]
fn markup_errors_name_section_and_field() {
    let json = toolkit("Broken [link](javascript:alert(1)).");
    assert_eq!(
        load::<ToolkitFile>(json.as_bytes())
            .unwrap_err()
            .to_string(),
        "toolkit.json: sections[0] (id \"a\"), field `body`: links must start with https:// or mailto:, not javascript:."
    );
    let empty = toolkit("  ");
    assert_eq!(
        load::<ToolkitFile>(empty.as_bytes())
            .unwrap_err()
            .to_string(),
        "toolkit.json: sections[0] (id \"a\"), field `body`: must not be empty."
    );
}

#[test]
fn uncited_sources_are_reported() {
    let json = toolkit("Body.").replace("Intro [^s1]", "Intro");
    assert!(
        load::<ToolkitFile>(json.as_bytes())
            .unwrap_err()
            .to_string()
            .contains("this source is never cited")
    );
}
