//! Crash test: a child process saves in a loop and is killed with SIGKILL at random moments,
//! at least 200 times. After each kill the store must load the last acknowledged version or
//! the one that was being written, with every acknowledged record in it, and nothing set aside.
//!
//! The child is this test binary itself, re-run on the ignored test `crash_child` with the
//! directory in an environment variable. It reports on stderr (libtest owns stdout):
//! `ready <n>` after loading, `begin <n>` before saving record n, `ack <n>` once `save`
//! returned (the record is durable). Each line goes out in one `write` (see [`report`]).

#![cfg(unix)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use zairyu_store::{DurableFile, LoadReport, Migrations};

const CHILD_DIR_ENV: &str = "ZAIRYU_STORE_CRASH_CHILD_DIR";
const FILE: &str = "journal.json";
const KILLS: u32 = 250;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Journal {
    counter: u64,
    records: Vec<Entry>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    id: String,
    n: u64,
    note: String,
}

fn open(dir: &Path) -> DurableFile<Journal> {
    DurableFile::new(dir, FILE, Migrations::none()).unwrap()
}

/// Writes one whole report line in a single `write` call. `writeln!` on stderr (unbuffered)
/// issues one write per formatted piece, so a kill could land between "ack " and the number and
/// leave a torn line (seen once: `"ack "`, read as an acknowledgement of record 0). A single
/// write of fewer than `PIPE_BUF` bytes to a pipe is atomic: the parent reads all of it or none.
fn report(err: &mut impl Write, word: &str, n: u64) {
    err.write_all(format!("{word} {n}\n").as_bytes()).unwrap();
}

/// The child: load, then save record after record until killed.
#[test]
#[ignore = "run by crash_kill_loop as a child process"]
fn crash_child() {
    let dir = std::env::var(CHILD_DIR_ENV).expect("only run by crash_kill_loop");
    let store = open(Path::new(&dir));
    let (mut journal, _) = store.load().unwrap();
    let mut err = std::io::stderr().lock();
    report(&mut err, "ready", journal.counter);
    loop {
        let n = journal.counter + 1;
        journal.counter = n;
        journal.records.push(Entry {
            id: format!("r{n}"),
            n,
            note: format!("checklist tick number {n} for the lost card case"),
        });
        report(&mut err, "begin", n);
        store.save(&journal).unwrap();
        report(&mut err, "ack", n);
    }
}

/// A small xorshift generator: no dependency, seed printed for reproduction.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[derive(Default, Debug)]
struct Tally {
    kills: u32,
    kills_during_startup: u32,
    kills_with_save_in_flight: u32,
    in_flight_write_landed: u32,
    temp_files_left_by_kills: u32,
    records_lost: u64,
    unreadable_files: u32,
    saves_acknowledged: u64,
}

fn spawn_child(dir: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "crash_child",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DIR_ENV, dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn crash_kill_loop() {
    let started = Instant::now();
    let base = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tempfile::tempdir_in(base).unwrap();
    // For its paths only: a store that loads holds the records' lock (see below).
    let store = open(dir.path());
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
            t.unwrap().as_nanos() as u64 | 1
        });
    eprintln!("crash test seed: {seed} (set CRASH_SEED to replay)");
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    let mut acked = 0u64;

    for round in 0..KILLS {
        let mut child = spawn_child(dir.path());
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut lines = Vec::new();
        if rng.below(10) == 0 {
            // Some kills land while the child starts and loads.
            std::thread::sleep(Duration::from_micros(rng.below(3_000)));
        } else {
            let mut line = String::new();
            while stderr.read_line(&mut line).unwrap() > 0 && !line.starts_with("ready ") {
                line.clear();
            }
            assert!(line.starts_with("ready "), "child failed to start: {line}");
            lines.push(line.trim().to_owned());
            // A save costs about two disk flushes (some ms each): short delays land in the
            // first save, longer ones after a few acknowledged saves.
            let max_us = if rng.below(2) == 0 { 8_000 } else { 60_000 };
            std::thread::sleep(Duration::from_micros(rng.below(max_us)));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let mut rest = String::new();
        stderr.read_to_string(&mut rest).unwrap();
        lines.extend(rest.lines().map(str::to_owned));
        tally.kills += 1;

        let mut in_flight = None;
        let mut saw_ready = false;
        for line in &lines {
            let (word, n) = line.split_once(' ').unwrap_or((line, ""));
            let n: u64 = n
                .parse()
                .unwrap_or_else(|_| panic!("round {round}: torn line {line:?} in {lines:?}"));
            match word {
                "ready" => saw_ready = true,
                "begin" => in_flight = Some(n),
                "ack" => {
                    assert_eq!(Some(n), in_flight, "round {round}: {lines:?}");
                    assert_eq!(n, acked + 1, "round {round}: acks out of order");
                    acked = n;
                    tally.saves_acknowledged += 1;
                    in_flight = None;
                }
                _ => panic!("round {round}: unexpected child output {line:?} in {lines:?}"),
            }
        }
        if !saw_ready {
            tally.kills_during_startup += 1;
        }
        if in_flight.is_some() {
            tally.kills_with_save_in_flight += 1;
        }
        let temps = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".tmp")
            })
            .count();
        tally.temp_files_left_by_kills += u32::try_from(temps).unwrap();

        // The parent's load after the kill, with a store dropped at once: while it lives it
        // holds the records' lock, and the next child could not save.
        let (journal, report) = open(dir.path()).load().unwrap();
        if report
            != (LoadReport::Loaded {
                migrated_from: None,
            })
            && acked > 0
        {
            tally.unreadable_files += 1;
        }
        assert!(report.set_aside().is_empty(), "round {round}: {report:?}");
        let c = journal.counter;
        assert!(
            c == acked || (c == acked + 1 && in_flight == Some(c)),
            "round {round}: loaded {c}, acknowledged {acked}, in flight {in_flight:?}"
        );
        if c == acked + 1 {
            tally.in_flight_write_landed += 1;
            acked = c;
        }
        let intact = journal
            .records
            .iter()
            .enumerate()
            .filter(|(i, r)| r.n == *i as u64 + 1 && r.id == format!("r{}", r.n))
            .count() as u64;
        tally.records_lost += c.saturating_sub(intact);
        assert_eq!(journal.records.len() as u64, c, "round {round}");

        // The backup is a good version too: the previous one, or the same one when the kill
        // fell between the backup rotation and the final rename.
        if store.backup_path().exists() {
            let scratch = tempfile::tempdir_in(base).unwrap();
            std::fs::copy(store.backup_path(), scratch.path().join(FILE)).unwrap();
            let (bak, report) = open(scratch.path()).load().unwrap();
            assert_eq!(
                report,
                LoadReport::Loaded {
                    migrated_from: None
                },
                "round {round}"
            );
            assert!(
                bak.counter + 1 == c || bak.counter == c,
                "round {round}: backup {} vs {c}",
                bak.counter
            );
        }
    }
    let elapsed = started.elapsed();
    eprintln!("crash test: {tally:?}, final counter {acked}, {elapsed:.1?}");

    assert!(tally.kills >= 200);
    assert_eq!(tally.records_lost, 0);
    assert_eq!(tally.unreadable_files, 0);
    assert!(store.quarantined().unwrap().is_empty());
    // The kills did land in the middle of saves, not only between them.
    assert!(
        tally.kills_with_save_in_flight >= tally.kills / 4,
        "too few kills during a save: {tally:?}"
    );
    assert!(
        tally.saves_acknowledged >= u64::from(tally.kills / 10),
        "too few saves between kills: {tally:?}"
    );
}
