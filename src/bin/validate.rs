//! Checks content files before they are published, with the same messages the
//! app shows. Usage: `validate [FILE…]` (default: every file in public/data).
//! Exit status: 0 when all files are valid, 1 when any is not, 2 on misuse.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cop_navigator::domain::assessment::AssessmentFile;
use cop_navigator::domain::content::{ContentError, ContentFile, load};
use cop_navigator::domain::crosslinks;
use cop_navigator::domain::directory::DirectoryFile;
use cop_navigator::domain::guide::GuideFile;
use cop_navigator::domain::roles::RolesFile;
use cop_navigator::domain::site::SiteFile;
use cop_navigator::domain::toolkit::ToolkitFile;

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
    if let Err(lines) = check_links_between(&files) {
        failed = true;
        println!("INVALID links between roles.json and toolkit.json");
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

/// Links between files (roles ↔ toolkit), when both are being checked and
/// each is valid on its own (otherwise their own messages come first).
fn check_links_between(files: &[PathBuf]) -> Result<(), Vec<String>> {
    let find = |name: &str| {
        files
            .iter()
            .find(|path| path.file_name().is_some_and(|f| f == name))
    };
    let (Some(roles), Some(toolkit)) = (find(RolesFile::FILE), find(ToolkitFile::FILE)) else {
        return Ok(());
    };
    let read = |path: &PathBuf| std::fs::read(path).ok();
    let (Some(roles), Some(toolkit)) = (read(roles), read(toolkit)) else {
        return Ok(());
    };
    let (Ok(roles), Ok(toolkit)) = (load::<RolesFile>(&roles), load::<ToolkitFile>(&toolkit))
    else {
        return Ok(());
    };
    let problems = crosslinks::check(&roles, &toolkit);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
