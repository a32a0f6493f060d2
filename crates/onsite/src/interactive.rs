//! The interactive commands: `onsite watch` (examples on every save), `onsite timed` (a
//! countdown beside the candidate's editor) and `onsite mock` (the interview's stages). Input
//! comes from three sources merged into one channel: lines typed, saves of the watched file,
//! and Ctrl-C (or SIGTERM), which ends the loop after the run in progress, so that everything
//! the judge started is cleaned up (a second Ctrl-C quits at once); a one-second timeout drives
//! the countdown.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use anyhow::Context;
use jiff::Timestamp;
use onsite_app::practice_model::MockStage;
use onsite_app::{App, MockInterview, SubmissionReport};
use onsite_judge::Scope;
use onsite_types::{ClarifyTopic, Verdict};

use crate::{coach, print_out, render};

/// What the loops react to.
pub enum Input {
    /// A line typed (without its newline).
    Line(String),
    /// The watched file was written.
    Saved,
    /// Standard input closed.
    Eof,
    /// Ctrl-C (SIGINT) or SIGTERM.
    Interrupted,
}

/// Typed lines and saves of `file`, on one channel. The watcher watches the file's folder, so
/// editors that save by writing a new file and renaming it over the old one are seen too.
pub struct Inputs {
    rx: Receiver<Input>,
    _watcher: Option<notify::RecommendedWatcher>,
}

impl Inputs {
    /// Start listening; `file` None listens to the keyboard only.
    pub fn start(file: Option<&Path>) -> anyhow::Result<Inputs> {
        let (tx, rx) = mpsc::channel();
        let keys = tx.clone();
        std::thread::spawn(move || {
            let stdin = std::io::stdin();
            for line in stdin.lock().lines() {
                match line {
                    Ok(l) => {
                        if keys.send(Input::Line(l)).is_err() {
                            return;
                        }
                    }
                    Err(_) => break,
                }
            }
            let _ = keys.send(Input::Eof);
        });
        on_interrupt(tx.clone())?;
        let watcher = match file {
            Some(f) => Some(watch_file(f, tx)?),
            None => None,
        };
        Ok(Inputs {
            rx,
            _watcher: watcher,
        })
    }

    /// The next input, or None after `timeout`. Bursts of saves (an editor's write, rename and
    /// chmod) arrive as one.
    pub fn next(&self, timeout: Duration) -> Option<Input> {
        match self.rx.recv_timeout(timeout) {
            Ok(Input::Saved) => {
                while let Ok(more) = self.rx.recv_timeout(Duration::from_millis(150)) {
                    if !matches!(more, Input::Saved) {
                        // A typed line right after a save: keep it for the next call.
                        return Some(more);
                    }
                }
                Some(Input::Saved)
            }
            Ok(other) => Some(other),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Input::Eof),
        }
    }
}

/// Start the judge's warm process while the candidate reads and types (a failure only costs
/// the first run its head start).
fn prewarm(app: &mut App) {
    if let Err(e) = app.prewarm() {
        tracing::warn!(error = %e, "could not start a warm process");
    }
}

/// Turn the first Ctrl-C or SIGTERM into [`Input::Interrupted`]; quit at once on the second.
fn on_interrupt(tx: Sender<Input>) -> anyhow::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])
        .context("cannot listen for Ctrl-C")?;
    std::thread::spawn(move || {
        let mut first = true;
        for signal in signals.forever() {
            if !first {
                std::process::exit(128 + signal);
            }
            first = false;
            eprintln!("\nstopping (Ctrl-C again to quit at once)");
            if tx.send(Input::Interrupted).is_err() {
                std::process::exit(128 + signal);
            }
        }
    });
    Ok(())
}

fn watch_file(file: &Path, tx: Sender<Input>) -> anyhow::Result<notify::RecommendedWatcher> {
    use notify::Watcher;
    let file = std::path::absolute(file)
        .with_context(|| format!("cannot resolve `{}`", file.display()))?;
    let dir = file
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = file.file_name().map(|n| n.to_owned());
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(event) = res else { return };
        let writes = matches!(
            event.kind,
            notify::EventKind::Modify(_) | notify::EventKind::Create(_)
        );
        if writes && event.paths.iter().any(|p| p.file_name() == name.as_deref()) {
            let _ = tx.send(Input::Saved);
        }
    })
    .context("cannot watch files on this system")?;
    watcher
        .watch(&dir, notify::RecursiveMode::NonRecursive)
        .with_context(|| format!("cannot watch `{}`", dir.display()))?;
    Ok(watcher)
}

