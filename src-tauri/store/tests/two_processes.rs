//! Two processes of the app on the same records (two windows on the desktop): both load, then
//! both save record after record. The one that took the records' lock first saves them all; the
//! other is refused every time (it is told so) and writes nothing, even after the first ends,
//! because its copy is older. The file is never torn, and every save that was acknowledged is
//! in it: no change is lost in silence.
//!
//! The children are this test binary itself, re-run on the ignored test `saving_child`. Each
//! reports on stderr, a line per event in one `write`: `loaded`, then `ok <id>` or
//! `refused <id>` for each save.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde::{Deserialize, Serialize};
use zairyu_store::{DurableFile, Migrations, StoreError};

const DIR_ENV: &str = "ZAIRYU_STORE_TWO_DIR";
const NAME_ENV: &str = "ZAIRYU_STORE_TWO_NAME";
const FILE: &str = "records.json";
const SAVES: u32 = 40;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Ticks {
    ids: Vec<String>,
}

fn open(dir: &Path) -> DurableFile<Ticks> {
    DurableFile::new(dir, FILE, Migrations::none()).unwrap()
}

fn report(line: &str) {
    std::io::stderr()
        .lock()
        .write_all(format!("{line}\n").as_bytes())
        .unwrap();
}

/// A child: load, wait until the parent says go (a `go` file), then save its records one by one.
#[test]
#[ignore = "run by two_processes_saving_lose_nothing as a child process"]
fn saving_child() {
    let dir = std::path::PathBuf::from(std::env::var(DIR_ENV).expect("run by the parent test"));
    let name = std::env::var(NAME_ENV).unwrap();
    let store = open(&dir);
    let (mut ticks, _) = store.load().unwrap();
    report("loaded");
    while !dir.join("go").exists() {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    for i in 1..=SAVES {
        let id = format!("{name}-{i}");
        ticks.ids.push(id.clone());
        match store.save(&ticks) {
            Ok(()) => report(&format!("ok {id}")),
            Err(StoreError::HeldElsewhere { .. }) => {
                ticks.ids.pop();
                report(&format!("refused {id}"));
            }
            Err(e) => panic!("{e:?}"),
        }
    }
}

fn spawn(dir: &Path, name: &str) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "saving_child",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(DIR_ENV, dir)
        .env(NAME_ENV, name)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Reads a child's report lines until it ends (the first `loaded` is awaited by the caller).
fn wait_loaded(child: &mut Child) -> BufReader<std::process::ChildStderr> {
    let mut out = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while out.read_line(&mut line).unwrap() > 0 && line.trim() != "loaded" {
        line.clear();
    }
    assert_eq!(line.trim(), "loaded", "the child did not load");
    out
}

fn rest(mut out: BufReader<std::process::ChildStderr>) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    while out.read_line(&mut line).unwrap() > 0 {
        if line.starts_with("ok ") || line.starts_with("refused ") {
            lines.push(line.trim().to_owned());
        }
        line.clear();
    }
    lines
}

#[test]
fn two_processes_saving_lose_nothing() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let mut a = spawn(dir.path(), "a");
    let a_out = wait_loaded(&mut a);
    let mut b = spawn(dir.path(), "b");
    let b_out = wait_loaded(&mut b);
    std::fs::write(dir.path().join("go"), b"").unwrap();
    let (a_lines, b_lines) = (rest(a_out), rest(b_out));
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());

    let oks = |lines: &[String]| lines.iter().filter(|l| l.starts_with("ok ")).count();
    assert_eq!(
        a_lines.len() + b_lines.len(),
        2 * SAVES as usize,
        "every save answered"
    );
    // The first to load holds the records: all its saves land, all the other's are refused.
    assert_eq!(
        (oks(&a_lines), oks(&b_lines)),
        (SAVES as usize, 0),
        "{b_lines:?}"
    );

    // The file reads back whole, with every acknowledged record and nothing else.
    let (ticks, _) = open(dir.path()).load().unwrap();
    let acknowledged: Vec<String> = a_lines
        .iter()
        .chain(&b_lines)
        .filter_map(|l| l.strip_prefix("ok ").map(str::to_owned))
        .collect();
    assert_eq!(ticks.ids, acknowledged);
    assert!(
        open(dir.path()).quarantined().unwrap().is_empty(),
        "nothing torn"
    );
}
