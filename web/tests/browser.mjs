// Browser test: the real onsite binary serving the real front end, driven in Debian's chromium
// by playwright-core. Solves two-sum wrong, then right, and checks the verdicts, the complexity
// chart, a finding on its line and the stats page. Screenshots go to test-results/.
//
//   ONSITE_BIN=../target/debug/onsite node tests/browser.mjs

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const bin = resolve(process.env.ONSITE_BIN ?? "../target/debug/onsite");
const browserPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const shots = resolve("test-results");
mkdirSync(shots, { recursive: true });
const data = mkdtempSync(join(tmpdir(), "onsite-browser-"));

const WRONG = "def two_sum(nums, target):\n    return [0, 1]\n";
// Wrong only where the answer is two zeros (a hidden test): onsite finds a small case itself.
const ZEROS =
  "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen and x != 0:\n            return [seen[target - x], i]\n        seen[x] = i\n    return [0, 1]\n";
// Right, and in O(n), but with `in seen.keys()`: the analyser flags line 4.
const RIGHT =
  "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen.keys():\n            return [seen[target - x], i]\n        seen[x] = i\n";

function check(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
  console.log(`ok: ${what}`);
}

const server = spawn(bin, ["serve", "--addr", "127.0.0.1:0", "--workers", "2"], {
  env: { ...process.env, ONSITE_DATA_DIR: data, ONSITE_MEASURE_MS: "3000", NO_COLOR: "1" },
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((ok, fail) => {
  let out = "";
  const timer = setTimeout(() => fail(new Error(`onsite serve printed no URL: ${out}`)), 60000);
  server.stdout.on("data", (chunk) => {
    out += chunk;
    const m = out.match(/running at (http:\/\/\S+)/);
    if (m) {
      clearTimeout(timer);
      ok(m[1]);
    }
  });
  server.on("exit", (code) => fail(new Error(`onsite serve exited with ${code}: ${out}`)));
});

const browser = await chromium.launch({
  executablePath: browserPath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));

  await page.goto(url);
  await page.waitForSelector("table.problems tr[data-slug=two-sum]");
  check((await page.locator("table.problems tbody tr").count()) >= 50, "the list shows the bank");
  await page.screenshot({ path: join(shots, "1-problems.png"), fullPage: true });

  await page.click("tr[data-slug=two-sum] a");
  await page.waitForSelector(".cm-content");
  check((await page.textContent(".statement")).length > 50, "the statement is shown");

  const setCode = async (code, editor = ".cm-content") => {
    await page.click(editor);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(code);
  };

  await setCode(WRONG);
  await page.keyboard.press("Control+'");
  await page.waitForSelector("#verdict", { timeout: 120000 });
  check((await page.textContent("#verdict")).includes("Wrong Answer"), "a wrong solution is judged Wrong Answer");
  check(await page.isVisible("#diff"), "the failing example shows expected and actual output");
  await page.screenshot({ path: join(shots, "2-wrong-answer.png"), fullPage: true });

  await setCode(ZEROS);
  await page.click("#submit");
  await page.waitForSelector("#counterexample", { timeout: 180000 });
  check(
    (await page.textContent("#counterexample")).includes("target = 0"),
    "a hidden failure shows a small failing input onsite made",
  );
  await page.screenshot({ path: join(shots, "2b-counterexample.png"), fullPage: true });

  await setCode(RIGHT);
  await page.click("#submit");
  await page.waitForFunction(() => document.querySelector("#verdict")?.textContent?.includes("Accepted"), null, { timeout: 180000 });
  check(true, "the right solution is Accepted");
  await page.waitForSelector("#complexity-chart canvas", { timeout: 10000 });
  check(true, "the measured complexity is drawn as a chart");
  check((await page.textContent("#findings")).includes("line 4"), "the finding names line 4");
  await page.waitForSelector(".cm-lint-marker", { timeout: 10000 });
  const marked = await page.evaluate(() => {
    const gutter = [...document.querySelectorAll(".cm-gutter-lint .cm-gutterElement")];
    const lines = [...document.querySelectorAll(".cm-lineNumbers .cm-gutterElement")];
    const marker = gutter.find((g) => g.querySelector(".cm-lint-marker"));
    if (!marker) return null;
    const top = marker.getBoundingClientRect().top;
    const line = lines.find((l) => Math.abs(l.getBoundingClientRect().top - top) < 2);
    return line?.textContent ?? null;
  });
  check(marked === "4", `the editor marks the finding on its line (marked: ${marked})`);
  check(await page.isVisible("#scorecard"), "the scorecard is shown");
  await page.screenshot({ path: join(shots, "3-accepted.png"), fullPage: true });

  await page.click("#editorial");
  await page.waitForFunction(() => (document.querySelector(".editorial")?.textContent ?? "").length > 50);
  check(true, "the editorial opens after an accepted submission");

  await page.goto(`${url}#/stats`);
  await page.waitForSelector("#stat-cards");
  const cards = await page.textContent("#stat-cards");
  // Three attempts: wrong on the examples, wrong on two zeros, right.
  check(cards.includes("3 attempts") && cards.includes("33%"), `the stats page counts the three attempts (${cards})`);
  check((await page.locator("#heatmap .cell[data-level='3']").count()) === 1, "today's three attempts are on the heatmap");
  await page.waitForSelector("#trend-chart canvas");
  await page.screenshot({ path: join(shots, "4-stats.png"), fullPage: true });

  // The dark theme and a narrower laptop screen.
  await page.click("#theme");
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${url}#/p/two-sum`);
  await page.waitForSelector(".cm-content");
  await page.screenshot({ path: join(shots, "5-dark-laptop.png"), fullPage: true });

  // A mock interview in the browser: the stages, then the report.
  await page.goto(`${url}#/mock/two-sum`);
  await page.click("#mock-begin");
  await page.waitForSelector("[data-topic=empty]");
  await page.click("[data-topic=empty]");
  await page.click("[data-topic=performance]");
  await page.waitForFunction(() => document.querySelectorAll("#answers dd").length === 2);
  check(true, "the interviewer answers clarifying questions");
  await page.click("#mock-next");
  await page.waitForSelector("#mock-stage h2:text('2. Brute force')");
  await page.fill("#mock-text", "check every pair, O(n^2)");
  await page.click("#mock-next");
  await page.waitForSelector("#mock-stage h2:text('3. Optimise')");
  await page.fill("#mock-text", "one pass with a dict of complements, O(n)");
  await page.click("#mock-next");
  await page.waitForSelector("#mock-stage .cm-content");
  check((await page.textContent("#mock-timer")).includes("left"), "the interview's clock counts down");
  const setMockCode = (code) => setCode(code, "#mock-stage .cm-content");
  // The test stage teaches like the practice page: a hidden failure shows onsite's own input.
  await setMockCode(ZEROS);
  await page.click("#mock-submit");
  await page.waitForSelector("#mock-stage #counterexample", { timeout: 180000 });
  check(
    (await page.textContent("#mock-stage #counterexample")).includes("target = 0"),
    "the mock interview's test stage shows a small failing input onsite made",
  );
  await setMockCode(RIGHT);
  await page.fill("#mock-case", '{"nums": [3, 3], "target": 6}');
  await page.click("#mock-case-run");
  await page.waitForFunction(() => document.querySelector("#verdict")?.textContent?.includes("Accepted"), null, { timeout: 120000 });
  await page.click("#mock-submit");
  await page.waitForFunction(() => (document.querySelector("#mock-follow-up")?.textContent ?? "").includes("interviewer asks"), null, { timeout: 180000 });
  check(true, "an accepted submission brings the follow-up");
  await page.click("#mock-end");
  await page.waitForSelector("#mock-report");
  const report = await page.textContent("#mock-report");
  check((await page.locator("#mock-report details").count()) === 7, "the report has the seven dimensions");
  check(report.includes("improved O(n^2) to O(n)") && report.includes("ran own test cases"), `the report cites the session's evidence (${report})`);
  await page.screenshot({ path: join(shots, "7-mock-report.png"), fullPage: true });

  // An error is said in words, never a blank page.
  await page.goto(`${url}#/p/no-such-problem`);
  await page.waitForSelector("#error:not([hidden])");
  check((await page.textContent("#error")).includes("unknown problem"), "an unknown problem is explained in the page");
  await page.screenshot({ path: join(shots, "6-error.png") });

  check(pageErrors.length === 0, `no script errors (${pageErrors.join("; ")})`);
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await browser.close();
  server.kill("SIGINT");
  await new Promise((r) => server.on("exit", r));
  rmSync(data, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
