//! Moving a history: `export` writes everything as JSON Lines (a versioned first line, then one
//! record a line: sessions, attempts with code and report, hints, plans, mock interviews);
//! `import` merges such a file into a history, once (a record the history already has is
//! skipped, so importing twice changes nothing).

use std::io::{BufRead, Write};
use std::path::Path;

use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

use crate::{sql, Store, StoreError};

/// The first line's `format`.
pub const EXPORT_FORMAT: &str = "onsite-history";
/// The version of the export format this build writes and the newest it reads.
pub const EXPORT_VERSION: u32 = 1;

/// The first line of an export.
#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    /// The database schema it came from (for the curious; the format is what is read).
    schema: i64,
}

/// One record. Times are Unix milliseconds (UTC); reports, plans and events are the JSON text
/// the history stores, byte for byte.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Record {
    Session {
        id: i64,
        problem: String,
        mode: String,
        started_at: i64,
        deadline: Option<i64>,
        file: Option<String>,
    },
    Attempt {
        session: Option<i64>,
        problem: String,
        follow_up: Option<String>,
        mode: String,
        started_at: Option<i64>,
        submitted_at: i64,
        verdict: String,
        passed: i64,
        total: i64,
        hints_used: i64,
        score: Option<i64>,
        complexity: Option<String>,
        meets_target: Option<bool>,
        filename: String,
        code: String,
        report: String,
    },
    Hint {
        session: i64,
        problem: String,
        number: i64,
        shown_at: i64,
    },
    Plan {
        name: String,
        plan: String,
        started_on: String,
        created_at: i64,
        active: bool,
    },
    Mock {
        session: Option<i64>,
        problem: String,
        started_at: i64,
        ended_at: i64,
        events: String,
        report: String,
    },
}

/// How a table's row becomes a record.
type ToRecord = fn(&SqliteRow) -> Record;

impl Record {
    fn session(r: &SqliteRow) -> Record {
        Record::Session {
            id: r.get("id"),
            problem: r.get("problem"),
            mode: r.get("mode"),
            started_at: r.get("started_at"),
            deadline: r.get("deadline"),
            file: r.get("file"),
        }
    }

    fn attempt(r: &SqliteRow) -> Record {
        Record::Attempt {
            session: r.get("session_id"),
            problem: r.get("problem"),
            follow_up: r.get("follow_up"),
            mode: r.get("mode"),
            started_at: r.get("started_at"),
            submitted_at: r.get("submitted_at"),
            verdict: r.get("verdict"),
            passed: r.get("passed"),
            total: r.get("total"),
            hints_used: r.get("hints_used"),
            score: r.get("score"),
            complexity: r.get("complexity"),
            meets_target: r.get("meets_target"),
            filename: r.get("filename"),
            code: r.get("code"),
            report: r.get("report"),
        }
    }

    fn hint(r: &SqliteRow) -> Record {
        Record::Hint {
            session: r.get("session_id"),
            problem: r.get("problem"),
            number: r.get("number"),
            shown_at: r.get("shown_at"),
        }
    }

    fn plan(r: &SqliteRow) -> Record {
        Record::Plan {
            name: r.get("name"),
            plan: r.get("plan"),
            started_on: r.get("started_on"),
            created_at: r.get("created_at"),
            active: r.get("active"),
        }
    }

    fn mock(r: &SqliteRow) -> Record {
        Record::Mock {
            session: r.get("session_id"),
            problem: r.get("problem"),
            started_at: r.get("started_at"),
            ended_at: r.get("ended_at"),
            events: r.get("events"),
            report: r.get("report"),
        }
    }
}

/// What an import added and what it found already there.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    /// Sessions added.
    pub sessions: u64,
    /// Attempts added.
    pub attempts: u64,
    /// Hints added.
    pub hints: u64,
    /// Plans added.
    pub plans: u64,
    /// Mock interviews added.
    pub mocks: u64,
    /// Records the history already had.
    pub already_there: u64,
}

