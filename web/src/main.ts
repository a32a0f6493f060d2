// onsite in the browser: problem list, problem page (statement, editor, results), review queue,
// study plan and statistics. A hash router; every page loads its data from the JSON API.

import { basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { linter, lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { Compartment, EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { oneDark } from "@codemirror/theme-one-dark";
import { marked } from "marked";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import "./style.css";
import { api, follow, type Board, type JobEvent, type ProblemView, type Report } from "./api";

const app = document.getElementById("app") as HTMLElement;
const errorBox = document.getElementById("error") as HTMLElement;

// ---------- small helpers ----------

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

function showError(err: unknown) {
  const message = err instanceof Error ? err.message : String(err);
  errorBox.textContent = message;
  errorBox.hidden = false;
}

function clearError() {
  errorBox.hidden = true;
  errorBox.textContent = "";
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const verdictTitle = (v: string) =>
  ({
    accepted: "Accepted",
    wrong_answer: "Wrong Answer",
    time_limit_exceeded: "Time Limit Exceeded",
    memory_limit_exceeded: "Memory Limit Exceeded",
    runtime_error: "Runtime Error",
    compile_error: "Syntax Error",
    output_limit_exceeded: "Output Limit Exceeded",
    blocked: "Blocked",
  })[v] ?? v;

function bar(fraction: number): HTMLElement {
  const outer = h("span", { class: "bar" });
  const inner = h("span", { class: "fill" });
  inner.style.width = `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`;
  outer.append(inner);
  return outer;
}

// ---------- theme ----------

const themeCompartment = new Compartment();
const editors = new Set<EditorView>();

function dark(): boolean {
  const saved = localStorage.getItem("onsite-theme");
  if (saved) return saved === "dark";
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function applyTheme() {
  document.documentElement.dataset.theme = dark() ? "dark" : "light";
  for (const view of editors) {
    view.dispatch({ effects: themeCompartment.reconfigure(dark() ? oneDark : []) });
  }
}

document.getElementById("theme")?.addEventListener("click", () => {
  localStorage.setItem("onsite-theme", dark() ? "light" : "dark");
  applyTheme();
});
applyTheme();

// ---------- router ----------

let stopTimer: (() => void) | null = null;

async function route() {
  clearError();
  stopTimer?.();
  stopTimer = null;
  for (const view of editors) view.destroy();
  editors.clear();
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = hash.split("?");
  const parts = path.split("/").filter(Boolean);
  const params = new URLSearchParams(query);
  const page = parts[0] ?? "list";
  document.querySelectorAll<HTMLAnchorElement>("nav a").forEach((a) => {
    a.classList.toggle("active", a.dataset.nav === (page === "p" ? "list" : page));
  });
  app.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  try {
    if (page === "p" && parts[1]) await problemPage(decodeURIComponent(parts[1]), params.has("review"));
    else if (page === "review") await reviewPage();
    else if (page === "plan") await planPage();
    else if (page === "stats") await statsPage();
    else if (page === "mock") await mockPage(parts[1] ? decodeURIComponent(parts[1]) : null);
    else await listPage();
  } catch (err) {
    app.replaceChildren(h("p", { class: "muted" }, "This page could not be shown."));
    showError(err);
  }
}

window.addEventListener("hashchange", route);
route();

// ---------- problem list ----------

async function listPage() {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const pattern = params.get("pattern") ?? "";
  const difficulty = params.get("difficulty") ?? "";
  const status = params.get("status") ?? "";
  const board: Board = await api.board(pattern, difficulty);
  const all: Board = pattern || difficulty ? await api.board() : board;
  const select = (name: string, value: string, options: string[]) => {
    const s = h("select", { name, "aria-label": name });
    s.append(h("option", { value: "" }, `any ${name}`));
    for (const o of options) {
      const opt = h("option", { value: o }, o);
      if (o === value) opt.selected = true;
      s.append(opt);
    }
    s.addEventListener("change", () => {
      const next = new URLSearchParams({ pattern, difficulty, status });
      next.set(name, s.value);
      for (const [k, v] of [...next.entries()]) if (!v) next.delete(k);
      location.hash = `#/?${next.toString()}`;
    });
    return s;
  };
  const patterns = [...new Set(all.problems.flatMap((p) => p.patterns))].sort();
  const rows = board.problems
    .filter((p) => !status || p.status === status)
    .map((p) =>
      h(
        "tr",
        { "data-slug": p.slug },
        h("td", {}, h("span", { class: `status ${p.status}`, title: p.status }, p.status === "solved" ? "✔" : p.status === "attempted" ? "•" : "")),
        h("td", {}, h("a", { href: `#/p/${p.slug}` }, p.title)),
        h("td", {}, h("span", { class: `diff ${p.difficulty}` }, p.difficulty)),
        h("td", { class: "muted" }, p.patterns.join(", ")),
        h("td", { class: "mono" }, p.complexity),
      ),
    );
  const progress = h(
    "div",
    { class: "patterns" },
    ...all.patterns
      .slice()
      .sort((a, b) => a.pattern.localeCompare(b.pattern))
      .map((p) =>
        h(
          "a",
          { class: "pattern", href: `#/?pattern=${p.pattern}` },
          h("span", {}, p.pattern),
          bar(p.solved / Math.max(1, p.problems)),
          h("span", { class: "muted" }, `${p.solved}/${p.problems}`),
        ),
      ),
  );
  app.replaceChildren(
    h("h1", {}, "Problems"),
    h(
      "div",
      { class: "filters" },
      select("pattern", pattern, patterns),
      select("difficulty", difficulty, ["easy", "medium", "hard"]),
      select("status", status, ["new", "attempted", "solved"]),
    ),
    h(
      "table",
      { class: "problems" },
      h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, "Problem"), h("th", {}, "Difficulty"), h("th", {}, "Patterns"), h("th", {}, "Target"))),
      h("tbody", {}, ...rows),
    ),
    h("h2", {}, "Progress by pattern"),
    progress,
  );
}

// ---------- problem page ----------

function examplesJson(view: ProblemView): string {
  return view.examples.map((e) => JSON.stringify(e.input)).join("\n");
}

/// A review starts from the blank stub: re-solving from one's old code tests nothing.
async function problemPage(slug: string, review: boolean) {
  const view = await api.problem(slug);
  api.start(slug, review).catch(showError);
  const d = view.detail;
  const key = `onsite-code-${slug}`;
  const saved = review ? null : localStorage.getItem(key);

  // Left: statement, examples, hints, follow-ups, editorial.
  const statement = h("div", { class: "statement" });
  statement.innerHTML = await marked.parse(d.statement);
  const hints = h("ol", { class: "hints" }, ...view.hints_shown.map((t) => h("li", {}, t)));
  const hintButton = h("button", { class: "ghost", id: "hint" }, `Hint (${view.hints_shown.length}/${view.hints_total})`);
  hintButton.addEventListener("click", async () => {
    try {
      const r = await api.hint(slug);
      if (r.text) hints.append(h("li", {}, r.text));
      hintButton.textContent = `Hint (${r.number ?? r.total}/${r.total})`;
      if (!r.text) hintButton.disabled = true;
    } catch (err) {
      showError(err);
    }
  });
  const editorial = h("div", { class: "editorial" });
  const editorialButton = h("button", { class: "ghost", id: "editorial" }, "Editorial");
  editorialButton.disabled = !view.solved;
  editorialButton.title = view.solved ? "" : "opens once you have an accepted submission";
  editorialButton.addEventListener("click", async () => {
    try {
      const r = await api.editorial(slug);
      editorial.innerHTML = await marked.parse(r.editorial);
    } catch (err) {
      showError(err);
    }
  });
  const followSelect = h("select", { id: "follow-up", "aria-label": "judge against" });
  followSelect.append(h("option", { value: "" }, "the problem"));
  for (const f of view.follow_ups) followSelect.append(h("option", { value: f.id }, `follow-up: ${f.id}`));
  const left = h(
    "section",
    { class: "left" },
    h("h1", {}, d.title),
    h("p", {}, h("span", { class: `diff ${d.difficulty}` }, d.difficulty), " ", h("span", { class: "muted" }, `${d.patterns.join(", ")} · target ${d.time}${d.space ? `, ${d.space} extra space` : ""} · ${d.time_limit_ms} ms per test`)),
    statement,
    view.follow_ups.length
      ? h("details", {}, h("summary", {}, "Follow-ups"), h("ul", {}, ...view.follow_ups.map((f) => h("li", {}, h("b", {}, f.id), ": ", f.prompt))))
      : null,
    h("div", { class: "row" }, hintButton, editorialButton),
    hints,
    editorial,
  );

  // Right: editor, buttons, custom input, results.
  const results = h("div", { class: "results", id: "results", "aria-live": "polite" });
  const custom = h("textarea", { id: "custom", rows: "3", spellcheck: "false", placeholder: "One input per line, as JSON" });
  custom.value = examplesJson(view);
  const useCustom = h("input", { type: "checkbox", id: "use-custom" });
  // Asked for before submitting: each slow input the search meets costs a limit of its own.
  const findSlow = h("input", { type: "checkbox", id: "find-slow" });
  const runButton = h("button", { id: "run", title: "Ctrl/Cmd-Enter" }, "Run");
  const submitButton = h("button", { id: "submit", class: "primary", title: "Ctrl/Cmd-'" }, "Submit");
  const editorHost = h("div", { class: "editor", id: "editor" });
  const right = h(
    "section",
    { class: "right" },
    editorHost,
    h(
      "div",
      { class: "row" },
      runButton,
      submitButton,
      h("label", {}, "judge against ", followSelect),
      h("label", { title: "After a time limit exceeded, look for a small input on which the code is already slow (a few seconds)" }, findSlow, " if too slow, find a small slow input"),
    ),
    h("details", {}, h("summary", {}, h("label", {}, useCustom, " run on my own input")), custom),
    results,
  );
  app.replaceChildren(h("div", { class: "workspace" }, left, right));

  const run = async (submit: boolean) => {
    clearError();
    runButton.disabled = submitButton.disabled = true;
    const code = editor.state.doc.toString();
    localStorage.setItem(key, code);
    try {
      let cases: unknown[] = [];
      if (!submit && useCustom.checked) {
        try {
          cases = custom.value.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
        } catch (err) {
          throw new Error(`your input is not JSON: ${(err as Error).message}`);
        }
      }
      const { job } = submit ? await api.submit(slug, code, followSelect.value || null, findSlow.checked) : await api.run(slug, code, cases);
      const progress = progressView(submit ? "Judging" : "Running");
      results.replaceChildren(progress.el);
      const report = await follow(job, progress.update);
      showReport(results, report, editor);
      if (submit && report.verdict === "accepted" && !followSelect.value) {
        editorialButton.disabled = false;
        editorialButton.title = "";
      }
    } catch (err) {
      results.replaceChildren(h("p", { class: "bad" }, "Not judged."));
      showError(err);
    } finally {
      runButton.disabled = submitButton.disabled = false;
    }
  };
  runButton.addEventListener("click", () => run(false));
  submitButton.addEventListener("click", () => run(true));

  const editor = new EditorView({
    parent: editorHost,
    state: EditorState.create({
      doc: saved ?? view.stub,
      extensions: [
        basicSetup,
        python(),
        lintGutter(),
        linter(null),
        themeCompartment.of(dark() ? oneDark : []),
        Prec.highest(
          keymap.of([
            { key: "Mod-Enter", run: () => (run(false), true) },
            { key: "Mod-'", run: () => (run(true), true) },
          ]),
        ),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) localStorage.setItem(key, u.state.doc.toString());
        }),
      ],
    }),
  });
  editors.add(editor);
  if (view.attempts.length) {
    results.replaceChildren(
      h("p", { class: "muted" }, `${view.attempts_total} earlier attempt(s); last: ${verdictTitle(view.attempts[0].verdict)} (${view.attempts[0].passed}/${view.attempts[0].total})`),
    );
  }
}

