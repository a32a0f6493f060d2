//! Where onsite keeps the candidate's history: sessions of work, every judged attempt (with its
//! code and report), hints shown, study plans and mock interviews, in one SQLite file.
//!
//! Only this crate speaks SQL, and only through SQLite: once a connection may exist, nothing
//! opens the database file any other way (closing a plain descriptor of it would drop every
//! POSIX lock the process holds on it, SQLite's included, and another process would then
//! delete the write-ahead log under this one). One [`Store`] is one pool; a process opens it
//! once and shares it.
//!
//! Opening never harms the file:
//! - a file that is not a SQLite database, or a small one that fails `quick_check`, is
//!   reported and left untouched (see [`QUICK_CHECK_MAX_BYTES`] for why a large one is not
//!   scanned on every open);
//! - a database written by a newer onsite is refused, untouched;
//! - before migrating an older database, a copy is written beside it (`<file>.v<N>.bak`).
//!
//! Writes are transactions begun with `BEGIN IMMEDIATE` whose `COMMIT` is checked: a write
//! reports success only once SQLite said the commit succeeded (write-ahead log,
//! `synchronous = FULL`). A process killed at any point loses at most the write in progress.
//!
//! Every query is a constant in [`sql`]; a test runs `EXPLAIN QUERY PLAN` on each.

pub mod sql;
mod transfer;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use onsite_practice::{Attempt, Mode, Plan};
use onsite_types::{ComplexityClass, Verdict};
use serde::Serialize;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{Row, Sqlite, SqlitePool};

pub use transfer::{ImportSummary, EXPORT_FORMAT, EXPORT_VERSION};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The largest database `quick_check` runs on at every open.
///
/// SQLite in write-ahead mode with `synchronous = FULL` survives a killed process or a power
/// cut by design (the next open replays or ignores the log), so an unclean shutdown is no
/// reason to scan the file. What damages a history comes from outside SQLite: another program
/// writing it, a bad disk, a copy taken half-way. `quick_check` reads every page (0.35 s warm,
/// 2.6 s cold at 412 MB), so it runs at open only while it is cheap (a few milliseconds up to
/// this size); every read still meets SQLite's own page checks, and a damaged page found later
/// is reported the same way ([`StoreError::Corrupt`]). `onsite backup` runs the full
/// `integrity_check` on the copy it makes.
pub const QUICK_CHECK_MAX_BYTES: i64 = 16 << 20;

/// Below this much free space, a failed write or open is reported as a full disk.
const LOW_SPACE_BYTES: u64 = 1 << 20;

/// What went wrong with the store, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not a SQLite database.
    #[error("`{}` is not an onsite database (not SQLite); it was left untouched: move it away, or point --data-dir elsewhere", path.display())]
    NotADatabase {
        /// The file.
        path: PathBuf,
    },
    /// SQLite found the file damaged.
    #[error("`{}` is damaged ({detail}); it was left untouched: keep a copy, then try `sqlite3 {} .recover`, or move it away to start afresh", path.display(), path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What the check said.
        detail: String,
    },
    /// A write-ahead log beside the file does not belong to it (an older copy restored next to
    /// a newer log).
    #[error("`{}` does not match the write-ahead log beside it, `{}` (was an older copy of the database restored next to a newer log?); nothing was changed.\nhint: move `{}` and `{}` aside (keep them), then run onsite again; if the newer data mattered, put the newer onsite.db back instead", path.display(), wal.display(), wal.display(), shm.display())]
    StaleLog {
        /// The database.
        path: PathBuf,
        /// Its `-wal`.
        wal: PathBuf,
        /// Its `-shm`.
        shm: PathBuf,
    },
    /// The disk is full.
    #[error("no space left on the device holding `{}` while {what}; nothing of it was recorded.\nhint: free some space on that disk (onsite needs a few MB), then try again", path.display())]
    NoSpace {
        /// The database.
        path: PathBuf,
        /// What was being done.
        what: &'static str,
    },
    /// The file or its folder cannot be written.
    #[error("`{}` is read-only (the file, its folder or the disk) while {what}; nothing was recorded.\nhint: make it writable, or point --data-dir at a writable folder; read-only commands (stats, list, show, plan, review --list, export) still work", path.display())]
    ReadOnly {
        /// The database.
        path: PathBuf,
        /// What was being done.
        what: &'static str,
    },
    /// The database was written by a newer onsite.
    #[error("`{}` was written by a newer onsite (schema version {found}; this one knows up to {supported}); it was left untouched: upgrade onsite", path.display())]
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// The newest migration applied to it.
        found: i64,
        /// The newest this build knows.
        supported: i64,
    },
    /// The file could not be opened or created.
    #[error("cannot open the database `{}`", path.display())]
    Open {
        /// The file.
        path: PathBuf,
        /// Why.
        source: sqlx::Error,
    },
    /// Bringing the schema up to date failed (the backup named in the log has the old data).
    #[error("cannot update the database `{}` to this onsite's schema", path.display())]
    Migrate {
        /// The file.
        path: PathBuf,
        /// Why.
        source: sqlx::migrate::MigrateError,
    },
    /// A read or write failed.
    #[error("database error while {what}")]
    Query {
        /// What was being done.
        what: &'static str,
        /// Why.
        source: sqlx::Error,
    },
    /// A stored row holds something this build cannot read.
    #[error("a stored {what} cannot be read: {detail}")]
    Data {
        /// What kind of row.
        what: &'static str,
        /// What is wrong.
        detail: String,
    },
    /// A file to import or export could not be read or written.
    #[error("cannot {what} `{}`", path.display())]
    File {
        /// What was being done.
        what: &'static str,
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An export file holds something this build cannot import.
    #[error("`{}` line {line}: {detail}", path.display())]
    BadExport {
        /// The file.
        path: PathBuf,
        /// 1-based.
        line: usize,
        /// What is wrong.
        detail: String,
    },
    /// The history was opened read-only and a command tried to write.
    #[error("the history `{}` was opened read-only; this command cannot record anything", path.display())]
    OpenedReadOnly {
        /// The file.
        path: PathBuf,
    },
}

impl StoreError {
    /// Whether the disk is full.
    pub fn is_no_space(&self) -> bool {
        matches!(self, StoreError::NoSpace { .. })
    }
}

type Result<T> = std::result::Result<T, StoreError>;

/// SQLite's primary result codes that need their own words.
const SQLITE_READONLY: i64 = 8;
const SQLITE_IOERR: i64 = 10;
const SQLITE_CORRUPT: i64 = 11;
const SQLITE_FULL: i64 = 13;
const SQLITE_CANTOPEN: i64 = 14;
const SQLITE_NOTADB: i64 = 26;

