//! The `onsite` command line: parse arguments, call `onsite-app`, render, exit.
//!
//! Exit codes: 0 whenever a verdict (or the requested output) was produced, whatever the
//! verdict; 1 when onsite itself failed (or `problems check`/`verify` found mistakes); 2 on a usage
//! error (unknown problem, unreadable file, bad flag), with one line on stderr.

mod coach;
mod interactive;
mod render;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use onsite_app::practice_model::{Level, PlanSpec};
use onsite_app::{
    App, AppError, Event, HistoryAccess, PlanChoice, Settings, VerifyEvent, VerifyOptions,
    DEFAULT_COUNTEREXAMPLE_MS, DEFAULT_MEASURE_MS, ENV_CACHE_DIR, ENV_COUNTEREXAMPLE_MS,
    ENV_DATA_DIR, ENV_MEASURE_MS, ENV_NOW, ENV_PROBLEMS_DIR, ENV_PYTHON,
};
use onsite_judge::Scope;
use onsite_types::Difficulty;

/// A self-hosted Python coding-interview gym and judge.
#[derive(Debug, Parser)]
#[command(name = "onsite", version, about, long_about = None)]
struct Cli {
    /// More logging on stderr (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    /// Python interpreter to judge with (path or name on PATH) [default: python3].
    #[arg(long, env = ENV_PYTHON, global = true, value_name = "PYTHON")]
    python: Option<PathBuf>,
    /// Use the problem packages in this folder instead of the bundled ones.
    #[arg(long, env = ENV_PROBLEMS_DIR, global = true, value_name = "DIR")]
    problems_dir: Option<PathBuf>,
    /// Where to keep caches [default: the user cache directory].
    #[arg(long, env = ENV_CACHE_DIR, global = true, value_name = "DIR", hide_short_help = true)]
    cache_dir: Option<PathBuf>,
    /// Where to keep the practice history [default: the user data directory].
    #[arg(long, env = ENV_DATA_DIR, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Take this time as now (RFC 3339), to replay a practice history in scripts and tests.
    #[arg(long, env = ENV_NOW, global = true, value_name = "TIME", hide = true)]
    now: Option<jiff::Timestamp>,
    #[command(subcommand)]
    command: Option<Command>,
}