function progressView(what: string) {
  const label = h("span", {}, `${what}: queued`);
  const meter = h("progress", { max: "1", value: "0" });
  const el = h("div", { class: "progress", id: "progress" }, label, meter);
  let total = 0;
  let done = 0;
  const update = (e: JobEvent) => {
    switch (e.type) {
      case "queued":
        label.textContent = e.ahead ? `${what}: ${e.ahead} ahead in the queue` : `${what}: starting`;
        break;
      case "started":
        total = e.total;
        done = 0;
        meter.max = total;
        label.textContent = `${what}: test 0 of ${total}`;
        break;
      case "test":
        done += 1;
        meter.value = done;
        label.textContent = `${what}: test ${done} of ${total}`;
        break;
      case "measuring":
        total = e.sizes;
        done = 0;
        meter.max = total;
        meter.value = 0;
        label.textContent = "Measuring how the time grows";
        break;
      case "measured":
        done += 1;
        meter.value = done;
        label.textContent = `Measuring how the time grows: n = ${e.n}`;
        break;
    }
  };
  return { el, update };
}

function showReport(results: HTMLElement, r: Report, editor: EditorView) {
  const ok = r.verdict === "accepted";
  const parts: (Node | null)[] = [];
  parts.push(
    h(
      "div",
      { class: `verdict ${ok ? "ok" : "bad"}`, id: "verdict" },
      h("strong", {}, verdictTitle(r.verdict)),
      h("span", { class: "muted" }, ` ${r.tests.passed}/${r.tests.total} tests · slowest ${r.stats.max_cpu_ms.toFixed(1)} ms CPU${r.stats.peak_memory_kb ? ` · peak ${(r.stats.peak_memory_kb / 1024).toFixed(1)} MB` : ""}`),
    ),
  );
  if (r.review) {
    parts.push(h("p", { class: "muted", id: "review-note" }, `Recorded as attempt #${r.attempt}. Review: ${r.review.grade}, back in ${r.review.interval_days} day(s).`));
  }
  const f = r.failure;
  if (f) {
    const where = f.test ? `${f.test.visible ? "example" : "hidden"} test ${f.test.number} [${f.test.category}]${f.test.note ? `: ${f.test.note}` : ""}` : "";
    parts.push(h("p", { class: "failure" }, where ? `${where}. ` : "", f.message));
    if (f.input !== null) {
      parts.push(
        h(
          "div",
          { class: "diff-view", id: "diff" },
          h("div", {}, h("h4", {}, "Input"), h("pre", {}, f.input ?? "")),
          h("div", {}, h("h4", {}, "Expected"), h("pre", { class: "expected" }, f.expected ?? "")),
          h("div", {}, h("h4", {}, "Your output"), h("pre", { class: "actual" }, f.actual ?? "")),
        ),
      );
    }
    if (f.output) parts.push(h("details", {}, h("summary", {}, "Printed"), h("pre", {}, f.output)));
    if (f.traceback) parts.push(h("pre", { class: "traceback" }, f.traceback));
  }
  const ce = r.counterexample;
  const cost = ce ? `${ce.tried} inputs tried, ${(ce.searched_ms / 1000).toFixed(1)} s` : "";
  if (ce?.found) {
    const x = ce.found;
    const origin = x.equals_a_hidden_test ? "found by onsite; it happens to equal a hidden test's input" : "made by onsite, not a hidden test";
    parts.push(h("h3", {}, "A smallest failing input"));
    parts.push(h("p", { class: "muted" }, `${origin} (${cost}). ${x.message}`));
    parts.push(
      h(
        "div",
        { class: "diff-view", id: "counterexample" },
        h("div", {}, h("h4", {}, "Input"), h("pre", {}, x.input)),
        h("div", {}, h("h4", {}, "Expected"), h("pre", { class: "expected" }, x.expected ?? "")),
        h("div", {}, h("h4", {}, "Your output"), h("pre", { class: "actual" }, x.actual ?? "")),
      ),
    );
    if (x.traceback) parts.push(h("pre", { class: "traceback" }, x.traceback));
  } else if (ce?.why_not) {
    parts.push(h("p", { class: "muted", id: "counterexample" }, `${ce.why_not} (${cost}).`));
  }
  const c = r.complexity;
  if (c.samples.length > 1) {
    const box = h("div", { class: "chart", id: "complexity-chart" });
    parts.push(h("h3", {}, `Time complexity: ${c.time ?? "unclear"} · target ${c.expected} ${c.meets_target === true ? "✔" : c.meets_target === false ? "✘" : ""}`));
    if (c.summary) parts.push(h("p", { class: "muted" }, c.summary));
    parts.push(box);
    requestAnimationFrame(() => drawComplexity(box, c.samples));
  } else if (c.summary) {
    parts.push(h("p", { class: "muted" }, c.summary));
  }
  if (c.space_summary) parts.push(h("p", { class: "muted" }, `Extra space: ${c.space_summary}`));
  if (r.findings.length) {
    parts.push(h("h3", {}, "Findings"));
    parts.push(h("ul", { class: "findings", id: "findings" }, ...r.findings.map((x) => h("li", {}, h("b", {}, `line ${x.line}`), ` ${x.rule}: ${x.message}`, h("div", { class: "muted" }, x.fix)))));
  }
  if (r.scores) {
    parts.push(h("h3", {}, `Scorecard${r.scores.overall !== null ? `: ${r.scores.overall}/100` : ""}`));
    parts.push(
      h(
        "div",
        { class: "scorecard", id: "scorecard" },
        ...r.scores.dimensions.map((d) =>
          h(
            "details",
            {},
            h("summary", {}, h("span", { class: "score" }, d.score === null ? "–" : String(d.score)), " ", d.dimension.replace(/_/g, " ")),
            h("ul", {}, ...d.evidence.map((e) => h("li", {}, e))),
          ),
        ),
      ),
    );
  }
  results.replaceChildren(...parts.filter((p): p is Node => p !== null));
  // Findings and the failing line become annotations on their lines.
  const doc = editor.state.doc;
  const lineRange = (line: number) => {
    const l = doc.line(Math.max(1, Math.min(doc.lines, line)));
    return { from: l.from, to: Math.max(l.from, l.to) };
  };
  const diagnostics: Diagnostic[] = r.findings.map((x) => ({
    ...lineRange(x.line),
    severity: x.severity === "error" ? "error" : x.severity === "info" ? "info" : "warning",
    source: x.rule,
    message: `${x.message} ${x.fix}`,
  }));
  if (f?.line) diagnostics.push({ ...lineRange(f.line), severity: "error", source: verdictTitle(f.verdict), message: f.message });
  if (c.cause_line) diagnostics.push({ ...lineRange(c.cause_line), severity: "warning", source: "complexity", message: c.summary ?? "the cause of the extra growth" });
  editor.dispatch(setDiagnostics(editor.state, diagnostics));
}

