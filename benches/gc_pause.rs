//! Collector pauses: `benches/pause/gc_pause.lua` runs on the reference and
//! on our `lua`, in incremental and in generational mode. The script cuts
//! an allocation loop over a large live heap into slices of equal work and
//! reports the median, 99th-percentile and longest slice (CPU
//! microseconds); a long slice holds a collector pause. The table shows
//! each side's figures (the median over the rounds) and the ratio ours /
//! reference of the longest slice (below 1 means shorter pauses).
//!
//! Usage: `cargo bench --bench gc_pause`; `LUA_BENCH_ROUNDS` (default 3).
#[path = "../tests/common/mod.rs"]
mod common;

use common::Invocation;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Median, 99th percentile and longest slice, in microseconds.
type Slices = [f64; 3];

fn parse(stdout: &[u8]) -> Option<Slices> {
    let text = String::from_utf8_lossy(stdout);
    let mut fields = text.split_whitespace().skip(1).map(|f| f.parse::<f64>());
    let mut out = [0.0; 3];
    for slot in &mut out {
        *slot = fields.next()?.ok()?;
    }
    Some(out)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}

fn measure(exe: &Path, dir: &Path, mode: &str, rounds: usize) -> Result<Slices, String> {
    let mut runs = Vec::new();
    for _ in 0..rounds {
        let out = common::run(&Invocation {
            exe: exe.to_path_buf(),
            args: vec!["gc_pause.lua".into(), mode.into()],
            cwd: dir.to_path_buf(),
            stdin: None,
            timeout: Duration::from_secs(300),
        });
        if !out.succeeded() {
            return Err(format!("{}: {}", exe.display(), out.ending));
        }
        runs.push(parse(&out.stdout.bytes).ok_or("unreadable output")?);
    }
    Ok([0, 1, 2].map(|i| median(runs.iter().map(|r| r[i]).collect())))
}

fn main() {
    let rounds = common::rounds_from_env(3);
    let ours = common::exe_from_env("LUA_BENCH_OURS", env!("CARGO_BIN_EXE_lua"));
    let reference = PathBuf::from(lua_oracle::REF_LUA);
    let dir = common::manifest_dir().join("benches/pause");
    println!("gc_pause: slices of equal work, CPU microseconds, median of {rounds} rounds\n");
    println!(
        "{:<13} {:>22} {:>22} {:>9}",
        "mode", "ref median/p99/max", "ours median/p99/max", "max o/r"
    );
    let show = |s: &Slices| format!("{:.0}/{:.0}/{:.0}", s[0], s[1], s[2]);
    for mode in ["incremental", "generational"] {
        match (
            measure(&reference, &dir, mode, rounds),
            measure(&ours, &dir, mode, rounds),
        ) {
            (Ok(r), Ok(o)) => println!(
                "{:<13} {:>22} {:>22} {:>9.2}",
                mode,
                show(&r),
                show(&o),
                o[2] / r[2].max(1.0)
            ),
            (r, o) => println!("{mode:<13} FAILED: {:?} {:?}", r.err(), o.err()),
        }
    }
}
