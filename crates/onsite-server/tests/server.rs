//! The web API through the router, with real judging: the documented routes exist and answer,
//! errors are plain words, and 20 submissions in flight are all judged, correctly, and recorded.

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use onsite_app::Settings;
use onsite_server::{router, AppState};
use serde_json::{json, Value};
use tower::ServiceExt;

const GOOD: &str = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";
const WRONG: &str = "def two_sum(nums, target):\n    return [0, 1]\n";

struct Server {
    _dir: tempfile::TempDir,
    state: AppState,
    /// The browser `call` speaks as.
    browser: Browser,
}

/// A browser: the session cookie the server gave it, sent back with every request.
#[derive(Default)]
struct Browser {
    cookie: std::sync::Mutex<Option<String>>,
}

impl Server {
    fn new(workers: usize) -> Server {
        Server::with_cache(
            workers,
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("server-cache"),
        )
    }

    fn with_cache(workers: usize, cache: std::path::PathBuf) -> Server {
        let dir = tempfile::tempdir().expect("tempdir");
        let settings = Settings {
            data_dir: Some(dir.path().join("data")),
            cache_dir: Some(cache),
            measure_ms: Some(0),
            ..Settings::default()
        };
        let state = AppState::new(settings, workers).expect("app");
        Server {
            _dir: dir,
            state,
            browser: Browser::default(),
        }
    }

    async fn call(&self, method: Method, uri: &str, body: Option<Value>) -> (StatusCode, Value) {
        self.send(&self.browser, method, uri, body, &[]).await
    }

