//! Builds the reference Lua 5.4 from the `lua-src` crate into a static
//! library, then links our own host (`runner.c`) against it into `ref-lua`,
//! the oracle every differential test and benchmark compares with; and
//! `peak-rss`, the launcher through which the benchmarks measure memory.
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    // Always optimised like a distribution build (-O2), also in debug test builds,
    // so benchmark ratios compare against the reference as users run it.
    let artifacts = lua_src::Build::new()
        .opt_level("2")
        .debug(false)
        .build(lua_src::Lua54);
    let include = artifacts.include_dir();
    let lib_dir = artifacts.lib_dir();
    let exe = out.join("ref-lua");
    let compiler = cc::Build::new().opt_level(2).get_compiler();
    let status = Command::new(compiler.path())
        .args(["-O2", "-o"])
        .arg(&exe)
        .arg("runner.c")
        .arg("-I")
        .arg(include)
        .arg("-L")
        .arg(lib_dir)
        .args(["-llua5.4", "-lm", "-ldl"])
        .status()
        .expect("run the C compiler");
    assert!(status.success(), "compiling the reference runner failed");
    let peak_rss = out.join("peak-rss");
    let status = Command::new(compiler.path())
        .args(["-O2", "-o"])
        .arg(&peak_rss)
        .arg("peak_rss.c")
        .status()
        .expect("run the C compiler");
    assert!(status.success(), "compiling peak-rss failed");
    println!("cargo:rerun-if-changed=runner.c");
    println!("cargo:rerun-if-changed=peak_rss.c");
    println!("cargo:rustc-env=PEAK_RSS_EXE={}", peak_rss.display());
    println!("cargo:rustc-env=REF_LUA_EXE={}", exe.display());
    println!("cargo:rustc-env=REF_LUA_INCLUDE={}", include.display());
    println!("cargo:rustc-env=REF_LUA_LIB_DIR={}", lib_dir.display());
}
