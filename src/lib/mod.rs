//! The standard library, one file per library, plus `aux` (the helpers of
//! `lauxlib`) and the pure engines behind `string.format` and patterns.
pub mod aux;
pub mod base;
pub mod coroutine;
pub mod debug;
pub mod io;
pub mod math;
pub mod os;
pub mod package;
pub mod pattern;
pub mod strformat;
pub mod string;
pub mod strpack;
pub mod table;
pub mod utf8;

use crate::object::Table;
use crate::value::{NativeFn, Value};
use crate::vm::error::LResult;
use crate::vm::state::LuaState;

unsafe extern "C" {
    static mut stdout: *mut libc::FILE;
}

/// Writes to C's `stdout`, sharing its buffer with C code (and so keeping
/// the reference's interleaving of output).
pub fn io_write_stdout(b: &[u8]) {
    // SAFETY: `stdout` is the C library's stream; fwrite copies `b`.
    unsafe {
        libc::fwrite(b.as_ptr() as *const libc::c_void, 1, b.len(), stdout);
    }
}

/// Writes to C's `stderr` (unbuffered), as the reference's
/// `lua_writestringerror` does.
pub fn write_stderr(b: &[u8]) {
    unsafe extern "C" {
        static mut stderr: *mut libc::FILE;
    }
    // SAFETY: `stderr` is the C library's stream; fwrite copies `b`.
    unsafe {
        libc::fwrite(b.as_ptr() as *const libc::c_void, 1, b.len(), stderr);
        libc::fflush(stderr);
    }
}

/// Reads one line (with its newline) from C's `stdin`, at most 250 bytes
/// as the reference's `debug.debug` buffer; `None` at end of file.
pub fn read_line_stdin() -> Option<Vec<u8>> {
    unsafe extern "C" {
        static mut stdin: *mut libc::FILE;
    }
    let mut buf = [0 as libc::c_char; 250];
    // SAFETY: `buf` is writable for its length; fgets NUL-terminates.
    let p = unsafe { libc::fgets(buf.as_mut_ptr(), buf.len() as i32, stdin) };
    if p.is_null() {
        return None;
    }
    // SAFETY: fgets wrote a NUL-terminated string into `buf`.
    Some(
        unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }
            .to_bytes()
            .to_vec(),
    )
}

pub fn flush_stdout() {
    // SAFETY: as above.
    unsafe {
        libc::fflush(stdout);
    }
}

/// The C library's text for an errno value.
pub fn strerror(e: i32) -> String {
    // SAFETY: strerror returns a valid NUL-terminated string.
    unsafe {
        std::ffi::CStr::from_ptr(libc::strerror(e))
            .to_string_lossy()
            .into_owned()
    }
}

/// Sets `t[name] = f` for each function.
pub fn register(l: &mut LuaState, t: *mut Table, funcs: &[(&str, NativeFn)]) -> LResult<()> {
    for &(name, f) in funcs {
        let k = l.new_string(name.as_bytes())?;
        // SAFETY: a live table.
        unsafe { (*t).set_str(l.heap(), k, Value::Native(f)) }.map_err(|_| l.memory_error())?;
    }
    Ok(())
}

/// `registry._LOADED[name] = v`.
pub fn set_loaded(l: &mut LuaState, name: &[u8], v: Value) -> LResult<()> {
    let reg = l.registry();
    let key = l.new_string(b"_LOADED")?;
    // SAFETY: the registry is live.
    let loaded = match unsafe { (*reg).get_str(key) } {
        Value::Table(t) => t,
        _ => {
            let t = l.new_table(0, 8)?;
            // SAFETY: as above.
            unsafe { (*reg).set_str(l.heap(), key, Value::Table(t)) }
                .map_err(|_| l.memory_error())?;
            t
        }
    };
    let k = l.new_string(name)?;
    // SAFETY: a live table.
    unsafe { (*loaded).set_str(l.heap(), k, v) }.map_err(|_| l.memory_error())
}

/// Creates a library table, registers it as global `name` and in `_LOADED`.
pub fn new_lib(l: &mut LuaState, name: &[u8], funcs: &[(&str, NativeFn)]) -> LResult<*mut Table> {
    let t = l.new_table(0, funcs.len())?;
    register(l, t, funcs)?;
    let g = l.globals();
    let k = l.new_string(name)?;
    // SAFETY: the globals table is live.
    unsafe { (*g).set_str(l.heap(), k, Value::Table(t)) }.map_err(|_| l.memory_error())?;
    set_loaded(l, name, Value::Table(t))?;
    Ok(t)
}

/// Opens every standard library available so far.
pub fn open_libs(l: &mut LuaState) -> LResult<()> {
    // The reference's order (it shows in `package.loaded` traversals).
    base::open(l)?;
    package::open(l)?;
    coroutine::open(l)?;
    table::open(l)?;
    io::open(l)?;
    os::open(l)?;
    string::open(l)?;
    math::open(l)?;
    utf8::open(l)?;
    debug::open(l)?;
    Ok(())
}