function drawComplexity(box: HTMLElement, samples: { n: number; candidate: number; reference: number }[]) {
  const styles = getComputedStyle(document.documentElement);
  const fg = styles.getPropertyValue("--fg").trim() || "#222";
  const data: uPlot.AlignedData = [samples.map((s) => s.n), samples.map((s) => s.candidate * 1000), samples.map((s) => s.reference * 1000)];
  new uPlot(
    {
      width: Math.max(320, box.clientWidth || 480),
      height: 220,
      scales: { x: { distr: 3, time: false }, y: { distr: 3 } },
      axes: [
        { label: "n", stroke: fg },
        { label: "ms per call", stroke: fg },
      ],
      series: [{}, { label: "yours", stroke: "#d9534f", width: 2 }, { label: "reference", stroke: "#2f7d4f", width: 2 }],
    },
    data,
    box,
  );
}

// ---------- review ----------

async function reviewPage() {
  const q = await api.review();
  const items = (q.due as any[]).map((d) =>
    h(
      "li",
      {},
      h("a", { href: `#/p/${d.problem}?review` }, d.title),
      h("span", { class: "muted" }, ` ${d.difficulty} · last ${d.last_grade} · ${d.overdue_days ? `${d.overdue_days} day(s) overdue` : "due today"}`),
    ),
  );
  app.replaceChildren(
    h("h1", {}, "Review"),
    h("p", { class: "muted" }, "Re-solve these without looking at your old solution: a failed, slow or hinted solve comes back sooner, a clean fast one later."),
    items.length ? h("ol", { class: "due", id: "due" }, ...items) : h("p", {}, `Nothing due. ${q.upcoming} fall due this week; ${q.scheduled} problem(s) in the schedule.`),
  );
}

