//! Which requests the server answers at all: one middleware in front of every route.
//!
//! A web page in the same browser cannot read the server's answers (no CORS headers are ever
//! sent), but two tricks would let one drive it anyway:
//!
//! - **DNS rebinding**: a page at `http://evil.example:7777/` has its name re-resolved to
//!   127.0.0.1; the browser then sends the page's requests to this server as same-origin ones,
//!   and lets the page read the answers. The requests still say `Host: evil.example:7777`, so
//!   only the names this server is reached by are answered ([`AllowedHosts`]): the loopback
//!   names with its port, the address it listens on, and the names configured with
//!   `--allowed-host` / [`ENV_ALLOWED_HOSTS`].
//! - **Cross-site requests**: a page anywhere can make the browser send a form POST here
//!   without reading the answer. A request that changes something (any method but GET, HEAD
//!   and OPTIONS) is refused when its `Origin` is not one of the allowed hosts, or when the
//!   browser marks it `Sec-Fetch-Site: cross-site` or `same-site` (another port of the same
//!   host is another origin).
//!
//! A request with no `Host` at all does not come from a browser (every browser sends one), so
//! it is answered: tools and tests speak to the router directly.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// Environment variable: more host names the server answers to, comma-separated (`name` for
/// any port, `name:port` for one), e.g. behind a reverse proxy or over an SSH tunnel.
pub const ENV_ALLOWED_HOSTS: &str = "ONSITE_ALLOWED_HOSTS";

/// One name the server answers to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Allowed {
    /// Lower case; an IPv6 address in brackets.
    host: String,
    /// `None`: any port.
    port: Option<u16>,
}

/// The `Host` values (and origins) the server answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowedHosts {
    names: Vec<Allowed>,
    /// Listening on every address (0.0.0.0 or ::): any IP address written as such, with the
    /// port, is answered (an address cannot be rebound; only a name can).
    any_address_on: Option<u16>,
}

/// A `--allowed-host` value that is not a host name.
#[derive(Debug, thiserror::Error)]
#[error("`{0}` is not a host name (expected `name` or `name:port`, e.g. `onsite.lan` or `localhost:8080`)")]
pub struct BadHost(String);

impl AllowedHosts {
    /// The loopback names on `addr`'s port, `addr`'s own address, and `extra` (each `name` or
    /// `name:port`).
    pub fn for_addr(addr: SocketAddr, extra: &[String]) -> Result<AllowedHosts, BadHost> {
        let port = addr.port();
        let mut names: Vec<Allowed> = ["localhost", "127.0.0.1", "[::1]"]
            .iter()
            .map(|h| Allowed {
                host: (*h).to_owned(),
                port: Some(port),
            })
            .collect();
        let ip = addr.ip();
        if !ip.is_unspecified() && !ip.is_loopback() {
            names.push(Allowed {
                host: ip_host(ip),
                port: Some(port),
            });
        }
        for e in extra.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
            let (host, port) = split_host(e).ok_or_else(|| BadHost(e.to_owned()))?;
            names.push(Allowed { host, port });
        }
        Ok(AllowedHosts {
            names,
            any_address_on: ip.is_unspecified().then_some(port),
        })
    }

    /// Whether `authority` (`host[:port]`, as in `Host`) is one of them.
    pub fn allows(&self, authority: &str) -> bool {
        let Some((host, port)) = split_host(authority) else {
            return false;
        };
        let port = port.unwrap_or(80);
        if self.any_address_on == Some(port)
            && host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<IpAddr>()
                .is_ok()
        {
            return true;
        }
        self.names
            .iter()
            .any(|a| a.host == host && a.port.is_none_or(|p| p == port))
    }
}

impl Default for AllowedHosts {
    /// The loopback names on the default port, 7777.
    fn default() -> AllowedHosts {
        AllowedHosts::for_addr(crate::ServeOptions::default().addr, &[]).unwrap_or(AllowedHosts {
            names: Vec::new(),
            any_address_on: None,
        })
    }
}

fn ip_host(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("[{v6}]"),
    }
}

/// `host[:port]` in lower case, an IPv6 address kept in brackets; `None` when it is not one.
fn split_host(authority: &str) -> Option<(String, Option<u16>)> {
    let authority = authority.to_ascii_lowercase();
    let (host, port) = if authority.starts_with('[') {
        let end = authority.find(']')?;
        let (host, rest) = authority.split_at(end + 1);
        match rest.strip_prefix(':') {
            Some(p) => (host.to_owned(), Some(p.parse().ok()?)),
            None if rest.is_empty() => (host.to_owned(), None),
            None => return None,
        }
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h.to_owned(), Some(p.parse().ok()?)),
            None => (authority, None),
        }
    };
    let valid = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._[]:".contains(c));
    valid.then_some((host, port))
}

/// Refuse a request for another host (421), and a state-changing one from another origin (403),
/// in plain words.
pub async fn check(State(state): State<AppState>, request: Request, next: Next) -> Response {
    match refusal(&state.hosts, request.method(), request.headers()) {
        Some((status, why)) => {
            tracing::warn!(method = %request.method(), uri = %request.uri(), "{why}");
            (status, why).into_response()
        }
        None => next.run(request).await,
    }
}

