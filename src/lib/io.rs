//! The `io` library: file handles over C stdio, as the reference builds
//! them, so that C modules can create and use handles through the C API.
//!
//! Invariants:
//! - a file handle is a full userdata whose payload is a [`LStream`] (the
//!   reference's `luaL_Stream`: a `FILE *` and a close function) and whose
//!   metatable is `registry["FILE*"]`; a handle is closed exactly when its
//!   `closef` is null, and an open handle's `f` is a live stream (C code
//!   that builds handles is trusted with that, as in the reference);
//! - a handle is marked closed *before* its close function runs, so a
//!   failing or re-entrant close never closes a stream twice;
//! - the close functions of our own handles are `extern "C"` functions (C
//!   code may call them); we call their Rust bodies directly and reach a
//!   foreign close function only through the foreign-call trampoline;
//! - the default files live in the registry under `_IO_input` and
//!   `_IO_output`, the standard streams are C's own `stdin`/`stdout`/
//!   `stderr`, so `io.write` and `print` share C's `stdout` buffer;
//! - every read and write goes through the C library, so buffering,
//!   `errno` texts and number formats (`%.14g`, `%lld`) are the C library's.
use std::ffi::{CStr, c_char, c_int};

use crate::object::{CClosure, CFunc, LuaString, Table, Userdata};
use crate::value::{CFunction, NativeFn, Value};
use crate::vm::error::LResult;
use crate::vm::state::{LUA_MINSTACK, LuaState};

/// The payload of a file handle: the layout of `luaL_Stream`.
#[repr(C)]
pub struct LStream {
    /// The stream (null: a handle whose opening has not finished).
    pub f: *mut libc::FILE,
    /// How to close the stream; `None` marks a closed handle.
    pub closef: Option<CFunction>,
}

/// `LUA_FILEHANDLE`: the registry key of the handles' metatable.
pub const FILEHANDLE: &[u8] = b"FILE*";
const IO_INPUT: &[u8] = b"_IO_input";
const IO_OUTPUT: &[u8] = b"_IO_output";
/// `LUAL_BUFFERSIZE` of the reference's configuration.
const LUAL_BUFFERSIZE: usize = 1024;
/// Most formats `lines` accepts (they become upvalues of the iterator).
const MAXARGLINE: usize = 250;
/// Longest numeral `read("n")` accepts.
const L_MAXLENNUM: usize = 200;
/// Chunk size of `read("a")`.
const READ_ALL_CHUNK: usize = 16 * 1024;

unsafe extern "C" {
    static mut stdin: *mut libc::FILE;
    static mut stdout: *mut libc::FILE;
    static mut stderr: *mut libc::FILE;
    fn flockfile(f: *mut libc::FILE);
    fn funlockfile(f: *mut libc::FILE);
    fn getc_unlocked(f: *mut libc::FILE) -> c_int;
    fn getdelim(line: *mut *mut c_char, cap: *mut usize, delim: c_int, f: *mut libc::FILE)
    -> isize;
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("close", io_close),
    ("flush", io_flush),
    ("input", io_input),
    ("lines", io_lines),
    ("open", io_open),
    ("output", io_output),
    ("popen", io_popen),
    ("read", io_read),
    ("tmpfile", io_tmpfile),
    ("type", io_type),
    ("write", io_write),
];

const METHODS: &[(&str, NativeFn)] = &[
    ("read", f_read),
    ("write", f_write),
    ("lines", f_lines),
    ("flush", f_flush),
    ("seek", f_seek),
    ("close", f_close),
    ("setvbuf", f_setvbuf),
];

const METAMETHODS: &[(&str, NativeFn)] = &[
    ("__gc", f_gc),
    ("__close", f_gc),
    ("__tostring", f_tostring),
];

pub fn open(l: &mut LuaState) -> LResult<()> {
    let lib = super::new_lib(l, b"io", FUNCS)?;
    create_meta(l)?;
    // SAFETY: reading the C library's standard stream pointers.
    let (fin, fout, ferr) = unsafe { (stdin, stdout, stderr) };
    create_std_file(l, lib, fin, Some(IO_INPUT), b"stdin")?;
    create_std_file(l, lib, fout, Some(IO_OUTPUT), b"stdout")?;
    create_std_file(l, lib, ferr, None, b"stderr")?;
    Ok(())
}

// ---- registry and tables ----

fn raw_get(l: &mut LuaState, t: *mut Table, key: &[u8]) -> LResult<Value> {
    let k = l.new_string(key)?;
    // SAFETY: a live table.
    Ok(unsafe { (*t).get_str(k) })
}

fn raw_set(l: &mut LuaState, t: *mut Table, key: &[u8], v: Value) -> LResult<()> {
    let k = l.new_string(key)?;
    // SAFETY: a live table.
    unsafe { (*t).set_str(l.heap(), k, v) }.map_err(|_| l.memory_error())?;
    l.barrier_back(t);
    Ok(())
}

fn reg_get(l: &mut LuaState, key: &[u8]) -> LResult<Value> {
    let reg = l.registry();
    raw_get(l, reg, key)
}

fn reg_set(l: &mut LuaState, key: &[u8], v: Value) -> LResult<()> {
    let reg = l.registry();
    raw_set(l, reg, key, v)
}

