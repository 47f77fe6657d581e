//! The directory's headline numbers for the home page.

use std::collections::BTreeSet;

use super::{DirectoryFile, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headline {
    /// Communities people can join (archived ones are not counted).
    pub communities: usize,
    pub organisations: usize,
    pub service_areas: usize,
}

impl Headline {
    pub fn of(directory: &DirectoryFile) -> Headline {
        let open = || {
            directory
                .communities
                .iter()
                .filter(|community| community.status != Status::Archived)
        };
        // Compare names without case or surrounding space: "Finance" and "finance " are one area.
        let distinct = |values: Vec<&str>| {
            values
                .into_iter()
                .map(|v| v.trim().to_lowercase())
                .collect::<BTreeSet<_>>()
                .len()
        };
        Headline {
            communities: open().count(),
            organisations: distinct(open().map(|c| c.organisation.as_str()).collect()),
            service_areas: distinct(open().map(|c| c.service_area.as_str()).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;

    #[test]
    fn counts_open_communities_and_distinct_names() {
        let mut directory =
            load::<DirectoryFile>(include_bytes!("../../../../public/data/directory.json"))
                .unwrap();
        let sample = Headline::of(&directory);
        assert_eq!(
            sample,
            Headline {
                communities: 26,
                organisations: 4,
                service_areas: 14
            }
        );
        directory.communities[0].status = Status::Archived;
        directory.communities[1].service_area = " communications AND marketing ".into();
        let changed = Headline::of(&directory);
        assert_eq!(changed.communities, 25);
        assert_eq!(
            changed.service_areas, 14,
            "case and spaces do not make a new area"
        );
    }
}
