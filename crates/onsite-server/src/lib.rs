//! onsite's web app: an axum server on the same `onsite-app` functions as the CLI.
//!
//! - `/api/...`: the JSON API the front end uses, described by the OpenAPI document served at
//!   `/api/openapi.json` (`openapi.json` beside this crate; a test keeps it and the router in
//!   step).
//! - Judging goes through a bounded queue and worker threads ([`jobs`]); the page follows a job
//!   over server-sent events (`/api/jobs/{id}/events`), replayed from its start on reconnect.
//! - Everything else is the front end, built from `web/` and embedded at build time, so the
//!   binary needs no Node at run time.
//!
//! Handlers are thin: parse, call the app (on a blocking thread: the app does file and process
//! IO), map the result. Errors become responses in one place ([`ApiError`]).
//!
//! Two middleware layers stand in front of every route: [`guard`] answers only the host names
//! the server is reached by (no DNS rebinding) and takes changes only from its own pages;
//! [`session`] gives each browser a session, to which its jobs and interviews belong.

pub mod guard;
pub mod jobs;
pub mod session;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Extension, Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::Stream;
use include_dir::{include_dir, Dir};
use onsite_app::practice_model::{Level, PlanSpec};
use onsite_app::{App, AppError, PlanChoice, Settings};
use serde::Deserialize;

pub use guard::{AllowedHosts, ENV_ALLOWED_HOSTS};
use jobs::{Queue, Refused, Work};
use session::Client;

/// The front end, built by `npm run build` in `web/`.
static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../web/dist");

/// The API's description.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// Where and how to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The address to listen on.
    pub addr: SocketAddr,
    /// Judge worker threads.
    pub workers: usize,
    /// Serve other machines even where the sandbox is unavailable.
    pub insecure_no_sandbox: bool,
    /// Host names to answer to besides the loopback names and the listening address (`name`
    /// or `name:port`; see [`guard`]).
    pub allowed_hosts: Vec<String>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            addr: SocketAddr::from(([127, 0, 0, 1], 7777)),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            insecure_no_sandbox: false,
            allowed_hosts: Vec::new(),
        }
    }
}

/// The server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// Binding the address failed.
    #[error(
        "cannot listen on {addr}: {source}; is another onsite running? choose another with --addr"
    )]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// Serving failed.
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
    /// The app could not open.
    #[error(transparent)]
    App(#[from] AppError),
    /// Other machines would run code on this one without the sandbox.
    #[error("refusing to serve {addr} without the sandbox: this machine cannot isolate submissions (no user namespaces or seccomp), and code from other people would run with your rights; serve on 127.0.0.1 for yourself, enable the sandbox, or pass --insecure-no-sandbox if you accept the risk")]
    NoSandbox {
        /// The address asked for.
        addr: SocketAddr,
    },
    /// An allowed host name is not one.
    #[error(transparent)]
    BadHost(#[from] guard::BadHost),
}

/// Shared state: apps for reads (one per core), the judging queue; all of them share one
/// history (one pool of connections, opened once).
#[derive(Clone)]
pub struct AppState {
    mocks: Arc<Mutex<std::collections::HashMap<u64, (Client, onsite_app::MockInterview)>>>,
    next_mock: Arc<std::sync::atomic::AtomicU64>,
    readers: Arc<Vec<Mutex<App>>>,
    next_reader: Arc<std::sync::atomic::AtomicUsize>,
    queue: Arc<Queue>,
    hosts: Arc<AllowedHosts>,
}

impl AppState {
    /// Open the apps and start `workers` judges.
    pub fn new(settings: Settings, workers: usize) -> Result<AppState, AppError> {
        let count = std::thread::available_parallelism()
            .map_or(2, |n| n.get())
            .clamp(1, 8);
        // Opened (created, checked, migrated) once, before any reader or worker, and shared:
        // a second open in the same process is what once dropped SQLite's locks.
        let mut first = App::open(settings.clone())?;
        let history = first.open_history()?;
        tracing::info!(database = %history.path().display(), "practice history");
        let mut readers = Vec::with_capacity(count);
        readers.push(Mutex::new(first));
        for _ in 1..count {
            readers.push(Mutex::new(
                App::open(settings.clone())?.with_history(history.clone()),
            ));
        }
        Ok(AppState {
            mocks: Arc::default(),
            next_mock: Arc::new(std::sync::atomic::AtomicU64::new(1)),
            readers: Arc::new(readers),
            next_reader: Arc::default(),
            queue: Queue::start(&settings, workers, history),
            hosts: Arc::default(),
        })
    }

    /// Answer to these host names (by default, the loopback names on port 7777).
    pub fn with_hosts(self, hosts: AllowedHosts) -> AppState {
        AppState {
            hosts: Arc::new(hosts),
            ..self
        }
    }

    /// Wait for every queued job to finish.
    pub fn drain(&self) {
        self.queue.drain();
    }
}

/// An error as the page receives it: a status and `{"error": "..."}` in plain words.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> ApiError {
        let status = match &e {
            AppError::UnknownProblem { .. } | AppError::UnknownFollowUp { .. } => {
                StatusCode::NOT_FOUND
            }
            e if e.is_usage() => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        if status.is_server_error() {
            tracing::error!(error = %e, "request failed");
            ApiError::new(
                status,
                "onsite failed on this request; the server's log says why",
            )
        } else {
            ApiError::new(status, e.to_string())
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(serde_json::json!({ "error": self.message })),
        )
            .into_response()
    }
}

