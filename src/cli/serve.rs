//! `zvit serve [--listen ADDR]`: the coordinators' web desk alone, until SIGTERM or SIGINT.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use anyhow::{Context as _, Result, bail};

use super::env::Env;

pub fn run(env: Env, listen: Option<SocketAddr>) -> Result<ExitCode> {
    let web = env.config.web.as_ref();
    let Some(listen) = listen.or_else(|| web.and_then(|w| w.listen)) else {
        bail!(
            "{}: [web] listen is not set (e.g. listen = \"127.0.0.1:8080\"), nor --listen",
            env.config_file.display()
        );
    };
    let loaded = zvit::web::Loaded::new(env.config, (*env.plan).clone(), &env.store)?;
    let store = Arc::new(Mutex::new(env.store));
    let desk = Arc::new(zvit::web::Desk::new(
        store,
        env.config_file,
        loaded,
        env.clock,
        None,
    ));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .with_context(|| format!("listening on {listen}"))?;
        println!("zvit desk: http://{}/", listener.local_addr()?);
        let shutdown = tokio_util::sync::CancellationToken::new();
        let stop = shutdown.clone();
        tokio::spawn(async move {
            use tokio::signal::unix::{SignalKind, signal};
            if let (Ok(mut term), Ok(mut int)) = (
                signal(SignalKind::terminate()),
                signal(SignalKind::interrupt()),
            ) {
                tokio::select! { _ = term.recv() => {}, _ = int.recv() => {} }
            }
            stop.cancel();
        });
        zvit::web::serve(desk, listener, shutdown).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
