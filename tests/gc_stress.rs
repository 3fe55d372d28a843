//! The collector under stress: part of the differential corpus runs with
//! `LUA_GC_STRESS=1` (a full collection at every safe point) and with
//! `LUA_GC_STRESS=4` (an emergency collection at every allocation and a
//! young collection at every safe point) and must still match the reference
//! byte for byte. A collector bug that frees something
//! still in use shows up here as a crash or a wrong result.
//!
//! Scripts whose output depends on when collections happen (the order in
//! which finalizers of separate cycles run) are left out, as are scripts
//! with directives (arguments, options, standard input).
mod common;

use common::{Invocation, run};
use std::path::PathBuf;
use std::time::Duration;

const DIRS: &[&str] = &[
    "baselib",
    "gc",
    "gc2",
    "metatables",
    "yields",
    "functions",
    "tables",
    "attribs",
    "chunks",
    "debuglib",
    "strings",
    "tablelib",
];

/// Stress modes, each with the scripts whose output depends on when
/// collections happen: finalizers of objects found dead in separate cycles
/// run in another order when every safe point (or allocation) collects.
const MODES: &[(&str, &[&str])] = &[
    ("1", &["gc/gc_metamethod.lua"]),
    ("4", &["gc/gc_metamethod.lua", "gc2/inside_finalizer.lua"]),
];

#[test]
fn corpus_subset_matches_under_gc_stress() {
    for (mode, timing_dependent) in MODES {
        // SAFETY: set while no child process starts; this test binary has
        // this one test.
        unsafe { std::env::set_var("LUA_GC_STRESS", mode) };
        corpus_subset_matches(mode, timing_dependent);
    }
}

fn corpus_subset_matches(mode: &str, timing_dependent: &[&str]) {
    let root = common::manifest_dir().join("tests/lua");
    let ours = PathBuf::from(env!("CARGO_BIN_EXE_lua"));
    let reference = PathBuf::from(lua_oracle::REF_LUA);
    let mut failures = Vec::new();
    let mut count = 0;
    for dir in DIRS {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for path in files {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let rel = format!("{dir}/{name}");
            if !name.ends_with(".lua")
                || name.starts_with('_')
                || timing_dependent.contains(&rel.as_str())
            {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            if text.contains("-- args:")
                || text.contains("-- options:")
                || text.contains("-- stdin:")
            {
                continue;
            }
            let inv = |exe: &PathBuf| Invocation {
                exe: exe.clone(),
                args: vec![name.clone()],
                cwd: root.join(dir),
                stdin: None,
                timeout: Duration::from_secs(60),
            };
            let a = run(&inv(&ours));
            let b = run(&inv(&reference));
            count += 1;
            if a.ending != b.ending || a.stdout != b.stdout || a.stderr != b.stderr {
                failures.push(format!(
                    "{rel} (LUA_GC_STRESS={mode}): ours {} / ref {}\n  ours stdout: {}\n  ref stdout:  {}\n  ours stderr: {}",
                    a.ending,
                    b.ending,
                    String::from_utf8_lossy(&a.stdout.bytes),
                    String::from_utf8_lossy(&b.stdout.bytes),
                    String::from_utf8_lossy(&a.stderr.bytes)
                ));
            }
        }
    }
    assert!(count > 100, "only {count} scripts found");
    assert!(
        failures.is_empty(),
        "{} of {count} differ under GC stress {mode}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