impl Store {
    /// Write the whole history to `out` as JSON Lines (read in one transaction, so the file
    /// is one consistent moment even while others write). Returns how many records.
    pub async fn export(&self, out: &mut dyn Write, name: &Path) -> Result<u64, StoreError> {
        const WHAT: &str = "exporting the history";
        let write_err = |source| StoreError::File {
            what: "write the export to",
            path: name.to_owned(),
            source,
        };
        let line = |out: &mut dyn Write, value: &dyn erased::Line| -> Result<(), StoreError> {
            value.write_to(out).map_err(write_err)
        };
        let mut conn = self.pool.begin().await.map_err(self.err(WHAT))?;
        line(
            out,
            &Header {
                format: EXPORT_FORMAT.into(),
                version: EXPORT_VERSION,
                schema: crate::schema_version(),
            },
        )?;
        let mut count = 0;
        let tables: [(&str, ToRecord); 5] = [
            (sql::EXPORT_SESSIONS, Record::session),
            (sql::EXPORT_ATTEMPTS, Record::attempt),
            (sql::EXPORT_HINTS, Record::hint),
            (sql::EXPORT_PLANS, Record::plan),
            (sql::ALL_MOCKS, Record::mock),
        ];
        for (query, record) in tables {
            let mut rows = sqlx::query(query).fetch(&mut *conn);
            while let Some(r) = rows.try_next().await.map_err(self.err(WHAT))? {
                line(out, &record(&r))?;
                count += 1;
            }
        }
        conn.rollback().await.map_err(self.err(WHAT))?;
        out.flush().map_err(write_err)?;
        Ok(count)
    }

