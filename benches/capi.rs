//! C-API micro benchmarks: `benches/capi/capi_bench.c` is compiled against
//! our static library and against the reference's (both static, so the
//! call overhead is the same), both programs run alternately for a number
//! of rounds, and the table shows each case's median time per operation
//! and the ratio reference / ours (above 1 means we are faster), then the
//! geometric mean.
//!
//! Invariant: both programs must print the same `check` line (the sum of
//! every result), or the run fails: the cases must do the same work.
//!
//! Usage: `cargo bench --bench capi`. Environment: `LUA_BENCH_ROUNDS`
//! (default 5), `LUA_CAPI_SCALE` (iteration multiplier, default 1),
//! `CC`.
#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where `cargo bench` left our static library (next to this executable).
fn our_static_lib() -> PathBuf {
    let exe = std::env::current_exe().expect("bench executable path");
    exe.parent().expect("deps directory").join("liblua.a")
}

fn compile(cc: &str, src: &Path, out: &Path, ours: bool) -> Result<(), String> {
    let mut cmd = Command::new(cc);
    cmd.args(["-std=gnu99", "-O2", "-o"]).arg(out).arg(src);
    if ours {
        cmd.arg("-I")
            .arg(common::manifest_dir().join("include"))
            .arg(our_static_lib())
            .arg("-lpthread");
    } else {
        cmd.arg("-I")
            .arg(lua_oracle::REF_INCLUDE)
            .arg(Path::new(lua_oracle::REF_LIB_DIR).join("liblua5.4.a"));
    }
    cmd.args(["-lm", "-ldl"]);
    let o = cmd.output().map_err(|e| format!("cannot run {cc}: {e}"))?;
    if !o.status.success() {
        return Err(String::from_utf8_lossy(&o.stderr).into_owned());
    }
    Ok(())
}

/// Runs one program: its cases (name, ns per op) and its check line.
fn run(exe: &Path, scale: &str) -> Result<(Vec<(String, f64)>, String), String> {
    let o = Command::new(exe)
        .arg(scale)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    if !o.status.success() {
        return Err(format!("{} failed: {}", exe.display(), o.status));
    }
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    let mut cases = Vec::new();
    let mut check = String::new();
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some("check"), Some(v)) => check = v.to_string(),
            (Some(name), Some(v)) => match v.parse::<f64>() {
                Ok(t) => cases.push((name.to_string(), t)),
                Err(_) => return Err(format!("unexpected line: {line}")),
            },
            _ => return Err(format!("unexpected line: {line}")),
        }
    }
    Ok((cases, check))
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() {
    let rounds = common::rounds_from_env(5);
    let scale = std::env::var("LUA_CAPI_SCALE").unwrap_or_else(|_| "1".into());
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let src = common::manifest_dir().join("benches/capi/capi_bench.c");
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("capi_bench");
    std::fs::create_dir_all(&dir).expect("create the build directory");
    let (ours, reference) = (dir.join("bench.ours"), dir.join("bench.ref"));
    for (exe, is_ours) in [(&ours, true), (&reference, false)] {
        if let Err(e) = compile(&cc, &src, exe, is_ours) {
            println!("capi: cannot compile: {e}");
            std::process::exit(1);
        }
    }
    let mut times: BTreeMap<String, (Vec<f64>, Vec<f64>)> = BTreeMap::new();
    let mut order = Vec::new();
    for _ in 0..rounds {
        let (a, b) = match (run(&reference, &scale), run(&ours, &scale)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                println!("capi: {e}");
                std::process::exit(1);
            }
        };
        if a.1 != b.1 {
            println!("capi: results differ: reference {}, ours {}", a.1, b.1);
            std::process::exit(1);
        }
        for (which, cases) in [(0, a.0), (1, b.0)] {
            for (name, t) in cases {
                if !times.contains_key(&name) {
                    order.push(name.clone());
                }
                let e = times.entry(name).or_default();
                if which == 0 { &mut e.0 } else { &mut e.1 }.push(t);
            }
        }
    }
    println!("capi: {rounds} rounds, reference (A) and ours (B) alternating\n");
    println!(
        "{:<20} {:>10} {:>10} {:>9}",
        "case", "ref ns/op", "ours ns/op", "ref/ours"
    );
    let (mut log_sum, mut counted) = (0.0f64, 0u32);
    for name in &order {
        let Some((r, o)) = times.get_mut(name) else {
            continue;
        };
        if r.is_empty() || o.is_empty() {
            continue;
        }
        let (r, o) = (median(r), median(o));
        let ratio = r / o.max(1e-9);
        log_sum += ratio.ln();
        counted += 1;
        println!("{name:<20} {r:>10.2} {o:>10.2} {ratio:>9.2}");
    }
    if counted > 0 {
        println!(
            "\ngeometric mean ref/ours: {:.3} over {counted} cases (above 1 = ours faster)",
            (log_sum / f64::from(counted)).exp()
        );
    }
}