/// A run on the examples (or own cases): a line with the verdict and the first failure's
/// message, then that failure's case (input, expected, got) and any smaller failing input the
/// search found, as `onsite run` shows them.
fn run_line(r: &SubmissionReport) -> String {
    let verdict = if r.verdict == Verdict::Accepted {
        render::paint(anstyle::AnsiColor::Green.on_default(), "examples pass")
    } else {
        render::paint(anstyle::AnsiColor::Red.on_default(), r.verdict.title())
    };
    let mut s = format!("{verdict} ({}/{})", r.tests.passed, r.tests.total);
    if let Some(f) = &r.failure {
        s.push_str(&format!(
            ": {}",
            f.message.lines().next().unwrap_or_default()
        ));
        s.push_str(render::failure(r).trim_end());
    }
    s
}

fn run_examples(app: &mut App, spec: &str, file: &Path) -> String {
    match app.judge_file(spec, file, Scope::Examples, &mut |_| {}) {
        Ok(r) => run_line(&r),
        Err(e) => format!("cannot run: {e}"),
    }
}

/// `onsite watch`: run the examples now and on every save, until Ctrl-C or end of input.
pub fn watch(app: &mut App, file: &Path, problem: Option<&str>) -> anyhow::Result<()> {
    let spec = spec_of(file, problem)?;
    app.target(&spec)?;
    let inputs = Inputs::start(Some(file))?;
    prewarm(app);
    print_out(&format!(
        "watching {} ({spec}): the examples run on every save; Ctrl-C stops\n",
        file.display()
    ))?;
    print_out(&format!("{}\n", run_examples(app, &spec, file)))?;
    loop {
        match inputs.next(Duration::from_secs(3600)) {
            Some(Input::Saved) => {
                let stamp = app.now().strftime("%H:%M:%S").to_string();
                print_out(&format!("{stamp} {}\n", run_examples(app, &spec, file)))?;
            }
            Some(Input::Eof | Input::Interrupted) => return Ok(()),
            Some(Input::Line(_)) | None => {}
        }
    }
}

fn spec_of(file: &Path, problem: Option<&str>) -> anyhow::Result<String> {
    if let Some(p) = problem {
        return Ok(p.to_owned());
    }
    let source = onsite_app::read_source(file)?;
    onsite_app::slug_in_header(&source).ok_or_else(|| {
        onsite_app::AppError::NoProblemHeader {
            path: file.to_owned(),
        }
        .into()
    })
}

fn status(deadline: Timestamp, now: Timestamp, keys: &str) {
    let left = deadline.duration_since(now);
    let shown = if left.is_negative() {
        render::paint(
            anstyle::AnsiColor::Red.on_default(),
            format!("time is up ({} over)", coach::clock(-left)),
        )
    } else {
        format!("{} left", coach::clock(left))
    };
    if std::io::stdout().is_terminal() {
        let _ = write!(anstream::stdout(), "\r\x1b[K⏱ {shown} · {keys} ");
        let _ = std::io::stdout().flush();
    }
}

fn newline_if_terminal() {
    if std::io::stdout().is_terminal() {
        let _ = write!(anstream::stdout(), "\r\x1b[K");
    }
}

