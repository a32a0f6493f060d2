//! Every statement the store issues, in one place, so that a test can ask SQLite how it runs
//! each one (`EXPLAIN QUERY PLAN`) and fail when one scans a table that grows with the history.

/// The columns of an attempt the practice logic reads (not its code or report).
macro_rules! attempt_columns {
    () => {
        "id, session_id, problem, follow_up, mode, started_at, submitted_at, verdict, passed, total, hints_used, score, complexity, meets_target"
    };
}

/// Open a session.
pub const INSERT_SESSION: &str =
    "INSERT INTO sessions (problem, mode, started_at, deadline, file) VALUES (?, ?, ?, ?, ?)";
/// A problem's latest session.
pub const LATEST_SESSION: &str = "SELECT id, problem, mode, started_at, deadline, file FROM sessions WHERE problem = ? ORDER BY started_at DESC, id DESC LIMIT 1";
/// A session by id.
pub const SESSION: &str =
    "SELECT id, problem, mode, started_at, deadline, file FROM sessions WHERE id = ?";
/// Record an attempt.
pub const INSERT_ATTEMPT: &str = "INSERT INTO attempts (session_id, problem, follow_up, mode, started_at, submitted_at, verdict, passed, total, hints_used, score, complexity, meets_target, filename, code, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
/// The attempts after a given id (from 0: the whole history, read once), as one JSON array of
/// arrays of [`attempt_columns!`] in id order. One row instead of one per attempt: the driver's
/// cost per row (about 8 µs, a channel hop and a copy of every value) was 0.8 s of `stats` at
/// 100,000 attempts. Read from the covering index `attempts_summary`, not the table's pages.
pub const ATTEMPTS_AFTER: &str = concat!(
    "SELECT json_group_array(json_array(",
    attempt_columns!(),
    ")) FROM (SELECT ",
    attempt_columns!(),
    " FROM attempts WHERE id > ? ORDER BY id)"
);
/// A problem's attempts, oldest first.
pub const ATTEMPTS_ON_PROBLEM: &str = concat!(
    "SELECT ",
    attempt_columns!(),
    " FROM attempts WHERE problem = ? ORDER BY id"
);
/// A session's attempts on one target.
pub const ATTEMPTS_IN_SESSION: &str = concat!(
    "SELECT ",
    attempt_columns!(),
    " FROM attempts WHERE session_id = ? AND follow_up IS ? ORDER BY id"
);
/// Attempts in a stretch of time.
pub const ATTEMPTS_BETWEEN: &str = concat!(
    "SELECT ",
    attempt_columns!(),
    " FROM attempts WHERE submitted_at >= ? AND submitted_at < ? ORDER BY submitted_at, id"
);
/// A page of a problem's attempts, newest first.
pub const ATTEMPT_PAGE: &str = concat!(
    "SELECT ",
    attempt_columns!(),
    " FROM attempts WHERE problem = ? AND id < ? ORDER BY id DESC LIMIT ?"
);
/// How many attempts a problem has.
pub const COUNT_ON_PROBLEM: &str = "SELECT COUNT(*) FROM attempts WHERE problem = ?";
/// Whether the problem itself was accepted once.
pub const SOLVED: &str =
    "SELECT 1 FROM attempts WHERE problem = ? AND follow_up IS NULL AND verdict = ? LIMIT 1";
/// One attempt with its code and report.
pub const ATTEMPT_DETAIL: &str = concat!(
    "SELECT ",
    attempt_columns!(),
    ", filename, code, report FROM attempts WHERE id = ?"
);
/// Record a hint.
pub const INSERT_HINT: &str =
    "INSERT INTO hints (session_id, problem, number, shown_at) VALUES (?, ?, ?, ?)";
/// The most hints shown in a session.
pub const HINTS_IN_SESSION: &str =
    "SELECT COALESCE(MAX(number), 0) FROM hints WHERE session_id = ?";
/// No plan is active.
pub const DEACTIVATE_PLANS: &str = "UPDATE plans SET active = 0 WHERE active = 1";
/// Save a plan.
pub const INSERT_PLAN: &str =
    "INSERT INTO plans (name, plan, started_on, created_at, active) VALUES (?, ?, ?, ?, ?)";
/// The active plan.
pub const ACTIVE_PLAN: &str =
    "SELECT plan, started_on FROM plans WHERE active = 1 ORDER BY id DESC LIMIT 1";
/// Record a mock interview.
pub const INSERT_MOCK: &str = "INSERT INTO mocks (session_id, problem, started_at, ended_at, events, report) VALUES (?, ?, ?, ?, ?, ?)";
/// How many mock interviews there are (a few a week at most: not a growing table).
pub const COUNT_MOCKS: &str = "SELECT COUNT(*) FROM mocks";
/// Every mock interview.
pub const ALL_MOCKS: &str =
    "SELECT id, session_id, problem, started_at, ended_at, events, report FROM mocks ORDER BY id";

/// Export: every session.
pub const EXPORT_SESSIONS: &str =
    "SELECT id, problem, mode, started_at, deadline, file FROM sessions ORDER BY id";
