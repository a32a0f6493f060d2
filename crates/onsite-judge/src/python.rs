//! Finding the real Python interpreter once.
//!
//! `python3` on PATH is often a shim (pyenv, asdf) that costs 100 ms or more per start; the
//! interpreter behind it starts in about 13 ms with `-I -S`. onsite asks the shim once for
//! `sys.executable` and remembers the answer in its cache directory.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::JudgeError;

/// The interpreter the judge runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Python {
    /// Absolute path of the real binary.
    pub executable: PathBuf,
}

impl Python {
    /// Use this interpreter as given (no probing).
    pub fn at(executable: PathBuf) -> Python {
        Python { executable }
    }

    /// Resolve `requested` (a path, or `python3` looked up on PATH when `None`) to the real
    /// interpreter, using and refreshing the answer cached in `cache_dir`.
    pub fn resolve(
        requested: Option<&Path>,
        cache_dir: Option<&Path>,
    ) -> Result<Python, JudgeError> {
        let start = match requested {
            Some(p) if p.components().count() > 1 => p.to_path_buf(),
            Some(name) => find_on_path(name).ok_or_else(|| JudgeError::PythonNotFound {
                requested: name.display().to_string(),
            })?,
            None => {
                find_on_path(Path::new("python3")).ok_or_else(|| JudgeError::PythonNotFound {
                    requested: "python3".into(),
                })?
            }
        };
        let cache_file = cache_dir.map(|d| {
            d.join(format!(
                "python-{}.path",
                &blake3::hash(start.as_os_str().as_encoded_bytes()).to_hex()[..16]
            ))
        });
        if let Some(file) = &cache_file {
            if let Ok(cached) = fs_err::read_to_string(file) {
                let exe = PathBuf::from(cached.trim());
                if exe.is_file() {
                    return Ok(Python { executable: exe });
                }
            }
        }
        let executable = probe(&start)?;
        if let Some(file) = &cache_file {
            // A cache that cannot be written only costs the probe next time.
            let _ = fs_err::create_dir_all(file.parent().unwrap_or(Path::new(".")))
                .and_then(|()| fs_err::write(file, executable.as_os_str().as_encoded_bytes()));
        }
        Ok(Python { executable })
    }
}

fn find_on_path(name: &Path) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

fn probe(start: &Path) -> Result<PathBuf, JudgeError> {
    let out = Command::new(start)
        .args(["-I", "-S", "-c", "import sys; assert sys.version_info >= (3, 8), 'onsite needs Python 3.8 or newer'; print(sys.executable)"])
        .output()
        .map_err(|source| JudgeError::PythonProbe { python: start.to_path_buf(), message: source.to_string() })?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let message = stderr
            .lines()
            .last()
            .unwrap_or("exited with an error")
            .to_owned();
        return Err(JudgeError::PythonProbe {
            python: start.to_path_buf(),
            message,
        });
    }
    let exe = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if exe.is_absolute() && exe.is_file() {
        Ok(exe)
    } else {
        Ok(start.to_path_buf())
    }
}