/// `onsite timed` after the stub is written: count down, run the examples on every save,
/// submit on Enter; ends at the first accepted submission, on `q`, or when time is up.
pub fn timed(app: &mut App, start: &onsite_app::StartReport) -> anyhow::Result<()> {
    let deadline = start.deadline.unwrap_or(start.started_at);
    let inputs = Inputs::start(Some(&start.path))?;
    prewarm(app);
    let keys = "[enter] submit · h hint · q quit";
    print_out(&format!(
        "open {} in your editor; saves run the examples\n",
        start.path.display()
    ))?;
    let mut warned = false;
    loop {
        let now = app.now().timestamp();
        if now > deadline && !warned {
            newline_if_terminal();
            print_out(&format!(
                "time is up: an interviewer would stop here. Submit when ready (`onsite submit {}` records it as late), or q to stop.\n",
                start.path.display()
            ))?;
            warned = true;
        }
        status(deadline, now, keys);
        match inputs.next(Duration::from_secs(1)) {
            None => {}
            Some(Input::Eof | Input::Interrupted) => {
                newline_if_terminal();
                return Ok(());
            }
            Some(Input::Saved) => {
                newline_if_terminal();
                print_out(&format!(
                    "{}\n",
                    run_examples(app, &start.problem, &start.path)
                ))?;
            }
            Some(Input::Line(line)) => {
                newline_if_terminal();
                match line.trim() {
                    "" | "s" => {
                        let r = app.submit(&start.path, Some(&start.problem), &mut |_| {})?;
                        print_out(&render::submission(&r.report))?;
                        print_out(&coach::submitted(&r))?;
                        if r.report.verdict == Verdict::Accepted {
                            return Ok(());
                        }
                    }
                    "h" => print_out(&coach::hint(&app.hint(&start.problem)?))?,
                    "q" => {
                        print_out("stopped; the session stays open: `onsite submit` still records against its clock\n")?;
                        return Ok(());
                    }
                    other => print_out(&format!("unknown key `{other}`: {keys}\n"))?,
                }
            }
        }
    }
}

fn prompt(text: &str) -> anyhow::Result<()> {
    let mut out = anstream::stdout();
    write!(out, "{text}")?;
    out.flush()?;
    Ok(())
}

/// Read one line, or None at end of input or on Ctrl-C.
fn read_line(inputs: &Inputs) -> Option<String> {
    loop {
        match inputs.next(Duration::from_secs(3600)) {
            Some(Input::Line(l)) => return Some(l),
            Some(Input::Eof | Input::Interrupted) => return None,
            Some(Input::Saved) | None => {}
        }
    }
}

