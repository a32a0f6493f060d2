//! The judging queue: submissions and runs wait in a bounded queue and are judged by a fixed
//! number of worker threads, each with its own `App` (its own judge), all sharing the server's
//! one history.
//! Every job keeps the log of its events, so a page that subscribes late (or reconnects)
//! replays it from the start; nothing is lost if no one listens.
//!
//! A job's id is 128 random bits ([`crate::session::random_id`]), and the job belongs to the
//! session that queued it: [`Queue::job`] finds it for that session only. One session has at
//! most [`Queue::PER_CLIENT`] jobs waiting or being judged, so one page cannot fill the queue
//! for everyone.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use std::sync::{Arc, Mutex};

use onsite_app::{App, History, Settings};
use serde::Serialize;
use tokio::sync::watch;

use crate::session::Client;

/// What a worker does.
#[derive(Debug, Clone)]
pub enum Work {
    /// Judge on every test and record the attempt.
    Submit {
        /// `slug` or `slug/follow-up`.
        spec: String,
        /// The code.
        code: String,
        /// After a time limit exceeded, look for a small input on which it is slow.
        find_slow_input: bool,
    },
    /// Judge on the examples, or on the given cases; nothing is recorded.
    Run {
        /// The problem.
        spec: String,
        /// The code.
        code: String,
        /// Inputs of the candidate's own (empty: the examples).
        cases: Vec<serde_json::Value>,
    },
}

/// One step of a job, as the page receives it.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum JobEvent {
    /// Waiting; `ahead` jobs are before it.
    Queued {
        /// Jobs ahead in the queue.
        ahead: usize,
    },
    /// Tests are about to run.
    Started {
        /// How many.
        total: usize,
    },
    /// One test finished.
    Test {
        /// 1-based.
        number: usize,
        /// Its verdict (null: skipped).
        verdict: Option<onsite_types::Verdict>,
    },
    /// Measuring how the time grows.
    Measuring {
        /// Sizes at most.
        sizes: usize,
    },
    /// One size measured.
    Measured {
        /// The size.
        n: u64,
    },
    /// Finished: the report (a submit's includes the review note).
    Done {
        /// The report.
        report: serde_json::Value,
    },
    /// onsite could not judge it; the message says why in plain words.
    Failed {
        /// What went wrong.
        message: String,
        /// Whether the request itself was wrong (a bad case, an unknown follow-up).
        usage: bool,
    },
}

impl JobEvent {
    /// Whether it ends the job.
    pub fn is_final(&self) -> bool {
        matches!(self, JobEvent::Done { .. } | JobEvent::Failed { .. })
    }
}

/// A job's log.
#[derive(Debug)]
pub struct Job {
    owner: Client,
    log: Mutex<Vec<JobEvent>>,
    version: watch::Sender<usize>,
}

impl Job {
    fn push(&self, event: JobEvent) {
        let len = {
            let mut log = self.log.lock().unwrap_or_else(|p| p.into_inner());
            log.push(event);
            log.len()
        };
        self.version.send_replace(len);
    }

    /// The events from `from` on.
    pub fn events_from(&self, from: usize) -> Vec<JobEvent> {
        let log = self.log.lock().unwrap_or_else(|p| p.into_inner());
        log.get(from..)
            .map(<[JobEvent]>::to_vec)
            .unwrap_or_default()
    }

    /// Wait until the log is longer than `seen`.
    pub fn subscribe(&self) -> watch::Receiver<usize> {
        self.version.subscribe()
    }

    /// Whether it finished.
    pub fn finished(&self) -> bool {
        let log = self.log.lock().unwrap_or_else(|p| p.into_inner());
        log.last().is_some_and(JobEvent::is_final)
    }
}

/// The queue and the jobs.
pub struct Queue {
    sender: Mutex<Option<std::sync::mpsc::SyncSender<(String, Work)>>>,
    jobs: Mutex<HashMap<String, Arc<Job>>>,
    waiting: Arc<AtomicU64>,
    workers: Mutex<Vec<std::thread::JoinHandle<()>>>,
}

