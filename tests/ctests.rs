//! The ctests: every C program in `ctests/` is compiled twice, against our
//! headers and library and against the reference's (`lua_oracle`), both
//! are run, and their exit status, stdout and stderr must be equal after
//! masking pointer values (`0x...`). The last line printed is
//! `ctests: N passed, M failed`.
//!
//! - `LUA_CTEST_FILTER=substr` (or a command-line argument) runs a subset.
//! - `LUA_CTEST_VALGRIND=1` also runs our build under valgrind (memcheck,
//!   leak check) and counts a valgrind error as a failure.
//! - `ctests/known_failures.txt` lists programs that do not match yet
//!   (`name: reason`); they run, do not fail the test, and are reported
//!   when they start passing.
//! - `ctests/ctest.h` holds helpers shared by the programs.
#[path = "common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Directory holding our `liblua.so`. `cargo test` builds the library's
/// every crate type into `deps/`, next to this test (it copies them up to
/// the profile directory only on `cargo build`).
fn our_lib_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    exe.parent().expect("deps directory").to_path_buf()
}

/// A directory where `liblua.so` and `liblua.so.5.4` name our library.
fn link_dir(deps: &Path, build: &Path) -> Result<PathBuf, String> {
    let dir = build.join("lib");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for name in ["liblua.so", "liblua.so.5.4"] {
        let link = dir.join(name);
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(deps.join("liblua.so"), &link)
            .map_err(|e| format!("cannot link {}: {e}", link.display()))?;
    }
    Ok(dir)
}

