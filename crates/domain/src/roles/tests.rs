use super::rings::{OUTSIDE_BAND, fixed, ring_path};
use super::state::{RolesState, Tab};
use super::*;
use crate::content::load;
use crate::url::QueryString;
use crate::url_state::{Read, UrlState};

const SAMPLE: &str = include_str!("../../../../public/data/roles.json");

fn sample() -> RolesFile {
    load::<RolesFile>(SAMPLE.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

fn ids<T>(list: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
    list.iter().map(id).collect()
}

/// Other views and the toolkit link to these ids: renaming one breaks them.
#[test]
fn sample_keeps_the_ids_other_views_link_to() {
    let roles = sample();
    assert_eq!(
        ids(&roles.roles, |r| &r.id),
        ["sponsor", "community-lead", "activity-lead", "member"]
    );
    assert_eq!(
        ids(&roles.aspects, |a| &a.id),
        [
            "purpose",
            "delivering-objectives",
            "celebrating-impact",
            "reviewing-renewing",
            "resources"
        ]
    );
    assert_eq!(
        ids(&roles.levels, |l| &l.id),
        [
            "core",
            "active",
            "occasional",
            "peripheral",
            "transactional"
        ]
    );
}

#[test]
fn every_role_has_every_aspect_in_words_or_as_an_honest_gap() {
    let roles = sample();
    for role in &roles.roles {
        for aspect in &roles.aspects {
            let cell = role
                .aspects
                .get(&aspect.id)
                .unwrap_or_else(|| panic!("{} lacks {}", role.id, aspect.id));
            assert!(
                cell.text.is_some() != cell.gap.is_some(),
                "{} / {}",
                role.id,
                aspect.id
            );
        }
    }
    // Glasgow's Resources row has text for the sponsor only.
    let gaps: Vec<&str> = roles
        .roles
        .iter()
        .filter(|role| role.aspects["resources"].gap.is_some())
        .map(|role| role.id.as_str())
        .collect();
    assert_eq!(gaps, ["community-lead", "activity-lead", "member"]);
}

#[test]
fn shares_are_those_the_sources_give() {
    let roles = sample();
    let share = |id: &str| roles.levels[roles.level_index(id).unwrap()].share;
    assert_eq!(share("core"), Some(Share { min: 10, max: 15 }));
    assert_eq!(share("active"), Some(Share { min: 15, max: 20 }));
    assert_eq!(share("occasional"), None);
    assert_eq!(share("peripheral"), None);
    assert!(roles.levels[4].outside);
}

#[test]
fn missing_and_unknown_aspects_double_entries_and_bad_shares_are_reported() {
    let broken = SAMPLE
        .replacen(
            "\"purpose\": {\n          \"text\"",
            "\"porpose\": {\n          \"text\"",
            1,
        )
        .replacen(
            "\"gap\": \"Glasgow's table gives no entry for members",
            "\"text\": \"x\", \"gap\": \"Glasgow's table gives no entry for members",
            1,
        )
        .replacen(
            "\"min\": 10,\n        \"max\": 15",
            "\"min\": 30,\n        \"max\": 15",
            1,
        );
    let error = load::<RolesFile>(broken.as_bytes()).unwrap_err();
    assert_eq!(
        error.lines(),
        [
            "roles.json: roles[0] (id \"sponsor\"), field `aspects`: has nothing for the aspect \"purpose\"; add it, with \"gap\" if the sources say nothing.",
            "roles.json: roles[0] (id \"sponsor\"), field `aspects.porpose`: \"porpose\" is not one of the aspects (purpose, delivering-objectives, celebrating-impact, reviewing-renewing, resources).",
            "roles.json: roles[3] (id \"member\"), field `aspects.resources`: needs exactly one of \"text\" (what the role does) or \"gap\" (why the sources give nothing).",
            "roles.json: levels[0] (id \"core\"), field `share`: 30–15% is not a range of percentages: use 1 ≤ min ≤ max ≤ 100.",
        ]
    );
}

#[test]
fn fit_scores_roles_and_levels_with_ties_to_the_earlier() {
    let roles = sample();
    let fit = &roles.fit;
    let answer = |ids: [&str; 3]| -> Vec<Option<usize>> {
        fit.questions
            .iter()
            .zip(ids)
            .map(|(q, id)| q.options.iter().position(|o| o.id == id))
            .collect()
    };
    let result = |ids| {
        fit.result(&roles, &answer(ids)).map(|r| {
            (
                roles.roles[r.role].id.as_str(),
                roles.levels[r.level].id.as_str(),
            )
        })
    };
    assert_eq!(
        result(["regular", "project", "practitioner"]),
        Some(("activity-lead", "active"))
    );
    assert_eq!(
        result(["lead", "organise", "practitioner"]),
        Some(("community-lead", "core"))
    );
    assert_eq!(
        result(["sometimes", "champion", "senior"]),
        Some(("sponsor", "occasional"))
    );
    // A senior leader who wants to learn is a member first.
    assert_eq!(
        result(["regular", "learn", "senior"]),
        Some(("member", "active"))
    );
    assert_eq!(
        result(["follow", "learn", "practitioner"]),
        Some(("member", "peripheral"))
    );
    assert_eq!(
        fit.result(&roles, &[Some(0), None, Some(0)]),
        None,
        "not all answered"
    );
    assert_eq!(
        fit.result(&roles, &[Some(0), Some(9), Some(0)]),
        None,
        "no such option"
    );
}

#[test]
fn fit_answers_encode_and_decode() {
    let roles = sample();
    let fit = &roles.fit;
    assert_eq!(fit.encode(&[Some(2), Some(1), None]), "regular.project.");
    assert_eq!(
        fit.decode("regular.project."),
        (vec![Some(2), Some(1), None], false)
    );
    assert_eq!(fit.encode(&[None, None, None]), "");
    assert_eq!(fit.decode(""), (vec![None, None, None], false));
    assert_eq!(
        fit.decode("regular.nonsense"),
        (vec![Some(2), None, None], true)
    );
    assert_eq!(fit.decode("a.b.c.d.e"), (vec![None, None, None], true));
}

#[test]
fn rings_fill_the_community_in_proportion_to_the_shares() {
    let roles = sample();
    let rings = roles.rings();
    assert_eq!(rings.len(), 5);
    let area = |i: usize| rings[i].outer.powi(2) - rings[i].inner.powi(2);
    // Core 12.5%, active 17.5%, occasional and peripheral 35% each.
    for (i, expected) in [0.125, 0.175, 0.35, 0.35].into_iter().enumerate() {
        assert!((area(i) - expected).abs() < 1e-9, "ring {i}: {}", area(i));
    }
    assert_eq!(rings[3].outer, 1.0);
    assert_eq!((rings[4].inner, rings[4].outer), (1.0, 1.0 + OUTSIDE_BAND));
    assert_eq!(
        ring_path(10.0, 10.0, 0.0, 5.0),
        "M 5.00 10.00 A 5.00 5.00 0 1 0 15.00 10.00 A 5.00 5.00 0 1 0 5.00 10.00 Z"
    );
    assert_eq!(
        [fixed(0.0), fixed(12.345), fixed(-0.5), fixed(199.999)],
        ["0.00", "12.35", "-0.50", "200.00"]
    );
}

#[test]
fn state_in_the_url_round_trips_and_tolerates_unknown_ids() {
    let roles = sample();
    let states = [
        RolesState::Role(2),
        RolesState::Aspect(2),
        RolesState::Matrix,
        RolesState::Level(4),
        RolesState::Fit(vec![Some(1), None, Some(0)]),
        RolesState::Fit(vec![None, None, None]),
    ];
    for state in states {
        let mut query = QueryString::parse("?embed=1");
        state.write(&roles, &mut query);
        assert_eq!(
            RolesState::read(&query, &roles),
            Read::clean(state.clone()),
            "{query:?}"
        );
        assert_eq!(query.get("embed"), Some("1"), "other parameters stay");
    }
    let mut query = QueryString::default();
    RolesState::Aspect(2).write(&roles, &mut query);
    assert_eq!(query.to_query(), "?aspect=celebrating-impact");
    assert_eq!(
        RolesState::Aspect(2).path(&roles),
        "/roles?aspect=celebrating-impact"
    );
    let read = |text: &str| RolesState::read(&QueryString::parse(text), &roles);
    assert_eq!(read(""), Read::clean(RolesState::Role(0)));
    assert_eq!(
        read("?role=sponsor&aspect=purpose"),
        Read::clean(RolesState::Role(0))
    );
    assert_eq!(
        read("?role=boss"),
        Read {
            state: RolesState::Role(0),
            notices: vec!["There is no role “boss” here, so Sponsor is shown.".into()]
        }
    );
    assert_eq!(read("?level=core").state.tab(), Tab::Levels);
    assert_eq!(read("?view=levels"), Read::clean(RolesState::Level(0)));
    assert_eq!(read("?view=zzz").notices.len(), 1);
    assert_eq!(read("?fit=zzz").notices.len(), 1);
}

#[test]
fn numbered_sources_follow_reading_order() {
    let roles = sample();
    let numbered: Vec<&str> = roles
        .numbered_sources()
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        numbered[..3],
        [
            "glasgow-toolkit",
            "wenger-trayner-levels",
            "cultivating-2002"
        ]
    );
    assert_eq!(numbered.len(), roles.sources.len());
}
