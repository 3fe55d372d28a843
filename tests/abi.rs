//! Symbol parity: every `lua_*`, `luaL_*` and `luaopen_*` symbol that the
//! reference library defines must be exported by our `liblua.so`, except
//! those listed in `tests/known_missing_symbols.txt` (one name a line), so
//! that progress is a diff of that list. A listed symbol that exists fails
//! the test too, so the list stays current.
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn defined_symbols(args: &[&str], file: &Path) -> BTreeSet<String> {
    let out = Command::new("nm")
        .args(args)
        .arg(file)
        .output()
        .expect("run nm");
    assert!(out.status.success(), "nm failed on {}", file.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut parts = l.split_whitespace().rev();
            let name = parts.next()?;
            let kind = parts.next()?;
            // Text, data, read-only data, BSS: the definitions.
            let global = matches!(kind, "T" | "D" | "R" | "B");
            let public = name.starts_with("lua_")
                || name.starts_with("luaL_")
                || name.starts_with("luaopen_");
            (global && public).then(|| name.to_string())
        })
        .collect()
}

fn our_library() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    // `cargo test` leaves every crate type of the library in `deps/`.
    exe.parent().expect("deps directory").join("liblua.so")
}

#[test]
fn exports_every_reference_symbol() {
    let reference = defined_symbols(
        &["--defined-only"],
        &Path::new(lua_oracle::REF_LIB_DIR).join("liblua5.4.a"),
    );
    assert!(reference.len() > 150, "reference symbols not found");
    let ours = defined_symbols(&["-D", "--defined-only"], &our_library());
    let list_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/known_missing_symbols.txt");
    let listed: BTreeSet<String> = std::fs::read_to_string(&list_path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let missing: Vec<&String> = reference
        .difference(&ours)
        .filter(|s| !listed.contains(*s))
        .collect();
    let now_present: Vec<&String> = listed.iter().filter(|s| ours.contains(*s)).collect();
    println!(
        "symbols: reference {}, ours {}, known missing {}",
        reference.len(),
        reference.intersection(&ours).count(),
        listed.len()
    );
    assert!(
        missing.is_empty(),
        "missing exports (not in known_missing_symbols.txt): {missing:?}"
    );
    assert!(
        now_present.is_empty(),
        "exported now, remove from known_missing_symbols.txt: {now_present:?}"
    );
}
