// The JSON API (described at /api/openapi.json). Every call either returns data or throws an
// Error whose message is the server's plain-words explanation.

export type Difficulty = "easy" | "medium" | "hard";

export interface ProblemStatus {
  slug: string;
  title: string;
  difficulty: Difficulty;
  patterns: string[];
  complexity: string;
  status: "solved" | "attempted" | "new";
  mastery: number;
}

export interface PatternMastery {
  pattern: string;
  problems: number;
  attempted: number;
  solved: number;
  mastery: number;
}

export interface Board {
  problems: ProblemStatus[];
  patterns: PatternMastery[];
}

export interface Attempt {
  id: number;
  problem: string;
  follow_up: string | null;
  mode: string;
  submitted_at: string;
  verdict: string;
  passed: number;
  total: number;
  score: number | null;
}

export interface ProblemView {
  detail: {
    slug: string;
    title: string;
    difficulty: Difficulty;
    patterns: string[];
    statement: string;
    constraints: string[];
    time: string;
    space: string | null;
    time_limit_ms: number;
  };
  stub: string;
  examples: { input: unknown; expected: unknown; category: string }[];
  hints_total: number;
  hints_shown: string[];
  clarifications: { topic: string; question: string }[];
  follow_ups: { id: string; prompt: string }[];
  solved: boolean;
  attempts: Attempt[];
  attempts_total: number;
  attempts_before: number | null;
}

export interface Finding {
  rule: string;
  severity: string;
  line: number;
  column: number;
  end_line: number;
  message: string;
  fix: string;
}

export interface Sample {
  n: number;
  candidate: number;
  reference: number;
}

export interface Report {
  problem: string;
  verdict: string;
  tests: { passed: number; total: number };
  complexity: {
    time: string | null;
    expected: string;
    meets_target: boolean | null;
    summary: string | null;
    cause_line: number | null;
    samples: Sample[];
    space: string | null;
    expected_space: string | null;
    space_summary: string | null;
  };
  findings: Finding[];
  scores: {
    overall: number | null;
    dimensions: { dimension: string; score: number | null; evidence: string[] }[];
  } | null;
  failure: {
    verdict: string;
    message: string;
    test: { number: number; visible: boolean; category: string; note: string | null } | null;
    input: string | null;
    expected: string | null;
    actual: string | null;
    output: string | null;
    traceback: string | null;
    line: number | null;
  } | null;
  // After a wrong answer or runtime error on a hidden test: a small failing input onsite made.
  counterexample: {
    found: {
      verdict: string;
      input: string;
      expected: string | null;
      actual: string | null;
      message: string;
      traceback: string | null;
      size: number;
      equals_a_hidden_test: boolean;
    } | null;
    why_not: string | null;
    tried: number;
    shrinks: number;
    searched_ms: number;
  } | null;
  stats: { max_cpu_ms: number; total_cpu_ms: number; peak_memory_kb: number | null; time_limit_ms: number; python: string };
  // Present on submissions.
  attempt?: number;
  review?: { grade: string; due: string; interval_days: number } | null;
  time_spent_secs?: number | null;
  hints_used?: number;
}

export type JobEvent =
  | { type: "queued"; ahead: number }
  | { type: "started"; total: number }
  | { type: "test"; number: number; verdict: string | null }
  | { type: "measuring"; sizes: number }
  | { type: "measured"; n: number }
  | { type: "done"; report: Report }
  | { type: "failed"; message: string; usage: boolean };

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Error("onsite's server does not answer: is `onsite serve` still running?");
  }
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // A refusal before any route (another host name, another site) is plain text.
    if (!response.ok && text.length < 1000) throw new Error(text);
    throw new Error(`the server answered ${response.status} with something that is not JSON`);
  }
  if (!response.ok) {
    const message = (data as { error?: string } | null)?.error;
    throw new Error(message ?? `the server answered ${response.status}`);
  }
  return data as T;
}

export const api = {
  board: (pattern = "", difficulty = "") =>
    call<Board>("GET", `/api/problems?pattern=${encodeURIComponent(pattern)}&difficulty=${encodeURIComponent(difficulty)}`),
  problem: (slug: string) => call<ProblemView>("GET", `/api/problems/${slug}`),
  start: (slug: string, review: boolean) =>
    call<unknown>("POST", `/api/problems/${slug}/start${review ? "?mode=review" : ""}`),
  hint: (slug: string) =>
    call<{ number: number | null; total: number; text: string | null }>("POST", `/api/problems/${slug}/hint`),
  editorial: (slug: string) => call<{ editorial: string }>("GET", `/api/problems/${slug}/editorial`),
  run: (slug: string, code: string, cases: unknown[]) =>
    call<{ job: string }>("POST", `/api/problems/${slug}/run`, { code, cases }),
  submit: (slug: string, code: string, followUp: string | null, findSlowInput = false) =>
    call<{ job: string }>("POST", `/api/problems/${slug}/submit`, { code, follow_up: followUp, find_slow_input: findSlowInput }),
  review: () => call<any>("GET", "/api/review"),
  plan: () => call<any>("GET", "/api/plan"),
  setPlan: (body: unknown) => call<any>("POST", "/api/plan", body),
  stats: () => call<any>("GET", "/api/stats"),
  mockBegin: (slug: string | null) => call<any>("POST", "/api/mock", { slug }),
  mockAsk: (id: number, topic: string) => call<any>("POST", `/api/mock/${id}/ask`, { topic }),
  mockState: (id: number, stage: string, text: string | null) =>
    call<any>("POST", `/api/mock/${id}/state`, { stage, text }),
  mockRun: (id: number, code: string, cases: unknown[]) =>
    call<{ report: Report; interview: any }>("POST", `/api/mock/${id}/run`, { code, cases }),
  mockSubmit: (id: number, code: string) =>
    call<{ report: Report; interview: any }>("POST", `/api/mock/${id}/submit`, { code }),
  mockHint: (id: number) => call<any>("POST", `/api/mock/${id}/hint`),
  mockFinish: (id: number) => call<any>("POST", `/api/mock/${id}/finish`),
  activity: (days: number) =>
    call<{ date: string; attempts: number; accepted: number; minutes_to_accept: number; timed_accepts: number }[]>(
      "GET",
      `/api/activity?days=${days}`,
    ),
};

/// Follow a job's events until it ends. Falls back to polling when the stream breaks.
export function follow(job: string, onEvent: (e: JobEvent) => void): Promise<Report> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    const handle = (e: JobEvent) => {
      seen += 1;
      onEvent(e);
      if (e.type === "done") resolve(e.report);
      if (e.type === "failed") reject(new Error(e.message));
    };
    const source = new EventSource(`/api/jobs/${job}/events`);
    source.addEventListener("job", (m) => {
      const e = JSON.parse((m as MessageEvent).data) as JobEvent;
      if (e.type === "done" || e.type === "failed") source.close();
      handle(e);
    });
    source.onerror = async () => {
      source.close();
      // The stream broke: poll the job's log and replay what was missed.
      for (;;) {
        try {
          const state = await call<{ finished: boolean; events: JobEvent[] }>("GET", `/api/jobs/${job}`);
          for (const e of state.events.slice(seen)) handle(e);
          if (state.finished) return;
        } catch (err) {
          reject(err);
          return;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    };
  });
}
