-- An index for every query the store issues (`tests::every_query_uses_an_index` checks them).

-- A session's attempts (the evidence for debugging, export, the hints a solve used).
CREATE INDEX attempts_by_session ON attempts (session_id);
-- A problem's attempts, newest first, one page at a time (the problem page).
CREATE INDEX attempts_by_problem_id ON attempts (problem, id);
-- Attempts in a stretch of days (the activity chart).
CREATE INDEX attempts_by_time ON attempts (submitted_at);
-- The hints shown in a session.
CREATE INDEX hints_by_session ON hints (session_id, number);
-- The active plan.
CREATE INDEX plans_by_active ON plans (active, id);