/// Name what went wrong in the user's words: a full disk, a read-only place, a damaged file or
/// a log that does not belong to it; anything else as it came.
fn classify(path: &Path, what: &'static str, e: sqlx::Error) -> StoreError {
    let code = match &e {
        sqlx::Error::Database(db) => db.code().and_then(|c| c.parse::<i64>().ok()),
        _ => None,
    };
    let primary = code.map(|c| c & 0xff);
    let io = match &e {
        sqlx::Error::Io(io) => io.raw_os_error(),
        _ => None,
    };
    let dir = folder_of(path);
    if primary == Some(SQLITE_FULL) || io == Some(nix::libc::ENOSPC) {
        return StoreError::NoSpace {
            path: path.to_owned(),
            what,
        };
    }
    if primary == Some(SQLITE_READONLY)
        || io == Some(nix::libc::EROFS)
        || io == Some(nix::libc::EACCES)
    {
        return StoreError::ReadOnly {
            path: path.to_owned(),
            what,
        };
    }
    if matches!(primary, Some(SQLITE_CORRUPT) | Some(SQLITE_NOTADB)) {
        if log_beside(path) {
            let (wal, shm) = side_files(path);
            return StoreError::StaleLog {
                path: path.to_owned(),
                wal,
                shm,
            };
        }
        if primary == Some(SQLITE_NOTADB) {
            return StoreError::NotADatabase {
                path: path.to_owned(),
            };
        }
        let detail = match &e {
            sqlx::Error::Database(db) => db.message().to_owned(),
            other => other.to_string(),
        };
        return StoreError::Corrupt {
            path: path.to_owned(),
            detail,
        };
    }
    if matches!(primary, Some(SQLITE_IOERR) | Some(SQLITE_CANTOPEN)) || io.is_some() {
        if low_on_space(&dir) {
            return StoreError::NoSpace {
                path: path.to_owned(),
                what,
            };
        }
        if !writable(&dir) || (path.exists() && !writable(path)) {
            return StoreError::ReadOnly {
                path: path.to_owned(),
                what,
            };
        }
    }
    StoreError::Query { what, source: e }
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

fn side_files(path: &Path) -> (PathBuf, PathBuf) {
    let with = |suffix: &str| {
        let mut s = path.as_os_str().to_owned();
        s.push(suffix);
        PathBuf::from(s)
    };
    (with("-wal"), with("-shm"))
}

/// A non-empty write-ahead log beside the database (a `stat`: the file is never opened).
fn log_beside(path: &Path) -> bool {
    std::fs::metadata(side_files(path).0).is_ok_and(|m| m.len() > 0)
}

fn low_on_space(dir: &Path) -> bool {
    nix::sys::statvfs::statvfs(dir)
        .is_ok_and(|s| s.blocks_available().saturating_mul(s.fragment_size()) < LOW_SPACE_BYTES)
}

fn writable(path: &Path) -> bool {
    nix::unistd::access(path, nix::unistd::AccessFlags::W_OK).is_ok()
}

/// A stretch of work on one problem.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkSession {
    /// Id.
    pub id: i64,
    /// The problem.
    pub problem: String,
    /// How the work is done.
    pub mode: Mode,
    /// When it started.
    pub started_at: Timestamp,
    /// When the time runs out (timed practice and mock interviews).
    pub deadline: Option<Timestamp>,
    /// The file the candidate works in, when onsite wrote it.
    pub file: Option<String>,
}

impl WorkSession {
    /// A session just opened, with no deadline.
    fn started(id: i64, problem: &str, mode: Mode, at: Timestamp, file: Option<&str>) -> Self {
        WorkSession {
            id,
            problem: problem.to_owned(),
            mode,
            started_at: at,
            deadline: None,
            file: file.map(str::to_owned),
        }
    }
}

/// A submission to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAttempt {
    /// What the practice logic sees of it (`hints_used` is counted again when it is recorded).
    pub attempt: Attempt,
    /// The file name submitted.
    pub filename: String,
    /// The code.
    pub code: String,
    /// The full report, as JSON.
    pub report: String,
}

/// An attempt as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorded {
    /// Its id.
    pub id: i64,
    /// The hints its session had shown when it was recorded.
    pub hints_used: u32,
}

/// A stored attempt with its code and report.
#[derive(Debug, Clone, PartialEq)]
pub struct AttemptDetail {
    /// The attempt.
    pub attempt: Attempt,
    /// The file name submitted.
    pub filename: String,
    /// The code.
    pub code: String,
    /// The report, as JSON.
    pub report: String,
}

/// A finished mock interview.
#[derive(Debug, Clone, PartialEq)]
pub struct MockRecord {
    /// Id.
    pub id: i64,
    /// Its session.
    pub session: Option<i64>,
    /// The problem.
    pub problem: String,
    /// Start.
    pub started_at: Timestamp,
    /// End.
    pub ended_at: Timestamp,
    /// Its events, as JSON.
    pub events: String,
    /// Its report, as JSON.
    pub report: String,
}

/// One page of a problem's attempts, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct AttemptPage {
    /// The attempts on this page.
    pub attempts: Vec<Attempt>,
    /// All the problem's attempts.
    pub total: u64,
    /// Where the next page starts (`before` for the next call), if there is one.
    pub next_before: Option<i64>,
}

/// How a history is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reading and recording; creates and migrates the file.
    ReadWrite,
    /// Reading only: never writes, never creates (a missing file is an empty history), works
    /// on a read-only file, folder or disk.
    ReadOnly,
}

/// The candidate's history.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    /// Every attempt read so far, in id order: attempts are only ever added (with growing
    /// ids), so a later read asks SQLite only for those after the last one held. A server
    /// replays its whole history from memory; a CLI command reads it once.
    seen: std::sync::Arc<tokio::sync::Mutex<Vec<Attempt>>>,
    path: PathBuf,
    access: Access,
}

fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

fn from_ms(v: i64, what: &'static str) -> Result<Timestamp> {
    Timestamp::from_millisecond(v).map_err(|e| StoreError::Data {
        what,
        detail: e.to_string(),
    })
}

/// The newest schema version this build knows.
pub fn schema_version() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

