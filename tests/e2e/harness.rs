//! The end-to-end harness: starts `tauri-driver` (which drives WebKitWebDriver, which starts the
//! real app binary) and connects a WebDriver client to it. Run under Xvfb by `scripts/test.sh`.
//!
//! Each [`App`] gets its own data folder (through `XDG_DATA_HOME`/`XDG_CONFIG_HOME`), so journeys
//! never see each other's records, and may pin the app's "today" (a debug-build test seam).

pub mod audit;
pub mod screens;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use tokio::process::{Child, Command};

/// How long to wait for the driver, the app and elements.
const PATIENCE: Duration = Duration::from_secs(30);

/// The workspace root (this crate lives in `tests/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The cargo target folder, honouring `CARGO_TARGET_DIR`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// The app binary under test: `ZAIRYU_APP_BIN`, or the debug build in the target folder.
pub fn app_binary() -> PathBuf {
    let bin = std::env::var_os("ZAIRYU_APP_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug").join("zairyu-app"));
    assert!(
        bin.exists(),
        "the app binary {} is missing: run `cargo build -p zairyu-app` first",
        bin.display()
    );
    bin
}

/// Where screenshots go, for people to look at.
pub fn screenshot_dir() -> PathBuf {
    let dir = target_dir().join("e2e-screenshots");
    std::fs::create_dir_all(&dir).expect("create the screenshot folder");
    dir
}

/// Options for one launch of the app.
#[derive(Debug, Default, Clone)]
pub struct Launch {
    /// Pins the app's "today" (ISO date) so journeys do not rot as time passes.
    pub today: Option<String>,
    /// Reuses a data folder from an earlier launch (to test that things are kept).
    pub data_dir: Option<PathBuf>,
    /// The window's inner size in CSS pixels; a phone (390x844) when `None`.
    pub size: Option<(u32, u32)>,
}

impl Launch {
    /// A launch whose "today" is pinned to `day` (ISO date).
    pub fn on(day: &str) -> Launch {
        Launch {
            today: Some(day.into()),
            ..Launch::default()
        }
    }
}

/// A running app with a WebDriver session on it.
pub struct App {
    /// The WebDriver client.
    pub client: Client,
    /// The data folder of this run.
    pub data_dir: PathBuf,
    /// tauri-driver, held so that it is killed on drop (`kill_on_drop`).
    _driver: Child,
    /// tauri-driver's process group (its pid): WebKitWebDriver and the app are in it too. Kept
    /// apart from `driver`, whose pid is gone once the child has been reaped.
    group: Option<u32>,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

impl App {
    /// Starts tauri-driver and the app, and waits until the first screen has rendered.
    pub async fn launch(opts: Launch) -> App {
        let data_dir = opts.data_dir.clone().unwrap_or_else(|| {
            let d = target_dir().join("e2e-data").join(format!(
                "run-{}-{}",
                std::process::id(),
                free_port()
            ));
            std::fs::create_dir_all(&d).expect("create a data folder");
            d
        });
        let port = free_port();
        let native_port = free_port();
        let mut cmd = Command::new("tauri-driver");
        cmd.args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            // A home of its own, so an export never lands in the developer's Downloads folder.
            .env("HOME", &data_dir)
            .env("XDG_DATA_HOME", data_dir.join("data"))
            .env("XDG_CONFIG_HOME", data_dir.join("config"))
            // Each test's app runs alone, with its own home. Without a session bus the desktop's
            // single-instance plugin lets it start (there is no first instance to ask), so an app
            // still closing cannot turn the next test's launch away.
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            // Its own process group, so that dropping the app also stops the WebKitWebDriver
            // and the app it started (a failed test must not leave them holding the output open).
            .process_group(0)
            .kill_on_drop(true);
        // WebDriver's window resize waits forever for a window manager that Xvfb lacks, so the
        // app sizes its own window (a debug-build test seam, like the pinned date).
        let (w, h) = opts.size.unwrap_or((390, 844));
        cmd.env("ZAIRYU_WINDOW_SIZE", format!("{w}x{h}"));
        match &opts.today {
            Some(day) => cmd.env("ZAIRYU_FAKE_TODAY", day),
            None => cmd.env_remove("ZAIRYU_FAKE_TODAY"),
        };
        // A file the app opens in the system viewer is written here instead (a debug-build seam):
        // Xvfb has no viewer, and the test can read what was asked for.
        cmd.env("ZAIRYU_OPEN_LOG", data_dir.join("opened.log"));
        let driver = cmd
            .spawn()
            .expect("tauri-driver is not installed: run scripts/setup.sh");

        let caps: serde_json::Map<String, serde_json::Value> =
            serde_json::from_value(serde_json::json!({
                "browserName": "wry",
                "tauri:options": { "application": app_binary() }
            }))
            .expect("capabilities are a JSON object");

        // Wait until tauri-driver and the WebKitWebDriver it starts both listen, then ask for one
        // session (a session request sent before WebKitWebDriver is up is dropped mid-way).
        let started = Instant::now();
        for p in [port, native_port] {
            while tokio::net::TcpStream::connect(("127.0.0.1", p))
                .await
                .is_err()
            {
                assert!(
                    started.elapsed() < PATIENCE,
                    "tauri-driver/WebKitWebDriver did not listen on port {p}"
                );
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        let client = tokio::time::timeout(
            PATIENCE,
            ClientBuilder::new(HttpConnector::new())
                .capabilities(caps)
                .connect(&format!("http://127.0.0.1:{port}")),
        )
        .await
        .expect("the WebDriver session did not start in time")
        .unwrap_or_else(|e| panic!("could not start a WebDriver session on the app: {e}"));
        let group = driver.id();
        let app = App {
            client,
            data_dir,
            _driver: driver,
            group,
        };
        app.wait_for("main[aria-busy='false']").await;
        app
    }

    /// Waits for an element to appear and returns it.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("`{css}` never appeared: {e}"))
    }

    /// The visible text of the element `css`.
    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("no text for `{css}`: {e}"))
    }

