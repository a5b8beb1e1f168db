//! The intake's health: the facts `zvit status` shows, the one alert per incident when intake
//! has had no successful poll for `stale_alert_secs`, and the backoff between failed passes.

use std::hash::BuildHasher;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

use crate::Clock;
use crate::edge::store::Store;
use crate::outgoing::respond::Mailer;

/// Records a health fact for `zvit status` (on a blocking thread).
pub(super) async fn store_health(
    store: &Arc<Mutex<Store>>,
    key: &'static str,
    value: &str,
    clock: Clock,
) {
    let store = store.clone();
    let value = value.to_string();
    let _ = tokio::task::spawn_blocking(move || {
        if let Ok(s) = store.lock() {
            let _ = s.set_health(key, &value, clock.now());
        }
    })
    .await;
}

/// The intake's health as recorded for `zvit status`, and the one-per-incident alert.
/// The intake's health. Its time is tokio's (`tokio::time::Instant`), so a test with a paused
/// clock drives it.
pub(super) struct Health {
    store: Arc<Mutex<Store>>,
    clock: Clock,
    stale_after: Duration,
    admins: Vec<String>,
    last_ok: Instant,
    alerted: bool,
}

impl Health {
    pub(super) fn new(
        store: Arc<Mutex<Store>>,
        clock: Clock,
        stale_secs: u64,
        admins: Vec<String>,
    ) -> Self {
        Health {
            store,
            clock,
            stale_after: Duration::from_secs(stale_secs),
            admins,
            last_ok: Instant::now(),
            alerted: false,
        }
    }

    pub(super) async fn ok(&mut self) {
        self.last_ok = Instant::now();
        store_health(&self.store, "last_poll_ok", "ok", self.clock).await;
        if self.alerted {
            self.alerted = false;
            tracing::info!("Intake is healthy again");
            let store = self.store.clone();
            let _ = tokio::task::spawn_blocking(move || {
                if let Ok(s) = store.lock() {
                    let _ = s.clear_health("alert");
                }
            })
            .await;
        }
    }

    /// Records a failure; once intake has failed for `stale_alert_secs`, alerts the admins
    /// once per incident: in the log, in `zvit status`, and by mail through the outbox.
    pub(super) async fn failed(&mut self, error: &str, mailer: &Mailer) {
        store_health(&self.store, "last_error", error, self.clock).await;
        if self.alerted || self.last_ok.elapsed() < self.stale_after {
            return;
        }
        self.alerted = true;
        let secs = self.last_ok.elapsed().as_secs();
        let admins = if self.admins.is_empty() {
            "(none configured)".to_string()
        } else {
            self.admins.join(", ")
        };
        let msg =
            format!("no successful poll for {secs} s; last error: {error}; admins told: {admins}");
        tracing::error!(alert = %msg, "ALERT: intake is failing");
        store_health(&self.store, "alert", &msg, self.clock).await;
        if self.admins.is_empty() {
            return;
        }
        let now = self.clock.now();
        let draft = crate::outgoing::respond::alert(&self.admins, secs, error, now);
        match mailer.queue(&draft, now) {
            Ok(queued) => {
                let store = self.store.clone();
                let _ = tokio::task::spawn_blocking(move || {
                    if let Ok(mut s) = store.lock()
                        && let Err(e) = s.enqueue(&queued, now)
                    {
                        tracing::error!(error = %e, "The alert could not be queued");
                    }
                })
                .await;
            }
            Err(e) => tracing::error!(error = %e, "The alert could not be built"),
        }
    }
}

/// Exponential backoff with jitter: 1 s, 2 s, 4 s … up to 5 minutes, each ±20 %.
pub(super) struct Backoff {
    next: Duration,
}

impl Backoff {
    pub(super) fn new() -> Self {
        Backoff {
            next: Duration::from_secs(1),
        }
    }
    pub(super) fn reset(&mut self) {
        self.next = Duration::from_secs(1);
    }
    pub(super) fn next(&mut self) -> Duration {
        let base = self.next;
        self.next = (self.next * 2).min(Duration::from_secs(300));
        let r = std::hash::RandomState::new().hash_one(std::time::Instant::now()) % 1000;
        let factor = 0.8 + 0.4 * (r as f64 / 1000.0);
        base.mul_f64(factor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    use crate::config;

    /// The alerts queued in the outbox and the `alert` health entry.
    fn alerts(store: &Arc<Mutex<Store>>) -> (usize, bool) {
        let s = store.lock().unwrap();
        let queued = s
            .outbox_list(false)
            .unwrap()
            .iter()
            .filter(|r| r.kind == crate::outgoing::compose::MailKind::Alert)
            .count();
        let alert = s.health().unwrap().iter().any(|(k, _, _)| k == "alert");
        (queued, alert)
    }

    #[tokio::test(start_paused = true)]
    async fn a_stalled_intake_alerts_once_after_stale_alert_secs_of_paused_time() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (config, _) = config::load(&repo.join("config/zvit.toml")).unwrap();
        let mailer = Mailer::new(config.mailer()).unwrap();
        let store = Arc::new(Mutex::new(Store::open(&dir.path().join("z.db")).unwrap()));
        let clock = Clock::Fixed("2012-12-10T09:00:00Z".parse().unwrap());
        let mut health = Health::new(
            store.clone(),
            clock,
            3600,
            vec!["admin@example.test".into()],
        );

        health.failed("connection refused", &mailer).await;
        tokio::time::advance(Duration::from_secs(3599)).await;
        health.failed("connection refused", &mailer).await;
        assert_eq!(alerts(&store), (0, false), "not yet stale after 3599 s");

        tokio::time::advance(Duration::from_secs(2)).await;
        health.failed("connection refused", &mailer).await;
        assert_eq!(alerts(&store), (1, true), "stale after 3601 s: one alert");

        tokio::time::advance(Duration::from_secs(7200)).await;
        health.failed("connection refused", &mailer).await;
        assert_eq!(alerts(&store), (1, true), "one alert per incident");

        health.ok().await;
        assert!(!alerts(&store).1, "a successful poll ends the incident");
    }
}
