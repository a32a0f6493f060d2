//! The one API both of onsite's front ends call.
//!
//! The CLI (and later the web server) parse their input, call these functions, and render the
//! plain serialisable reports they return. Nothing here prints or knows about terminals or HTTP.

mod counterexample;
mod judging;
mod practice;
mod report;
mod settings;
mod stub;
mod verify;

use std::path::Path;

use onsite_judge::{Judge, JudgeEvent, MeasureOptions, Python, Scope, Submission};
use onsite_problems::{Catalog, Diagnostic, Problem};
use onsite_types::Difficulty;
use onsite_types::Verdict;

pub use counterexample::{Counterexample, Search as CounterexampleSearch};
pub use onsite_analysis as analysis;
pub use onsite_feedback::{Score, Scorecard};
pub use onsite_judge::JudgeEvent as Event;
pub use onsite_practice as practice_model;
pub use onsite_store::{ImportSummary, StoreError, WorkSession};
pub use practice::{
    slug_in_header, ClarificationView, DayActivity, DueItem, FollowUpView, HintReport, History,
    HistoryAccess, MockAnswer, MockInterview, PlanChoice, PlanReport, ProblemBoard, ProblemStatus,
    ProblemView, ReviewNote, ReviewQueue, StartReport, StatsReport, SubmitReport, TodayPlan,
    ATTEMPTS_PAGE, ATTEMPTS_PAGE_MAX, DATABASE_FILE, MOCK_MINUTES, SESSION_SPAN,
};
pub use report::{ComplexityReport, ProblemDetail, ProblemSummary, SubmissionReport, TestCounts};
pub use settings::{
    Settings, DEFAULT_COUNTEREXAMPLE_MS, DEFAULT_MEASURE_MS, ENV_CACHE_DIR, ENV_COUNTEREXAMPLE_MS,
    ENV_DATA_DIR, ENV_MEASURE_MS, ENV_NOW, ENV_PROBLEMS_DIR, ENV_PYTHON, SLOW_SEARCH_MS,
};
pub use stub::stub_for;
pub use verify::{
    BruteLimits, Disagreement, FollowUpCheck, MeasuredBrute, Mutation, Stress, Verification,
    VerifyEvent, VerifyOptions, KILL_TARGET, MIN_CLARIFICATIONS, MIN_HINTS,
};

/// The largest submission onsite reads.
pub const MAX_SOURCE_BYTES: u64 = 1 << 20;