    /// Clicks the element `css` (scrolled to the middle of the screen first, as a person would).
    pub async fn click(&self, css: &str) {
        self.wait_for(css).await;
        self.client
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'center'});",
                vec![css.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("could not scroll to `{css}`: {e}"));
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("could not click `{css}`: {e}"));
    }

    /// Fills a field as a person would: a text field is cleared and typed into, key by key (so
    /// `maxlength` and the input events apply as they do for a person); a date field or a select,
    /// which WebDriver cannot type into portably, gets its value set and `input` and `change`
    /// fired.
    pub async fn fill(&self, css: &str, value: &str) {
        let element = self.wait_for(css).await;
        let typed = self
            .client
            .execute(
                "const e = document.querySelector(arguments[0]);
                 return (e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' &&
                   ['text', 'tel', 'search', 'email', 'url', 'password'].includes(e.type)));",
                vec![css.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("could not look at `{css}`: {e}"));
        if typed == serde_json::Value::Bool(true) {
            element
                .clear()
                .await
                .unwrap_or_else(|e| panic!("could not clear `{css}`: {e}"));
            element
                .send_keys(value)
                .await
                .unwrap_or_else(|e| panic!("could not type into `{css}`: {e}"));
            return;
        }
        self.client
            .execute(
                "const e = document.querySelector(arguments[0]); e.value = arguments[1];
                 e.dispatchEvent(new Event('input', {bubbles: true}));
                 e.dispatchEvent(new Event('change', {bubbles: true}));",
                vec![css.into(), value.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("could not fill `{css}`: {e}"));
    }

    /// Runs a script in the page and returns its value.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}"))
    }

    /// Whether no element matches `css` now (a button or a card the screen must not offer).
    pub async fn absent(&self, css: &str) -> bool {
        self.client
            .execute(
                "return document.querySelector(arguments[0]) === null;",
                vec![css.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("could not look for `{css}`: {e}"))
            == serde_json::Value::Bool(true)
    }

    /// The attribute `name` of the element `css` (waiting for it), or "" when it has none.
    pub async fn attr(&self, css: &str, name: &str) -> String {
        self.wait_for(css)
            .await
            .attr(name)
            .await
            .unwrap_or_else(|e| panic!("{css}@{name}: {e}"))
            .unwrap_or_default()
    }

    /// The widest element's right edge minus the viewport width: > 0 means something overflows.
    pub async fn horizontal_overflow(&self) -> i64 {
        self.eval(
            "const w = document.documentElement.clientWidth; let worst = 0;
             for (const e of document.querySelectorAll('body *')) {
               const r = e.getBoundingClientRect();
               if (r.width === 0 && r.height === 0) continue;
               worst = Math.max(worst, Math.ceil(r.right - w));
             }
             return worst;",
        )
        .await
        .as_i64()
        .expect("a number")
    }

    /// Saves a screenshot as `target/e2e-screenshots/<name>.png` and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        // Let the last change reach the screen first (two frames, or 300 ms if frames stall).
        let _ = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const t = setTimeout(() => done(0), 300);
                 requestAnimationFrame(() => requestAnimationFrame(() => { clearTimeout(t); done(0); }));",
                vec![],
            )
            .await;
        let png = self
            .client
            .screenshot()
            .await
            .unwrap_or_else(|e| panic!("screenshot failed: {e}"));
        let path = screenshot_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write the screenshot");
        path
    }

    /// Ends the session, then the driver and everything it started (on drop).
    pub async fn quit(self) {
        let _ = self.client.clone().close().await;
    }

    /// Closes the app and starts it again on the same data folder, "today" pinned to `day`
    /// (to show that something is kept, or locked, across a restart).
    pub async fn restart_on(self, day: &str) -> App {
        let data = self.data_dir.clone();
        self.quit().await;
        App::launch(Launch {
            today: Some(day.into()),
            data_dir: Some(data),
            ..Launch::default()
        })
        .await
    }
}

impl Drop for App {
    /// Stops tauri-driver's whole process group (WebKitWebDriver and the app too), also when a
    /// test fails half-way.
    fn drop(&mut self) {
        // Killing only tauri-driver (as `quit` once did) left a WebKitWebDriver per test behind,
        // holding the test's output open.
        if let Some(pid) = self.group {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", "--", &format!("-{pid}")])
                .stderr(Stdio::null())
                .status();
        }
    }
}
