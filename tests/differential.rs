//! Differential test: every Lua script under `tests/lua/` runs on our `lua`
//! and on the reference interpreter (the oracle), and the exit status,
//! standard output and standard error must agree byte for byte.
//!
//! Invariants:
//! - Both sides run as `lua [options] NAME.lua [args]` with the working
//!   directory set to the script's directory, so chunk names and error
//!   positions (`NAME.lua:LINE:`) are the same and short.
//! - Every script that is found runs, including those in
//!   `tests/known_failures.txt`; a listed script only changes how its result
//!   is counted: a mismatch is a "known failure", a match is reported so the
//!   list gets pruned. Neither fails the run.
//! - The last line printed is exactly `differential: N passed, M failed`,
//!   where N counts every matching script and M every mismatch that is not a
//!   known failure; the process fails exactly when M > 0.
//!
//! Conventions for scripts (see also README.md):
//! - Files whose name starts with `_` are helpers (for `require`, `dofile`),
//!   not tests.
//! - Directives sit in the comment lines at the top of a script (after an
//!   optional `#!` line), one per line, and are matched exactly:
//!   `-- args: a b c`     arguments after the script name (split on spaces),
//!   `-- options: -W`     arguments before the script name,
//!   `-- stdin: in.txt`   file fed to standard input (default: empty),
//!   `-- timeout: 30`     seconds before the run is killed (default 10).
//!
//! Environment: `LUA_DIFF_FILTER=substr` (run only scripts whose path
//! contains it; positional arguments act the same, as with libtest),
//! `LUA_DIFF_OURS=/path` and `LUA_DIFF_REF=/path` (replace either
//! interpreter; pointing OURS at the reference checks the harness itself),
//! `LUA_DIFF_TIMEOUT=secs`, `LUA_DIFF_JOBS=n`, `LUA_DIFF_VERBOSE=1` (print the
//! whole output of both sides for every mismatch).
mod common;

use common::{Invocation, Outcome, Stream};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Directory of the corpus, relative to the package root.
const CORPUS: &str = "tests/lua";
/// The known-failures list, relative to the package root.
const KNOWN_FAILURES: &str = "tests/known_failures.txt";

/// One script of the corpus.
struct Script {
    /// Path relative to `tests/lua/`, with `/` separators: the name used in
    /// reports, filters and the known-failures list.
    name: String,
    path: PathBuf,
}

/// Per-script settings read from the leading comment lines.
#[derive(Default)]
struct Directives {
    options: Vec<String>,
    args: Vec<String>,
    stdin: Option<PathBuf>,
    timeout: Option<Duration>,
}

/// Reads the directives at the top of `source`. Ordinary comments (even ones
/// that look like `-- Note: ...`) are ignored; only the known keys count.
fn parse_directives(source: &[u8]) -> Result<Directives, String> {
    let mut d = Directives::default();
    let text = String::from_utf8_lossy(source);
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if index == 0 && line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix("--") else {
            break;
        };
        if comment.starts_with('[') {
            // A block comment ends the directive area: its lines are prose.
            break;
        }
        let Some((key, value)) = comment.trim().split_once(':') else {
            continue;
        };
        let value = value.trim();
        let words = || value.split_whitespace().map(str::to_string).collect();
        match key.trim() {
            "args" => d.args = words(),
            "options" => d.options = words(),
            "stdin" if value.is_empty() => return Err("empty stdin directive".into()),
            "stdin" => d.stdin = Some(PathBuf::from(value)),
            "timeout" => {
                let secs: f64 = value
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0)
                    .ok_or_else(|| format!("bad timeout directive: {value:?}"))?;
                d.timeout = Some(Duration::from_secs_f64(secs));
            }
            _ => {}
        }
    }
    Ok(d)
}

/// All scripts under `root`, sorted by name.
fn discover(root: &Path) -> Vec<Script> {
    let mut scripts = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let file_name = entry.file_name();
            let file_name = file_name.to_string_lossy();
            if !file_name.ends_with(".lua") || file_name.starts_with('_') {
                continue;
            }
            let Ok(rel) = path.strip_prefix(root) else {
                continue;
            };
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            scripts.push(Script { name, path });
        }
    }
    scripts.sort_by(|a, b| a.name.cmp(&b.name));
    scripts
}

