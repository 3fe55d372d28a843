//! Benchmark runner: each `benches/lua/*.lua` program runs on the reference
//! interpreter (A) and on our `lua` (B), alternating A B A B for a number of
//! rounds, and the table shows the median wall time of each, the ratio
//! reference / ours (above 1 means we are faster), the peak resident set
//! size of each (the largest over the rounds) with the ratio ours /
//! reference (below 1 means we use less memory) and, at the end, the
//! geometric means of both ratios.
//!
//! Invariants:
//! - A program counts only if every run of ours printed exactly what the
//!   reference printed (exit status, stdout, stderr); otherwise it is marked
//!   FAILED with the first difference, its remaining rounds are skipped, and
//!   it is left out of the geometric mean. A failing program never stops the
//!   run.
//! - Both sides run under identical conditions (see `tests/common`), from
//!   `benches/lua/` as `lua NAME.lua`.
//! - Times are wall-clock and include process start-up (about a millisecond,
//!   small against programs sized to run 0.5–2 s on the reference).
//!
//! Usage: `cargo bench --bench compare [-- FILTER...]`. Environment:
//! `LUA_BENCH_ROUNDS` (default 5), `LUA_BENCH_FILTER=substr`,
//! `LUA_BENCH_TIMEOUT` (seconds per run, default 120), `LUA_BENCH_OURS` and
//! `LUA_BENCH_REF` (replace either interpreter).
#[path = "../tests/common/mod.rs"]
mod common;

use common::{Invocation, Outcome};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn median(times: &mut [Duration]) -> Option<Duration> {
    times.sort();
    let n = times.len();
    let mid = n / 2;
    if n == 0 {
        None
    } else if n % 2 == 1 {
        times.get(mid).copied()
    } else {
        Some((*times.get(mid - 1)? + *times.get(mid)?) / 2)
    }
}

/// Why ours does not count as a correct run, in one line; `None` if it
/// behaved exactly like the reference.
fn difference(ours: &Outcome, reference: &Outcome) -> Option<String> {
    if ours.ending != reference.ending {
        let first_err = ours
            .stderr
            .bytes
            .split(|&b| b == b'\n')
            .next()
            .unwrap_or_default();
        return Some(format!(
            "{} (ref: {}) {}",
            ours.ending,
            reference.ending,
            common::show_line(first_err)
        ));
    }
    for (label, a, b) in [
        ("stdout", &ours.stdout, &reference.stdout),
        ("stderr", &ours.stderr, &reference.stderr),
    ] {
        if let Some(lines) = common::first_difference(a, b) {
            let detail: Vec<String> = lines.into_iter().take(3).collect();
            return Some(format!("{label} {}", detail.join(" ")));
        }
    }
    None
}

struct Row {
    name: String,
    reference: Option<Duration>,
    ours: Result<Duration, String>,
    /// Peak resident set sizes in KB (reference, ours).
    rss: (u64, u64),
}

impl Row {
    /// Peak memory ratio ours / reference.
    fn rss_ratio(&self) -> Option<f64> {
        (self.rss.0 > 0 && self.rss.1 > 0).then(|| self.rss.1 as f64 / self.rss.0 as f64)
    }
}

fn programs(dir: &Path, filters: &[String]) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".lua")?.to_string();
            Some((stem, entry.path()))
        })
        .filter(|(stem, _)| filters.is_empty() || filters.iter().any(|f| stem.contains(f)))
        .collect();
    found.sort();
    found
}

fn bench_one(
    name: &str,
    path: &Path,
    rounds: usize,
    timeout: Duration,
    ours_exe: &Path,
    ref_exe: &Path,
) -> Row {
    let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Each run goes through `peak-rss`, which writes the peak memory to
    // `rss_file` (see `oracle/peak_rss.c` for why not `wait4` here).
    let rss_file = std::env::temp_dir().join(format!("lua-bench-rss-{}", std::process::id()));
    let invocation = |exe: &Path| Invocation {
        exe: PathBuf::from(lua_oracle::PEAK_RSS),
        args: vec![
            rss_file.to_string_lossy().into_owned(),
            exe.to_string_lossy().into_owned(),
            "lua".to_string(),
            file.clone(),
        ],
        cwd: dir.clone(),
        stdin: None,
        timeout,
    };
    let peak_kb = || -> u64 {
        let kb = std::fs::read_to_string(&rss_file)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        let _ = std::fs::remove_file(&rss_file);
        kb
    };
    let mut ref_times = Vec::with_capacity(rounds);
    let mut our_times = Vec::with_capacity(rounds);
    let mut failure = None;
    let mut rss = (0, 0);
    for _ in 0..rounds {
        let reference = common::run(&invocation(ref_exe));
        let ref_kb = peak_kb();
        if !reference.succeeded() {
            failure = Some(format!("the reference failed: {}", reference.ending));
            break;
        }
        ref_times.push(reference.elapsed);
        let ours = common::run(&invocation(ours_exe));
        let our_kb = peak_kb();
        if let Some(why) = difference(&ours, &reference) {
            failure = Some(why);
            break;
        }
        our_times.push(ours.elapsed);
        rss = (rss.0.max(ref_kb), rss.1.max(our_kb));
    }
    Row {
        name: name.to_string(),
        reference: median(&mut ref_times),
        ours: match (failure, median(&mut our_times)) {
            (Some(why), _) => Err(why),
            (None, Some(t)) => Ok(t),
            (None, None) => Err("no rounds ran".into()),
        },
        rss,
    }
}

