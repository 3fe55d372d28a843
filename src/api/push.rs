//! Push functions: C values onto the stack. (`lua_pushfstring` and
//! `lua_pushvfstring` are in `csrc/fstring.c`.)
use super::{
    MAXUPVAL, api_error, check, check_nelems, lua_CFunction, lua_Integer, lua_Number, lua_State,
    push_value, st, str_ptr,
};
use crate::object::{CClosure, CFunc};
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;
use std::ffi::{c_char, c_int, c_void};

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushnil(L: *mut lua_State) {
    // SAFETY: `L` is live.
    let r = push_value(unsafe { st(L) }, Value::Nil);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushnumber(L: *mut lua_State, n: lua_Number) {
    // SAFETY: `L` is live.
    let r = push_value(unsafe { st(L) }, Value::Float(n));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushinteger(L: *mut lua_State, n: lua_Integer) {
    // SAFETY: `L` is live.
    let r = push_value(unsafe { st(L) }, Value::Int(n));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

pub(crate) fn push_bytes(l: &mut LuaState, b: &[u8]) -> LResult<*const c_char> {
    let s = l.new_string(b)?;
    push_value(l, Value::Str(s))?;
    l.check_gc();
    Ok(str_ptr(s))
}

/// `lua_pushstring` through the string cache.
///
/// # Safety
/// `s` is a C string.
unsafe fn push_cstr(l: &mut LuaState, s: *const c_char) -> LResult<*const c_char> {
    // SAFETY: the caller's contract.
    let ls = unsafe { super::cstr_string(l, s)? };
    push_value(l, Value::Str(ls))?;
    l.check_gc();
    Ok(str_ptr(ls))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushlstring(
    L: *mut lua_State,
    s: *const c_char,
    len: usize,
) -> *const c_char {
    let b: &[u8] = if len == 0 {
        &[]
    } else {
        // SAFETY: the caller gives `len` readable bytes at `s`.
        unsafe { std::slice::from_raw_parts(s as *const u8, len) }
    };
    // SAFETY: `L` is live.
    let r = push_bytes(unsafe { st(L) }, b);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushstring(L: *mut lua_State, s: *const c_char) -> *const c_char {
    if s.is_null() {
        // SAFETY: `L` is live.
        unsafe { lua_pushnil(L) };
        return std::ptr::null();
    }
    // SAFETY: `L` is live; `s` is a NUL-terminated string.
    let r = unsafe { push_cstr(st(L), s) };
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn pushcclosure(l: &mut LuaState, f: lua_CFunction, n: c_int) -> LResult<()> {
    let Some(f) = f else {
        return Err(api_error(l, "attempt to push a NULL C function"));
    };
    // A wrapper of one of our native functions goes back to being native.
    let func = match super::native::native_of(f) {
        Some(nf) => CFunc::Native(nf),
        None => CFunc::Foreign(f),
    };
    if n == 0 {
        let v = match func {
            CFunc::Native(nf) => Value::Native(nf),
            CFunc::Foreign(cf) => Value::LightC(cf),
        };
        return push_value(l, v);
    }
    if !(0..=MAXUPVAL).contains(&n) {
        return Err(api_error(l, "upvalue index too large"));
    }
    let n = n as usize;
    check_nelems(l, n)?;
    let c = CClosure::alloc(l.heap(), func, n).map_err(|_| l.memory_error())?;
    let first = l.top - n;
    for i in 0..n {
        let v = l.at(first + i);
        // SAFETY: a fresh closure with `n` upvalues.
        unsafe { (*c).upvals_mut()[i] = v };
    }
    l.top = first;
    push_value(l, Value::CClosure(c))?;
    l.check_gc();
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushcclosure(L: *mut lua_State, fn_: lua_CFunction, n: c_int) {
    // SAFETY: `L` is live.
    let r = pushcclosure(unsafe { st(L) }, fn_, n);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushboolean(L: *mut lua_State, b: c_int) {
    // SAFETY: `L` is live.
    let r = push_value(unsafe { st(L) }, Value::Bool(b != 0));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushlightuserdata(L: *mut lua_State, p: *mut c_void) {
    // SAFETY: `L` is live.
    let r = push_value(unsafe { st(L) }, Value::LightUserdata(p));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushthread(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let r = push_value(l, Value::Thread(L));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) };
    std::ptr::eq(L, l.g().main_thread) as c_int
}

/// Formats a float as `tostring` does, for `%f` in `lua_pushfstring`.
/// Returns the length written (truncated to `size - 1`, NUL-terminated).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn luars_fmt_number(n: lua_Number, buf: *mut c_char, size: usize) -> usize {
    if size == 0 {
        return 0;
    }
    let mut out = Vec::new();
    crate::vm::arith::fmt_number(&Value::Float(n), &mut out);
    let len = out.len().min(size - 1);
    // SAFETY: the caller gives `size` writable bytes.
    unsafe {
        std::ptr::copy_nonoverlapping(out.as_ptr(), buf as *mut u8, len);
        *buf.add(len) = 0;
    }
    len
}