type ApiResult<T> = Result<Json<T>, ApiError>;

/// Run `f` on the reading app, on a blocking thread.
async fn read<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&mut App) -> Result<T, AppError> + Send + 'static,
) -> Result<T, ApiError> {
    let readers = Arc::clone(&state.readers);
    let first = state
        .next_reader
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    tokio::task::spawn_blocking(move || {
        // A free reader if there is one, else wait for the next in turn.
        let n = readers.len();
        let free = (0..n).find_map(|i| readers[(first + i) % n].try_lock().ok());
        let mut app = match free {
            Some(app) => app,
            None => readers[first % n].lock().unwrap_or_else(|p| p.into_inner()),
        };
        f(&mut app)
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "a request's worker failed");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "onsite failed on this request",
        )
    })?
    .map_err(ApiError::from)
}

/// Every route. `/api/openapi.json` describes the `/api` ones.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/health", get(health))
        .route("/api/problems", get(problems))
        .route("/api/problems/{slug}", get(problem))
        .route("/api/problems/{slug}/editorial", get(editorial))
        .route("/api/problems/{slug}/start", post(start))
        .route("/api/problems/{slug}/hint", post(hint))
        .route("/api/problems/{slug}/run", post(run))
        .route("/api/problems/{slug}/submit", post(submit))
        .route("/api/jobs/{id}", get(job))
        .route("/api/jobs/{id}/events", get(job_events))
        .route("/api/review", get(review))
        .route("/api/plan", get(plan).post(set_plan))
        .route("/api/stats", get(stats))
        .route("/api/activity", get(activity))
        .route("/api/mock", post(mock_begin))
        .route("/api/mock/{id}", get(mock_get))
        .route("/api/mock/{id}/ask", post(mock_ask))
        .route("/api/mock/{id}/state", post(mock_state))
        .route("/api/mock/{id}/run", post(mock_run))
        .route("/api/mock/{id}/submit", post(mock_submit))
        .route("/api/mock/{id}/hint", post(mock_hint))
        .route("/api/mock/{id}/finish", post(mock_finish))
        .fallback(asset)
        // The last layer added runs first: the guard refuses before a session is made.
        .layer(axum::middleware::from_fn(session::attach))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::check,
        ))
        .with_state(state)
}

