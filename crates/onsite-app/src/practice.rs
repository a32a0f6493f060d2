//! The practice workflow over the history store: starting work on a problem (stub and timer),
//! submitting from one's own editor, hints, review, study plans, timed practice, mock
//! interviews and statistics. Everything returns a plain serialisable report.

use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Timestamp, Zoned};
use onsite_judge::{JudgeEvent, Scope};
use onsite_practice::mock::{CodeScore, MockContext};
use onsite_practice::{
    Attempt, Card, Grade, MockEvent, MockEventKind, MockReport, MockStage, Mode, Plan,
    PlanProgress, PlanSpec, ProblemInfo, Scheduler, Stats,
};
use onsite_problems::{CaseSource, Problem, TestCase, PATTERNS};
use onsite_store::{Access, NewAttempt, Store, WorkSession};
use onsite_types::{ClarifyTopic, Difficulty, EdgeCategory};
use serde::Serialize;

use crate::{
    read_source, source_text, stub_for, submission_name, App, AppError, ProblemSummary,
    SubmissionReport,
};

/// The history database's file name inside the data directory.
pub const DATABASE_FILE: &str = "onsite.db";

/// Work on a problem counts as one session while it is younger than this: a submission after
/// it starts a new one (and its time is not known).
pub const SESSION_SPAN: SignedDuration = SignedDuration::from_hours(12);

/// A mock interview's time box, in minutes.
pub const MOCK_MINUTES: i64 = 45;

/// The practice history of one process: one store (one pool of connections) and the runtime
/// its calls run on, shared by every `App` of the process (a server's readers and judge
/// workers alike). Cloning shares it; the last clone dropped closes it.
#[derive(Clone)]
pub struct History {
    inner: std::sync::Arc<Shared>,
}

struct Shared {
    /// Always `Some` until dropped.
    rt: Option<tokio::runtime::Runtime>,
    store: Store,
    path: PathBuf,
}

impl History {
    /// Open the history at `path` (`access`: whether this process records anything).
    pub fn open(path: &Path, access: Access) -> Result<History, AppError> {
        let open = || -> Result<History, AppError> {
            // One worker thread: the store's calls are blocked on from whichever thread asks
            // (a reader, a judge worker), and the runtime only drives timers and the pool.
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("onsite-history")
                .enable_all()
                .build()
                .map_err(|source| AppError::Write {
                    path: path.to_owned(),
                    source,
                })?;
            let store = rt.block_on(Store::open_with(path, access))?;
            Ok(History {
                inner: std::sync::Arc::new(Shared {
                    rt: Some(rt),
                    store,
                    path: path.to_owned(),
                }),
            })
        };
        // Opened from inside an async runtime (a server starting), blocking is not allowed
        // on its threads: open on a thread of its own.
        if tokio::runtime::Handle::try_current().is_ok() {
            std::thread::scope(|s| s.spawn(open).join()).unwrap_or_else(|_| {
                Err(AppError::Write {
                    path: path.to_owned(),
                    source: std::io::Error::other("opening the history panicked"),
                })
            })
        } else {
            open()
        }
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    fn store(&self) -> &Store {
        &self.inner.store
    }

    fn run<T>(
        &self,
        f: impl std::future::Future<Output = Result<T, onsite_store::StoreError>>,
    ) -> Result<T, AppError> {
        let rt = self
            .inner
            .rt
            .as_ref()
            .expect("the runtime lives until drop");
        Ok(rt.block_on(f)?)
    }

    /// Write the whole history to `out` as JSON Lines; returns how many records.
    pub fn export(&self, out: &mut dyn std::io::Write, name: &Path) -> Result<u64, AppError> {
        self.run(self.store().export(out, name))
    }

    /// Merge an export into the history.
    pub fn import(
        &self,
        input: &mut dyn std::io::BufRead,
        name: &Path,
    ) -> Result<onsite_store::ImportSummary, AppError> {
        self.run(self.store().import(input, name))
    }

    /// A consistent copy of the history in a new file, checked.
    pub fn backup(&self, to: &Path) -> Result<(), AppError> {
        self.run(self.store().backup(to))
    }
}

impl Drop for Shared {
    fn drop(&mut self) {
        let Some(rt) = self.rt.take() else { return };
        let store = self.store.clone();
        let close = move || {
            rt.block_on(store.close());
            drop(rt);
        };
        // Dropped inside an async runtime (the web server's state at shutdown), a runtime can
        // neither block nor be dropped there: close on a thread of its own.
        if tokio::runtime::Handle::try_current().is_ok() {
            let _ = std::thread::spawn(close).join();
        } else {
            close();
        }
    }
}

/// How a command opens the history.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum HistoryAccess {
    /// It records: opened for writing (created and migrated when needed); a read-only or full
    /// disk is an error before any work.
    #[default]
    ReadWrite,
    /// It only reads: it works on a read-only file, folder or disk, and a missing history reads
    /// as empty.
    ReadOnly,
    /// It writes when it can (`onsite plan` activates the core plan on first use), and only
    /// reads where the history cannot be written.
    WriteIfWritable,
}

/// Where work on a problem began.
#[derive(Debug, Clone, Serialize)]
pub struct StartReport {
    /// The problem.
    pub problem: String,
    /// Its title.
    pub title: String,
    /// The stub written.
    pub path: PathBuf,
    /// How the work is done.
    pub mode: Mode,
    /// The session opened.
    pub session: i64,
    /// When the clock started.
    pub started_at: Timestamp,
    /// When the time runs out, for timed work.
    pub deadline: Option<Timestamp>,
}

/// What the review schedule now says about a problem.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewNote {
    /// The grade the session earned so far.
    pub grade: Grade,
    /// When the problem comes back.
    pub due: Timestamp,
    /// Days until then.
    pub interval_days: i64,
}