fn refusal(
    hosts: &AllowedHosts,
    method: &Method,
    headers: &HeaderMap,
) -> Option<(StatusCode, String)> {
    let text = |name| headers.get(name).map(|v| v.to_str().unwrap_or("\u{fffd}"));
    if let Some(host) = text(header::HOST) {
        if !hosts.allows(host) {
            return Some((
                StatusCode::MISDIRECTED_REQUEST,
                format!(
                    "this onsite server does not answer to the host name `{host}`; open it at \
                     http://localhost:<port>/ or http://127.0.0.1:<port>/, or start it with \
                     --allowed-host {host} if you reach it by that name on purpose"
                ),
            ));
        }
    }
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return None;
    }
    if let Some(site) = text(header::HeaderName::from_static("sec-fetch-site")) {
        if site == "cross-site" || site == "same-site" {
            return Some((
                StatusCode::FORBIDDEN,
                format!(
                    "refused: the browser says this request comes from another site \
                     (Sec-Fetch-Site: {site}); onsite only takes changes from its own pages"
                ),
            ));
        }
    }
    if let Some(origin) = text(header::ORIGIN) {
        let authority = origin
            .strip_prefix("http://")
            .or_else(|| origin.strip_prefix("https://"));
        if !authority.is_some_and(|a| hosts.allows(a)) {
            return Some((
                StatusCode::FORBIDDEN,
                format!(
                    "refused: this request comes from the page of another origin (`{origin}`); \
                     onsite only takes changes from its own pages"
                ),
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(addr: &str, extra: &[&str]) -> AllowedHosts {
        let extra: Vec<String> = extra.iter().map(|e| (*e).to_owned()).collect();
        AllowedHosts::for_addr(addr.parse().expect("address"), &extra).expect("hosts")
    }

    #[test]
    fn loopback_names_on_the_port_and_nothing_else_by_default() {
        let h = hosts("127.0.0.1:7777", &[]);
        for ok in [
            "localhost:7777",
            "127.0.0.1:7777",
            "[::1]:7777",
            "LOCALHOST:7777",
        ] {
            assert!(h.allows(ok), "{ok}");
        }
        for refused in [
            "evil.example:7777",
            "localhost:8080",
            "localhost",
            "127.0.0.2:7777",
            "localhost.evil.example:7777",
            "10.0.0.5:7777",
            "",
            "localhost:7777:7777",
            "[::1",
        ] {
            assert!(!h.allows(refused), "{refused}");
        }
    }

    #[test]
    fn the_listening_address_and_configured_names_are_allowed() {
        let h = hosts("192.168.1.20:7000", &["onsite.lan", "tunnel:8080"]);
        assert!(h.allows("192.168.1.20:7000"));
        assert!(h.allows("onsite.lan"), "no port: port 80");
        assert!(h.allows("onsite.lan:7000"));
        assert!(h.allows("tunnel:8080"));
        assert!(!h.allows("tunnel:7000"));
        assert!(!h.allows("192.168.1.21:7000"));

        let any = hosts("0.0.0.0:7000", &[]);
        assert!(any.allows("192.168.1.20:7000"), "an address, not a name");
        assert!(any.allows("[fe80::1]:7000"));
        assert!(!any.allows("evil.example:7000"));
        assert!(!any.allows("192.168.1.20:7001"));
        assert!(
            AllowedHosts::for_addr("127.0.0.1:1".parse().expect("addr"), &["a b".into()]).is_err()
        );
    }

    #[test]
    fn changes_from_another_origin_are_refused_and_reads_are_not() {
        let h = hosts("127.0.0.1:7777", &[]);
        let headers = |pairs: &[(&'static str, &str)]| {
            let mut m = HeaderMap::new();
            for (k, v) in pairs {
                m.insert(*k, v.parse().expect("header value"));
            }
            m
        };
        let own = headers(&[
            ("host", "127.0.0.1:7777"),
            ("origin", "http://127.0.0.1:7777"),
        ]);
        assert!(refusal(&h, &Method::POST, &own).is_none());
        let other = headers(&[
            ("host", "127.0.0.1:7777"),
            ("origin", "http://localhost:3000"),
        ]);
        assert_eq!(
            refusal(&h, &Method::POST, &other).map(|r| r.0),
            Some(StatusCode::FORBIDDEN)
        );
        assert!(
            refusal(&h, &Method::GET, &other).is_none(),
            "a read is answered"
        );
        let null = headers(&[("origin", "null")]);
        assert!(refusal(&h, &Method::DELETE, &null).is_some());
        let site = headers(&[("sec-fetch-site", "cross-site")]);
        assert!(refusal(&h, &Method::PUT, &site).is_some());
        let same = headers(&[("sec-fetch-site", "same-origin")]);
        assert!(refusal(&h, &Method::POST, &same).is_none());
        let rebound = headers(&[("host", "evil.example:7777")]);
        assert_eq!(
            refusal(&h, &Method::GET, &rebound).map(|r| r.0),
            Some(StatusCode::MISDIRECTED_REQUEST)
        );
    }
}
