//! The web desk over HTTP (in process, through its router): every refusal (no session, bad
//! password, no CSRF token, wrong role), hostile mail rendered as text, and a decision made
//! on the desk followed by status, export, the digest and reprocess.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;

use super::cli::{ok, setup};
use super::fixtures::fixture_dir;

pub(crate) const NOW: &str = "2013-01-10T10:00:00+02:00";
pub(crate) const COORD_PW: &str = "a long coordinator password";
pub(crate) const ADMIN_PW: &str = "a long admin password";

fn zvit(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zvit"))
        .arg("--config")
        .arg(dir.join("config/zvit.toml"))
        .arg("--now")
        .arg(NOW)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("zvit runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// A message whose subject, body and file name are markup and script.
fn hostile_mail() -> Vec<u8> {
    b"From: \"<img src=x onerror=alert(1)>\" <evil@example.com>\r\n\
To: uvp@cg.ukrtel.net\r\n\
Subject: <script>alert('subject')</script>\r\n\
Date: Mon, 10 Dec 2012 09:00:00 +0200\r\n\
Message-ID: <hostile\"<b>@example.com>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b1\"\r\n\
\r\n\
--b1\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
</pre><script>alert('body')</script><a href=\"javascript:alert(2)\">click</a>\r\n\
--b1\r\n\
Content-Type: text/html\r\n\
Content-Disposition: attachment; filename=\"<script>alert('file')</script>.html\"\r\n\
\r\n\
<html><script>alert('inside')</script></html>\r\n\
--b1--\r\n"
        .to_vec()
}

pub(crate) struct Fixture {
    pub(crate) dir: tempfile::TempDir,
    app: axum::Router,
}

/// The shipped config in a temp folder with `[web]`, the fixture mail and a hostile mail
/// ingested, a coordinator and an admin added with `zvit user add`, and the desk's router.
pub(crate) fn desk() -> Fixture {
    let dir = setup();
    let cfg = dir.path().join("config/zvit.toml");
    let text = std::fs::read_to_string(&cfg).unwrap();
    // The test binary is not zvit: readers run in process here.
    let text = text.replace(
        "isolate_readers        = true",
        "isolate_readers        = false",
    );
    std::fs::write(
        &cfg,
        format!("{text}\n[web]\nlisten   = \"127.0.0.1:0\"\nbase_url = \"https://zvit.example.gov.ua/\"\n"),
    )
    .unwrap();
    let hostile = dir.path().join("hostile.eml");
    std::fs::write(&hostile, hostile_mail()).unwrap();
    ok(&zvit(
        dir.path(),
        &[
            "ingest",
            fixture_dir().to_str().unwrap(),
            hostile.to_str().unwrap(),
        ],
        "",
    ));
    ok(&zvit(
        dir.path(),
        &["user", "add", "olena", "--role", "coordinator"],
        &format!("{COORD_PW}\n"),
    ));
    ok(&zvit(
        dir.path(),
        &["user", "add", "root", "--role", "admin"],
        &format!("{ADMIN_PW}\n"),
    ));
    let app = router(dir.path());
    Fixture { dir, app }
}

fn router(dir: &Path) -> axum::Router {
    let file = dir.join("config/zvit.toml");
    let (config, plan) = zvit::config::load(&file).unwrap();
    let store = zvit::edge::store::Store::open(&config.database).unwrap();
    let loaded = zvit::web::Loaded::new(config, plan, &store).unwrap();
    let desk = zvit::web::Desk::new(
        Arc::new(Mutex::new(store)),
        file,
        loaded,
        zvit::Clock::Fixed(NOW.parse().unwrap()),
        None,
    );
    zvit::web::router(Arc::new(desk))
}

struct Resp {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Resp {
    fn header(&self, name: &str) -> String {
        self.headers
            .get_all(name)
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The value of a cookie this response sets.
    fn set_cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| {
                c.split(';')
                    .next()?
                    .strip_prefix(&format!("{name}="))
                    .map(str::to_string)
            })
    }

    fn csrf(&self) -> String {
        let re = regex::Regex::new(r#"name="csrf" value="([0-9a-f]+)""#).unwrap();
        re.captures(&self.body)
            .unwrap_or_else(|| panic!("no csrf field in {}", self.body))[1]
            .to_string()
    }
}

async fn send(app: &axum::Router, method: &str, path: &str, cookie: &str, body: &str) -> Resp {
    let mut req = Request::builder().method(method).uri(path);
    if !cookie.is_empty() {
        req = req.header("cookie", cookie);
    }
    if method == "POST" {
        req = req.header("content-type", "application/x-www-form-urlencoded");
    }
    let resp = app
        .clone()
        .oneshot(req.body(Body::from(body.to_string())).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .unwrap();
    Resp {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn enc(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// Logs in through the form; returns the session cookie and a page's CSRF token.
async fn login(app: &axum::Router, user: &str, password: &str) -> (String, String) {
    let form = send(app, "GET", "/login", "", "").await;
    let pre = format!("zvit_login={}", form.set_cookie("zvit_login").unwrap());
    let r = send(
        app,
        "POST",
        "/login",
        &pre,
        &format!(
            "csrf={}&user={user}&password={}",
            form.csrf(),
            enc(password)
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let cookie = format!("zvit_session={}", r.set_cookie("zvit_session").unwrap());
    let home = send(app, "GET", "/", &cookie, "").await;
    assert_eq!(home.status, StatusCode::OK, "{}", home.body);
    (cookie, home.csrf())
}

#[tokio::test]
async fn without_a_session_pages_send_to_login_and_posts_are_refused() {
    let f = desk();
    for path in [
        "/",
        "/review",
        "/outbox",
        "/admin/deadlines",
        "/executor/rda-ichnia",
        "/measure/6",
        "/message/fx-unknown%40example.com",
        "/message/fx-unknown%40example.com/file/0",
    ] {
        let r = send(&f.app, "GET", path, "", "").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(r.header("location"), "/login", "{path}");
    }
    // A made-up session is no session.
    let r = send(&f.app, "GET", "/", "zvit_session=00ff", "").await;
    assert_eq!(r.header("location"), "/login");
    let r = send(
        &f.app,
        "POST",
        "/message/fx-unknown%40example.com/dismiss",
        "",
        "csrf=x",
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = send(&f.app, "GET", "/login", "", "").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains(r#"name="user""#) && r.body.contains(r#"name="password""#));
}

#[tokio::test]
async fn a_bad_password_or_a_login_without_its_token_is_refused_and_attempts_are_limited() {
    let f = desk();
    let form = send(&f.app, "GET", "/login", "", "").await;
    let pre = format!("zvit_login={}", form.set_cookie("zvit_login").unwrap());
    let csrf = form.csrf();
    // No token: 403, however right the password.
    let r = send(
        &f.app,
        "POST",
        "/login",
        &pre,
        &format!("user=olena&password={}", enc(COORD_PW)),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.set_cookie("zvit_session").is_none());
    // A token without its cookie: 403.
    let r = send(
        &f.app,
        "POST",
        "/login",
        "",
        &format!("csrf={csrf}&user=olena&password={}", enc(COORD_PW)),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A bad password: 401, no session; an unknown user the same.
    for user in ["olena", "nobody"] {
        let r = send(
            &f.app,
            "POST",
            "/login",
            &pre,
            &format!("csrf={csrf}&user={user}&password=wrong+password"),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{user}");
        assert!(r.set_cookie("zvit_session").is_none());
        assert!(r.body.contains("Невірне ім’я користувача або пароль"));
    }
    // Four more failures for olena use up her five; then even the right password waits.
    for _ in 0..4 {
        send(
            &f.app,
            "POST",
            "/login",
            &pre,
            &format!("csrf={csrf}&user=olena&password=wrong"),
        )
        .await;
    }
    let r = send(
        &f.app,
        "POST",
        "/login",
        &pre,
        &format!("csrf={csrf}&user=olena&password={}", enc(COORD_PW)),
    )
    .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.set_cookie("zvit_session").is_none());
    // Another user is not locked out by her failures.
    login(&f.app, "root", ADMIN_PW).await;
}

#[tokio::test]
async fn sessions_are_strict_http_only_secure_cookies_and_pages_carry_the_safety_headers() {
    let f = desk();
    let form = send(&f.app, "GET", "/login", "", "").await;
    let pre = format!("zvit_login={}", form.set_cookie("zvit_login").unwrap());
    let r = send(
        &f.app,
        "POST",
        "/login",
        &pre,
        &format!("csrf={}&user=olena&password={}", form.csrf(), enc(COORD_PW)),
    )
    .await;
    let set = r.header("set-cookie");
    let session = set
        .lines()
        .find(|l| l.starts_with("zvit_session="))
        .unwrap();
    for attr in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
        assert!(session.contains(attr), "{attr} in {session}");
    }
    let cookie = format!("zvit_session={}", r.set_cookie("zvit_session").unwrap());
    for path in ["/", "/review", "/login", "/nowhere"] {
        let r = send(&f.app, "GET", path, &cookie, "").await;
        let csp = r.header("content-security-policy");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(r.header("x-frame-options"), "DENY", "{path}");
        assert!(!r.body.contains("<script"), "{path}");
    }
    // Every form on every page carries a CSRF token.
    for path in [
        "/",
        "/review",
        "/outbox",
        "/executor/rda-ichnia",
        "/measure/6",
        "/message/fx-unknown%40example.com",
    ] {
        let r = send(&f.app, "GET", path, &cookie, "").await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        let forms = r.body.matches("<form").count();
        assert!(forms > 0, "{path}");
        assert_eq!(forms, r.body.matches(r#"name="csrf""#).count(), "{path}");
    }
    // Logging out ends the session on the server.
    let home = send(&f.app, "GET", "/", &cookie, "").await;
    let r = send(
        &f.app,
        "POST",
        "/logout",
        &cookie,
        &format!("csrf={}", home.csrf()),
    )
    .await;
    assert_eq!(r.header("location"), "/login");
    assert_eq!(
        send(&f.app, "GET", "/", &cookie, "").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_post_without_the_csrf_token_is_refused_and_changes_nothing() {
    let f = desk();
    let (cookie, csrf) = login(&f.app, "olena", COORD_PW).await;
    let page = "/message/fx-unknown%40example.com";
    for (action, body) in [
        ("assign", "executor=rda-ichnia".to_string()),
        ("assign", "executor=rda-ichnia&csrf=0000".to_string()),
        ("measure", "item=0&measure=12".to_string()),
        ("dismiss", String::new()),
    ] {
        let r = send(&f.app, "POST", &format!("{page}/{action}"), &cookie, &body).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{action} {body}");
    }
    // Nor with no form at all.
    let r = f
        .app
        .clone()
        .oneshot(
            Request::post("/outbox/1/retry")
                .header("cookie", &cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = send(&f.app, "GET", page, &cookie, "").await;
    assert!(r.body.contains("Рішень ще не було"), "{}", r.body);
    let export = ok(&zvit(f.dir.path(), &["export", "--format", "json"], ""));
    assert!(export.contains("\"message_id\": \"<fx-unknown@example.com>\""));
    let v: serde_json::Value = serde_json::from_str(&export).unwrap();
    assert!(
        v["unattributed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["message_id"] == "<fx-unknown@example.com>")
    );
    // The same form with its token goes through.
    let r = send(
        &f.app,
        "POST",
        &format!("{page}/dismiss"),
        &cookie,
        &format!("csrf={csrf}"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

#[tokio::test]
async fn coordinators_are_refused_the_admin_page() {
    let f = desk();
    let (cookie, csrf) = login(&f.app, "olena", COORD_PW).await;
    let r = send(&f.app, "GET", "/admin/deadlines", &cookie, "").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!r.body.contains("Перенести"));
    let before = std::fs::read_to_string(f.dir.path().join("config/plan.toml")).unwrap();
    let r = send(
        &f.app,
        "POST",
        "/admin/deadlines",
        &cookie,
        &format!("csrf={csrf}&action=deadline&period=1&date=2012-12-20"),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let after = std::fs::read_to_string(f.dir.path().join("config/plan.toml")).unwrap();
    assert_eq!(before, after);
    // The page has no link to it for them; an admin gets it.
    assert!(
        !send(&f.app, "GET", "/", &cookie, "")
            .await
            .body
            .contains("/admin/deadlines")
    );
    let (admin, _) = login(&f.app, "root", ADMIN_PW).await;
    let r = send(&f.app, "GET", "/admin/deadlines", &admin, "").await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn hostile_subject_body_and_file_names_render_as_text() {
    let f = desk();
    let (cookie, _) = login(&f.app, "olena", COORD_PW).await;
    // mail-parser cuts the Message-ID at the quote: this is what is stored.
    let page = format!("/message/{}", enc("hostile\"<b"));
    let r = send(&f.app, "GET", &page, &cookie, "").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for raw in [
        "<script>",
        "<img src=x",
        "href=\"javascript",
        "</pre><script",
        "<b>@",
    ] {
        assert!(!r.body.contains(raw), "{raw} unescaped in {}", r.body);
    }
    assert!(r.body.contains("&lt;script&gt;alert("), "{}", r.body);
    assert!(r.body.contains("subject"));
    assert!(r.body.contains("body"));
    assert!(r.body.contains("file"));
    // The review list and the overview show the same mail escaped.
    for path in ["/review", "/"] {
        let r = send(&f.app, "GET", path, &cookie, "").await;
        assert!(!r.body.contains("<script"), "{path}");
        assert!(!r.body.contains("<img src=x"), "{path}");
    }
    // The attachment is a download, never a page.
    let r = send(&f.app, "GET", &format!("{page}/file/0"), &cookie, "").await;
    assert_eq!(r.status, StatusCode::OK);
    let cd = r.header("content-disposition");
    assert!(cd.starts_with("attachment; filename=\""), "{cd}");
    assert!(!cd.contains('<'), "{cd}");
    assert_eq!(r.header("content-type"), "application/octet-stream");
    assert!(r.body.contains("<script>alert('inside')"));
    assert_eq!(
        send(&f.app, "GET", &format!("{page}/file/9"), &cookie, "")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_decision_on_the_desk_shows_in_status_export_and_digest_and_survives_reprocess() {
    let f = desk();
    let (cookie, csrf) = login(&f.app, "olena", COORD_PW).await;
    // The unknown sender's mail is on the review page.
    let review = send(&f.app, "GET", "/review", &cookie, "").await;
    assert!(
        review
            .body
            .contains("message&#x2f;fx-unknown%40example.com"),
        "{}",
        review.body
    );
    let page = "/message/fx-unknown%40example.com";
    let before = send(&f.app, "GET", page, &cookie, "").await;
    assert!(before.body.contains(r#"<select name="executor""#));
    let status_before = ok(&zvit(
        f.dir.path(),
        &["status", "--period", "1", "--json"],
        "",
    ));
    let r = send(
        &f.app,
        "POST",
        &format!("{page}/assign"),
        &cookie,
        &format!("csrf={csrf}&executor=rda-ichnia&learn_address=1"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = send(
        &f.app,
        "POST",
        &format!("{page}/measure"),
        &cookie,
        &format!("csrf={csrf}&item=0&measure=12"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = send(&f.app, "GET", page, &cookie, "").await;
    assert!(
        after.body.contains("віднесено до виконавця"),
        "{}",
        after.body
    );
    assert!(after.body.contains("фрагмент 0 віднесено до заходу 12"));
    assert!(after.body.contains("olena"));
    // The matrix follows at once.
    let home = send(&f.app, "GET", "/?period=1", &cookie, "").await;
    let row = home
        .body
        .split("<tr data-executor=\"rda-ichnia\">")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap()
        .to_string();
    assert!(
        row.contains("rda-ichnia?period=1#m12\">✓")
            || row.contains("rda-ichnia?period=1#m12\">із запізн."),
        "{row}"
    );

    let check = |when: &str| {
        let v: serde_json::Value = serde_json::from_str(&ok(&zvit(
            f.dir.path(),
            &["export", "--format", "json"],
            "",
        )))
        .unwrap();
        let item = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["message_id"] == "<fx-unknown@example.com>")
            .unwrap_or_else(|| panic!("{when}: no item"));
        assert_eq!(item["executor"], "rda-ichnia", "{when}");
        assert_eq!(item["measure"], 12, "{when}");
        let status = ok(&zvit(
            f.dir.path(),
            &["status", "--period", "1", "--json"],
            "",
        ));
        assert_ne!(status, status_before, "{when}");
        let s: serde_json::Value = serde_json::from_str(&status).unwrap();
        let ichnia = s[0]["executors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == "rda-ichnia")
            .unwrap();
        let covered: Vec<_> = [&ichnia["on_time"], &ichnia["late"], &ichnia["extra"]]
            .iter()
            .flat_map(|a| a.as_array().unwrap().clone())
            .collect();
        assert!(covered.contains(&serde_json::json!(12)), "{when}: {ichnia}");
        let out = f.dir.path().join(format!("digest-{when}"));
        ok(&zvit(
            f.dir.path(),
            &[
                "digest",
                "--period",
                "1",
                "--preview",
                out.to_str().unwrap(),
            ],
            "",
        ));
        // (Autoescaped: a slash in an attribute is written &#x2f;, which mail clients read as /.)
        let html = std::fs::read_to_string(out.join("digest.html"))
            .unwrap()
            .replace("&#x2f;", "/");
        // The item is in the compiled text of measure 12.
        let text = item["text"].as_str().unwrap();
        let head: String = text.chars().take(24).collect();
        let compiled = html
            .split("3. Узагальнена інформація")
            .nth(1)
            .and_then(|s| s.split("4. Потребує розгляду").next())
            .unwrap();
        let m12 = compiled
            .split("/measure/12?period=1\">12</a>.")
            .nth(1)
            .unwrap_or("");
        assert!(
            m12.contains(&head),
            "{when}: {head} not in the digest under measure 12"
        );
        // With base_url set, the digest links to the desk.
        for link in [
            "https://zvit.example.gov.ua/executor/rda-ichnia?period=1",
            "https://zvit.example.gov.ua/measure/12?period=1",
            "https://zvit.example.gov.ua/message/",
        ] {
            assert!(html.contains(link), "{when}: {link} not in the digest");
        }
    };
    check("after the desk");
    ok(&zvit(f.dir.path(), &["reprocess"], ""));
    check("after reprocess");
}

#[tokio::test]
async fn an_admin_moves_a_deadline_and_the_reminder_dates_follow_with_the_file_kept() {
    let f = desk();
    let (cookie, csrf) = login(&f.app, "root", ADMIN_PW).await;
    let r = send(&f.app, "GET", "/admin/deadlines", &cookie, "").await;
    // 15 December 2012 is a Saturday: the 1-day reminder goes out on Friday the 14th.
    assert!(
        r.body.contains("2012-12-14 09:00 — нагадування (за 1 дн.)"),
        "{}",
        r.body
    );
    let plan_file = f.dir.path().join("config/plan.toml");
    let before = std::fs::read_to_string(&plan_file).unwrap();
    // A date that is no date is refused with the reason, and nothing is written.
    let r = send(
        &f.app,
        "POST",
        "/admin/deadlines",
        &cookie,
        &format!("csrf={csrf}&action=deadline&period=1&date=2012-13-40"),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // A deadline after the next one fails the plan's own checks (as check-config would say).
    let r = send(
        &f.app,
        "POST",
        "/admin/deadlines",
        &cookie,
        &format!("csrf={csrf}&action=deadline&period=1&date=2013-07-01"),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body.contains("Зміну не збережено"), "{}", r.body);
    assert_eq!(std::fs::read_to_string(&plan_file).unwrap(), before);

    let r = send(
        &f.app,
        "POST",
        "/admin/deadlines",
        &cookie,
        &format!("csrf={csrf}&action=deadline&period=1&date=2012-12-20"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = send(&f.app, "GET", "/admin/deadlines", &cookie, "").await;
    assert!(
        r.body.contains("2012-12-19 09:00 — нагадування (за 1 дн.)"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("2012-12-14 09:00"), "{}", r.body);
    let after = std::fs::read_to_string(&plan_file).unwrap();
    assert!(after.contains("date = 2012-12-20"), "{after}");
    // Comments and layout kept; the previous version kept beside it.
    assert!(after.contains("# One reporting period ends at each deadline"));
    assert_eq!(after.replace("2012-12-20", "2012-12-15"), before);
    assert_eq!(
        std::fs::read_to_string(f.dir.path().join("config/plan.toml.prev")).unwrap(),
        before
    );
    ok(&zvit(f.dir.path(), &["check-config"], ""));

    // Reminder days and a holiday, in zvit.toml.
    let r = send(
        &f.app,
        "POST",
        "/admin/deadlines",
        &cookie,
        &format!("csrf={csrf}&action=reminders&days_before=5%2C+2"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = send(
        &f.app,
        "POST",
        "/admin/deadlines",
        &cookie,
        &format!("csrf={csrf}&action=holiday&date=2012-12-18"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = send(&f.app, "GET", "/admin/deadlines", &cookie, "").await;
    // 20 − 2 = 18 December is now a holiday: that reminder goes out on the 17th.
    assert!(
        r.body.contains("2012-12-17 09:00 — нагадування (за 2 дн.)"),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("2012-12-14 09:00 — нагадування (за 5 дн.)"),
        "{}",
        r.body
    );
    let cfg = std::fs::read_to_string(f.dir.path().join("config/zvit.toml")).unwrap();
    assert!(cfg.contains("days_before = [5, 2]"), "{cfg}");
    assert!(cfg.contains("2012-12-18"), "{cfg}");
    assert!(cfg.contains("# Public holidays of Ukraine"));
    ok(&zvit(f.dir.path(), &["check-config"], ""));
}

#[test]
fn run_serves_the_desk_beside_its_other_tasks_and_both_stop_on_sigterm() {
    use std::io::{BufRead, BufReader, Read};
    use wait_timeout::ChildExt;
    let f = desk();
    let mut child = Command::new(env!("CARGO_BIN_EXE_zvit"))
        .arg("--config")
        .arg(f.dir.path().join("config/zvit.toml"))
        .arg("run")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let addr = loop {
        let line = lines
            .next()
            .expect("zvit run says where the desk is")
            .unwrap();
        if let Some(rest) = line.strip_prefix("zvit desk: http://") {
            break rest.trim_end_matches('/').to_string();
        }
    };
    let mut conn = std::net::TcpStream::connect(&addr).unwrap();
    conn.write_all(b"GET /login HTTP/1.1\r\nHost: zvit\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut page = String::new();
    conn.read_to_string(&mut page).unwrap();
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains(r#"name="password""#));
    // SIGTERM stops the daemon and its desk together, cleanly.
    // SAFETY: a plain kill(2) of our own child.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGTERM);
    }
    let status = child
        .wait_timeout(std::time::Duration::from_secs(30))
        .unwrap()
        .expect("zvit run stops on SIGTERM");
    assert!(status.success(), "{status:?}");
    assert!(std::net::TcpStream::connect(&addr).is_err());
}

#[tokio::test]
async fn review_offers_the_actions_in_place_and_returns_only_to_itself() {
    let f = desk();
    let (cookie, csrf) = login(&f.app, "olena", COORD_PW).await;
    let review = send(&f.app, "GET", "/review", &cookie, "").await;
    assert_eq!(review.status, StatusCode::OK, "{}", review.body);
    // The unknown sender's row has an executor choice posting to its message.
    assert!(
        review
            .body
            .contains(r#"action="&#x2f;message&#x2f;fx-unknown%40example.com/assign""#),
        "{}",
        review.body
    );
    let page = "/message/fx-unknown%40example.com";
    let r = send(
        &f.app,
        "POST",
        &format!("{page}/assign"),
        &cookie,
        &format!("csrf={csrf}&executor=rda-ichnia&back=review"),
    )
    .await;
    assert_eq!(r.header("location"), "/review");
    let review = send(&f.app, "GET", "/review", &cookie, "").await;
    assert!(!review.body.contains("fx-unknown%40example.com/assign"));
    // Any other destination is not followed: back to the message.
    let r = send(
        &f.app,
        "POST",
        &format!("{page}/dismiss"),
        &cookie,
        &format!("csrf={csrf}&back=https%3A%2F%2Fevil.example"),
    )
    .await;
    assert_eq!(r.header("location"), page);
}

#[tokio::test]
async fn an_item_taken_off_its_measure_goes_to_review_with_the_closest_measures_suggested() {
    let f = desk();
    let (cookie, csrf) = login(&f.app, "olena", COORD_PW).await;
    let page = "/message/fx-xlsx%40example.gov.ua";
    let before = send(&f.app, "GET", page, &cookie, "").await;
    assert!(before.body.contains("Зняти із заходу"), "{}", before.body);
    let r = send(
        &f.app,
        "POST",
        &format!("{page}/measure"),
        &cookie,
        &format!("csrf={csrf}&item=0&measure=none&back=review"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.header("location"), "/review");
    let after = send(&f.app, "GET", page, &cookie, "").await;
    assert!(
        after.body.contains("фрагмент 0 знято із заходу"),
        "{}",
        after.body
    );
    // The item is on the review list, with its closest measures as one-click choices.
    let review = send(&f.app, "GET", "/review", &cookie, "").await;
    let form = r#"<form method="post" action="&#x2f;message&#x2f;fx-xlsx%40example.gov.ua/measure" class="suggestion">"#;
    let suggested: Vec<u32> = review
        .body
        .split(form)
        .skip(1)
        .filter_map(|f| {
            f.split(r#"name="measure" value=""#)
                .nth(1)?
                .split('"')
                .next()?
                .parse()
                .ok()
        })
        .collect();
    assert!(
        (1..=2).contains(&suggested.len()),
        "{suggested:?}: {}",
        review.body
    );
    // Taking it off survives reprocess.
    ok(&zvit(f.dir.path(), &["reprocess"], ""));
    let review = send(&f.app, "GET", "/review", &cookie, "").await;
    assert!(review.body.contains(form), "{}", review.body);
    // One click on a suggestion places it.
    let r = send(
        &f.app,
        "POST",
        &format!("{page}/measure"),
        &cookie,
        &format!("csrf={csrf}&item=0&measure={}&back=review", suggested[0]),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let review = send(&f.app, "GET", "/review", &cookie, "").await;
    assert!(!review.body.contains(form), "{}", review.body);
    let v: serde_json::Value = serde_json::from_str(&ok(&zvit(
        f.dir.path(),
        &["export", "--format", "json"],
        "",
    )))
    .unwrap();
    assert!(
        v["items"].as_array().unwrap().iter().any(|i| {
            i["message_id"] == "<fx-xlsx@example.gov.ua>"
                && i["measure"] == suggested[0]
                && i["evidence"] == "рішення працівника"
        }),
        "{v}"
    );
}

#[tokio::test]
async fn a_joint_reports_piece_for_another_office_says_so_on_the_message_and_executor_pages() {
    let f = desk();
    let joint = f.dir.path().join("joint.eml");
    std::fs::write(
        &joint,
        "From: <simia@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Zvit\r\n\
         Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <joint@example.gov.ua>\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
         І. Управління у справах сім'ї, молоді та спорту облдержадміністрації\r\n\
         п. 6 — проведено консультації з молодіжними громадськими організаціями.\r\n\r\n\
         ІІ. Служба у справах дітей облдержадміністрації\r\n\
         п. 9 — проведено громадську експертизу діяльності служби.\r\n",
    )
    .unwrap();
    ok(&zvit(
        f.dir.path(),
        &["ingest", joint.to_str().unwrap()],
        "",
    ));
    let (cookie, _) = login(&f.app, "olena", COORD_PW).await;
    let page = send(
        &f.app,
        "GET",
        "/message/joint%40example.gov.ua",
        &cookie,
        "",
    )
    .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let note = "Зараховано виконавцю: <b>Служба у справах дітей облдержадміністрації</b>";
    // Only the other office's pieces (its heading and its item) carry the note.
    assert_eq!(page.body.matches(note).count(), 2, "{}", page.body);
    let own = page
        .body
        .split("<article")
        .find(|a| a.contains("консультації з молодіжними"))
        .unwrap();
    assert!(!own.contains("Зараховано виконавцю"), "{own}");

    // The other office's page lists the joint report, says whose it is, and marks the
    // sender's own piece as the sender's; the sender's page marks the other office's piece.
    let other = send(&f.app, "GET", "/executor/su-sluzhba-ditei", &cookie, "").await;
    assert_eq!(other.status, StatusCode::OK, "{}", other.body);
    let article = other
        .body
        .split("<article")
        .find(|a| a.contains("joint%40example.gov.ua"))
        .unwrap_or_else(|| panic!("the joint report is listed: {}", other.body));
    assert!(
        article.contains(
            "Спільний звіт виконавця <b>Управління у справах сім&#x27;ї, молоді та спорту облдержадміністрації</b>"
        ),
        "{article}"
    );
    let line = |page: &str, words: &str| -> String {
        page.split("<li>")
            .find(|li| li.contains(words))
            .unwrap_or_else(|| panic!("{words}: {page}"))
            .to_string()
    };
    assert!(
        line(article, "громадську експертизу").contains("захід 9"),
        "{article}"
    );
    assert!(!line(article, "громадську експертизу").contains("зараховано виконавцю"));
    assert!(
        line(article, "консультації з молодіжними").contains("(зараховано виконавцю: Управління"),
        "{article}"
    );
    let own_page = send(&f.app, "GET", "/executor/su-simia", &cookie, "").await;
    assert!(
        !own_page.body.contains("Спільний звіт виконавця"),
        "{}",
        own_page.body
    );
    assert!(
        line(&own_page.body, "громадську експертизу")
            .contains("(зараховано виконавцю: Служба у справах дітей облдержадміністрації)"),
        "{}",
        own_page.body
    );
    assert!(!line(&own_page.body, "консультації з молодіжними").contains("зараховано"));
}
