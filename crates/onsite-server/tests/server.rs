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
}

impl Server {
    fn new(workers: usize) -> Server {
        let dir = tempfile::tempdir().expect("tempdir");
        let settings = Settings {
            data_dir: Some(dir.path().join("data")),
            cache_dir: Some(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("server-cache")),
            measure_ms: Some(0),
            ..Settings::default()
        };
        let state = AppState::new(settings, workers).expect("app");
        Server { _dir: dir, state }
    }

    async fn call(&self, method: Method, uri: &str, body: Option<Value>) -> (StatusCode, Value) {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .header("content-type", "application/json")
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
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, value)
    }

    async fn finished(&self, job: u64) -> Value {
        let start = Instant::now();
        loop {
            let (status, v) = self
                .call(Method::GET, &format!("/api/jobs/{job}"), None)
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
    let last = server.finished(v["job"].as_u64().expect("job")).await;
    assert_eq!(last["type"], "failed", "{last}");
    assert_eq!(last["usage"], true, "{last}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_submissions_in_flight_are_all_judged_and_recorded() {
    let server = Server::new(2);
    let mut jobs = Vec::new();
    for i in 0..20 {
        let code = if i % 3 == 0 { WRONG } else { GOOD };
        let (status, v) = server
            .call(
                Method::POST,
                "/api/problems/two-sum/submit",
                Some(json!({"code": code})),
            )
            .await;
        assert_eq!(status, StatusCode::ACCEPTED, "{v}");
        jobs.push((i, v["job"].as_u64().expect("job id")));
    }
    for (i, job) in jobs {
        let last = server.finished(job).await;
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
    let last = server.finished(v["job"].as_u64().expect("job")).await;
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