/// The handles' metatable (`luaL_newmetatable`, reusing one that C code
/// may have registered first), with the metamethods and the method table.
fn create_meta(l: &mut LuaState) -> LResult<()> {
    let mt = match reg_get(l, FILEHANDLE)? {
        Value::Table(t) => t,
        _ => {
            let t = l.new_table(0, 2)?;
            let name = l.new_str_value(FILEHANDLE)?;
            raw_set(l, t, b"__name", name)?;
            reg_set(l, FILEHANDLE, Value::Table(t))?;
            t
        }
    };
    super::register(l, mt, METAMETHODS)?;
    let methods = l.new_table(0, METHODS.len())?;
    super::register(l, methods, METHODS)?;
    raw_set(l, mt, b"__index", Value::Table(methods))?;
    l.barrier_back(mt);
    Ok(())
}

fn file_metatable(l: &mut LuaState) -> LResult<*mut Table> {
    Ok(match reg_get(l, FILEHANDLE)? {
        Value::Table(t) => t,
        _ => std::ptr::null_mut(),
    })
}

/// The stream of a userdata big enough to hold one (`lua_touserdata`
/// without the type check, as the reference reads default files).
fn stream_of(v: Value) -> Option<*mut LStream> {
    match v {
        // SAFETY: a live userdata; its payload is `len` bytes, 16-aligned.
        Value::Userdata(u) if unsafe { (*u).len } >= std::mem::size_of::<LStream>() => {
            Some(Userdata::payload_ptr(u) as *mut LStream)
        }
        _ => None,
    }
}

/// `luaL_testudata(v, "FILE*")`.
fn test_stream(l: &mut LuaState, v: Value) -> LResult<Option<*mut LStream>> {
    let mt = file_metatable(l)?;
    if let Value::Userdata(u) = v {
        // SAFETY: a live userdata.
        if !mt.is_null() && unsafe { (*u).metatable } == mt {
            return Ok(stream_of(v));
        }
    }
    Ok(None)
}

/// `luaL_checkudata(i, "FILE*")`.
fn check_stream(l: &mut LuaState, i: usize) -> LResult<*mut LStream> {
    let v = l.arg(i);
    match test_stream(l, v)? {
        Some(p) => Ok(p),
        None => Err(l.arg_type_error(i, "FILE*")),
    }
}

fn is_closed(p: *mut LStream) -> bool {
    // SAFETY: `p` points into a live handle.
    unsafe { (*p).closef.is_none() }
}

/// The open stream of the handle in argument 1 (`tofile`).
fn to_file(l: &mut LuaState) -> LResult<*mut libc::FILE> {
    let p = check_stream(l, 1)?;
    if is_closed(p) {
        return Err(l.lib_error(b"attempt to use a closed file"));
    }
    // SAFETY: as in `is_closed`.
    Ok(unsafe { (*p).f })
}

/// A closed handle with the handles' metatable (`newprefile`), not yet
/// anchored: the caller pushes or stores it before anything can collect.
fn new_prefile(l: &mut LuaState) -> LResult<(*mut LStream, Value)> {
    let u = Userdata::alloc(l.heap(), std::mem::size_of::<LStream>(), 0)
        .map_err(|_| l.memory_error())?;
    let p = Userdata::payload_ptr(u) as *mut LStream;
    // SAFETY: a fresh payload of the right size, 16-byte aligned.
    unsafe {
        p.write(LStream {
            f: std::ptr::null_mut(),
            closef: None,
        })
    };
    let mt = file_metatable(l)?;
    // SAFETY: a live userdata.
    unsafe { (*u).metatable = mt };
    if !mt.is_null() {
        l.barrier_value(u as *mut crate::gc::GcHeader, Value::Table(mt));
    }
    l.gc_check_finalizer(u as *mut crate::gc::GcHeader, mt);
    Ok((p, Value::Userdata(u)))
}

/// A handle closed by `fclose`, its stream still unset (`newfile`),
/// pushed.
fn new_file(l: &mut LuaState) -> LResult<*mut LStream> {
    let (p, v) = new_prefile(l)?;
    // SAFETY: a fresh handle.
    unsafe { (*p).closef = Some(io_fclose as CFunction) };
    l.push_checked(v)?;
    Ok(p)
}

fn create_std_file(
    l: &mut LuaState,
    lib: *mut Table,
    f: *mut libc::FILE,
    key: Option<&[u8]>,
    name: &[u8],
) -> LResult<()> {
    let (p, v) = new_prefile(l)?;
    // SAFETY: a fresh handle.
    unsafe {
        (*p).f = f;
        (*p).closef = Some(io_noclose as CFunction);
    }
    raw_set(l, lib, name, v)?;
    if let Some(k) = key {
        reg_set(l, k, v)?;
    }
    Ok(())
}

/// The bytes of a C string argument up to its first NUL (what C sees).
fn c_bytes<'a>(s: *mut LuaString) -> &'a [u8] {
    // SAFETY: a live string, rooted by the caller's stack slot; strings are
    // NUL-terminated.
    unsafe { CStr::from_ptr((*s).c_ptr()).to_bytes() }
}

/// An optional string argument (`luaL_optstring`), with its default.
fn opt_lstr(l: &mut LuaState, i: usize, default: &'static CStr) -> LResult<*const c_char> {
    if l.is_none_or_nil(i) {
        return Ok(default.as_ptr());
    }
    let s = l.check_lstr(i)?;
    // SAFETY: a live string rooted by its argument slot.
    Ok(unsafe { (*s).c_ptr() })
}