/// Why a job was not queued.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    /// The queue is full.
    #[error("the judge has {0} submissions waiting; try again in a moment")]
    Full(usize),
    /// This session has as many jobs waiting or being judged as it may.
    #[error("you have {0} runs or submissions waiting or being judged, the most one browser may have; wait for one to finish, then send this again")]
    TooMany(usize),
    /// No id could be made.
    #[error("onsite could not make an id for this job: the operating system gave no random bytes")]
    NoId,
}

impl Queue {
    /// Most jobs waiting before new ones are refused.
    pub const CAPACITY: usize = 256;
    /// Most jobs one session may have waiting or being judged.
    pub const PER_CLIENT: usize = 4;
    /// Finished jobs kept for late readers.
    const KEEP_FINISHED: usize = 1024;

    /// Start `workers` threads judging with `settings`, recording into `history`.
    pub fn start(settings: &Settings, workers: usize, history: History) -> Arc<Queue> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<(String, Work)>(Self::CAPACITY);
        let rx = Arc::new(Mutex::new(rx));
        let queue = Arc::new(Queue {
            sender: Mutex::new(Some(tx)),
            jobs: Mutex::new(HashMap::new()),
            waiting: Arc::new(AtomicU64::new(0)),
            workers: Mutex::new(Vec::new()),
        });
        for i in 0..workers.max(1) {
            let rx = Arc::clone(&rx);
            // A worker lives as long as the server: its judge keeps processes warm.
            let settings = Settings {
                keep_warm: true,
                ..settings.clone()
            };
            let q = Arc::downgrade(&queue);
            let waiting = Arc::clone(&queue.waiting);
            let history = history.clone();
            let handle = std::thread::Builder::new()
                .name(format!("judge-{i}"))
                .spawn(move || {
                    let mut app = match App::open(settings) {
                        Ok(app) => {
                            let mut app = app.with_history(history);
                            if let Err(e) = app.prewarm() {
                                tracing::warn!(error = %e, "a judge worker could not start warm processes");
                            }
                            Some(app)
                        }
                        Err(e) => {
                            tracing::error!(error = %e, "a judge worker could not open the app");
                            None
                        }
                    };
                    loop {
                        let next = rx.lock().unwrap_or_else(|p| p.into_inner()).recv();
                        let Ok((id, work)) = next else { return };
                        waiting.fetch_sub(1, Ordering::SeqCst);
                        let Some(queue) = q.upgrade() else { return };
                        let Some(job) = queue.get(&id) else { continue };
                        match app.as_mut() {
                            Some(app) => run(app, &work, &job),
                            None => job.push(JobEvent::Failed {
                                message: "the judge could not start; see the server's log".into(),
                                usage: false,
                            }),
                        }
                    }
                });
            match handle {
                Ok(h) => queue
                    .workers
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(h),
                Err(e) => tracing::error!(error = %e, "could not start a judge worker"),
            }
        }
        queue
    }

    /// Queue `owner`'s work; returns its id.
    pub fn submit(&self, owner: &Client, work: Work) -> Result<String, Refused> {
        let id = crate::session::random_id().ok_or(Refused::NoId)?;
        let (version, _) = watch::channel(0);
        let job = Arc::new(Job {
            owner: owner.clone(),
            log: Mutex::new(Vec::new()),
            version,
        });
        let ahead = self.waiting.load(Ordering::SeqCst) as usize;
        job.push(JobEvent::Queued { ahead });
        {
            let mut jobs = self.jobs.lock().unwrap_or_else(|p| p.into_inner());
            let open = jobs
                .values()
                .filter(|j| j.owner == *owner && !j.finished())
                .count();
            if open >= Self::PER_CLIENT {
                return Err(Refused::TooMany(open));
            }
            if jobs.len() > Self::KEEP_FINISHED {
                jobs.retain(|_, j| !j.finished());
            }
            jobs.insert(id.clone(), Arc::clone(&job));
        }
        let sender = self.sender.lock().unwrap_or_else(|p| p.into_inner());
        let sent = match sender.as_ref() {
            Some(tx) => {
                self.waiting.fetch_add(1, Ordering::SeqCst);
                tx.try_send((id.clone(), work)).map_err(|_| {
                    self.waiting.fetch_sub(1, Ordering::SeqCst);
                })
            }
            None => Err(()),
        };
        if sent.is_err() {
            self.jobs
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&id);
            return Err(Refused::Full(ahead));
        }
        Ok(id)
    }

    /// A job by id, for the session that queued it (for any other: `None`, as for an id that
    /// never was).
    pub fn job(&self, id: &str, owner: &Client) -> Option<Arc<Job>> {
        self.get(id).filter(|j| j.owner == *owner)
    }

    fn get(&self, id: &str) -> Option<Arc<Job>> {
        self.jobs
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(id)
            .cloned()
    }

    /// Stop taking work and wait until every queued job is judged and recorded.
    pub fn drain(&self) {
        self.sender.lock().unwrap_or_else(|p| p.into_inner()).take();
        let workers: Vec<_> = self
            .workers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .drain(..)
            .collect();
        let me = std::thread::current().id();
        for w in workers {
            // A worker can hold the last reference for a moment (see `run`'s loop).
            if w.thread().id() != me {
                let _ = w.join();
            }
        }
    }
}

