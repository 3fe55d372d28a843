//! The `os` library: `clock date difftime execute exit getenv remove rename
//! setlocale time tmpname`, built on the C library as the reference is, so
//! that dates, locales, exit codes and error texts are the same.
//!
//! Invariants: every string handed to C is a Lua string argument, which is
//! NUL-terminated and kept alive by its stack slot for the call (C sees it
//! up to its first NUL, as in the reference); every `strftime` call gets a
//! single validated conversion specifier and a bounded buffer; times are
//! `time_t`, which on the supported (64-bit) systems is a Lua integer.
use std::ffi::{CStr, c_char, c_int};

use crate::value::Value;
use crate::vm::debug::VarRef;
use crate::vm::error::{LResult, Status};
use crate::vm::state::LuaState;

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("clock", clock),
    ("date", date),
    ("difftime", difftime),
    ("execute", execute),
    ("exit", exit),
    ("getenv", getenv),
    ("remove", remove),
    ("rename", rename),
    ("setlocale", setlocale),
    ("time", time),
    ("tmpname", tmpname),
];

pub fn open(l: &mut LuaState) -> LResult<()> {
    super::new_lib(l, b"os", FUNCS)?;
    Ok(())
}

unsafe extern "C" {
    /// Processor time used (`clock_t` is `long` on the supported systems).
    #[link_name = "clock"]
    fn c_clock() -> libc::c_long;
}

/// `CLOCKS_PER_SEC`, fixed by POSIX.
const CLOCKS_PER_SEC: f64 = 1_000_000.0;

/// The valid `strftime` conversions (C99), grouped by length; a '|' starts
/// the next group, one byte longer (the reference's list).
const STRFTIME_OPTIONS: &[u8] =
    b"aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%||EcECExEXEyEYOdOeOHOIOmOMOSOuOUOVOwOWOy";

/// Most bytes one conversion may produce (`SIZETIMEFMT`).
const SIZE_TIME_FMT: usize = 250;

fn set_errno(v: c_int) {
    // SAFETY: errno is this thread's variable.
    unsafe { *libc::__errno_location() = v };
}

fn errno() -> c_int {
    // SAFETY: as above.
    unsafe { *libc::__errno_location() }
}

/// A string argument (or `None` when absent or nil, for optional ones) as
/// a C string pointer, valid during the call.
fn c_string_arg(l: &mut LuaState, i: usize, optional: bool) -> LResult<Option<*const c_char>> {
    if optional && l.is_none_or_nil(i) {
        return Ok(None);
    }
    let s = l.check_lstr(i)?;
    // SAFETY: the argument slot keeps the string alive.
    Ok(Some(unsafe { (*s).c_ptr() }))
}

