//! The desk's shared state: the store, the configuration in force (reloaded after an admin's
//! change), the clock, the login limiter and the templates.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use super::auth;
use super::paths::segment;
use crate::Clock;
use crate::analysis::pipeline::Context;
use crate::analysis::plan::Plan;
use crate::config::Config;
use crate::edge::store::Store;

/// What the desk reads its pages from: the config and plan in force, and the analysis
/// context corrections are made with.
pub struct Loaded {
    pub config: Config,
    pub plan: Arc<Plan>,
    pub ctx: Arc<Context>,
}

impl Loaded {
    /// The plan with the addresses people taught zvit, and its context (readers sandboxed).
    pub fn new(
        config: Config,
        plan: Plan,
        store: &Store,
    ) -> Result<Loaded, crate::edge::store::StoreError> {
        let plan = Arc::new(crate::service::decide::plan_with_learned(store, plan)?);
        let mut ctx = Context::from_config(&config, plan.clone());
        crate::edge::sandbox::install(&mut ctx);
        ctx.ocr = crate::edge::ocr::Setup::probe(&config.ocr, false);
        Ok(Loaded {
            config,
            plan,
            ctx: Arc::new(ctx),
        })
    }
}

/// The desk's shared state.
pub struct Desk {
    pub store: Arc<Mutex<Store>>,
    /// The config file admins' changes are written to (and reloaded from).
    pub config_file: PathBuf,
    pub loaded: RwLock<Arc<Loaded>>,
    pub clock: Clock,
    /// Cookies get `Secure` (base_url is https).
    pub secure: bool,
    pub limiter: auth::Limiter,
    /// Tells a running daemon to reload its configuration after an admin's change.
    pub reload: Option<tokio::sync::mpsc::Sender<()>>,
    pub(super) templates: minijinja::Environment<'static>,
}

impl Desk {
    pub fn new(
        store: Arc<Mutex<Store>>,
        config_file: PathBuf,
        loaded: Loaded,
        clock: Clock,
        reload: Option<tokio::sync::mpsc::Sender<()>>,
    ) -> Desk {
        let secure = loaded
            .config
            .web
            .as_ref()
            .and_then(|w| w.base_url.as_deref())
            .is_some_and(|u| u.starts_with("https://"));
        Desk {
            store,
            config_file,
            loaded: RwLock::new(Arc::new(loaded)),
            clock,
            secure,
            limiter: auth::Limiter::default(),
            reload,
            templates: templates(),
        }
    }

    pub fn loaded(&self) -> Arc<Loaded> {
        self.loaded
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn set_loaded(&self, l: Loaded) {
        *self.loaded.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(l);
    }
}

/// The pages' templates with their filters.
fn templates() -> minijinja::Environment<'static> {
    let mut env = minijinja::Environment::new();
    // Names end in .html: minijinja escapes every value for HTML.
    for (name, src) in [
        ("base.html", include_str!("templates/base.html")),
        ("login.html", include_str!("templates/login.html")),
        ("error.html", include_str!("templates/error.html")),
        ("overview.html", include_str!("templates/overview.html")),
        ("executor.html", include_str!("templates/executor.html")),
        ("measure.html", include_str!("templates/measure.html")),
        ("message.html", include_str!("templates/message.html")),
        ("review.html", include_str!("templates/review.html")),
        ("outbox.html", include_str!("templates/outbox.html")),
        ("deadlines.html", include_str!("templates/deadlines.html")),
    ] {
        env.add_template(name, src)
            .expect("the desk's templates are valid");
    }
    env.add_filter("urlpart", |s: String| segment(&s));
    env.add_filter("short", |s: String, n: usize| {
        if s.chars().count() <= n {
            s
        } else {
            format!("{}…", s.chars().take(n).collect::<String>())
        }
    });
    env
}