/// Serve until `shutdown` completes, then finish every queued submission before returning.
pub async fn serve(
    settings: Settings,
    options: ServeOptions,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    on_listening: impl FnOnce(SocketAddr),
) -> Result<(), ServerError> {
    if !options.addr.ip().is_loopback() {
        let mut probe = App::open(settings.clone())?;
        if !probe.sandboxed()? {
            if !options.insecure_no_sandbox {
                return Err(ServerError::NoSandbox { addr: options.addr });
            }
            tracing::warn!(addr = %options.addr, "serving other machines WITHOUT the sandbox (--insecure-no-sandbox)");
        }
    }
    // Checked before anything starts, on the address asked for (the port is the bound one).
    AllowedHosts::for_addr(options.addr, &options.allowed_hosts)?;
    let state = AppState::new(settings, options.workers)?;
    let listener = tokio::net::TcpListener::bind(options.addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: options.addr,
            source,
        })?;
    let addr = listener.local_addr().map_err(ServerError::Serve)?;
    let state = state.with_hosts(AllowedHosts::for_addr(addr, &options.allowed_hosts)?);
    on_listening(addr);
    axum::serve(listener, router(state.clone()))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(ServerError::Serve)?;
    tracing::info!("finishing the submissions in the queue");
    tokio::task::spawn_blocking(move || state.drain())
        .await
        .map_err(|e| ServerError::Serve(std::io::Error::other(e)))?;
    Ok(())
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "ok": true, "version": env!("CARGO_PKG_VERSION") }))
}

#[derive(Debug, Deserialize)]
struct ListQuery {
    pattern: Option<String>,
    difficulty: Option<String>,
}

async fn problems(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> ApiResult<onsite_app::ProblemBoard> {
    let difficulty = match q.difficulty.as_deref().filter(|d| !d.is_empty()) {
        Some(d) => Some(d.parse().map_err(|e: onsite_types::UnknownWord| {
            ApiError::new(StatusCode::BAD_REQUEST, e.to_string())
        })?),
        None => None,
    };
    let pattern = q.pattern.filter(|p| !p.is_empty());
    read(&state, move |app| app.board(pattern.as_deref(), difficulty))
        .await
        .map(Json)
}

#[derive(Debug, Deserialize)]
struct PageQuery {
    before: Option<i64>,
    limit: Option<u32>,
}

async fn problem(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> ApiResult<onsite_app::ProblemView> {
    let limit = q.limit.unwrap_or(onsite_app::ATTEMPTS_PAGE);
    if !(1..=onsite_app::ATTEMPTS_PAGE_MAX).contains(&limit) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            format!(
                "limit must be between 1 and {}",
                onsite_app::ATTEMPTS_PAGE_MAX
            ),
        ));
    }
    read(&state, move |app| {
        app.problem_view_page(&slug, q.before, limit)
    })
    .await
    .map(Json)
}

async fn editorial(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> ApiResult<serde_json::Value> {
    match read(&state, move |app| app.editorial(&slug)).await? {
        Some(text) => Ok(Json(serde_json::json!({ "editorial": text }))),
        None => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "the editorial opens once you have an accepted submission",
        )),
    }
}

#[derive(Debug, Deserialize)]
struct StartQuery {
    mode: Option<String>,
}

async fn start(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<StartQuery>,
) -> ApiResult<onsite_app::WorkSession> {
    let review = match q.mode.as_deref() {
        None | Some("practice") => false,
        Some("review") => true,
        Some(other) => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("unknown mode `{other}`; expected practice or review"),
            ))
        }
    };
    read(&state, move |app| app.open_session(&slug, review))
        .await
        .map(Json)
}

async fn hint(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> ApiResult<onsite_app::HintReport> {
    read(&state, move |app| app.hint(&slug)).await.map(Json)
}

/// The most code a page may send, as for files.
const MAX_CODE: usize = onsite_app::MAX_SOURCE_BYTES as usize;

#[derive(Debug, Deserialize)]
struct RunBody {
    code: String,
    #[serde(default)]
    cases: Vec<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
struct SubmitBody {
    code: String,
    follow_up: Option<String>,
    /// After a time limit exceeded, look for a small input on which the code is slow.
    #[serde(default)]
    find_slow_input: bool,
}

fn check_code(code: &str) -> Result<(), ApiError> {
    if code.len() > MAX_CODE {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the code is {} bytes; at most {MAX_CODE}", code.len()),
        ));
    }
    Ok(())
}

