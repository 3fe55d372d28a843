//! The function declarations in `include/lua.h`, `lauxlib.h` and
//! `lualib.h` (between the `@generated-begin`/`@generated-end` markers)
//! must be exactly what cbindgen makes of the Rust exports
//! (`csrc/cbindgen.toml`). Run with `LUA_BLESS=1` to rewrite them.
use std::path::{Path, PathBuf};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The header a public function belongs in, from its name.
fn header_of(name: &str) -> Option<&'static str> {
    if name.starts_with("luaopen_") || name == "luaL_openlibs" {
        Some("lualib.h")
    } else if name.starts_with("luaL_") {
        Some("lauxlib.h")
    } else if name.starts_with("lua_") {
        Some("lua.h")
    } else {
        None
    }
}

/// Declarations generated from the Rust sources, per header.
fn generated() -> Vec<(&'static str, Vec<String>)> {
    let root = manifest();
    let config =
        cbindgen::Config::from_file(root.join("csrc/cbindgen.toml")).expect("cbindgen.toml");
    let bindings = cbindgen::Builder::new()
        .with_crate(&root)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the declarations");
    let mut out = Vec::new();
    bindings.write(&mut out);
    let text = String::from_utf8(out).expect("UTF-8 output");
    let mut by_header: Vec<(&'static str, Vec<String>)> = vec![
        ("lua.h", vec![]),
        ("lauxlib.h", vec![]),
        ("lualib.h", vec![]),
    ];
    for decl in text.split("\n\n").map(str::trim).filter(|d| !d.is_empty()) {
        if decl.starts_with("extern ") || decl.starts_with('#') {
            continue;
        }
        let Some(paren) = decl.find('(') else {
            continue;
        };
        let name = decl[..paren]
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        if let Some(h) = header_of(name)
            && let Some(entry) = by_header.iter_mut().find(|(n, _)| *n == h)
        {
            entry.1.push(decl.to_string());
        }
    }
    by_header
}

/// Splits a header into (before block, block, after block).
fn split_block(text: &str) -> Option<(String, String, String)> {
    let b = text.find("/* @generated-begin")?;
    let b = b + text[b..].find('\n')? + 1;
    let e = text.find("/* @generated-end")?;
    Some((
        text[..b].to_string(),
        text[b..e].to_string(),
        text[e..].to_string(),
    ))
}

fn check_or_bless(path: &Path, decls: &[String], bless: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (pre, block, post) =
        split_block(&text).ok_or_else(|| format!("{}: no generated block", path.display()))?;
    let want = decls.iter().map(|d| format!("{d}\n")).collect::<String>();
    if block == want {
        return Ok(());
    }
    if bless {
        std::fs::write(path, format!("{pre}{want}{post}")).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let have: Vec<&str> = block.lines().collect();
    let want_lines: Vec<&str> = want.lines().collect();
    let missing: Vec<&&str> = want_lines.iter().filter(|l| !have.contains(l)).collect();
    let extra: Vec<&&str> = have.iter().filter(|l| !want_lines.contains(l)).collect();
    Err(format!(
        "{} drifted from the Rust exports (rerun with LUA_BLESS=1):\n  missing: {:?}\n  stale: {:?}",
        path.display(),
        missing,
        extra
    ))
}

#[test]
fn headers_match_rust_exports() {
    let bless = std::env::var_os("LUA_BLESS").is_some();
    let mut errors = Vec::new();
    for (header, decls) in generated() {
        assert!(!decls.is_empty(), "no declarations generated for {header}");
        if let Err(e) = check_or_bless(&manifest().join("include").join(header), &decls, bless) {
            errors.push(e);
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
