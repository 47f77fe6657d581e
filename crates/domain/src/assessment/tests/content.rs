use super::*;

#[test]
fn sample_is_valid_and_covers_the_brief() {
    let content = sample();
    let factors: Vec<&str> = content.factors.iter().map(|f| f.id.as_str()).collect();
    // The seven critical success factors (ODHE, 2021, via Glasgow), Queen
    // Mary's three dimensions, roles, a first plan, and the existing check.
    for id in [
        "executive-sponsorship",
        "strategic-alignment",
        "purpose-vision",
        "peer-learning",
        "shared-values",
        "diverse-membership",
        "regular-communications",
        "purpose-domain-output",
        "roles",
        "first-plan",
        "existing-check",
    ] {
        assert!(factors.contains(&id), "missing factor {id}");
    }
    let statements: Vec<&str> = content.statements().map(|(_, s)| s.id.as_str()).collect();
    for id in [
        "role-sponsor",
        "role-leads",
        "role-core-group",
        "plan-delivery",
        "plan-decisions",
        "plan-communications",
        "checked-existing",
    ] {
        assert!(statements.contains(&id), "missing statement {id}");
    }
    let csf_sources = ["odhe-2021"];
    for factor in &content.factors[..7] {
        assert!(
            factor
                .sources
                .iter()
                .any(|s| csf_sources.contains(&s.as_str())),
            "{} cites the ODHE research",
            factor.id
        );
    }
    let pdo = &content.factors[content.factor_index("purpose-domain-output").unwrap()];
    assert_eq!(pdo.sources, ["qmul-about"]);
    assert_eq!(content.levels.get(Level::NotYet), "Not yet");
    assert_eq!(content.levels.get(Level::InPlace), "In place");
}

#[test]
fn help_links_use_only_the_agreed_sections() {
    let targets = help_targets();
    assert_eq!(targets.len(), 15);
    for (_, statement) in sample().statements() {
        assert!(!statement.help.is_empty());
        for link in &statement.help {
            assert!(targets.contains(&link.href), "{}", link.href);
        }
    }
}

/// The sample with one edit, as the error lines it produces.
fn problems(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let mut json: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    edit(&mut json);
    match load::<AssessmentFile>(json.to_string().as_bytes()) {
        Ok(_) => Vec::new(),
        Err(error) => error.lines(),
    }
}

#[test]
fn rules_name_the_entry_and_field() {
    assert_eq!(
        problems(
            |j| j["sections"][1]["statements"][0]["help"][0]["href"] = "/toolkit?s=nope".into()
        ),
        [
            "assessment.json: sections[1].statements[0] (id \"role-sponsor\"), field `help[0].href`: \"/toolkit?s=nope\" is not a toolkit or role section; use /toolkit?s=ID (ID one of what-is-a-cop, how-cops-work, what-cops-do, networks-vs-cops, typical-activities, roles-and-participation, success-factors, benefits-and-evidence, stages-of-development, how-to-start), /roles?role=ID (ID one of sponsor, community-lead, activity-lead, member) or /roles?level=core."
        ]
    );
    assert_eq!(
        problems(|j| j["bands"][2]["min_percent"] = 30.into()),
        [
            "assessment.json: bands[2] (id \"nearly-ready\"), field `min_percent`: is 30 but the band before starts at 40; list bands lowest first, each starting higher."
        ]
    );
    assert_eq!(
        problems(|j| j["sections"][0]["id"] = "result".into()),
        [
            "assessment.json: sections[0] (id \"result\"), field `id`: \"result\" is a step name the assessment uses itself; choose another id."
        ]
    );
    assert_eq!(
        problems(|j| j["sections"][2]["statements"][0]["id"] = "role-leads".into()),
        [
            "assessment.json: sections[2].statements[0] (id \"role-leads\"), field `id`: the id \"role-leads\" is used by an earlier statement; ids must be unique.",
        ]
    );
    assert_eq!(
        problems(|j| j["sections"][2]["statements"][0]["factor"] = "diversity".into()),
        [
            "assessment.json: factors[5] (id \"diverse-membership\"), field `id`: no statement counts towards this factor; give it a statement or remove it.",
            "assessment.json: sections[2].statements[0] (id \"diverse-members\"), field `factor`: \"diversity\" is not a factor in `factors` (factors: executive-sponsorship, strategic-alignment, purpose-vision, peer-learning, shared-values, diverse-membership, regular-communications, purpose-domain-output, roles, first-plan, existing-check).",
        ]
    );
}

#[test]
fn sources_must_exist_and_be_cited() {
    assert_eq!(
        problems(|j| j["factors"][0]["sources"][0] = "odhe".into()),
        [
            "assessment.json: factors[0] (id \"executive-sponsorship\"), field `sources[0]`: \"odhe\" is not in `sources`.",
        ]
    );
    let lines = problems(|j| {
        j["sources"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"id": "unused", "title": "T", "publisher": "P"}))
    });
    assert_eq!(
        lines,
        [
            "assessment.json: sources[5] (id \"unused\"), field `id`: this source is never cited; cite it from a factor's `sources` or the intro, or remove it."
        ]
    );
}

/// The help-link contract with the toolkit and role views holds for the
/// published files: every allowed id exists there.
#[test]
fn allowed_help_links_exist_in_the_toolkit_and_roles() {
    use crate::roles::RolesFile;
    use crate::toolkit::ToolkitFile;
    let toolkit =
        load::<ToolkitFile>(include_bytes!("../../../../../public/data/toolkit.json")).unwrap();
    let roles = load::<RolesFile>(include_bytes!("../../../../../public/data/roles.json")).unwrap();
    for id in TOOLKIT_SECTIONS {
        assert!(toolkit.section(id).is_some(), "toolkit section {id}");
    }
    for id in ROLE_IDS {
        assert!(roles.roles.iter().any(|role| role.id == id), "role {id}");
    }
    assert!(roles.levels.iter().any(|level| level.id == "core"));
}

#[test]
fn help_links_are_listed_once_each_in_statement_order() {
    let content = sample();
    let all = content.help_links(None);
    let hrefs: Vec<&str> = all.iter().map(|link| link.href.as_str()).collect();
    let mut unique = hrefs.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), hrefs.len(), "no repeats: {hrefs:?}");
    let first = &content.statements().next().unwrap().1.help[0];
    assert_eq!(all[0].href, first.href);
    assert_eq!(all[0].label, first.label);
    for (index, factor) in content.factors.iter().enumerate() {
        let own = content.help_links(Some(index));
        for link in &own {
            assert!(
                content
                    .statements()
                    .any(|(_, s)| s.factor == factor.id
                        && s.help.iter().any(|h| h.href == link.href)),
                "{} is one of {}'s statements' links",
                link.href,
                factor.id
            );
        }
    }
    assert!(content.help_links(Some(content.factors.len())).is_empty());
    // The small sample: every statement has the same link, listed once.
    let small = small();
    assert_eq!(small.help_links(None).len(), 1);
    assert_eq!(small.help_links(Some(2)).len(), 1);
}
