//! Then → now.

use super::*;
use Level::*;

#[test]
fn changes_are_said_in_words() {
    assert_eq!(change_text(Some(50), Some(67)), "up 17 points");
    assert_eq!(change_text(Some(33), Some(34)), "up 1 point");
    assert_eq!(change_text(Some(83), Some(78)), "down 5 points");
    assert_eq!(change_text(Some(1), Some(0)), "down 1 point");
    assert_eq!(change_text(Some(40), Some(40)), "no change");
    assert_eq!(change_text(None, Some(40)), "not assessed then");
    assert_eq!(change_text(Some(40), None), "not assessed now");
    assert_eq!(change_text(None, None), "not assessed");
}

#[test]
fn one_persons_earlier_result_beside_the_groups() {
    let content = small();
    let then = GroupResult::of(
        &content,
        &group(vec![member("", &[("a1", Partly), ("b1", NotYet)])]),
    );
    let now = GroupResult::of(
        &content,
        &group(vec![
            member("", &[("a1", Mostly), ("b1", NotYet), ("c1", Mostly)]),
            member("", &[("a1", InPlace), ("b1", NotYet), ("c1", Partly)]),
        ]),
    );
    let progress = progress(&content, &then, Some(date("2026-01-10")), &now, None);
    assert_eq!(progress.then_date, Some(date("2026-01-10")));
    assert_eq!(progress.now_date, None);
    assert_eq!(
        progress.factors,
        [
            FactorChange {
                factor: 0,
                then: Some(33),
                now: Some(84)
            },
            FactorChange {
                factor: 1,
                then: Some(0),
                now: Some(0)
            },
            FactorChange {
                factor: 2,
                then: None,
                now: Some(50)
            },
        ]
    );
    let texts: Vec<String> = progress.factors.iter().map(FactorChange::text).collect();
    assert_eq!(texts, ["up 51 points", "no change", "not assessed then"]);
    assert_eq!(progress.factors[0].points(), Some(51));
    assert_eq!(progress.factors[2].points(), None);
}
