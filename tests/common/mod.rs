//! Running one Lua interpreter process under controlled conditions, shared by
//! the differential test (`tests/differential.rs`) and the benchmark runner
//! (`benches/compare.rs`, which includes this file by path).
//!
//! Invariants:
//! - Both implementations run under the same conditions: `argv[0]` is `lua`
//!   (so the `progname: message` prefix and `arg[-1]` match whatever path
//!   the executable has), the same working directory, the same environment
//!   minus the variables only one side would read (`LUA_INIT*`, `LUA_PATH*`,
//!   `LUA_CPATH*`), `TZ=UTC` and `LC_ALL=C` so dates and locales agree.
//! - A run never outlives its deadline: the child is the leader of its own
//!   process group, and on timeout the whole group is killed, so neither a
//!   looping script nor a grandchild holding the pipes open can hang us.
//! - Memory stays bounded: at most `OUTPUT_CAP` bytes of each stream are
//!   kept; the rest is drained and counted, so a script printing forever only
//!   costs its timeout.
// The benchmark runner uses only part of this module.
#![allow(dead_code)]

use std::fs::File;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, Instant};

/// Bytes of each output stream kept for comparison.
pub const OUTPUT_CAP: usize = 16 << 20;

/// Environment variables that the reference runner ignores or that would make
/// runs depend on the machine; removed for both sides.
const SCRUBBED_ENV: &[&str] = &[
    "LUA_INIT",
    "LUA_INIT_5_4",
    "LUA_PATH",
    "LUA_PATH_5_4",
    "LUA_CPATH",
    "LUA_CPATH_5_4",
];

/// What to run: an interpreter executable, its command line, and where.
#[derive(Debug, Clone)]
pub struct Invocation {
    pub exe: PathBuf,
    /// Arguments after `argv[0]`.
    pub args: Vec<String>,
    pub cwd: PathBuf,
    /// File fed to standard input; `None` means `/dev/null`.
    pub stdin: Option<PathBuf>,
    pub timeout: Duration,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    Exited(i32),
    Signaled(i32),
    /// Killed after the deadline.
    TimedOut,
    /// The process could not be started (missing executable, bad stdin file).
    NotStarted(String),
    /// The process exited but something it started kept the output pipes open
    /// past the deadline.
    PipesHeld,
}

impl std::fmt::Display for Ending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ending::Exited(code) => write!(f, "exit status {code}"),
            Ending::Signaled(sig) => write!(f, "killed by signal {sig}"),
            Ending::TimedOut => write!(f, "timed out"),
            Ending::NotStarted(why) => write!(f, "could not start: {why}"),
            Ending::PipesHeld => write!(f, "output pipes held open after exit"),
        }
    }
}

/// One captured output stream.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stream {
    /// The first `OUTPUT_CAP` bytes.
    pub bytes: Vec<u8>,
    /// Total bytes produced, including those past the cap.
    pub total: u64,
}

/// The observable result of a run.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub ending: Ending,
    pub stdout: Stream,
    pub stderr: Stream,
    /// Wall time from spawn to exit (or to the kill).
    pub elapsed: Duration,
}

impl Outcome {
    fn not_started(why: String) -> Outcome {
        Outcome {
            ending: Ending::NotStarted(why),
            stdout: Stream::default(),
            stderr: Stream::default(),
            elapsed: Duration::ZERO,
        }
    }

    /// True when the process ran to completion with status 0.
    pub fn succeeded(&self) -> bool {
        self.ending == Ending::Exited(0)
    }
}

/// Reads a stream to its end, keeping the first `OUTPUT_CAP` bytes.
fn drain(mut from: impl Read) -> Stream {
    let mut out = Stream::default();
    let mut buf = [0u8; 64 * 1024];
    loop {
        match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let chunk = buf.get(..n).unwrap_or_default();
                let room = OUTPUT_CAP.saturating_sub(out.bytes.len());
                out.bytes
                    .extend_from_slice(chunk.get(..room.min(n)).unwrap_or_default());
                out.total = out.total.saturating_add(n as u64);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    out
}

/// Kills every process in the group led by `pid` (the child and anything it
/// started that did not leave the group).
fn kill_group(pid: u32) {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return;
    };
    // SAFETY: kill(2) takes no pointers; a negative pid addresses the process
    // group that the child leads (it was spawned with `process_group(0)`), so
    // only our own child and its descendants receive the signal.
    unsafe {
        libc::kill(-pid, libc::SIGKILL);
    }
}

fn ending_of(status: ExitStatus) -> Ending {
    match (status.code(), status.signal()) {
        (Some(code), _) => Ending::Exited(code),
        (None, Some(sig)) => Ending::Signaled(sig),
        (None, None) => Ending::NotStarted("unknown exit status".into()),
    }
}

