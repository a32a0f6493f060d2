//! Which browser a request comes from: a random session cookie, set on the first request.
//!
//! Jobs and mock interviews belong to the session that started them ([`Client`]): another
//! browser, or a page without the cookie, gets "not found" for them, as for an id that never
//! existed. The cookie is `HttpOnly` (no script reads it) and `SameSite=Strict` (no other site's
//! page makes the browser send it). It carries no rights over the practice history, which is
//! the one user's of this machine; it only keeps one browser's judging apart from another's.

use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The cookie's name.
pub const COOKIE: &str = "onsite_session";

/// A browser session: 128 random bits in hex.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Client(String);

/// 128 random bits from the operating system, as 32 lower-case hex digits: unguessable ids.
/// `None` when the operating system gives no random bytes (then no id is made at all: a
/// guessable one would be worse).
pub fn random_id() -> Option<String> {
    let mut bytes = [0u8; 16];
    if let Err(e) = getrandom::getrandom(&mut bytes) {
        tracing::error!(error = %e, "the operating system gave no random bytes for an id");
        return None;
    }
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether `id` has the shape of [`random_id`]'s ids.
pub fn well_formed(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl Client {
    /// The session a request's cookie names, if it names a well-formed one.
    fn from_headers(headers: &HeaderMap) -> Option<Client> {
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, value)| *name == COOKIE && well_formed(value))
            .map(|(_, value)| Client(value.to_owned()))
    }
}

/// Give every request its [`Client`] (an extension); a request without the cookie starts a
/// session and its response sets the cookie.
///
/// Not when the browser says the request comes from another site: a `SameSite=Strict` cookie
/// is withheld from a link followed from another site, and setting a new one then would end
/// the session the browser still has (its jobs and interview in progress). The page such a link
/// opens then calls the API from this site, with the cookie.
pub async fn attach(mut request: Request, next: Next) -> Response {
    let (client, new) =
        match Client::from_headers(request.headers()) {
            Some(c) => (c, false),
            None => match random_id() {
                Some(id) => (Client(id), true),
                None => return (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "onsite could not start a session: the operating system gave no random bytes",
                )
                    .into_response(),
            },
        };
    let from_elsewhere = request
        .headers()
        .get("sec-fetch-site")
        .is_some_and(|s| s == "cross-site" || s == "same-site");
    request.extensions_mut().insert(client.clone());
    let mut response = next.run(request).await;
    if new && !from_elsewhere {
        let cookie = format!("{COOKIE}={}; Path=/; HttpOnly; SameSite=Strict", client.0);
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_random_hex_and_only_well_formed_cookies_name_a_session() {
        let a = random_id().expect("random bytes");
        let b = random_id().expect("random bytes");
        assert!(well_formed(&a) && well_formed(&b), "{a} {b}");
        assert_ne!(a, b);
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            format!("theme=dark; {COOKIE}={a}").parse().expect("value"),
        );
        assert_eq!(Client::from_headers(&h), Some(Client(a.clone())));
        for bad in ["1", "../x", &a.to_uppercase(), &format!("{a}0")] {
            let mut h = HeaderMap::new();
            h.insert(
                header::COOKIE,
                format!("{COOKIE}={bad}").parse().expect("value"),
            );
            assert_eq!(Client::from_headers(&h), None, "{bad}");
        }
    }
}
