//! Links between content files. Each file alone cannot know the others'
//! ids, so the validator runs this over whichever files it has loaded
//! (`make validate` checks them all):
//! - links to toolkit sections (`/toolkit?s=ID`, and `#ID` in the roles and
//!   the toolkit, where it means a toolkit section) must name a section of
//!   toolkit.json, and each role's `toolkit_section` too;
//! - links into the role explorer (`/roles?role=…`, `?aspect=…`, `?level=…`)
//!   must name a role, aspect or level of roles.json.
//!
//! Checked in roles.json, toolkit.json, guide.json (its rich text) and
//! assessment.json (its intro and each statement's help links); and the
//! role, aspect and statement ids starter.json takes from roles.json and
//! assessment.json (`starter::check_against`).

use super::assessment::AssessmentFile;
use super::content::{ContentFile, Issue};
use super::guide::GuideFile;
use super::richtext::{Inline, Link, RichText, parse_link_target, walk};
use super::roles::{IdLookup, RolesFile};
use super::routes::Route;
use super::sources::toolkit_section;
use super::starter::{self, StarterFile};
use super::toolkit::ToolkitFile;
use super::url::QueryString;

/// The loaded files whose links are checked against each other; any may be
/// missing (its links, and links to it, are then not checked).
#[derive(Debug, Default, Clone, Copy)]
pub struct Linked<'a> {
    pub roles: Option<&'a RolesFile>,
    pub toolkit: Option<&'a ToolkitFile>,
    pub guide: Option<&'a GuideFile>,
    pub assessment: Option<&'a AssessmentFile>,
    pub starter: Option<&'a StarterFile>,
}

/// Where a link was found: the file, the entry (may be empty) and the field.
type Place = (&'static str, String, String);

/// Every broken link between the files, as full messages
/// (`roles.json: roles[0] (id "sponsor"), field `…`: …`).
pub fn check(files: Linked) -> Vec<String> {
    let mut problems = Vec::new();
    let mut report = |(file, entry, field): Place, message: String| {
        let issue = Issue {
            entry,
            field,
            message,
        };
        problems.push(format!("{file}: {issue}."));
    };
    let Linked {
        roles,
        toolkit,
        guide,
        assessment,
        starter,
    } = files;
    // (place, link, whether `#ID` means a toolkit section there)
    let mut found: Vec<(Place, Link, bool)> = Vec::new();
    let mut add_text = |file: &'static str, entry: String, field: String, text: &RichText| {
        let anchors = file == RolesFile::FILE || file == ToolkitFile::FILE;
        for link in links(text) {
            found.push(((file, entry.clone(), field.clone()), link.clone(), anchors));
        }
    };
    if let Some(roles) = roles {
        for (entry, field, text) in roles.texts() {
            add_text(RolesFile::FILE, entry, field, text);
        }
    }
    if let Some(toolkit) = toolkit {
        add_text(
            ToolkitFile::FILE,
            String::new(),
            "intro".into(),
            &toolkit.intro,
        );
        for (index, section) in toolkit.sections.iter().enumerate() {
            let entry = format!("sections[{index}] (id \"{}\")", section.id);
            add_text(ToolkitFile::FILE, entry, "body".into(), &section.body);
        }
    }
    if let Some(guide) = guide {
        for (entry, field, text) in guide.labelled_texts() {
            add_text(GuideFile::FILE, entry, field, text);
        }
    }
    if let Some(assessment) = assessment {
        add_text(
            AssessmentFile::FILE,
            String::new(),
            "intro".into(),
            &assessment.intro,
        );
        for (index, section) in assessment.sections.iter().enumerate() {
            for (position, statement) in section.statements.iter().enumerate() {
                for (n, help) in statement.help.iter().enumerate() {
                    // A malformed href is the file's own check's to report.
                    if let Ok(link) = parse_link_target(&help.href) {
                        let entry = format!(
                            "sections[{index}].statements[{position}] (id \"{}\")",
                            statement.id
                        );
                        let place = (AssessmentFile::FILE, entry, format!("help[{n}].href"));
                        found.push((place, link, false));
                    }
                }
            }
        }
    }
    for (place, link, anchors) in found {
        let section = match link {
            Link::Section(_) if !anchors => None,
            _ => toolkit_section(&link),
        };
        if let (Some(toolkit), Some(id)) = (toolkit, section)
            && toolkit.section(&id).is_none()
        {
            report(place.clone(), missing_section(&id));
        }
        if let Some(problem) = roles.and_then(|roles| role_link_problem(roles, &link)) {
            report(place, problem);
        }
    }
    if let (Some(roles), Some(toolkit)) = (roles, toolkit) {
        for (index, role) in roles.roles.iter().enumerate() {
            if toolkit.section(&role.toolkit_section).is_none() {
                let entry = format!("roles[{index}] (id \"{}\")", role.id);
                report(
                    (RolesFile::FILE, entry, "toolkit_section".into()),
                    missing_section(&role.toolkit_section),
                );
            }
        }
    }
    if let Some(starter) = starter {
        for issue in starter::check_against(starter, roles, assessment) {
            problems.push(format!("{}: {issue}.", StarterFile::FILE));
        }
    }
    problems
}

fn missing_section(id: &str) -> String {
    format!("links to toolkit section \"{id}\", which toolkit.json does not have")
}

fn links(text: &RichText) -> Vec<&Link> {
    let mut out = Vec::new();
    walk(&text.blocks, &mut |inline| {
        if let Inline::Link { target, .. } = inline {
            out.push(target);
        }
    });
    out
}

