//! Human-readable output for the terminal. Colours come from `anstyle` and are stripped by
//! `anstream` when the output is not a terminal (or `NO_COLOR` is set).

use std::fmt::Write;

use anstyle::{AnsiColor, Style};
use onsite_app::{ProblemSummary, SubmissionReport};
use onsite_types::Verdict;

const OK: Style = AnsiColor::Green.on_default().bold();
const BAD: Style = AnsiColor::Red.on_default().bold();
const DIM: Style = Style::new().dimmed();
const BOLD: Style = Style::new().bold();
const LABEL: Style = AnsiColor::Cyan.on_default();

pub fn paint(style: Style, text: impl std::fmt::Display) -> String {
    format!("{style}{text}{style:#}")
}

/// The report of one judged submission.
pub fn submission(report: &SubmissionReport) -> String {
    let mut s = String::new();
    let accepted = report.verdict == Verdict::Accepted;
    let (mark, style) = if accepted { ("✔", OK) } else { ("✘", BAD) };
    let _ = writeln!(
        s,
        "{} {}",
        paint(BOLD, &report.title),
        paint(DIM, format!("({})", report.problem))
    );
    let _ = write!(
        s,
        "{} {}",
        paint(style, mark),
        paint(style, report.verdict.title())
    );
    if let Some(test) = report.failure.as_ref().and_then(|f| f.test.as_ref()) {
        let which = if test.visible {
            format!("example test {}", test.number)
        } else {
            format!("hidden test {}", test.number)
        };
        let _ = write!(
            s,
            " on {which} {}",
            paint(DIM, format!("[{}]", test.category.describe()))
        );
    }
    s.push('\n');

    let stats = &report.stats;
    let mut facts = vec![format!(
        "{}/{} tests passed",
        report.tests.passed, report.tests.total
    )];
    if report.tests.total > 0 && !report.records.is_empty() {
        facts.push(format!(
            "slowest {:.1} ms CPU (limit {} ms)",
            stats.max_cpu_ms, stats.time_limit_ms
        ));
    }
    if let Some(kb) = stats.peak_memory_kb {
        facts.push(format!("peak memory {:.1} MB", kb as f64 / 1024.0));
    }
    if !stats.python.is_empty() {
        facts.push(format!("Python {}", stats.python));
    }
    let _ = writeln!(s, "  {}", paint(DIM, facts.join(" · ")));

    s.push_str(&failure(report));

    // Only informative when some tests passed: a solution failing everywhere misses no
    // particular edge case.
    let missed = missed_categories(report);
    if !missed.is_empty() && report.tests.passed > 0 {
        let _ = writeln!(
            s,
            "\n  {} {}",
            paint(LABEL, "edge cases missed:"),
            missed.join(", ")
        );
    }
    let skipped = report
        .records
        .iter()
        .filter(|r| r.verdict.is_none())
        .count();
    if skipped > 0 {
        let why = match &report.tests.stopped {
            Some(stopped) => format!("{skipped} tests not run ({stopped})"),
            None => format!("{skipped} larger tests not run after a limit was exceeded"),
        };
        let _ = writeln!(s, "  {}", paint(DIM, why));
    }
    complexity(&mut s, &report.complexity);
    findings(&mut s, &report.findings);
    if let Some(card) = &report.scores {
        scorecard(&mut s, card);
    }
    s
}

/// The first failure's case (input, expected, got, why, traceback, printed output) and the
/// counterexample search's result: what `judge`, `run`, `watch` and `timed` show of a failure.
pub fn failure(report: &SubmissionReport) -> String {
    let mut s = String::new();
    if let Some(f) = &report.failure {
        s.push('\n');
        if let Some(note) = f
            .test
            .as_ref()
            .filter(|t| !t.visible)
            .and_then(|t| t.note.as_ref())
        {
            let _ = writeln!(s, "  {} {note}", paint(LABEL, "case:    "));
        }
        for (label, value) in [
            ("input:   ", &f.input),
            ("expected:", &f.expected),
            ("got:     ", &f.actual),
        ] {
            if let Some(v) = value {
                let _ = writeln!(s, "  {} {v}", paint(LABEL, label));
            }
        }
        let _ = writeln!(s, "  {} {}", paint(LABEL, "why:     "), f.message);
        if let Some(tb) = &f.traceback {
            s.push('\n');
            for line in tb.lines() {
                let _ = writeln!(s, "    {}", paint(DIM, line));
            }
        }
        if let Some(out) = &f.output {
            let _ = writeln!(s, "\n  {}", paint(LABEL, "printed:"));
            for line in out.lines().take(20) {
                let _ = writeln!(s, "    {line}");
            }
        }
    }

    if let Some(search) = &report.counterexample {
        counterexample(&mut s, search);
    }
    s
}

