-- The candidate's history. Times are Unix milliseconds (UTC); days are the reader's business.

-- A stretch of work on one problem: opened by `onsite start`, `review`, `timed` or `mock`
-- (or by a submission with none open); its attempts and hints belong to it.
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    problem     TEXT    NOT NULL,
    mode        TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    deadline    INTEGER,
    file        TEXT
);
CREATE INDEX sessions_by_problem ON sessions (problem, started_at);

-- Every judged submission, with the code as submitted and the full report (JSON).
CREATE TABLE attempts (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER REFERENCES sessions (id),
    problem      TEXT    NOT NULL,
    follow_up    TEXT,
    mode         TEXT    NOT NULL,
    started_at   INTEGER,
    submitted_at INTEGER NOT NULL,
    verdict      TEXT    NOT NULL,
    passed       INTEGER NOT NULL,
    total        INTEGER NOT NULL,
    hints_used   INTEGER NOT NULL,
    score        INTEGER,
    complexity   TEXT,
    meets_target INTEGER,
    filename     TEXT    NOT NULL,
    code         TEXT    NOT NULL,
    report       TEXT    NOT NULL
);
CREATE INDEX attempts_by_problem ON attempts (problem, submitted_at);

-- Hints shown, in the session they were asked for.
CREATE TABLE hints (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id),
    problem     TEXT    NOT NULL,
    number      INTEGER NOT NULL,
    shown_at    INTEGER NOT NULL
);

-- Study plans; at most one is active.
CREATE TABLE plans (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    plan        TEXT    NOT NULL,
    started_on  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    active      INTEGER NOT NULL
);

-- Finished mock interviews: their events and report (JSON).
CREATE TABLE mocks (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER REFERENCES sessions (id),
    problem     TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER NOT NULL,
    events      TEXT    NOT NULL,
    report      TEXT    NOT NULL
);