/// For a link into the role explorer: which id it names that roles.json lacks.
fn role_link_problem(roles: &RolesFile, link: &Link) -> Option<String> {
    let Link::App {
        route: Route::Roles,
        query,
        ..
    } = link
    else {
        return None;
    };
    let query = QueryString::parse(query);
    let checks: [(&str, &str, IdLookup); 3] = [
        ("role", "a role", RolesFile::role_index),
        ("aspect", "an aspect", RolesFile::aspect_index),
        ("level", "a level of participation", RolesFile::level_index),
    ];
    checks.into_iter().find_map(|(key, what, find)| {
        let id = query.get(key)?;
        find(roles, id)
            .is_none()
            .then(|| format!("links to {what} \"{id}\", which roles.json does not have"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;

    const ROLES: &str = include_str!("../../../public/data/roles.json");
    const TOOLKIT: &str = include_str!("../../../public/data/toolkit.json");

    const GUIDE: &str = include_str!("../../../public/data/guide.json");
    const ASSESSMENT: &str = include_str!("../../../public/data/assessment.json");

    fn pair<'a>(roles: &'a RolesFile, toolkit: &'a ToolkitFile) -> Linked<'a> {
        Linked {
            roles: Some(roles),
            toolkit: Some(toolkit),
            ..Linked::default()
        }
    }

    fn parse<T: ContentFile>(json: &str) -> T {
        load::<T>(json.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
    }

    fn files() -> (RolesFile, ToolkitFile) {
        (
            load::<RolesFile>(ROLES.as_bytes()).unwrap_or_else(|e| panic!("{e}")),
            load::<ToolkitFile>(TOOLKIT.as_bytes()).unwrap_or_else(|e| panic!("{e}")),
        )
    }

    #[test]
    fn the_published_files_link_to_each_other_correctly() {
        let (roles, toolkit) = files();
        assert_eq!(check(pair(&roles, &toolkit)), Vec::<String>::new());
        let (guide, assessment) = (parse::<GuideFile>(GUIDE), parse(ASSESSMENT));
        let all = Linked {
            guide: Some(&guide),
            assessment: Some(&assessment),
            ..pair(&roles, &toolkit)
        };
        assert_eq!(check(all), Vec::<String>::new());
    }

    #[test]
    fn the_guide_and_the_assessment_must_link_to_sections_and_roles_that_exist() {
        let (roles, toolkit) = files();
        let guide_json = GUIDE.replacen("/toolkit?s=networks-vs-cops", "/toolkit?s=networks", 1);
        let guide_json = guide_json.replacen("](/roles)", "](/roles?role=champion)", 1);
        let assessment_json =
            ASSESSMENT.replacen("\"/roles?role=sponsor\"", "\"/roles?role=patron\"", 1);
        for (changed, original) in [(&guide_json, GUIDE), (&assessment_json, ASSESSMENT)] {
            assert_ne!(
                changed.as_str(),
                original,
                "the sample has the link changed here"
            );
        }
        let guide = parse::<GuideFile>(&guide_json);
        // The assessment's own allow-list would reject "patron"; test the
        // cross-check alone by loading without the file's rules.
        let assessment: AssessmentFile = serde_json::from_str(&assessment_json).unwrap();
        let problems = check(Linked {
            guide: Some(&guide),
            assessment: Some(&assessment),
            ..pair(&roles, &toolkit)
        });
        assert_eq!(
            problems,
            [
                "guide.json: forms[0] (id \"community-of-practice\"), field `next_steps`: links to a role \"champion\", which roles.json does not have.",
                "guide.json: forms[0] (id \"community-of-practice\"), field `next_steps`: links to toolkit section \"networks\", which toolkit.json does not have.",
                "assessment.json: sections[0].statements[4] (id \"strategy-link\"), field `help[1].href`: links to a role \"patron\", which roles.json does not have.",
            ],
        );
    }

    #[test]
    fn links_are_checked_only_against_files_that_are_there() {
        let guide_json = GUIDE.replacen("/toolkit?s=networks-vs-cops", "/toolkit?s=networks", 1);
        let guide = parse::<GuideFile>(&guide_json);
        let (roles, _) = files();
        let without_toolkit = Linked {
            roles: Some(&roles),
            guide: Some(&guide),
            ..Linked::default()
        };
        assert_eq!(check(without_toolkit), Vec::<String>::new());
    }

    #[test]
    fn broken_links_in_either_direction_are_reported() {
        let roles_json = ROLES
            .replacen(
                "\"toolkit_section\": \"success-factors\"",
                "\"toolkit_section\": \"gone\"",
                1,
            )
            .replacen("](/toolkit?s=", "](/toolkit?s=nowhere&x=", 1);
        let toolkit_json = TOOLKIT.replacen("/roles?role=sponsor", "/roles?role=boss", 1);
        assert_ne!(
            roles_json, ROLES,
            "the sample has a role reading on success factors"
        );
        assert_ne!(
            toolkit_json, TOOLKIT,
            "the sample links to the sponsor role"
        );
        let roles = load::<RolesFile>(roles_json.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        let toolkit =
            load::<ToolkitFile>(toolkit_json.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        let problems = check(pair(&roles, &toolkit));
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(
            problems.iter().any(|p| p.starts_with("roles.json: roles[")
                && p.ends_with("field `toolkit_section`: links to toolkit section \"gone\", which toolkit.json does not have.")),
            "{problems:#?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("links to toolkit section \"nowhere\"")),
            "{problems:#?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("toolkit.json: sections[")
                    && p.ends_with("links to a role \"boss\", which roles.json does not have.")),
            "{problems:#?}"
        );
    }
}
