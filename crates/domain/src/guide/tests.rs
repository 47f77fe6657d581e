use super::*;
use crate::content::load;

const SAMPLE: &str = include_str!("../../../../public/data/guide.json");

fn sample() -> GuideFile {
    load::<GuideFile>(SAMPLE.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

/// The messages for the sample file after `edit`.
fn messages(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let mut value: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    edit(&mut value);
    let text = serde_json::to_string_pretty(&value).unwrap();
    load::<GuideFile>(text.as_bytes())
        .map(|_| Vec::new())
        .unwrap_or_else(|error| error.lines())
}

fn form_id(guide: &GuideFile, form: usize) -> &str {
    &guide.forms[form].id
}

#[test]
fn sample_guide_is_valid_and_the_right_size() {
    let guide = sample();
    assert!((6..=9).contains(&guide.questions.len()), "6 to 9 questions");
    assert_eq!(
        guide
            .forms
            .iter()
            .map(|f| f.id.as_str())
            .collect::<Vec<_>>(),
        [
            "community-of-practice",
            "formal-work-group",
            "project-team",
            "informal-network"
        ]
    );
    assert_eq!(
        guide
            .dimensions
            .iter()
            .map(|d| d.question.as_str())
            .collect::<Vec<_>>(),
        [
            "What's the purpose?",
            "Who belongs?",
            "What holds it together?",
            "How long does it last?"
        ]
    );
}

/// The table quotes Wenger & Snyder (as in REFERENCES.md and seed 001).
#[test]
fn forms_quote_the_source_table() {
    let guide = sample();
    let typical = |form: usize, dimension: &str| guide.forms[form].typical[dimension].as_str();
    assert_eq!(typical(0, "members"), "Members who select themselves");
    assert_eq!(
        typical(0, "glue"),
        "Passion, commitment and identification with the group's expertise"
    );
    assert_eq!(typical(1, "purpose"), "To deliver a product or service");
    assert_eq!(typical(1, "duration"), "Until the next reorganisation");
    assert_eq!(
        typical(2, "members"),
        "Employees assigned by senior management"
    );
    assert_eq!(
        typical(2, "duration"),
        "Until the project has been completed"
    );
    assert_eq!(typical(3, "glue"), "Mutual needs");
    assert_eq!(
        typical(3, "duration"),
        "As long as people have a reason to connect"
    );
    assert_eq!(guide.compare.source, "wenger-snyder-2000");
    assert!(guide.source("wenger-snyder-2000").is_some());
}

#[test]
fn every_option_weighs_every_form_and_explains_itself() {
    let guide = sample();
    for question in &guide.questions {
        assert!(question.text.ends_with('?'), "{}", question.text);
        for option in &question.options {
            for form in &guide.forms {
                assert!(option.weights.contains_key(&form.id), "{}", option.id);
            }
            // Anything else weighed is an outcome that is not a group.
            for key in option.weights.keys() {
                assert!(
                    guide.form_index(key).is_some()
                        || guide.not_a_group.iter().any(|o| &o.id == key),
                    "{}: {key}",
                    option.id
                );
            }
            assert!(!option.in_short.ends_with('.'), "{}", option.id);
            assert!(
                option.explanation.starts_with("You said"),
                "{}: explanations start from the person's answer",
                option.id
            );
        }
    }
}

/// Some questions must tell a community of practice from a network (shared
/// practice vs. shared interest across roles) and from a project team (a
/// deliverable and an end date): the typical answers of each pair differ,
/// and each gives the other form at most 1 point.
#[test]
fn questions_separate_a_community_from_a_network_and_a_project_team() {
    let guide = sample();
    let cop = guide.form_index("community-of-practice").unwrap();
    for other in ["informal-network", "project-team"] {
        let other = guide.form_index(other).unwrap();
        let (mine, theirs) = (guide.typical_answers(cop), guide.typical_answers(other));
        let separating: Vec<&str> = guide
            .questions
            .iter()
            .enumerate()
            .filter(|&(q, question)| {
                let (a, b) = (mine.get(q).unwrap(), theirs.get(q).unwrap());
                a != b
                    && guide.weight(&question.options[a], other) <= 1
                    && guide.weight(&question.options[b], cop) <= 1
            })
            .map(|(_, question)| question.id.as_str())
            .collect();
        assert!(
            separating.len() >= 2,
            "{}: {separating:?}",
            form_id(&guide, other)
        );
    }
    let deliverable = guide.question_index("deliverable").unwrap();
    let duration = guide.question_index("duration").unwrap();
    let pt = guide.form_index("project-team").unwrap();
    for question in [deliverable, duration] {
        assert_eq!(
            guide.questions[question].options[guide.typical_answers(pt).get(question).unwrap()]
                .weights["community-of-practice"],
            0
        );
    }
}

#[test]
fn missing_unknown_and_out_of_range_weights_are_named() {
    let lines = messages(|g| {
        let weights = &mut g["questions"][0]["options"][1]["weights"];
        weights.as_object_mut().unwrap().remove("project-team");
        weights["club"] = 1.into();
        g["questions"][2]["options"][0]["weights"]["informal-network"] = 7.into();
    });
    assert_eq!(
        lines,
        [
            "guide.json: questions[0].options[1] (id \"deliver\"), field `weights`: does not weigh form \"project-team\"; give every form a weight from 0 to 3.",
            "guide.json: questions[0].options[1] (id \"deliver\"), field `weights`: weighs \"club\", which is not in `forms` or `not_a_group`.",
            "guide.json: questions[2].options[0] (id \"self\"), field `weights`: gives form \"informal-network\" 7 points; weights run from 0 (not typical) to 3 (typical).",
        ]
    );
}

#[test]
fn an_option_that_cannot_count_is_refused() {
    let lines = messages(|g| {
        for weight in g["questions"][1]["options"][2]["weights"]
            .as_object_mut()
            .unwrap()
            .values_mut()
        {
            *weight = 0.into();
        }
    });
    assert_eq!(
        lines,
        [
            "guide.json: questions[1].options[2] (id \"one-team\"), field `weights`: gives every form 0 points, so choosing it cannot affect the result."
        ]
    );
}

#[test]
fn ids_must_be_unique_and_dimensions_known_and_asked() {
    let lines = messages(|g| {
        g["questions"][1]["id"] = "purpose".into();
        g["questions"][0]["options"][3]["id"] = "learn".into();
        g["questions"][7]["dimension"] = "lifespan".into();
    });
    assert_eq!(
        lines,
        [
            "guide.json: dimensions[3] (id \"duration\"), field `id`: no question asks about this dimension; add one or remove the dimension.",
            "guide.json: questions[0].options[3] (id \"learn\"), field `id`: the id \"learn\" is used by an earlier entry; ids must be unique.",
            "guide.json: questions[7] (id \"duration\"), field `dimension`: \"lifespan\" is not in `dimensions`.",
            "guide.json: questions[1] (id \"purpose\"), field `id`: the id \"purpose\" is used by an earlier entry; ids must be unique.",
        ]
    );
}

#[test]
fn every_form_answers_every_dimension() {
    let lines = messages(|g| {
        let typical = g["forms"][2]["typical"].as_object_mut().unwrap();
        typical.remove("glue");
        typical.insert("boundaries".into(), "Clear".into());
        g["forms"][3]["typical"]["purpose"] = " ".into();
    });
    assert_eq!(
        lines,
        [
            "guide.json: forms[2] (id \"project-team\"), field `typical`: has no answer for dimension \"glue\" (What holds it together?).",
            "guide.json: forms[2] (id \"project-team\"), field `typical`: answers \"boundaries\", which is not in `dimensions`.",
            "guide.json: forms[3] (id \"informal-network\"), field `typical.purpose`: must not be empty.",
        ]
    );
}

#[test]
fn citations_sources_and_mixed_notes_are_cross_checked() {
    let lines = messages(|g| {
        g["mixed_default"] = "Mixed [^nobody].".into();
        g["compare"]["source"] = "hbr".into();
        g["mixed"][1]["forms"] = serde_json::json!(["project-team", "community-of-practice"]);
        g["mixed"][2]["forms"] = serde_json::json!(["community-of-practice", "club"]);
        g["sources"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"id": "unused", "title": "T", "publisher": "P"}));
    });
    assert_eq!(
        lines,
        [
            "guide.json: field `mixed_default`: cites \"[^nobody]\", which is not in `sources`.",
            "guide.json: field `compare.source`: \"hbr\" is not in `sources`.",
            "guide.json: mixed[2], field `forms`: must name two different forms from: community-of-practice, formal-work-group, project-team, informal-network.",
            "guide.json: sources[6] (id \"unused\"), field `id`: this source is never cited; cite it with [^id] or remove it.",
        ]
    );
    let lines = messages(|g| {
        g["mixed"][1]["forms"] = serde_json::json!(["informal-network", "community-of-practice"]);
    });
    assert_eq!(
        lines,
        [
            "guide.json: mixed[1], field `forms`: an earlier entry already explains \"community-of-practice\" with \"informal-network\"."
        ]
    );
}