impl Store {
    /// Open (creating when missing) the database at `path` for reading and recording, and
    /// bring its schema up to date. A read-only or full disk is found here, before any work
    /// that would be lost.
    pub async fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, Access::ReadWrite).await
    }

    /// Open the database at `path` as `access` says.
    pub async fn open_with(path: &Path, access: Access) -> Result<Store> {
        let open_err = |what| move |e| classify(path, what, e);
        let exists = path.exists();
        if !exists && access == Access::ReadOnly {
            let mut store = Store::in_memory().await?;
            store.path = path.to_owned();
            store.access = Access::ReadOnly;
            return Ok(store);
        }
        let found_version = if exists { inspect(path).await? } else { 0 };
        if found_version > schema_version() {
            return Err(StoreError::NewerSchema {
                path: path.to_owned(),
                found: found_version,
                supported: schema_version(),
            });
        }
        let base = SqliteConnectOptions::new()
            .filename(path)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        // Connections live as long as the store: the last one closing folds the log into the
        // file and deletes it, which must happen once, at the end.
        let pool_options = || {
            SqlitePoolOptions::new()
                .max_connections(4)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
        };
        if access == Access::ReadOnly {
            let plain = match pool_options()
                .connect_with(base.clone().read_only(true))
                .await
            {
                // Reading needs SQLite's shared-memory file; on a read-only folder or disk it
                // may be impossible to make, which the first read finds.
                Ok(pool) => match sqlx::query(sql::COUNT_TABLES).fetch_one(&pool).await {
                    Ok(_) => Ok(pool),
                    Err(e) => {
                        pool.close().await;
                        Err(e)
                    }
                },
                Err(e) => Err(e),
            };
            let pool = match plain {
                Ok(pool) => pool,
                Err(e) => {
                    // A read-only folder where SQLite cannot make its shared-memory file:
                    // read the file as it is (what a log beside it holds is not seen).
                    tracing::debug!(error = %e, "reading the history as an immutable file");
                    pool_options()
                        .connect_with(base.read_only(true).immutable(true))
                        .await
                        .map_err(open_err("opening the history read-only"))?
                }
            };
            return Ok(Store {
                pool,
                seen: Default::default(),
                path: path.to_owned(),
                access,
            });
        }
        let dir = folder_of(path);
        std::fs::create_dir_all(&dir)
            .map_err(|e| classify(path, "creating the history's folder", sqlx::Error::Io(e)))?;
        // SQLite opens a file it cannot write read-only without a word, and a first write may
        // come after judging: ask the file system now (its side files need the folder too).
        if !writable(&dir) || (exists && !writable(path)) {
            return Err(StoreError::ReadOnly {
                path: path.to_owned(),
                what: "opening the history",
            });
        }
        let pool = pool_options()
            .connect_with(
                base.create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full),
            )
            .await
            .map_err(open_err("opening the history"))?;
        let store = Store {
            pool,
            seen: Default::default(),
            path: path.to_owned(),
            access,
        };
        // Can it be written at all? Found now, not after judging.
        let tx = store.begin("opening the history").await?;
        tx.rollback().await;
        if found_version > 0 && found_version < schema_version() {
            let backup = path.with_extension(format!("v{found_version}.bak"));
            sqlx::query(sql::VACUUM_INTO)
                .bind(backup.to_string_lossy().into_owned())
                .execute(&store.pool)
                .await
                .map_err(open_err("copying the history before its schema update"))?;
            tracing::info!(backup = %backup.display(), "database copied before its schema update");
        }
        if let Err(source) = MIGRATOR.run(&store.pool).await {
            // Another process (the CLI beside the server, say) may have migrated the same new
            // file at the same moment: that is success, not failure.
            if applied_version(&store.pool).await.ok() != Some(schema_version()) {
                if let sqlx::migrate::MigrateError::Execute(e) = source {
                    return Err(classify(path, "updating the history's schema", e));
                }
                return Err(StoreError::Migrate {
                    path: path.to_owned(),
                    source,
                });
            }
            tracing::debug!(error = %source, "the schema was brought up to date by another process");
        }
        Ok(store)
    }

    /// A private database in memory (tests, and runs that must not keep anything).
    pub async fn in_memory() -> Result<Store> {
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(
                SqliteConnectOptions::from_str("sqlite::memory:")
                    .map_err(query_err("opening a database in memory"))?
                    .foreign_keys(true),
            )
            .await
            .map_err(query_err("opening a database in memory"))?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|source| StoreError::Migrate {
                path: PathBuf::from(":memory:"),
                source,
            })?;
        Ok(Store {
            pool,
            seen: Default::default(),
            path: PathBuf::from(":memory:"),
            access: Access::ReadWrite,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How it was opened.
    pub fn access(&self) -> Access {
        self.access
    }

    /// Close the database: fold the write-ahead log into the file, then close every
    /// connection. (Skipping it loses nothing: the log is replayed on the next open.)
    pub async fn close(self) {
        if self.access == Access::ReadWrite {
            if let Err(e) = sqlx::query(sql::CHECKPOINT).execute(&self.pool).await {
                tracing::debug!(error = %e, "checkpoint on close failed; the log stays for the next open");
            }
        }
        self.pool.close().await;
    }

    fn err(&self, what: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError + '_ {
        move |e| classify(&self.path, what, e)
    }

    /// A write transaction: `BEGIN IMMEDIATE` takes the write lock at once (waiting for it up
    /// to the busy timeout), so what is read inside it is still true at `COMMIT`.
    async fn begin(&self, what: &'static str) -> Result<WriteTx> {
        if self.access == Access::ReadOnly {
            return Err(StoreError::OpenedReadOnly {
                path: self.path.clone(),
            });
        }
        let mut conn = self.pool.acquire().await.map_err(self.err(what))?;
        sqlx::query(sql::BEGIN_IMMEDIATE)
            .execute(&mut *conn)
            .await
            .map_err(self.err(what))?;
        Ok(WriteTx { conn, done: false })
    }

    /// Commit, and say whether it happened: only then is anything reported as recorded. A
    /// failed commit (a full disk) is rolled back, and the connection is not reused.
    async fn commit(&self, mut tx: WriteTx, what: &'static str) -> Result<()> {
        match sqlx::query(sql::COMMIT).execute(&mut *tx.conn).await {
            Ok(_) => {
                tx.done = true;
                Ok(())
            }
            Err(e) => {
                tx.rollback().await;
                Err(classify(&self.path, what, e))
            }
        }
    }

    /// Open a session of work; returns its id.
    pub async fn start_session(
        &self,
        problem: &str,
        mode: Mode,
        at: Timestamp,
        deadline: Option<Timestamp>,
        file: Option<&str>,
    ) -> Result<i64> {
        const WHAT: &str = "opening a session";
        let mut tx = self.begin(WHAT).await?;
        let id = insert_session(&mut tx, problem, mode, at, deadline, file)
            .await
            .map_err(self.err(WHAT))?;
        self.commit(tx, WHAT).await?;
        Ok(id)
    }

    /// The session work on `problem` at `now` belongs to, found or opened in one write
    /// transaction (so that commands starting at once share one): the problem's latest
    /// session while it is younger than `span`, or a new practice session starting now. The
    /// flag says whether an existing session was found (a new one's start says nothing about
    /// time spent).
    pub async fn current_session(
        &self,
        problem: &str,
        now: Timestamp,
        span: SignedDuration,
        file: Option<&str>,
    ) -> Result<(WorkSession, bool)> {
        const WHAT: &str = "opening a session";
        let mut tx = self.begin(WHAT).await?;
        let found = current_in(&mut tx, problem, now, span)
            .await
            .map_err(self.err(WHAT))?;
        let (session, known) = match found {
            Some(r) => (session_from(&r)?, true),
            None => {
                let id = insert_session(&mut tx, problem, Mode::Practice, now, None, file)
                    .await
                    .map_err(self.err(WHAT))?;
                (
                    WorkSession::started(id, problem, Mode::Practice, now, file),
                    false,
                )
            }
        };
        self.commit(tx, WHAT).await?;
        Ok((session, known))
    }

    /// A review session on `problem`: the running one (younger than `span`) if it is a review,
    /// else a new one starting now; in one write transaction.
    pub async fn review_session(
        &self,
        problem: &str,
        now: Timestamp,
        span: SignedDuration,
    ) -> Result<WorkSession> {
        const WHAT: &str = "opening a review session";
        let mut tx = self.begin(WHAT).await?;
        let found = current_in(&mut tx, problem, now, span)
            .await
            .map_err(self.err(WHAT))?
            .map(|r| session_from(&r))
            .transpose()?;
        let session = match found {
            Some(s) if s.mode == Mode::Review => s,
            _ => {
                let id = insert_session(&mut tx, problem, Mode::Review, now, None, None)
                    .await
                    .map_err(self.err(WHAT))?;
                WorkSession::started(id, problem, Mode::Review, now, None)
            }
        };
        self.commit(tx, WHAT).await?;
        Ok(session)
    }

    /// The latest session on a problem, if any.
    pub async fn latest_session(&self, problem: &str) -> Result<Option<WorkSession>> {
        let row = sqlx::query(sql::LATEST_SESSION)
            .bind(problem)
            .fetch_optional(&self.pool)
            .await
            .map_err(self.err("reading sessions"))?;
        row.map(|r| session_from(&r)).transpose()
    }

    /// A session by id.
    pub async fn session(&self, id: i64) -> Result<Option<WorkSession>> {
        let row = sqlx::query(sql::SESSION)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(self.err("reading sessions"))?;
        row.map(|r| session_from(&r)).transpose()
    }

    /// Record a judged submission in one transaction whose commit is checked. The hints used
    /// are those of its session at this moment (a hint shown while it was judged counts).
    pub async fn record_attempt(&self, new: &NewAttempt) -> Result<Recorded> {
        const WHAT: &str = "recording an attempt";
        let a = &new.attempt;
        let mut tx = self.begin(WHAT).await?;
        let hints_used = match a.session {
            Some(s) => {
                let shown: i64 = sqlx::query_scalar(sql::HINTS_IN_SESSION)
                    .bind(s)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(self.err(WHAT))?;
                u32::try_from(shown).unwrap_or(0).max(a.hints_used)
            }
            None => a.hints_used,
        };
        let done = sqlx::query(sql::INSERT_ATTEMPT)
            .bind(a.session)
            .bind(&a.problem)
            .bind(&a.follow_up)
            .bind(a.mode.as_str())
            .bind(a.started_at.map(ms))
            .bind(ms(a.submitted_at))
            .bind(a.verdict.as_str())
            .bind(a.passed)
            .bind(a.total)
            .bind(hints_used)
            .bind(a.score.map(i64::from))
            .bind(a.complexity.map(|c| c.as_str()))
            .bind(a.meets_target)
            .bind(&new.filename)
            .bind(&new.code)
            .bind(&new.report)
            .execute(&mut *tx)
            .await
            .map_err(self.err(WHAT))?;
        let id = done.last_insert_rowid();
        self.commit(tx, WHAT).await?;
        Ok(Recorded { id, hints_used })
    }

    /// Every attempt, oldest first (without code and report): the review schedule, mastery and
    /// statistics are replayed from them.
    pub async fn attempts(&self) -> Result<Vec<Attempt>> {
        let mut seen = self.seen.lock().await;
        let after = seen.last().map_or(0, |a| a.id);
        let json: String = sqlx::query_scalar(sql::ATTEMPTS_AFTER)
            .bind(after)
            .fetch_one(&self.pool)
            .await
            .map_err(self.err("reading attempts"))?;
        let rows: Vec<AttemptColumns> =
            serde_json::from_str(&json).map_err(|e| StoreError::Data {
                what: "attempt",
                detail: e.to_string(),
            })?;
        let mut new = rows
            .into_iter()
            .map(AttemptColumns::into_attempt)
            .collect::<Result<Vec<_>>>()?;
        new.sort_by_key(|a| a.id);
        seen.extend(new);
        Ok(seen.clone())
    }

    /// A problem's attempts (follow-ups included), oldest first.
    pub async fn attempts_on(&self, problem: &str) -> Result<Vec<Attempt>> {
        self.attempt_list(
            sqlx::query(sql::ATTEMPTS_ON_PROBLEM).bind(problem),
            "reading a problem's attempts",
        )
        .await
    }

    /// A session's attempts on one target (`follow_up` none: the problem itself), oldest first.
    pub async fn attempts_in_session(
        &self,
        session: i64,
        follow_up: Option<&str>,
    ) -> Result<Vec<Attempt>> {
        self.attempt_list(
            sqlx::query(sql::ATTEMPTS_IN_SESSION)
                .bind(session)
                .bind(follow_up),
            "reading a session's attempts",
        )
        .await
    }

    /// Attempts submitted in `[from, to)`, oldest first.
    pub async fn attempts_between(&self, from: Timestamp, to: Timestamp) -> Result<Vec<Attempt>> {
        self.attempt_list(
            sqlx::query(sql::ATTEMPTS_BETWEEN)
                .bind(ms(from))
                .bind(ms(to)),
            "reading attempts",
        )
        .await
    }

    /// A page of a problem's attempts, newest first: at most `limit`, older than the attempt
    /// `before` when given.
    pub async fn attempt_page(
        &self,
        problem: &str,
        before: Option<i64>,
        limit: u32,
    ) -> Result<AttemptPage> {
        let limit = limit.max(1);
        let mut attempts = self
            .attempt_list(
                sqlx::query(sql::ATTEMPT_PAGE)
                    .bind(problem)
                    .bind(before.unwrap_or(i64::MAX))
                    .bind(i64::from(limit) + 1),
                "reading a problem's attempts",
            )
            .await?;
        let more = attempts.len() > limit as usize;
        attempts.truncate(limit as usize);
        let total: i64 = sqlx::query_scalar(sql::COUNT_ON_PROBLEM)
            .bind(problem)
            .fetch_one(&self.pool)
            .await
            .map_err(self.err("counting a problem's attempts"))?;
        let next_before = if more {
            attempts.last().map(|a| a.id)
        } else {
            None
        };
        Ok(AttemptPage {
            attempts,
            total: u64::try_from(total).unwrap_or(0),
            next_before,
        })
    }

    /// Whether the problem itself (not a follow-up) was ever accepted.
    pub async fn solved(&self, problem: &str) -> Result<bool> {
        let found = sqlx::query(sql::SOLVED)
            .bind(problem)
            .bind(Verdict::Accepted.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(self.err("reading a problem's attempts"))?;
        Ok(found.is_some())
    }

    async fn attempt_list<'q>(
        &self,
        query: sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
        what: &'static str,
    ) -> Result<Vec<Attempt>> {
        // Row by row: a whole history is never held twice (rows, then attempts).
        use futures_util::TryStreamExt;
        let mut rows = query.fetch(&self.pool);
        let mut out = Vec::new();
        while let Some(row) = rows.try_next().await.map_err(self.err(what))? {
            out.push(attempt_from(&row)?);
        }
        Ok(out)
    }

    /// One attempt with its code and report.
    pub async fn attempt_detail(&self, id: i64) -> Result<Option<AttemptDetail>> {
        let row = sqlx::query(sql::ATTEMPT_DETAIL)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(self.err("reading an attempt"))?;
        row.map(|r| {
            Ok(AttemptDetail {
                attempt: attempt_from(&r)?,
                filename: r.get("filename"),
                code: r.get("code"),
                report: r.get("report"),
            })
        })
        .transpose()
    }

    /// Show the next hint on `problem` at `now`: in one write transaction, find (or open) the
    /// current session as [`Store::current_session`] does and record hint number `shown + 1`
    /// there, unless all `total` were shown. Returns the session and the number recorded.
    pub async fn record_next_hint(
        &self,
        problem: &str,
        now: Timestamp,
        span: SignedDuration,
        total: u32,
    ) -> Result<(i64, Option<u32>)> {
        const WHAT: &str = "recording a hint";
        let mut tx = self.begin(WHAT).await?;
        let session = match current_in(&mut tx, problem, now, span)
            .await
            .map_err(self.err(WHAT))?
        {
            Some(r) => r.get::<i64, _>("id"),
            None => insert_session(&mut tx, problem, Mode::Practice, now, None, None)
                .await
                .map_err(self.err(WHAT))?,
        };
        let shown: i64 = sqlx::query_scalar(sql::HINTS_IN_SESSION)
            .bind(session)
            .fetch_one(&mut *tx)
            .await
            .map_err(self.err(WHAT))?;
        let shown = u32::try_from(shown).unwrap_or(0);
        let number = if shown < total {
            sqlx::query(sql::INSERT_HINT)
                .bind(session)
                .bind(problem)
                .bind(shown + 1)
                .bind(ms(now))
                .execute(&mut *tx)
                .await
                .map_err(self.err(WHAT))?;
            Some(shown + 1)
        } else {
            None
        };
        self.commit(tx, WHAT).await?;
        Ok((session, number))
    }

    /// Record a hint shown in a session.
    pub async fn record_hint(
        &self,
        session: i64,
        problem: &str,
        number: u32,
        at: Timestamp,
    ) -> Result<()> {
        const WHAT: &str = "recording a hint";
        let mut tx = self.begin(WHAT).await?;
        sqlx::query(sql::INSERT_HINT)
            .bind(session)
            .bind(problem)
            .bind(number)
            .bind(ms(at))
            .execute(&mut *tx)
            .await
            .map_err(self.err(WHAT))?;
        self.commit(tx, WHAT).await
    }

    /// The most hints shown in a session (hint numbers start at 1).
    pub async fn hints_in_session(&self, session: i64) -> Result<u32> {
        let shown: i64 = sqlx::query_scalar(sql::HINTS_IN_SESSION)
            .bind(session)
            .fetch_one(&self.pool)
            .await
            .map_err(self.err("reading hints"))?;
        Ok(u32::try_from(shown).unwrap_or(0))
    }

    /// Make `plan` the active plan, started on `started`; returns its id.
    pub async fn set_plan(&self, plan: &Plan, started: Date, at: Timestamp) -> Result<i64> {
        const WHAT: &str = "saving a plan";
        let json = serde_json::to_string(plan).map_err(|e| StoreError::Data {
            what: "plan",
            detail: e.to_string(),
        })?;
        let mut tx = self.begin(WHAT).await?;
        sqlx::query(sql::DEACTIVATE_PLANS)
            .execute(&mut *tx)
            .await
            .map_err(self.err(WHAT))?;
        let done = sqlx::query(sql::INSERT_PLAN)
            .bind(&plan.name)
            .bind(json)
            .bind(started.to_string())
            .bind(ms(at))
            .bind(true)
            .execute(&mut *tx)
            .await
            .map_err(self.err(WHAT))?;
        let id = done.last_insert_rowid();
        self.commit(tx, WHAT).await?;
        Ok(id)
    }

    /// The active plan and the day it started.
    pub async fn active_plan(&self) -> Result<Option<(Plan, Date)>> {
        let row = sqlx::query(sql::ACTIVE_PLAN)
            .fetch_optional(&self.pool)
            .await
            .map_err(self.err("reading the plan"))?;
        let Some(row) = row else { return Ok(None) };
        let bad = |detail: String| StoreError::Data {
            what: "plan",
            detail,
        };
        let plan: Plan = serde_json::from_str(row.get("plan")).map_err(|e| bad(e.to_string()))?;
        let started: Date = row
            .get::<String, _>("started_on")
            .parse()
            .map_err(|e: jiff::Error| bad(e.to_string()))?;
        Ok(Some((plan, started)))
    }

    /// Record a finished mock interview; returns its id.
    pub async fn record_mock(&self, mock: &MockRecord) -> Result<i64> {
        const WHAT: &str = "recording a mock interview";
        let mut tx = self.begin(WHAT).await?;
        let done = sqlx::query(sql::INSERT_MOCK)
            .bind(mock.session)
            .bind(&mock.problem)
            .bind(ms(mock.started_at))
            .bind(ms(mock.ended_at))
            .bind(&mock.events)
            .bind(&mock.report)
            .execute(&mut *tx)
            .await
            .map_err(self.err(WHAT))?;
        let id = done.last_insert_rowid();
        self.commit(tx, WHAT).await?;
        Ok(id)
    }

    /// How many mock interviews were finished.
    pub async fn mock_count(&self) -> Result<u32> {
        let n: i64 = sqlx::query_scalar(sql::COUNT_MOCKS)
            .fetch_one(&self.pool)
            .await
            .map_err(self.err("counting mock interviews"))?;
        Ok(u32::try_from(n).unwrap_or(0))
    }

    /// Every finished mock interview, oldest first.
    pub async fn mocks(&self) -> Result<Vec<MockRecord>> {
        let rows = sqlx::query(sql::ALL_MOCKS)
            .fetch_all(&self.pool)
            .await
            .map_err(self.err("reading mock interviews"))?;
        rows.iter().map(mock_from).collect()
    }

    /// Copy the whole history into a new file `to`, consistent at one moment, while others
    /// keep writing (`VACUUM INTO` reads in one transaction); then check the copy with
    /// `integrity_check`. `to` must not exist.
    pub async fn backup(&self, to: &Path) -> Result<()> {
        if to.exists() {
            return Err(StoreError::File {
                what: "back up into",
                path: to.to_owned(),
                source: std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "the file exists; choose a new name",
                ),
            });
        }
        sqlx::query(sql::VACUUM_INTO)
            .bind(to.to_string_lossy().into_owned())
            .execute(&self.pool)
            .await
            .map_err(|e| classify(to, "writing the backup", e))?;
        let copy = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(SqliteConnectOptions::new().filename(to).read_only(true))
            .await
            .map_err(|e| classify(to, "checking the backup", e))?;
        let verdicts: Vec<String> = sqlx::query_scalar(sql::INTEGRITY_CHECK)
            .fetch_all(&copy)
            .await
            .map_err(|e| classify(to, "checking the backup", e))?;
        copy.close().await;
        if verdicts != ["ok"] {
            return Err(StoreError::Corrupt {
                path: to.to_owned(),
                detail: verdicts.join("; "),
            });
        }
        Ok(())
    }
}