impl Drop for Queue {
    /// The workers end with the queue, and are waited for: what they hold (warm processes,
    /// with their cgroups and directories) is cleaned up before the server's process can exit.
    fn drop(&mut self) {
        self.drain();
    }
}

fn run(app: &mut App, work: &Work, job: &Job) {
    let mut on_event = |e: &onsite_judge::JudgeEvent| {
        job.push(match e {
            onsite_judge::JudgeEvent::Started { total } => JobEvent::Started { total: *total },
            onsite_judge::JudgeEvent::TestFinished { number, verdict } => JobEvent::Test {
                number: *number,
                verdict: *verdict,
            },
            onsite_judge::JudgeEvent::Measuring { sizes } => JobEvent::Measuring { sizes: *sizes },
            onsite_judge::JudgeEvent::Measured { n } => JobEvent::Measured { n: *n },
        });
    };
    let result = match work {
        Work::Submit {
            spec,
            code,
            find_slow_input,
        } => {
            // Asked for per submission; the worker's app serves every other one without it.
            app.set_slow_counterexample(*find_slow_input);
            let report = app.submit_source(spec, "solution.py", code.clone(), None, &mut on_event);
            app.set_slow_counterexample(false);
            report.map(|r| serde_json::to_value(&r))
        }
        Work::Run { spec, code, cases } if cases.is_empty() => app
            .judge_source(
                spec,
                "solution.py",
                code.clone(),
                onsite_judge::Scope::Examples,
                &mut on_event,
            )
            .map(|r| serde_json::to_value(&r)),
        Work::Run { spec, code, cases } => app
            .run_source_cases(spec, "solution.py", code.clone(), cases, &mut on_event)
            .map(|r| serde_json::to_value(&r)),
    };
    job.push(match result {
        Ok(Ok(report)) => JobEvent::Done { report },
        Ok(Err(e)) => {
            tracing::error!(error = %e, "a report could not be serialised");
            JobEvent::Failed {
                message: "the report could not be written; see the server's log".into(),
                usage: false,
            }
        }
        Err(e) => {
            let usage = e.is_usage();
            // The whole chain: "could not start python3: Resource temporarily unavailable"
            // tells the user what to fix; the top line alone does not.
            let mut chain = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(cause) = source {
                chain.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            if !usage {
                tracing::error!(error = %chain, "judging failed");
            }
            JobEvent::Failed {
                message: chain,
                usage,
            }
        }
    });
}
