use super::*;
use crate::content::load;

fn published() -> DirectoryFile {
    load::<DirectoryFile>(include_bytes!("../../../../../public/data/directory.json")).unwrap()
}

fn parse(text: &str) -> (DirectoryState, Vec<String>) {
    let Read { state, notices } = DirectoryState::read(&QueryString::parse(text), &published());
    (state, notices)
}

#[test]
fn reads_every_parameter() {
    let (state, notices) = parse(
        "?q=fin%20team&org=UCL&org=Queen%20Mary%20University%20of%20London&area=Finance\
         &kind=professional-network&format=in-person&format=hybrid&status=archived&sort=reviewed&c=ucl-hr",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.query, "fin team");
    assert_eq!(
        state.selected(Facet::Organisation),
        ["UCL", "Queen Mary University of London"]
    );
    assert_eq!(state.selected(Facet::ServiceArea), ["Finance"]);
    assert_eq!(state.selected(Facet::Kind), ["professional-network"]);
    assert_eq!(state.selected(Facet::Format), ["in-person", "hybrid"]);
    assert_eq!(state.selected(Facet::Status), ["archived"]);
    assert_eq!(state.sort, Sort::Reviewed);
    assert_eq!(state.community.as_deref(), Some("ucl-hr"));
}

#[test]
fn unknown_values_are_dropped_with_a_notice() {
    let (state, notices) = parse(
        "?kind=club&format=Online&status=&sort=popular&kind=community-of-practice&kind=community-of-practice",
    );
    assert_eq!(
        state.selected(Facet::Kind),
        ["community-of-practice"],
        "repeats collapse"
    );
    assert!(state.selected(Facet::Format).is_empty());
    assert!(
        state.selected(Facet::Status).is_empty(),
        "an empty value is no value"
    );
    assert_eq!(state.sort, Sort::Relevance);
    assert_eq!(
        notices,
        [
            "Ignored kind=\"club\": it can be community-of-practice, professional-network.",
            "Ignored format=\"Online\": it can be online, in-person, hybrid.",
            "Ignored sort=\"popular\": it can be relevance, name, reviewed.",
        ]
    );
    let (_, notices) = parse(&format!("?sort={}", "x".repeat(500)));
    assert!(
        notices[0].len() < 100,
        "long values are shortened: {}",
        notices[0]
    );
}

#[test]
fn names_resolve_against_the_directory() {
    let (state, notices) =
        parse("?org=ucl&org=Nowhere%20College&area=FINANCE&area=Finance&org=UCL");
    assert_eq!(
        state.selected(Facet::Organisation),
        ["UCL"],
        "case-insensitive, no repeats"
    );
    assert_eq!(state.selected(Facet::ServiceArea), ["Finance"]);
    assert_eq!(
        notices,
        ["Ignored org=\"Nowhere College\": the directory has no such organisation."]
    );
}

#[test]
fn writes_only_its_own_parameters_and_omits_defaults() {
    let mut query = QueryString::parse("?embed=1&q=old&c=gone");
    let mut state = DirectoryState {
        query: "data & insight".into(),
        ..DirectoryState::default()
    };
    state.toggle(Facet::Organisation, "UCL");
    state.toggle(Facet::Status, "dormant");
    state.write(&published(), &mut query);
    assert_eq!(
        query.to_query(),
        "?embed=1&q=data%20%26%20insight&org=UCL&status=dormant"
    );
    state.toggle(Facet::Organisation, "UCL");
    state.sort = Sort::Name;
    state.community = Some("ucl-hr".into());
    state.write(&published(), &mut query);
    assert_eq!(
        query.to_query(),
        "?embed=1&q=data%20%26%20insight&status=dormant&sort=name&c=ucl-hr"
    );
    assert!(state.has_filters());
    state.clear_filters();
    assert!(!state.has_filters());
}

#[test]
fn show_archived_keeps_the_others_visible() {
    let mut state = DirectoryState::default();
    state.show_archived();
    assert_eq!(
        state.selected(Facet::Status),
        ["active", "dormant", "archived"]
    );
    let mut state = DirectoryState::default();
    state.toggle(Facet::Status, "dormant");
    state.show_archived();
    assert_eq!(state.selected(Facet::Status), ["dormant", "archived"]);
}

#[test]
fn labels() {
    assert_eq!(Facet::Format.label("in-person"), "In person");
    assert_eq!(Facet::Organisation.label("UCL"), "UCL");
    assert_eq!(Facet::Status.label("nonsense"), "nonsense");
    assert_eq!(Sort::from_slug("name"), Some(Sort::Name));
}

#[test]
fn links_from_other_views() {
    assert_eq!(
        DirectoryState::searching("finance team").link(),
        "/directory?q=finance%20team"
    );
    assert_eq!(
        DirectoryState::searching("data & insight").link(),
        "/directory?q=data%20%26%20insight"
    );
    assert_eq!(
        DirectoryState::showing("ucl-hr").link(),
        "/directory?c=ucl-hr"
    );
    assert_eq!(
        DirectoryState::of_kind(Kind::CommunityOfPractice).link(),
        "/directory?kind=community-of-practice"
    );
    assert_eq!(
        DirectoryState::of_kind(Kind::ProfessionalNetwork).link(),
        "/directory?kind=professional-network"
    );
    assert_eq!(DirectoryState::default().link(), "/directory");
    assert_eq!(DirectoryState::searching("").link(), "/directory");
}

#[test]
fn a_link_is_the_path_without_content() {
    let directory = published();
    let mut state = DirectoryState::searching("events");
    state.toggle(Facet::Organisation, "UCL");
    state.sort = Sort::Reviewed;
    state.community = Some("ucl-events-management".into());
    assert_eq!(state.link(), state.path(&directory));
    assert_eq!(
        state.link(),
        "/directory?q=events&org=UCL&sort=reviewed&c=ucl-events-management"
    );
    assert_eq!(
        state.path_from(&directory, &QueryString::parse("?embed=1&q=old")),
        "/directory?embed=1&q=events&org=UCL&sort=reviewed&c=ucl-events-management"
    );
    let link = state.link();
    let (_, query) = link.split_once('?').unwrap();
    let read = DirectoryState::read(&QueryString::parse(query), &directory);
    assert_eq!(read, Read::clean(state));
}