fn queued(
    state: &AppState,
    client: &Client,
    work: Work,
) -> Result<(StatusCode, Json<serde_json::Value>), ApiError> {
    let id = state.queue.submit(client, work).map_err(|e| {
        let status = match e {
            Refused::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            Refused::Full(_) | Refused::NoId => StatusCode::SERVICE_UNAVAILABLE,
        };
        ApiError::new(status, e.to_string())
    })?;
    Ok((
        StatusCode::ACCEPTED,
        Json(serde_json::json!({ "job": id, "events": format!("/api/jobs/{id}/events") })),
    ))
}

async fn run(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(slug): Path<String>,
    Json(body): Json<RunBody>,
) -> Result<(StatusCode, Json<serde_json::Value>), ApiError> {
    check_code(&body.code)?;
    let known = slug.clone();
    read(&state, move |app| app.problem(&known).map(|_| ())).await?;
    queued(
        &state,
        &client,
        Work::Run {
            spec: slug,
            code: body.code,
            cases: body.cases,
        },
    )
}

async fn submit(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(slug): Path<String>,
    Json(body): Json<SubmitBody>,
) -> Result<(StatusCode, Json<serde_json::Value>), ApiError> {
    check_code(&body.code)?;
    let spec = match body.follow_up.filter(|f| !f.is_empty()) {
        Some(f) => format!("{slug}/{f}"),
        None => slug,
    };
    let known = spec.clone();
    read(&state, move |app| app.target(&known).map(|_| ())).await?;
    queued(
        &state,
        &client,
        Work::Submit {
            spec,
            code: body.code,
            find_slow_input: body.find_slow_input,
        },
    )
}

/// Job `id` of `client`'s; another session's is "not found" like one that never was.
fn find_job(state: &AppState, client: &Client, id: &str) -> Result<Arc<jobs::Job>, ApiError> {
    let job = session::well_formed(id)
        .then(|| state.queue.job(id, client))
        .flatten();
    job.ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no job {id} of this browser's (finished jobs are kept for a while only)"),
        )
    })
}

async fn job(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(id): Path<String>,
) -> ApiResult<serde_json::Value> {
    let job = find_job(&state, &client, &id)?;
    let events = job.events_from(0);
    Ok(Json(serde_json::json!({
        "job": id,
        "finished": job.finished(),
        "events": events,
    })))
}