/// A recorded submission.
#[derive(Debug, Clone, Serialize)]
pub struct SubmitReport {
    /// The judge's report.
    #[serde(flatten)]
    pub report: SubmissionReport,
    /// The follow-up judged, if any.
    pub follow_up: Option<String>,
    /// The attempt's id in the history.
    pub attempt: i64,
    /// How it was made.
    pub mode: Mode,
    /// Seconds since the session started (null: submitted with no session open).
    pub time_spent_secs: Option<i64>,
    /// Hints shown in the session.
    pub hints_used: u32,
    /// Whether it came before the session's deadline (null: no deadline).
    pub within_deadline: Option<bool>,
    /// The problem's place in the review schedule now (null for follow-ups).
    pub review: Option<ReviewNote>,
    /// Where the history is kept.
    pub database: PathBuf,
}

/// A hint asked for.
#[derive(Debug, Clone, Serialize)]
pub struct HintReport {
    /// The problem.
    pub problem: String,
    /// This hint's number, from 1 (null when every hint was already shown).
    pub number: Option<u32>,
    /// How many hints the problem has.
    pub total: u32,
    /// The hint.
    pub text: Option<String>,
}

/// A problem due for review.
#[derive(Debug, Clone, Serialize)]
pub struct DueItem {
    /// The problem.
    pub problem: String,
    /// Its title.
    pub title: String,
    /// Its difficulty.
    pub difficulty: Difficulty,
    /// When it fell due.
    pub due: Timestamp,
    /// Whole days overdue.
    pub overdue_days: i64,
    /// Its last grade.
    pub last_grade: Grade,
    /// The chance of re-solving it now (0 when it was last failed).
    pub recall: f32,
}

/// The review queue.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewQueue {
    /// Due now, most overdue first.
    pub due: Vec<DueItem>,
    /// Falling due in the next seven days.
    pub upcoming: u32,
    /// Problems in the schedule.
    pub scheduled: u32,
}

/// What `onsite stats` reports.
#[derive(Debug, Clone, Serialize)]
pub struct StatsReport {
    /// The statistics.
    #[serde(flatten)]
    pub stats: Stats,
    /// Mock interviews finished.
    pub mock_interviews: u32,
    /// Where the history is kept.
    pub database: PathBuf,
}

/// Today's part of a plan.
#[derive(Debug, Clone, Serialize)]
pub struct TodayPlan {
    /// The session's number.
    pub session: u32,
    /// Its new problems not solved yet.
    pub new: Vec<ProblemSummary>,
    /// Reviews due now.
    pub reviews_due: Vec<String>,
    /// A timed problem of this difficulty to finish with.
    pub timed: Option<Difficulty>,
    /// Whether to end with a mock interview.
    pub mock: bool,
}

/// What `onsite plan` reports.
#[derive(Debug, Clone, Serialize)]
pub struct PlanReport {
    /// The active plan.
    pub plan: Plan,
    /// When it started.
    pub started: jiff::civil::Date,
    /// Whether it was made active by this call.
    pub activated: bool,
    /// Progress against it.
    pub progress: PlanProgress,
    /// What to do today (null when every new problem is solved).
    pub today: Option<TodayPlan>,
}

/// A change of plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanChoice {
    /// The built-in core plan.
    Core,
    /// A plan generated for a target.
    Target(PlanSpec),
}

/// A mock interview in progress: plain data, so either front end can hold it between steps.
#[derive(Debug, Clone, Serialize)]
pub struct MockInterview {
    /// The problem.
    pub problem: String,
    /// Its title.
    pub title: String,
    /// Its statement.
    pub statement: String,
    /// Its session.
    pub session: i64,
    /// The stub to code in (none when the editor holds the code, as in the browser).
    pub path: Option<PathBuf>,
    /// The starting code.
    pub stub: String,
    /// The topics the candidate can ask about.
    pub topics: Vec<ClarifyTopic>,
    /// When time runs out.
    pub deadline: Timestamp,
    /// The stage now.
    pub stage: MockStage,
    /// The follow-up the interviewer will ask, when the problem has one: (id, prompt).
    pub follow_up: Option<(String, String)>,
    /// What happened so far.
    pub events: Vec<MockEvent>,
    #[serde(skip)]
    last_scores: Vec<CodeScore>,
}

/// The interviewer's answer to a clarifying question.
#[derive(Debug, Clone, Serialize)]
pub struct MockAnswer {
    /// The topic asked about.
    pub topic: ClarifyTopic,
    /// The question as the problem phrases it (null when it has none on this topic).
    pub question: Option<String>,
    /// The answer.
    pub answer: String,
}

fn stub_path(dir: &Path, problem: &Problem, suffix: Option<&str>) -> PathBuf {
    let base = problem.slug.replace('-', "_");
    match suffix {
        Some(s) => dir.join(format!("{base}_{s}.py")),
        None => dir.join(format!("{base}.py")),
    }
}

/// The problem a file says it solves: its `# onsite: <slug>` line (among the first ten).
pub fn slug_in_header(source: &str) -> Option<String> {
    source.lines().take(10).find_map(|line| {
        let rest = line.trim().strip_prefix('#')?.trim_start();
        let slug = rest.strip_prefix("onsite:")?.trim();
        (!slug.is_empty() && !slug.contains(char::is_whitespace)).then(|| slug.to_owned())
    })
}

impl App {
    fn history(&mut self) -> Result<&History, AppError> {
        if self.history.is_none() {
            let path = self.history_path()?;
            tracing::debug!(path = %path.display(), access = ?self.access, "opening the practice history");
            let history = match self.access {
                HistoryAccess::ReadOnly => History::open(&path, Access::ReadOnly)?,
                HistoryAccess::ReadWrite => History::open(&path, Access::ReadWrite)?,
                HistoryAccess::WriteIfWritable => match History::open(&path, Access::ReadWrite) {
                    Err(AppError::Store(onsite_store::StoreError::ReadOnly { .. })) => {
                        tracing::debug!("the history is read-only: reading it as it is");
                        History::open(&path, Access::ReadOnly)?
                    }
                    other => other?,
                },
            };
            self.history = Some(history);
        }
        Ok(self.history.as_ref().expect("set above"))
    }

    /// The history's file.
    pub fn history_path(&self) -> Result<PathBuf, AppError> {
        let dir = self
            .settings
            .effective_data_dir()
            .ok_or(AppError::NoDataDir)?;
        Ok(dir.join(DATABASE_FILE))
    }

