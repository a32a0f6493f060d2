//! The harness protocol: length-prefixed JSON frames on two private pipes.
//!
//! Both ends carry [`PROTOCOL_VERSION`]: the harness announces it in its first message and the
//! judge repeats it in `load`; a mismatch on either side stops the run with a clear error.

use serde_json::Value;

/// Version of the message format spoken with `harness/harness.py`.
pub const PROTOCOL_VERSION: u64 = 2;

/// The harness source sent to the interpreter: the generated prelude table, the source of the
/// `trees` helper offered to generators (as a string the harness runs when a generator is
/// loaded; it must not hold three single quotes in a row, which a test checks), then the harness.
pub const HARNESS_SOURCE: &str = concat!(
    include_str!("../harness/prelude.py"),
    "_GEN_TREES = r'''",
    include_str!("../harness/gen_trees.py"),
    "'''\n",
    include_str!("../harness/harness.py")
);

/// Loads the harness from its cached bytecode when the interpreter's magic number matches, and
/// compiles the embedded source otherwise (argv: the `.pyc` path, then the source).
const BOOTSTRAP: &str = r#"import sys, marshal
try:
    f = open(sys.argv[1], 'rb'); d = f.read(); f.close()
    c = marshal.loads(memoryview(d)[16:]) if d[:4] == sys.modules['_frozen_importlib_external'].MAGIC_NUMBER else None
except Exception:
    c = None
src = sys.argv[2]
del sys.argv[1:]
exec(c if c is not None else compile(src, 'onsite-harness', 'exec'))
"#;

/// The interpreter arguments (after `-I -S -B`) that start the harness.
///
/// Compiling the harness costs about 8 ms per process, so the judge compiles it once, in a
/// trusted process, into `cache_dir/harness/<digest>.pyc`, and each harness process loads that
/// bytecode. Without a cache directory, or if compiling fails, the source is compiled each time.
pub fn launch_args(python: &std::path::Path, cache_dir: Option<&std::path::Path>) -> Launch {
    let plain = Launch { bytecode: None };
    let Some(cache_dir) = cache_dir else {
        return plain;
    };
    let digest = blake3::hash(format!("{}|{HARNESS_SOURCE}", python.display()).as_bytes()).to_hex();
    let dir = cache_dir.join("harness");
    let pyc = dir.join(format!("{}.pyc", &digest[..20]));
    if !pyc.is_file() {
        let compiled = (|| -> std::io::Result<bool> {
            fs_err::create_dir_all(&dir)?;
            let src = tempfile::NamedTempFile::new_in(&dir)?;
            fs_err::write(src.path(), HARNESS_SOURCE)?;
            let tmp_pyc = tempfile::NamedTempFile::new_in(&dir)?;
            let status = std::process::Command::new(python)
                .args(["-I", "-S", "-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile='onsite-harness', doraise=True)"])
                .arg(src.path())
                .arg(tmp_pyc.path())
                .status()?;
            if status.success() {
                tmp_pyc.persist(&pyc).map_err(|e| e.error)?;
            }
            Ok(status.success())
        })();
        if !matches!(compiled, Ok(true)) {
            tracing::warn!(
                ?compiled,
                "could not cache the harness bytecode; compiling it in every process"
            );
            return plain;
        }
    }
    // A caged process runs as an unprivileged user (nobody, under a root judge): it must be
    // able to read the bytecode (the harness is no secret); a temporary file is made 0600.
    use std::os::unix::fs::PermissionsExt;
    let readable = fs_err::metadata(&pyc).is_ok_and(|m| m.permissions().mode() & 0o004 != 0)
        || fs_err::set_permissions(&pyc, std::fs::Permissions::from_mode(0o644)).is_ok();
    if !readable {
        tracing::warn!(
            pyc = %pyc.display(),
            "could not make the harness bytecode readable to caged processes; they compile it"
        );
    }
    Launch {
        bytecode: Some(pyc),
    }
}

/// How to start the harness.
#[derive(Debug, Clone)]
pub struct Launch {
    /// The cached bytecode of the harness, when there is one.
    pub bytecode: Option<std::path::PathBuf>,
}

impl Launch {
    /// Interpreter arguments after `-I -S -B`, reading the bytecode at `bytecode_at` (where the
    /// process sees the file: its host path, or where the cage shows it).
    pub fn args(&self, bytecode_at: Option<&std::path::Path>) -> Vec<std::ffi::OsString> {
        match bytecode_at.or(self.bytecode.as_deref()) {
            Some(pyc) => vec![
                "-c".into(),
                BOOTSTRAP.into(),
                pyc.into(),
                HARNESS_SOURCE.into(),
            ],
            None => vec!["-c".into(), HARNESS_SOURCE.into()],
        }
    }
}

/// Largest frame the judge accepts from any harness (a trusted process's generated input at
/// its largest); a submission's process gets a far smaller cap, from its problem's answers
/// (see `judge.rs::reply_cap`).
pub const MAX_FRAME: usize = 64 << 20;

/// The reply types that may answer a request of type `request`, and nothing else. A reply of
/// another type from a submission's process was written by the submission.
pub fn replies_to(request: &str) -> &'static [&'static str] {
    match request {
        "load" => &[
            "loaded",
            "syntax_error",
            "missing_entry",
            "raised",
            "protocol_mismatch",
        ],
        "run" => &["result", "raised", "unjudgeable"],
        "go" => &["result", "raised", "unjudgeable", "timed"],
        "input" => &["ready"],
        "values" => &["values", "unjudgeable"],
        "gen" => &["generated"],
        "validate" => &["validated"],
        "check" => &["checked"],
        _ => &[],
    }
}