    /// Merge an export (read from `input`, named `name` in messages) into this history, in one
    /// transaction: all of it or nothing. A record the history already has (the same session
    /// start, the same attempt's time and code, ...) is skipped; the newest active plan stays
    /// active.
    pub async fn import(
        &self,
        input: &mut dyn BufRead,
        name: &Path,
    ) -> Result<ImportSummary, StoreError> {
        const WHAT: &str = "importing a history";
        let bad = |line: usize, detail: String| StoreError::BadExport {
            path: name.to_owned(),
            line,
            detail,
        };
        let mut lines = input.lines().enumerate();
        let header: Header = match lines.next() {
            Some((_, Ok(text))) => serde_json::from_str(&text)
                .map_err(|e| bad(1, format!("not an onsite export ({e})")))?,
            Some((_, Err(source))) => {
                return Err(StoreError::File {
                    what: "read",
                    path: name.to_owned(),
                    source,
                })
            }
            None => return Err(bad(1, "the file is empty".into())),
        };
        if header.format != EXPORT_FORMAT {
            return Err(bad(
                1,
                format!("format `{}`, not an onsite export", header.format),
            ));
        }
        if header.version > EXPORT_VERSION {
            return Err(bad(
                1,
                format!(
                    "written by a newer onsite (export version {}; this one reads up to {EXPORT_VERSION}): upgrade onsite",
                    header.version
                ),
            ));
        }
        let mut tx = self.begin(WHAT).await?;
        let mut sessions = std::collections::HashMap::<i64, i64>::new();
        let mut summary = ImportSummary::default();
        let mut newest_plan = false;
        for (i, text) in lines {
            let number = i + 1;
            let text = text.map_err(|source| StoreError::File {
                what: "read",
                path: name.to_owned(),
                source,
            })?;
            if text.trim().is_empty() {
                continue;
            }
            let record: Record =
                serde_json::from_str(&text).map_err(|e| bad(number, e.to_string()))?;
            let session_of = |old: Option<i64>| -> Result<Option<i64>, StoreError> {
                old.map(|s| {
                    sessions
                        .get(&s)
                        .copied()
                        .ok_or_else(|| bad(number, format!("session {s} is not in the file")))
                })
                .transpose()
            };
            match record {
                Record::Session {
                    id,
                    problem,
                    mode,
                    started_at,
                    deadline,
                    file,
                } => {
                    let found: Option<i64> = sqlx::query_scalar(sql::FIND_SESSION)
                        .bind(&problem)
                        .bind(started_at)
                        .bind(&mode)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(self.err(WHAT))?;
                    let new = match found {
                        Some(existing) => {
                            summary.already_there += 1;
                            existing
                        }
                        None => {
                            summary.sessions += 1;
                            sqlx::query(sql::INSERT_SESSION)
                                .bind(&problem)
                                .bind(&mode)
                                .bind(started_at)
                                .bind(deadline)
                                .bind(&file)
                                .execute(&mut *tx)
                                .await
                                .map_err(self.err(WHAT))?
                                .last_insert_rowid()
                        }
                    };
                    sessions.insert(id, new);
                }
                Record::Attempt {
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
                    filename,
                    code,
                    report,
                } => {
                    let session = session_of(session)?;
                    let found: Option<i64> = sqlx::query_scalar(sql::FIND_ATTEMPT)
                        .bind(&problem)
                        .bind(submitted_at)
                        .bind(&follow_up)
                        .bind(session)
                        .bind(&code)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(self.err(WHAT))?;
                    if found.is_some() {
                        summary.already_there += 1;
                        continue;
                    }
                    summary.attempts += 1;
                    sqlx::query(sql::INSERT_ATTEMPT)
                        .bind(session)
                        .bind(&problem)
                        .bind(&follow_up)
                        .bind(&mode)
                        .bind(started_at)
                        .bind(submitted_at)
                        .bind(&verdict)
                        .bind(passed)
                        .bind(total)
                        .bind(hints_used)
                        .bind(score)
                        .bind(&complexity)
                        .bind(meets_target)
                        .bind(&filename)
                        .bind(&code)
                        .bind(&report)
                        .execute(&mut *tx)
                        .await
                        .map_err(self.err(WHAT))?;
                }
                Record::Hint {
                    session,
                    problem,
                    number: n,
                    shown_at,
                } => {
                    let Some(session) = session_of(Some(session))? else {
                        continue;
                    };
                    let found: Option<i64> = sqlx::query_scalar(sql::FIND_HINT)
                        .bind(session)
                        .bind(n)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(self.err(WHAT))?;
                    if found.is_some() {
                        summary.already_there += 1;
                        continue;
                    }
                    summary.hints += 1;
                    sqlx::query(sql::INSERT_HINT)
                        .bind(session)
                        .bind(&problem)
                        .bind(n)
                        .bind(shown_at)
                        .execute(&mut *tx)
                        .await
                        .map_err(self.err(WHAT))?;
                }
                Record::Plan {
                    name: plan_name,
                    plan,
                    started_on,
                    created_at,
                    active,
                } => {
                    serde_json::from_str::<onsite_practice::Plan>(&plan)
                        .map_err(|e| bad(number, format!("a plan that cannot be read: {e}")))?;
                    let found: Option<i64> = sqlx::query_scalar(sql::FIND_PLAN)
                        .bind(&plan_name)
                        .bind(&started_on)
                        .bind(created_at)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(self.err(WHAT))?;
                    if found.is_some() {
                        summary.already_there += 1;
                        continue;
                    }
                    summary.plans += 1;
                    newest_plan |= active;
                    sqlx::query(sql::INSERT_PLAN)
                        .bind(&plan_name)
                        .bind(&plan)
                        .bind(&started_on)
                        .bind(created_at)
                        .bind(active)
                        .execute(&mut *tx)
                        .await
                        .map_err(self.err(WHAT))?;
                }
                Record::Mock {
                    session,
                    problem,
                    started_at,
                    ended_at,
                    events,
                    report,
                } => {
                    let session = session_of(session)?;
                    let found: Option<i64> = sqlx::query_scalar(sql::FIND_MOCK)
                        .bind(&problem)
                        .bind(started_at)
                        .bind(ended_at)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(self.err(WHAT))?;
                    if found.is_some() {
                        summary.already_there += 1;
                        continue;
                    }
                    summary.mocks += 1;
                    sqlx::query(sql::INSERT_MOCK)
                        .bind(session)
                        .bind(&problem)
                        .bind(started_at)
                        .bind(ended_at)
                        .bind(&events)
                        .bind(&report)
                        .execute(&mut *tx)
                        .await
                        .map_err(self.err(WHAT))?;
                }
            }
        }
        if newest_plan {
            let keep: Option<i64> = sqlx::query_scalar(sql::NEWEST_PLAN)
                .fetch_optional(&mut *tx)
                .await
                .map_err(self.err(WHAT))?;
            if let Some(keep) = keep {
                sqlx::query(sql::ACTIVATE_PLAN)
                    .bind(keep)
                    .bind(keep)
                    .execute(&mut *tx)
                    .await
                    .map_err(self.err(WHAT))?;
            }
        }
        self.commit(tx, WHAT).await?;
        Ok(summary)
    }
}

/// One JSON value a line.
mod erased {
    pub trait Line {
        fn write_to(&self, out: &mut dyn std::io::Write) -> std::io::Result<()>;
    }

    impl<T: serde::Serialize> Line for T {
        fn write_to(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
            serde_json::to_writer(&mut *out, self)?;
            out.write_all(b"\n")
        }
    }
}