fn compile(cc: &str, src: &Path, out: &Path, ours: bool, lib_dir: &Path) -> Result<(), String> {
    let mut cmd = Command::new(cc);
    cmd.args([
        "-std=gnu99",
        "-O1",
        "-g",
        "-Wall",
        "-Wno-unused-function",
        "-o",
    ])
    .arg(out)
    .arg(src);
    let ctests = common::manifest_dir().join("ctests");
    cmd.arg("-I").arg(&ctests);
    if ours {
        cmd.arg("-I")
            .arg(common::manifest_dir().join("include"))
            .arg("-L")
            .arg(lib_dir)
            .arg("-llua")
            .arg("-Wl,--disable-new-dtags")
            .arg(format!("-Wl,-rpath,{}", lib_dir.display()));
    } else {
        cmd.arg("-I")
            .arg(lua_oracle::REF_INCLUDE)
            .arg(Path::new(lua_oracle::REF_LIB_DIR).join("liblua5.4.a"));
    }
    cmd.args(["-lm", "-ldl"]);
    let o = cmd.output().map_err(|e| format!("cannot run {cc}: {e}"))?;
    if !o.status.success() {
        return Err(format!(
            "compiling against {} failed:\n{}",
            if ours { "ours" } else { "the reference" },
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    Ok(())
}

/// Replaces hexadecimal pointer values by a fixed token.
fn mask(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0'
            && b.get(i + 1) == Some(&b'x')
            && b.get(i + 2).is_some_and(|c| c.is_ascii_hexdigit())
        {
            i += 2;
            while b.get(i).is_some_and(|c| c.is_ascii_hexdigit()) {
                i += 1;
            }
            out.extend_from_slice(b"0xPTR");
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn run(exe: &Path, valgrind: bool) -> common::Outcome {
    let (exe2, args) = if valgrind {
        (
            PathBuf::from("valgrind"),
            vec![
                "-q".to_string(),
                "--leak-check=full".into(),
                "--errors-for-leak-kinds=definite,indirect".into(),
                "--error-exitcode=99".into(),
                exe.display().to_string(),
            ],
        )
    } else {
        (exe.to_path_buf(), Vec::new())
    };
    common::run(&common::Invocation {
        exe: exe2,
        args,
        cwd: common::manifest_dir().join("ctests"),
        stdin: None,
        timeout: Duration::from_secs(if valgrind { 120 } else { 20 }),
    })
}

fn check_one(
    name: &str,
    cc: &str,
    build: &Path,
    lib_dir: &Path,
    valgrind: bool,
) -> Result<(), String> {
    let src = common::manifest_dir()
        .join("ctests")
        .join(format!("{name}.c"));
    let ours = build.join(format!("{name}.ours"));
    let refe = build.join(format!("{name}.ref"));
    compile(cc, &src, &ours, true, lib_dir)?;
    compile(cc, &src, &refe, false, lib_dir)?;
    let a = run(&ours, valgrind);
    let b = run(&refe, false);
    let mut diffs = Vec::new();
    if a.ending != b.ending {
        diffs.push(format!("ending: ours {}, reference {}", a.ending, b.ending));
    }
    for (what, x, y) in [
        ("stdout", &a.stdout, &b.stdout),
        ("stderr", &a.stderr, &b.stderr),
    ] {
        let (mx, my) = (mask(&x.bytes), mask(&y.bytes));
        if mx != my {
            let xs = String::from_utf8_lossy(&mx);
            let ys = String::from_utf8_lossy(&my);
            let line = xs
                .lines()
                .zip(ys.lines())
                .position(|(p, q)| p != q)
                .unwrap_or_else(|| xs.lines().count().min(ys.lines().count()));
            diffs.push(format!(
                "{what} differs at line {}:\n    ours: {:?}\n    ref:  {:?}",
                line + 1,
                xs.lines().nth(line).unwrap_or("<end>"),
                ys.lines().nth(line).unwrap_or("<end>")
            ));
            if std::env::var_os("LUA_CTEST_VERBOSE").is_some() {
                diffs.push(format!("--- ours {what}:\n{xs}--- reference {what}:\n{ys}"));
            }
        }
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(diffs.join("\n  "))
    }
}

fn known_failures() -> Vec<(String, String)> {
    let p = common::manifest_dir().join("ctests/known_failures.txt");
    let text = std::fs::read_to_string(p).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (n, r) = l.split_once(':')?;
            Some((n.trim().to_string(), r.trim().to_string()))
        })
        .collect()
}

fn main() {
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .or_else(|| std::env::var("LUA_CTEST_FILTER").ok())
        .unwrap_or_default();
    let valgrind = std::env::var_os("LUA_CTEST_VALGRIND").is_some();
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let lib_dir = our_lib_dir();
    if !lib_dir.join("liblua.so").exists() {
        eprintln!("ctests: {} has no liblua.so", lib_dir.display());
        println!("ctests: 0 passed, 1 failed");
        std::process::exit(1);
    }
    let build = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ctests");
    std::fs::create_dir_all(&build).expect("create the build directory");
    // The library's soname is liblua.so.5.4: give it that name (and the
    // link-time name) in a directory of its own, as an install would.
    let lib_dir = match link_dir(&lib_dir, &build) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("ctests: {e}");
            println!("ctests: 0 passed, 1 failed");
            std::process::exit(1);
        }
    };
    // cargo test sets LD_LIBRARY_PATH to directories that may hold an older
    // liblua.so (the profile directory, filled by `cargo build`): our
    // programs must load the one built with this test.
    // SAFETY: no other thread runs yet.
    unsafe { std::env::set_var("LD_LIBRARY_PATH", &lib_dir) };
    let mut names: Vec<String> = std::fs::read_dir(common::manifest_dir().join("ctests"))
        .expect("ctests directory")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".c").map(str::to_string)
        })
        .filter(|n| n.contains(&filter))
        .collect();
    names.sort();
    let known = known_failures();
    let queue = Arc::new(Mutex::new(names.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4);
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (queue, results) = (queue.clone(), results.clone());
            let (cc, build, lib_dir) = (cc.clone(), build.clone(), lib_dir.clone());
            std::thread::spawn(move || {
                // The lock is released before the (long) check runs.
                let next = || queue.lock().ok().and_then(|mut q| q.pop());
                while let Some(name) = next() {
                    let r = check_one(&name, &cc, &build, &lib_dir, valgrind);
                    if let Ok(mut res) = results.lock() {
                        res.push((name, r));
                    }
                }
            })
        })
        .collect();
    for h in handles {
        let _ = h.join();
    }
    let mut results = std::mem::take(&mut *results.lock().expect("results"));
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut passed, mut failed, mut unexpected) = (0, 0, 0);
    for (name, r) in &results {
        let listed = known.iter().find(|(n, _)| n == name);
        match (r, listed) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => {
                passed += 1;
                println!("ctest {name}: passes now; remove it from ctests/known_failures.txt");
            }
            (Err(e), Some((_, why))) => {
                failed += 1;
                println!("ctest {name}: known failure ({why})\n  {e}");
            }
            (Err(e), None) => {
                failed += 1;
                unexpected += 1;
                println!("ctest {name}: FAILED\n  {e}");
            }
        }
    }
    println!("ctests: {passed} passed, {failed} failed");
    if unexpected > 0 {
        std::process::exit(1);
    }
}