// ---- errno and results ----

fn set_errno(v: c_int) {
    // SAFETY: errno is this thread's variable.
    unsafe { *libc::__errno_location() = v };
}

fn errno() -> c_int {
    // SAFETY: as above.
    unsafe { *libc::__errno_location() }
}

/// `luaL_fileresult`: `true`, or fail, "[fname: ]strerror(errno)", errno.
fn file_result(l: &mut LuaState, ok: bool, fname: Option<&[u8]>) -> LResult<usize> {
    let en = errno();
    if ok {
        l.push_checked(Value::Bool(true))?;
        return Ok(1);
    }
    let mut msg = Vec::new();
    if let Some(f) = fname {
        msg.extend_from_slice(f);
        msg.extend_from_slice(b": ");
    }
    if en != 0 {
        msg.extend_from_slice(super::strerror(en).as_bytes());
    } else {
        msg.extend_from_slice(b"(no extra info)");
    }
    l.push_checked(Value::Nil)?;
    l.push_bytes(&msg)?;
    l.push_checked(Value::Int(i64::from(en)))?;
    Ok(3)
}

/// `luaL_execresult`: how a command run by `popen` ended.
fn exec_result(l: &mut LuaState, stat: c_int) -> LResult<usize> {
    if stat != 0 && errno() != 0 {
        return file_result(l, false, None);
    }
    let (what, code): (&[u8], c_int) = if libc::WIFEXITED(stat) {
        (b"exit", libc::WEXITSTATUS(stat))
    } else if libc::WIFSIGNALED(stat) {
        (b"signal", libc::WTERMSIG(stat))
    } else {
        (b"exit", stat)
    };
    let ok = what == b"exit" && code == 0;
    l.push_checked(if ok { Value::Bool(true) } else { Value::Nil })?;
    l.push_bytes(what)?;
    l.push_checked(Value::Int(i64::from(code)))?;
    Ok(3)
}

// ---- closing ----

/// Runs the Rust body of one of our close functions as a C function:
/// errors become a `longjmp` to the caller's trampoline.
///
/// # Safety
/// `l` is a live state running a C frame with a handle at index 1.
unsafe fn as_c_function(l: *mut LuaState, body: fn(&mut LuaState) -> LResult<usize>) -> c_int {
    // SAFETY: `l` is live and no other reference to it is in use.
    let r = body(unsafe { &mut *l });
    match r {
        Ok(n) => c_int::try_from(n).unwrap_or(0),
        // SAFETY: nothing with Drop is live in this frame.
        Err(s) => unsafe { crate::api::throw(l, s) },
    }
}

/// `closef` of handles opened with `fopen` or `tmpfile`.
unsafe extern "C" fn io_fclose(l: *mut LuaState) -> c_int {
    // SAFETY: called as a lua_CFunction.
    unsafe { as_c_function(l, fclose_body) }
}

/// `closef` of handles opened with `popen`.
unsafe extern "C" fn io_pclose(l: *mut LuaState) -> c_int {
    // SAFETY: called as a lua_CFunction.
    unsafe { as_c_function(l, pclose_body) }
}

/// `closef` of the standard files, which stay open.
unsafe extern "C" fn io_noclose(l: *mut LuaState) -> c_int {
    // SAFETY: called as a lua_CFunction.
    unsafe { as_c_function(l, noclose_body) }
}

fn fclose_body(l: &mut LuaState) -> LResult<usize> {
    let p = check_stream(l, 1)?;
    set_errno(0);
    // SAFETY: the handle's stream, closed once (the handle is already
    // marked closed).
    let ok = unsafe { libc::fclose((*p).f) } == 0;
    file_result(l, ok, None)
}

fn pclose_body(l: &mut LuaState) -> LResult<usize> {
    let p = check_stream(l, 1)?;
    set_errno(0);
    // SAFETY: as in `fclose_body`, for a stream made by `popen`.
    let stat = unsafe { libc::pclose((*p).f) };
    exec_result(l, stat)
}

fn noclose_body(l: &mut LuaState) -> LResult<usize> {
    let p = check_stream(l, 1)?;
    // SAFETY: a live handle; it stays open.
    unsafe { (*p).closef = Some(io_noclose as CFunction) };
    l.push_checked(Value::Nil)?;
    l.push_bytes(b"cannot close standard file")?;
    Ok(2)
}

/// Closes the handle at index 1 with its own close function (`aux_close`).
fn aux_close(l: &mut LuaState) -> LResult<usize> {
    let p = check_stream(l, 1)?;
    // SAFETY: a live handle; it is marked closed before closing.
    let cf = unsafe { (*p).closef.take() };
    let Some(cf) = cf else {
        // Callers check that the handle is open; nothing to do otherwise.
        return Ok(0);
    };
    if std::ptr::fn_addr_eq(cf, io_fclose as CFunction) {
        fclose_body(l)
    } else if std::ptr::fn_addr_eq(cf, io_pclose as CFunction) {
        pclose_body(l)
    } else if std::ptr::fn_addr_eq(cf, io_noclose as CFunction) {
        noclose_body(l)
    } else {
        crate::vm::foreign::call_foreign(l, cf)
    }
}

