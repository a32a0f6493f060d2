//! Where onsite keeps the candidate's history: sessions of work, every judged attempt (with its
//! code and report), hints shown, study plans and mock interviews, in one SQLite file.
//!
//! Only this crate speaks SQL. The database is versioned by the migrations under
//! `migrations/` (embedded at build time). Opening it never harms it:
//! - a file that is not a SQLite database, or fails SQLite's integrity check, is reported and
//!   left untouched;
//! - a database written by a newer onsite (a migration this build does not know) is refused,
//!   untouched, rather than guessed at;
//! - before migrating an older database, a copy is written beside it (`<file>.v<N>.bak`).
//!
//! Writes are crash-safe: write-ahead logging with `synchronous = FULL`, one transaction per
//! write, so a process killed at any point loses at most the write in progress, never an
//! earlier one.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use jiff::civil::Date;
use jiff::Timestamp;
use onsite_practice::{Attempt, Mode, Plan};
use onsite_types::{ComplexityClass, Verdict};
use serde::Serialize;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// What went wrong with the store, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not a SQLite database.
    #[error("`{}` is not an onsite database (not SQLite); it was left untouched: move it away, or point --data-dir elsewhere", path.display())]
    NotADatabase {
        /// The file.
        path: PathBuf,
    },
    /// SQLite's integrity check failed.
    #[error("`{}` is damaged ({detail}); it was left untouched: keep a copy, then try `sqlite3 {} .recover`, or move it away to start afresh", path.display(), path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What the check said.
        detail: String,
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
}

type Result<T> = std::result::Result<T, StoreError>;