/// The known-failures list: script name → reason (possibly empty).
/// Format: one path per line (relative to `tests/lua/`, a leading
/// `tests/lua/` is accepted), `#` starts a comment; a comment on the same
/// line, or on the lines just above, is the reason.
fn load_known_failures(path: &Path) -> BTreeMap<String, String> {
    let mut known = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return known;
    };
    let mut reason = String::new();
    for line in text.lines() {
        let (entry, comment) = match line.split_once('#') {
            Some((entry, comment)) => (entry.trim(), comment.trim()),
            None => (line.trim(), ""),
        };
        if entry.is_empty() {
            if comment.is_empty() {
                reason.clear();
            } else {
                if !reason.is_empty() {
                    reason.push(' ');
                }
                reason.push_str(comment);
            }
            continue;
        }
        let name = entry.strip_prefix("tests/lua/").unwrap_or(entry);
        let why = if comment.is_empty() {
            reason.clone()
        } else {
            comment.to_string()
        };
        known.insert(name.to_string(), why);
    }
    known
}

/// The result of one script.
enum Verdict {
    Match,
    /// Report lines describing what differs (or what went wrong).
    Mismatch(Vec<String>),
}

struct Settings {
    ours: PathBuf,
    reference: PathBuf,
    timeout: Duration,
    verbose: bool,
}

/// Indents a whole stream for the verbose report.
fn dump(label: &str, s: &Stream, out: &mut Vec<String>) {
    const MAX: usize = 4096;
    let shown = s.bytes.get(..MAX).unwrap_or(&s.bytes);
    out.push(format!("  --- {label} ({} bytes) ---", s.total));
    for line in shown.split_inclusive(|&b| b == b'\n') {
        match line.strip_suffix(b"\n") {
            Some(text) => out.push(format!("  | {}", common::show_line(text))),
            None => out.push(format!("  | {} <no newline>", common::show_line(line))),
        }
    }
    if (shown.len() as u64) < s.total {
        out.push("  | ...".to_string());
    }
}

fn check(script: &Script, settings: &Settings) -> Verdict {
    let source = match std::fs::read(&script.path) {
        Ok(source) => source,
        Err(e) => return Verdict::Mismatch(vec![format!("cannot read the script: {e}")]),
    };
    let directives = match parse_directives(&source) {
        Ok(d) => d,
        Err(e) => return Verdict::Mismatch(vec![e]),
    };
    let (Some(dir), Some(file_name)) = (script.path.parent(), script.path.file_name()) else {
        return Verdict::Mismatch(vec!["script path has no directory".into()]);
    };
    let mut args = directives.options.clone();
    args.push(file_name.to_string_lossy().into_owned());
    args.extend(directives.args.iter().cloned());
    let invocation = |exe: &Path| Invocation {
        exe: exe.to_path_buf(),
        args: args.clone(),
        cwd: dir.to_path_buf(),
        stdin: directives.stdin.clone(),
        timeout: directives.timeout.unwrap_or(settings.timeout),
    };
    let reference = common::run(&invocation(&settings.reference));
    if !matches!(
        reference.ending,
        common::Ending::Exited(_) | common::Ending::Signaled(_)
    ) {
        // The oracle must finish: a script it cannot run is a broken test.
        return Verdict::Mismatch(vec![format!(
            "the reference itself failed: {} (fix the script)",
            reference.ending
        )]);
    }
    let ours = common::run(&invocation(&settings.ours));
    describe(&ours, &reference, settings.verbose)
}

fn describe(ours: &Outcome, reference: &Outcome, verbose: bool) -> Verdict {
    let mut report = Vec::new();
    if ours.ending != reference.ending {
        report.push(format!(
            "status: ours {}, ref {}",
            ours.ending, reference.ending
        ));
    }
    for (label, a, b) in [
        ("stdout", &ours.stdout, &reference.stdout),
        ("stderr", &ours.stderr, &reference.stderr),
    ] {
        if let Some(lines) = common::first_difference(a, b) {
            let mut lines = lines.into_iter();
            let head = lines.next().unwrap_or_default();
            report.push(format!("{label}: {head}"));
            report.extend(lines.map(|l| format!("  {l}")));
        }
    }
    if report.is_empty() {
        return Verdict::Match;
    }
    if verbose {
        dump("ours stdout", &ours.stdout, &mut report);
        dump("ref stdout", &reference.stdout, &mut report);
        dump("ours stderr", &ours.stderr, &mut report);
        dump("ref stderr", &reference.stderr, &mut report);
    }
    Verdict::Mismatch(report)
}

/// What the command line asks for (libtest's conventions, as far as they
/// make sense here, since `cargo test` passes its filters to every target).
struct Cli {
    filters: Vec<String>,
    skips: Vec<String>,
    list: bool,
    only_ignored: bool,
}