fn f_close(l: &mut LuaState) -> LResult<usize> {
    to_file(l)?;
    aux_close(l)
}

fn io_close(l: &mut LuaState) -> LResult<usize> {
    if l.is_none(1) {
        let out = reg_get(l, IO_OUTPUT)?;
        l.push_checked(out)?;
    }
    f_close(l)
}

/// `__gc` and `__close`: closes open, completely opened handles.
fn f_gc(l: &mut LuaState) -> LResult<usize> {
    let p = check_stream(l, 1)?;
    // SAFETY: a live handle.
    if !is_closed(p) && !unsafe { (*p).f }.is_null() {
        aux_close(l)?;
    }
    Ok(0)
}

fn f_tostring(l: &mut LuaState) -> LResult<usize> {
    let p = check_stream(l, 1)?;
    if is_closed(p) {
        l.push_bytes(b"file (closed)")?;
        return Ok(1);
    }
    let mut buf = [0u8; 64];
    // SAFETY: `%p` of one pointer fits the buffer; snprintf bounds it.
    let n = unsafe {
        libc::snprintf(
            buf.as_mut_ptr() as *mut c_char,
            buf.len(),
            c"file (%p)".as_ptr(),
            (*p).f as *const libc::c_void,
        )
    };
    let n = usize::try_from(n).unwrap_or(0).min(buf.len() - 1);
    l.push_bytes(buf.get(..n).unwrap_or(&[]))?;
    Ok(1)
}

fn io_type(l: &mut LuaState) -> LResult<usize> {
    let v = l.check_any(1)?;
    match test_stream(l, v)? {
        None => l.push_checked(Value::Nil)?,
        Some(p) if is_closed(p) => l.push_bytes(b"closed file")?,
        Some(_) => l.push_bytes(b"file")?,
    }
    Ok(1)
}

// ---- opening ----

/// Whether `mode` matches `[rwa]%+?b*` (what `fopen` accepts here).
fn valid_open_mode(mode: &[u8]) -> bool {
    let rest = match mode.split_first() {
        Some((b'r' | b'w' | b'a', rest)) => rest,
        _ => return false,
    };
    let rest = rest.strip_prefix(b"+").unwrap_or(rest);
    rest.iter().all(|&c| c == b'b')
}

fn io_open(l: &mut LuaState) -> LResult<usize> {
    let fname = l.check_lstr(1)?;
    let mode = opt_lstr(l, 2, c"r")?;
    let p = new_file(l)?;
    // SAFETY: a NUL-terminated string kept alive by its slot or static.
    let mode_bytes = unsafe { CStr::from_ptr(mode) }.to_bytes();
    if !valid_open_mode(mode_bytes) {
        return Err(l.arg_error(2, b"invalid mode"));
    }
    set_errno(0);
    // SAFETY: two NUL-terminated strings.
    let f = unsafe { libc::fopen((*fname).c_ptr(), mode) };
    // SAFETY: the fresh handle on the stack.
    unsafe { (*p).f = f };
    if f.is_null() {
        return file_result(l, false, Some(c_bytes(fname)));
    }
    Ok(1)
}

fn io_popen(l: &mut LuaState) -> LResult<usize> {
    let cmd = l.check_lstr(1)?;
    let mode = opt_lstr(l, 2, c"r")?;
    let (p, v) = new_prefile(l)?;
    l.push_checked(v)?;
    // SAFETY: as in `io_open`.
    let mode_bytes = unsafe { CStr::from_ptr(mode) }.to_bytes();
    if mode_bytes != b"r" && mode_bytes != b"w" {
        return Err(l.arg_error(2, b"invalid mode"));
    }
    set_errno(0);
    // SAFETY: flushing every stream first, as the reference does, so the
    // child's output follows ours; two NUL-terminated strings.
    let f = unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::popen((*cmd).c_ptr(), mode)
    };
    // SAFETY: the fresh handle on the stack.
    unsafe {
        (*p).f = f;
        (*p).closef = Some(io_pclose as CFunction);
    }
    if f.is_null() {
        return file_result(l, false, Some(c_bytes(cmd)));
    }
    Ok(1)
}

fn io_tmpfile(l: &mut LuaState) -> LResult<usize> {
    let p = new_file(l)?;
    set_errno(0);
    // SAFETY: `tmpfile` has no preconditions.
    let f = unsafe { libc::tmpfile() };
    // SAFETY: the fresh handle on the stack.
    unsafe { (*p).f = f };
    if f.is_null() {
        return file_result(l, false, None);
    }
    Ok(1)
}

/// Opens `fname` for `io.input`/`io.output`/`io.lines`, raising on failure
/// (`opencheck`); the handle is pushed and returned.
fn open_check(l: &mut LuaState, fname: *mut LuaString, mode: &CStr) -> LResult<Value> {
    let p = new_file(l)?;
    let v = l.at(l.top - 1);
    // SAFETY: two NUL-terminated strings (the name is rooted by the caller).
    let f = unsafe { libc::fopen((*fname).c_ptr(), mode.as_ptr()) };
    // SAFETY: the fresh handle on the stack.
    unsafe { (*p).f = f };
    if f.is_null() {
        let mut msg = b"cannot open file '".to_vec();
        msg.extend_from_slice(c_bytes(fname));
        msg.extend_from_slice(b"' (");
        msg.extend_from_slice(super::strerror(errno()).as_bytes());
        msg.push(b')');
        return Err(l.lib_error(&msg));
    }
    Ok(v)
}