    /// Open the practice history now (it opens on first use otherwise) and return it, to share
    /// with other `App`s of this process ([`App::with_history`]): a server opens it once, before
    /// its readers and workers.
    pub fn open_history(&mut self) -> Result<History, AppError> {
        Ok(self.history()?.clone())
    }

    /// Write the whole history as JSON Lines to `out` (`name` names it in messages); returns
    /// how many records.
    pub fn export_history(
        &mut self,
        out: &mut dyn std::io::Write,
        name: &Path,
    ) -> Result<u64, AppError> {
        self.history()?.export(out, name)
    }

    /// Merge the export at `file` into the history.
    pub fn import_history(&mut self, file: &Path) -> Result<onsite_store::ImportSummary, AppError> {
        let input = std::fs::File::open(file).map_err(|source| {
            AppError::Store(onsite_store::StoreError::File {
                what: "read",
                path: file.to_owned(),
                source,
            })
        })?;
        self.history()?
            .import(&mut std::io::BufReader::new(input), file)
    }

    /// Copy the history into the new file `to`, consistently, and check the copy; returns the
    /// history's own file.
    pub fn backup_history(&mut self, to: &Path) -> Result<PathBuf, AppError> {
        let h = self.history()?;
        h.backup(to)?;
        Ok(h.path().to_owned())
    }

    /// Use `history` (opened by another `App` of this process) instead of opening one.
    pub fn with_history(mut self, history: History) -> App {
        self.history = Some(history);
        self
    }

    /// How the history is opened when it is first used.
    pub fn set_history_access(&mut self, access: HistoryAccess) {
        self.access = access;
    }

    /// Now, in the user's time zone (the settings may fix it).
    pub fn now(&self) -> Zoned {
        self.settings.now()
    }

    /// The bank as the practice logic sees it.
    pub fn bank(&self) -> Vec<ProblemInfo> {
        self.catalog
            .problems()
            .into_iter()
            .map(|p| ProblemInfo {
                slug: p.slug.clone(),
                title: p.title.clone(),
                difficulty: p.difficulty,
                patterns: p.patterns.clone(),
            })
            .collect()
    }

    fn cards_from(&self, attempts: &[Attempt]) -> Vec<Card> {
        let difficulty = |slug: &str| self.catalog.get(slug).map(|p| p.difficulty);
        onsite_practice::cards(attempts, &difficulty, &Scheduler::default())
    }

    /// Write a stub for a problem into `dir` and start the clock on it (`onsite start`).
    pub fn start(&mut self, slug: &str, dir: &Path, force: bool) -> Result<StartReport, AppError> {
        self.begin(slug, dir, force, Mode::Practice, None, None)
    }

    fn begin(
        &mut self,
        slug: &str,
        dir: &Path,
        force: bool,
        mode: Mode,
        suffix: Option<&str>,
        minutes: Option<i64>,
    ) -> Result<StartReport, AppError> {
        let problem = self.problem(slug)?.clone();
        let path = stub_path(dir, &problem, suffix);
        let existed = path.exists();
        if existed && !force {
            return Err(AppError::WouldOverwrite { path });
        }
        let now = self.now().timestamp();
        let deadline = minutes.map(|m| now + SignedDuration::from_mins(m));
        // Open the database first: a stub with no clock behind it would mislead.
        self.history()?;
        let write = || -> std::io::Result<()> {
            fs_err::create_dir_all(dir)?;
            fs_err::write(&path, stub_for(&problem))
        };
        write().map_err(|source| AppError::Write {
            path: path.clone(),
            source,
        })?;
        let shown = path.display().to_string();
        let h = self.history()?;
        let session =
            match h.run(
                h.store()
                    .start_session(&problem.slug, mode, now, deadline, Some(&shown)),
            ) {
                Ok(id) => id,
                Err(e) => {
                    // No clock behind it (a full or read-only disk): the new stub would mislead.
                    if !existed {
                        let _ = fs_err::remove_file(&path);
                    }
                    return Err(e);
                }
            };
        Ok(StartReport {
            problem: problem.slug.clone(),
            title: problem.title.clone(),
            path,
            mode,
            session,
            started_at: now,
            deadline,
        })
    }

    /// The session a submission or hint at `now` belongs to: the problem's latest, while it is
    /// younger than [`SESSION_SPAN`]; otherwise a new practice session starting now (whose
    /// start says nothing about time spent, hence `false`).
    fn current_session(
        &mut self,
        slug: &str,
        now: Timestamp,
        file: Option<&str>,
    ) -> Result<(WorkSession, bool), AppError> {
        let h = self.history()?;
        h.run(h.store().current_session(slug, now, SESSION_SPAN, file))
    }

