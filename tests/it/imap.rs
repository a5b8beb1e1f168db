//! `zvit run` against the real Dovecot and Postfix that tests/run.sh starts. Ignored by a
//! bare `cargo test`; tests/run.sh runs them with --include-ignored.

use std::time::{Duration, Instant};

use super::stack::{self, Daemon};

const LIMIT: Duration = Duration::from_secs(60);

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn idle_delivery_is_stored_and_latency_measured() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("t1"));
    let dir = tempfile::tempdir().unwrap();
    // A long poll interval: only IDLE can make this fast.
    let config = stack::config(dir.path(), "t1", "poll_secs = 600\n");
    let daemon = Daemon::start(&config);
    daemon.wait_for(LIMIT, false, |l| {
        l.contains("IMAP connected") && l.contains("idle=true")
    });
    let mut samples = Vec::new();
    for n in 0..5 {
        // Send only once zvit waits in IDLE, so the figure is the push path.
        daemon.wait_for(LIMIT, false, |l| l.contains("IDLE: waiting"));
        let started = Instant::now();
        stack::smtp_send("t1", &stack::report_mail(n, "idle"));
        let line = daemon.wait_for(LIMIT, true, |l| l.starts_with(&format!("<idle-{n}@")));
        samples.push(started.elapsed());
        assert!(line.contains("rda-bobrovytsia (address"), "{line}");
        assert!(line.contains("2 items (2 mapped)"), "{line}");
    }
    // `status` and `export` work while the daemon runs.
    let status = stack::zvit(&config, &["status", "--period", "1"]);
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(String::from_utf8_lossy(&status.stdout).contains("intake last_poll_ok"));
    let export = stack::zvit(&config, &["export", "--format", "json", "--all"]);
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let status = daemon.stop();
    assert!(status.success(), "{status:?}");
    samples.sort();
    let median = samples[samples.len() / 2];
    stack::figure(
        "imap-idle-latency",
        &format!(
            "delivery-to-stored latency with IDLE (SMTP → Postfix → Dovecot → zvit → SQLite), 5 mails: median {} ms, max {} ms",
            median.as_millis(),
            samples.last().unwrap().as_millis()
        ),
    );
    assert_eq!(stack::stored(dir.path()), 5);
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn without_idle_mail_arrives_within_a_poll_interval() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("t2"));
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(dir.path(), "t2", "idle = false\npoll_secs = 2\n");
    let daemon = Daemon::start(&config);
    daemon.wait_for(LIMIT, false, |l| {
        l.contains("IMAP connected") && l.contains("idle=false")
    });
    let started = Instant::now();
    stack::smtp_send("t2", &stack::report_mail(1, "poll"));
    daemon.wait_for(LIMIT, true, |l| l.starts_with("<poll-1@"));
    let took = started.elapsed();
    assert!(daemon.stop().success());
    stack::figure(
        "imap-poll-latency",
        &format!(
            "delivery-to-stored latency without IDLE, poll_secs = 2: {} ms",
            took.as_millis()
        ),
    );
    assert_eq!(stack::stored(dir.path()), 1);
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn backlog_of_1000_is_ingested_exactly_once() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("t3"));
    let mails: Vec<Vec<u8>> = (0..1000)
        .map(|n| stack::report_mail(n, "backlog"))
        .collect();
    rt.block_on(stack::append("t3", "INBOX", &mails));
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(dir.path(), "t3", "batch_size = 100\n");
    let started = Instant::now();
    let daemon = Daemon::start(&config);
    daemon.wait_for_stored(1000, LIMIT);
    let took = started.elapsed();
    assert!(daemon.stop().success());
    assert_eq!(stack::stored(dir.path()), 1000);
    assert_eq!(stack::distinct(dir.path()), 1000);
    // Started again: nothing new, nothing doubled.
    let out = stack::zvit(&config, &["run", "--once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).trim().is_empty());
    assert_eq!(stack::stored(dir.path()), 1000);
    // Every message flagged, none removed from the mailbox.
    let flags = rt.block_on(stack::flags("t3", "INBOX"));
    assert_eq!(flags.len(), 1000);
    assert!(flags.iter().all(
        |(_, f)| f.iter().any(|x| x.contains("Seen")) && f.iter().any(|x| x.contains("$zvit"))
    ));
    stack::figure(
        "imap-backlog",
        &format!(
            "1,000-message IMAP backlog stored, analysed and flagged in {:.1} s",
            took.as_secs_f64()
        ),
    );
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn dovecot_restart_is_survived_and_nothing_is_missed() {
    let _g = stack::exclusive();
    let rt = stack::runtime();
    rt.block_on(stack::reset("t4"));
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(dir.path(), "t4", "poll_secs = 5\ntimeout_secs = 10\n");
    let daemon = Daemon::start(&config);
    daemon.wait_for(LIMIT, false, |l| l.contains("IMAP connected"));
    stack::smtp_send("t4", &stack::report_mail(1, "restart"));
    daemon.wait_for(LIMIT, true, |l| l.starts_with("<restart-1@"));
    let stopped = stack::stop_for_a_while("dovecot");
    // Postfix keeps this one queued while Dovecot is down.
    stack::smtp_send("t4", &stack::report_mail(2, "restart"));
    daemon.wait_for(LIMIT, false, |l| l.contains("Intake failed; retrying"));
    drop(stopped);
    stack::postfix_flush();
    daemon.wait_for(Duration::from_secs(120), true, |l| {
        l.starts_with("<restart-2@")
    });
    let log_file = daemon.log.clone();
    assert!(daemon.stop().success());
    let log = std::fs::read_to_string(log_file).unwrap();
    assert!(
        log.matches("IMAP connected").count() >= 2,
        "no reconnect in the log"
    );
    assert_eq!(stack::stored(dir.path()), 2);
    // The failure was recorded for `zvit status`.
    let status = stack::zvit(&config, &["status"]);
    let text = String::from_utf8_lossy(&status.stdout);
    assert!(text.contains("intake last_error"), "{text}");
    assert!(text.contains("intake last_poll_ok"), "{text}");
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn recreated_mailbox_with_new_uidvalidity_doubles_nothing() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("t5"));
    // A Cyrillic folder name also exercises modified UTF-7.
    let folder_utf7 = "&BBcEMgRWBEIEOA-"; // "Звіти"
    let first: Vec<Vec<u8>> = (0..3).map(|n| stack::report_mail(n, "uidv")).collect();
    rt.block_on(stack::append("t5", folder_utf7, &first));
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(dir.path(), "t5", "mailbox = \"Звіти\"\n");
    let out = stack::zvit(&config, &["run", "--once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
    // Recreate the folder with the same mail and one more: a new UIDVALIDITY.
    rt.block_on(async {
        let mut s = stack::imap("t5").await;
        s.delete(folder_utf7).await.unwrap();
        s.logout().await.unwrap();
    });
    let mut again = first.clone();
    again.push(stack::report_mail(3, "uidv"));
    rt.block_on(stack::append("t5", folder_utf7, &again));
    let out = stack::zvit(&config, &["run", "--once"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("UIDVALIDITY changed"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.starts_with("<uidv-3@"), "{stdout}");
    assert_eq!(stack::stored(dir.path()), 4);
    assert_eq!(stack::distinct(dir.path()), 4);
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn processed_and_review_folders_are_opt_in_and_nothing_is_deleted() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("t6"));
    let unknown = b"From: stranger@example.com\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Offer\r\nDate: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <offer-1@example.com>\r\n\r\nCheap websites.\r\n".to_vec();
    rt.block_on(stack::append(
        "t6",
        "INBOX",
        &[stack::report_mail(1, "moves"), unknown.clone()],
    ));
    // Default: flagged, left in place.
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(dir.path(), "t6", "");
    assert!(stack::zvit(&config, &["run", "--once"]).status.success());
    let flags = rt.block_on(stack::flags("t6", "INBOX"));
    assert_eq!(
        flags.len(),
        2,
        "the mailbox must never be emptied by default"
    );
    assert!(
        flags
            .iter()
            .all(|(_, f)| f.iter().any(|x| x.contains("Seen"))
                && f.iter().any(|x| x.contains("$zvit"))),
        "{flags:?}"
    );

    // Opt-in moves (folders created when missing, Cyrillic names included).
    rt.block_on(stack::reset("t6"));
    rt.block_on(stack::append(
        "t6",
        "INBOX",
        &[stack::report_mail(2, "moves"), unknown],
    ));
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(
        dir.path(),
        "t6",
        "processed_folder = \"Оброблено\"\nreview_folder = \"На розгляд\"\n",
    );
    let out = stack::zvit(&config, &["run", "--once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(rt.block_on(stack::flags("t6", "INBOX")).len(), 0);
    assert_eq!(
        rt.block_on(stack::flags(
            "t6",
            &zvit::edge::imap::mailbox_utf7("Оброблено")
        ))
        .len(),
        1
    );
    assert_eq!(
        rt.block_on(stack::flags(
            "t6",
            &zvit::edge::imap::mailbox_utf7("На розгляд")
        ))
        .len(),
        1
    );
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn sigterm_in_a_backlog_exits_0_and_the_restart_continues() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("t7"));
    let mails: Vec<Vec<u8>> = (0..600).map(|n| stack::report_mail(n, "term")).collect();
    rt.block_on(stack::append("t7", "INBOX", &mails));
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(dir.path(), "t7", "batch_size = 5\n");
    let daemon = Daemon::start(&config);
    daemon.wait_for_stored(5, LIMIT);
    let status = daemon.stop();
    assert!(status.success(), "SIGTERM must give exit 0, got {status:?}");
    let first = stack::stored(dir.path());
    assert!(first >= 5);
    let out = stack::zvit(&config, &["run", "--once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stack::stored(dir.path()), 600);
    assert_eq!(stack::distinct(dir.path()), 600);
    stack::figure(
        "imap-sigterm",
        &format!(
            "SIGTERM during a 600-message backlog: {first} stored before exit 0, the other {} after the restart, none twice",
            600 - first
        ),
    );
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn tls_with_the_test_ca_works_and_an_untrusted_certificate_fails_clearly() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("t8"));
    rt.block_on(stack::append(
        "t8",
        "INBOX",
        &[stack::report_mail(1, "tls")],
    ));
    let ca = stack::ca_file();
    let dir = tempfile::tempdir().unwrap();
    let implicit = stack::config(
        dir.path(),
        "t8",
        &format!(
            "port = {}\ntls = \"implicit\"\nca_file = \"{}\"\n",
            stack::IMAPS_PORT,
            ca.display()
        ),
    );
    let out = stack::zvit(&implicit, &["run", "--once"]);
    assert!(
        out.status.success(),
        "implicit TLS: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stack::stored(dir.path()), 1);
    let mut logs = String::from_utf8_lossy(&out.stderr).to_string();

    let dir2 = tempfile::tempdir().unwrap();
    let starttls = stack::config(
        dir2.path(),
        "t8",
        &format!("tls = \"starttls\"\nca_file = \"{}\"\n", ca.display()),
    );
    let out = stack::zvit(&starttls, &["run", "--once"]);
    assert!(
        out.status.success(),
        "STARTTLS: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stack::stored(dir2.path()), 1);
    logs.push_str(&String::from_utf8_lossy(&out.stderr));

    let dir3 = tempfile::tempdir().unwrap();
    let untrusted = stack::config(
        dir3.path(),
        "t8",
        &format!("port = {}\ntls = \"implicit\"\n", stack::IMAPS_PORT),
    );
    let out = stack::zvit(&untrusted, &["run", "--once"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("TLS with 127.0.0.1 failed") && err.to_lowercase().contains("certificate"),
        "{err}"
    );
    logs.push_str(&err);

    // The password never appears in any log, even at trace level.
    assert!(
        logs.contains("TRACE") || logs.contains("DEBUG") || logs.contains("INFO"),
        "logging was not on"
    );
    assert!(
        !logs.contains(stack::PASSWORD),
        "the password leaked into the logs"
    );
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn sighup_reloads_and_a_bad_config_is_refused() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("t9"));
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(dir.path(), "t9", "idle = false\npoll_secs = 1\n");
    let daemon = Daemon::start(&config);
    daemon.wait_for(LIMIT, false, |l| l.contains("IMAP connected"));
    let good = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        good.replace("poll_secs = 1", "poll_secs = 1\nbogus_key = 2"),
    )
    .unwrap();
    daemon.signal(libc::SIGHUP);
    let line = daemon.wait_for(LIMIT, false, |l| l.contains("keeping the old one"));
    assert!(line.contains("bogus_key"), "{line}");
    // Still working with the old config.
    stack::smtp_send("t9", &stack::report_mail(1, "hup"));
    daemon.wait_for(LIMIT, true, |l| l.starts_with("<hup-1@"));
    std::fs::write(&config, good.replace("poll_secs = 1", "poll_secs = 2")).unwrap();
    daemon.signal(libc::SIGHUP);
    daemon.wait_for(LIMIT, false, |l| l.contains("Configuration reloaded"));
    stack::smtp_send("t9", &stack::report_mail(2, "hup"));
    daemon.wait_for(LIMIT, true, |l| l.starts_with("<hup-2@"));
    assert!(daemon.stop().success());
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn failing_intake_alerts_the_admin_once_and_shows_in_status() {
    let _g = stack::shared();
    let dir = tempfile::tempdir().unwrap();
    // Nothing listens on this port: every connection attempt fails.
    let config = stack::config(dir.path(), "t10", "port = 10999\ntimeout_secs = 2\n");
    let daemon = Daemon::start(&config);
    let alert = daemon.wait_for(Duration::from_secs(90), false, |l| l.contains("ALERT"));
    assert!(alert.contains("admin@example.test"), "{alert}");
    assert!(daemon.stop().success());
    let text = String::from_utf8_lossy(&stack::zvit(&config, &["status"]).stdout).to_string();
    assert!(
        text.contains("intake alert") && text.contains("intake last_error"),
        "{text}"
    );
    let log = std::fs::read_to_string(
        dir.path()
            .join(format!("config/zvit-{}.log", std::process::id())),
    )
    .unwrap_or_default();
    assert_eq!(log.matches("ALERT").count(), 1, "one alert per incident");
    // And one alert mail to the admins, through the outbox.
    let outbox = String::from_utf8_lossy(&stack::zvit(&config, &["outbox"]).stdout).to_string();
    assert_eq!(outbox.matches(" alert ").count(), 1, "{outbox}");
    assert!(outbox.contains("admin@example.test"), "{outbox}");
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn a_server_that_stops_answering_is_detected_and_replaced() {
    let _g = stack::shared();
    // A server that accepts connections and never says a word.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in silent.incoming().flatten() {
            held.push(conn);
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(
        dir.path(),
        "t11",
        &format!("port = {port}\ntimeout_secs = 1\n"),
    );
    let daemon = Daemon::start(&config);
    let first = daemon.wait_for(LIMIT, false, |l| {
        l.contains("did not answer the greeting in time")
    });
    assert!(first.contains("Intake failed; retrying"), "{first}");
    // And it keeps trying (a new connection, not a hang on the old one).
    daemon.wait_for(LIMIT, false, |l| {
        l.contains("did not answer the greeting in time")
    });
    assert!(daemon.stop().success());
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn a_message_over_the_size_limit_is_kept_as_headers_with_too_large() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("exec3"));
    // 60 KB of body against a 20 KB limit, then a normal report.
    let big = format!(
        "From: Бобровицька РДА <rda-bobrovytsia@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\n\
         Subject: big one\r\nDate: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <big-1@example.gov.ua>\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{}",
        "6. Проведено консультації з громадськістю.\r\n".repeat(1000)
    )
    .into_bytes();
    assert!(big.len() > 60_000);
    rt.block_on(stack::append(
        "exec3",
        "INBOX",
        &[big, stack::report_mail(1, "after-big")],
    ));
    let dir = tempfile::tempdir().unwrap();
    let config = stack::config(
        dir.path(),
        "exec3",
        "\n[limits]\nmax_message_bytes = 20000\n",
    );
    let out = stack::zvit(&config, &["run", "--once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = rusqlite::Connection::open(dir.path().join("var/zvit.db")).unwrap();
    let (raw, code, subject): (Vec<u8>, Option<String>, String) = conn
        .query_row(
            "SELECT m.raw, a.reason_code, a.subject FROM message m JOIN analysis a ON a.message = m.id
             WHERE m.message_id = 'big-1@example.gov.ua'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert!(raw.len() < 20_000, "only the headers: {} bytes", raw.len());
    assert!(
        raw.starts_with(b"X-Zvit-Too-Large: "),
        "{}",
        String::from_utf8_lossy(&raw)
    );
    let body = "консультації".as_bytes();
    assert!(
        !raw.windows(body.len()).any(|w| w == body),
        "no body is kept"
    );
    assert_eq!(code.as_deref(), Some("too_large"));
    assert_eq!(subject, "big one");
    // The next, normal message is analysed with its items.
    let items: i64 = conn
        .query_row(
            "SELECT count(*) FROM item i JOIN message m ON m.id = i.message
             WHERE m.message_id = 'after-big-1@example.gov.ua' AND i.measure IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(items, 2);
    // Both flagged like any other; the admin sees the big one in review and status.
    let flags = rt.block_on(stack::flags("exec3", "INBOX"));
    assert_eq!(flags.len(), 2);
    assert!(
        flags
            .iter()
            .all(|(_, f)| f.iter().any(|x| x.contains("Seen"))),
        "{flags:?}"
    );
    let review = String::from_utf8(stack::zvit(&config, &["review"]).stdout).unwrap();
    assert!(
        review.contains("<big-1@example.gov.ua>  too large, not read"),
        "{review}"
    );
    let status =
        String::from_utf8(stack::zvit(&config, &["status", "--period", "1"]).stdout).unwrap();
    assert!(
        status.contains("messages waiting for review: 1"),
        "{status}"
    );
    // The admins are told once, by mail through the outbox.
    let alerts: i64 = conn
        .query_row(
            "SELECT count(*) FROM outbox WHERE key = 'alert:too-large:big-1@example.gov.ua' \
             AND recipients = 'admin@example.test'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(alerts, 1);
}