/// The stream of default file `key`, raising if it is closed
/// (`getiofile`). Also returns the handle.
fn get_io_file(l: &mut LuaState, key: &[u8]) -> LResult<(*mut libc::FILE, Value)> {
    let v = reg_get(l, key)?;
    match stream_of(v) {
        // SAFETY: a live handle.
        Some(p) if !is_closed(p) => Ok((unsafe { (*p).f }, v)),
        _ => {
            let which: &[u8] = if key == IO_INPUT { b"input" } else { b"output" };
            let mut msg = b"default ".to_vec();
            msg.extend_from_slice(which);
            msg.extend_from_slice(b" file is closed");
            Err(l.lib_error(&msg))
        }
    }
}

/// `io.input` and `io.output`: set the default file from a name or a
/// handle, then return it.
fn g_iofile(l: &mut LuaState, key: &[u8], mode: &CStr) -> LResult<usize> {
    if !l.is_none_or_nil(1) {
        let v = match l.arg(1) {
            Value::Str(_) | Value::Int(_) | Value::Float(_) => {
                let fname = l.check_lstr(1)?;
                open_check(l, fname, mode)?
            }
            _ => {
                to_file(l)?;
                l.arg(1)
            }
        };
        reg_set(l, key, v)?;
    }
    let cur = reg_get(l, key)?;
    l.push_checked(cur)?;
    Ok(1)
}

fn io_input(l: &mut LuaState) -> LResult<usize> {
    g_iofile(l, IO_INPUT, c"r")
}

fn io_output(l: &mut LuaState) -> LResult<usize> {
    g_iofile(l, IO_OUTPUT, c"w")
}

// ---- lines ----

/// Upvalues of a `lines` iterator: the handle, the number of formats,
/// whether to close the file at the end, then the formats.
const LN_FILE: usize = 0;
const LN_COUNT: usize = 1;
const LN_TOCLOSE: usize = 2;
const LN_FORMATS: usize = 3;

/// Pushes the iterator over the handle at index 1 with the formats above
/// it (`aux_lines`).
fn aux_lines(l: &mut LuaState, toclose: bool) -> LResult<()> {
    let n = l.nargs().saturating_sub(1);
    if n > MAXARGLINE {
        return Err(l.arg_error(MAXARGLINE + 2, b"too many arguments"));
    }
    let c = CClosure::alloc(l.heap(), CFunc::Native(io_readline), LN_FORMATS + n)
        .map_err(|_| l.memory_error())?;
    let file = l.arg(1);
    let formats: Vec<Value> = (2..n + 2).map(|i| l.arg(i)).collect();
    // SAFETY: a fresh closure with `LN_FORMATS + n` upvalues.
    let uv = unsafe { (*c).upvals_mut() };
    if let Some(v) = uv.get_mut(LN_FILE) {
        *v = file;
    }
    if let Some(v) = uv.get_mut(LN_COUNT) {
        *v = Value::Int(n as i64);
    }
    if let Some(v) = uv.get_mut(LN_TOCLOSE) {
        *v = Value::Bool(toclose);
    }
    for (slot, f) in uv.iter_mut().skip(LN_FORMATS).zip(formats) {
        *slot = f;
    }
    l.push_checked(Value::CClosure(c))
}

fn f_lines(l: &mut LuaState) -> LResult<usize> {
    to_file(l)?;
    aux_lines(l, false)?;
    Ok(1)
}

/// `io.lines([name, ...])`: over the default input, or over a file it
/// opens and closes at the end (also returned as the loop's closing value).
fn io_lines(l: &mut LuaState) -> LResult<usize> {
    if l.is_none(1) {
        l.push_checked(Value::Nil)?;
    }
    let toclose = if l.arg(1).is_nil() {
        let input = reg_get(l, IO_INPUT)?;
        l.set_arg(1, input);
        to_file(l)?;
        false
    } else {
        let fname = l.check_lstr(1)?;
        let v = open_check(l, fname, c"r")?;
        l.top -= 1;
        l.set_arg(1, v);
        true
    };
    aux_lines(l, toclose)?;
    if toclose {
        let file = l.arg(1);
        l.push_checked(Value::Nil)?;
        l.push_checked(Value::Nil)?;
        l.push_checked(file)?;
        return Ok(4);
    }
    Ok(1)
}