    /// Judge a file and record the attempt (`onsite submit`). The problem is read from the
    /// file's `# onsite: <slug>` header unless given.
    pub fn submit(
        &mut self,
        path: &Path,
        problem: Option<&str>,
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<SubmitReport, AppError> {
        let source = read_source(path)?;
        let spec = match problem {
            Some(p) => p.to_owned(),
            None => slug_in_header(&source).ok_or_else(|| AppError::NoProblemHeader {
                path: path.to_owned(),
            })?,
        };
        let filename = submission_name(Some(path));
        self.submit_source(
            &spec,
            &filename,
            source,
            Some(&path.display().to_string()),
            on_event,
        )
    }

    /// Judge source code and record the attempt (the web editor's submit; `file` names where
    /// the code lives, when it is a file).
    pub fn submit_source(
        &mut self,
        spec: &str,
        filename: &str,
        source: String,
        file: Option<&str>,
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<SubmitReport, AppError> {
        self.target(spec)?;
        let (slug, follow_up) = match spec.split_once('/') {
            Some((s, f)) => (s.to_owned(), Some(f.to_owned())),
            None => (spec.to_owned(), None),
        };
        let filename = filename.to_owned();
        let now = self.now().timestamp();
        let (session, known_start) = self.current_session(&slug, now, file)?;
        let h = self.history()?;
        let hints_used = h.run(h.store().hints_in_session(session.id))?;
        // The session's earlier submissions of the same target: how they were fixed is the
        // evidence for debugging.
        let attempts = h.run(
            h.store()
                .attempts_in_session(session.id, follow_up.as_deref()),
        )?;
        let mut earlier = Vec::with_capacity(attempts.len());
        for a in attempts {
            // Whether its report showed a counterexample, read from the report it kept.
            let saw_counterexample = a.verdict != onsite_types::Verdict::Accepted
                && h.run(h.store().attempt_detail(a.id))?
                    .and_then(|d| serde_json::from_str::<serde_json::Value>(&d.report).ok())
                    .is_some_and(|r| r["counterexample"]["found"].is_object());
            earlier.push(onsite_feedback::PriorSubmission {
                verdict: a.verdict,
                passed: a.passed as usize,
                total: a.total as usize,
                saw_counterexample,
            });
        }
        let report = self.judge_with_history(
            spec,
            &filename,
            source.clone(),
            Scope::All,
            Some(&earlier),
            on_event,
        )?;
        let started_at = known_start.then_some(session.started_at);
        let attempt = Attempt {
            id: 0,
            session: Some(session.id),
            problem: slug.clone(),
            follow_up: follow_up.clone(),
            mode: session.mode,
            started_at,
            submitted_at: now,
            verdict: report.verdict,
            passed: report.tests.passed as u32,
            total: report.tests.total as u32,
            hints_used,
            score: report.scores.as_ref().and_then(|s| s.overall),
            complexity: report.complexity.time,
            meets_target: report.complexity.meets_target,
        };
        let json = to_json(&report)?;
        let h = self.history()?;
        // Recorded only once the commit succeeded; a full or read-only disk is an error here,
        // never a report of an attempt that is not there.
        let recorded = h.run(h.store().record_attempt(&NewAttempt {
            attempt,
            filename,
            code: source,
            report: json,
        }))?;
        let (id, hints_used) = (recorded.id, recorded.hints_used);
        // The card of this problem depends on its attempts only.
        let attempts = h.run(h.store().attempts_on(&slug))?;
        let database = h.path().to_owned();
        let review = if follow_up.is_none() {
            self.cards_from(&attempts)
                .into_iter()
                .find(|c| c.problem == slug)
                .map(|c| ReviewNote {
                    grade: c.last_grade,
                    due: c.due,
                    interval_days: c.due.duration_since(now).as_hours().div_euclid(24),
                })
        } else {
            None
        };
        Ok(SubmitReport {
            report,
            follow_up,
            attempt: id,
            mode: session.mode,
            time_spent_secs: started_at.map(|s| now.duration_since(s).as_secs()),
            hints_used,
            within_deadline: session.deadline.map(|d| now <= d),
            review,
            database,
        })
    }

    /// Show the next hint for a problem and record it in the current session.
    pub fn hint(&mut self, slug: &str) -> Result<HintReport, AppError> {
        let problem = self.problem(slug)?.clone();
        let now = self.now().timestamp();
        let total = problem.hints.len() as u32;
        let h = self.history()?;
        // Session found or opened, hints counted and the next recorded, in one transaction:
        // the hint lands in the session the next submission is recorded in.
        let (_, number) =
            h.run(
                h.store()
                    .record_next_hint(&problem.slug, now, SESSION_SPAN, total),
            )?;
        Ok(HintReport {
            problem: problem.slug.clone(),
            number,
            total,
            text: number.and_then(|n| problem.hints.get(n as usize - 1).cloned()),
        })
    }

    /// The problems due for review now.
    pub fn review_queue(&mut self) -> Result<ReviewQueue, AppError> {
        let now = self.now();
        let h = self.history()?;
        let attempts = h.run(h.store().attempts())?;
        let cards = self.cards_from(&attempts);
        let t = now.timestamp();
        let due = onsite_practice::pick::due_reviews(&cards, t)
            .into_iter()
            .filter_map(|c| {
                let p = self.catalog.get(&c.problem)?;
                Some(DueItem {
                    problem: c.problem.clone(),
                    title: p.title.clone(),
                    difficulty: p.difficulty,
                    due: c.due,
                    overdue_days: t.duration_since(c.due).as_hours().div_euclid(24),
                    last_grade: c.last_grade,
                    // As in mastery: a problem last failed is not known, whatever FSRS's
                    // memory model says of the answer just seen.
                    recall: if c.last_grade == Grade::Again {
                        0.0
                    } else {
                        (c.retrievability(t) * 100.0).round() / 100.0
                    },
                })
            })
            .collect();
        let week = t + SignedDuration::from_hours(24 * 7);
        Ok(ReviewQueue {
            due,
            upcoming: cards.iter().filter(|c| c.due > t && c.due <= week).count() as u32,
            scheduled: cards.len() as u32,
        })
    }

    /// Start re-solving a due problem (the most overdue, or `slug`) from a blank stub: a new
    /// file named for today, so an earlier solution is neither shown nor overwritten.
    pub fn begin_review(
        &mut self,
        slug: Option<&str>,
        dir: &Path,
        force: bool,
    ) -> Result<Option<StartReport>, AppError> {
        let slug = match slug {
            Some(s) => s.to_owned(),
            None => match self.review_queue()?.due.first() {
                Some(item) => item.problem.clone(),
                None => return Ok(None),
            },
        };
        let suffix = format!("review_{}", self.now().date().strftime("%Y%m%d"));
        self.begin(&slug, dir, force, Mode::Review, Some(&suffix), None)
            .map(Some)
    }

    /// Start timed practice on a problem chosen by weakness (or `slug`): a blank stub and a
    /// deadline of the usual interview time for its difficulty.
    pub fn begin_timed(
        &mut self,
        slug: Option<&str>,
        difficulty: Option<Difficulty>,
        dir: &Path,
        force: bool,
    ) -> Result<StartReport, AppError> {
        let slug = match slug {
            Some(s) => s.to_owned(),
            None => self.pick_by_weakness(difficulty)?,
        };
        let minutes = i64::from(onsite_practice::budget_minutes(
            self.problem(&slug)?.difficulty,
        ));
        let suffix = format!("timed_{}", self.now().date().strftime("%Y%m%d"));
        self.begin(&slug, dir, force, Mode::Timed, Some(&suffix), Some(minutes))
    }

    fn pick_by_weakness(&mut self, difficulty: Option<Difficulty>) -> Result<String, AppError> {
        let now = self.now();
        let h = self.history()?;
        let attempts = h.run(h.store().attempts())?;
        let cards = self.cards_from(&attempts);
        let bank = self.bank();
        let mastery = onsite_practice::mastery(&bank, &attempts, &cards, now.timestamp());
        let today = now.date();
        let recent: Vec<&str> = attempts
            .iter()
            .filter(|a| a.submitted_at.to_zoned(now.time_zone().clone()).date() == today)
            .map(|a| a.problem.as_str())
            .collect();
        onsite_practice::pick::timed_problem(&bank, &mastery, difficulty, &recent)
            .or_else(|| onsite_practice::pick::timed_problem(&bank, &mastery, difficulty, &[]))
            .map(|p| p.slug.clone())
            .ok_or(AppError::NothingToPick {
                difficulty: difficulty.unwrap_or(Difficulty::Medium),
            })
    }

    /// Statistics over the whole history.
    pub fn stats(&mut self) -> Result<StatsReport, AppError> {
        let now = self.now();
        let h = self.history()?;
        let attempts = h.run(h.store().attempts())?;
        let mocks = h.run(h.store().mock_count())?;
        let database = h.path().to_owned();
        let cards = self.cards_from(&attempts);
        Ok(StatsReport {
            stats: onsite_practice::stats(&self.bank(), &attempts, &cards, &now),
            mock_interviews: mocks,
            database,
        })
    }

    /// Every attempt as CSV (one row each, oldest first), for spreadsheets.
    pub fn attempts_csv(&mut self, out: &mut dyn std::io::Write) -> Result<(), AppError> {
        let h = self.history()?;
        let attempts = h.run(h.store().attempts())?;
        let csv_err = |e: csv::Error| AppError::Write {
            path: PathBuf::from("<stdout>"),
            source: std::io::Error::other(e),
        };
        let mut w = csv::Writer::from_writer(out);
        w.write_record([
            "id",
            "problem",
            "follow_up",
            "mode",
            "started_at",
            "submitted_at",
            "verdict",
            "passed",
            "total",
            "hints_used",
            "score",
            "complexity",
            "meets_target",
            "time_spent_secs",
        ])
        .map_err(csv_err)?;
        for a in &attempts {
            let opt = |v: Option<String>| v.unwrap_or_default();
            w.write_record([
                a.id.to_string(),
                a.problem.clone(),
                opt(a.follow_up.clone()),
                a.mode.to_string(),
                opt(a.started_at.map(|t| t.to_string())),
                a.submitted_at.to_string(),
                a.verdict.as_str().to_owned(),
                a.passed.to_string(),
                a.total.to_string(),
                a.hints_used.to_string(),
                opt(a.score.map(|s| s.to_string())),
                opt(a.complexity.map(|c| c.to_string())),
                opt(a.meets_target.map(|m| m.to_string())),
                opt(a.time_spent().map(|t| t.as_secs().to_string())),
            ])
            .map_err(csv_err)?;
        }
        w.flush().map_err(|source| AppError::Write {
            path: PathBuf::from("<stdout>"),
            source,
        })
    }

    /// The active study plan and today's session; `choice` replaces the plan first (starting
    /// today). With no plan yet, the core plan becomes active.
    pub fn plan(&mut self, choice: Option<PlanChoice>) -> Result<PlanReport, AppError> {
        let now = self.now();
        let bank = self.bank();
        let h = self.history()?;
        let mut activated = false;
        let existing = h.run(h.store().active_plan())?;
        let read_only = h.store().access() == Access::ReadOnly;
        let (plan, started) = match (choice, existing) {
            (None, Some(active)) => active,
            // Only looking, with no plan yet: the core plan as it would start today.
            (None, None) if read_only => (Plan::core(&bank, PATTERNS), now.date()),
            (choice, _) => {
                let plan = match choice {
                    Some(PlanChoice::Target(spec)) => Plan::generate(spec, &bank, PATTERNS),
                    Some(PlanChoice::Core) | None => Plan::core(&bank, PATTERNS),
                };
                h.run(h.store().set_plan(&plan, now.date(), now.timestamp()))?;
                activated = true;
                (plan, now.date())
            }
        };
        let attempts = h.run(h.store().attempts())?;
        let progress = plan.progress(started, &attempts, now.date());
        let cards = self.cards_from(&attempts);
        let reviews_due: Vec<String> = onsite_practice::pick::due_reviews(&cards, now.timestamp())
            .into_iter()
            .map(|c| c.problem.clone())
            .collect();
        let today = progress.current.as_ref().map(|s| TodayPlan {
            session: s.number,
            new: progress
                .current_unsolved
                .iter()
                .filter_map(|slug| self.catalog.get(slug).map(ProblemSummary::of))
                .collect(),
            reviews_due: if s.review || !reviews_due.is_empty() {
                reviews_due.clone()
            } else {
                Vec::new()
            },
            timed: s.timed,
            mock: s.mock,
        });
        Ok(PlanReport {
            plan,
            started,
            activated,
            progress,
            today,
        })
    }

    /// Judge a file on cases of one's own (argument name to value, as in the problem's test
    /// files): each input is checked against the constraints, and the reference's output is
    /// the expected one. Nothing is recorded.
    pub fn run_cases(
        &mut self,
        spec: &str,
        path: &Path,
        cases: &[serde_json::Value],
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<SubmissionReport, AppError> {
        self.target(spec)?;
        let source = read_source(path)?;
        let filename = submission_name(Some(path));
        self.run_source_cases(spec, &filename, source, cases, on_event)
    }

    /// [`App::run_cases`] on source code.
    pub fn run_source_cases(
        &mut self,
        spec: &str,
        filename: &str,
        source: String,
        cases: &[serde_json::Value],
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<SubmissionReport, AppError> {
        let mut problem = self.target(spec)?;
        for (i, input) in cases.iter().enumerate() {
            problem
                .check_input(input)
                .map_err(|why| AppError::BadCase { number: i + 1, why })?;
        }
        problem.examples = cases
            .iter()
            .enumerate()
            .map(|(i, input)| TestCase {
                visible: true,
                file: "your cases",
                line: i + 1,
                category: EdgeCategory::Basic,
                note: None,
                source: CaseSource::Input(input.clone()),
                expected: None,
                take: None,
                brute: true,
            })
            .collect();
        problem.hidden.clear();
        let source = source_text(source);
        let analysis = onsite_analysis::analyse(&source);
        let submission = onsite_judge::Submission {
            filename: filename.to_owned(),
            source,
        };
        let report = match self
            .judge()?
            .judge(&problem, &submission, Scope::Examples, on_event)
        {
            Ok(r) => r,
            Err(onsite_judge::JudgeError::Reference { test, message, .. }) => {
                return Err(AppError::BadCase {
                    number: test
                        .rsplit(':')
                        .next()
                        .and_then(|n| n.trim().parse().ok())
                        .unwrap_or(0),
                    why: message,
                })
            }
            Err(e) => return Err(e.into()),
        };
        let mut out = SubmissionReport::new(&problem, report);
        out.add_feedback(&analysis, None);
        Ok(out)
    }

    /// Begin a mock interview on `slug`, or on a medium chosen by weakness.
    pub fn mock_begin(
        &mut self,
        slug: Option<&str>,
        dir: Option<&Path>,
        force: bool,
    ) -> Result<MockInterview, AppError> {
        let slug = match slug {
            Some(s) => s.to_owned(),
            None => self.pick_by_weakness(Some(Difficulty::Medium))?,
        };
        let (session, started_at, path) = match dir {
            Some(dir) => {
                let suffix = format!("mock_{}", self.now().date().strftime("%Y%m%d"));
                let start = self.begin(
                    &slug,
                    dir,
                    force,
                    Mode::Mock,
                    Some(&suffix),
                    Some(MOCK_MINUTES),
                )?;
                (start.session, start.started_at, Some(start.path))
            }
            None => {
                let problem = self.problem(&slug)?.slug.clone();
                let now = self.now().timestamp();
                let deadline = now + SignedDuration::from_mins(MOCK_MINUTES);
                let h = self.history()?;
                let session = h.run(h.store().start_session(
                    &problem,
                    Mode::Mock,
                    now,
                    Some(deadline),
                    None,
                ))?;
                (session, now, None)
            }
        };
        let problem = self.problem(&slug)?;
        let mut m = MockInterview {
            problem: problem.slug.clone(),
            title: problem.title.clone(),
            statement: problem.statement.clone(),
            session,
            path,
            stub: stub_for(problem),
            topics: ClarifyTopic::ALL.to_vec(),
            deadline: started_at + SignedDuration::from_mins(MOCK_MINUTES),
            stage: MockStage::Clarify,
            follow_up: problem
                .follow_ups
                .first()
                .map(|f| (f.id.clone(), f.prompt.clone())),
            events: Vec::new(),
            last_scores: Vec::new(),
        };
        m.events.push(MockEvent {
            at: started_at,
            kind: MockEventKind::Stage {
                stage: MockStage::Clarify,
            },
        });
        Ok(m)
    }

    /// The code of a mock interview: given (the browser's editor), or read from its stub.
    fn mock_code(m: &MockInterview, code: Option<String>) -> Result<String, AppError> {
        match (code, &m.path) {
            (Some(code), _) => Ok(code),
            (None, Some(path)) => read_source(path),
            (None, None) => Err(AppError::BadCase {
                number: 0,
                why: "no code was sent and the interview has no file".into(),
            }),
        }
    }

    fn mock_event(&self, m: &mut MockInterview, kind: MockEventKind) {
        m.events.push(MockEvent {
            at: self.now().timestamp(),
            kind,
        });
    }

    /// Move the interview to a stage.
    pub fn mock_stage(&self, m: &mut MockInterview, stage: MockStage) {
        if m.stage != stage {
            m.stage = stage;
            self.mock_event(m, MockEventKind::Stage { stage });
        }
    }

    /// Ask a clarifying question; the interviewer answers from the problem's clarifications.
    pub fn mock_ask(
        &self,
        m: &mut MockInterview,
        topic: ClarifyTopic,
    ) -> Result<MockAnswer, AppError> {
        let problem = self.problem(&m.problem)?;
        let found = problem.clarifications.iter().find(|c| c.topic == topic);
        let answer = MockAnswer {
            topic,
            question: found.map(|c| c.question.clone()),
            answer: found.map_or_else(
                || "Nothing special about that here; the statement's constraints hold.".to_owned(),
                |c| c.answer.clone(),
            ),
        };
        self.mock_event(m, MockEventKind::Asked { topic });
        Ok(answer)
    }

    /// State an approach (brute force or optimisation); its complexity is read from the text.
    pub fn mock_state(&self, m: &mut MockInterview, stage: MockStage, text: &str) {
        let complexity = onsite_analysis::stated_complexity(text);
        self.mock_event(
            m,
            MockEventKind::Stated {
                stage,
                text: text.trim().to_owned(),
                complexity,
            },
        );
    }

    /// Run the stub on the examples, or on cases of one's own.
    pub fn mock_run(
        &mut self,
        m: &mut MockInterview,
        code: Option<String>,
        cases: &[serde_json::Value],
    ) -> Result<SubmissionReport, AppError> {
        let source = Self::mock_code(m, code)?;
        let report = if cases.is_empty() {
            self.judge_source(
                &m.problem,
                "solution.py",
                source,
                Scope::Examples,
                &mut |_| {},
            )?
        } else {
            self.run_source_cases(&m.problem, "solution.py", source, cases, &mut |_| {})?
        };
        self.mock_event(
            m,
            MockEventKind::Ran {
                own_cases: !cases.is_empty(),
                verdict: report.verdict,
            },
        );
        Ok(report)
    }

    /// Submit the stub (to the follow-up once asked) and record the attempt.
    pub fn mock_submit(
        &mut self,
        m: &mut MockInterview,
        code: Option<String>,
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<SubmitReport, AppError> {
        let source = Self::mock_code(m, code)?;
        let follow_up = (m.stage == MockStage::FollowUp)
            .then(|| m.follow_up.as_ref().map(|(id, _)| id.clone()))
            .flatten();
        let spec = match &follow_up {
            Some(id) => format!("{}/{id}", m.problem),
            None => m.problem.clone(),
        };
        let file = m.path.as_ref().map(|p| p.display().to_string());
        let filename = submission_name(m.path.as_deref());
        let report = self.submit_source(&spec, &filename, source, file.as_deref(), on_event)?;
        if follow_up.is_none() {
            if let Some(card) = &report.report.scores {
                m.last_scores = card
                    .dimensions
                    .iter()
                    .map(|s| CodeScore {
                        dimension: s.dimension,
                        score: s.score,
                        evidence: s.evidence.clone(),
                    })
                    .collect();
            }
        }
        self.mock_event(
            m,
            MockEventKind::Submitted {
                follow_up,
                verdict: report.report.verdict,
                passed: report.report.tests.passed as u32,
                total: report.report.tests.total as u32,
            },
        );
        Ok(report)
    }

    /// Ask for the next hint during the interview (it counts against the candidate).
    pub fn mock_hint(&mut self, m: &mut MockInterview) -> Result<HintReport, AppError> {
        let hint = self.hint(&m.problem.clone())?;
        if let Some(number) = hint.number {
            self.mock_event(m, MockEventKind::Hint { number });
        }
        Ok(hint)
    }

    /// End the interview: score it, record it, and return the report.
    pub fn mock_finish(
        &mut self,
        m: &mut MockInterview,
        reason: Option<&str>,
    ) -> Result<MockReport, AppError> {
        if let Some(reason) = reason {
            self.mock_event(
                m,
                MockEventKind::Ended {
                    reason: reason.to_owned(),
                },
            );
        }
        let problem = self.problem(&m.problem)?;
        let topics: Vec<ClarifyTopic> = problem.clarifications.iter().map(|c| c.topic).collect();
        let report = onsite_practice::mock::report(
            &MockContext {
                problem: &m.problem,
                target: problem.complexity.time,
                topics: &topics,
                code: &m.last_scores,
            },
            &m.events,
        );
        let record = onsite_store::MockRecord {
            id: 0,
            session: Some(m.session),
            problem: m.problem.clone(),
            started_at: m.events.first().map_or(self.now().timestamp(), |e| e.at),
            ended_at: self.now().timestamp(),
            events: to_json(&m.events)?,
            report: to_json(&report)?,
        };
        let h = self.history()?;
        h.run(h.store().record_mock(&record))?;
        Ok(report)
    }
}

/// Everything the web editor's problem page shows, without tests or the reference solution.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemView {
    /// The problem's metadata, statement and interface.
    pub detail: crate::ProblemDetail,
    /// The starting code.
    pub stub: String,
    /// The visible examples: input and expected output.
    pub examples: Vec<serde_json::Value>,
    /// How many hints the problem has.
    pub hints_total: u32,
    /// The hints shown in the current session.
    pub hints_shown: Vec<String>,
    /// Clarifying questions a candidate could ask (the answers come in a mock interview).
    pub clarifications: Vec<ClarificationView>,
    /// Follow-ups: id and prompt.
    pub follow_ups: Vec<FollowUpView>,
    /// Whether an attempt was accepted (the editorial opens then).
    pub solved: bool,
    /// A page of the attempts at it, newest first.
    pub attempts: Vec<Attempt>,
    /// How many attempts there are in all.
    pub attempts_total: u64,
    /// The `before` that fetches the next page (null: this was the last).
    pub attempts_before: Option<i64>,
}

/// Attempts on a page of the problem view unless asked otherwise.
pub const ATTEMPTS_PAGE: u32 = 20;

/// The most attempts one page may ask for.
pub const ATTEMPTS_PAGE_MAX: u32 = 200;

/// A clarifying question.
#[derive(Debug, Clone, Serialize)]
pub struct ClarificationView {
    /// Its topic.
    pub topic: ClarifyTopic,
    /// The question.
    pub question: String,
}

/// A follow-up.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUpView {
    /// Its id.
    pub id: String,
    /// What the interviewer asks.
    pub prompt: String,
}

/// A problem in the web list: its summary and where the candidate stands.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemStatus {
    /// The summary.
    #[serde(flatten)]
    pub summary: ProblemSummary,
    /// `solved`, `attempted` or `new`.
    pub status: &'static str,
    /// The chance of re-solving it now.
    pub mastery: f32,
}

/// The problem list with progress by pattern.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemBoard {
    /// Every problem, easy first.
    pub problems: Vec<ProblemStatus>,
    /// Mastery by pattern, weakest first.
    pub patterns: Vec<onsite_practice::PatternMastery>,
}

/// One day of activity.
#[derive(Debug, Clone, Serialize)]
pub struct DayActivity {
    /// The day (the user's time zone).
    pub date: jiff::civil::Date,
    /// Attempts that day.
    pub attempts: u32,
    /// Accepted ones.
    pub accepted: u32,
    /// Minutes to accepted, summed over the accepted attempts with a known start.
    pub minutes_to_accept: f32,
    /// How many accepted attempts had a known start.
    pub timed_accepts: u32,
}

impl App {
    /// Start the clock on a problem for an editor that holds the code itself (the web page);
    /// a session already running (younger than [`SESSION_SPAN`]) is kept, not restarted.
    ///
    /// A review (`review`) is a fresh start from a blank page: it opens a review session
    /// unless one is already running.
    pub fn open_session(&mut self, slug: &str, review: bool) -> Result<WorkSession, AppError> {
        let problem = self.problem(slug)?.slug.clone();
        let now = self.now().timestamp();
        if !review {
            return Ok(self.current_session(&problem, now, None)?.0);
        }
        let h = self.history()?;
        h.run(h.store().review_session(&problem, now, SESSION_SPAN))
    }