/// Encode one message as a frame.
pub fn encode(message: &Value) -> Vec<u8> {
    let body = message.to_string().into_bytes();
    let mut frame = Vec::with_capacity(body.len() + 4);
    frame.extend_from_slice(&(body.len() as u32).to_le_bytes());
    frame.extend_from_slice(&body);
    frame
}

/// Incremental decoder for frames arriving in pieces.
#[derive(Debug)]
pub struct FrameReader {
    buf: Vec<u8>,
    limit: usize,
}

impl Default for FrameReader {
    fn default() -> Self {
        FrameReader {
            buf: Vec::new(),
            limit: MAX_FRAME,
        }
    }
}

/// A frame that cannot be a message from the harness.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// Announced length above the reader's limit (at most [`MAX_FRAME`]).
    #[error("a reply of {0} bytes is larger than the judge accepts")]
    TooLarge(usize),
    /// Not JSON.
    #[error("a reply is not valid JSON: {0}")]
    NotJson(String),
}

impl FrameReader {
    /// Accept frames of at most `limit` bytes (never more than [`MAX_FRAME`]). A longer one is
    /// refused from its header, before any of it is held.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit.min(MAX_FRAME);
    }

    /// Add bytes read from the pipe.
    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes received that do not form a whole frame yet.
    pub fn pending(&self) -> usize {
        self.buf.len()
    }

    /// The next whole frame, if one has arrived.
    pub fn next_frame(&mut self) -> Result<Option<Value>, FrameError> {
        let Some(header) = self.buf.get(..4) else {
            return Ok(None);
        };
        let len = u32::from_le_bytes([header[0], header[1], header[2], header[3]]) as usize;
        if len > self.limit {
            return Err(FrameError::TooLarge(len));
        }
        if self.buf.len() < 4 + len {
            return Ok(None);
        }
        let value = serde_json::from_slice(&self.buf[4..4 + len])
            .map_err(|e| FrameError::NotJson(e.to_string()));
        self.buf.drain(..4 + len);
        value.map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn frames_survive_arbitrary_splits() {
        let a = encode(&json!({"type": "result", "seq": 1, "value": [1, 2]}));
        let b = encode(&json!({"type": "hello", "protocol": 1}));
        let all: Vec<u8> = a.iter().chain(&b).copied().collect();
        for split in 0..all.len() {
            let mut reader = FrameReader::default();
            let mut got = Vec::new();
            for part in [&all[..split], &all[split..]] {
                reader.push(part);
                while let Some(v) = reader.next_frame().expect("frame") {
                    got.push(v);
                }
            }
            assert_eq!(got.len(), 2, "split at {split}");
            assert_eq!(got[1]["type"], "hello");
        }
    }

    #[test]
    fn oversized_and_garbage_frames_are_errors() {
        let mut reader = FrameReader::default();
        reader.push(&u32::MAX.to_le_bytes());
        assert!(matches!(reader.next_frame(), Err(FrameError::TooLarge(_))));
        let mut reader = FrameReader::default();
        reader.push(&[3, 0, 0, 0, b'{', b'x', b'}']);
        assert!(matches!(reader.next_frame(), Err(FrameError::NotJson(_))));
        // A lowered cap refuses from the header alone, with only the header received.
        let mut reader = FrameReader::default();
        reader.set_limit(1000);
        reader.push(&1001u32.to_le_bytes());
        assert_eq!(reader.next_frame(), Err(FrameError::TooLarge(1001)));
    }

    #[test]
    fn every_request_has_its_replies_and_only_those() {
        for request in [
            "load", "run", "go", "input", "values", "gen", "validate", "check",
        ] {
            assert!(!replies_to(request).is_empty(), "{request}");
            assert!(!replies_to(request).contains(&"hello"), "{request}");
        }
        assert!(replies_to("hello").is_empty());
    }

    /// The `trees` helper is embedded as a raw string: it must not end it early, and every
    /// shape it offers must be a tree of the asked size and depth whose level-order encoding
    /// reads back to the same tree (`tests/harness/gen_trees_check.py`).
    #[test]
    fn the_tree_helper_offered_to_generators_builds_the_trees_it_names() {
        let source = include_str!("../harness/gen_trees.py");
        assert!(
            !source.contains("\'\'\'"),
            "gen_trees.py must not hold three single quotes"
        );
        let requested = std::env::var_os("ONSITE_PYTHON").map(std::path::PathBuf::from);
        let python = crate::Python::resolve(requested.as_deref(), None)
            .expect("a Python 3 interpreter is needed to run the judge's tests");
        let check = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/harness/gen_trees_check.py"
        );
        let script = "import sys\nexec(compile(sys.stdin.read(), 'trees.py', 'exec'), {})\n";
        let mut child = std::process::Command::new(&python.executable)
            .args(["-I", "-S", "-c", script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start python");
        let input = format!(
            "{source}\n{}",
            std::fs::read_to_string(check).expect("check script")
        );
        std::io::Write::write_all(child.stdin.as_mut().expect("stdin"), input.as_bytes())
            .expect("write");
        drop(child.stdin.take());
        let out = child.wait_with_output().expect("python ran");
        assert!(
            out.status.success() && out.stdout.starts_with(b"ok"),
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