/// The iterator of `lines`: reads with the saved formats; at the end of
/// the file returns nothing (closing the file if `io.lines` opened it); a
/// read error is raised.
fn io_readline(l: &mut LuaState) -> LResult<usize> {
    let func = l.ci().func;
    let Value::CClosure(me) = l.at(func) else {
        return Ok(0);
    };
    // SAFETY: the running closure is live and was built by `aux_lines`.
    let uv = unsafe { (*me).upvals() };
    let get = |i: usize| uv.get(i).copied().unwrap_or(Value::Nil);
    let file = get(LN_FILE);
    let Some(p) = stream_of(file) else {
        return Ok(0);
    };
    let n = match get(LN_COUNT) {
        Value::Int(n) => usize::try_from(n).unwrap_or(0),
        _ => 0,
    };
    let toclose = !get(LN_TOCLOSE).is_falsy();
    if is_closed(p) {
        return Err(l.lib_error(b"file is already closed"));
    }
    // Keep one argument, then the formats as arguments 2..n+1.
    if l.nargs() == 0 {
        l.push_checked(Value::Nil)?;
    } else {
        l.top = func + 2;
    }
    super::string::check_stack(l, n, "too many arguments")?;
    for i in 0..n {
        // SAFETY: as above; nothing ran since `uv` was read.
        let f = unsafe { (*me).upvals() }
            .get(LN_FORMATS + i)
            .copied()
            .unwrap_or(Value::Nil);
        l.push_checked(f)?;
    }
    // SAFETY: an open handle's stream.
    let f = unsafe { (*p).f };
    let k = g_read(l, f, 2)?;
    let first = l.at(l.top - k);
    if !first.is_falsy() {
        return Ok(k);
    }
    if k > 1 {
        // A read error: its message is the second result.
        let msg = l.at(l.top - k + 1);
        let text = l.to_display_string(msg)?;
        return Err(l.lib_error(&text));
    }
    if toclose {
        l.top = func + 1;
        l.push_checked(file)?;
        aux_close(l)?;
    }
    Ok(0)
}

// ---- reading ----

/// `read("n")`: reads the longest prefix of a numeral (at most
/// `L_MAXLENNUM` bytes), then converts it as `lua_stringtonumber` does.
fn read_number(l: &mut LuaState, f: *mut libc::FILE) -> LResult<bool> {
    struct Reader {
        f: *mut libc::FILE,
        c: c_int,
        buf: Vec<u8>,
        overflow: bool,
    }
    impl Reader {
        /// Keeps the current byte and reads the next one; false when the
        /// numeral is too long (which invalidates it).
        fn next(&mut self) -> bool {
            if self.buf.len() >= L_MAXLENNUM {
                self.overflow = true;
                return false;
            }
            self.buf.push(self.c as u8);
            // SAFETY: the stream is open and locked by `read_number`.
            self.c = unsafe { getc_unlocked(self.f) };
            true
        }
        /// Accepts the current byte if it is one of `set`.
        fn test2(&mut self, set: [u8; 2]) -> bool {
            if self.c == c_int::from(set[0]) || self.c == c_int::from(set[1]) {
                self.next()
            } else {
                false
            }
        }
        fn digits(&mut self, hex: bool) -> usize {
            let mut count = 0;
            while u8::try_from(self.c).is_ok_and(|c| {
                if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
            }) && self.next()
            {
                count += 1;
            }
            count
        }
    }
    // SAFETY: localeconv returns a valid struct with a C string field.
    let decpoint = unsafe {
        let lc = libc::localeconv();
        if lc.is_null() || (*lc).decimal_point.is_null() {
            b'.'
        } else {
            *(*lc).decimal_point as u8
        }
    };
    let mut r = Reader {
        f,
        c: 0,
        buf: Vec::with_capacity(L_MAXLENNUM),
        overflow: false,
    };
    // SAFETY: the stream is open; the lock is released below.
    unsafe { flockfile(f) };
    loop {
        // SAFETY: as above.
        r.c = unsafe { getc_unlocked(f) };
        if !u8::try_from(r.c).is_ok_and(|c| c == b' ' || (b'\t'..=b'\r').contains(&c)) {
            break;
        }
    }
    r.test2(*b"-+");
    let mut count = 0;
    let mut hex = false;
    if r.test2(*b"00") {
        if r.test2(*b"xX") {
            hex = true;
        } else {
            count = 1;
        }
    }
    count += r.digits(hex);
    if r.test2([decpoint, b'.']) {
        count += r.digits(hex);
    }
    if count > 0 && r.test2(if hex { *b"pP" } else { *b"eE" }) {
        r.test2(*b"-+");
        r.digits(false);
    }
    // SAFETY: giving back the look-ahead byte (a no-op for EOF), then
    // releasing the lock taken above.
    unsafe {
        libc::ungetc(r.c, f);
        funlockfile(f);
    }
    let parsed = if r.overflow {
        None
    } else {
        crate::number::str_to_number(&r.buf)
    };
    match parsed {
        Some(crate::number::Num::Int(i)) => {
            l.push_checked(Value::Int(i))?;
            Ok(true)
        }
        Some(crate::number::Num::Float(x)) => {
            l.push_checked(Value::Float(x))?;
            Ok(true)
        }
        None => {
            l.push_checked(Value::Nil)?;
            Ok(false)
        }
    }
}

/// `read(0)`: "" unless at the end of the file.
fn test_eof(l: &mut LuaState, f: *mut libc::FILE) -> LResult<bool> {
    // SAFETY: an open stream.
    let c = unsafe {
        let c = libc::fgetc(f);
        libc::ungetc(c, f);
        c
    };
    l.push_bytes(b"")?;
    Ok(c != libc::EOF)
}

/// Makes room for `extra` more bytes, raising a memory error as the
/// reference's buffer does when the allocation fails.
fn reserve(l: &mut LuaState, buf: &mut Vec<u8>, extra: usize) -> LResult<()> {
    buf.try_reserve(extra).map_err(|_| l.memory_error())
}