async fn job_events(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(id): Path<String>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let job = find_job(&state, &client, &id)?;
    let mut version = job.subscribe();
    let stream = async_stream(move |tx| async move {
        let mut seen = 0;
        loop {
            let events = job.events_from(seen);
            seen += events.len();
            for e in &events {
                let data = serde_json::to_string(e).unwrap_or_else(|_| "{}".into());
                if tx
                    .send(Event::default().event("job").data(data))
                    .await
                    .is_err()
                {
                    return;
                }
                if e.is_final() {
                    return;
                }
            }
            if version.changed().await.is_err() {
                return;
            }
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

/// A stream fed by a task: `body` sends items until it returns.
fn async_stream<F, Fut>(body: F) -> impl Stream<Item = Result<Event, Infallible>>
where
    F: FnOnce(tokio::sync::mpsc::Sender<Event>) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let (tx, rx) = tokio::sync::mpsc::channel(64);
    tokio::spawn(body(tx));
    futures_util::StreamExt::map(tokio_stream::wrappers::ReceiverStream::new(rx), Ok)
}

async fn review(State(state): State<AppState>) -> ApiResult<onsite_app::ReviewQueue> {
    read(&state, |app| app.review_queue()).await.map(Json)
}

async fn plan(State(state): State<AppState>) -> ApiResult<onsite_app::PlanReport> {
    read(&state, |app| app.plan(None)).await.map(Json)
}

#[derive(Debug, Deserialize)]
struct PlanBody {
    #[serde(default)]
    core: bool,
    weeks: Option<u32>,
    per_week: Option<u32>,
    level: Option<String>,
}

async fn set_plan(
    State(state): State<AppState>,
    Json(body): Json<PlanBody>,
) -> ApiResult<onsite_app::PlanReport> {
    let choice = match (body.core, body.weeks) {
        (true, _) | (false, None) => PlanChoice::Core,
        (false, Some(weeks)) => {
            let level = match body.level.as_deref() {
                None => Level::Intermediate,
                Some(l) => Level::parse(l).ok_or_else(|| {
                    ApiError::new(
                        StatusCode::BAD_REQUEST,
                        format!("unknown level `{l}`; expected beginner, intermediate or refresh"),
                    )
                })?,
            };
            if !(1..=104).contains(&weeks) {
                return Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "weeks must be 1 to 104",
                ));
            }
            PlanChoice::Target(PlanSpec {
                weeks,
                sessions_per_week: body.per_week.unwrap_or(5).clamp(1, 7),
                level,
            })
        }
    };
    read(&state, move |app| app.plan(Some(choice)))
        .await
        .map(Json)
}

async fn stats(State(state): State<AppState>) -> ApiResult<onsite_app::StatsReport> {
    read(&state, |app| app.stats()).await.map(Json)
}

#[derive(Debug, Deserialize)]
struct ActivityQuery {
    days: Option<u32>,
}

async fn activity(
    State(state): State<AppState>,
    Query(q): Query<ActivityQuery>,
) -> ApiResult<Vec<onsite_app::DayActivity>> {
    let days = q.days.unwrap_or(182).clamp(1, 730);
    read(&state, move |app| app.activity(days)).await.map(Json)
}

// ---------- mock interviews ----------
//
// An interview in progress is plain data (`MockInterview`) kept here between requests; each
// step takes it out, lets the app advance it on a reading app, and puts it back.

#[derive(Debug, Deserialize)]
struct MockBody {
    slug: Option<String>,
}

fn mock_json(id: u64, m: &onsite_app::MockInterview) -> serde_json::Value {
    let mut v = serde_json::to_value(m).unwrap_or_default();
    v["id"] = serde_json::json!(id);
    // The follow-up stays the interviewer's until its stage.
    if m.stage != onsite_app::practice_model::MockStage::FollowUp {
        v["follow_up"] = serde_json::Value::Null;
    }
    v
}

async fn mock_begin(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Json(body): Json<MockBody>,
) -> ApiResult<serde_json::Value> {
    let slug = body.slug.filter(|s| !s.is_empty());
    let m = read(&state, move |app| {
        app.mock_begin(slug.as_deref(), None, false)
    })
    .await?;
    let id = state
        .next_mock
        .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let json = mock_json(id, &m);
    state
        .mocks
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(id, (client, m));
    Ok(Json(json))
}

/// Take `client`'s interview `id` out, advance it with `f` on a reading app, put it back.
/// Another session's interview is "not found" like one that never was.
async fn with_mock<T: Send + 'static>(
    state: &AppState,
    client: &Client,
    id: u64,
    f: impl FnOnce(&mut App, &mut onsite_app::MockInterview) -> Result<T, AppError> + Send + 'static,
) -> Result<(T, serde_json::Value), ApiError> {
    let m = {
        let mut mocks = state.mocks.lock().unwrap_or_else(|p| p.into_inner());
        match mocks.get(&id) {
            Some((owner, _)) if owner == client => mocks.remove(&id).map(|(_, m)| m),
            _ => None,
        }
    }
    .ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no mock interview {id} in progress in this browser (finished, or the server restarted)"),
        )
    })?;
    let mocks = Arc::clone(&state.mocks);
    let owner = client.clone();
    let result = read(state, move |app| {
        let mut m = m;
        let out = f(app, &mut m);
        let json = mock_json(id, &m);
        mocks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(id, (owner, m));
        out.map(|o| (o, json))
    })
    .await?;
    Ok(result)
}

async fn mock_get(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(id): Path<u64>,
) -> ApiResult<serde_json::Value> {
    with_mock(&state, &client, id, |_, _| Ok(()))
        .await
        .map(|(_, m)| Json(m))
}

