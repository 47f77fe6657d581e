use serde_json::{Value, json};

use super::*;
use crate::crosslinks::{self, Linked};

fn block(value: &mut Value, document: usize, section: usize, block: usize) -> &mut Value {
    &mut value["documents"][document]["sections"][section]["blocks"][block]
}

#[test]
fn the_sample_is_valid_and_links_to_roles_and_statements_that_exist() {
    let starter = sample();
    assert_eq!(starter.documents.len(), 3);
    assert!(check_against(&starter, Some(&roles()), Some(&assessment())).is_empty());
}

#[test]
fn placeholders_must_be_known_and_lists_must_stand_alone() {
    let lines = messages(|v| {
        v["documents"][0]["title"] = json!("Charter: {comunity} and {comunity}");
        *block(v, 0, 0, 0) = json!({"paragraph": "Our gaps: {gaps}."});
        *block(v, 0, 4, 1) = json!({"list": ["{roles_filled} and more"]});
        v["documents"][1]["intro"] = json!("Made {date.");
        v["documents"][1]["sections"][0]["heading"] = json!("Why }");
    });
    assert_eq!(
        lines,
        [
            "starter.json: documents[0] (id \"community-charter\"), field `title`: \"{comunity}\" is not a placeholder; the placeholders are {community}, {domain}, {people}, {date}, {readiness}, {guide_result}, {guide_words}, {strengths}, {gaps}, {first_90_days}, {roles_filled}, {roles_open}, {sponsor_asks}, and those `notes` defines: {purpose}, {who_for}, {cadence}, {strategy} and {benefits}.",
            "starter.json: documents[0] (id \"community-charter\"), field `sections[0].blocks[0].paragraph`: {gaps} is a list, so it can only stand alone as an item of a \"list\" block: \"list\": [\"{gaps}\"].",
            "starter.json: documents[0] (id \"community-charter\"), field `sections[4].blocks[1].list[0]`: {roles_filled} is a list, so it can only stand alone as an item of a \"list\" block: \"list\": [\"{roles_filled}\"].",
            "starter.json: documents[1] (id \"sponsor-brief\"), field `intro`: has a \"{\" that does not start a placeholder; write placeholders as a name in braces, such as {community}, and use no other braces.",
            "starter.json: documents[1] (id \"sponsor-brief\"), field `sections[0].heading`: has a \"}\" without a matching \"{\"; write placeholders as a name in braces, such as {community}, and use no other braces.",
        ]
    );
}

#[test]
fn texts_must_not_be_empty_and_blocks_need_one_kind() {
    let lines = messages(|v| {
        v["documents"][0]["sections"][1]["heading"] = json!("  ");
        *block(v, 0, 1, 0) = json!({"paragraph": "A", "list": ["B"]});
        *block(v, 0, 2, 0) = json!({"list": []});
        v["documents"][2]["sections"][0]["blocks"] = json!([]);
        v["intro"] = json!("");
    });
    assert_eq!(
        lines,
        [
            "starter.json: field `intro`: must not be empty.",
            "starter.json: documents[0] (id \"community-charter\"), field `sections[1].heading`: must not be empty.",
            "starter.json: documents[0] (id \"community-charter\"), field `sections[1].blocks[0]`: needs exactly one of \"paragraph\" (a text) or \"list\" (a list of items).",
            "starter.json: documents[0] (id \"community-charter\"), field `sections[2].blocks[0].list`: has 0 items; use between 1 and 20.",
            "starter.json: documents[2] (id \"first-meeting-agenda\"), field `sections[0].blocks`: has 0 blocks; use between 1 and 12.",
        ]
    );
}

#[test]
fn ids_must_be_valid_and_unique() {
    let lines = messages(|v| {
        v["documents"][2]["id"] = json!("community-charter");
        v["documents"][1]["id"] = json!("Sponsor Brief");
        v["roles"][1]["role"] = json!("sponsor");
        let copy = v["notes"][0].clone();
        v["notes"].as_array_mut().unwrap().push(copy);
        v["sponsor"]["aspects"][1] = json!("purpose");
    });
    assert_eq!(
        lines,
        [
            "starter.json: field `sponsor.aspects[1]`: \"purpose\" is listed twice.",
            "starter.json: roles[1] (id \"sponsor\"), field `role`: the role \"sponsor\" is listed by an earlier entry; list each role once.",
            "starter.json: notes[5] (id \"purpose\"), field `name`: the name \"purpose\" is used by an earlier note; names must be unique.",
            "starter.json: documents[1] (id \"Sponsor Brief\"), field `id`: \"Sponsor Brief\" is not a valid id: use 1–64 lower-case letters, digits and hyphens, e.g. \"ucl-hr-generalists\".",
            "starter.json: documents[2] (id \"community-charter\"), field `id`: the id \"community-charter\" is used by an earlier entry; ids must be unique.",
        ]
    );
}