/// Output formats of `onsite lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LintFormat {
    /// For people.
    Text,
    /// The analysis as JSON (findings, metrics, docstring claims).
    Json,
    /// SARIF 2.1.0, for editors and code-scanning in CI.
    Sarif,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Judge a solution against every test (examples and hidden), without recording it.
    ///
    /// Example: onsite judge two-sum two_sum.py --follow-up sorted-input
    Judge {
        /// The problem (or `slug/follow-up` for one of its follow-ups).
        slug: String,
        /// Your Python file.
        file: PathBuf,
        /// Judge against a follow-up of the problem instead (its own tests and targets).
        #[arg(long, value_name = "ID")]
        follow_up: Option<String>,
        /// Print the machine-readable JSON report on stdout.
        #[arg(long)]
        json: bool,
        /// Milliseconds of CPU time to spend measuring how the time grows after the tests (0: off).
        #[arg(long, env = ENV_MEASURE_MS, value_name = "MS", default_value_t = DEFAULT_MEASURE_MS)]
        measure_ms: u64,
        /// Milliseconds to spend looking for a small failing input of onsite's own after a
        /// wrong answer or a runtime error (0: off).
        #[arg(long, env = ENV_COUNTEREXAMPLE_MS, value_name = "MS", default_value_t = DEFAULT_COUNTEREXAMPLE_MS)]
        counterexample_ms: u64,
        /// After a time limit exceeded, look for a small input on which the submission is
        /// already slow (over 250 ms of CPU time); takes up to a few seconds.
        #[arg(long)]
        find_slow_input: bool,
    },
    /// Run a solution on the visible examples only (fast), or on cases of your own.
    ///
    /// A case is the input as JSON, keyed by argument name, as the examples are; its expected
    /// output comes from the reference solution, and it must meet the constraints.
    ///
    /// Example: onsite run two-sum two_sum.py --case '{"nums": [3, 3], "target": 6}'
    Run {
        /// The problem.
        slug: String,
        /// Your Python file.
        file: PathBuf,
        /// Run on this input instead of the examples (repeat for several).
        #[arg(long = "case", value_name = "JSON")]
        cases: Vec<String>,
        /// Print the machine-readable JSON report on stdout.
        #[arg(long)]
        json: bool,
    },
    /// List problems.
    ///
    /// Example: onsite list --pattern sliding-window --difficulty medium
    List {
        /// Only problems tagged with this pattern (e.g. sliding-window).
        #[arg(long)]
        pattern: Option<String>,
        /// Only problems of this difficulty.
        #[arg(long, value_parser = parse_difficulty)]
        difficulty: Option<Difficulty>,
        /// JSON on stdout.
        #[arg(long)]
        json: bool,
    },
    /// Show a problem's statement.
    ///
    /// Example: onsite show two-sum
    Show {
        /// The problem.
        slug: String,
        /// Print the problem's metadata and interface as JSON (for editors and tools).
        #[arg(long)]
        json: bool,
    },
    /// Check a Python file for interview anti-patterns, without running it.
    ///
    /// Exits 0 when there is nothing to report, 1 when there are findings (or a syntax
    /// error), like other linters.
    ///
    /// Example: onsite lint two_sum.py --format sarif > onsite.sarif
    Lint {
        /// The Python file (not needed with --explain or --rules).
        #[arg(required_unless_present_any = ["explain", "rules"])]
        file: Option<PathBuf>,
        /// How to print the findings.
        #[arg(long, value_enum, default_value_t = LintFormat::Text)]
        format: LintFormat,
        /// Show a rule's documentation (why it matters in an interview, the fix, examples).
        #[arg(long, value_name = "RULE")]
        explain: Option<String>,
        /// List every rule.
        #[arg(long)]
        rules: bool,
    },
    /// Write a starting file for a problem (signature and a reasoning template) and start the
    /// clock: `onsite submit` then records how long it took.
    ///
    /// Example: onsite start two-sum ~/interview
    Start {
        /// The problem.
        slug: String,
        /// Folder to write into.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Judge a file and record the attempt in your history. The problem is read from the
    /// file's `# onsite: <slug>` line, which `onsite start` writes.
    ///
    /// Example: onsite submit two_sum.py
    Submit {
        /// Your Python file.
        file: PathBuf,
        /// The problem (or `slug/follow-up`), when the file has no `# onsite:` line.
        #[arg(long, value_name = "SLUG")]
        problem: Option<String>,
        /// Print the machine-readable JSON report on stdout.
        #[arg(long)]
        json: bool,
        /// Milliseconds of CPU time to spend measuring how the time grows after the tests (0: off).
        #[arg(long, env = ENV_MEASURE_MS, value_name = "MS", default_value_t = DEFAULT_MEASURE_MS)]
        measure_ms: u64,
        /// Milliseconds to spend looking for a small failing input of onsite's own after a
        /// wrong answer or a runtime error (0: off).
        #[arg(long, env = ENV_COUNTEREXAMPLE_MS, value_name = "MS", default_value_t = DEFAULT_COUNTEREXAMPLE_MS)]
        counterexample_ms: u64,
        /// After a time limit exceeded, look for a small input on which the submission is
        /// already slow (over 250 ms of CPU time); takes up to a few seconds.
        #[arg(long)]
        find_slow_input: bool,
    },
    /// Run the examples on every save of a file, until Ctrl-C.
    ///
    /// Example: onsite watch two_sum.py
    Watch {
        /// Your Python file.
        file: PathBuf,
        /// The problem, when the file has no `# onsite:` line.
        #[arg(long, value_name = "SLUG")]
        problem: Option<String>,
    },
    /// Show the next hint for a problem; it is recorded, and a hinted solve comes back for
    /// review sooner.
    ///
    /// Example: onsite hint two-sum
    Hint {
        /// The problem.
        slug: String,
        /// Print the hint as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Re-solve what the spaced-review schedule says is due, from a blank stub (your earlier
    /// file is neither shown nor overwritten). Failed, slow or hinted solves come back sooner.
    ///
    /// Example: onsite review            (starts the most overdue problem)
    ///          onsite review --list
    Review {
        /// A due problem to review (default: the most overdue).
        slug: Option<String>,
        /// Only list what is due.
        #[arg(long)]
        list: bool,
        /// Folder to write the stub into.
        #[arg(long, default_value = ".")]
        dir: PathBuf,
        /// Overwrite an existing stub of today's review.
        #[arg(long)]
        force: bool,
        /// Print the queue as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Timed practice: a problem picked from your weakest pattern, a blank stub and a countdown
    /// of the usual interview time (15/25/40 minutes). Saves run the examples, Enter submits.
    ///
    /// Example: onsite timed --difficulty medium
    Timed {
        /// The problem (default: picked by weakness).
        #[arg(long, value_name = "SLUG")]
        problem: Option<String>,
        /// Difficulty to pick from (default: medium).
        #[arg(long, value_parser = parse_difficulty)]
        difficulty: Option<Difficulty>,
        /// Folder to write the stub into.
        #[arg(long, default_value = ".")]
        dir: PathBuf,
        /// Overwrite an existing stub of today's timed session.
        #[arg(long)]
        force: bool,
        /// Write the stub and start the clock, then return (submit with `onsite submit`).
        #[arg(long)]
        no_wait: bool,
    },
    /// A mock interview in the terminal: clarify, brute force, optimise, code (in your editor),
    /// test, follow-up; then a report over the seven dimensions with the evidence for each.
    ///
    /// Example: onsite mock two-sum
    Mock {
        /// The problem (default: a medium picked by weakness).
        slug: Option<String>,
        /// Folder to write the stub into.
        #[arg(long, default_value = ".")]
        dir: PathBuf,
        /// Overwrite an existing stub of today's interview.
        #[arg(long)]
        force: bool,
    },
    /// Your study plan and today's session. With no plan yet, the core plan (every problem,
    /// pattern by pattern) starts today; --weeks makes one for an interview date.
    ///
    /// Example: onsite plan --weeks 8 --per-week 5 --level intermediate
    Plan {
        /// Switch to the built-in core plan, starting today.
        #[arg(long, conflicts_with = "weeks")]
        core: bool,
        /// Make a plan for an interview this many weeks away, starting today.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=104))]
        weeks: Option<u32>,
        /// Practice sessions a week (with --weeks).
        #[arg(long, value_name = "N", default_value_t = 5, requires = "weeks", value_parser = clap::value_parser!(u32).range(1..=7))]
        per_week: u32,
        /// Your level (with --weeks): beginner, intermediate or refresh.
        #[arg(long, default_value = "intermediate", requires = "weeks", value_parser = parse_level)]
        level: Level,
        /// List every session of the plan.
        #[arg(long)]
        all: bool,
        /// Print the plan and progress as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Your progress: accuracy, streak, time by difficulty, mastery by pattern (weakest first)
    /// and the reviews ahead.
    ///
    /// Example: onsite stats --csv > attempts.csv
    Stats {
        /// Print the statistics as JSON.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print every attempt as CSV instead.
        #[arg(long)]
        csv: bool,
    },
    /// Start the web app on this machine (what `onsite` alone does): problems, an editor,
    /// results with the measured complexity and the scorecard, review, plan and stats, in the
    /// browser. Ctrl-C stops it after the submissions in progress are judged and recorded.
    ///
    /// Example: onsite serve --addr 127.0.0.1:8080
    Serve {
        /// The address to listen on. Anything but a loopback address serves other machines,
        /// which needs the sandbox.
        #[arg(long, env = "ONSITE_ADDR", default_value = "127.0.0.1:7777")]
        addr: std::net::SocketAddr,
        /// Judge worker threads [default: one per core].
        #[arg(long, value_name = "N")]
        workers: Option<usize>,
        /// Serve other machines even where submissions cannot be sandboxed (dangerous).
        #[arg(long)]
        insecure_no_sandbox: bool,
        /// Another host name the server answers to (`name` or `name:port`; repeat, or
        /// comma-separate in the environment). Besides these only localhost, 127.0.0.1, [::1]
        /// and the listening address, on its port, are answered.
        #[arg(long = "allowed-host", value_name = "HOST", env = onsite_server::ENV_ALLOWED_HOSTS, value_delimiter = ',')]
        allowed_hosts: Vec<String>,
    },
    /// Write your whole history (attempts with their code and reports, sessions, hints,
    /// review data, plans, mock interviews) as JSON Lines, to move it to another machine or
    /// keep it as text. Safe while `onsite serve` runs.
    ///
    /// Example: onsite export -o history.jsonl
    Export {
        /// The file to write (default: standard output). It must not exist.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Merge an export into your history. Records already there are skipped, so importing the
    /// same file twice changes nothing.
    ///
    /// Example: onsite import history.jsonl
    Import {
        /// A file written by `onsite export`.
        file: PathBuf,
    },
    /// Copy your history into a new SQLite file, consistent even while `onsite serve` is
    /// recording, and check the copy.
    ///
    /// Example: onsite backup ~/backups/onsite-2026-03-01.db
    Backup {
        /// The new file (it must not exist).
        file: PathBuf,
    },
    /// Judge a bundled example solution and print the report.
    ///
    /// Example: onsite demo
    Demo,
    /// Tools for problem packages.
    Problems {
        #[command(subcommand)]
        command: ProblemsCommand,
    },
}

#[derive(Debug, Subcommand)]
enum ProblemsCommand {
    /// Start a new problem package: a small working problem with every part a package needs,
    /// each marked TODO(author) for you to replace. It passes `problems check` as written;
    /// `problems verify` passes once every TODO(author) is gone and the tests are strong.
    ///
    /// Example: onsite problems new meeting-rooms --pattern intervals --pattern heap
    New {
        /// The new problem's slug (kebab-case), also its folder's name.
        slug: String,
        /// Its title (from the slug when left out).
        #[arg(long)]
        title: Option<String>,
        /// Its difficulty.
        #[arg(long, value_parser = parse_difficulty, default_value = "medium")]
        difficulty: Difficulty,
        /// A pattern it trains (repeat for several; `onsite list` shows them in use).
        #[arg(long = "pattern", value_name = "PATTERN")]
        patterns: Vec<String>,
        /// The folder of packages to create it in (default: --problems-dir, else ./problems).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Validate every package; with --run, also judge each reference solution and sample
    /// submission and compare the verdicts with the expected ones.
    ///
    /// Example: onsite --problems-dir problems problems check --run
    Check {
        /// Also run the references and sample submissions.
        #[arg(long)]
        run: bool,
    },
    /// Check that a problem's tests are strong: brute force against reference on generated
    /// inputs (stress), mutants of the reference against the hidden tests (at least 95% must
    /// fail), and a slower brute force stopped by the limits.
    ///
    /// Exits 0 when every problem passes, 1 otherwise.
    ///
    /// Example: onsite problems verify two-sum lru-cache
    Verify {
        /// The problems (or --all).
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        slugs: Vec<String>,
        /// Every problem.
        #[arg(long)]
        all: bool,
        /// Most mutants judged per problem.
        #[arg(long, default_value_t = VerifyOptions::default().max_mutants)]
        mutants: usize,
        /// Generated inputs for the stress test.
        #[arg(long, default_value_t = VerifyOptions::default().stress_cases)]
        stress: usize,
        /// Seed of the generated inputs.
        #[arg(long, default_value_t = VerifyOptions::default().seed)]
        seed: u64,
        /// Print the machine-readable JSON report on stdout.
        #[arg(long)]
        json: bool,
    },
}

fn parse_level(s: &str) -> Result<Level, String> {
    Level::parse(s)
        .ok_or_else(|| format!("unknown level `{s}`; expected beginner, intermediate or refresh"))
}

fn parse_difficulty(s: &str) -> Result<Difficulty, String> {
    s.parse()
        .map_err(|e: onsite_types::UnknownWord| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            let usage = err
                .downcast_ref::<AppError>()
                .is_some_and(AppError::is_usage);
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let mut stderr = anstream::stderr();
            let red = anstyle::AnsiColor::Red.on_default().bold();
            if usage {
                // One line, as scripts expect: the causes and the hint follow on it.
                let hint = hint_for(&err)
                    .map(|h| format!(" (hint: {h})"))
                    .unwrap_or_default();
                let _ = writeln!(stderr, "{red}error:{red:#} {err:#}{hint}");
            } else {
                let _ = writeln!(stderr, "{red}error:{red:#} {err}");
                for cause in err.chain().skip(1) {
                    let _ = writeln!(stderr, "  Caused by: {cause}");
                }
                if let Some(hint) = hint_for(&err) {
                    let _ = writeln!(stderr, "  hint: {hint}");
                }
            }
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn hint_for(err: &anyhow::Error) -> Option<&'static str> {
    match err.downcast_ref::<AppError>()? {
        AppError::UnknownProblem {
            suggestion: None, ..
        } => Some("`onsite list` shows every problem"),
        AppError::Judge(
            onsite_judge::JudgeError::PythonNotFound { .. }
            | onsite_judge::JudgeError::PythonProbe { .. },
        ) => Some("install Python 3, or point --python / ONSITE_PYTHON at an interpreter"),
        _ => None,
    }
}

fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .without_time()
        .init();
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let measure_ms = match &cli.command {
        Some(Command::Judge { measure_ms, .. } | Command::Submit { measure_ms, .. }) => {
            Some(*measure_ms)
        }
        _ => None,
    };
    let counterexample_ms = match &cli.command {
        Some(
            Command::Judge {
                counterexample_ms, ..
            }
            | Command::Submit {
                counterexample_ms, ..
            },
        ) => Some(*counterexample_ms),
        // The other commands that judge (run, watch, timed, mock) follow the environment too.
        _ => match std::env::var(ENV_COUNTEREXAMPLE_MS) {
            Ok(v) => Some(v.trim().parse().map_err(|_| {
                anyhow::anyhow!(
                    "{ENV_COUNTEREXAMPLE_MS}={v:?} is not a number of milliseconds \
                     (0 turns the search off)"
                )
            })?),
            Err(_) => None,
        },
    };
    let slow_counterexample = matches!(
        &cli.command,
        Some(
            Command::Judge {
                find_slow_input: true,
                ..
            } | Command::Submit {
                find_slow_input: true,
                ..
            }
        )
    );
    let problems_dir = cli.problems_dir.clone();
    let settings = Settings {
        slow_counterexample,
        python: cli.python,
        cache_dir: cli.cache_dir,
        problems_dir: cli.problems_dir,
        measure_ms,
        counterexample_ms,
        data_dir: cli.data_dir,
        now: cli.now,
        // Commands that judge one save after another keep a process warm; they end cleanly on
        // Ctrl-C, so the warm process goes with them (the server's workers keep theirs too).
        keep_warm: matches!(
            cli.command,
            Some(Command::Watch { .. } | Command::Timed { .. } | Command::Mock { .. })
        ),
    };
    let command = cli.command.unwrap_or(Command::Serve {
        addr: std::net::SocketAddr::from(([127, 0, 0, 1], 7777)),
        workers: None,
        insecure_no_sandbox: false,
        allowed_hosts: std::env::var(onsite_server::ENV_ALLOWED_HOSTS)
            .map(|v| v.split(',').map(str::to_owned).collect())
            .unwrap_or_default(),
    });
    if let Command::Serve {
        addr,
        workers,
        insecure_no_sandbox,
        allowed_hosts,
    } = command
    {
        return serve(settings, addr, workers, insecure_no_sandbox, allowed_hosts);
    }
    let mut app = App::open(settings)?;
    // Commands that only read open the history read-only: they work on a read-only file,
    // folder or disk, and never create or migrate it.
    let access = match &command {
        Command::Stats { .. }
        | Command::List { .. }
        | Command::Show { .. }
        | Command::Export { .. } => HistoryAccess::ReadOnly,
        Command::Review { list, json, .. } if *list || *json => HistoryAccess::ReadOnly,
        // Looking at the plan activates the core plan on first use, where it can.
        Command::Plan {
            core: false,
            weeks: None,
            ..
        } => HistoryAccess::WriteIfWritable,
        _ => HistoryAccess::ReadWrite,
    };
    app.set_history_access(access);
    match command {
        Command::Serve { .. } => unreachable!("handled above"),
        Command::Judge {
            slug,
            file,
            json,
            follow_up,
            ..
        } => {
            let target = match follow_up {
                Some(id) => format!("{slug}/{id}"),
                None => slug,
            };
            judge(&mut app, &target, &file, Scope::All, json)
        }
        Command::Run {
            slug,
            file,
            json,
            cases,
        } if !cases.is_empty() => {
            let cases = cases
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    serde_json::from_str(c).map_err(|e| AppError::BadCase {
                        number: i + 1,
                        why: format!("not JSON ({e})"),
                    })
                })
                .collect::<Result<Vec<serde_json::Value>, _>>()?;
            let report = app.run_cases(&slug, &file, &cases, &mut |_| {})?;
            // Compact, like `judge --json`: the submission report is one line per run.
            if json {
                println_out(&serde_json::to_string(&report)?)?;
            } else {
                print_out(&render::submission(&report))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Run {
            slug, file, json, ..
        } => judge(&mut app, &slug, &file, Scope::Examples, json),
        Command::Submit {
            file,
            problem,
            json,
            ..
        } => submit(&mut app, &file, problem.as_deref(), json),
        Command::Watch { file, problem } => {
            interactive::watch(&mut app, &file, problem.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Hint { slug, json } => emit(json, &app.hint(&slug)?, coach::hint),
        Command::Review {
            slug,
            list,
            dir,
            force,
            json,
        } => {
            let queue = app.review_queue()?;
            if list || json {
                if json {
                    println_out(&serde_json::to_string_pretty(&queue)?)?;
                } else {
                    print_out(&coach::review_queue(&queue))?;
                }
                return Ok(ExitCode::SUCCESS);
            }
            print_out(&coach::review_queue(&queue))?;
            if let Some(start) = app.begin_review(slug.as_deref(), &dir, force)? {
                print_out(&format!("\n{}", coach::started(&start, &app.now())))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Timed {
            problem,
            difficulty,
            dir,
            force,
            no_wait,
        } => {
            let start = app.begin_timed(problem.as_deref(), difficulty, &dir, force)?;
            print_out(&coach::started(&start, &app.now()))?;
            if !no_wait {
                interactive::timed(&mut app, &start)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Mock { slug, dir, force } => {
            let mut m = app.mock_begin(slug.as_deref(), Some(&dir), force)?;
            interactive::mock(&mut app, &mut m)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Plan {
            core,
            weeks,
            per_week,
            level,
            all,
            json,
        } => {
            let choice = match (core, weeks) {
                (true, _) => Some(PlanChoice::Core),
                (false, Some(weeks)) => Some(PlanChoice::Target(PlanSpec {
                    weeks,
                    sessions_per_week: per_week,
                    level,
                })),
                (false, None) => None,
            };
            emit(json, &app.plan(choice)?, |r| coach::plan(r, all))
        }
        Command::Stats { json, csv } => {
            if csv {
                let mut out = Vec::new();
                app.attempts_csv(&mut out)?;
                print_out(&String::from_utf8_lossy(&out))?;
            } else {
                return emit(json, &app.stats()?, coach::stats);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { output } => export(&mut app, output.as_deref()),
        Command::Import { file } => {
            let summary = app.import_history(&file)?;
            println_out(&format!(
                "imported from {}: {} attempts, {} sessions, {} hints, {} plans, {} mock interviews added; {} records were already there",
                file.display(),
                summary.attempts,
                summary.sessions,
                summary.hints,
                summary.plans,
                summary.mocks,
                summary.already_there
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { file } => {
            let from = app.backup_history(&file)?;
            println_out(&format!(
                "backed up {} to {} (checked: ok)",
                from.display(),
                file.display()
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo => demo(&mut app),
        Command::Lint {
            file,
            format,
            explain,
            rules,
        } => lint(&app, file.as_deref(), format, explain.as_deref(), rules),
        Command::List {
            pattern,
            difficulty,
            json,
        } => {
            let problems = app.list(pattern.as_deref(), difficulty);
            if json {
                println_out(&serde_json::to_string_pretty(&problems)?)?;
            } else {
                print_out(&render::problem_list(&problems))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { slug, json } => {
            let problem = app.problem(&slug)?;
            if json {
                let detail = onsite_app::ProblemDetail::of(problem);
                println_out(&serde_json::to_string_pretty(&detail)?)?;
                return Ok(ExitCode::SUCCESS);
            }
            let mut text = format!(
                "# {}\n\n*{} · {}*\n\n{}",
                problem.title,
                problem.difficulty,
                problem.patterns.join(", "),
                problem.statement
            );
            text.push_str(&format!(
                "\n\nStart with `onsite start {slug}`; target complexity **{}** time.\n",
                problem.complexity.time
            ));
            if std::io::stdout().is_terminal() {
                termimad::print_text(&text);
            } else {
                print_out(&text)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Start {
            slug,
            dir,
            force,
            json,
        } => {
            let start = app.start(&slug, &dir, force)?;
            let now = app.now();
            emit(json, &start, |s| coach::started(s, &now))
        }
        Command::Problems {
            command: ProblemsCommand::Check { run },
        } => check(&mut app, run),
        Command::Problems {
            command:
                ProblemsCommand::New {
                    slug,
                    title,
                    difficulty,
                    patterns,
                    dir,
                },
        } => {
            let root = dir
                .or(problems_dir)
                .unwrap_or_else(|| PathBuf::from("problems"));
            let blueprint = onsite_problems::Blueprint {
                slug: slug.clone(),
                title,
                difficulty,
                patterns,
            };
            let dir = App::new_package(&root, &blueprint)?;
            println_out(&format!(
                "created {dir}\nnext: replace every TODO(author) (docs/problem-format.md explains each file), \
                 check with `onsite --problems-dir {root} problems check --run`, \
                 then `onsite --problems-dir {root} problems verify {slug}`",
                dir = dir.display(),
                root = root.display(),
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Problems {
            command:
                ProblemsCommand::Verify {
                    slugs,
                    all: _,
                    mutants,
                    stress,
                    seed,
                    json,
                },
        } => {
            let options = VerifyOptions {
                stress_cases: stress,
                max_mutants: mutants,
                seed,
            };
            verify(&mut app, &slugs, options, json)
        }
    }
}

fn judge(
    app: &mut App,
    slug: &str,
    file: &std::path::Path,
    scope: Scope,
    json: bool,
) -> anyhow::Result<ExitCode> {
    app.target(slug)?;
    let report = with_progress(json, &format!("judging {slug}"), |on_event| {
        app.judge_file(slug, file, scope, on_event)
    })?;
    if json {
        println_out(&serde_json::to_string(&report)?)?;
    } else {
        print_out(&render::submission(&report))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn serve(
    settings: Settings,
    addr: std::net::SocketAddr,
    workers: Option<usize>,
    insecure_no_sandbox: bool,
    allowed_hosts: Vec<String>,
) -> anyhow::Result<ExitCode> {
    let mut options = onsite_server::ServeOptions {
        addr,
        insecure_no_sandbox,
        allowed_hosts,
        ..Default::default()
    };
    if let Some(n) = workers {
        options.workers = n.max(1);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(onsite_server::serve(
        settings,
        options,
        shutdown_signal(),
        |addr| {
            let _ = println_out(&format!(
                "onsite is running at http://{addr}/ (Ctrl-C to stop)"
            ));
        },
    ))?;
    println_out("stopped; every submission in progress was judged and recorded")?;
    Ok(ExitCode::SUCCESS)
}

/// Ctrl-C, or SIGTERM from a service manager.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

fn export(app: &mut App, output: Option<&std::path::Path>) -> anyhow::Result<ExitCode> {
    let count = match output {
        Some(path) => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(|e| {
                    anyhow::anyhow!(
                        "cannot create `{}`: {e} (choose a new file name)",
                        path.display()
                    )
                })?;
            let mut out = std::io::BufWriter::new(file);
            let count = app.export_history(&mut out, path)?;
            out.into_inner()
                .map_err(|e| anyhow::anyhow!("cannot write `{}`: {}", path.display(), e.error()))?
                .sync_all()
                .map_err(|e| anyhow::anyhow!("cannot write `{}`: {e}", path.display()))?;
            eprintln!("exported {count} records to {}", path.display());
            count
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            app.export_history(&mut out, std::path::Path::new("<stdout>"))?
        }
    };
    tracing::debug!(count, "exported");
    Ok(ExitCode::SUCCESS)
}

fn submit(
    app: &mut App,
    file: &std::path::Path,
    problem: Option<&str>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let report = with_progress(json, "judging", |on_event| {
        app.submit(file, problem, on_event)
    })?;
    if json {
        println_out(&serde_json::to_string(&report)?)?;
    } else {
        print_out(&render::submission(&report.report))?;
        print_out(&coach::submitted(&report))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Run `judge` with a progress bar of its tests on a terminal (none with `json`), cleared when
/// it returns.
fn with_progress<T>(
    json: bool,
    message: &str,
    judge: impl FnOnce(&mut dyn FnMut(&Event)) -> T,
) -> T {
    let bar = progress_bar(json, message);
    let mut on_event = |event: &Event| {
        if let Some(bar) = &bar {
            advance(bar, event);
        }
    };
    let result = judge(&mut on_event);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    result
}

fn progress_bar(json: bool, message: &str) -> Option<indicatif::ProgressBar> {
    (!json && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_message(message.to_owned());
        bar
    })
}

fn advance(bar: &indicatif::ProgressBar, event: &Event) {
    match event {
        Event::Started { total } => bar.set_length(*total as u64),
        Event::TestFinished { .. } => bar.inc(1),
        Event::Measuring { sizes } => {
            bar.set_message("measuring how it grows");
            bar.set_position(0);
            bar.set_length(*sizes as u64);
        }
        Event::Measured { .. } => bar.inc(1),
    }
}

fn lint(
    app: &App,
    file: Option<&std::path::Path>,
    format: LintFormat,
    explain: Option<&str>,
    list: bool,
) -> anyhow::Result<ExitCode> {
    use onsite_app::analysis;
    if list {
        for r in analysis::rules() {
            println_out(&format!(
                "{:<26} {:<12} {}",
                r.id,
                r.severity.as_str(),
                r.summary
            ))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(id) = explain {
        let rule = app.rule(id)?;
        let text = format!(
            "# {}\n\n*{}* · {}\n\n{}",
            rule.id,
            rule.severity.as_str(),
            rule.summary,
            rule.docs
        );
        if std::io::stdout().is_terminal() {
            termimad::print_text(&text);
        } else {
            println_out(&text)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(file) = file else {
        // clap requires the file unless --explain or --rules is given.
        return Ok(ExitCode::from(2));
    };
    let result = app.lint_file(file)?;
    let shown = file.display().to_string();
    match format {
        LintFormat::Text => print_out(&render::lint(&shown, &result))?,
        LintFormat::Json => println_out(&serde_json::to_string_pretty(&result)?)?,
        LintFormat::Sarif => println_out(&serde_json::to_string_pretty(&analysis::to_sarif(
            &shown, &result,
        ))?)?,
    }
    let clean = result.findings.is_empty() && result.syntax_error.is_none();
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn demo(app: &mut App) -> anyhow::Result<ExitCode> {
    let problem = app.problem("two-sum")?;
    let sample = problem
        .submissions
        .iter()
        .find(|s| s.name == "leetcode_style.py")
        .context("the bundled two-sum package has no leetcode_style.py sample")?;
    let source = sample.source.clone();
    print_out(&format!(
        "Judging a LeetCode-style solution of two-sum, pasted unchanged:\n\n{}\n",
        indent(&source)
    ))?;
    let report = app.judge_source(
        "two-sum",
        "leetcode_style.py",
        source,
        Scope::All,
        &mut |_| {},
    )?;
    print_out(&render::submission(&report))?;
    print_out("\nNext: `onsite list` to pick a problem, `onsite start <slug>` for a stub, `onsite judge <slug> <file>` to judge it.\n")?;
    Ok(ExitCode::SUCCESS)
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

fn check(app: &mut App, run: bool) -> anyhow::Result<ExitCode> {
    let mut stderr = anstream::stderr();
    let verbose_progress = run && std::io::stderr().is_terminal();
    let result = app.check_problems(run, &mut |slug| {
        if verbose_progress {
            let _ = writeln!(stderr, "checking {slug}…");
        }
    })?;
    let mut out = String::new();
    for d in &result.diagnostics {
        out.push_str(&format!("{d}\n"));
    }
    let total = app.catalog().len();
    out.push_str(&format!(
        "{} of {total} problems ok, {} mistakes{}\n",
        result.ok.len(),
        result.diagnostics.len(),
        if run {
            " (references, brute forces and sample submissions judged)"
        } else {
            ""
        }
    ));
    print_out(&out)?;
    Ok(if result.diagnostics.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn verify(
    app: &mut App,
    slugs: &[String],
    options: VerifyOptions,
    json: bool,
) -> anyhow::Result<ExitCode> {
    for slug in slugs {
        app.problem(slug)?;
    }
    let progress = !json && std::io::stderr().is_terminal();
    let mut stderr = anstream::stderr();
    let mut current = String::new();
    let mut on_event = |event: VerifyEvent| {
        if !progress {
            return;
        }
        match event {
            VerifyEvent::Problem(slug) => current = slug.to_owned(),
            VerifyEvent::Mutant { done, total } => {
                let _ = write!(
                    stderr,
                    "\r\x1b[Kverifying {current}: mutant {}/{total}",
                    done + 1
                );
            }
        }
    };
    let results = if slugs.is_empty() {
        app.verify_all(options, &mut on_event)?
    } else {
        slugs
            .iter()
            .map(|slug| app.verify_problem(slug, options, &mut on_event))
            .collect::<Result<Vec<_>, _>>()?
    };
    if progress {
        let _ = write!(anstream::stderr(), "\r\x1b[K");
    }
    if json {
        println_out(&serde_json::to_string_pretty(&results)?)?;
    } else {
        print_out(&render::verification(&results))?;
    }
    Ok(if results.iter().all(|r| r.passed()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Print a report: as JSON with `--json`, else rendered for people.
fn emit<T: serde::Serialize>(
    json: bool,
    report: &T,
    render: impl FnOnce(&T) -> String,
) -> anyhow::Result<ExitCode> {
    if json {
        println_out(&serde_json::to_string_pretty(report)?)?;
    } else {
        print_out(&render(report))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_out(s: &str) -> anyhow::Result<()> {
    let mut stdout = anstream::stdout();
    stdout.write_all(s.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

fn println_out(s: &str) -> anyhow::Result<()> {
    print_out(&format!("{s}\n"))
}