// ---------- plan ----------

async function planPage() {
  const r = await api.plan();
  const p = r.progress;
  const today = r.today;
  const form = h("form", { class: "row", id: "plan-form" });
  const weeks = h("input", { type: "number", min: "1", max: "104", value: String(r.plan.spec.weeks), name: "weeks", "aria-label": "weeks" });
  const perWeek = h("input", { type: "number", min: "1", max: "7", value: String(r.plan.spec.sessions_per_week), name: "per_week", "aria-label": "sessions a week" });
  const level = h("select", { name: "level", "aria-label": "level" }, ...["beginner", "intermediate", "refresh"].map((l) => h("option", { value: l }, l)));
  level.value = r.plan.spec.level;
  form.append("Interview in ", weeks, " weeks, ", perWeek, " sessions a week, ", level, h("button", { type: "submit" }, "Make a plan"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      await api.setPlan({ weeks: Number(weeks.value), per_week: Number(perWeek.value), level: level.value });
      route();
    } catch (err) {
      showError(err);
    }
  });
  app.replaceChildren(
    h("h1", {}, `Plan: ${r.plan.name}`),
    ...r.plan.notes.map((n: string) => h("p", { class: "note" }, n)),
    h("p", {}, `${p.solved}/${p.problems} problems solved `, bar(p.solved / Math.max(1, p.problems)), ` · ${p.ahead_by === 0 ? "on schedule" : p.ahead_by > 0 ? `${p.ahead_by} session(s) ahead` : `${-p.ahead_by} session(s) behind`} (the calendar says session ${p.expected_session} of ${p.sessions})`),
    today
      ? h(
          "section",
          { id: "today" },
          h("h2", {}, `Today: session ${today.session}`),
          h(
            "ol",
            {},
            today.reviews_due.length ? h("li", {}, h("a", { href: "#/review" }, `Review ${today.reviews_due.length} due problem(s)`)) : null,
            ...today.new.map((n: any) => h("li", {}, "New: ", h("a", { href: `#/p/${n.slug}` }, n.title), h("span", { class: "muted" }, ` ${n.difficulty} · ${n.patterns.join(", ")}`))),
            today.timed ? h("li", {}, `A timed ${today.timed} problem (onsite timed)`) : null,
            today.mock ? h("li", {}, "A mock interview (onsite mock)") : null,
          ),
        )
      : h("p", {}, "Every problem of the plan is solved."),
    h("h2", {}, "A plan for your interview date"),
    form,
  );
}

