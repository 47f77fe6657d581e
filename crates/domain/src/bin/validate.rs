//! Checks content files before they are published, with the same messages the
//! app shows. Usage: `validate [FILE…]` (default: every file in public/data).
//! Exit status: 0 when all files are valid, 1 when any is not, 2 on misuse.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use domain::assessment::AssessmentFile;
use domain::content::{ContentError, ContentFile, load, load_as_of};
use domain::crosslinks;
use domain::date::Date;
use domain::directory::DirectoryFile;
use domain::guide::GuideFile;
use domain::roles::RolesFile;
use domain::site::SiteFile;
use domain::starter::StarterFile;
use domain::toolkit::ToolkitFile;

type Check = fn(&[u8], Option<Date>) -> Result<(), ContentError>;

/// Each known file name and the check that applies to it.
const CHECKS: &[(&str, Check)] = &[
    (DirectoryFile::FILE, check::<DirectoryFile>),
    (SiteFile::FILE, check::<SiteFile>),
    (ToolkitFile::FILE, check::<ToolkitFile>),
    (RolesFile::FILE, check::<RolesFile>),
    (GuideFile::FILE, check::<GuideFile>),
    (AssessmentFile::FILE, check::<AssessmentFile>),
    (StarterFile::FILE, check::<StarterFile>),
];

fn check<T: ContentFile>(bytes: &[u8], today: Option<Date>) -> Result<(), ContentError> {
    match today {
        Some(today) => load_as_of::<T>(bytes, today).map(|_| ()),
        None => load::<T>(bytes).map(|_| ()),
    }
}

/// Today in UTC, so dates in the future are refused (None if the clock is
/// before 1970 or past year 65535: then they are not looked for).
fn today_utc() -> Option<Date> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Date::from_unix_seconds(i64::try_from(now.as_secs()).ok()?)
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!(
            "usage: validate [FILE…]\nChecks CoP Navigator content files; with no FILE, checks public/data/*.json."
        );
        return ExitCode::SUCCESS;
    }
    if let Some(option) = args.iter().find(|a| a.to_string_lossy().starts_with('-')) {
        eprintln!(
            "validate: unknown option {}; usage: validate [FILE…] (validate --help says more)",
            option.display()
        );
        return ExitCode::from(2);
    }
    let files = if args.is_empty() {
        // One line saying where it looked, not a "cannot read" per file.
        let folder = Path::new("public/data");
        if !folder.is_dir() {
            eprintln!(
                "validate: there is no folder {}; run it from the project folder, or pass the files: validate path/to/directory.json",
                absolute(folder).display()
            );
            return ExitCode::from(2);
        }
        CHECKS.iter().map(|(name, _)| folder.join(name)).collect()
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
    let name = match path.file_name().and_then(|n| n.to_str()) {
        Some(name) => name.to_string(),
        None => path.display().to_string(),
    };
    let name = name.as_str();
    // Fixtures are named like `directory.bad-link.json`: check them as `directory.json`.
    let kind = CHECKS.iter().find(|(file, _)| {
        name == *file || name.starts_with(&format!("{}.", file.trim_end_matches(".json")))
    });
    let Some((_, check)) = kind else {
        let known: Vec<&str> = CHECKS.iter().map(|(file, _)| *file).collect();
        return Err(vec![format!(
            "{name}: not a known content file (known: {}); name it after the file it holds, \
             e.g. directory.json, or directory.draft.json for a copy",
            known.join(", ")
        )]);
    };
    let bytes = std::fs::read(path).map_err(|e| vec![cannot_read(name, path, &e)])?;
    check(&bytes, today_utc()).map_err(|error| error.lines())
}

/// "directory.json: cannot read /home/me/site/directory.json: No such file
/// or directory (os error 2); check …": the full path says where it looked.
fn cannot_read(name: &str, path: &Path, error: &std::io::Error) -> String {
    let advice = match error.kind() {
        ErrorKind::NotFound => "; check the file's name and folder",
        ErrorKind::PermissionDenied => "; check that you have permission to read it",
        ErrorKind::IsADirectory => "; give the path of a file in it",
        _ => "",
    };
    format!(
        "{name}: cannot read {}: {error}{advice}",
        absolute(path).display()
    )
}

/// `path` from the root, as given if the current folder is unknown.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
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
    let starter = read::<StarterFile>(files);
    // Links can only break between a file that links and a file linked to
    // (the starter documents name roles and statements).
    if roles.is_none() && toolkit.is_none() && (starter.is_none() || assessment.is_none()) {
        return Ok(());
    }
    let names: Vec<&str> = [
        roles.as_ref().map(|_| RolesFile::FILE),
        toolkit.as_ref().map(|_| ToolkitFile::FILE),
        guide.as_ref().map(|_| GuideFile::FILE),
        assessment.as_ref().map(|_| AssessmentFile::FILE),
        starter.as_ref().map(|_| StarterFile::FILE),
    ]
    .into_iter()
    .flatten()
    .collect();
    let problems = crosslinks::check(crosslinks::Linked {
        roles: roles.as_ref(),
        toolkit: toolkit.as_ref(),
        guide: guide.as_ref(),
        assessment: assessment.as_ref(),
        starter: starter.as_ref(),
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