fn parse_cli() -> Cli {
    let mut cli = Cli {
        filters: Vec::new(),
        skips: Vec::new(),
        list: false,
        only_ignored: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--list" => cli.list = true,
            "--ignored" => cli.only_ignored = true,
            "--skip" => cli.skips.extend(args.next()),
            // libtest options that take a separate value.
            "--test-threads" | "--format" | "--color" | "--logfile" | "-Z" => {
                args.next();
            }
            s if s.starts_with("--skip=") => cli.skips.push(s["--skip=".len()..].to_string()),
            s if s.starts_with('-') => {}
            _ => cli.filters.push(arg),
        }
    }
    if let Ok(filter) = std::env::var("LUA_DIFF_FILTER")
        && !filter.is_empty()
    {
        cli.filters.push(filter);
    }
    cli
}

fn main() {
    let cli = parse_cli();
    let root = common::manifest_dir();
    let all = discover(&root.join(CORPUS));
    let corpus_is_empty = all.is_empty();
    let scripts: Vec<Script> = all
        .into_iter()
        .filter(|s| cli.filters.is_empty() || cli.filters.iter().any(|f| s.name.contains(f)))
        .filter(|s| !cli.skips.iter().any(|f| s.name.contains(f)))
        .collect();
    if cli.list {
        for s in &scripts {
            println!("{}: test", s.name);
        }
        return;
    }
    if cli.only_ignored {
        // Nothing here is ignored: `cargo test -- --ignored` runs nothing.
        println!("differential: 0 passed, 0 failed");
        return;
    }
    if corpus_is_empty {
        println!("differential: no scripts found under {CORPUS}");
        println!("differential: 0 passed, 1 failed");
        std::process::exit(1);
    }

    let settings = Settings {
        ours: common::exe_from_env("LUA_DIFF_OURS", env!("CARGO_BIN_EXE_lua")),
        reference: common::exe_from_env("LUA_DIFF_REF", lua_oracle::REF_LUA),
        timeout: common::seconds_from_env("LUA_DIFF_TIMEOUT", 10.0),
        verbose: std::env::var_os("LUA_DIFF_VERBOSE").is_some_and(|v| !v.is_empty() && v != "0"),
    };
    let jobs = std::env::var("LUA_DIFF_JOBS")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, usize::from));
    println!(
        "differential: {} scripts, {jobs} jobs\n  ours: {}\n  ref:  {}",
        scripts.len(),
        settings.ours.display(),
        settings.reference.display()
    );

    // Workers take the next script by index; results land in their slot, so
    // the report is in name order whatever the scheduling.
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Verdict>>> = Mutex::new(
        std::iter::repeat_with(|| None)
            .take(scripts.len())
            .collect(),
    );
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(scripts.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(script) = scripts.get(i) else { break };
                    let verdict = check(script, &settings);
                    // A poisoned lock only means another worker panicked; the
                    // slots are still meaningful.
                    let mut slots = results.lock().unwrap_or_else(|e| e.into_inner());
                    if let Some(slot) = slots.get_mut(i) {
                        *slot = Some(verdict);
                    }
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());

    let known = load_known_failures(&root.join(KNOWN_FAILURES));
    let mut passed = 0usize;
    let mut failures = Vec::new();
    let mut known_failing = Vec::new();
    let mut now_passing = Vec::new();
    for (script, verdict) in scripts.iter().zip(results) {
        let listed = known.get(&script.name);
        match (verdict, listed) {
            (Some(Verdict::Match), None) => passed += 1,
            (Some(Verdict::Match), Some(_)) => {
                passed += 1;
                now_passing.push(script.name.as_str());
            }
            (Some(Verdict::Mismatch(report)), None) => failures.push((script, report)),
            (Some(Verdict::Mismatch(_)), Some(reason)) => known_failing.push((script, reason)),
            (None, _) => failures.push((script, vec!["the worker running it crashed".into()])),
        }
    }

    for (script, report) in &failures {
        println!();
        println!("MISMATCH {}", script.name);
        for line in report {
            println!("  {line}");
        }
    }
    if !known_failing.is_empty() {
        println!();
        for (script, reason) in &known_failing {
            if reason.is_empty() {
                println!("known failure: {}", script.name);
            } else {
                println!("known failure: {} ({reason})", script.name);
            }
        }
    }
    let stale: Vec<&String> = if cli.filters.is_empty() && cli.skips.is_empty() {
        known
            .keys()
            .filter(|k| !scripts.iter().any(|s| &&s.name == k))
            .collect()
    } else {
        Vec::new()
    };
    if !now_passing.is_empty() || !stale.is_empty() {
        println!();
        for name in &now_passing {
            println!("now passing, remove from {KNOWN_FAILURES}: {name}");
        }
        for name in &stale {
            println!("no such script, remove from {KNOWN_FAILURES}: {name}");
        }
    }
    println!();
    if !known_failing.is_empty() {
        println!(
            "differential: {} known failures ({KNOWN_FAILURES})",
            known_failing.len()
        );
    }
    println!("differential: {passed} passed, {} failed", failures.len());
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