/// `onsite lint`'s text: the findings, or that there are none; a syntax error first.
pub fn lint(path: &str, analysis: &onsite_app::analysis::Analysis) -> String {
    let mut s = String::new();
    if let Some(e) = &analysis.syntax_error {
        let _ = writeln!(
            s,
            "{} {}",
            paint(
                BAD,
                format!("{path}:{}:{}: syntax error:", e.line, e.column)
            ),
            e.message
        );
        return s;
    }
    if analysis.findings.is_empty() {
        let _ = writeln!(s, "{} {path}: no findings", paint(OK, "✔"));
        return s;
    }
    for f in &analysis.findings {
        let _ = writeln!(
            s,
            "{} {} {}",
            paint(BAD, format!("{path}:{}:{}:", f.line, f.column)),
            paint(BOLD, f.rule),
            f.message
        );
        let _ = writeln!(s, "    {}", paint(DIM, format!("fix: {}", f.fix)));
    }
    let _ = writeln!(
        s,
        "{}",
        paint(
            DIM,
            format!(
                "{} finding(s); `onsite lint --explain <rule>` tells why each matters",
                analysis.findings.len()
            )
        )
    );
    s
}

/// The analyser's findings, each with its fix.
pub fn findings(s: &mut String, findings: &[onsite_app::analysis::Finding]) {
    if findings.is_empty() {
        return;
    }
    let _ = writeln!(s, "\n  {}", paint(LABEL, "findings:"));
    for f in findings {
        let _ = writeln!(
            s,
            "    {} {} {}",
            paint(BAD, format!("line {}", f.line)),
            paint(BOLD, f.rule),
            f.message
        );
        let _ = writeln!(s, "      {}", paint(DIM, format!("fix: {}", f.fix)));
    }
}

/// What `onsite problems verify` found, one block per problem and a summary line.
pub fn verification(results: &[onsite_app::Verification]) -> String {
    let mut s = String::new();
    for r in results {
        let mark = if r.passed() {
            paint(OK, "ok  ")
        } else {
            paint(BAD, "FAIL")
        };
        let _ = writeln!(s, "{mark} {}", paint(BOLD, &r.slug));
        if let Some(e) = &r.error {
            let _ = writeln!(s, "     {}", paint(BAD, e));
            continue;
        }
        match &r.stress.disagreement {
            None if r.stress.cases == 0 => {
                let _ = writeln!(s, "     stress: no generator, nothing to compare");
            }
            None => {
                let _ = writeln!(
                    s,
                    "     stress: brute force and reference agree on {} generated inputs",
                    r.stress.cases
                );
            }
            Some(d) => {
                let _ = writeln!(
                    s,
                    "     stress: {} at n = {}: {}",
                    paint(BAD, "brute force and reference disagree"),
                    d.n,
                    d.message
                );
                for (label, value) in [
                    ("input", &d.input),
                    ("reference", &d.expected),
                    ("brute force", &d.actual),
                ] {
                    if let Some(v) = value {
                        let _ = writeln!(s, "       {label:11} {v}");
                    }
                }
            }
        }
        let m = &r.mutation;
        let rate = m
            .kill_rate()
            .map_or_else(|| "n/a".to_owned(), |k| format!("{:.1}%", k * 100.0));
        let rate = if m.meets_target() {
            paint(OK, rate)
        } else {
            paint(BAD, rate)
        };
        let sampled = if m.judged < m.generated {
            format!(" (of {})", m.generated)
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "     mutants: {rate} killed: {} mutants{sampled}, {} killed, {} equivalent, {} survived",
            m.judged,
            m.killed,
            m.equivalent,
            m.survivors.len()
        );
        for mutant in &m.survivors {
            let _ = writeln!(
                s,
                "       survived: line {} ({}) {}",
                mutant.line, mutant.operator, mutant.description
            );
            let _ = writeln!(s, "         {}", paint(BAD, format!("- {}", mutant.before)));
            let _ = writeln!(s, "         {}", paint(OK, format!("+ {}", mutant.after)));
        }
        for f in &r.follow_ups {
            let outcome = if f.base_passes == Some(true) {
                paint(
                    BAD,
                    "the problem's own reference passes these tests too: they do not exercise \
                     what the follow-up changes",
                )
            } else if f.verdict == Verdict::Accepted {
                format!("reference accepted on its {} tests", f.tests)
            } else {
                paint(
                    BAD,
                    format!(
                        "reference judged {}{}",
                        f.verdict,
                        f.message
                            .as_ref()
                            .map(|m| format!(": {m}"))
                            .unwrap_or_default()
                    ),
                )
            };
            let _ = writeln!(s, "     follow-up {}: {outcome}", f.id);
        }
        for m in &r.missing {
            let _ = writeln!(s, "     missing: {}", paint(BAD, m));
        }
        let b = &r.brute_limits;
        let note = if b.ok {
            b.message.clone()
        } else {
            paint(BAD, &b.message)
        };
        let _ = writeln!(s, "     limits: {note}");
        if let Some(m) = &r.measured_brute {
            let note = if m.ok {
                m.message.clone()
            } else {
                paint(BAD, &m.message)
            };
            let _ = writeln!(s, "     measuring inputs (advisory): {note}");
        }
    }
    let passed = results.iter().filter(|r| r.passed()).count();
    let _ = writeln!(
        s,
        "{passed} of {} problems verified (kill rate target {:.0}%)",
        results.len(),
        onsite_app::KILL_TARGET * 100.0
    );
    s
}