/// A write transaction on one connection of the pool. Dropped without a successful commit (an
/// error on the way), its connection is closed rather than returned: SQLite rolls back what
/// it had not committed, and no later write finds a transaction half-open.
struct WriteTx {
    conn: sqlx::pool::PoolConnection<Sqlite>,
    done: bool,
}

impl WriteTx {
    /// Roll back; the connection goes back to the pool only when that worked.
    async fn rollback(mut self) {
        if sqlx::query(sql::ROLLBACK)
            .execute(&mut *self.conn)
            .await
            .is_ok()
        {
            self.done = true;
        }
    }
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::SqliteConnection;
    fn deref(&self) -> &Self::Target {
        &self.conn
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.conn
    }
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        if !self.done {
            self.conn.close_on_drop();
        }
    }
}

async fn insert_session(
    tx: &mut WriteTx,
    problem: &str,
    mode: Mode,
    at: Timestamp,
    deadline: Option<Timestamp>,
    file: Option<&str>,
) -> std::result::Result<i64, sqlx::Error> {
    let done = sqlx::query(sql::INSERT_SESSION)
        .bind(problem)
        .bind(mode.as_str())
        .bind(ms(at))
        .bind(deadline.map(ms))
        .bind(file)
        .execute(&mut **tx)
        .await?;
    Ok(done.last_insert_rowid())
}

