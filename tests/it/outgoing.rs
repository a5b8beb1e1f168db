//! Outgoing mail through the real Postfix into the real Dovecot: reminders across a reporting
//! period, downtime, Postfix stopped, the crash window, receipts in their threads, and no answer
//! to auto-replies, bounces, list mail or zvit's own mail. The tests read the mailboxes over
//! IMAP. Ignored by a bare `cargo test`; tests/run.sh runs them.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::stack;

/// A config that sends through Postfix on 127.0.0.1:10025, and a plan in which only the given
/// executors have addresses (test users); every other executor has none, so gets nothing.
pub fn setup(dir: &Path, addresses: &[(&str, &str)], intake_user: Option<&str>) -> PathBuf {
    let config = match intake_user {
        Some(u) => stack::config(dir, u, ""),
        None => {
            let c = stack::config(dir, "t12", "");
            let text = std::fs::read_to_string(&c)
                .unwrap()
                .replace("source = \"imap\"", "source = \"maildir\"");
            std::fs::write(&c, text).unwrap();
            c
        }
    };
    let text = std::fs::read_to_string(&config).unwrap().replace(
        "[outgoing]\ntransport = \"files\"",
        "[smtp]\nhost = \"127.0.0.1\"\nport = 10025\ntls = \"none\"\n[outgoing]\ntransport = \"smtp\"",
    );
    std::fs::write(&config, text).unwrap();
    let plan_path = dir.join("config/plan.toml");
    let plan = std::fs::read_to_string(&plan_path).unwrap();
    let mut out = String::new();
    let mut current = String::new();
    for line in plan.lines() {
        if let Some(id) = line.strip_prefix("id      = \"") {
            current = id.trim_end_matches('"').to_string();
        }
        if line.starts_with("emails  = ") {
            match addresses.iter().find(|(id, _)| *id == current) {
                Some((_, user)) => out.push_str(&format!("emails  = [\"{user}@example.test\"]\n")),
                None => out.push_str("emails  = []\n"),
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    std::fs::write(&plan_path, out).unwrap();
    config
}

/// Subjects of the mail in a user's INBOX, waiting (bounded) until there are `n` of them.
fn inbox(rt: &stack::Rt, user: &str, n: usize) -> Vec<(String, String, String)> {
    inbox_within(rt, user, n, Duration::from_secs(60))
}

/// As [`inbox`], with its own bound (a short one to check that nothing more arrives).
fn inbox_within(
    rt: &stack::Rt,
    user: &str,
    n: usize,
    limit: Duration,
) -> Vec<(String, String, String)> {
    let deadline = Instant::now() + limit;
    loop {
        let got = rt.block_on(headers(user));
        if got.len() >= n || Instant::now() > deadline {
            return got;
        }
        // Postfix hands mail to Dovecot asynchronously; poll the mailbox with a bound.
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// (Subject, In-Reply-To, Message-ID) of every message in a user's INBOX.
pub async fn headers(user: &str) -> Vec<(String, String, String)> {
    use futures::StreamExt;
    let mut s = stack::imap(user).await;
    let mb = s.select("INBOX").await.unwrap();
    let mut out = Vec::new();
    if mb.exists > 0 {
        let fetched: Vec<_> = s
            .fetch("1:*", "BODY.PEEK[HEADER]")
            .await
            .unwrap()
            .collect()
            .await;
        for f in fetched {
            let f = f.unwrap();
            let raw = f.header().unwrap_or_default().to_vec();
            let m = mail_parser::MessageParser::default()
                .parse_headers(&raw)
                .unwrap();
            let irt = match m.in_reply_to() {
                mail_parser::HeaderValue::Text(t) => t.to_string(),
                mail_parser::HeaderValue::TextList(l) => l.join(" "),
                _ => String::new(),
            };
            out.push((
                m.subject().unwrap_or("").to_string(),
                irt,
                m.message_id().unwrap_or("").to_string(),
            ));
        }
    }
    s.logout().await.unwrap();
    out
}

fn zvit_at(config: &Path, now: &str, args: &[&str]) -> String {
    let mut all = vec!["--now", now];
    all.extend_from_slice(args);
    let out = stack::zvit(config, &all);
    assert!(
        out.status.success(),
        "zvit {args:?} at {now}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn report(from: &str, id: &str, date: &str, body: &str) -> Vec<u8> {
    format!(
        "From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: =?UTF-8?B?0JfQstGW0YI=?=\r\nDate: {date}\r\nMessage-ID: <{id}>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

const FULL_RDA: &str = "1. Сайт оновлено.\r\n\r\n6. Проведено консультації.\r\n\r\n7. Залучено до дорадчих органів.\r\n\r\n9. Обговорено проекти розпоряджень.\r\n\r\n10. Рекомендовано створити комісію.\r\n\r\n12. Експертиз не проводилося.";

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn reminders_across_a_period_reach_exactly_those_who_owe() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("r1"));
    rt.block_on(stack::reset("r2"));
    let dir = tempfile::tempdir().unwrap();
    let config = setup(
        dir.path(),
        &[("rda-bobrovytsia", "r1"), ("rda-nizhyn", "r2")],
        None,
    );
    // 7 days before (2012-12-08 is a Saturday, so Friday 12-07 at 09:00): both owe everything.
    let out = zvit_at(&config, "2012-12-07T10:00:00+02:00", &["remind"]);
    assert!(
        out.contains("reminder:1:7:rda-bobrovytsia") && out.contains("reminder:1:7:rda-nizhyn"),
        "{out}"
    );
    // Ніжинська РДА reports in full; Бобровицька sends only measure 1.
    let inbox_dir = dir.path().join("var/inbox/new");
    std::fs::create_dir_all(&inbox_dir).unwrap();
    std::fs::write(
        inbox_dir.join("1.eml"),
        report(
            "r2@example.test",
            "full@r2",
            "Mon, 10 Dec 2012 10:00:00 +0200",
            FULL_RDA,
        ),
    )
    .unwrap();
    std::fs::write(
        inbox_dir.join("2.eml"),
        report(
            "r1@example.test",
            "part@r1",
            "Mon, 10 Dec 2012 11:00:00 +0200",
            "1. Сайт оновлено.",
        ),
    )
    .unwrap();
    zvit_at(&config, "2012-12-10T12:00:00+02:00", &["run", "--once"]);
    // 3 days before and 1 day before: only Бобровицька, which still owes.
    let out = zvit_at(&config, "2012-12-12T10:00:00+02:00", &["remind"]);
    assert!(
        out.contains("reminder:1:3:rda-bobrovytsia") && !out.contains("rda-nizhyn"),
        "{out}"
    );
    let out = zvit_at(&config, "2012-12-14T10:00:00+02:00", &["remind"]);
    assert!(
        out.contains("reminder:1:1:rda-bobrovytsia") && !out.contains("rda-nizhyn"),
        "{out}"
    );
    // Run again at the same time: nothing twice.
    let out = zvit_at(&config, "2012-12-14T11:00:00+02:00", &["remind"]);
    assert!(
        out.contains("no reminders due") || !out.contains("queued"),
        "{out}"
    );
    // The overdue notice the working day after the deadline (Monday 2012-12-17).
    let out = zvit_at(&config, "2012-12-17T10:00:00+02:00", &["remind"]);
    assert!(
        out.contains("overdue:1:rda-bobrovytsia") && !out.contains("rda-nizhyn"),
        "{out}"
    );

    let r1 = inbox(&rt, "r1", 5);
    let r2 = inbox(&rt, "r2", 2);
    // r1: three reminders, one overdue notice, and the receipt for its partial report.
    assert_eq!(r1.len(), 5, "{r1:?}");
    assert_eq!(
        r1.iter()
            .filter(|(s, _, _)| s.starts_with("Нагадування"))
            .count(),
        3,
        "{r1:?}"
    );
    assert_eq!(
        r1.iter()
            .filter(|(s, _, _)| s.starts_with("Термін минув"))
            .count(),
        1,
        "{r1:?}"
    );
    // r2: one reminder before it reported, and the receipt for its report.
    assert_eq!(r2.len(), 2, "{r2:?}");
    assert_eq!(
        r2.iter()
            .filter(|(s, _, _)| s.starts_with("Нагадування"))
            .count(),
        1,
        "{r2:?}"
    );
    let receipt = r2
        .iter()
        .find(|(s, _, _)| s.starts_with("Re:"))
        .expect("a receipt");
    assert!(
        receipt.1.contains("full@r2"),
        "the receipt answers the report: {receipt:?}"
    );
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn after_five_days_down_one_reminder_not_two() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("r3"));
    let dir = tempfile::tempdir().unwrap();
    let config = setup(dir.path(), &[("rda-borzna", "r3")], None);
    // zvit was down from 2012-12-06 to 2012-12-12: the 7-day and 3-day reminders both fell due.
    let out = zvit_at(&config, "2012-12-12T15:00:00+02:00", &["remind"]);
    assert_eq!(out.matches("queued ").count(), 1, "{out}");
    assert!(out.contains("reminder:1:3:rda-borzna"), "{out}");
    let got = inbox(&rt, "r3", 1);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.starts_with("Нагадування"));
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn postfix_stopped_mail_waits_and_goes_once() {
    let _g = stack::exclusive();
    let rt = stack::runtime();
    rt.block_on(stack::reset("r4"));
    let dir = tempfile::tempdir().unwrap();
    let config = setup(dir.path(), &[("rda-ichnia", "r4")], None);
    let stopped = stack::stop_for_a_while("postfix");
    let out = zvit_at(&config, "2012-12-12T10:00:00+02:00", &["remind"]);
    drop(stopped);
    assert!(out.contains("retrying 1"), "{out}");
    let listing = zvit_at(&config, "2012-12-12T10:00:30+02:00", &["outbox"]);
    assert!(
        listing.contains("queued") && listing.contains("reminder:1:3:rda-ichnia"),
        "{listing}"
    );
    // Postfix is back; the retry is due a minute later.
    let out = zvit_at(&config, "2012-12-12T10:05:00+02:00", &["remind"]);
    assert!(out.contains("sent 1"), "{out}");
    let got = inbox(&rt, "r4", 1);
    assert_eq!(got.len(), 1, "{got:?}");
    // Nothing more to send: a second run sends nothing and the mailbox keeps one mail.
    let out = zvit_at(&config, "2012-12-12T10:30:00+02:00", &["remind"]);
    assert!(out.contains("sent 0"), "{out}");
    assert_eq!(inbox_within(&rt, "r4", 2, Duration::from_secs(3)).len(), 1);
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn the_crash_window_is_the_only_way_to_send_twice() {
    let _g = stack::shared();
    let rt = stack::runtime();
    rt.block_on(stack::reset("r5"));
    let dir = tempfile::tempdir().unwrap();
    let config = setup(dir.path(), &[("rda-korop", "r5")], None);
    let out = zvit_at(&config, "2012-12-12T10:00:00+02:00", &["remind"]);
    assert!(out.contains("sent 1"), "{out}");
    // A restart after a recorded send: nothing goes out again.
    let out = zvit_at(&config, "2012-12-12T10:10:00+02:00", &["remind"]);
    assert!(out.contains("sent 0"), "{out}");
    assert_eq!(inbox(&rt, "r5", 1).len(), 1);
    // The window: killed after handing the mail to SMTP, before recording it ("sending").
    let db = rusqlite::Connection::open(dir.path().join("var/zvit.db")).unwrap();
    db.execute("UPDATE outbox SET status = 'sending', sent_ts = NULL", [])
        .unwrap();
    drop(db);
    let out = zvit_at(&config, "2012-12-12T10:20:00+02:00", &["remind"]);
    assert!(out.contains("sent 1"), "{out}");
    let got = inbox(&rt, "r5", 2);
    assert_eq!(got.len(), 2, "{got:?}");
    // Both copies carry the same Message-ID, so mail clients show one.
    assert_eq!(got[0].2, got[1].2);
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn every_report_gets_a_receipt_in_its_thread_and_automatic_mail_gets_none() {
    let _g = stack::exclusive();
    let rt = stack::runtime();
    rt.block_on(stack::reset("office1"));
    rt.block_on(stack::reset("catchall"));
    let fixtures = super::fixtures::fixtures();
    let mails: Vec<Vec<u8>> = fixtures.iter().map(|p| std::fs::read(p).unwrap()).collect();
    rt.block_on(stack::append("office1", "INBOX", &mails));
    let dir = tempfile::tempdir().unwrap();
    // Executors keep their example.gov.ua addresses: Postfix delivers all of them to catchall.
    let config = stack::config(dir.path(), "office1", "");
    let text = std::fs::read_to_string(&config).unwrap().replace(
        "[outgoing]\ntransport = \"files\"",
        "[smtp]\nhost = \"127.0.0.1\"\nport = 10025\ntls = \"none\"\n[outgoing]\ntransport = \"smtp\"",
    );
    std::fs::write(&config, text).unwrap();
    // Before the first reminder date, so only receipts go out.
    zvit_at(&config, "2012-12-01T10:00:00+02:00", &["run", "--once"]);
    let listing = zvit_at(&config, "2012-12-01T10:00:00+02:00", &["outbox"]);
    let expected: Vec<String> = fixtures
        .iter()
        .filter_map(|p| {
            let exp: serde_json::Value =
                serde_json::from_slice(&std::fs::read(p.with_extension("expected.json")).unwrap())
                    .unwrap();
            let mid = zvit::analysis::parse::envelope(&std::fs::read(p).unwrap())
                .message_id
                .unwrap();
            (exp["kind"] == "report" && exp["executor"].is_string() && exp["period"].is_number())
                .then_some(mid)
        })
        .collect();
    let got = inbox(&rt, "catchall", expected.len());
    for mid in &expected {
        assert!(
            got.iter().any(
                |(s, irt, _)| irt.contains(mid.as_str()) && s.to_lowercase().starts_with("re:")
            ),
            "no receipt in the thread of {mid}; outbox:\n{listing}"
        );
    }
    for mid in [
        "fx-auto@example.gov.ua",
        "fx-bounce@cg.ukrtel.net",
        "fx-list@example.org",
        "fx-own@cg.ukrtel.net",
        "fx-spam@example.gov.ua",
        "fx-mdn@example.gov.ua",
        "fx-unknown@example.com",
    ] {
        assert!(
            !got.iter().any(|(_, irt, _)| irt.contains(mid)),
            "{mid} was answered"
        );
        assert!(
            !listing.contains(mid),
            "{mid} has an answer queued:\n{listing}"
        );
    }
    // No automatic mail goes outside the registered addresses and [receipts] answer_domains.
    assert_only_safe_recipients(&config, &dir.path().join("var/zvit.db"));
    // Our own receipts, fetched back as incoming mail, are recognised and never answered.
    let own: Vec<Vec<u8>> = rt.block_on(async {
        use futures::StreamExt;
        let mut s = stack::imap("catchall").await;
        s.select("INBOX").await.unwrap();
        let f: Vec<_> = s.fetch("1:3", "BODY.PEEK[]").await.unwrap().collect().await;
        let v = f
            .into_iter()
            .map(|x| x.unwrap().body().unwrap().to_vec())
            .collect();
        s.logout().await.unwrap();
        v
    });
    for raw in own {
        assert_eq!(
            zvit::analysis::parse::parse(&raw).unwrap().kind,
            zvit::analysis::parse::MessageKind::Own
        );
    }
}

/// Every recipient (To and Cc) of every mail zvit queued.
fn outbox_recipients(db: &Path) -> Vec<(String, String)> {
    let db = rusqlite::Connection::open(db).unwrap();
    let mut stmt = db.prepare("SELECT key, recipients FROM outbox").unwrap();
    stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .flat_map(|(key, rs)| {
            rs.split(',')
                .map(|r| (key.clone(), r.to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The invariant: automatic mail goes only to registered addresses and to addresses in
/// `[receipts] answer_domains` (its default: the domains of the plan's addresses).
fn assert_only_safe_recipients(config: &Path, db: &Path) {
    let (cfg, plan) = zvit::config::load(config).unwrap();
    for (key, r) in outbox_recipients(db) {
        if key.starts_with("digest") || key.starts_with("alert") {
            continue; // to [digest] recipients and [admin] emails, set by the admin
        }
        assert!(
            zvit::outgoing::respond::may_answer(&plan, &cfg.receipts, &r),
            "{key} went to {r}, outside the registered addresses and answer_domains"
        );
    }
}

/// (To and Cc addresses, Subject) of every message in a user's INBOX.
async fn addressees(user: &str) -> Vec<(Vec<String>, String)> {
    use futures::StreamExt;
    let mut s = stack::imap(user).await;
    let mb = s.select("INBOX").await.unwrap();
    let mut out = Vec::new();
    if mb.exists > 0 {
        let fetched: Vec<_> = s
            .fetch("1:*", "BODY.PEEK[HEADER]")
            .await
            .unwrap()
            .collect()
            .await;
        for f in fetched {
            let f = f.unwrap();
            let raw = f.header().unwrap_or_default().to_vec();
            let m = mail_parser::MessageParser::default()
                .parse_headers(&raw)
                .unwrap();
            let mut who = Vec::new();
            for list in [m.to(), m.cc()].into_iter().flatten() {
                who.extend(
                    list.iter()
                        .filter_map(|a| a.address())
                        .map(|a| a.to_lowercase()),
                );
            }
            out.push((who, m.subject().unwrap_or("").to_string()));
        }
    }
    s.logout().await.unwrap();
    out
}

#[test]
#[ignore = "needs the mail stack; run by tests/run.sh"]
fn forged_mail_with_a_hostile_reply_to_gets_nothing_delivered_outside_the_registered_addresses() {
    // Exclusive: every address outside example.test lands in catchall, which must stay empty.
    let _g = stack::exclusive();
    let rt = stack::runtime();
    rt.block_on(stack::reset("exec2"));
    rt.block_on(stack::reset("catchall"));
    let dir = tempfile::tempdir().unwrap();
    let config = setup(dir.path(), &[("rda-bobrovytsia", "exec2")], None);
    let inbox_dir = dir.path().join("var/inbox/new");
    std::fs::create_dir_all(&inbox_dir).unwrap();
    let forged = |n: usize, from: &str, reply_to: &str, subject: &str| {
        let body =
            "6. Проведено консультації. Cheap pills: http://pills.example/buy, www.pills.example";
        let raw = format!(
            "From: <{from}>\r\nReply-To: <{reply_to}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: {subject}\r\n\
             Date: Mon, 10 Dec 2012 10:0{n}:00 +0200\r\nMessage-ID: <forged{n}@evil.example>\r\nMIME-Version: 1.0\r\n\
             Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
        );
        std::fs::write(inbox_dir.join(format!("{n}.eml")), raw).unwrap();
    };
    // The executor named in the subject, the receipt asked for at the spammer's address.
    forged(
        1,
        "spammer@evil.example",
        "spammer@evil.example",
        "Звіт Бобровицької РДА http://pills.example",
    );
    // The executor's own address forged, the receipt asked for at a victim's address.
    forged(2, "exec2@example.test", "victim@elsewhere.example", "Звіт");
    // An unknown sender whose subject says "звіт": no notice to anyone.
    forged(
        3,
        "spammer@evil.example",
        "victim@elsewhere.example",
        "звіт",
    );
    let out = zvit_at(&config, "2012-12-10T12:00:00+02:00", &["run", "--once"]);
    assert!(out.contains("forged3@evil.example"), "{out}");
    // The real executor sees receipts for both mails sent in its name (and the reminder that
    // `run --once` sends on that day), and only it is addressed.
    let receipts =
        |got: &[(Vec<String>, String)]| got.iter().filter(|(_, s)| s.starts_with("Re:")).count();
    let got = {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let got = rt.block_on(addressees("exec2"));
            if receipts(&got) >= 2 || Instant::now() > deadline {
                break got;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    assert_eq!(receipts(&got), 2, "{got:?}");
    for (who, subject) in &got {
        assert_eq!(who, &["exec2@example.test"], "{subject}");
        assert!(
            !subject.contains("http://") && !subject.contains("pills.example"),
            "{subject}"
        );
    }
    // Nothing reached any other address (Postfix puts every outside address in catchall):
    // the receipts above went through the same queue, so a few seconds more are enough.
    let outside = inbox_within(&rt, "catchall", 1, Duration::from_secs(5));
    assert!(outside.is_empty(), "delivered outside: {outside:?}");
    let queued = outbox_recipients(&dir.path().join("var/zvit.db"));
    assert!(
        queued.iter().all(|(_, r)| r == "exec2@example.test"),
        "{queued:?}"
    );
    assert!(
        !queued.iter().any(|(k, _)| k.starts_with("unknown:")),
        "{queued:?}"
    );
    assert_only_safe_recipients(&config, &dir.path().join("var/zvit.db"));
}