/// Runs `inv` to completion or to its deadline and captures everything.
pub fn run(inv: &Invocation) -> Outcome {
    let stdin = match &inv.stdin {
        None => Stdio::null(),
        Some(path) => match File::open(inv.cwd.join(path)) {
            Ok(file) => Stdio::from(file),
            Err(e) => return Outcome::not_started(format!("stdin {}: {e}", path.display())),
        },
    };
    let mut cmd = Command::new(&inv.exe);
    cmd.arg0("lua")
        .args(&inv.args)
        .current_dir(&inv.cwd)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("TZ", "UTC")
        .env("LC_ALL", "C")
        .process_group(0);
    for var in SCRUBBED_ENV {
        cmd.env_remove(var);
    }
    let start = Instant::now();
    let deadline = start + inv.timeout;
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => return Outcome::not_started(format!("{}: {e}", inv.exe.display())),
    };
    let pid = child.id();
    // Both pipes are read concurrently with the wait, otherwise a child that
    // fills one pipe would block forever.
    let (tx, rx) = mpsc::channel::<(bool, Stream)>();
    if let Some(out) = child.stdout.take() {
        let tx = tx.clone();
        thread::spawn(move || tx.send((true, drain(out))));
    }
    if let Some(err) = child.stderr.take() {
        let tx = tx.clone();
        thread::spawn(move || tx.send((false, drain(err))));
    }
    drop(tx);

    // A watchdog kills the group at the deadline while this thread blocks in
    // `wait`, so the measured time is exact and nothing polls. Until `wait`
    // reaps the child its pid stays reserved, so the kill cannot hit an
    // unrelated process (short of the instant between `wait` returning and
    // the watchdog being told, far too short for the pid to be reused).
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let timed_out = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let timed_out = Arc::clone(&timed_out);
        let timeout = inv.timeout;
        thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = done_rx.recv_timeout(timeout) {
                timed_out.store(true, Ordering::SeqCst);
                kill_group(pid);
            }
        })
    };
    let status = child.wait();
    let elapsed = start.elapsed();
    let _ = done_tx.send(());
    let _ = watchdog.join();
    let mut ending = match status {
        _ if timed_out.load(Ordering::SeqCst) => Ending::TimedOut,
        Ok(status) => ending_of(status),
        Err(e) => {
            kill_group(pid);
            Ending::NotStarted(format!("wait: {e}"))
        }
    };

    let mut stdout = Stream::default();
    let mut stderr = Stream::default();
    let mut pending = 2;
    while pending > 0 {
        let wait = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(wait.max(Duration::from_millis(100))) {
            Ok((true, s)) => stdout = s,
            Ok((false, s)) => stderr = s,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                // A descendant still holds a pipe: kill the group, then give
                // the readers a moment to see end-of-file.
                kill_group(pid);
                if ending != Ending::TimedOut {
                    ending = Ending::PipesHeld;
                }
                while pending > 0 {
                    match rx.recv_timeout(Duration::from_secs(1)) {
                        Ok((true, s)) => stdout = s,
                        Ok((false, s)) => stderr = s,
                        Err(_) => break,
                    }
                    pending -= 1;
                }
                break;
            }
        }
        pending -= 1;
    }
    Outcome {
        ending,
        stdout,
        stderr,
        elapsed,
    }
}

/// The directory of the package (the workspace root).
pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// An executable chosen by an environment variable, else `default`.
pub fn exe_from_env(var: &str, default: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => PathBuf::from(default),
    }
}

/// A positive number of seconds from an environment variable, else `default`.
pub fn seconds_from_env(var: &str, default: f64) -> Duration {
    std::env::var(var)
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .map_or(Duration::from_secs_f64(default), Duration::from_secs_f64)
}

/// Benchmark rounds: `LUA_BENCH_ROUNDS` when a positive integer, else
/// `default`.
pub fn rounds_from_env(default: usize) -> usize {
    std::env::var("LUA_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(default)
}

/// Renders bytes for a one-line report: escapes non-printable bytes and cuts
/// long lines.
pub fn show_line(line: &[u8]) -> String {
    const MAX: usize = 200;
    let cut = line.get(..MAX).unwrap_or(line);
    let mut text = String::with_capacity(cut.len());
    for &b in cut {
        match b {
            b'\\' => text.push_str("\\\\"),
            b'\t' => text.push_str("\\t"),
            b'\r' => text.push_str("\\r"),
            b' '..=b'~' => text.push(char::from(b)),
            _ => text.push_str(&format!("\\x{b:02x}")),
        }
    }
    if cut.len() < line.len() {
        text.push_str(&format!("... ({} bytes)", line.len()));
    }
    text
}

/// Where two streams first differ, as report lines; `None` if they are equal.
pub fn first_difference(ours: &Stream, reference: &Stream) -> Option<Vec<String>> {
    if ours == reference {
        return None;
    }
    let mut report = Vec::new();
    // Lines keep their terminator, so "no newline at the end" is a difference
    // on the last line rather than a phantom extra line.
    let ours_lines: Vec<&[u8]> = ours.bytes.split_inclusive(|&b| b == b'\n').collect();
    let ref_lines: Vec<&[u8]> = reference.bytes.split_inclusive(|&b| b == b'\n').collect();
    let at = ours_lines
        .iter()
        .zip(&ref_lines)
        .position(|(a, b)| a != b)
        .unwrap_or(ours_lines.len().min(ref_lines.len()));
    let side = |lines: &[&[u8]]| match lines.get(at) {
        Some(line) => match line.strip_suffix(b"\n") {
            Some(text) => show_line(text),
            None => format!("{} <no newline at end>", show_line(line)),
        },
        None => "<end of output>".to_string(),
    };
    report.push(format!("first difference at line {}:", at + 1));
    report.push(format!("ours: {}", side(&ours_lines)));
    report.push(format!("ref : {}", side(&ref_lines)));
    let count = |s: &Stream| {
        let lines = s.bytes.iter().filter(|&&b| b == b'\n').count();
        if s.total > s.bytes.len() as u64 {
            format!("{lines}+ lines, {} bytes (truncated)", s.total)
        } else {
            format!("{lines} lines, {} bytes", s.total)
        }
    };
    report.push(format!("(ours {}; ref {})", count(ours), count(reference)));
    Some(report)
}