#[derive(Debug, Deserialize)]
struct AskBody {
    topic: onsite_types::ClarifyTopic,
}

async fn mock_ask(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(id): Path<u64>,
    Json(body): Json<AskBody>,
) -> ApiResult<serde_json::Value> {
    let (answer, m) = with_mock(&state, &client, id, move |app, m| {
        app.mock_ask(m, body.topic)
    })
    .await?;
    Ok(Json(
        serde_json::json!({ "answer": answer, "interview": m }),
    ))
}

#[derive(Debug, Deserialize)]
struct StateBody {
    stage: onsite_app::practice_model::MockStage,
    text: Option<String>,
}

async fn mock_state(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(id): Path<u64>,
    Json(body): Json<StateBody>,
) -> ApiResult<serde_json::Value> {
    let (_, m) = with_mock(&state, &client, id, move |app, m| {
        app.mock_stage(m, body.stage);
        if let Some(text) = body.text.filter(|t| !t.trim().is_empty()) {
            app.mock_state(m, body.stage, &text);
        }
        Ok(())
    })
    .await?;
    Ok(Json(m))
}

async fn mock_run(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(id): Path<u64>,
    Json(body): Json<RunBody>,
) -> ApiResult<serde_json::Value> {
    check_code(&body.code)?;
    let (report, m) = with_mock(&state, &client, id, move |app, m| {
        if !body.cases.is_empty() && m.stage == onsite_app::practice_model::MockStage::Code {
            app.mock_stage(m, onsite_app::practice_model::MockStage::Test);
        }
        app.mock_run(m, Some(body.code), &body.cases)
    })
    .await?;
    Ok(Json(
        serde_json::json!({ "report": report, "interview": m }),
    ))
}

#[derive(Debug, Deserialize)]
struct CodeBody {
    code: String,
}

async fn mock_submit(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(id): Path<u64>,
    Json(body): Json<CodeBody>,
) -> ApiResult<serde_json::Value> {
    check_code(&body.code)?;
    let (report, m) = with_mock(&state, &client, id, move |app, m| {
        use onsite_app::practice_model::MockStage;
        if m.stage == MockStage::Code {
            app.mock_stage(m, MockStage::Test);
        }
        let report = app.mock_submit(m, Some(body.code), &mut |_| {})?;
        if report.report.verdict == onsite_types::Verdict::Accepted
            && m.stage != MockStage::FollowUp
            && m.follow_up.is_some()
        {
            app.mock_stage(m, MockStage::FollowUp);
        }
        Ok(report)
    })
    .await?;
    Ok(Json(
        serde_json::json!({ "report": report, "interview": m }),
    ))
}

async fn mock_hint(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(id): Path<u64>,
) -> ApiResult<serde_json::Value> {
    let (hint, m) = with_mock(&state, &client, id, |app, m| app.mock_hint(m)).await?;
    Ok(Json(serde_json::json!({ "hint": hint, "interview": m })))
}

async fn mock_finish(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    Path(id): Path<u64>,
) -> ApiResult<onsite_app::practice_model::MockReport> {
    let (report, _) = with_mock(&state, &client, id, |app, m| app.mock_finish(m, None)).await?;
    state
        .mocks
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .remove(&id);
    Ok(Json(report))
}

/// The front end's files; any other path that is not under `/api/` gets `index.html`, whose
/// script routes on the client.
async fn asset(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    if path.starts_with("api/") {
        return ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no API route {}", uri.path()),
        )
        .into_response();
    }
    let (file, name) = match ASSETS.get_file(path) {
        Some(f) if !path.is_empty() => (f, path),
        _ => match ASSETS.get_file("index.html") {
            Some(f) => (f, "index.html"),
            None => {
                return (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the web front end was not built into this binary: run `npm ci && npm run build` in web/",
                )
                    .into_response()
            }
        },
    };
    let mime = match name.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    };
    // Hashed file names under assets/ never change; the page itself is always revalidated.
    let cache = if name.starts_with("assets/") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(mime)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        file.contents(),
    )
        .into_response()
}
