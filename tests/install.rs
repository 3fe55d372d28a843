//! The install command (`tools/install.sh PREFIX`) puts a working
//! replacement of the reference liblua under a prefix: the library under
//! every usual name (soname `liblua.so.5.4`, Debian's `liblua5.4.so.0`),
//! the headers, `lua5.4.pc` and `lua`. A C host is then built with the
//! flags of the `.pc` file against the installed library and run.
use std::path::{Path, PathBuf};
use std::process::Command;

fn deps_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    exe.parent().expect("deps directory").to_path_buf()
}

/// `Cflags` and `Libs` of a .pc file, with its variables expanded.
fn pc_flags(pc: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(pc).expect("read .pc");
    let mut vars: Vec<(String, String)> = Vec::new();
    let expand = |s: &str, vars: &[(String, String)]| {
        let mut out = s.to_string();
        for _ in 0..4 {
            for (k, v) in vars {
                out = out.replace(&format!("${{{k}}}"), v);
            }
        }
        out
    };
    let mut flags = Vec::new();
    for line in text.lines() {
        if let Some((k, v)) = line.split_once('=')
            && !k.contains(':')
            && !k.contains(' ')
        {
            let v = expand(v.trim(), &vars);
            vars.push((k.trim().to_string(), v));
        } else if let Some(v) = line.strip_prefix("Cflags:").or(line.strip_prefix("Libs:")) {
            flags.extend(expand(v, &vars).split_whitespace().map(String::from));
        }
    }
    flags
}

#[test]
fn installs_library_headers_pkgconfig_and_binary() {
    let root = std::env::temp_dir().join(format!("lua-rs-install-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let artifacts = root.join("artifacts");
    let prefix = root.join("prefix");
    std::fs::create_dir_all(&artifacts).expect("temp dir");
    let deps = deps_dir();
    for f in ["liblua.so", "liblua.a"] {
        std::fs::copy(deps.join(f), artifacts.join(f)).expect("copy library");
    }
    std::fs::copy(env!("CARGO_BIN_EXE_lua"), artifacts.join("lua")).expect("copy lua");
    let st = Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tools/install.sh"))
        .arg(&prefix)
        .env("LUA_RS_ARTIFACTS", &artifacts)
        .status()
        .expect("run install.sh");
    assert!(st.success(), "install.sh failed");

    let lib = prefix.join("lib");
    for name in [
        "liblua.so.5.4.9",
        "liblua.so.5.4",
        "liblua.so",
        "liblua5.4.so.0",
        "liblua5.4.so",
        "liblua.a",
        "pkgconfig/lua5.4.pc",
        "pkgconfig/lua.pc",
    ] {
        assert!(lib.join(name).exists(), "missing lib/{name}");
    }
    for h in ["lua.h", "luaconf.h", "lauxlib.h", "lualib.h", "lua.hpp"] {
        assert!(
            prefix.join("include").join(h).exists(),
            "missing include/{h}"
        );
    }
    let elf = Command::new("readelf")
        .arg("-d")
        .arg(lib.join("liblua.so.5.4.9"))
        .output()
        .expect("readelf");
    assert!(
        String::from_utf8_lossy(&elf.stdout).contains("[liblua.so.5.4]"),
        "soname"
    );

    // A host built from the .pc flags against the installed library.
    let host = root.join("host.c");
    std::fs::write(
        &host,
        r#"#include <stdio.h>
#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
int main (void) {
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  if (luaL_dostring(L, "return string.format('%s %d', _VERSION, 6 * 7)") != LUA_OK) return 1;
  printf("%s\n", lua_tostring(L, -1));
  lua_close(L);
  return 0;
}
"#,
    )
    .expect("write host");
    let exe = root.join("host");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let st = Command::new(cc)
        .arg("-o")
        .arg(&exe)
        .arg(&host)
        .args(pc_flags(&lib.join("pkgconfig/lua5.4.pc")))
        .status()
        .expect("cc");
    assert!(st.success(), "compiling the host failed");
    let out = Command::new(&exe)
        .env("LD_LIBRARY_PATH", &lib)
        .output()
        .expect("run host");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Lua 5.4 42\n");
    let ldd = Command::new("ldd")
        .arg(&exe)
        .env("LD_LIBRARY_PATH", &lib)
        .output();
    if let Ok(ldd) = ldd {
        assert!(String::from_utf8_lossy(&ldd.stdout).contains("liblua.so.5.4"));
    }
    let v = Command::new(prefix.join("bin/lua"))
        .arg("-v")
        .output()
        .expect("run installed lua");
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("Lua 5.4"));
    let _ = std::fs::remove_dir_all(&root);
}
