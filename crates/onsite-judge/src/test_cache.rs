//! The judge's caches on disk (`<cache dir>/tests/*.json`, `<cache dir>/profiles/*.json`) stay
//! bounded, and are written whole or not at all.
//!
//! Each list of tests the reference solution computed expected outputs for is kept under a key
//! of its inputs. A problem's own lists are a handful, but every run on cases of one's own (the
//! web page's custom input, `onsite run --case`) is a new list: without a bound, anyone who can
//! send runs fills the disk. The least recently used files go first ([`touch`] marks a file as
//! used on every hit); files are only a cache, so removing one costs a recomputation.

use std::path::Path;
use std::time::SystemTime;

/// Most files kept in each of the cache's directories.
pub const MAX_ENTRIES: usize = 2048;
/// Most bytes kept: the whole bank's tests and measuring inputs with room to spare (256 MB was
/// reached with 79 of 81 problems cached; a design problem's inputs of 10^5 operations take
/// 20-30 MB), so that judging problems in turn never evicts inputs that take seconds to make
/// again.
pub(crate) const MAX_BYTES: u64 = 1 << 30;

/// The value cached in `file`, marked as just used; `None` when absent or unreadable (a cache
/// entry that cannot be read is recomputed, never trusted).
pub(crate) fn read<T: serde::de::DeserializeOwned>(file: &Path) -> Option<T> {
    let bytes = std::fs::read(file).ok()?;
    let value = serde_json::from_slice(&bytes).ok()?;
    touch(file);
    Some(value)
}

/// Write `value` to `file` atomically (a temporary file renamed over it, so a reader sees the
/// old entry or the new one), then bound the directory; a failure is logged, not returned:
/// the cache only saves work.
pub(crate) fn write<T: serde::Serialize>(file: &Path, value: &T) {
    let dir = file.parent().unwrap_or(Path::new("."));
    let write = || -> std::io::Result<()> {
        fs_err::create_dir_all(dir)?;
        let tmp = tempfile::NamedTempFile::new_in(dir)?;
        serde_json::to_writer(std::io::BufWriter::new(tmp.as_file()), value)?;
        tmp.persist(file).map_err(|e| e.error)?;
        Ok(())
    };
    if let Err(e) = write() {
        tracing::warn!(file = %file.display(), %e, "could not write a cache entry");
    }
    evict(dir, MAX_ENTRIES, MAX_BYTES);
}

/// Mark `file` as just used.
pub(crate) fn touch(file: &Path) {
    let touched = std::fs::File::options()
        .write(true)
        .open(file)
        .and_then(|f| f.set_modified(SystemTime::now()));
    if let Err(e) = touched {
        tracing::debug!(file = %file.display(), %e, "could not mark a cached test list as used");
    }
}

/// Remove the least recently used `.json` files of `dir` until at most `max_entries` files of
/// at most `max_bytes` together are left; returns how many were removed.
pub(crate) fn evict(dir: &Path, max_entries: usize, max_bytes: u64) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut files: Vec<(SystemTime, u64, std::path::PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| {
            let meta = e.metadata().ok().filter(std::fs::Metadata::is_file)?;
            Some((meta.modified().ok()?, meta.len(), e.path()))
        })
        .collect();
    // Newest first: keep from the front while both bounds hold.
    files.sort_by_key(|f| std::cmp::Reverse(f.0));
    let mut kept_bytes = 0u64;
    let mut removed = 0;
    for (i, (_, len, path)) in files.iter().enumerate() {
        kept_bytes = kept_bytes.saturating_add(*len);
        if i >= max_entries || kept_bytes > max_bytes {
            match std::fs::remove_file(path) {
                Ok(()) => removed += 1,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    tracing::warn!(file = %path.display(), %e, "could not remove a cached test list")
                }
            }
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn file(dir: &Path, name: &str, bytes: usize, age_s: u64) -> std::path::PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, vec![b'x'; bytes]).expect("write");
        let when = SystemTime::now() - Duration::from_secs(age_s);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_modified(when))
            .expect("set mtime");
        path
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    }

    #[test]
    fn the_least_recently_used_files_go_first_to_stay_within_both_bounds() {
        let dir = tempfile::tempdir().expect("tempdir");
        for i in 0..10u64 {
            file(dir.path(), &format!("case-{i}.json"), 100, 100 - i);
        }
        file(dir.path(), "other.txt", 100, 1000);
        // The oldest, used just now, stays.
        touch(&dir.path().join("case-0.json"));
        assert_eq!(evict(dir.path(), 4, u64::MAX), 6);
        assert_eq!(
            names(dir.path()),
            [
                "case-0.json",
                "case-7.json",
                "case-8.json",
                "case-9.json",
                "other.txt"
            ]
        );
        // 250 bytes hold two files of 100.
        assert_eq!(evict(dir.path(), 100, 250), 2);
        assert_eq!(
            names(dir.path()),
            ["case-0.json", "case-9.json", "other.txt"]
        );
        assert_eq!(evict(&dir.path().join("missing"), 1, 1), 0);
    }
}
