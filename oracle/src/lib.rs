//! Paths to the reference Lua 5.4 (the oracle) built by this crate's build script.

/// The reference interpreter: our own small host (`runner.c`) linked with the
/// reference library. Accepts `script args...`, `-e`, `-l`, `-`.
pub const REF_LUA: &str = env!("REF_LUA_EXE");
/// The reference headers (`lua.h`, `lauxlib.h`, `lualib.h`, `luaconf.h`).
pub const REF_INCLUDE: &str = env!("REF_LUA_INCLUDE");
/// Directory holding the reference static library `liblua5.4.a`.
pub const REF_LIB_DIR: &str = env!("REF_LUA_LIB_DIR");
/// `peak-rss OUT PROGRAM ARG0 [ARGS...]`: runs a program and writes its
/// peak resident set size in KB to the file `OUT` (see `peak_rss.c`).
pub const PEAK_RSS: &str = env!("PEAK_RSS_EXE");