/// `onsite mock`: walk the stages, then print and record the report.
pub fn mock(app: &mut App, m: &mut MockInterview) -> anyhow::Result<()> {
    let path = m
        .path
        .clone()
        .context("a terminal mock interview codes in a file")?;
    let inputs = Inputs::start(Some(&path))?;
    prewarm(app);
    print_out(&format!(
        "{}\n\n{}\n\n",
        render::paint(
            anstyle::Style::new().bold(),
            format!("Mock interview: {}", m.title)
        ),
        m.statement.trim()
    ))?;
    let ended =
        |app: &mut App, m: &mut MockInterview, reason: Option<&str>| -> anyhow::Result<()> {
            let report = app.mock_finish(m, reason)?;
            print_out(&format!("\n{}", coach::mock_report(&report)))?;
            Ok(())
        };

    // 1. Clarify.
    print_out("Stage 1, clarify. Ask before you solve: type the numbers of the topics to ask about (e.g. `1 3`), Enter alone when done.\n")?;
    for (i, t) in ClarifyTopic::ALL.iter().enumerate() {
        print_out(&format!("  {}. {}\n", i + 1, topic_title(*t)))?;
    }
    loop {
        prompt("ask> ")?;
        let Some(line) = read_line(&inputs) else {
            return ended(app, m, Some("input closed"));
        };
        if line.trim().is_empty() {
            break;
        }
        for word in line.split_whitespace() {
            let topic = word
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| ClarifyTopic::ALL.get(i).copied())
                .or_else(|| word.parse().ok());
            match topic {
                Some(t) => {
                    let a = app.mock_ask(m, t)?;
                    let q = a.question.unwrap_or_else(|| topic_title(t).to_owned());
                    print_out(&format!("  you: {q}\n  interviewer: {}\n", a.answer))?;
                }
                None => print_out(&format!("  `{word}` is not a topic number (1-8)\n"))?,
            }
        }
    }

    // 2 and 3. Brute force, then the optimisation.
    for (stage, ask) in [
        (
            MockStage::BruteForce,
            "Stage 2, brute force. Say the simplest correct approach and its time complexity, in one line:",
        ),
        (
            MockStage::Optimise,
            "Stage 3, optimise. Say how you would do better, with the new complexity:",
        ),
    ] {
        app.mock_stage(m, stage);
        print_out(&format!("\n{ask}\n"))?;
        prompt("> ")?;
        let Some(line) = read_line(&inputs) else {
            return ended(app, m, Some("input closed"));
        };
        app.mock_state(m, stage, &line);
    }

    // 4 to 6. Code, test, follow-up.
    app.mock_stage(m, MockStage::Code);
    let keys = "r run examples · t <json> run your case · s submit · h hint · q end";
    print_out(&format!(
        "\nStage 4, code. Write it in {} with your editor; saves run the examples.\n{keys}\n",
        path.display()
    ))?;
    loop {
        let now = app.now().timestamp();
        status(m.deadline, now, keys);
        let input = inputs.next(Duration::from_secs(1));
        if now > m.deadline + jiff::SignedDuration::from_mins(15) {
            newline_if_terminal();
            return ended(app, m, Some("time ran out"));
        }
        match input {
            None => {}
            Some(Input::Eof) => {
                newline_if_terminal();
                return ended(app, m, Some("input closed"));
            }
            Some(Input::Interrupted) => {
                newline_if_terminal();
                return ended(app, m, Some("stopped with Ctrl-C"));
            }
            Some(Input::Saved) => {
                newline_if_terminal();
                match app.mock_run(m, None, &[]) {
                    Ok(r) => print_out(&format!("{}\n", run_line(&r)))?,
                    Err(e) => print_out(&format!("cannot run: {e}\n"))?,
                }
            }
            Some(Input::Line(line)) => {
                newline_if_terminal();
                let line = line.trim();
                let (cmd, rest) = line.split_once(' ').unwrap_or((line, ""));
                match cmd {
                    "r" => match app.mock_run(m, None, &[]) {
                        Ok(r) => print_out(&format!("{}\n", run_line(&r)))?,
                        Err(e) => print_out(&format!("cannot run: {e}\n"))?,
                    },
                    "t" => {
                        if m.stage == MockStage::Code {
                            app.mock_stage(m, MockStage::Test);
                        }
                        match serde_json::from_str::<serde_json::Value>(rest) {
                            Ok(case) => match app.mock_run(m, None, &[case]) {
                                Ok(r) => print_out(&format!("{}\n", run_line(&r)))?,
                                Err(e) => print_out(&format!("{e}\n"))?,
                            },
                            Err(e) => print_out(&format!(
                                "a case is the input as JSON, e.g. t {{\"nums\": [1, 2], \"target\": 3}}: {e}\n"
                            ))?,
                        }
                    }
                    "s" => {
                        if m.stage == MockStage::Code {
                            app.mock_stage(m, MockStage::Test);
                        }
                        let r = app.mock_submit(m, None, &mut |_| {})?;
                        print_out(&render::submission(&r.report))?;
                        if r.report.verdict == Verdict::Accepted {
                            if m.stage == MockStage::FollowUp {
                                return ended(app, m, None);
                            }
                            match m.follow_up.clone() {
                                Some((id, prompt)) => {
                                    app.mock_stage(m, MockStage::FollowUp);
                                    print_out(&format!(
                                        "\nStage 6, follow-up (`{id}`). The interviewer asks: {prompt}\nChange your code in the same file; s submits to the follow-up's tests, q ends.\n"
                                    ))?;
                                }
                                None => return ended(app, m, None),
                            }
                        }
                    }
                    "h" => print_out(&coach::hint(&app.mock_hint(m)?))?,
                    "q" => return ended(app, m, Some("the candidate stopped")),
                    other => print_out(&format!("unknown key `{other}`: {keys}\n"))?,
                }
            }
        }
    }
}

fn topic_title(t: ClarifyTopic) -> &'static str {
    match t {
        ClarifyTopic::InputSize => "input size",
        ClarifyTopic::Empty => "empty input",
        ClarifyTopic::Duplicates => "duplicates",
        ClarifyTopic::Negatives => "negatives and zero",
        ClarifyTopic::Sorted => "sorted or ordered input",
        ClarifyTopic::OutputFormat => "output format (order, ties)",
        ClarifyTopic::Performance => "performance expectations",
        ClarifyTopic::Other => "anything else",
    }
}