    /// The problem page, with the newest [`ATTEMPTS_PAGE`] attempts.
    pub fn problem_view(&mut self, slug: &str) -> Result<ProblemView, AppError> {
        self.problem_view_page(slug, None, ATTEMPTS_PAGE)
    }

    /// The problem page with one page of its attempts, newest first: at most `limit`, older
    /// than attempt `before` when given.
    pub fn problem_view_page(
        &mut self,
        slug: &str,
        before: Option<i64>,
        limit: u32,
    ) -> Result<ProblemView, AppError> {
        let now = self.now().timestamp();
        let problem = self.problem(slug)?;
        let detail = crate::ProblemDetail::of(problem);
        let stub = stub_for(problem);
        let examples = problem
            .examples
            .iter()
            .filter_map(|t| match &t.source {
                CaseSource::Input(input) => Some(serde_json::json!({
                    "input": input,
                    "expected": t.expected,
                    "category": t.category,
                })),
                CaseSource::Gen { .. } => None,
            })
            .collect();
        let hints = problem.hints.clone();
        let clarifications = problem
            .clarifications
            .iter()
            .map(|c| ClarificationView {
                topic: c.topic,
                question: c.question.clone(),
            })
            .collect();
        let follow_ups = problem
            .follow_ups
            .iter()
            .map(|f| FollowUpView {
                id: f.id.clone(),
                prompt: f.prompt.clone(),
            })
            .collect();
        let slug = problem.slug.clone();
        let h = self.history()?;
        let page = h.run(h.store().attempt_page(&slug, before, limit))?;
        let solved = h.run(h.store().solved(&slug))?;
        let shown = match h.run(h.store().latest_session(&slug))? {
            Some(s) if now.duration_since(s.started_at) < SESSION_SPAN => {
                h.run(h.store().hints_in_session(s.id))?
            }
            _ => 0,
        };
        Ok(ProblemView {
            detail,
            stub,
            examples,
            hints_total: hints.len() as u32,
            hints_shown: hints.into_iter().take(shown as usize).collect(),
            clarifications,
            follow_ups,
            solved,
            attempts: page.attempts,
            attempts_total: page.total,
            attempts_before: page.next_before,
        })
    }