/// `read("l")` / `read("L")`: true if anything (even just a newline) was
/// read. `getdelim` reads the line under the stream's lock, as the
/// reference's `getc` loop does, and keeps zero bytes.
fn read_line(l: &mut LuaState, f: *mut libc::FILE, chop: bool) -> LResult<bool> {
    let mut line: *mut c_char = std::ptr::null_mut();
    let mut cap: usize = 0;
    // SAFETY: an open stream; `line`/`cap` describe no buffer yet, so
    // getdelim allocates one (freed below).
    let n = unsafe { getdelim(&mut line, &mut cap, c_int::from(b'\n'), f) };
    let text: &[u8] = match usize::try_from(n) {
        // SAFETY: getdelim stored `n` bytes at `line`.
        Ok(n) if !line.is_null() => unsafe { std::slice::from_raw_parts(line as *const u8, n) },
        _ => &[],
    };
    let newline = text.last() == Some(&b'\n');
    let kept = if newline && chop {
        text.get(..text.len() - 1).unwrap_or(&[])
    } else {
        text
    };
    // A failed allocation leaves the stream's error flag clear.
    // SAFETY: an open stream.
    let out_of_memory = n < 0 && errno() == libc::ENOMEM && unsafe { libc::ferror(f) } == 0;
    let r = if out_of_memory {
        Err(l.memory_error())
    } else {
        l.push_bytes(kept).map(|()| !text.is_empty())
    };
    // SAFETY: the buffer came from getdelim's malloc (or is null).
    unsafe { libc::free(line as *mut libc::c_void) };
    r
}

/// Reads up to `n` bytes with one `fread` into `buf`'s spare room.
fn fread_into(buf: &mut Vec<u8>, n: usize, f: *mut libc::FILE) -> usize {
    let n = n.min(buf.capacity() - buf.len());
    // SAFETY: the spare capacity holds at least `n` bytes; `fread` writes
    // at most `n` and reports how many, which become initialized.
    unsafe {
        let dst = buf.as_mut_ptr().add(buf.len());
        let got = libc::fread(dst as *mut libc::c_void, 1, n, f).min(n);
        buf.set_len(buf.len() + got);
        got
    }
}

/// `read("a")`: the rest of the file (always succeeds).
fn read_all(l: &mut LuaState, f: *mut libc::FILE) -> LResult<()> {
    let mut buf: Vec<u8> = Vec::new();
    loop {
        reserve(l, &mut buf, READ_ALL_CHUNK)?;
        if fread_into(&mut buf, READ_ALL_CHUNK, f) < READ_ALL_CHUNK {
            break;
        }
    }
    l.push_bytes(&buf)
}

/// `read(n)`: up to `n` bytes; true if any was read. The whole buffer is
/// reserved first, as the reference does (so an impossible size is a
/// memory error).
fn read_chars(l: &mut LuaState, f: *mut libc::FILE, n: usize) -> LResult<bool> {
    let mut buf: Vec<u8> = Vec::new();
    buf.try_reserve_exact(n).map_err(|_| l.memory_error())?;
    let got = fread_into(&mut buf, n, f);
    l.push_bytes(&buf)?;
    Ok(got > 0)
}

/// Reads with the formats at arguments `first..` (`g_read`); returns the
/// number of results pushed.
fn g_read(l: &mut LuaState, f: *mut libc::FILE, first: usize) -> LResult<usize> {
    let mut nargs = l.nargs().saturating_sub(first - 1);
    // SAFETY: an open stream.
    unsafe { libc::clearerr(f) };
    set_errno(0);
    let mut n;
    let success;
    if nargs == 0 {
        success = read_line(l, f, true)?;
        n = first + 1;
    } else {
        super::string::check_stack(l, nargs + LUA_MINSTACK, "too many arguments")?;
        let mut ok = true;
        n = first;
        while nargs > 0 && ok {
            nargs -= 1;
            match l.arg(n) {
                Value::Int(_) | Value::Float(_) => {
                    // A negative count is a huge size, as in C.
                    let count = l.check_integer(n)? as u64;
                    ok = if count == 0 {
                        test_eof(l, f)?
                    } else {
                        match usize::try_from(count) {
                            Ok(c) if c <= isize::MAX as usize => read_chars(l, f, c)?,
                            _ => return Err(l.memory_error()),
                        }
                    };
                }
                _ => {
                    let fmt = l.check_lstr(n)?;
                    let p = c_bytes(fmt);
                    let p = p.strip_prefix(b"*").unwrap_or(p);
                    ok = match p.first() {
                        Some(b'n') => read_number(l, f)?,
                        Some(b'l') => read_line(l, f, true)?,
                        Some(b'L') => read_line(l, f, false)?,
                        Some(b'a') => {
                            read_all(l, f)?;
                            true
                        }
                        _ => return Err(l.arg_error(n, b"invalid format")),
                    };
                }
            }
            n += 1;
        }
        success = ok;
    }
    // SAFETY: an open stream.
    if unsafe { libc::ferror(f) } != 0 {
        return file_result(l, false, None);
    }
    if !success {
        l.top -= 1;
        l.push_checked(Value::Nil)?;
    }
    Ok(n - first)
}

fn io_read(l: &mut LuaState) -> LResult<usize> {
    let (f, _) = get_io_file(l, IO_INPUT)?;
    g_read(l, f, 1)
}

fn f_read(l: &mut LuaState) -> LResult<usize> {
    let f = to_file(l)?;
    g_read(l, f, 2)
}

// ---- writing ----