/// The seven scores, each with its evidence.
fn scorecard(s: &mut String, card: &onsite_app::Scorecard) {
    let overall = match (card.overall, card.not_scored.as_slice()) {
        (None, _) => "not scored".to_owned(),
        (Some(o), []) => format!("{o}/100"),
        (Some(o), missing) => format!(
            "{o}/100 over {} of {} dimensions ({} not scored)",
            card.dimensions.len() - missing.len(),
            card.dimensions.len(),
            missing
                .iter()
                .map(|d| d.title().to_lowercase())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let _ = writeln!(
        s,
        "\n  {} {}",
        paint(LABEL, "scorecard:"),
        paint(BOLD, overall)
    );
    for d in &card.dimensions {
        let score = d
            .score
            .map_or_else(|| "  –".to_owned(), |v| format!("{v:>3}"));
        let _ = writeln!(s, "    {:<26} {}", d.dimension.title(), paint(BOLD, score));
        for e in &d.evidence {
            let _ = writeln!(s, "      {}", paint(DIM, e));
        }
    }
}

/// The measured time complexity against the target, with the measured points.
fn complexity(s: &mut String, c: &onsite_app::ComplexityReport) {
    let Some(summary) = &c.summary else {
        let _ = writeln!(
            s,
            "\n  {} {} {}",
            paint(LABEL, "complexity target:"),
            c.expected,
            paint(DIM, "(time)")
        );
        return;
    };
    let (mark, style, measured) = measured_class(c.time, c.meets_target);
    let _ = writeln!(
        s,
        "\n  {} {} {} {}",
        paint(LABEL, "time complexity:"),
        paint(style, format!("{mark} {measured}")),
        paint(DIM, "· target"),
        c.expected
    );
    let _ = writeln!(s, "    {summary}");
    if !c.samples.is_empty() {
        let _ = writeln!(
            s,
            "    {}",
            paint(
                DIM,
                format!("{:>8}  {:>12}  {:>12}", "n", "yours", "reference")
            )
        );
        for p in &c.samples {
            let _ = writeln!(
                s,
                "    {}",
                paint(
                    DIM,
                    format!(
                        "{:>8}  {:>9.3} ms  {:>9.3} ms",
                        p.n,
                        p.candidate * 1000.0,
                        p.reference * 1000.0
                    )
                )
            );
        }
    }
    space(s, c);
}

/// A measured class, marked by whether it meets its target.
fn measured_class(
    class: Option<onsite_types::ComplexityClass>,
    meets: Option<bool>,
) -> (&'static str, Style, String) {
    let (mark, style) = match meets {
        Some(true) => ("✔", OK),
        Some(false) => ("✘", BAD),
        None => ("?", DIM),
    };
    let measured = class.map_or_else(|| "unclear".to_owned(), |t| t.to_string());
    (mark, style, measured)
}

/// The measured growth of extra memory against the space target.
fn space(s: &mut String, c: &onsite_app::ComplexityReport) {
    let Some(summary) = &c.space_summary else {
        return;
    };
    let (mark, style, measured) = measured_class(c.space, c.space_meets_target);
    let target = c
        .expected_space
        .map_or_else(String::new, |t| format!(" {} {t}", paint(DIM, "· target")));
    let _ = writeln!(
        s,
        "\n  {} {}{target}",
        paint(LABEL, "extra space:"),
        paint(style, format!("{mark} {measured}")),
    );
    let _ = writeln!(s, "    {summary}");
}

/// Categories of failed tests, with counts, in order of first failure.
fn missed_categories(report: &SubmissionReport) -> Vec<String> {
    let mut seen: Vec<(String, usize)> = Vec::new();
    for r in &report.records {
        if matches!(r.verdict, Some(v) if v != Verdict::Accepted) {
            let name = r.category.describe();
            match seen.iter_mut().find(|(n, _)| *n == name) {
                Some((_, count)) => *count += 1,
                None => seen.push((name, 1)),
            }
        }
    }
    seen.into_iter()
        .map(|(n, c)| if c > 1 { format!("{n} ({c})") } else { n })
        .collect()
}

/// The problem table of `onsite list`.
pub fn problem_list(problems: &[ProblemSummary]) -> String {
    let mut s = String::new();
    let width = problems.iter().map(|p| p.slug.len()).max().unwrap_or(0);
    for p in problems {
        let diff = match p.difficulty {
            onsite_types::Difficulty::Easy => paint(OK, "easy  "),
            onsite_types::Difficulty::Medium => paint(AnsiColor::Yellow.on_default(), "medium"),
            onsite_types::Difficulty::Hard => paint(BAD, "hard  "),
        };
        let _ = writeln!(
            s,
            "{diff}  {:width$}  {}  {}",
            p.slug,
            p.title,
            paint(DIM, p.patterns.join(", "))
        );
    }
    let count = match problems.len() {
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    };
    let _ = writeln!(s, "{}", paint(DIM, count));
    s
}

/// The small failing input onsite made itself, or why there is none.
fn counterexample(s: &mut String, search: &onsite_app::CounterexampleSearch) {
    let cost = format!(
        "{} inputs tried, {:.1} s",
        search.tried,
        search.searched_ms / 1000.0
    );
    let Some(c) = &search.found else {
        if let Some(why) = &search.why_not {
            let _ = writeln!(s, "\n  {}", paint(DIM, format!("{why} ({cost})")));
        }
        return;
    };
    let origin = if c.equals_a_hidden_test {
        "found by onsite; it happens to equal a hidden test's input"
    } else {
        "made by onsite, not a hidden test"
    };
    let _ = writeln!(
        s,
        "\n  {} {}",
        paint(LABEL, "a smallest failing input:"),
        paint(DIM, format!("({origin}; {cost})"))
    );
    for (label, value) in [
        ("input:   ", Some(&c.input)),
        ("expected:", c.expected.as_ref()),
        ("got:     ", c.actual.as_ref()),
        ("why:     ", Some(&c.message)),
    ] {
        if let Some(v) = value {
            let _ = writeln!(s, "    {} {v}", paint(LABEL, label));
        }
    }
    if let Some(tb) = &c.traceback {
        for line in tb.lines() {
            let _ = writeln!(s, "      {}", paint(DIM, line));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        anstream::adapter::strip_str(s).to_string()
    }

    fn judged(source: &str) -> SubmissionReport {
        let settings = onsite_app::Settings {
            cache_dir: Some(std::env::temp_dir().join("onsite-test-cache")),
            ..Default::default()
        };
        let mut app = onsite_app::App::open(settings).expect("open");
        app.judge_source(
            "two-sum",
            "solution.py",
            source.to_owned(),
            onsite_judge::Scope::All,
            &mut |_| {},
        )
        .expect("judge")
    }

    fn snapshot_of(name: &str, report: &SubmissionReport) {
        let text = strip(&submission(report));
        // Timings and memory vary from run to run; the words around them do not.
        let mut settings = insta::Settings::clone_current();
        settings.add_filter(r"\d+\.\d+ ms CPU", "[cpu] ms CPU");
        settings.add_filter(r"peak memory \d+\.\d+ MB", "peak memory [mem] MB");
        settings.add_filter(r"Python 3\.\d+\.\d+", "Python [version]");
        // Measured growth: the class and the sizes are stable, the times are not.
        settings.add_filter(r" +\d+\.\d+ ms", " [t] ms");
        settings.add_filter(r"confidence \d\.\d+", "confidence [c]");
        settings.add_filter(r"n\^-?\d+\.\d+ ± \d+\.\d+", "n^[k] ± [h]");
        // Memory growth at two-sum's sizes sits near the measuring floor: keep only the heading.
        settings.add_filter(
            r"(?m)^  extra space: .*\n    .*\n",
            "  extra space: [measured]\n",
        );
        settings.add_filter(r"\d+\.\d+× the reference", "[r]× the reference");
        settings.add_filter(r"at least \d+\.\d+×", "at least [r]×");
        // The counterexample search's cost depends on the machine's speed.
        settings.add_filter(r"\d+ inputs tried, \d+\.\d s", "[k] inputs tried, [t] s");
        settings.bind(|| insta::assert_snapshot!(name, text));
    }

    #[test]
    fn accepted_report() {
        snapshot_of("accepted_report", &judged("def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n"));
    }

    #[test]
    fn wrong_answer_on_an_example_shows_the_data() {
        snapshot_of(
            "wrong_answer_on_an_example_shows_the_data",
            &judged("def two_sum(nums, target):\n    print('checking', nums)\n    return [0, 1]\n"),
        );
    }

    #[test]
    fn runtime_error_shows_the_traceback_of_the_users_file() {
        snapshot_of("runtime_error_shows_the_traceback_of_the_users_file", &judged("def helper(nums):\n    return nums[10]\n\ndef two_sum(nums, target):\n    return helper(nums)\n"));
    }

    #[test]
    fn syntax_error_points_at_the_line() {
        snapshot_of(
            "syntax_error_points_at_the_line",
            &judged("def two_sum(nums, target)\n    return []\n"),
        );
    }

    #[test]
    fn verification_shows_the_disagreement_and_each_survivor_as_a_diff() {
        let mutant = onsite_app::analysis::mutate::mutants(
            "def search(nums, target):\n    lo, hi = 0, len(nums) - 1\n    return lo\n",
        )
        .into_iter()
        .find(|m| m.operator == "off-by-one")
        .expect("an off-by-one mutant");
        let failing = onsite_app::Verification {
            slug: "weak-problem".into(),
            tests: 34,
            stress: onsite_app::Stress {
                cases: 300,
                disagreement: Some(onsite_app::Disagreement {
                    n: 3,
                    verdict: Verdict::WrongAnswer,
                    message: "expected 2, got 1".into(),
                    input: Some("nums = [3, 1, 2], target = 2".into()),
                    expected: Some("2".into()),
                    actual: Some("1".into()),
                }),
            },
            mutation: onsite_app::Mutation {
                generated: 12,
                judged: 12,
                killed: 10,
                equivalent: 1,
                survivors: vec![mutant],
            },
            brute_limits: onsite_app::BruteLimits {
                declared: Some(onsite_types::ComplexityClass::Quadratic),
                required: true,
                verdict: Some(Verdict::Accepted),
                ok: false,
                message: "the O(n^2) brute force is judged accepted, but the O(n) target \
                          demands that it exceed the time limit"
                    .into(),
            },
            measured_brute: Some(onsite_app::MeasuredBrute {
                class: Some(onsite_types::ComplexityClass::Linear),
                ok: false,
                message:
                    "on the generator's default inputs, the O(n^2) brute force is not measured \
                          O(n^2) against the O(n) target (grows like the reference): declare a \
                          worst-case `measure_kind` in [complexity] whose inputs expose its cost"
                        .into(),
            }),
            missing: vec!["no editorial.md".into()],
            follow_ups: vec![onsite_app::FollowUpCheck {
                id: "sorted-input".into(),
                tests: 6,
                verdict: Verdict::WrongAnswer,
                message: Some("expected 2, got 1".into()),
                base_passes: Some(false),
            }],
            error: None,
        };
        let broken = onsite_app::Verification {
            slug: "broken".into(),
            tests: 0,
            stress: onsite_app::Stress::default(),
            mutation: onsite_app::Mutation::default(),
            brute_limits: failing.brute_limits.clone(),
            measured_brute: None,
            missing: Vec::new(),
            follow_ups: Vec::new(),
            error: Some("broken/problem.toml:3: unknown difficulty `hardest`".into()),
        };
        insta::assert_snapshot!(strip(&verification(&[failing, broken])));
    }
}
