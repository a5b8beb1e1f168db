//! The desk in a real browser: `zvit serve` driven through headless Chromium and chromedriver
//! (Debian's `chromium` and `chromium-driver`; tests/run.sh installs them). A coordinator logs
//! in, opens review, attributes an unattributed message, moves an item to another measure and
//! sees the matrix change, and is refused the admin page; an admin moves a deadline and sees
//! the reminder dates change. Screenshots go to target/zvit-figures/.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use fantoccini::{ClientBuilder, Locator};

use super::web::{ADMIN_PW, COORD_PW, NOW, desk};

/// A child process killed when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts a program and reads its standard output until a line contains `ready`; returns
/// the process and that line.
fn start(cmd: &mut Command, ready: &str) -> (Running, String) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let out = child.stdout.take().unwrap();
    let running = Running(child);
    let mut lines = BufReader::new(out).lines();
    loop {
        match lines.next() {
            Some(Ok(line)) if line.contains(ready) => {
                // Keep draining so the child never blocks on a full pipe.
                std::thread::spawn(move || for _ in lines {});
                return (running, line);
            }
            Some(Ok(_)) => continue,
            _ => panic!("the program ended before saying {ready:?}"),
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn figures() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/zvit-figures");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A click that submits a form or follows a link, and the wait for the page that answers it.
/// The old document is marked before the click; a document without the mark is the answer.
/// (Waiting for the old root element to go stale was not enough: chromedriver sometimes
/// reports the replaced node as "does not belong to the document", an unknown error, instead.)
/// Errors while the browser is between documents are retried until the deadline and the last
/// one is shown if it passes.
trait Follow {
    async fn follow(self, c: &fantoccini::Client);
}

const MARK: &str = "return document.documentElement.dataset.zvitLeft === '1'";

impl Follow for fantoccini::elements::Element {
    async fn follow(self, c: &fantoccini::Client) {
        c.execute("document.documentElement.dataset.zvitLeft = '1'", vec![])
            .await
            .expect("marks the page the click leaves");
        self.click().await.unwrap();
        // Polled as fantoccini's own waits poll: a condition checked until a deadline.
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let last = match c.execute(MARK, vec![]).await {
                Ok(serde_json::Value::Bool(false)) => break,
                Ok(v) => format!("the old page is still shown ({v})"),
                Err(e) => format!("reading the page: {e}"),
            };
            assert!(
                tokio::time::Instant::now() < deadline,
                "the browser did not show the answer to the click within 30 s: {last}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
}

async fn text_of(c: &fantoccini::Client, css: &str) -> String {
    c.wait()
        .at_most(std::time::Duration::from_secs(30))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .text()
        .await
        .unwrap()
}

async fn log_in(c: &fantoccini::Client, base: &str, user: &str, password: &str) {
    c.goto(&format!("{base}/login")).await.unwrap();
    c.find(Locator::Id("user"))
        .await
        .unwrap()
        .send_keys(user)
        .await
        .unwrap();
    c.find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(password)
        .await
        .unwrap();
    c.find(Locator::Id("login")).await.unwrap().follow(c).await;
    assert_eq!(
        c.current_url().await.unwrap().path(),
        "/",
        "{user} logged in"
    );
}

#[tokio::test]
#[ignore = "needs Chromium and chromedriver (tests/run.sh installs them)"]
async fn a_coordinator_and_an_admin_do_their_work_in_chromium() {
    let f = desk();
    let (_serve, line) = start(
        Command::new(env!("CARGO_BIN_EXE_zvit"))
            .arg("--config")
            .arg(f.dir.path().join("config/zvit.toml"))
            .arg("--now")
            .arg(NOW)
            .arg("serve"),
        "zvit desk: ",
    );
    let base = line
        .split("zvit desk: ")
        .nth(1)
        .unwrap()
        .trim_end_matches('/')
        .to_string();
    let port = free_port();
    let (_driver, _) = start(
        Command::new("/usr/bin/chromedriver").arg(format!("--port={port}")),
        "started successfully",
    );
    let profile = tempfile::tempdir().unwrap();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                format!("--user-data-dir={}", profile.path().display()),
                "--window-size=1400,1000", "--lang=uk",
            ],
        }),
    );
    let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("chromedriver opens a session");
    let shots = figures();

    // Without a session the desk sends the browser to the login form.
    c.goto(&format!("{base}/review")).await.unwrap();
    assert_eq!(c.current_url().await.unwrap().path(), "/login");
    log_in(&c, &base, "olena", COORD_PW).await;
    c.goto(&format!("{base}/?period=1")).await.unwrap();
    let row = "tr[data-executor=\"rda-ichnia\"]";
    let before = text_of(&c, row).await;
    std::fs::write(
        shots.join("desk-overview.png"),
        c.screenshot().await.unwrap(),
    )
    .unwrap();

    // Review lists the unknown sender's mail; open it and attribute it.
    c.goto(&format!("{base}/review")).await.unwrap();
    std::fs::write(shots.join("desk-review.png"), c.screenshot().await.unwrap()).unwrap();
    c.find(Locator::Css(
        "a[href=\"/message/fx-unknown%40example.com\"]",
    ))
    .await
    .expect("the unattributed mail is on the review page")
    .follow(&c)
    .await;
    assert!(text_of(&c, "#executor").await.contains("не визначено"));
    c.find(Locator::Id("executor-select"))
        .await
        .unwrap()
        .select_by_value("rda-ichnia")
        .await
        .unwrap();
    c.find(Locator::Id("assign"))
        .await
        .unwrap()
        .follow(&c)
        .await;
    let executor = text_of(&c, "#executor").await;
    assert!(executor.contains("Ічнянська"), "{executor}");
    // Its first item goes under measure 12.
    let item = c.find(Locator::Css("#item-0")).await.unwrap();
    item.find(Locator::Css("select[name=\"measure\"]"))
        .await
        .unwrap()
        .select_by_value("12")
        .await
        .unwrap();
    item.find(Locator::Css("button"))
        .await
        .unwrap()
        .follow(&c)
        .await;
    assert!(text_of(&c, "#item-0").await.contains("Захід 12"));
    assert!(text_of(&c, "#history").await.contains("olena"));
    std::fs::write(
        shots.join("desk-message.png"),
        c.screenshot().await.unwrap(),
    )
    .unwrap();

    // The matrix changed.
    c.goto(&format!("{base}/?period=1")).await.unwrap();
    let after = text_of(&c, row).await;
    assert_ne!(before, after, "the matrix row of rda-ichnia");
    let cell = c
        .find(Locator::Css(&format!("{row} a[href$=\"#m12\"]")))
        .await
        .expect("a link in the cell of measure 12")
        .text()
        .await
        .unwrap();
    assert!(cell == "✓" || cell == "із запізн.", "{cell}");

    // A coordinator is refused the admin page.
    c.goto(&format!("{base}/admin/deadlines")).await.unwrap();
    assert!(text_of(&c, "h1").await.contains("403"));
    c.goto(&format!("{base}/")).await.unwrap();
    c.find(Locator::Css("form.logout button"))
        .await
        .unwrap()
        .follow(&c)
        .await;
    assert_eq!(c.current_url().await.unwrap().path(), "/login");

    // An admin moves the first deadline and sees the reminder dates follow.
    log_in(&c, &base, "root", ADMIN_PW).await;
    c.goto(&format!("{base}/admin/deadlines")).await.unwrap();
    let sends = text_of(&c, "#period-1 .sends").await;
    assert!(sends.contains("2012-12-14 09:00"), "{sends}");
    let date = c
        .find(Locator::Css("#period-1 input[name=\"date\"]"))
        .await
        .unwrap();
    date.clear().await.unwrap();
    date.send_keys("2012-12-20").await.unwrap();
    c.find(Locator::Id("move-1"))
        .await
        .unwrap()
        .follow(&c)
        .await;
    let sends = text_of(&c, "#period-1 .sends").await;
    assert!(sends.contains("2012-12-19 09:00"), "{sends}");
    assert!(!sends.contains("2012-12-14 09:00"), "{sends}");
    assert_eq!(text_of(&c, "#period-1 .deadline").await, "2012-12-20");
    std::fs::write(
        shots.join("desk-deadlines.png"),
        c.screenshot().await.unwrap(),
    )
    .unwrap();
    c.close().await.unwrap();
}