/// `luaL_fileresult`: `true`, or fail, "[fname: ]strerror(errno)", errno.
pub fn file_result(l: &mut LuaState, ok: bool, fname: Option<*const c_char>) -> LResult<usize> {
    let en = errno();
    if ok {
        l.push_checked(Value::Bool(true))?;
        return Ok(1);
    }
    let mut msg = Vec::new();
    if let Some(f) = fname {
        // SAFETY: a NUL-terminated string argument.
        msg.extend_from_slice(unsafe { CStr::from_ptr(f) }.to_bytes());
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

/// `luaL_execresult`: how a command ended.
pub fn exec_result(l: &mut LuaState, stat: c_int) -> LResult<usize> {
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
    if what == b"exit" && code == 0 {
        l.push_checked(Value::Bool(true))?;
    } else {
        l.push_checked(Value::Nil)?;
    }
    l.push_bytes(what)?;
    l.push_checked(Value::Int(i64::from(code)))?;
    Ok(3)
}

fn clock(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: `clock` has no preconditions.
    let c = unsafe { c_clock() };
    l.push_checked(Value::Float(c as f64 / CLOCKS_PER_SEC))?;
    Ok(1)
}

fn execute(l: &mut LuaState) -> LResult<usize> {
    let cmd = c_string_arg(l, 1, true)?;
    set_errno(0);
    // SAFETY: `cmd` is NULL or a NUL-terminated string.
    let stat = unsafe { libc::system(cmd.unwrap_or(std::ptr::null())) };
    if cmd.is_some() {
        exec_result(l, stat)
    } else {
        l.push_checked(Value::Bool(stat != 0))?;
        Ok(1)
    }
}

fn remove(l: &mut LuaState) -> LResult<usize> {
    let f = c_string_arg(l, 1, false)?.unwrap_or(std::ptr::null());
    set_errno(0);
    // SAFETY: a NUL-terminated string.
    let ok = unsafe { libc::remove(f) } == 0;
    file_result(l, ok, Some(f))
}

fn rename(l: &mut LuaState) -> LResult<usize> {
    let from = c_string_arg(l, 1, false)?.unwrap_or(std::ptr::null());
    let to = c_string_arg(l, 2, false)?.unwrap_or(std::ptr::null());
    set_errno(0);
    // SAFETY: NUL-terminated strings.
    let ok = unsafe { libc::rename(from, to) } == 0;
    file_result(l, ok, None)
}

fn tmpname(l: &mut LuaState) -> LResult<usize> {
    let mut buf = *b"/tmp/lua_XXXXXX\0";
    // SAFETY: a writable NUL-terminated template.
    let fd = unsafe { libc::mkstemp(buf.as_mut_ptr() as *mut c_char) };
    if fd == -1 {
        return Err(l.lib_error(b"unable to generate a unique filename"));
    }
    // SAFETY: a descriptor we just opened.
    unsafe { libc::close(fd) };
    l.push_bytes(buf.get(..buf.len() - 1).unwrap_or_default())?;
    Ok(1)
}

fn getenv(l: &mut LuaState) -> LResult<usize> {
    let name = c_string_arg(l, 1, false)?.unwrap_or(std::ptr::null());
    // SAFETY: a NUL-terminated name; the result is NULL or a C string,
    // copied at once.
    let v = unsafe { libc::getenv(name) };
    if v.is_null() {
        l.push_checked(Value::Nil)?;
    } else {
        // SAFETY: as above.
        let bytes = unsafe { CStr::from_ptr(v) }.to_bytes().to_vec();
        l.push_bytes(&bytes)?;
    }
    Ok(1)
}

fn setlocale(l: &mut LuaState) -> LResult<usize> {
    const CATEGORIES: [(&[u8], c_int); 6] = [
        (b"all", libc::LC_ALL),
        (b"collate", libc::LC_COLLATE),
        (b"ctype", libc::LC_CTYPE),
        (b"monetary", libc::LC_MONETARY),
        (b"numeric", libc::LC_NUMERIC),
        (b"time", libc::LC_TIME),
    ];
    let locale = c_string_arg(l, 1, true)?;
    let name = l.opt_bytes(2, b"all")?;
    let Some(&(_, cat)) = CATEGORIES.iter().find(|(n, _)| *n == name) else {
        let mut m = b"invalid option '".to_vec();
        m.extend_from_slice(name.split(|&c| c == 0).next().unwrap_or_default());
        m.push(b'\'');
        return Err(l.arg_error(2, &m));
    };
    // SAFETY: `locale` is NULL or a NUL-terminated string; the result is
    // NULL or a C string, copied at once.
    let r = unsafe { libc::setlocale(cat, locale.unwrap_or(std::ptr::null())) };
    if r.is_null() {
        l.push_checked(Value::Nil)?;
    } else {
        // SAFETY: as above.
        let bytes = unsafe { CStr::from_ptr(r) }.to_bytes().to_vec();
        l.push_bytes(&bytes)?;
    }
    Ok(1)
}

fn exit(l: &mut LuaState) -> LResult<usize> {
    let status = match l.arg(1) {
        Value::Bool(b) => {
            if b {
                libc::EXIT_SUCCESS
            } else {
                libc::EXIT_FAILURE
            }
        }
        _ => l.opt_integer(1, i64::from(libc::EXIT_SUCCESS))? as c_int,
    };
    if !l.arg(2).is_falsy() {
        let main = l.g().main_thread;
        // SAFETY: the main thread is live. Closing it runs pending
        // `__close` handlers, then frees every object, including the
        // running thread: nothing touches `l` afterwards, as the process
        // ends below.
        unsafe {
            (*main).err_value = Value::Nil;
            let _ = (*main).close_protected(1, Status::ErrRun);
            crate::vm::state::close_state(main);
        }
    }
    // SAFETY: `exit` flushes and closes the C streams and never returns.
    unsafe { libc::exit(status) }
}

// ---- time and date ----

fn check_time(l: &mut LuaState, i: usize) -> LResult<libc::time_t> {
    let t = l.check_integer(i)?;
    Ok(t as libc::time_t)
}

fn difftime(l: &mut LuaState) -> LResult<usize> {
    let t1 = check_time(l, 1)?;
    let t2 = check_time(l, 2)?;
    // SAFETY: a pure C function.
    let d = unsafe { libc::difftime(t1, t2) };
    l.push_checked(Value::Float(d))?;
    Ok(1)
}

/// The date fields of `tm`, in the reference's order.
fn tm_fields(tm: &libc::tm) -> [(&'static [u8], i64); 8] {
    [
        (b"year", i64::from(tm.tm_year) + 1900),
        (b"month", i64::from(tm.tm_mon) + 1),
        (b"day", i64::from(tm.tm_mday)),
        (b"hour", i64::from(tm.tm_hour)),
        (b"min", i64::from(tm.tm_min)),
        (b"sec", i64::from(tm.tm_sec)),
        (b"yday", i64::from(tm.tm_yday) + 1),
        (b"wday", i64::from(tm.tm_wday) + 1),
    ]
}

/// Stores the fields of `tm` in table `t` (with `__newindex`, as
/// `lua_setfield` does); `isdst` only when known.
fn set_all_fields(l: &mut LuaState, t: Value, tm: &libc::tm) -> LResult<()> {
    for (name, v) in tm_fields(tm) {
        let k = l.new_str_value(name)?;
        l.set_index(t, k, Value::Int(v), VarRef::None)?;
    }
    if tm.tm_isdst >= 0 {
        let k = l.new_str_value(b"isdst")?;
        l.set_index(t, k, Value::Bool(tm.tm_isdst != 0), VarRef::None)?;
    }
    Ok(())
}

fn date(l: &mut LuaState) -> LResult<usize> {
    let s = l.opt_bytes(1, b"%c")?;
    let t = if l.is_none_or_nil(2) {
        // SAFETY: `time` accepts NULL.
        unsafe { libc::time(std::ptr::null_mut()) }
    } else {
        check_time(l, 2)?
    };
    // SAFETY: an all-zero `tm` is a valid value of the C struct.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let (utc, s) = match s.split_first() {
        Some((b'!', rest)) => (true, rest),
        _ => (false, s),
    };
    // SAFETY: valid pointers to a time and a `tm` to fill.
    let ok = unsafe {
        if utc {
            !libc::gmtime_r(&t, &mut tm).is_null()
        } else {
            !libc::localtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(l.lib_error(b"date result cannot be represented in this installation"));
    }
    // The reference compares C strings: "*t" followed by a NUL matches.
    if s.split(|&c| c == 0).next() == Some(b"*t") {
        let tbl = l.new_table(0, 9)?;
        l.push_checked(Value::Table(tbl))?;
        set_all_fields(l, Value::Table(tbl), &tm)?;
        return Ok(1);
    }
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = s.get(i) {
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let rest = s.get(i..).unwrap_or_default();
        let Some(len) = conversion_len(rest) else {
            let mut m = b"invalid conversion specifier '%".to_vec();
            m.extend_from_slice(rest.split(|&c| c == 0).next().unwrap_or_default());
            m.push(b'\'');
            return Err(l.arg_error(1, &m));
        };
        // '%', the conversion (one or two bytes), NUL.
        let mut spec = [b'%', 0, 0, 0];
        for (d, &b) in spec.iter_mut().skip(1).zip(rest.iter().take(len)) {
            *d = b;
        }
        let mut buf = [0u8; SIZE_TIME_FMT];
        // SAFETY: `spec` is a NUL-terminated valid conversion, `buf` has
        // room for `SIZE_TIME_FMT` bytes and `tm` was filled by the C
        // library.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut c_char,
                SIZE_TIME_FMT,
                spec.as_ptr() as *const c_char,
                &tm,
            )
        };
        out.extend_from_slice(buf.get(..n).unwrap_or_default());
        i += len;
    }
    l.push_bytes(&out)?;
    Ok(1)
}

/// Length of the valid conversion at the start of `conv` (the bytes after
/// '%'), or `None` if there is none.
fn conversion_len(conv: &[u8]) -> Option<usize> {
    let mut oplen = 1;
    let mut k = 0;
    while let Some(&c) = STRFTIME_OPTIONS.get(k) {
        if oplen > conv.len() {
            break;
        }
        if c == b'|' {
            oplen += 1;
        } else if STRFTIME_OPTIONS.get(k..k + oplen) == conv.get(..oplen) {
            return Some(oplen);
        }
        k += oplen;
    }
    None
}

/// A field of a date table for `os.time` (`getfield`): an integer within
/// `int` after removing `delta`, or `default` (negative: required) when
/// absent.
fn get_field(l: &mut LuaState, t: Value, key: &str, default: i64, delta: i64) -> LResult<c_int> {
    let k = l.new_str_value(key.as_bytes())?;
    let v = l.index(t, k, VarRef::None)?;
    let Some(res) = crate::vm::arith::coerce_to_integer(&v) else {
        if !v.is_nil() {
            return Err(l.lib_error(format!("field '{key}' is not an integer").as_bytes()));
        }
        if default < 0 {
            return Err(l.lib_error(format!("field '{key}' missing in date table").as_bytes()));
        }
        return Ok(default as c_int);
    };
    let fits = if res >= 0 {
        res - delta <= i64::from(c_int::MAX)
    } else {
        i64::from(c_int::MIN) + delta <= res
    };
    if !fits {
        return Err(l.lib_error(format!("field '{key}' is out-of-bound").as_bytes()));
    }
    Ok((res - delta) as c_int)
}

fn time(l: &mut LuaState) -> LResult<usize> {
    let t = if l.is_none_or_nil(1) {
        // SAFETY: `time` accepts NULL.
        unsafe { libc::time(std::ptr::null_mut()) }
    } else {
        let tbl = l.check_table(1)?;
        let tv = Value::Table(tbl);
        // SAFETY: an all-zero `tm` is a valid value of the C struct.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        tm.tm_year = get_field(l, tv, "year", -1, 1900)?;
        tm.tm_mon = get_field(l, tv, "month", -1, 1)?;
        tm.tm_mday = get_field(l, tv, "day", -1, 0)?;
        tm.tm_hour = get_field(l, tv, "hour", 12, 0)?;
        tm.tm_min = get_field(l, tv, "min", 0, 0)?;
        tm.tm_sec = get_field(l, tv, "sec", 0, 0)?;
        let k = l.new_str_value(b"isdst")?;
        let dst = l.index(tv, k, VarRef::None)?;
        tm.tm_isdst = if dst.is_nil() {
            -1
        } else {
            c_int::from(!dst.is_falsy())
        };
        // SAFETY: a filled `tm`; mktime normalises it in place.
        let t = unsafe { libc::mktime(&mut tm) };
        set_all_fields(l, tv, &tm)?;
        t
    };
    if t == -1 {
        return Err(l.lib_error(b"time result cannot be represented in this installation"));
    }
    l.push_checked(Value::Int(t))?;
    Ok(1)
}

#[cfg(test)]
mod tests {
    use super::conversion_len;

    #[test]
    fn conversions() {
        assert_eq!(conversion_len(b"Y-%m"), Some(1));
        assert_eq!(conversion_len(b"Ec"), Some(2));
        assert_eq!(conversion_len(b"E"), None);
        assert_eq!(conversion_len(b"Ez"), None);
        assert_eq!(conversion_len(b"Oy"), Some(2));
        assert_eq!(conversion_len(b"%"), Some(1));
        assert_eq!(conversion_len(b"q"), None);
        assert_eq!(conversion_len(b""), None);
        assert_eq!(conversion_len(b"|"), None);
    }
}
