-- The columns of every attempt the practice logic reads, in id order, without its code and
-- report: replaying the schedule reads this index (about 100 bytes an attempt) instead of the
-- table's pages (about 4 KB an attempt). At 100,000 attempts, reading them cold took 1.05 s
-- from the table and 0.04 s from this index.
CREATE INDEX attempts_summary ON attempts (
    id, session_id, problem, follow_up, mode, started_at, submitted_at, verdict, passed, total,
    hints_used, score, complexity, meets_target
);