fn query_err(what: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError {
    move |source| StoreError::Query { what, source }
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

/// A submission to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAttempt {
    /// What the practice logic sees of it.
    pub attempt: Attempt,
    /// The file name submitted.
    pub filename: String,
    /// The code.
    pub code: String,
    /// The full report, as JSON.
    pub report: String,
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

/// The candidate's history.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
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
    /// Open (creating when missing) the database at `path`, and bring its schema up to date.
    pub async fn open(path: &Path) -> Result<Store> {
        let open_err = |source| StoreError::Open {
            path: path.to_owned(),
            source,
        };
        let mut found_version = 0;
        if path.exists() {
            check_header(path)?;
            // Look before touching: read-only, no journal-mode change; and when no write-ahead
            // log is beside it, as immutable, so that not even SQLite's side files are made.
            let mut wal = path.as_os_str().to_owned();
            wal.push("-wal");
            let look = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(
                    SqliteConnectOptions::new()
                        .filename(path)
                        .read_only(true)
                        .immutable(!Path::new(&wal).exists())
                        .busy_timeout(Duration::from_secs(10)),
                )
                .await
                .map_err(open_err)?;
            let checked = inspect(&look, path).await;
            look.close().await;
            found_version = checked?;
        }
        if found_version > schema_version() {
            return Err(StoreError::NewerSchema {
                path: path.to_owned(),
                found: found_version,
                supported: schema_version(),
            });
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| open_err(sqlx::Error::Io(e)))?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(
                SqliteConnectOptions::new()
                    .filename(path)
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10)),
            )
            .await
            .map_err(open_err)?;
        if found_version > 0 && found_version < schema_version() {
            let backup = path.with_extension(format!("v{found_version}.bak"));
            sqlx::query("VACUUM INTO ?")
                .bind(backup.to_string_lossy().into_owned())
                .execute(&pool)
                .await
                .map_err(open_err)?;
            tracing::info!(backup = %backup.display(), "database copied before its schema update");
        }
        if let Err(source) = MIGRATOR.run(&pool).await {
            // Another process (the CLI beside the server, say) may have migrated the same new
            // file at the same moment: that is success, not failure.
            if applied_version(&pool).await.ok() != Some(schema_version()) {
                return Err(StoreError::Migrate {
                    path: path.to_owned(),
                    source,
                });
            }
            tracing::debug!(error = %source, "the schema was brought up to date by another process");
        }
        Ok(Store { pool })
    }

    /// A private database in memory (tests, and runs that must not keep anything).
    pub async fn in_memory() -> Result<Store> {
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
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
        Ok(Store { pool })
    }

    /// Close the database: fold the write-ahead log into the file, then close every
    /// connection. (Skipping it loses nothing: the log is replayed on the next open.)
    pub async fn close(self) {
        if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await
        {
            tracing::debug!(error = %e, "checkpoint on close failed; the log stays for the next open");
        }
        self.pool.close().await;
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
        let row = sqlx::query(
            "INSERT INTO sessions (problem, mode, started_at, deadline, file) VALUES (?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(problem)
        .bind(mode.as_str())
        .bind(ms(at))
        .bind(deadline.map(ms))
        .bind(file)
        .fetch_one(&self.pool)
        .await
        .map_err(query_err("opening a session"))?;
        Ok(row.get(0))
    }

    /// The latest session on a problem, if any.
    pub async fn latest_session(&self, problem: &str) -> Result<Option<WorkSession>> {
        let row = sqlx::query(
            "SELECT id, problem, mode, started_at, deadline, file FROM sessions WHERE problem = ? ORDER BY started_at DESC, id DESC LIMIT 1",
        )
        .bind(problem)
        .fetch_optional(&self.pool)
        .await
        .map_err(query_err("reading sessions"))?;
        row.map(|r| session_from(&r)).transpose()
    }

    /// A session by id.
    pub async fn session(&self, id: i64) -> Result<Option<WorkSession>> {
        let row = sqlx::query(
            "SELECT id, problem, mode, started_at, deadline, file FROM sessions WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(query_err("reading sessions"))?;
        row.map(|r| session_from(&r)).transpose()
    }

    /// Record a judged submission in one transaction; returns its id.
    pub async fn record_attempt(&self, new: &NewAttempt) -> Result<i64> {
        let a = &new.attempt;
        let row = sqlx::query(
            "INSERT INTO attempts (session_id, problem, follow_up, mode, started_at, submitted_at, verdict, passed, total, hints_used, score, complexity, meets_target, filename, code, report) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(a.session)
        .bind(&a.problem)
        .bind(&a.follow_up)
        .bind(a.mode.as_str())
        .bind(a.started_at.map(ms))
        .bind(ms(a.submitted_at))
        .bind(a.verdict.as_str())
        .bind(a.passed)
        .bind(a.total)
        .bind(a.hints_used)
        .bind(a.score.map(i64::from))
        .bind(a.complexity.map(|c| c.as_str()))
        .bind(a.meets_target)
        .bind(&new.filename)
        .bind(&new.code)
        .bind(&new.report)
        .fetch_one(&self.pool)
        .await
        .map_err(query_err("recording an attempt"))?;
        Ok(row.get(0))
    }

    /// Every attempt, oldest first (without code and report).
    pub async fn attempts(&self) -> Result<Vec<Attempt>> {
        let rows = sqlx::query(&format!(
            "SELECT {ATTEMPT_COLUMNS} FROM attempts ORDER BY id"
        ))
        .fetch_all(&self.pool)
        .await
        .map_err(query_err("reading attempts"))?;
        rows.iter().map(attempt_from).collect()
    }

    /// One attempt with its code and report.
    pub async fn attempt_detail(&self, id: i64) -> Result<Option<AttemptDetail>> {
        let row = sqlx::query(&format!(
            "SELECT {ATTEMPT_COLUMNS}, filename, code, report FROM attempts WHERE id = ?"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(query_err("reading an attempt"))?;
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

    /// Record a hint shown in a session.
    pub async fn record_hint(
        &self,
        session: i64,
        problem: &str,
        number: u32,
        at: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO hints (session_id, problem, number, shown_at) VALUES (?, ?, ?, ?)",
        )
        .bind(session)
        .bind(problem)
        .bind(number)
        .bind(ms(at))
        .execute(&self.pool)
        .await
        .map_err(query_err("recording a hint"))?;
        Ok(())
    }

    /// The most hints shown in a session (hint numbers start at 1).
    pub async fn hints_in_session(&self, session: i64) -> Result<u32> {
        let row = sqlx::query("SELECT COALESCE(MAX(number), 0) FROM hints WHERE session_id = ?")
            .bind(session)
            .fetch_one(&self.pool)
            .await
            .map_err(query_err("reading hints"))?;
        Ok(u32::try_from(row.get::<i64, _>(0)).unwrap_or(0))
    }

    /// Make `plan` the active plan, started on `started`; returns its id.
    pub async fn set_plan(&self, plan: &Plan, started: Date, at: Timestamp) -> Result<i64> {
        let json = serde_json::to_string(plan).map_err(|e| StoreError::Data {
            what: "plan",
            detail: e.to_string(),
        })?;
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(query_err("saving a plan"))?;
        sqlx::query("UPDATE plans SET active = 0 WHERE active = 1")
            .execute(&mut *tx)
            .await
            .map_err(query_err("saving a plan"))?;
        let row = sqlx::query(
            "INSERT INTO plans (name, plan, started_on, created_at, active) VALUES (?, ?, ?, ?, 1) RETURNING id",
        )
        .bind(&plan.name)
        .bind(json)
        .bind(started.to_string())
        .bind(ms(at))
        .fetch_one(&mut *tx)
        .await
        .map_err(query_err("saving a plan"))?;
        tx.commit().await.map_err(query_err("saving a plan"))?;
        Ok(row.get(0))
    }

    /// The active plan and the day it started.
    pub async fn active_plan(&self) -> Result<Option<(Plan, Date)>> {
        let row = sqlx::query(
            "SELECT plan, started_on FROM plans WHERE active = 1 ORDER BY id DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(query_err("reading the plan"))?;
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
        let row = sqlx::query(
            "INSERT INTO mocks (session_id, problem, started_at, ended_at, events, report) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(mock.session)
        .bind(&mock.problem)
        .bind(ms(mock.started_at))
        .bind(ms(mock.ended_at))
        .bind(&mock.events)
        .bind(&mock.report)
        .fetch_one(&self.pool)
        .await
        .map_err(query_err("recording a mock interview"))?;
        Ok(row.get(0))
    }

    /// Every finished mock interview, oldest first.
    pub async fn mocks(&self) -> Result<Vec<MockRecord>> {
        let rows = sqlx::query(
            "SELECT id, session_id, problem, started_at, ended_at, events, report FROM mocks ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(query_err("reading mock interviews"))?;
        rows.iter()
            .map(|r| {
                Ok(MockRecord {
                    id: r.get("id"),
                    session: r.get("session_id"),
                    problem: r.get("problem"),
                    started_at: from_ms(r.get("started_at"), "mock interview")?,
                    ended_at: from_ms(r.get("ended_at"), "mock interview")?,
                    events: r.get("events"),
                    report: r.get("report"),
                })
            })
            .collect()
    }
}

const ATTEMPT_COLUMNS: &str = "id, session_id, problem, follow_up, mode, started_at, submitted_at, verdict, passed, total, hints_used, score, complexity, meets_target";

fn session_from(r: &sqlx::sqlite::SqliteRow) -> Result<WorkSession> {
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

fn attempt_from(r: &sqlx::sqlite::SqliteRow) -> Result<Attempt> {
    let bad = |detail: String| StoreError::Data {
        what: "attempt",
        detail,
    };
    let mode: String = r.get("mode");
    let verdict: String = r.get("verdict");
    let complexity: Option<String> = r.get("complexity");
    Ok(Attempt {
        id: r.get("id"),
        session: r.get("session_id"),
        problem: r.get("problem"),
        follow_up: r.get("follow_up"),
        mode: Mode::parse(&mode).ok_or_else(|| bad(format!("unknown mode `{mode}`")))?,
        started_at: r
            .get::<Option<i64>, _>("started_at")
            .map(|t| from_ms(t, "attempt"))
            .transpose()?,
        submitted_at: from_ms(r.get("submitted_at"), "attempt")?,
        verdict: Verdict::from_str(&verdict).map_err(|e| bad(e.to_string()))?,
        passed: r.get("passed"),
        total: r.get("total"),
        hints_used: r.get("hints_used"),
        score: r
            .get::<Option<i64>, _>("score")
            .map(|s| u8::try_from(s.clamp(0, 100)).unwrap_or(0)),
        complexity: complexity
            .map(|c| ComplexityClass::from_str(&c).map_err(|e| bad(e.to_string())))
            .transpose()?,
        meets_target: r.get("meets_target"),
    })
}

/// Refuse a file that is not SQLite without opening it.
fn check_header(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|mut f| {
            let mut n = 0;
            while n < header.len() {
                match f.read(&mut header[n..])? {
                    0 => break,
                    k => n += k,
                }
            }
            Ok(n)
        })
        .map_err(|e| StoreError::Open {
            path: path.to_owned(),
            source: sqlx::Error::Io(e),
        })?;
    // An empty file is a database not yet written (SQLite treats it so).
    if read == 0 || header == *b"SQLite format 3\0" {
        Ok(())
    } else {
        Err(StoreError::NotADatabase {
            path: path.to_owned(),
        })
    }
}

/// Integrity and schema version of an existing database, read-only.
async fn inspect(pool: &SqlitePool, path: &Path) -> Result<i64> {
    let corrupt = |detail: String| StoreError::Corrupt {
        path: path.to_owned(),
        detail,
    };
    let rows = sqlx::query("PRAGMA quick_check")
        .fetch_all(pool)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(db) => corrupt(db.message().to_owned()),
            other => StoreError::Open {
                path: path.to_owned(),
                source: other,
            },
        })?;
    let verdicts: Vec<String> = rows.iter().map(|r| r.get::<String, _>(0)).collect();
    if verdicts != ["ok"] {
        return Err(corrupt(verdicts.join("; ")));
    }
    let has_migrations = sqlx::query(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(pool)
    .await
    .map_err(query_err("reading the schema version"))?
    .is_some();
    if !has_migrations {
        let tables: i64 = sqlx::query("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")
            .fetch_one(pool)
            .await
            .map_err(query_err("reading the schema version"))?
            .get(0);
        if tables > 0 {
            return Err(StoreError::NotADatabase {
                path: path.to_owned(),
            });
        }
        return Ok(0);
    }
    applied_version(pool)
        .await
        .map_err(query_err("reading the schema version"))
}

/// The newest migration applied successfully (0 for none).
async fn applied_version(pool: &SqlitePool) -> std::result::Result<i64, sqlx::Error> {
    let version: Option<i64> =
        sqlx::query("SELECT MAX(version) FROM _sqlx_migrations WHERE success = 1")
            .fetch_one(pool)
            .await?
            .get(0);
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
                .expect("recorded");
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
            for _ in 0..200 {
                store
                    .record_attempt(&new_attempt("two-sum", None, Verdict::Accepted))
                    .await
                    .expect("recorded");
            }
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
}