#[test]
fn wording_prompts_and_notes_follow_their_own_rules() {
    let lines = messages(|v| {
        v["wording"]["gap"] = json!("{factr}: {next_step}");
        v["wording"]["people_one"] = json!("{count} person");
        v["wording"]["plan_periods"] = json!([]);
        v["prompts"]["gaps"] = json!("[to agree: {gaps}]");
        let note =
            |name: &str| json!({"name": name, "statement": "reciprocity", "prompt": "[to agree]"});
        let notes = v["notes"].as_array_mut().unwrap();
        notes.push(note("Purpose"));
        notes.push(note("domain"));
        v["roles"][0]["filled_at"] = json!("not-yet");
    });
    assert_eq!(
        lines,
        [
            "starter.json: field `prompts.gaps`: is shown as it is, so it cannot hold a placeholder or any \"{\" or \"}\".",
            "starter.json: field `wording.people_one`: \"{count}\" cannot be used here; this text is used as it is, without placeholders.",
            "starter.json: field `wording.gap`: \"{factr}\" cannot be used here; this text can use {factor}, {level}, {percent} and {next_step}.",
            "starter.json: field `wording.plan_periods`: needs at least one period: one for each gap's step in order (later gaps share the last).",
            "starter.json: roles[0] (id \"sponsor\"), field `filled_at`: \"not-yet\" would count the role as filled whatever the answer; use \"partly\", \"mostly\" or \"in-place\".",
            "starter.json: notes[5] (id \"Purpose\"), field `name`: \"Purpose\" is not a placeholder name: use up to 40 lower-case letters, digits and underscores, starting with a letter, such as \"cadence\".",
            "starter.json: notes[6] (id \"domain\"), field `name`: {domain} is already a placeholder filled from the answers; choose another name.",
        ]
    );
}

#[test]
fn when_names_a_placeholder_and_sources_are_listed_and_cited() {
    let lines = messages(|v| {
        v["documents"][0]["sections"][0]["when"] = json!("guide");
        v["documents"][2]["sources"] = json!(["cdc", "cdc"]);
        v["sources"][1]["url"] = json!("http://www.gla.ac.uk/toolkit");
    });
    assert_eq!(
        lines,
        [
            "starter.json: documents[0] (id \"community-charter\"), field `sections[0].when`: \"guide\" is not a placeholder; give a placeholder's name without braces: \"community\", \"domain\", \"people\", \"date\", \"readiness\", \"guide_result\", \"guide_words\", \"strengths\", \"gaps\", \"first_90_days\", \"roles_filled\", \"roles_open\", \"sponsor_asks\", and those `notes` defines: \"purpose\", \"who_for\", \"cadence\", \"strategy\" and \"benefits\".",
            "starter.json: documents[2] (id \"first-meeting-agenda\"), field `sources[0]`: \"cdc\" is not in `sources`.",
            "starter.json: documents[2] (id \"first-meeting-agenda\"), field `sources[1]`: \"cdc\" is not in `sources`.",
            "starter.json: documents[2] (id \"first-meeting-agenda\"), field `sources[1]`: \"cdc\" is listed twice.",
            "starter.json: sources[1] (id \"glasgow-toolkit\"), field `url`: \"http://www.gla.ac.uk/toolkit\" uses http://, which is not secure; use https://.",
            "starter.json: sources[4] (id \"cdc-resource-kit\"), field `id`: this source is never cited; list it in a document's `sources`, or remove it.",
        ]
    );
}

#[test]
fn unknown_fields_are_refused() {
    let lines = messages(|v| {
        *block(v, 0, 0, 0) = json!({"paragraph": "{purpose}", "colour": "red"});
    });
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("colour"), "{lines:?}");
}

#[test]
fn ids_from_other_files_must_exist_there() {
    let mut value: Value = serde_json::from_str(SAMPLE).unwrap();
    value["roles"][0]["role"] = json!("patron");
    value["roles"][1]["statement"] = json!("role-chair");
    value["sponsor"]["aspects"][4] = json!("budget");
    value["notes"][2]["statement"] = json!("rhythm");
    let starter = load::<StarterFile>(value.to_string().as_bytes()).unwrap();
    let (roles, assessment) = (roles(), assessment());
    let statements: Vec<&str> = assessment
        .statements()
        .map(|(_, s)| s.id.as_str())
        .collect();
    let statements = statements.join(", ");
    let lines: Vec<String> = check_against(&starter, Some(&roles), Some(&assessment))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        lines,
        [
            "roles[0] (id \"patron\"), field `role`: \"patron\" is not a role in roles.json (roles: sponsor, community-lead, activity-lead, member)".to_string(),
            format!("roles[1] (id \"community-lead\"), field `statement`: \"role-chair\" is not a statement in assessment.json (statements: {statements})"),
            "field `sponsor.aspects[4]`: \"budget\" is not an aspect in roles.json (aspects: purpose, delivering-objectives, celebrating-impact, reviewing-renewing, resources)".to_string(),
            format!("notes[2] (id \"cadence\"), field `statement`: \"rhythm\" is not a statement in assessment.json (statements: {statements})"),
        ]
    );
    // Only the files that are there are checked against.
    assert_eq!(check_against(&starter, Some(&roles), None).len(), 2);
    assert_eq!(check_against(&starter, None, None).len(), 0);
    // The validator reports them through `crosslinks`, naming the file.
    let problems = crosslinks::check(Linked {
        roles: Some(&roles),
        assessment: Some(&assessment),
        starter: Some(&starter),
        ..Linked::default()
    });
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert_eq!(
        problems[0],
        "starter.json: roles[0] (id \"patron\"), field `role`: \"patron\" is not a role in roles.json (roles: sponsor, community-lead, activity-lead, member)."
    );
}

#[test]
fn the_data_uses_every_placeholder_and_only_known_ones() {
    let starter = sample();
    let mut used: Vec<&str> = Vec::new();
    for document in &starter.documents {
        let mut all = vec![document.title.as_str(), document.intro.as_str()];
        for section in &document.sections {
            all.push(&section.heading);
            for block in &section.blocks {
                all.extend(block.paragraph.as_deref());
                all.extend(block.list.iter().flatten().map(String::as_str));
            }
        }
        for text in all {
            used.extend(template::names(text));
        }
    }
    for (name, _) in PLACEHOLDERS {
        assert!(used.contains(&name), "{{{name}}} is never used");
    }
    for note in &starter.notes {
        assert!(
            used.contains(&note.name.as_str()),
            "{{{}}} is never used",
            note.name
        );
    }
}
