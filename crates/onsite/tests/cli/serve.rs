//! `onsite serve` as a user runs it: it prints its URL, and Ctrl-C stops it only after the
//! submissions already queued are judged and recorded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::{Duration, Instant};

use super::{command, stdout, GOOD};

/// The address `onsite serve` prints on its first line, and the rest of its output.
pub(super) fn served_address(
    server: &mut std::process::Child,
) -> (String, std::io::Lines<BufReader<std::process::ChildStdout>>) {
    let mut lines = BufReader::new(server.stdout.take().expect("stdout")).lines();
    let first = lines.next().expect("a line").expect("utf-8");
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no URL in `{first}`"))
        .to_owned();
    (addr, lines)
}

/// One HTTP/1.1 request; returns the status and the body.
pub(super) fn http(addr: &str, method: &str, path: &str, body: &str) -> (u16, String) {
    http_as(addr, addr, method, path, body, None)
}

/// [`http`] as one browser: its session cookie (`onsite_session`, 32 hex digits) goes with the
/// request, so the jobs it queued are its own to read.
pub(super) fn http_in_session(
    addr: &str,
    session: &str,
    method: &str,
    path: &str,
    body: &str,
) -> (u16, String) {
    http_as(addr, addr, method, path, body, Some(session))
}

/// A new browser's session id: 32 hex digits, different on every call.
pub(super) fn new_session() -> String {
    static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{:016x}{:016x}", std::process::id(), n)
}

/// [`http`] naming `host` in the `Host` header, with a session cookie when given.
fn http_as(
    addr: &str,
    host: &str,
    method: &str,
    path: &str,
    body: &str,
    session: Option<&str>,
) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let cookie = session
        .map(|id| format!("Cookie: onsite_session={id}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\n{cookie}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut response = String::new();
    s.read_to_string(&mut response).expect("read");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn ctrl_c_finishes_the_queued_submissions_before_stopping() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut server = command()
        .args(["serve", "--addr", "127.0.0.1:0", "--workers", "1"])
        .env("ONSITE_DATA_DIR", dir.path())
        .env("ONSITE_MEASURE_MS", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn onsite serve");
    let (addr, lines) = served_address(&mut server);

    // Three submissions queued on one worker, then Ctrl-C at once.
    let body = serde_json::json!({ "code": GOOD }).to_string();
    for _ in 0..3 {
        let (status, reply) = http(&addr, "POST", "/api/problems/two-sum/submit", &body);
        assert_eq!(status, 202, "{reply}");
    }
    nix_kill_int(server.id());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = server.try_wait().expect("wait") {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "onsite serve did not stop"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(
        rest.iter()
            .any(|l| l.contains("every submission in progress was judged and recorded")),
        "{rest:?}"
    );

    let out = command()
        .args(["stats", "--json"])
        .env("ONSITE_DATA_DIR", dir.path())
        .output()
        .expect("stats");
    let stats: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(
        stats["attempts"], 3,
        "no queued submission was lost: {stats}"
    );
    assert_eq!(stats["accepted"], 3);
}

#[test]
fn the_server_answers_only_its_own_host_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut server = command()
        .args(["serve", "--addr", "127.0.0.1:0", "--workers", "1"])
        .args(["--allowed-host", "onsite.lan"])
        .env("ONSITE_DATA_DIR", dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn onsite serve");
    let (addr, _lines) = served_address(&mut server);
    let port = addr.rsplit(':').next().expect("a port").to_owned();
    let (status, body) = http_as(
        &addr,
        &format!("evil.example:{port}"),
        "GET",
        "/api/stats",
        "",
        None,
    );
    assert_eq!(status, 421, "{body}");
    let (status, body) = http_as(
        &addr,
        &format!("localhost:{port}"),
        "GET",
        "/api/health",
        "",
        None,
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = http_as(&addr, "onsite.lan", "GET", "/api/health", "", None);
    assert_eq!(status, 200, "{body}");
    nix_kill_int(server.id());
    let _ = server.wait();
}

pub(super) fn nix_kill_int(pid: u32) {
    let status = std::process::Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
}