#[test]
fn weights_that_cannot_tell_forms_apart_are_refused() {
    // Give the formal work group and the project team the same weights everywhere.
    let lines = messages(|g| {
        for question in g["questions"].as_array_mut().unwrap() {
            for option in question["options"].as_array_mut().unwrap() {
                let weights = &mut option["weights"];
                let both = weights["project-team"]
                    .as_u64()
                    .max(weights["formal-work-group"].as_u64());
                weights["project-team"] = both.into();
                weights["formal-work-group"] = both.into();
            }
        }
    });
    assert_eq!(
        lines,
        [
            "guide.json: forms[1] (id \"formal-work-group\"), field `id`: answering every question with the option that gives this form the most points puts it only 0 points ahead of \"project-team\", a mixed result (mixed_threshold is 10); make the weights more distinct.",
            "guide.json: forms[2] (id \"project-team\"), field `id`: answering every question with the option that gives this form the most points ranks \"formal-work-group\" first; adjust the weights.",
        ]
    );
}

#[test]
fn sizes_and_threshold_are_bounded() {
    let lines = messages(|g| {
        g["mixed_threshold"] = 80.into();
        g["questions"][0]["options"]
            .as_array_mut()
            .unwrap()
            .truncate(1);
    });
    assert_eq!(
        lines,
        [
            "guide.json: field `mixed_threshold`: must be between 0 and 50 percentage points.",
            "guide.json: questions[0] (id \"purpose\"), field `options`: has 1 option; a question needs 2 to 9.",
        ]
    );
}

#[test]
fn mixed_notes_are_found_in_either_order() {
    let guide = sample();
    let cop = guide.form_index("community-of-practice").unwrap();
    let network = guide.form_index("informal-network").unwrap();
    assert_eq!(
        guide.mixed_note(network, cop),
        guide.mixed_note(cop, network)
    );
    assert_ne!(guide.mixed_note(cop, network), &guide.mixed_default);
    assert_eq!(guide.mixed_note(cop, 99), &guide.mixed_default);
}