    /// The editorial, once the problem was accepted (`None` before).
    pub fn editorial(&mut self, slug: &str) -> Result<Option<String>, AppError> {
        let problem = self.problem(slug)?.clone();
        let h = self.history()?;
        let solved = h.run(h.store().solved(&problem.slug))?;
        Ok(if solved {
            Some(problem.editorial.clone().unwrap_or_default())
        } else {
            None
        })
    }

    /// The problem list with each problem's status and mastery by pattern.
    pub fn board(
        &mut self,
        pattern: Option<&str>,
        difficulty: Option<Difficulty>,
    ) -> Result<ProblemBoard, AppError> {
        let now = self.now().timestamp();
        let list = self.list(pattern, difficulty);
        let h = self.history()?;
        let attempts = h.run(h.store().attempts())?;
        let cards = self.cards_from(&attempts);
        let mastery = onsite_practice::mastery(&self.bank(), &attempts, &cards, now);
        let problems = list
            .into_iter()
            .map(|summary| {
                let m = mastery.problem(&summary.slug);
                let status = match m {
                    Some(m) if m.solved => "solved",
                    Some(m) if m.attempts > 0 => "attempted",
                    _ => "new",
                };
                ProblemStatus {
                    mastery: m.map_or(0.0, |m| m.mastery),
                    status,
                    summary,
                }
            })
            .collect();
        Ok(ProblemBoard {
            problems,
            patterns: mastery.patterns,
        })
    }

