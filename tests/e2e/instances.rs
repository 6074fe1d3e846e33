//! One app at a time on the desktop: with a session bus (as every desktop has), a second launch
//! hands over to the first and ends at once, and the first goes on running. Runs the built app
//! itself under `dbus-run-session` and Xvfb's display (no WebDriver needed).

use std::process::Command;

use zairyu_e2e::app_binary;

#[test]
#[ignore = "starts the real app: run by scripts/test.sh under xvfb-run"]
fn a_second_launch_ends_and_the_first_goes_on() {
    let home = std::env::temp_dir().join(format!("zairyu-instances-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    // Inside one session bus: start the app, give it time to own its name, launch it again and
    // time how long the second one lives, then check the first is still there.
    let script = r#"
        "$APP" >/dev/null 2>&1 & first=$!
        sleep 5
        start=$(date +%s%3N)
        timeout 20 "$APP" >/dev/null 2>&1; second=$?
        took=$(( $(date +%s%3N) - start ))
        if kill -0 "$first" 2>/dev/null; then alive=yes; else alive=no; fi
        kill "$first" 2>/dev/null; wait "$first" 2>/dev/null
        echo "second=$second took=$took first_alive=$alive"
    "#;
    let out = Command::new("dbus-run-session")
        .args(["--", "bash", "-c", script])
        .env("APP", app_binary())
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .expect("dbus-run-session is missing: run scripts/setup.sh");
    let report = String::from_utf8_lossy(&out.stdout);
    let line = report.lines().last().unwrap_or_default().to_owned();
    let field = |name: &str| {
        line.split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(
        field("second"),
        "0",
        "the second launch ended by itself: {line}"
    );
    assert_eq!(field("first_alive"), "yes", "{line}");
    let took: u64 = field("took").parse().unwrap_or(u64::MAX);
    assert!(
        took < 10_000,
        "the second launch ended at once, not after a timeout: {line}"
    );
    let _ = std::fs::remove_dir_all(&home);
}