// ---------- stats ----------

async function statsPage() {
  const [s, activity] = await Promise.all([api.stats(), api.activity(26 * 7)]);
  const heat = h("div", { class: "heatmap", id: "heatmap" });
  for (const d of activity) {
    const cell = h("span", { class: "cell", title: `${d.date}: ${d.attempts} attempt(s), ${d.accepted} accepted` });
    cell.dataset.level = String(Math.min(4, d.attempts));
    heat.append(cell);
  }
  // Weekly accuracy and time to accepted.
  const weeks: { start: string; attempts: number; accepted: number; minutes: number; timed: number }[] = [];
  activity.forEach((d, i) => {
    if (i % 7 === 0) weeks.push({ start: d.date, attempts: 0, accepted: 0, minutes: 0, timed: 0 });
    const w = weeks[weeks.length - 1];
    w.attempts += d.attempts;
    w.accepted += d.accepted;
    w.minutes += d.minutes_to_accept;
    w.timed += d.timed_accepts;
  });
  const trend = h("div", { class: "chart", id: "trend-chart" });
  const patterns = h(
    "div",
    { class: "patterns", id: "mastery" },
    ...(s.patterns as any[]).map((p) => h("div", { class: "pattern" }, h("span", {}, p.pattern), bar(p.mastery), h("span", { class: "muted" }, `${pct(p.mastery)} · ${p.solved}/${p.problems} solved`))),
  );
  app.replaceChildren(
    h("h1", {}, "Stats"),
    h(
      "div",
      { class: "cards", id: "stat-cards" },
      h("div", { class: "card" }, h("b", {}, String(s.attempts)), " attempts"),
      h("div", { class: "card" }, h("b", {}, s.accuracy === null ? "–" : pct(s.accuracy)), " accepted"),
      h("div", { class: "card" }, h("b", {}, `${s.problems_solved}/${s.problems_attempted}`), " problems solved"),
      h("div", { class: "card" }, h("b", {}, String(s.streak_days)), ` day streak (longest ${s.longest_streak})`),
      h("div", { class: "card" }, h("b", {}, String(s.due_now)), " reviews due"),
    ),
    h("h2", {}, "Activity, last 26 weeks"),
    heat,
    h("h2", {}, "Accuracy and time to accepted, by week"),
    trend,
    h("h2", {}, "Time to accepted, by difficulty"),
    h("table", {}, h("tbody", {}, ...(s.by_difficulty as any[]).map((d) => h("tr", {}, h("td", {}, d.difficulty), h("td", {}, `${d.accepted}/${d.attempts} accepted`), h("td", {}, d.avg_minutes_to_accept === null ? "–" : `${Math.round(d.avg_minutes_to_accept)} min on average`))))),
    h("h2", {}, "Mastery by pattern, weakest first"),
    patterns,
  );
  const xs = weeks.map((_, i) => i + 1);
  requestAnimationFrame(() => {
    const fg = getComputedStyle(document.documentElement).getPropertyValue("--fg").trim() || "#222";
    new uPlot(
      {
        width: Math.max(320, trend.clientWidth || 600),
        height: 200,
        scales: { x: { time: false }, pct: { range: [0, 100] } },
        axes: [
          { label: "week", stroke: fg },
          { scale: "pct", label: "% accepted", stroke: fg },
          { scale: "min", side: 1, label: "minutes", stroke: fg },
        ],
        series: [
          {},
          { label: "accepted %", scale: "pct", stroke: "#2f7d4f", width: 2 },
          { label: "minutes to accepted", scale: "min", stroke: "#c78a1b", width: 2 },
        ],
      },
      [xs, weeks.map((w) => (w.attempts ? (100 * w.accepted) / w.attempts : null)), weeks.map((w) => (w.timed ? w.minutes / w.timed : null))] as uPlot.AlignedData,
      trend,
    );
  });
}