    /// Attempts and passes per day over the last `days` days, oldest first.
    pub fn activity(&mut self, days: u32) -> Result<Vec<DayActivity>, AppError> {
        let now = self.now();
        let tz = now.time_zone().clone();
        let today = now.date();
        let first = today
            .checked_sub(jiff::Span::new().days(days.max(1) - 1))
            .unwrap_or(today);
        let day_start = |d: jiff::civil::Date| {
            d.to_zoned(tz.clone())
                .map(|z| z.timestamp())
                .unwrap_or(now.timestamp())
        };
        let from = day_start(first);
        let to = today.tomorrow().map(day_start).unwrap_or(Timestamp::MAX);
        let h = self.history()?;
        let attempts = h.run(h.store().attempts_between(from, to))?;
        let mut out: Vec<DayActivity> = (0..days.max(1))
            .rev()
            .filter_map(|back| today.checked_sub(jiff::Span::new().days(back)).ok())
            .map(|date| DayActivity {
                date,
                attempts: 0,
                accepted: 0,
                minutes_to_accept: 0.0,
                timed_accepts: 0,
            })
            .collect();
        for a in &attempts {
            let date = a.submitted_at.to_zoned(tz.clone()).date();
            if let Some(day) = out.iter_mut().find(|d| d.date == date) {
                day.attempts += 1;
                if a.accepted() {
                    day.accepted += 1;
                    if let Some(t) = a.time_spent() {
                        day.minutes_to_accept += t.as_secs_f32() / 60.0;
                        day.timed_accepts += 1;
                    }
                }
            }
        }
        Ok(out)
    }
}

fn to_json<T: Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|e| {
        AppError::Store(onsite_store::StoreError::Data {
            what: "report",
            detail: e.to_string(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_the_problem() {
        assert_eq!(
            slug_in_header("# onsite: two-sum\n# Two Sum\n").as_deref(),
            Some("two-sum")
        );
        assert_eq!(
            slug_in_header("#!/usr/bin/env python3\n#onsite:two-sum/sorted-input\n").as_deref(),
            Some("two-sum/sorted-input")
        );
        assert_eq!(slug_in_header("def f():\n    pass\n"), None);
        assert_eq!(slug_in_header("# onsite:   \n"), None);
        assert_eq!(slug_in_header("# onsite: two sum\n"), None);
        let late = format!("{}# onsite: two-sum\n", "\n".repeat(10));
        assert_eq!(
            slug_in_header(&late),
            None,
            "only the first ten lines count"
        );
    }

    #[test]
    fn stubs_are_named_by_slug_and_purpose() {
        let catalog = onsite_problems::Catalog::bundled();
        let p = catalog.get("two-sum").expect("bundled");
        assert_eq!(
            stub_path(Path::new("d"), p, None),
            Path::new("d/two_sum.py")
        );
        assert_eq!(
            stub_path(Path::new("d"), p, Some("review_20260301")),
            Path::new("d/two_sum_review_20260301.py")
        );
    }
}