/// Export: every attempt with its code and report.
pub const EXPORT_ATTEMPTS: &str = concat!(
    "SELECT ",
    attempt_columns!(),
    ", filename, code, report FROM attempts ORDER BY id"
);
/// Export: every hint.
pub const EXPORT_HINTS: &str =
    "SELECT id, session_id, problem, number, shown_at FROM hints ORDER BY id";
/// Export: every plan.
pub const EXPORT_PLANS: &str =
    "SELECT id, name, plan, started_on, created_at, active FROM plans ORDER BY id";
/// Import: the same session, if the history has it.
pub const FIND_SESSION: &str =
    "SELECT id FROM sessions WHERE problem = ? AND started_at = ? AND mode = ? LIMIT 1";
/// Import: the same attempt, if the history has it.
pub const FIND_ATTEMPT: &str = "SELECT id FROM attempts WHERE problem = ? AND submitted_at = ? AND follow_up IS ? AND session_id IS ? AND code = ? LIMIT 1";
/// Import: the same hint.
pub const FIND_HINT: &str = "SELECT id FROM hints WHERE session_id = ? AND number = ? LIMIT 1";
/// Import: the same plan.
pub const FIND_PLAN: &str =
    "SELECT id FROM plans WHERE name = ? AND started_on = ? AND created_at = ? LIMIT 1";
/// Import: the same mock interview.
pub const FIND_MOCK: &str =
    "SELECT id FROM mocks WHERE problem = ? AND started_at = ? AND ended_at = ? LIMIT 1";
/// Import: the newest plan that was active, on either side, is active.
pub const NEWEST_PLAN: &str = "SELECT id FROM plans WHERE id IN (SELECT id FROM plans WHERE active = 1) ORDER BY created_at DESC, id DESC LIMIT 1";
/// Import: make one plan active.
pub const ACTIVATE_PLAN: &str = "UPDATE plans SET active = (id = ?) WHERE active = 1 OR id = ?";

/// Begin a write transaction, taking the write lock now.
pub const BEGIN_IMMEDIATE: &str = "BEGIN IMMEDIATE";
/// Commit it.
pub const COMMIT: &str = "COMMIT";
/// Roll it back.
pub const ROLLBACK: &str = "ROLLBACK";

/// Copy the database into a new file.
pub const VACUUM_INTO: &str = "VACUUM INTO ?";
/// Fold the log into the file.
pub const CHECKPOINT: &str = "PRAGMA wal_checkpoint(TRUNCATE)";
/// Every page checked (backups).
pub const INTEGRITY_CHECK: &str = "PRAGMA integrity_check";
/// Every page checked, faster (small databases at open).
pub const QUICK_CHECK: &str = "PRAGMA quick_check";
/// The file's size, from SQLite.
pub const DATABASE_BYTES: &str =
    "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
/// How many tables.
pub const COUNT_TABLES: &str = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
/// Whether the migrations table exists.
pub const HAS_MIGRATIONS: &str =
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'";
/// The newest applied migration.
pub const APPLIED_VERSION: &str = "SELECT MAX(version) FROM _sqlx_migrations WHERE success = 1";

/// The tables that grow with the history: no query may scan one whole, except those in
/// [`WHOLE_HISTORY`].
pub const GROWING_TABLES: &[&str] = &["attempts", "sessions", "hints"];

/// Queries that read a whole table on purpose: the export, which copies everything.
pub const WHOLE_HISTORY: &[&str] = &[EXPORT_SESSIONS, EXPORT_ATTEMPTS, EXPORT_HINTS];

/// Every query with bind parameters, for `EXPLAIN QUERY PLAN` (maintenance statements,
/// `PRAGMA`s and `VACUUM` are not planned).
pub const QUERIES: &[&str] = &[
    INSERT_SESSION,
    LATEST_SESSION,
    SESSION,
    INSERT_ATTEMPT,
    ATTEMPTS_AFTER,
    ATTEMPTS_ON_PROBLEM,
    ATTEMPTS_IN_SESSION,
    ATTEMPTS_BETWEEN,
    ATTEMPT_PAGE,
    COUNT_ON_PROBLEM,
    SOLVED,
    ATTEMPT_DETAIL,
    INSERT_HINT,
    HINTS_IN_SESSION,
    DEACTIVATE_PLANS,
    INSERT_PLAN,
    ACTIVE_PLAN,
    INSERT_MOCK,
    COUNT_MOCKS,
    ALL_MOCKS,
    EXPORT_SESSIONS,
    EXPORT_ATTEMPTS,
    EXPORT_HINTS,
    EXPORT_PLANS,
    FIND_SESSION,
    FIND_ATTEMPT,
    FIND_HINT,
    FIND_PLAN,
    FIND_MOCK,
    NEWEST_PLAN,
    ACTIVATE_PLAN,
    COUNT_TABLES,
    HAS_MIGRATIONS,
    APPLIED_VERSION,
    DATABASE_BYTES,
];