// ---------- mock interview ----------

const TOPICS: Record<string, string> = {
  input_size: "How large can the input be?",
  empty: "Can the input be empty?",
  duplicates: "Can values repeat?",
  negatives: "Can values be negative or zero?",
  sorted: "Is the input sorted or ordered?",
  output_format: "What exactly should I return (order, ties)?",
  performance: "What time and space do you expect?",
  other: "Anything else I should know?",
};

async function mockPage(slug: string | null) {
  const problemSelect = h("select", { id: "mock-problem", "aria-label": "problem" });
  problemSelect.append(h("option", { value: "" }, "a medium from my weakest pattern"));
  const board = await api.board();
  for (const p of board.problems) {
    const o = h("option", { value: p.slug }, `${p.title} (${p.difficulty})`);
    if (p.slug === slug) o.selected = true;
    problemSelect.append(o);
  }
  const begin = h("button", { class: "primary", id: "mock-begin" }, "Begin the interview");
  app.replaceChildren(
    h("h1", {}, "Mock interview"),
    h("p", { class: "muted" }, "45 minutes, the stages of a real interview: clarify, brute force, optimise, code, test, then a follow-up. The report scores the seven dimensions an interviewer grades, with the evidence for each."),
    h("div", { class: "row" }, "Problem: ", problemSelect, begin),
  );
  begin.addEventListener("click", async () => {
    try {
      const m = await api.mockBegin(problemSelect.value || null);
      runMock(m);
    } catch (err) {
      showError(err);
    }
  });
}

