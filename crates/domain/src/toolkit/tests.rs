use super::*;
use crate::content::load;
use crate::richtext::{Inline, Link, plain_text, walk};
use crate::routes::Route;

const SAMPLE: &str = include_str!("../../../../public/data/toolkit.json");

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

/// Other views link to these section ids (`/toolkit?s=ID`): keep them.
#[test]
fn sample_has_every_section_other_views_link_to() {
    let toolkit = load::<ToolkitFile>(SAMPLE.as_bytes()).unwrap();
    let ids: Vec<&str> = toolkit.sections.iter().map(|s| s.id.as_str()).collect();
    // The contract other views rely on, in reading order.
    assert_eq!(ids, crate::assessment::TOOLKIT_SECTIONS);
}

/// The cross-links the toolkit promises: success factors → self-assessment,
/// roles → role explorer, networks → guide, how to start → directory.
#[test]
fn sample_links_to_the_other_views() {
    let toolkit = load::<ToolkitFile>(SAMPLE.as_bytes()).unwrap();
    let links_to = |section: &str, route: Route| {
        let mut found = false;
        walk(
            &toolkit.section(section).unwrap().body.blocks,
            &mut |inline| {
                found |= matches!(inline, Inline::Link { target: Link::App { route: r, .. }, .. } if *r == route);
            },
        );
        found
    };
    assert!(links_to("success-factors", Route::Assess));
    assert!(links_to("roles-and-participation", Route::Roles));
    assert!(links_to("networks-vs-cops", Route::Guide));
    assert!(links_to("how-to-start", Route::Directory));
}

/// Every section cites at least one source, and the survey figures are exact.
#[test]
fn sample_cites_everything_and_keeps_the_survey_figures() {
    let toolkit = load::<ToolkitFile>(SAMPLE.as_bytes()).unwrap();
    for section in &toolkit.sections {
        let mut cites = 0;
        walk(&section.body.blocks, &mut |inline| {
            cites += matches!(inline, Inline::Cite(_)) as usize
        });
        assert!(cites > 0, "{} cites nothing", section.id);
    }
    let evidence = plain_text(
        &toolkit
            .section("benefits-and-evidence")
            .unwrap()
            .body
            .blocks,
    );
    for figure in [
        "76%", "69%", "61%", "2,500", "91%", "86%", "84%", "77%", "63%", "1 in 4", "17",
    ] {
        assert!(evidence.contains(figure), "missing {figure}");
    }
}

#[test]
fn sources_are_numbered_in_reading_order_and_link_back() {
    let toolkit = load::<ToolkitFile>(SAMPLE.as_bytes()).unwrap();
    let numbered: Vec<&str> = toolkit
        .numbered_sources()
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(numbered[..2], ["wenger-1998", "qmul-about"]);
    assert_eq!(numbered.len(), toolkit.sources.len());
    let citing: Vec<&str> = toolkit
        .sections_citing("manchester-cop")
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(citing, ["how-to-start"]);
}

#[test]
fn filter_narrows_to_sections_with_every_word() {
    use super::search::ToolkitSearch;
    use crate::search::Query;
    let toolkit = load::<ToolkitFile>(SAMPLE.as_bytes()).unwrap();
    let search = ToolkitSearch::new(&toolkit);
    let ids = |text: &str| {
        let filtered = search.filter(&Query::parse(text));
        let ids: Vec<&str> = filtered
            .sections
            .iter()
            .map(|&i| toolkit.sections[i].id.as_str())
            .collect();
        (ids, filtered.partial)
    };
    assert_eq!(ids("").0.len(), toolkit.sections.len());
    assert_eq!(ids("reciprocity of peer learning").0, ["success-factors"]);
    // Prefixes and one-letter typos count, as everywhere in the app.
    assert!(ids("lunch").0.contains(&"typical-activities"));
    assert_eq!(ids("coalescing"), (vec!["stages-of-development"], false));
    let (some, partial) = ids("coalescing zebra");
    assert!(partial && some == ["stages-of-development"]);
    assert_eq!(ids("xylophone").0, Vec::<&str>::new());
    assert_eq!(
        search
            .filter(&Query::parse("sponser"))
            .suggestion
            .as_deref(),
        None,
        "a one-letter typo already matches, so no suggestion"
    );
    assert!(!ids("sponser").0.is_empty());
}
