//! Checks content files before they are published, with the same messages the
//! app shows. Usage: `validate [FILE…]` (default: every file in public/data).
//! Exit status: 0 when all files are valid, 1 when any is not, 2 on misuse.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use domain::assessment::AssessmentFile;
use domain::content::{ContentError, ContentFile, load};
use domain::crosslinks;
use domain::directory::DirectoryFile;
use domain::guide::GuideFile;
use domain::roles::RolesFile;
use domain::site::SiteFile;
use domain::toolkit::ToolkitFile;

type Check = fn(&[u8]) -> Result<(), ContentError>;

/// Each known file name and the check that applies to it.
const CHECKS: &[(&str, Check)] = &[
    (DirectoryFile::FILE, check::<DirectoryFile>),
    (SiteFile::FILE, check::<SiteFile>),
    (ToolkitFile::FILE, check::<ToolkitFile>),
    (RolesFile::FILE, check::<RolesFile>),
    (GuideFile::FILE, check::<GuideFile>),
    (AssessmentFile::FILE, check::<AssessmentFile>),
];

fn check<T: ContentFile>(bytes: &[u8]) -> Result<(), ContentError> {
    load::<T>(bytes).map(|_| ())
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!(
            "usage: validate [FILE…]\nChecks CoP Navigator content files; with no FILE, checks public/data/*.json."
        );
        return ExitCode::SUCCESS;
    }
    let files = if args.is_empty() {
        CHECKS
            .iter()
            .map(|(name, _)| Path::new("public/data").join(name))
            .collect()
    } else {
        args
    };
    let mut failed = false;
    for path in &files {
        match validate(path) {
            Ok(()) => println!("ok      {}", path.display()),
            Err(lines) => {
                failed = true;
                println!("INVALID {}", path.display());
                for line in lines {
                    println!("  {line}");
                }
            }
        }
    }
    if let Err((names, lines)) = check_links_between(&files) {
        failed = true;
        println!("INVALID links between {names}");
        for line in lines {
            println!("  {line}");
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn validate(path: &Path) -> Result<(), Vec<String>> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    // Fixtures are named like `directory.bad-link.json`: check them as `directory.json`.
    let kind = CHECKS.iter().find(|(file, _)| {
        name == *file || name.starts_with(&format!("{}.", file.trim_end_matches(".json")))
    });
    let Some((_, check)) = kind else {
        let known: Vec<&str> = CHECKS.iter().map(|(file, _)| *file).collect();
        return Err(vec![format!(
            "{name}: not a known content file (known: {})",
            known.join(", ")
        )]);
    };
    let bytes =
        std::fs::read(path).map_err(|e| vec![format!("{name}: cannot read the file: {e}")])?;
    check(&bytes).map_err(|error| error.lines())
}

/// Links between files (toolkit sections, roles), among the files being
/// checked that are valid on their own (otherwise their own messages come
/// first). The error names the files compared and each broken link.
fn check_links_between(files: &[PathBuf]) -> Result<(), (String, Vec<String>)> {
    fn read<T: ContentFile>(files: &[PathBuf]) -> Option<T> {
        let path = files
            .iter()
            .find(|path| path.file_name().is_some_and(|f| f == T::FILE))?;
        load::<T>(&std::fs::read(path).ok()?).ok()
    }
    let roles = read::<RolesFile>(files);
    let toolkit = read::<ToolkitFile>(files);
    let guide = read::<GuideFile>(files);
    let assessment = read::<AssessmentFile>(files);
    // Links can only break between a file that links and a file linked to.
    if roles.is_none() && toolkit.is_none() {
        return Ok(());
    }
    let names: Vec<&str> = [
        roles.as_ref().map(|_| RolesFile::FILE),
        toolkit.as_ref().map(|_| ToolkitFile::FILE),
        guide.as_ref().map(|_| GuideFile::FILE),
        assessment.as_ref().map(|_| AssessmentFile::FILE),
    ]
    .into_iter()
    .flatten()
    .collect();
    let problems = crosslinks::check(crosslinks::Linked {
        roles: roles.as_ref(),
        toolkit: toolkit.as_ref(),
        guide: guide.as_ref(),
        assessment: assessment.as_ref(),
    });
    if problems.is_empty() {
        Ok(())
    } else {
        Err((and_list(&names), problems))
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
