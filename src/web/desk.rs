//! The desk's shared state: the store, the configuration in force (reloaded after an admin's
//! change), the clock and the login limiter.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use super::auth;
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

    /// A change made on the desk: the new configuration in force here, and a running daemon
    /// told to reload its own.
    pub fn changed(&self, l: Loaded) {
        self.set_loaded(l);
        if let Some(tx) = &self.reload {
            let _ = tx.try_send(());
        }
    }
}