    /// A request from `browser` with more `headers`; a body that is not JSON comes back as a
    /// string.
    async fn send(
        &self,
        browser: &Browser,
        method: Method,
        uri: &str,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> (StatusCode, Value) {
        let mut request = Request::builder()
            .method(method)
            .uri(uri)
            .header("content-type", "application/json");
        if let Some(cookie) = browser.cookie.lock().expect("cookie").clone() {
            request = request.header("cookie", cookie);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(match body {
                Some(b) => Body::from(b.to_string()),
                None => Body::empty(),
            })
            .expect("request");
        let response = router(self.state.clone())
            .oneshot(request)
            .await
            .expect("response");
        let status = response.status();
        if let Some(set) = response.headers().get("set-cookie") {
            let set = set.to_str().expect("ascii cookie");
            assert!(
                set.contains("HttpOnly") && set.contains("SameSite=Strict"),
                "{set}"
            );
            let pair = set.split(';').next().expect("a name=value pair");
            *browser.cookie.lock().expect("cookie") = Some(pair.to_owned());
        }
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        (status, value)
    }

    async fn finished(&self, job: &str) -> Value {
        self.finished_in(&self.browser, job).await
    }

    async fn finished_in(&self, browser: &Browser, job: &str) -> Value {
        let start = Instant::now();
        loop {
            let (status, v) = self
                .send(browser, Method::GET, &format!("/api/jobs/{job}"), None, &[])
                .await;
            assert_eq!(status, StatusCode::OK, "{v}");
            if v["finished"] == true {
                return v["events"]
                    .as_array()
                    .and_then(|e| e.last().cloned())
                    .expect("a last event");
            }
            assert!(
                start.elapsed() < Duration::from_secs(300),
                "job {job} never finished"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_documented_route_answers() {
    let server = Server::new(1);
    let doc: Value =
        serde_json::from_str(onsite_server::OPENAPI).expect("the OpenAPI document is JSON");
    let paths = doc["paths"].as_object().expect("paths");
    assert!(paths.len() >= 15, "{}", paths.len());
    for (path, methods) in paths {
        for method in methods.as_object().expect("methods").keys() {
            let uri = path.replace("{slug}", "two-sum").replace("{id}", "1");
            let (m, body) = match method.as_str() {
                "get" => (Method::GET, None),
                "post" if uri.ends_with("/run") || uri.ends_with("/submit") => {
                    (Method::POST, Some(json!({"code": GOOD})))
                }
                "post" if uri.ends_with("/ask") => (Method::POST, Some(json!({"topic": "empty"}))),
                "post" if uri.ends_with("/state") => (
                    Method::POST,
                    Some(json!({"stage": "brute_force", "text": "pairs, O(n^2)"})),
                ),
                "post" => (Method::POST, Some(json!({}))),
                other => panic!("undocumented method {other}"),
            };
            let (status, v) = server.call(m, &uri, body).await;
            let unknown = v["error"]
                .as_str()
                .is_some_and(|e| e.starts_with("no API route"));
            assert!(!unknown, "{method} {path} is documented but not routed");
            assert!(!status.is_server_error(), "{method} {path}: {status} {v}");
        }
    }
    let (status, v) = server.call(Method::GET, "/api/nothing", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        v["error"]
            .as_str()
            .is_some_and(|e| e.contains("/api/nothing")),
        "{v}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_plain_words() {
    let server = Server::new(1);
    let (status, v) = server
        .call(Method::GET, "/api/problems/two-summ", None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        v["error"]
            .as_str()
            .is_some_and(|e| e.contains("did you mean `two-sum`")),
        "{v}"
    );
    let (status, v) = server
        .call(Method::GET, "/api/problems?difficulty=impossible", None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    let (status, v) = server
        .call(
            Method::POST,
            "/api/problems/two-sum/submit",
            Some(json!({"code": GOOD, "follow_up": "nope"})),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{v}");
    assert!(
        v["error"]
            .as_str()
            .is_some_and(|e| e.contains("sorted-input")),
        "{v}"
    );
    let huge = "x = 1\n".repeat(200_000);
    let (status, _) = server
        .call(
            Method::POST,
            "/api/problems/two-sum/run",
            Some(json!({"code": huge})),
        )
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, v) = server
        .call(Method::GET, "/api/problems/two-sum/editorial", None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    // A case that breaks the constraints fails the job with the reason, not the server.
    let (status, v) = server
        .call(
            Method::POST,
            "/api/problems/two-sum/run",
            Some(json!({"code": GOOD, "cases": [{"nums": [1], "target": 2}]})),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{v}");
    let last = server.finished(v["job"].as_str().expect("job")).await;
    assert_eq!(last["type"], "failed", "{last}");
    assert_eq!(last["usage"], true, "{last}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_submissions_in_flight_are_all_judged_and_recorded() {
    let server = Server::new(2);
    // Five browsers with four each: the most one browser may have in flight.
    let browsers: Vec<Browser> = (0..5).map(|_| Browser::default()).collect();
    let mut jobs = Vec::new();
    for i in 0..20 {
        let code = if i % 3 == 0 { WRONG } else { GOOD };
        let browser = &browsers[i % 5];
        let (status, v) = server
            .send(
                browser,
                Method::POST,
                "/api/problems/two-sum/submit",
                Some(json!({"code": code})),
                &[],
            )
            .await;
        assert_eq!(status, StatusCode::ACCEPTED, "{v}");
        jobs.push((i, v["job"].as_str().expect("job id").to_owned()));
    }
    for (i, job) in jobs {
        let last = server.finished_in(&browsers[i % 5], &job).await;
        assert_eq!(last["type"], "done", "job {job}: {last}");
        let want = if i % 3 == 0 {
            "wrong_answer"
        } else {
            "accepted"
        };
        assert_eq!(last["report"]["verdict"], want, "submission {i}");
        assert!(
            last["report"]["attempt"].as_i64().is_some(),
            "recorded: {last}"
        );
    }
    let (_, stats) = server.call(Method::GET, "/api/stats", None).await;
    assert_eq!(stats["attempts"], 20, "{stats}");
    assert_eq!(stats["accepted"], 13, "{stats}");
    let (_, page) = server
        .call(Method::GET, "/api/problems/two-sum", None)
        .await;
    assert_eq!(page["solved"], true);
    assert_eq!(page["attempts"].as_array().map(Vec::len), Some(20));
    let (status, v) = server
        .call(Method::GET, "/api/problems/two-sum/editorial", None)
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_input_is_looked_for_only_when_the_submission_asks() {
    let server = Server::new(1);
    // Exponential: a time limit exceeded on the large tests, and already slow on short lists.
    let code = "def length_of_lis(nums):\n    def best(i, last):\n        if i == len(nums):\n            return 0\n        skip = best(i + 1, last)\n        if nums[i] > last:\n            return max(skip, 1 + best(i + 1, nums[i]))\n        return skip\n    return best(0, float('-inf'))\n";
    let mut found = Vec::new();
    for ask in [false, true, false] {
        let (status, v) = server
            .call(
                Method::POST,
                "/api/problems/longest-increasing-subsequence/submit",
                Some(json!({"code": code, "find_slow_input": ask})),
            )
            .await;
        assert_eq!(status, StatusCode::ACCEPTED, "{v}");
        let last = server.finished(v["job"].as_str().expect("job")).await;
        assert_eq!(last["report"]["verdict"], "time_limit_exceeded", "{last}");
        found.push(last["report"]["counterexample"]["found"]["verdict"].clone());
    }
    // Not asked: no search. Asked: a small slow input. Then the worker does not keep asking.
    assert_eq!(
        found,
        vec![Value::Null, json!("time_limit_exceeded"), Value::Null]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_review_from_the_page_is_recorded_as_a_review() {
    let server = Server::new(1);
    let (status, practice) = server
        .call(Method::POST, "/api/problems/two-sum/start", None)
        .await;
    assert_eq!(status, StatusCode::OK, "{practice}");
    assert_eq!(practice["mode"], "practice");
    let (_, again) = server
        .call(Method::POST, "/api/problems/two-sum/start", None)
        .await;
    assert_eq!(again["id"], practice["id"], "a running session is kept");
    let (_, review) = server
        .call(
            Method::POST,
            "/api/problems/two-sum/start?mode=review",
            None,
        )
        .await;
    assert_eq!(review["mode"], "review");
    assert_ne!(review["id"], practice["id"]);
    let (_, v) = server
        .call(
            Method::POST,
            "/api/problems/two-sum/submit",
            Some(json!({"code": GOOD})),
        )
        .await;
    let last = server.finished(v["job"].as_str().expect("job")).await;
    assert_eq!(last["report"]["mode"], "review", "{last}");
    let (status, _) = server
        .call(Method::POST, "/api/problems/two-sum/start?mode=exam", None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mock_interview_through_the_api() {
    let server = Server::new(1);
    let (status, m) = server
        .call(Method::POST, "/api/mock", Some(json!({"slug": "two-sum"})))
        .await;
    assert_eq!(status, StatusCode::OK, "{m}");
    let id = m["id"].as_u64().expect("id");
    assert_eq!(m["stage"], "clarify");
    assert!(
        m["follow_up"].is_null(),
        "the follow-up is not shown before its stage"
    );
    let (_, a) = server
        .call(
            Method::POST,
            &format!("/api/mock/{id}/ask"),
            Some(json!({"topic": "empty"})),
        )
        .await;
    assert!(
        a["answer"]["answer"]
            .as_str()
            .is_some_and(|t| !t.is_empty()),
        "{a}"
    );
    for (stage, text) in [
        ("brute_force", "every pair, O(n^2)"),
        ("optimise", "a dict of complements, O(n)"),
        ("code", ""),
    ] {
        let (status, v) = server
            .call(
                Method::POST,
                &format!("/api/mock/{id}/state"),
                Some(json!({"stage": stage, "text": text})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{v}");
    }
    let (_, r) = server
        .call(
            Method::POST,
            &format!("/api/mock/{id}/run"),
            Some(json!({"code": GOOD, "cases": [{"nums": [3, 3], "target": 6}]})),
        )
        .await;
    assert_eq!(r["report"]["verdict"], "accepted", "{r}");
    assert_eq!(r["interview"]["stage"], "test");
    let (_, r) = server
        .call(
            Method::POST,
            &format!("/api/mock/{id}/submit"),
            Some(json!({"code": GOOD})),
        )
        .await;
    assert_eq!(r["report"]["verdict"], "accepted", "{r}");
    assert_eq!(r["interview"]["stage"], "follow_up");
    assert!(
        r["interview"]["follow_up"].is_array(),
        "the follow-up is asked now: {r}"
    );
    let (status, report) = server
        .call(Method::POST, &format!("/api/mock/{id}/finish"), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["accepted"], true);
    assert_eq!(report["dimensions"].as_array().map(Vec::len), Some(7));
    let optimisation = &report["dimensions"][3];
    assert!(
        optimisation["evidence"][0]
            .as_str()
            .is_some_and(|e| e.contains("improved O(n^2) to O(n)")),
        "{optimisation}"
    );
    let (status, _) = server
        .call(Method::GET, &format!("/api/mock/{id}"), None)
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a finished interview is gone"
    );
    let (_, stats) = server.call(Method::GET, "/api/stats", None).await;
    assert_eq!(stats["mock_interviews"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_front_end_is_served_with_client_side_routes() {
    let server = Server::new(1);
    for path in ["/", "/index.html", "/p/two-sum"] {
        let response = router(server.state.clone())
            .oneshot(
                Request::builder()
                    .uri(path)
                    .body(Body::empty())
                    .expect("request"),
            )
            .await
            .expect("response");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let kind = response.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(kind.starts_with("text/html"), "{path}: {kind}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rebinding_host_is_refused_and_the_loopback_names_pass() {
    let server = Server::new(1);
    let page = Browser::default();
    // A page of evil.example whose name now resolves to 127.0.0.1: its requests reach this
    // server as same-origin ones, naming the page's host.
    let (status, v) = server
        .send(
            &page,
            Method::GET,
            "/api/stats",
            None,
            &[("host", "evil.example:7777")],
        )
        .await;
    assert_eq!(status, StatusCode::MISDIRECTED_REQUEST, "{v}");
    assert!(
        v.as_str()
            .is_some_and(|t| t.contains("does not answer to the host name `evil.example:7777`")),
        "{v}"
    );
    let (status, v) = server
        .send(
            &page,
            Method::POST,
            "/api/problems/two-sum/submit",
            Some(json!({"code": GOOD})),
            &[
                ("host", "evil.example:7777"),
                ("origin", "http://evil.example:7777"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::MISDIRECTED_REQUEST, "{v}");
    assert!(
        page.cookie.lock().expect("cookie").is_none(),
        "no session for a refused request"
    );
    for host in ["127.0.0.1:7777", "localhost:7777", "[::1]:7777"] {
        let (status, v) = server
            .send(&page, Method::GET, "/api/stats", None, &[("host", host)])
            .await;
        assert_eq!(status, StatusCode::OK, "{host}: {v}");
    }
    let (status, _) = server
        .send(
            &page,
            Method::GET,
            "/",
            None,
            &[("host", "localhost.evil.example:7777")],
        )
        .await;
    assert_eq!(status, StatusCode::MISDIRECTED_REQUEST);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_from_another_site_is_refused() {
    let server = Server::new(1);
    let browser = Browser::default();
    let own = [
        ("host", "127.0.0.1:7777"),
        ("origin", "http://127.0.0.1:7777"),
    ];
    for headers in [
        // A form on another site posting here: the right host, another origin.
        &[
            ("host", "127.0.0.1:7777"),
            ("origin", "https://evil.example"),
        ][..],
        // Another web app on this machine is another origin too.
        &[
            ("host", "127.0.0.1:7777"),
            ("origin", "http://localhost:3000"),
        ],
        &[("host", "127.0.0.1:7777"), ("origin", "null")],
        &[("host", "127.0.0.1:7777"), ("sec-fetch-site", "cross-site")],
    ] {
        let (status, v) = server
            .send(
                &browser,
                Method::POST,
                "/api/problems/two-sum/start",
                None,
                headers,
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{headers:?}: {v}");
        assert!(v.as_str().is_some_and(|t| t.starts_with("refused:")), "{v}");
    }
    let (status, v) = server
        .send(
            &browser,
            Method::POST,
            "/api/problems/two-sum/start",
            None,
            &own,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    // Reading is not a change: a cross-site GET is answered (the page cannot read it: no CORS).
    let (status, _) = server
        .send(
            &browser,
            Method::GET,
            "/api/problems",
            None,
            &[("host", "127.0.0.1:7777"), ("sec-fetch-site", "cross-site")],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_is_readable_only_by_the_browser_that_queued_it_by_an_unguessable_id() {
    let server = Server::new(1);
    let mine = &server.browser;
    let other = Browser::default();
    let mut ids = Vec::new();
    for _ in 0..2 {
        let (status, v) = server
            .call(
                Method::POST,
                "/api/problems/two-sum/run",
                Some(json!({"code": GOOD})),
            )
            .await;
        assert_eq!(status, StatusCode::ACCEPTED, "{v}");
        let id = v["job"].as_str().expect("a string id").to_owned();
        assert_eq!(v["events"], format!("/api/jobs/{id}/events"));
        ids.push(id);
    }
    for id in &ids {
        assert!(
            id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()),
            "128 bits in hex: {id}"
        );
    }
    let a = u128::from_str_radix(&ids[0], 16).expect("hex");
    let b = u128::from_str_radix(&ids[1], 16).expect("hex");
    assert!(a.abs_diff(b) > 1 << 64, "not sequential: {a:x} {b:x}");
    for id in &ids {
        for uri in [format!("/api/jobs/{id}"), format!("/api/jobs/{id}/events")] {
            let (status, v) = server.send(&other, Method::GET, &uri, None, &[]).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{uri}: {v}");
        }
        let last = server.finished_in(mine, id).await;
        assert_eq!(last["report"]["verdict"], "accepted", "{last}");
        let (status, _) = server
            .send(
                mine,
                Method::GET,
                &format!("/api/jobs/{id}/events"),
                None,
                &[],
            )
            .await;
        assert_eq!(status, StatusCode::OK);
    }
    // Nor an interview in progress.
    let (_, m) = server
        .call(Method::POST, "/api/mock", Some(json!({"slug": "two-sum"})))
        .await;
    let id = m["id"].as_u64().expect("id");
    let (status, _) = server
        .send(&other, Method::GET, &format!("/api/mock/{id}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = server
        .call(Method::GET, &format!("/api/mock/{id}"), None)
        .await;
    assert_eq!(status, StatusCode::OK, "still there for its own browser");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_browser_may_have_four_jobs_in_flight_and_the_fifth_is_429() {
    let server = Server::new(1);
    // Each submission takes a while to judge; all five are sent before the first ends.
    let slow = format!("import time\ntime.sleep(1)\n{GOOD}");
    let submit = |browser| {
        server.send(
            browser,
            Method::POST,
            "/api/problems/two-sum/submit",
            Some(json!({"code": slow})),
            &[],
        )
    };
    let mut ids = Vec::new();
    for _ in 0..4 {
        let (status, v) = submit(&server.browser).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{v}");
        ids.push(v["job"].as_str().expect("id").to_owned());
    }
    let (status, v) = submit(&server.browser).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{v}");
    assert!(
        v["error"]
            .as_str()
            .is_some_and(|e| e.contains("4 runs or submissions waiting or being judged")),
        "{v}"
    );
    // Another browser is not held up by this one's.
    let other = Browser::default();
    let (status, v) = submit(&other).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{v}");
    // Once one has finished, there is room again.
    server.finished(&ids[0]).await;
    let (status, v) = submit(&server.browser).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{v}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_on_cases_of_ones_own_keep_the_test_cache_bounded() {
    let cache = tempfile::tempdir().expect("tempdir");
    let tests = cache.path().join("tests");
    std::fs::create_dir_all(&tests).expect("mkdir");
    // As many earlier runs as the cache holds, and more, all older than the next one.
    let bound = onsite_judge::CACHE_MAX_ENTRIES;
    for i in 0..bound + 100 {
        std::fs::write(tests.join(format!("two-sum-old{i:04}.json")), "[]").expect("seed");
    }
    let server = Server::with_cache(1, cache.path().to_owned());
    let (status, v) = server
        .call(
            Method::POST,
            "/api/problems/two-sum/run",
            Some(json!({"code": GOOD, "cases": [{"nums": [5, 7, 1], "target": 8}]})),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{v}");
    let last = server.finished(v["job"].as_str().expect("job")).await;
    assert_eq!(last["report"]["verdict"], "accepted", "{last}");
    let names: Vec<String> = std::fs::read_dir(&tests)
        .expect("tests dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.len() <= bound, "{} files", names.len());
    assert!(
        names.iter().any(|n| !n.contains("-old")),
        "the new run's tests are kept"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn code_from_the_page_with_a_byte_order_mark_is_judged_as_without() {
    let server = Server::new(1);
    let (status, v) = server
        .call(
            Method::POST,
            "/api/problems/two-sum/submit",
            Some(json!({"code": format!("\u{feff}{GOOD}")})),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{v}");
    let last = server.finished(v["job"].as_str().expect("job")).await;
    assert_eq!(last["report"]["verdict"], "accepted", "{last}");
}