/// Writes arguments `arg..` (`g_write`); on success pushes `file`, the
/// handle to return.
fn g_write(l: &mut LuaState, f: *mut libc::FILE, arg: usize, file: Value) -> LResult<usize> {
    let last = l.nargs();
    let mut status = true;
    set_errno(0);
    for i in arg..=last {
        match l.arg(i) {
            // Once a write failed, the remaining ones are skipped (but the
            // arguments are still checked), as in the reference.
            Value::Int(v) => {
                if status {
                    // SAFETY: an open stream and a matching format.
                    let len = unsafe { libc::fprintf(f, c"%lld".as_ptr(), v as libc::c_longlong) };
                    status = len > 0;
                }
            }
            Value::Float(x) => {
                if status {
                    // SAFETY: as above.
                    let len = unsafe { libc::fprintf(f, c"%.14g".as_ptr(), x) };
                    status = len > 0;
                }
            }
            _ => {
                let s = l.check_bytes(i)?;
                if status {
                    // SAFETY: an open stream; `s` is rooted by its slot.
                    let put =
                        unsafe { libc::fwrite(s.as_ptr() as *const libc::c_void, 1, s.len(), f) };
                    status = put == s.len();
                }
            }
        }
    }
    if status {
        l.push_checked(file)?;
        Ok(1)
    } else {
        file_result(l, false, None)
    }
}

fn io_write(l: &mut LuaState) -> LResult<usize> {
    let (f, file) = get_io_file(l, IO_OUTPUT)?;
    g_write(l, f, 1, file)
}

fn f_write(l: &mut LuaState) -> LResult<usize> {
    let f = to_file(l)?;
    let file = l.arg(1);
    g_write(l, f, 2, file)
}

// ---- seek, setvbuf, flush ----

/// `luaL_checkoption`: the index of argument `i` in `names` (compared as
/// C strings), or "invalid option".
fn check_option(
    l: &mut LuaState,
    i: usize,
    default: Option<&[u8]>,
    names: &[&[u8]],
) -> LResult<usize> {
    let name: &[u8] = match default {
        Some(d) if l.is_none_or_nil(i) => d,
        _ => {
            let s = l.check_lstr(i)?;
            c_bytes(s)
        }
    };
    if let Some(k) = names.iter().position(|&n| n == name) {
        return Ok(k);
    }
    let mut msg = b"invalid option '".to_vec();
    msg.extend_from_slice(name);
    msg.push(b'\'');
    Err(l.arg_error(i, &msg))
}

fn f_seek(l: &mut LuaState) -> LResult<usize> {
    const MODES: [c_int; 3] = [libc::SEEK_SET, libc::SEEK_CUR, libc::SEEK_END];
    let f = to_file(l)?;
    let op = check_option(l, 2, Some(b"cur"), &[b"set", b"cur", b"end"])?;
    let offset = l.opt_integer(3, 0)?;
    let whence = MODES.get(op).copied().unwrap_or(libc::SEEK_CUR);
    set_errno(0);
    // SAFETY: an open stream; `off_t` is 64 bits on the supported systems.
    if unsafe { libc::fseeko(f, offset as libc::off_t, whence) } != 0 {
        return file_result(l, false, None);
    }
    // SAFETY: as above.
    let pos = unsafe { libc::ftello(f) };
    l.push_checked(Value::Int(pos as i64))?;
    Ok(1)
}

fn f_setvbuf(l: &mut LuaState) -> LResult<usize> {
    const MODES: [c_int; 3] = [libc::_IONBF, libc::_IOFBF, libc::_IOLBF];
    let f = to_file(l)?;
    let op = check_option(l, 2, None, &[b"no", b"full", b"line"])?;
    let size = l.opt_integer(3, LUAL_BUFFERSIZE as i64)?;
    let mode = MODES.get(op).copied().unwrap_or(libc::_IOFBF);
    set_errno(0);
    // SAFETY: an open stream; a null buffer lets the C library allocate
    // (a negative size wraps as the reference's cast does).
    let res = unsafe { libc::setvbuf(f, std::ptr::null_mut(), mode, size as usize) };
    file_result(l, res == 0, None)
}

fn io_flush(l: &mut LuaState) -> LResult<usize> {
    let (f, _) = get_io_file(l, IO_OUTPUT)?;
    set_errno(0);
    // SAFETY: an open stream.
    let ok = unsafe { libc::fflush(f) } == 0;
    file_result(l, ok, None)
}

fn f_flush(l: &mut LuaState) -> LResult<usize> {
    let f = to_file(l)?;
    set_errno(0);
    // SAFETY: an open stream.
    let ok = unsafe { libc::fflush(f) } == 0;
    file_result(l, ok, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_modes() {
        for m in ["r", "w", "a", "r+", "w+b", "ab", "rbb", "a+"] {
            assert!(valid_open_mode(m.as_bytes()), "{m}");
        }
        for m in ["", "x", "rw", "r++", "+r", "rb+", "bt", "rt"] {
            assert!(!valid_open_mode(m.as_bytes()), "{m}");
        }
    }

    #[test]
    fn stream_layout_is_lual_stream() {
        assert_eq!(
            std::mem::size_of::<LStream>(),
            2 * std::mem::size_of::<usize>()
        );
        assert_eq!(
            std::mem::offset_of!(LStream, closef),
            std::mem::size_of::<usize>()
        );
    }
}
