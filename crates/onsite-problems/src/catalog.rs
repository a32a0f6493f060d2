//! The set of problems onsite knows: the bundle compiled into the binary, or a folder on disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use include_dir::{include_dir, Dir, DirEntry};

use crate::package::{load_package, Diagnostic, PackageFiles, Problem};

static BUNDLE: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../problems");

/// Failures to read a problems folder (as opposed to mistakes inside a package, which are
/// [`Diagnostic`]s).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The folder could not be read.
    #[error("could not read the problems folder")]
    Read(#[from] std::io::Error),
}

/// A package that failed validation, with everything wrong in it.
#[derive(Debug, Clone)]
pub struct BrokenPackage {
    /// The folder name.
    pub dir_name: String,
    /// What is wrong.
    pub diagnostics: Vec<Diagnostic>,
}

/// One package, parsed and validated on first use.
#[derive(Debug)]
struct Entry {
    files: PackageFiles,
    loaded: OnceLock<Result<Problem, Vec<Diagnostic>>>,
}

impl Entry {
    fn load(&self) -> &Result<Problem, Vec<Diagnostic>> {
        self.loaded.get_or_init(|| load_package(&self.files))
    }
}

/// The problem packages, sorted by folder name. Each package is parsed and validated the
/// first time it is asked for, so judging one problem does not pay for the whole bank; asking
/// for all problems (or all broken packages) validates every package.
#[derive(Debug, Default)]
pub struct Catalog {
    entries: Vec<Entry>,
}

impl Catalog {
    /// The problems compiled into this binary.
    pub fn bundled() -> Catalog {
        let packages = BUNDLE.dirs().map(|dir| {
            let dir_name = dir.path().to_string_lossy().into_owned();
            let mut files = BTreeMap::new();
            collect_bundled(dir, dir.path(), &mut files);
            PackageFiles {
                root: format!("problems/{dir_name}"),
                dir_name,
                files,
            }
        });
        Catalog::from_packages(packages)
    }

    /// The problems in a folder on disk (each subfolder one package).
    pub fn from_dir(root: &Path) -> Result<Catalog, Error> {
        let mut packages = Vec::new();
        for entry in fs_err::read_dir(root)? {
            let entry = entry?;
            if !entry.file_type()?.is_dir() {
                continue;
            }
            let dir_name = entry.file_name().to_string_lossy().into_owned();
            let mut files = BTreeMap::new();
            collect_disk(&entry.path(), &entry.path(), &mut files)?;
            packages.push(PackageFiles {
                root: root.join(&dir_name).display().to_string(),
                dir_name,
                files,
            });
        }
        Ok(Catalog::from_packages(packages))
    }

    fn from_packages(packages: impl IntoIterator<Item = PackageFiles>) -> Catalog {
        let mut entries: Vec<Entry> = packages
            .into_iter()
            .map(|files| Entry {
                files,
                loaded: OnceLock::new(),
            })
            .collect();
        entries.sort_by(|a, b| a.files.dir_name.cmp(&b.files.dir_name));
        Catalog { entries }
    }

    /// Valid problems, sorted by slug (validates every package).
    pub fn problems(&self) -> Vec<&Problem> {
        self.entries
            .iter()
            .filter_map(|e| e.load().as_ref().ok())
            .collect()
    }

    /// Packages that failed validation (validates every package).
    pub fn broken(&self) -> Vec<BrokenPackage> {
        self.entries
            .iter()
            .filter_map(|e| match e.load() {
                Ok(_) => None,
                Err(diagnostics) => Some(BrokenPackage {
                    dir_name: e.files.dir_name.clone(),
                    diagnostics: diagnostics.clone(),
                }),
            })
            .collect()
    }

    /// Number of packages, valid or not.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no packages at all.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A valid problem by slug (validates only that package). A package whose folder name is
    /// the slug but which fails validation is not returned.
    pub fn get(&self, slug: &str) -> Option<&Problem> {
        let entry = self.entries.iter().find(|e| e.files.dir_name == slug)?;
        entry.load().as_ref().ok()
    }

    /// The known slug closest to a mistyped one, if any is close.
    pub fn suggest(&self, slug: &str) -> Option<&str> {
        self.entries
            .iter()
            .map(|e| {
                (
                    strsim::jaro_winkler(&e.files.dir_name, slug),
                    e.files.dir_name.as_str(),
                )
            })
            .filter(|(score, _)| *score > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, slug)| slug)
    }
}

fn collect_bundled(dir: &Dir<'static>, root: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(d) => collect_bundled(d, root, files),
            DirEntry::File(f) => {
                let rel = f.path().strip_prefix(root).unwrap_or(f.path());
                files.insert(relative_name(rel), f.contents().to_vec());
            }
        }
    }
}

fn collect_disk(
    dir: &Path,
    root: &Path,
    files: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), Error> {
    for entry in fs_err::read_dir(dir)? {
        let entry = entry?;
        let path: PathBuf = entry.path();
        if entry.file_type()?.is_dir() {
            if entry.file_name() != "__pycache__" {
                collect_disk(&path, root, files)?;
            }
        } else {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            files.insert(relative_name(rel), fs_err::read(&path)?);
        }
    }
    Ok(())
}

fn relative_name(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_holds_two_sum_and_suggests_close_slugs() {
        let catalog = Catalog::bundled();
        assert!(
            catalog.get("two-sum").is_some(),
            "broken: {:?}",
            catalog.broken()
        );
        assert_eq!(catalog.suggest("two-summ"), Some("two-sum"));
        assert_eq!(catalog.suggest("zzzz"), None);
    }

    #[test]
    fn a_broken_package_does_not_hide_the_others() {
        let dir = tempfile::tempdir().expect("tempdir");
        let good = dir.path().join("two-sum");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems/two-sum");
        copy_tree(&src, &good);
        let bad = dir.path().join("broken-one");
        fs_err::create_dir_all(&bad).expect("mkdir");
        fs_err::write(bad.join("problem.toml"), "slug = ").expect("write");
        let catalog = Catalog::from_dir(dir.path()).expect("read");
        assert_eq!(catalog.problems().len(), 1);
        assert_eq!(catalog.broken().len(), 1);
        assert_eq!(catalog.broken()[0].dir_name, "broken-one");
        assert!(!catalog.broken()[0].diagnostics.is_empty());
    }

    fn copy_tree(from: &Path, to: &Path) {
        fs_err::create_dir_all(to).expect("mkdir");
        for entry in fs_err::read_dir(from).expect("read_dir") {
            let entry = entry.expect("entry");
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy_tree(&entry.path(), &target);
            } else {
                fs_err::copy(entry.path(), target).expect("copy");
            }
        }
    }
}
