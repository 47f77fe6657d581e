//! Links between content files: the roles' prose and "read next" sections
//! must name toolkit sections that exist, and the toolkit's links into the
//! role explorer (`/roles?role=…`, `?aspect=…`, `?level=…`) must name roles,
//! aspects and levels that exist. Each file alone cannot know the other's
//! ids, so the validator runs this when it has both (`make validate`).

use super::content::{ContentFile, Issue};
use super::richtext::{Inline, Link, RichText, walk};
use super::roles::{IdLookup, RolesFile};
use super::routes::Route;
use super::sources::toolkit_section;
use super::toolkit::ToolkitFile;
use super::url::QueryString;

/// Every broken link between the two files, as full messages
/// (`roles.json: roles[0] (id "sponsor"), field `…`: …`).
pub fn check(roles: &RolesFile, toolkit: &ToolkitFile) -> Vec<String> {
    let mut problems = Vec::new();
    let mut report = |file: &str, entry: &str, field: &str, message: String| {
        let issue = Issue {
            entry: entry.to_string(),
            field: field.to_string(),
            message,
        };
        problems.push(format!("{file}: {issue}."));
    };
    for (entry, field, text) in roles.texts() {
        for link in links(text) {
            if let Some(id) = toolkit_section(link)
                && toolkit.section(&id).is_none()
            {
                report(RolesFile::FILE, &entry, &field, missing_section(&id));
            }
            if let Some(problem) = role_link_problem(roles, link) {
                report(RolesFile::FILE, &entry, &field, problem);
            }
        }
    }
    for (index, role) in roles.roles.iter().enumerate() {
        if toolkit.section(&role.toolkit_section).is_none() {
            let entry = format!("roles[{index}] (id \"{}\")", role.id);
            report(
                RolesFile::FILE,
                &entry,
                "toolkit_section",
                missing_section(&role.toolkit_section),
            );
        }
    }
    let toolkit_texts = std::iter::once((String::new(), "intro", &toolkit.intro)).chain(
        toolkit.sections.iter().enumerate().map(|(index, section)| {
            (
                format!("sections[{index}] (id \"{}\")", section.id),
                "body",
                &section.body,
            )
        }),
    );
    for (entry, field, text) in toolkit_texts {
        for link in links(text) {
            if let Some(problem) = role_link_problem(roles, link) {
                report(ToolkitFile::FILE, &entry, field, problem);
            }
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
    use crate::domain::content::load;

    const ROLES: &str = include_str!("../../public/data/roles.json");
    const TOOLKIT: &str = include_str!("../../public/data/toolkit.json");

    fn files() -> (RolesFile, ToolkitFile) {
        (
            load::<RolesFile>(ROLES.as_bytes()).unwrap_or_else(|e| panic!("{e}")),
            load::<ToolkitFile>(TOOLKIT.as_bytes()).unwrap_or_else(|e| panic!("{e}")),
        )
    }

    #[test]
    fn the_published_files_link_to_each_other_correctly() {
        let (roles, toolkit) = files();
        assert_eq!(check(&roles, &toolkit), Vec::<String>::new());
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
        let problems = check(&roles, &toolkit);
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