/// What went wrong, in terms a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No problem has this slug.
    #[error("unknown problem `{slug}`{}", suggestion.as_ref().map(|s| format!("; did you mean `{s}`?")).unwrap_or_default())]
    UnknownProblem {
        /// The slug given.
        slug: String,
        /// The closest known slug.
        suggestion: Option<String>,
    },
    /// The problem's package exists but does not load.
    #[error("problem `{slug}` cannot be used: its package has {count} mistake(s), the first: {first}; `onsite problems check` lists them all")]
    BrokenProblem {
        /// The slug given.
        slug: String,
        /// The first mistake, with its file and line.
        first: String,
        /// How many mistakes there are.
        count: usize,
    },
    /// The problem has no follow-up with this id.
    #[error("`{slug}` has no follow-up `{id}`; its follow-ups: {}", if known.is_empty() { "none".to_owned() } else { known.join(", ") })]
    UnknownFollowUp {
        /// The problem.
        slug: String,
        /// The id given.
        id: String,
        /// The follow-ups it has.
        known: Vec<String>,
    },
    /// No analyser rule has this id.
    #[error("unknown rule `{id}`{}; `onsite lint --rules` lists them", suggestion.as_ref().map(|s| format!("; did you mean `{s}`?")).unwrap_or_default())]
    UnknownRule {
        /// The id given.
        id: String,
        /// The closest rule id.
        suggestion: Option<String>,
    },
    /// The submission file could not be read.
    #[error("cannot read `{}`", path.display())]
    ReadSubmission {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The submission is not UTF-8.
    #[error("`{}` is not UTF-8 text (first invalid byte on line {line}); save it as UTF-8", path.display())]
    NotUtf8 {
        /// The file.
        path: std::path::PathBuf,
        /// The line of the first invalid byte.
        line: usize,
    },
    /// The submission is too large to be a solution (read up to one byte past the limit, so a
    /// device or pipe that never ends is found out too).
    #[error("`{}` is larger than {MAX_SOURCE_BYTES} bytes; a submission may be at most {MAX_SOURCE_BYTES} bytes", path.display())]
    TooLarge {
        /// The file.
        path: std::path::PathBuf,
    },
    /// The path names something that is not a file to read (a directory).
    #[error("`{}` is a directory, not a Python file; pass the file of your solution", path.display())]
    NotAFile {
        /// The path.
        path: std::path::PathBuf,
    },
    /// A file onsite would write already exists.
    #[error("`{}` already exists; pass --force to overwrite it, or choose another folder", path.display())]
    WouldOverwrite {
        /// The file.
        path: std::path::PathBuf,
    },
    /// Writing a file failed.
    #[error("cannot write `{}`", path.display())]
    Write {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The problems folder could not be read.
    #[error(transparent)]
    Problems(#[from] onsite_problems::Error),
    /// A new package was asked for with a bad slug or pattern.
    #[error(transparent)]
    Scaffold(#[from] onsite_problems::ScaffoldError),
    /// The folder of a new package exists already.
    #[error("`{}` already exists; choose another slug or folder (nothing was written)", path.display())]
    PackageExists {
        /// The folder.
        path: std::path::PathBuf,
    },
    /// The judge failed (not the submission).
    #[error(transparent)]
    Judge(#[from] onsite_judge::JudgeError),
    /// The practice history could not be used.
    #[error(transparent)]
    Store(#[from] onsite_store::StoreError),
    /// No data directory could be found for the history.
    #[error("no data directory for the practice history: set --data-dir or ONSITE_DATA_DIR")]
    NoDataDir,
    /// A submitted file does not say which problem it solves.
    #[error("`{}` does not say which problem it solves: put `# onsite: <slug>` on its first line (as `onsite start` does), or pass --problem <slug>", path.display())]
    NoProblemHeader {
        /// The file.
        path: std::path::PathBuf,
    },
    /// No problem fits a timed session's request.
    #[error("no {difficulty} problem to pick; choose another difficulty or name a problem")]
    NothingToPick {
        /// The difficulty asked for.
        difficulty: Difficulty,
    },
    /// A case of the candidate's own is not a valid input.
    #[error("your case {number} is not a valid input: {why}")]
    BadCase {
        /// Its number, from 1.
        number: usize,
        /// What is wrong.
        why: String,
    },
}

impl AppError {
    /// Whether the user asked for something that does not exist or cannot be used (exit code 2),
    /// including an interpreter setting that points nowhere, rather than onsite failing.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            AppError::UnknownProblem { .. }
                | AppError::BrokenProblem { .. }
                | AppError::UnknownFollowUp { .. }
                | AppError::UnknownRule { .. }
                | AppError::ReadSubmission { .. }
                | AppError::NotUtf8 { .. }
                | AppError::TooLarge { .. }
                | AppError::NotAFile { .. }
                | AppError::WouldOverwrite { .. }
                | AppError::Scaffold(_)
                | AppError::PackageExists { .. }
                | AppError::NoProblemHeader { .. }
                | AppError::NothingToPick { .. }
                | AppError::BadCase { .. }
                | AppError::Judge(
                    onsite_judge::JudgeError::PythonNotFound { .. }
                        | onsite_judge::JudgeError::PythonProbe { .. }
                )
        )
    }
}

/// The outcome of checking the problem packages.
#[derive(Debug, Clone, Default)]
pub struct PackageCheck {
    /// Problems that passed.
    pub ok: Vec<String>,
    /// Every mistake found.
    pub diagnostics: Vec<Diagnostic>,
}

/// onsite's core: a catalog and a judge.
pub struct App {
    catalog: Catalog,
    settings: Settings,
    judge: Option<Judge>,
    history: Option<practice::History>,
    /// How the history is opened.
    access: practice::HistoryAccess,
}

impl App {
    /// Open the catalog named by the settings. The interpreter is resolved on first use.
    pub fn open(settings: Settings) -> Result<App, AppError> {
        let catalog = match &settings.problems_dir {
            Some(dir) => Catalog::from_dir(dir)?,
            None => Catalog::bundled(),
        };
        Ok(App {
            catalog,
            settings,
            judge: None,
            history: None,
            access: practice::HistoryAccess::ReadWrite,
        })
    }

    /// Look for a small slow input after a time limit exceeded, from now on (`true`) or not:
    /// [`Settings::slow_counterexample`] for one submission of a long-lived app.
    pub fn set_slow_counterexample(&mut self, on: bool) {
        self.settings.slow_counterexample = on;
    }

    /// The catalog.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    fn judge(&mut self) -> Result<&Judge, AppError> {
        if self.judge.is_none() {
            let cache = self.settings.effective_cache_dir();
            let python = Python::resolve(self.settings.python.as_deref(), cache.as_deref())?;
            tracing::debug!(python = %python.executable.display(), "interpreter resolved");
            self.judge = Some(Judge::new(python, cache).keep_warm(self.settings.keep_warm));
        }
        Ok(self.judge.as_ref().expect("set above"))
    }

    /// With [`Settings::keep_warm`], start the first warm processes now (their interpreters
    /// boot in the background), so that even the first submission finds them; otherwise
    /// nothing. Resolves the interpreter.
    pub fn prewarm(&mut self) -> Result<(), AppError> {
        if self.settings.keep_warm {
            self.judge()?.prewarm()?;
        }
        Ok(())
    }

    /// Whether submissions run in the sandbox here (namespaces, seccomp), or with resource
    /// limits only; resolves the interpreter.
    pub fn sandboxed(&mut self) -> Result<bool, AppError> {
        Ok(self.judge()?.is_isolated())
    }

    /// A problem by slug, or an error suggesting the closest one.
    pub fn problem(&self, slug: &str) -> Result<&Problem, AppError> {
        self.catalog.get(slug).ok_or_else(|| {
            match self
                .catalog
                .broken()
                .into_iter()
                .find(|b| b.dir_name == slug)
            {
                Some(broken) => AppError::BrokenProblem {
                    slug: slug.to_owned(),
                    first: broken
                        .diagnostics
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    count: broken.diagnostics.len(),
                },
                None => AppError::UnknownProblem {
                    slug: slug.to_owned(),
                    suggestion: self.catalog.suggest(slug).map(str::to_owned),
                },
            }
        })
    }

    /// Problems matching the filters, sorted by difficulty then slug. Packages that fail
    /// validation are left out, with a warning in the log.
    pub fn list(
        &self,
        pattern: Option<&str>,
        difficulty: Option<Difficulty>,
    ) -> Vec<ProblemSummary> {
        for broken in self.catalog.broken() {
            tracing::warn!(package = %broken.dir_name, errors = broken.diagnostics.len(), "problem package skipped: run `onsite problems check`");
        }
        let mut out: Vec<ProblemSummary> = self
            .catalog
            .problems()
            .into_iter()
            .filter(|p| pattern.is_none_or(|pat| p.patterns.iter().any(|x| x == pat)))
            .filter(|p| difficulty.is_none_or(|d| p.difficulty == d))
            .map(ProblemSummary::of)
            .collect();
        out.sort_by(|a, b| {
            a.difficulty
                .cmp(&b.difficulty)
                .then_with(|| a.slug.cmp(&b.slug))
        });
        out
    }

    /// What to judge against: a problem by slug, or one of its follow-ups as `slug/follow-up`
    /// (its own tests, reference and targets).
    pub fn target(&self, spec: &str) -> Result<Problem, AppError> {
        let (slug, follow_up) = match spec.split_once('/') {
            Some((slug, id)) => (slug, Some(id)),
            None => (spec, None),
        };
        let problem = self.problem(slug)?;
        match follow_up {
            None => Ok(problem.clone()),
            Some(id) => problem
                .follow_up(id)
                .ok_or_else(|| AppError::UnknownFollowUp {
                    slug: slug.to_owned(),
                    id: id.to_owned(),
                    known: problem.follow_ups.iter().map(|f| f.id.clone()).collect(),
                }),
        }
    }

    /// Judge source code against a problem (or a follow-up, see [`App::target`]).
    pub fn judge_source(
        &mut self,
        slug: &str,
        filename: &str,
        source: String,
        scope: Scope,
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<SubmissionReport, AppError> {
        self.judge_with_history(slug, filename, source, scope, None, on_event)
    }

    /// [`App::judge_source`], scoring debugging from the session's earlier submissions.
    pub(crate) fn judge_with_history(
        &mut self,
        slug: &str,
        filename: &str,
        source: String,
        scope: Scope,
        earlier: Option<&[onsite_feedback::PriorSubmission]>,
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<SubmissionReport, AppError> {
        let problem = self.target(slug)?;
        let source = source_text(source);
        let analysis = onsite_analysis::analyse_for_inputs_up_to(&source, problem.n_max);
        let submission = Submission {
            filename: filename.to_owned(),
            source,
        };
        let budget = self.settings.measure_ms.unwrap_or(DEFAULT_MEASURE_MS);
        let options = (scope == Scope::All && budget > 0).then(|| MeasureOptions {
            budget: std::time::Duration::from_millis(budget),
            ..MeasureOptions::default()
        });
        let (report, measured) = judging::judge_and_measure(
            self.judge()?,
            &problem,
            &submission,
            scope,
            options,
            on_event,
        )?;
        let mut out = SubmissionReport::new(&problem, report);
        if let Some(m) = measured {
            // Timed calls are checked like tests: a wrong value there is a wrong answer (a
            // submission that does the work only when it is not being timed).
            if let Some(why) = &m.wrong {
                out.verdict = Verdict::WrongAnswer;
                out.failure = Some(onsite_judge::Failure::plain(
                    Verdict::WrongAnswer,
                    why.clone(),
                ));
            }
            out.complexity =
                ComplexityReport::measured(problem.complexity.time, problem.complexity.space, &m);
        }
        // A failure on a hidden test names only its category: look for a small failing input
        // of onsite's own making to show instead. A failing example is shown as it is, and
        // beside it a smaller failing input where the search finds one.
        let search_ms = self
            .settings
            .counterexample_ms
            .unwrap_or(DEFAULT_COUNTEREXAMPLE_MS);
        // After a time limit exceeded, on request: the smallest input on which it is slow.
        let look = match out.verdict {
            Verdict::WrongAnswer | Verdict::RuntimeError => Some(counterexample::Look::Wrong),
            Verdict::TimeLimitExceeded if self.settings.slow_counterexample => {
                Some(counterexample::Look::Slow)
            }
            _ => None,
        };
        if let (true, Some(look)) = (search_ms > 0, look) {
            let failed = out
                .failure
                .as_ref()
                .and_then(|f| f.test.as_ref())
                .and_then(|t| problem.all_tests().nth(t.number.saturating_sub(1)));
            let budget = std::time::Duration::from_millis(match look {
                counterexample::Look::Wrong => search_ms,
                counterexample::Look::Slow => search_ms.max(SLOW_SEARCH_MS),
            });
            // The verdict stands whatever becomes of the search: a package whose code fails on
            // an input of the search's making costs the counterexample, not the report.
            let search =
                counterexample::search(self.judge()?, &problem, &submission, failed, look, budget)
                    .unwrap_or_else(|e| {
                        tracing::warn!(slug, "the counterexample search failed: {e}");
                        counterexample::Search::failed(&e)
                    });
            out.counterexample = Some(search);
        }
        out.add_feedback(&analysis, earlier);
        Ok(out)
    }

    /// Judge a file against a problem.
    pub fn judge_file(
        &mut self,
        slug: &str,
        path: &Path,
        scope: Scope,
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<SubmissionReport, AppError> {
        self.target(slug)?;
        let source = read_source(path)?;
        let filename = submission_name(Some(path));
        self.judge_source(slug, &filename, source, scope, on_event)
    }

    /// An analyser rule's documentation by id, or an error suggesting the closest id.
    pub fn rule(&self, id: &str) -> Result<onsite_analysis::RuleInfo, AppError> {
        onsite_analysis::rule(id).ok_or_else(|| AppError::UnknownRule {
            id: id.to_owned(),
            suggestion: onsite_analysis::rules()
                .iter()
                .map(|r| (strsim::jaro_winkler(id, r.id), r.id))
                .filter(|(score, _)| *score > 0.8)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, id)| id.to_owned()),
        })
    }

    /// Analyse a Python file without running it (`onsite lint`).
    pub fn lint_file(&self, path: &Path) -> Result<onsite_analysis::Analysis, AppError> {
        let source = read_source(path)?;
        Ok(onsite_analysis::analyse(&source))
    }

    /// Write a new problem package in `root/<slug>` (see [`onsite_problems::scaffold`]) and
    /// return its folder. Refuses an existing folder; on a failure half-way, removes what it
    /// wrote.
    pub fn new_package(
        root: &Path,
        blueprint: &onsite_problems::Blueprint,
    ) -> Result<std::path::PathBuf, AppError> {
        let package = onsite_problems::scaffold(blueprint)?;
        let dir = root.join(&blueprint.slug);
        if dir.exists() {
            return Err(AppError::PackageExists { path: dir });
        }
        fs_err::create_dir_all(root).map_err(|source| AppError::Write {
            path: root.to_owned(),
            source,
        })?;
        // create_dir, not create_dir_all: a folder made meanwhile by someone else is theirs.
        fs_err::create_dir(&dir).map_err(|source| match source.kind() {
            std::io::ErrorKind::AlreadyExists => AppError::PackageExists { path: dir.clone() },
            _ => AppError::Write {
                path: dir.clone(),
                source,
            },
        })?;
        for (relative, text) in &package.files {
            let path = dir.join(relative);
            let written = path
                .parent()
                .map_or(Ok(()), fs_err::create_dir_all)
                .and_then(|()| fs_err::write(&path, text));
            if let Err(source) = written {
                let _ = fs_err::remove_dir_all(&dir);
                return Err(AppError::Write { path, source });
            }
        }
        Ok(dir)
    }

    /// Check every package; with `run`, also judge each problem's reference solution, brute
    /// force (on the tests it is fast enough for) and sample submissions, and compare their
    /// verdicts with the expected ones.
    pub fn check_problems(
        &mut self,
        run: bool,
        on_problem: &mut dyn FnMut(&str),
    ) -> Result<PackageCheck, AppError> {
        let mut check = PackageCheck::default();
        for broken in self.catalog.broken() {
            check.diagnostics.extend(broken.diagnostics.iter().cloned());
        }
        let problems: Vec<Problem> = self.catalog.problems().into_iter().cloned().collect();
        for problem in &problems {
            on_problem(&problem.slug);
            let before = check.diagnostics.len();
            if run {
                self.run_package(problem, &mut check.diagnostics)?;
            }
            if check.diagnostics.len() == before {
                check.ok.push(problem.slug.clone());
            }
        }
        Ok(check)
    }

    fn run_package(
        &mut self,
        problem: &Problem,
        diags: &mut Vec<Diagnostic>,
    ) -> Result<(), AppError> {
        let root = match &self.settings.problems_dir {
            Some(dir) => dir.join(&problem.slug).display().to_string(),
            None => format!("problems/{}", problem.slug),
        };
        match self.judge()?.validate_tests(problem) {
            Ok(()) => {}
            Err(onsite_judge::JudgeError::Reference {
                what,
                test,
                message,
                ..
            }) => {
                diags.push(Diagnostic {
                    file: format!("{root}/{what}"),
                    line: None,
                    message: format!("fails on {test}: {message}"),
                });
                return Ok(());
            }
            Err(e) => return Err(e.into()),
        }
        let brute_view = problem.for_brute_force();
        let brute = onsite_problems::SampleSubmission {
            path: "brute.py".into(),
            name: "brute.py".into(),
            expected: onsite_types::Verdict::Accepted,
            source: problem.brute.clone(),
        };
        // Each follow-up's reference against the follow-up's tests.
        let follow_ups: Vec<(Problem, onsite_problems::SampleSubmission)> = problem
            .follow_ups
            .iter()
            .filter_map(|f| {
                let view = problem.follow_up(&f.id)?;
                let name = format!("follow-up {}", f.id);
                let sample = onsite_problems::SampleSubmission {
                    path: format!("problem.toml ({name})"),
                    name,
                    expected: onsite_types::Verdict::Accepted,
                    source: view.solution.clone(),
                };
                Some((view, sample))
            })
            .collect();
        let runs = problem
            .verdict_samples()
            .into_iter()
            .map(|s| (problem, s))
            .chain([(&brute_view, brute)])
            .chain(follow_ups.iter().map(|(p, s)| (p, s.clone())));
        for (problem, sample) in runs {
            let report = match self.judge()?.judge(
                problem,
                &Submission {
                    filename: sample.name.clone(),
                    source: sample.source.clone(),
                },
                Scope::All,
                &mut |_| {},
            ) {
                Ok(r) => r,
                Err(onsite_judge::JudgeError::Reference {
                    what,
                    test,
                    message,
                    ..
                }) => {
                    diags.push(Diagnostic {
                        file: format!("{root}/{what}"),
                        line: None,
                        message: format!("fails on {test}: {message}"),
                    });
                    return Ok(());
                }
                Err(e) => return Err(e.into()),
            };
            if report.verdict != sample.expected {
                let why = report
                    .failure
                    .as_ref()
                    .map(|f| format!(": {}", f.message))
                    .unwrap_or_default();
                diags.push(Diagnostic {
                    file: format!("{root}/{}", sample.path),
                    line: None,
                    message: format!(
                        "expected {}, judged {}{why}",
                        sample.expected, report.verdict
                    ),
                });
            }
        }
        Ok(())
    }
}

/// The name a submission is shown and judged under: its file's name, or `solution.py` for code
/// that came without a file.
fn submission_name(path: Option<&Path>) -> String {
    path.and_then(Path::file_name).map_or_else(
        || "solution.py".to_owned(),
        |f| f.to_string_lossy().into_owned(),
    )
}

/// Read a submission (or any Python file onsite is given): at most [`MAX_SOURCE_BYTES`] and one
/// more byte to tell a larger file, whatever the file is (a regular file, a pipe, a device such
/// as `/dev/zero`, a `/proc` file whose size says 0), then [`source_text`].
pub fn read_source(path: &Path) -> Result<String, AppError> {
    use std::io::Read;
    let unreadable = |source| AppError::ReadSubmission {
        path: path.to_owned(),
        source,
    };
    if fs_err::metadata(path).map_err(unreadable)?.is_dir() {
        return Err(AppError::NotAFile {
            path: path.to_owned(),
        });
    }
    let mut bytes = Vec::new();
    fs_err::File::open(path)
        .map_err(unreadable)?
        .take(MAX_SOURCE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(AppError::TooLarge {
            path: path.to_owned(),
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        AppError::NotUtf8 {
            path: path.to_owned(),
            line,
        }
    })?;
    Ok(source_text(text))
}

/// Python source as onsite judges and analyses it, from a file or from a page: without the
/// UTF-8 byte order mark some editors put first (Python reads a file with one fine, but
/// `compile` on a string does not, and it would shift the analyser's columns).
pub fn source_text(mut source: String) -> String {
    if source.starts_with('\u{feff}') {
        source.drain(..'\u{feff}'.len_utf8());
    }
    source
}