fn print_row(row: &Row) {
    let reference = row
        .reference
        .map_or("-".to_string(), |t| format!("{:.3}", t.as_secs_f64()));
    match &row.ours {
        Ok(ours) => {
            let ratio = row.reference.map_or("-".to_string(), |r| {
                format!("{:.2}", r.as_secs_f64() / ours.as_secs_f64().max(1e-9))
            });
            let mem = row
                .rss_ratio()
                .map_or("-".to_string(), |r| format!("{r:.2}"));
            println!(
                "{:<24} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
                row.name,
                reference,
                format!("{:.3}", ours.as_secs_f64()),
                ratio,
                row.rss.0,
                row.rss.1,
                mem
            );
        }
        Err(why) => {
            let mut why = why.clone();
            if why.len() > 160 {
                let mut cut = 160;
                while !why.is_char_boundary(cut) {
                    cut -= 1;
                }
                why.truncate(cut);
                why.push_str("...");
            }
            println!("{:<24} {:>9} {:>9}  {why}", row.name, reference, "FAILED");
        }
    }
}

fn main() {
    // `cargo bench` passes `--bench`; other dashed options are libtest's and
    // mean nothing here. Plain words filter programs by name.
    let mut filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if let Ok(f) = std::env::var("LUA_BENCH_FILTER")
        && !f.is_empty()
    {
        filters.push(f);
    }
    let rounds = common::rounds_from_env(5);
    let timeout = common::seconds_from_env("LUA_BENCH_TIMEOUT", 120.0);
    let ours_exe = common::exe_from_env("LUA_BENCH_OURS", env!("CARGO_BIN_EXE_lua"));
    let ref_exe = common::exe_from_env("LUA_BENCH_REF", lua_oracle::REF_LUA);
    let list = programs(&common::manifest_dir().join("benches/lua"), &filters);
    if list.is_empty() {
        println!("compare: no programs under benches/lua match");
        std::process::exit(1);
    }
    println!(
        "compare: {} programs, {rounds} rounds, reference (A) and ours (B) alternating\n  ours: {}\n  ref:  {}\n",
        list.len(),
        ours_exe.display(),
        ref_exe.display()
    );
    println!(
        "{:<24} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "program", "ref (s)", "ours (s)", "ref/ours", "ref KB", "ours KB", "mem o/r"
    );
    let mut log_sum = 0.0f64;
    let mut counted = 0u32;
    let mut mem_log_sum = 0.0f64;
    let mut mem_counted = 0u32;
    let mut failed = Vec::new();
    for (name, path) in &list {
        let row = bench_one(name, path, rounds, timeout, &ours_exe, &ref_exe);
        print_row(&row);
        match (&row.ours, row.reference) {
            (Ok(ours), Some(reference)) => {
                log_sum += (reference.as_secs_f64() / ours.as_secs_f64().max(1e-9)).ln();
                counted += 1;
                if let Some(r) = row.rss_ratio() {
                    mem_log_sum += r.ln();
                    mem_counted += 1;
                }
            }
            _ => failed.push(row.name.clone()),
        }
    }
    println!();
    if counted > 0 {
        println!(
            "geometric mean ref/ours: {:.3} over {counted} programs (above 1 = ours faster)",
            (log_sum / f64::from(counted)).exp()
        );
    } else {
        println!("geometric mean ref/ours: - (no program ran correctly on ours)");
    }
    if mem_counted > 0 {
        println!(
            "geometric mean peak memory ours/ref: {:.3} over {mem_counted} programs (below 1 = ours smaller)",
            (mem_log_sum / f64::from(mem_counted)).exp()
        );
    }
    if !failed.is_empty() {
        println!("FAILED ({}): {}", failed.len(), failed.join(" "));
    }
}