function runMock(initial: any) {
  let m = initial;
  const id: number = m.id;
  const timer = h("span", { class: "timer", id: "mock-timer" });
  const tick = () => {
    const left = Math.round((Date.parse(m.deadline) - Date.now()) / 1000);
    const abs = Math.abs(left);
    const text = `${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    timer.textContent = left >= 0 ? `${text} left` : `time is up (${text} over)`;
    timer.classList.toggle("bad", left < 0);
  };
  tick();
  const interval = window.setInterval(tick, 1000);
  stopTimer = () => window.clearInterval(interval);
  const stageBox = h("section", { id: "mock-stage" });
  const statement = h("div", { class: "statement" });
  Promise.resolve(marked.parse(m.statement)).then((html: string) => (statement.innerHTML = html));
  app.replaceChildren(
    h("div", { class: "row" }, h("h1", {}, `Mock interview: ${m.title}`), timer),
    h("div", { class: "workspace" }, h("section", { class: "left" }, statement), stageBox),
  );

  const stage = (title: string, ...body: (Node | string | null)[]) =>
    stageBox.replaceChildren(h("h2", {}, title), ...body.filter((b): b is Node | string => b !== null));

  const clarify = () => {
    const answers = h("dl", { class: "answers", id: "answers" });
    const buttons = Object.entries(TOPICS).map(([topic, question]) => {
      const b = h("button", { class: "ghost", "data-topic": topic }, question);
      b.addEventListener("click", async () => {
        b.disabled = true;
        try {
          const r = await api.mockAsk(id, topic);
          m = r.interview;
          answers.append(h("dt", {}, r.answer.question ?? question), h("dd", {}, r.answer.answer));
        } catch (err) {
          showError(err);
        }
      });
      return b;
    });
    const next = h("button", { class: "primary", id: "mock-next" }, "Done asking");
    next.addEventListener("click", () => statementStage("brute_force"));
    stage("1. Clarify", h("p", { class: "muted" }, "Ask before you solve. Asking nothing is noted."), h("div", { class: "topics" }, ...buttons), answers, next);
  };

  const statementStage = (which: "brute_force" | "optimise") => {
    const text = h("textarea", { id: "mock-text", rows: "3", placeholder: which === "brute_force" ? "e.g. check every pair: O(n^2) time, O(1) space" : "e.g. one pass with a dict of seen values: O(n) time, O(n) space" });
    const next = h("button", { class: "primary", id: "mock-next" }, "Say it");
    next.addEventListener("click", async () => {
      next.disabled = true;
      try {
        m = await api.mockState(id, which, text.value);
        if (which === "brute_force") statementStage("optimise");
        else {
          m = await api.mockState(id, "code", null);
          codeStage();
        }
      } catch (err) {
        next.disabled = false;
        showError(err);
      }
    });
    stage(
      which === "brute_force" ? "2. Brute force" : "3. Optimise",
      h("p", { class: "muted" }, which === "brute_force" ? "Say the simplest correct approach and its time complexity." : "Say how you would do better, with the new complexity."),
      text,
      next,
    );
    text.focus();
  };

  const codeStage = () => {
    const host = h("div", { class: "editor", id: "editor" });
    const results = h("div", { class: "results", id: "results" });
    const custom = h("input", { id: "mock-case", placeholder: '{"nums": [3, 3], "target": 6}', size: "40" });
    const runB = h("button", { id: "mock-run" }, "Run examples");
    const caseB = h("button", { id: "mock-case-run" }, "Run my case");
    const submitB = h("button", { class: "primary", id: "mock-submit" }, "Submit");
    const hintB = h("button", { class: "ghost", id: "mock-hint" }, "Hint");
    const endB = h("button", { class: "ghost", id: "mock-end" }, "End the interview");
    const prompt = h("p", { class: "note", id: "mock-follow-up" });
    stage("4. Code, then test", prompt, host, h("div", { class: "row" }, runB, custom, caseB, submitB, hintB, endB), results);
    const editor = new EditorView({
      parent: host,
      state: EditorState.create({ doc: m.stub, extensions: [basicSetup, python(), lintGutter(), linter(null), themeCompartment.of(dark() ? oneDark : [])] }),
    });
    editors.add(editor);
    const busy = (on: boolean) => [runB, caseB, submitB].forEach((b) => (b.disabled = on));
    const act = async (what: () => Promise<{ report: Report; interview: any }>) => {
      busy(true);
      clearError();
      results.replaceChildren(h("p", { class: "muted" }, "Judging…"));
      try {
        const r = await what();
        m = r.interview;
        showReport(results, r.report, editor);
        if (m.stage === "follow_up" && m.follow_up) {
          stageBox.querySelector("h2")!.textContent = "6. Follow-up";
          prompt.textContent = `The interviewer asks: ${m.follow_up[1]} Change your code; Submit now judges the follow-up.`;
        }
      } catch (err) {
        results.replaceChildren();
        showError(err);
      } finally {
        busy(false);
      }
    };
    runB.addEventListener("click", () => act(() => api.mockRun(id, editor.state.doc.toString(), [])));
    caseB.addEventListener("click", () => {
      let c: unknown;
      try {
        c = JSON.parse(custom.value);
      } catch (err) {
        showError(new Error(`your case is not JSON: ${(err as Error).message}`));
        return;
      }
      act(() => api.mockRun(id, editor.state.doc.toString(), [c]));
    });
    submitB.addEventListener("click", () => act(() => api.mockSubmit(id, editor.state.doc.toString())));
    hintB.addEventListener("click", async () => {
      try {
        const r = await api.mockHint(id);
        m = r.interview;
        results.prepend(h("p", { class: "note" }, r.hint.text ?? "No more hints."));
      } catch (err) {
        showError(err);
      }
    });
    endB.addEventListener("click", finish);
  };

  const finish = async () => {
    try {
      const report = await api.mockFinish(id);
      stopTimer?.();
      stage(
        `Report: ${report.overall ?? "–"}/100 · ${report.accepted ? "accepted" : "not accepted"} · ${Math.round(report.minutes)} min`,
        h(
          "div",
          { class: "scorecard", id: "mock-report" },
          ...report.dimensions.map((d: any) =>
            h("details", { open: "" }, h("summary", {}, h("span", { class: "score" }, d.score === null ? "–" : String(d.score)), " ", d.dimension.replace(/_/g, " ")), h("ul", {}, ...d.evidence.map((e: string) => h("li", {}, e)))),
          ),
        ),
        h("h3", {}, "Timeline"),
        h("ol", { class: "timeline" }, ...report.timeline.map((t: any) => h("li", {}, h("span", { class: "mono" }, `${String(Math.floor(t.offset_secs / 60)).padStart(2, "0")}:${String(t.offset_secs % 60).padStart(2, "0")}`), ` ${t.text}`))),
      );
    } catch (err) {
      showError(err);
    }
  };

  clarify();
}