/// The problem's latest session, if it started no later than `now` and less than `span` ago.
async fn current_in(
    tx: &mut WriteTx,
    problem: &str,
    now: Timestamp,
    span: SignedDuration,
) -> std::result::Result<Option<SqliteRow>, sqlx::Error> {
    let row = sqlx::query(sql::LATEST_SESSION)
        .bind(problem)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.filter(|r| {
        let started: i64 = r.get("started_at");
        let age = ms(now) - started;
        started <= ms(now) && age < span.as_millis() as i64
    }))
}

fn query_err(what: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError {
    move |source| StoreError::Query { what, source }
}

fn session_from(r: &SqliteRow) -> Result<WorkSession> {
    let mode: String = r.get("mode");
    Ok(WorkSession {
        id: r.get("id"),
        problem: r.get("problem"),
        mode: Mode::parse(&mode).ok_or_else(|| StoreError::Data {
            what: "session",
            detail: format!("unknown mode `{mode}`"),
        })?,
        started_at: from_ms(r.get("started_at"), "session")?,
        deadline: r
            .get::<Option<i64>, _>("deadline")
            .map(|d| from_ms(d, "session"))
            .transpose()?,
        file: r.get("file"),
    })
}

fn mock_from(r: &SqliteRow) -> Result<MockRecord> {
    Ok(MockRecord {
        id: r.get("id"),
        session: r.get("session_id"),
        problem: r.get("problem"),
        started_at: from_ms(r.get("started_at"), "mock interview")?,
        ended_at: from_ms(r.get("ended_at"), "mock interview")?,
        events: r.get("events"),
        report: r.get("report"),
    })
}

/// The columns of an attempt as stored (`sql::attempt_columns!`, in that order), before they
/// are checked: from a row, or from one element of the JSON array [`sql::ATTEMPTS_AFTER`]
/// returns.
#[derive(serde::Deserialize)]
struct AttemptColumns(
    i64,
    Option<i64>,
    String,
    Option<String>,
    String,
    Option<i64>,
    i64,
    String,
    u32,
    u32,
    u32,
    Option<i64>,
    Option<String>,
    Option<i64>,
);

impl AttemptColumns {
    fn from_row(r: &SqliteRow) -> AttemptColumns {
        AttemptColumns(
            r.get("id"),
            r.get("session_id"),
            r.get("problem"),
            r.get("follow_up"),
            r.get("mode"),
            r.get("started_at"),
            r.get("submitted_at"),
            r.get("verdict"),
            r.get("passed"),
            r.get("total"),
            r.get("hints_used"),
            r.get("score"),
            r.get("complexity"),
            r.get::<Option<bool>, _>("meets_target").map(i64::from),
        )
    }

    fn into_attempt(self) -> Result<Attempt> {
        let bad = |detail: String| StoreError::Data {
            what: "attempt",
            detail,
        };
        let AttemptColumns(
            id,
            session,
            problem,
            follow_up,
            mode,
            started_at,
            submitted_at,
            verdict,
            passed,
            total,
            hints_used,
            score,
            complexity,
            meets_target,
        ) = self;
        Ok(Attempt {
            id,
            session,
            problem,
            follow_up,
            mode: Mode::parse(&mode).ok_or_else(|| bad(format!("unknown mode `{mode}`")))?,
            started_at: started_at.map(|t| from_ms(t, "attempt")).transpose()?,
            submitted_at: from_ms(submitted_at, "attempt")?,
            verdict: Verdict::from_str(&verdict).map_err(|e| bad(e.to_string()))?,
            passed,
            total,
            hints_used,
            score: score.map(|s| u8::try_from(s.clamp(0, 100)).unwrap_or(0)),
            complexity: complexity
                .map(|c| ComplexityClass::from_str(&c).map_err(|e| bad(e.to_string())))
                .transpose()?,
            meets_target: meets_target.map(|m| m != 0),
        })
    }
}

fn attempt_from(r: &SqliteRow) -> Result<Attempt> {
    AttemptColumns::from_row(r).into_attempt()
}

/// Look at an existing database before anything writes, through a read-only SQLite connection
/// (immutable when no log is beside it, so that not even SQLite's side files are made): is it
/// SQLite, is a small one intact, which schema version. Returns the version (0: empty file).
async fn inspect(path: &Path) -> Result<i64> {
    // Immutable (no locks, no side files) only with no log at all: a log, even an empty one,
    // means someone may be writing.
    let immutable = !side_files(path).0.exists();
    let checked = look_at(path, immutable).await;
    match checked {
        // A log beside a file on a read-only disk: SQLite cannot make its shared memory there,
        // so the file is read as it is.
        Err(StoreError::ReadOnly { .. }) if !immutable && !writable(&folder_of(path)) => {
            look_at(path, true).await
        }
        // A writer may have started between the look for a log and the read: look again, as
        // a reader among writers.
        Err(StoreError::Corrupt { .. } | StoreError::StaleLog { .. }) if immutable => {
            look_at(path, false).await
        }
        other => other,
    }
}

async fn look_at(path: &Path, immutable: bool) -> Result<i64> {
    let look = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(
            SqliteConnectOptions::new()
                .filename(path)
                .read_only(true)
                .immutable(immutable)
                .busy_timeout(Duration::from_secs(10)),
        )
        .await
        .map_err(|e| classify(path, "opening the history", e))?;
    let checked = inspect_with(&look, path).await;
    look.close().await;
    checked
}

async fn inspect_with(pool: &SqlitePool, path: &Path) -> Result<i64> {
    let look_err = |e| classify(path, "reading the history's schema", e);
    // Reading the schema reads the header and the first page: SQLite says "not a database"
    // here for any other file.
    let tables: i64 = sqlx::query_scalar(sql::COUNT_TABLES)
        .fetch_one(pool)
        .await
        .map_err(look_err)?;
    let size: i64 = sqlx::query_scalar(sql::DATABASE_BYTES)
        .fetch_one(pool)
        .await
        .map_err(look_err)?;
    if size <= QUICK_CHECK_MAX_BYTES {
        let verdicts: Vec<String> = sqlx::query_scalar(sql::QUICK_CHECK)
            .fetch_all(pool)
            .await
            .map_err(look_err)?;
        if verdicts != ["ok"] {
            if log_beside(path) {
                let (wal, shm) = side_files(path);
                return Err(StoreError::StaleLog {
                    path: path.to_owned(),
                    wal,
                    shm,
                });
            }
            return Err(StoreError::Corrupt {
                path: path.to_owned(),
                detail: verdicts.join("; "),
            });
        }
    }
    let has_migrations = sqlx::query(sql::HAS_MIGRATIONS)
        .fetch_optional(pool)
        .await
        .map_err(look_err)?
        .is_some();
    if !has_migrations {
        if tables > 0 {
            return Err(StoreError::NotADatabase {
                path: path.to_owned(),
            });
        }
        return Ok(0);
    }
    applied_version(pool).await.map_err(look_err)
}

/// The newest migration applied successfully (0 for none).
async fn applied_version(pool: &SqlitePool) -> std::result::Result<i64, sqlx::Error> {
    let version: Option<i64> = sqlx::query_scalar(sql::APPLIED_VERSION)
        .fetch_one(pool)
        .await?;
    Ok(version.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime")
    }

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    /// The data files of a folder with their contents: "untouched" means this does not change.
    /// The shared-memory index (`-shm`) is SQLite's scratch space, rebuilt on every open, and
    /// an empty write-ahead log holds nothing; neither is data.
    fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .expect("ls")
            .map(|e| {
                let e = e.expect("entry");
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).expect("read"),
                )
            })
            .filter(|(name, bytes)| {
                let scratch = name.ends_with("-shm");
                let empty_log = name.ends_with("-wal") && bytes.is_empty();
                !scratch && !empty_log
            })
            .collect();
        out.sort();
        out
    }

    fn names(files: &[(String, Vec<u8>)]) -> Vec<(&str, usize)> {
        files.iter().map(|(n, b)| (n.as_str(), b.len())).collect()
    }

    /// Record `n` accepted attempts on two-sum.
    async fn record_accepted(store: &Store, n: usize) {
        for _ in 0..n {
            store
                .record_attempt(&new_attempt("two-sum", None, Verdict::Accepted))
                .await
                .expect("recorded");
        }
    }

    fn new_attempt(problem: &str, session: Option<i64>, verdict: Verdict) -> NewAttempt {
        NewAttempt {
            attempt: Attempt {
                id: 0,
                session,
                problem: problem.to_owned(),
                follow_up: None,
                mode: Mode::Practice,
                started_at: Some(at("2026-03-01T09:00:00Z")),
                submitted_at: at("2026-03-01T09:12:00Z"),
                verdict,
                passed: 7,
                total: 40,
                hints_used: 1,
                score: Some(64),
                complexity: Some(ComplexityClass::Quadratic),
                meets_target: Some(false),
            },
            filename: "two_sum.py".into(),
            code: "def twoSum(nums, target):\n    pass\n".into(),
            report: "{\"verdict\":\"wrong_answer\"}".into(),
        }
    }

    #[test]
    fn history_survives_reopening() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("nested/onsite.db");
        rt().block_on(async {
            let store = Store::open(&path).await.expect("created");
            let s = store
                .start_session(
                    "two-sum",
                    Mode::Timed,
                    at("2026-03-01T09:00:00Z"),
                    Some(at("2026-03-01T09:25:00Z")),
                    Some("two_sum.py"),
                )
                .await
                .expect("session");
            store
                .record_hint(s, "two-sum", 1, at("2026-03-01T09:05:00Z"))
                .await
                .expect("hint");
            let id = store
                .record_attempt(&new_attempt("two-sum", Some(s), Verdict::WrongAnswer))
                .await
                .expect("recorded")
                .id;
            assert!(id > 0);
            store.close().await;

            let store = Store::open(&path).await.expect("reopened");
            let attempts = store.attempts().await.expect("read");
            let mut want = new_attempt("two-sum", Some(s), Verdict::WrongAnswer).attempt;
            want.id = id;
            assert_eq!(attempts, [want]);
            let detail = store
                .attempt_detail(id)
                .await
                .expect("read")
                .expect("there");
            assert!(detail.code.contains("twoSum"));
            assert_eq!(store.hints_in_session(s).await.expect("hints"), 1);
            let session = store
                .latest_session("two-sum")
                .await
                .expect("read")
                .expect("there");
            assert_eq!((session.id, session.mode), (s, Mode::Timed));
            assert_eq!(session.deadline, Some(at("2026-03-01T09:25:00Z")));
            assert!(store
                .latest_session("coin-change")
                .await
                .expect("read")
                .is_none());
        });
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_refused_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("onsite.db");
        std::fs::write(&path, b"my notes, not a database\n").expect("write");
        let err = rt().block_on(Store::open(&path)).expect_err("refused");
        assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
        assert!(err.to_string().contains("onsite.db"), "{err}");
        let after = snapshot(dir.path());
        assert_eq!(
            names(&after),
            [("onsite.db", 25)],
            "nothing written, no -wal or -shm made"
        );
        assert!(after[0].1 == b"my notes, not a database\n");
    }

    #[test]
    fn a_damaged_database_is_refused_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("onsite.db");
        rt().block_on(async {
            let store = Store::open(&path).await.expect("created");
            record_accepted(&store, 200).await;
            store.close().await;
        });
        // Scribble over the middle pages, keeping the header.
        let mut bytes = std::fs::read(&path).expect("read");
        assert!(bytes.len() > 3 * 4096, "{}", bytes.len());
        for b in &mut bytes[4096..3 * 4096] {
            *b = 0x5a;
        }
        std::fs::write(&path, &bytes).expect("write");
        let before = snapshot(dir.path());
        let err = rt().block_on(Store::open(&path)).expect_err("refused");
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
        let after = snapshot(dir.path());
        assert!(
            before == after,
            "left as it was: {:?} -> {:?}",
            names(&before),
            names(&after)
        );
    }

    #[test]
    fn a_newer_schema_is_refused_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("onsite.db");
        rt().block_on(async {
            let store = Store::open(&path).await.expect("created");
            sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (9999, 'from the future', 1, x'00', 0)")
                .execute(&store.pool)
                .await
                .expect("insert");
            store.close().await;
        });
        let before = snapshot(dir.path());
        let err = rt().block_on(Store::open(&path)).expect_err("refused");
        match &err {
            StoreError::NewerSchema {
                found, supported, ..
            } => {
                assert_eq!((*found, *supported), (9999, schema_version()));
            }
            other => panic!("expected NewerSchema, got {other}"),
        }
        assert!(err.to_string().contains("upgrade onsite"), "{err}");
        let after = snapshot(dir.path());
        assert!(
            before == after,
            "left as it was: {:?} -> {:?}",
            names(&before),
            names(&after)
        );
    }

    #[test]
    fn one_plan_is_active() {
        rt().block_on(async {
            let store = Store::in_memory().await.expect("store");
            assert!(store.active_plan().await.expect("read").is_none());
            let bank = [onsite_practice::ProblemInfo {
                slug: "two-sum".into(),
                title: "Two Sum".into(),
                difficulty: onsite_types::Difficulty::Easy,
                patterns: vec!["arrays-and-hashing".into()],
            }];
            let core = Plan::core(&bank, &["arrays-and-hashing"]);
            store
                .set_plan(
                    &core,
                    "2026-03-01".parse().expect("date"),
                    at("2026-03-01T09:00:00Z"),
                )
                .await
                .expect("saved");
            let mut other = core.clone();
            other.name = "other".into();
            store
                .set_plan(
                    &other,
                    "2026-03-02".parse().expect("date"),
                    at("2026-03-02T09:00:00Z"),
                )
                .await
                .expect("saved");
            let (plan, started) = store.active_plan().await.expect("read").expect("one");
            assert_eq!(plan.name, "other");
            assert_eq!(started.to_string(), "2026-03-02");
        });
    }

    /// Why every write is an explicit transaction with a checked `COMMIT`: in autocommit, an
    /// `INSERT ... RETURNING` read with `fetch_one` hands back the new id even when the
    /// statement's commit then fails (here a deferred foreign key; on a full disk, ENOSPC),
    /// and the row is not there.
    #[test]
    fn a_failed_commit_is_hidden_by_returning_but_not_by_a_checked_commit() {
        rt().block_on(async {
            let store = Store::in_memory().await.expect("store");
            sqlx::query(
                "CREATE TABLE parent (id INTEGER PRIMARY KEY); \
                 CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)",
            )
            .execute(&store.pool)
            .await
            .expect("tables");
            let count = || async {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM child")
                    .fetch_one(&store.pool)
                    .await
                    .expect("count")
            };
            let hidden = sqlx::query("INSERT INTO child (parent) VALUES (42) RETURNING id")
                .fetch_one(&store.pool)
                .await;
            assert!(hidden.is_ok(), "the known sqlx behaviour: {:?}", hidden.err());
            assert_eq!(count().await, 0, "reported, yet not there");

            let mut tx = store.begin("a test write").await.expect("begin");
            sqlx::query("INSERT INTO child (parent) VALUES (42)")
                .execute(&mut *tx)
                .await
                .expect("the statement itself succeeds");
            let committed = store.commit(tx, "a test write").await;
            assert!(committed.is_err(), "the failed commit is seen");
            assert_eq!(count().await, 0);
        });
    }

    /// `EXPLAIN QUERY PLAN` of every query the store issues: none scans a table that grows
    /// with the history, except the whole-history reads named in `sql::WHOLE_HISTORY`.
    #[test]
    fn every_query_uses_an_index() {
        rt().block_on(async {
            let store = Store::in_memory().await.expect("store");
            let mut scans = Vec::new();
            for query in sql::QUERIES {
                let params = query.matches('?').count();
                let mut q = sqlx::query_as::<_, (i64, i64, i64, String)>(Box::leak(
                    format!("EXPLAIN QUERY PLAN {query}").into_boxed_str(),
                ));
                for _ in 0..params {
                    q = q.bind(1_i64);
                }
                let plan = q.fetch_all(&store.pool).await.unwrap_or_else(|e| {
                    panic!("EXPLAIN QUERY PLAN {query}: {e}");
                });
                for (_, _, _, detail) in plan {
                    // `SCAN t`, or `SEARCH t` with no index named: every row is read.
                    let scanned = detail
                        .strip_prefix("SCAN ")
                        .or_else(|| {
                            detail
                                .strip_prefix("SEARCH ")
                                .filter(|rest| !rest.contains(" USING "))
                        })
                        .map(|rest| rest.split_whitespace().next().unwrap_or(""));
                    if let Some(table) = scanned {
                        if sql::GROWING_TABLES.contains(&table)
                            && !sql::WHOLE_HISTORY.contains(query)
                        {
                            scans.push(format!("{detail}: {query}"));
                        }
                    }
                }
            }
            assert!(scans.is_empty(), "full scans of growing tables: {scans:#?}");
        });
    }

    /// Every statement in this crate comes from `sql` (so the test above sees them all).
    #[test]
    fn every_statement_is_in_the_sql_module() {
        for file in ["src/lib.rs", "src/transfer.rs"] {
            let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
                .expect("read");
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for (n, line) in code.lines().enumerate() {
                for call in ["query(\"", "query_scalar(\"", "query_as(\""] {
                    assert!(
                        !line.contains(call),
                        "{file}:{}: a statement outside `sql`: {line}",
                        n + 1
                    );
                }
            }
        }
    }

    /// Commands starting at once with no session open share one session; a hint asked
    /// meanwhile lands in it, so the attempt counts it.
    #[test]
    fn concurrent_commands_share_one_session_and_hints_attach_to_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("onsite.db");
        rt().block_on(async {
            Store::open(&path).await.expect("created").close().await;
        });
        let now = at("2026-03-01T09:00:00Z");
        let span = SignedDuration::from_hours(12);
        let threads: Vec<_> = (0..6)
            .map(|i| {
                let path = path.clone();
                std::thread::spawn(move || {
                    rt().block_on(async {
                        let store = Store::open(&path).await.expect("opened");
                        let id = if i % 2 == 0 {
                            store
                                .current_session("two-sum", now, span, None)
                                .await
                                .expect("session")
                                .0
                                .id
                        } else {
                            store
                                .record_next_hint("two-sum", now, span, 3)
                                .await
                                .expect("hint")
                                .0
                        };
                        store.close().await;
                        id
                    })
                })
            })
            .collect();
        let ids: Vec<i64> = threads
            .into_iter()
            .map(|t| t.join().expect("thread"))
            .collect();
        assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
        rt().block_on(async {
            let store = Store::open(&path).await.expect("opened");
            assert_eq!(store.hints_in_session(ids[0]).await.expect("hints"), 3);
            let mut a = new_attempt("two-sum", Some(ids[0]), Verdict::Accepted);
            a.attempt.hints_used = 0;
            let recorded = store.record_attempt(&a).await.expect("recorded");
            assert_eq!(recorded.hints_used, 3, "the session's hints count");
        });
    }

    /// An older copy restored beside a newer write-ahead log: the message names the files to
    /// move aside, in a few lines, and nothing is changed.
    #[test]
    fn a_stale_log_beside_a_restored_file_is_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("onsite.db");
        let old = dir.path().join("old.db");
        let saved_wal = dir.path().join("saved-wal");
        rt().block_on(async {
            let store = Store::open(&path).await.expect("created");
            record_accepted(&store, 50).await;
            store.backup(&old).await.expect("backup");
            for _ in 0..400 {
                store
                    .record_attempt(&new_attempt("coin-change", None, Verdict::Accepted))
                    .await
                    .expect("recorded");
            }
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&store.pool)
                .await
                .expect("checkpoint");
            for _ in 0..100 {
                store
                    .record_attempt(&new_attempt("valid-parentheses", None, Verdict::Accepted))
                    .await
                    .expect("recorded");
            }
            let (wal, _) = side_files(&path);
            std::fs::copy(&wal, &saved_wal).expect("copy the log");
            store.close().await;
        });
        let (wal, shm) = side_files(&path);
        std::fs::copy(&old, &path).expect("restore");
        std::fs::copy(&saved_wal, &wal).expect("the newer log beside it");
        let _ = std::fs::remove_file(&shm);
        let before = snapshot(dir.path());
        let err = rt().block_on(Store::open(&path)).expect_err("refused");
        assert!(matches!(err, StoreError::StaleLog { .. }), "{err}");
        let text = err.to_string();
        assert!(
            text.contains("onsite.db-wal") && text.contains("move"),
            "{text}"
        );
        assert!(text.lines().count() <= 3, "{text}");
        let after = snapshot(dir.path());
        assert!(before == after, "left as it was");
    }

    #[test]
    fn a_missing_history_opened_read_only_is_empty_and_not_created() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("onsite.db");
        rt().block_on(async {
            let store = Store::open_with(&path, Access::ReadOnly)
                .await
                .expect("opened");
            assert!(store.attempts().await.expect("read").is_empty());
            let err = store
                .start_session(
                    "two-sum",
                    Mode::Practice,
                    at("2026-03-01T09:00:00Z"),
                    None,
                    None,
                )
                .await
                .expect_err("read-only");
            assert!(matches!(err, StoreError::OpenedReadOnly { .. }), "{err}");
        });
        assert!(!path.exists());
    }

    #[test]
    fn export_then_import_round_trips_and_twice_changes_nothing() {
        rt().block_on(async {
            let from = Store::in_memory().await.expect("store");
            let s = from
                .start_session(
                    "two-sum",
                    Mode::Timed,
                    at("2026-03-01T09:00:00Z"),
                    None,
                    None,
                )
                .await
                .expect("session");
            from.record_hint(s, "two-sum", 1, at("2026-03-01T09:01:00Z"))
                .await
                .expect("hint");
            from.record_attempt(&new_attempt("two-sum", Some(s), Verdict::WrongAnswer))
                .await
                .expect("recorded");
            from.record_attempt(&new_attempt("two-sum", None, Verdict::Accepted))
                .await
                .expect("recorded");
            let mut out = Vec::new();
            let n = from
                .export(&mut out, Path::new("x.jsonl"))
                .await
                .expect("export");
            assert_eq!(n, 4);
            let first = String::from_utf8_lossy(&out)
                .lines()
                .next()
                .unwrap_or("")
                .to_owned();
            assert!(
                first.contains("\"format\":\"onsite-history\"") && first.contains("\"version\":1"),
                "{first}"
            );

            let to = Store::in_memory().await.expect("store");
            let added = to
                .import(&mut &out[..], Path::new("x.jsonl"))
                .await
                .expect("import");
            assert_eq!(
                (
                    added.sessions,
                    added.attempts,
                    added.hints,
                    added.already_there
                ),
                (1, 2, 1, 0)
            );
            let again = to
                .import(&mut &out[..], Path::new("x.jsonl"))
                .await
                .expect("import");
            assert_eq!(again.already_there, 4);
            assert_eq!((again.sessions, again.attempts, again.hints), (0, 0, 0));
            let mut back = Vec::new();
            to.export(&mut back, Path::new("y.jsonl"))
                .await
                .expect("export");
            assert_eq!(
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&back)
            );
        });
    }

    /// Attempts held from an earlier read are topped up with those another process added.
    #[test]
    fn a_long_lived_store_sees_attempts_recorded_by_another_process() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("onsite.db");
        rt().block_on(async {
            let server = Store::open(&path).await.expect("opened");
            let cli = Store::open(&path).await.expect("opened");
            server
                .record_attempt(&new_attempt("two-sum", None, Verdict::WrongAnswer))
                .await
                .expect("recorded");
            assert_eq!(server.attempts().await.expect("read").len(), 1);
            let id = cli
                .record_attempt(&new_attempt("coin-change", None, Verdict::Accepted))
                .await
                .expect("recorded")
                .id;
            let all = server.attempts().await.expect("read");
            assert_eq!(all.len(), 2);
            assert_eq!((all[1].id, all[1].problem.as_str()), (id, "coin-change"));
            cli.close().await;
            server.close().await;
        });
    }
}
