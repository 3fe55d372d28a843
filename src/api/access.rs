//! Access functions: type tests and conversions from stack values to C,
//! plus `lua_arith`, `lua_rawequal` and `lua_compare`.
use super::{
    check, check_nelems, is_valid, lua_CFunction, lua_Integer, lua_Number, lua_State, lua_Unsigned,
    set_value_at, st, str_ptr, value_at,
};
use crate::object::{CFunc, Userdata};
use crate::value::{TNONE, Value};
use crate::vm::arith;
use crate::vm::debug::VarRef;
use crate::vm::error::LResult;
use crate::vm::opcode::TmEvent;
use crate::vm::state::LuaState;
use std::ffi::{c_char, c_int, c_void};

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_isnumber(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let v = value_at(unsafe { st(L) }, idx);
    arith::coerce_to_number(&v).is_some() as c_int
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_isstring(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let v = value_at(unsafe { st(L) }, idx);
    matches!(v, Value::Str(_) | Value::Int(_) | Value::Float(_)) as c_int
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_iscfunction(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let v = value_at(unsafe { st(L) }, idx);
    matches!(v, Value::CClosure(_) | Value::Native(_) | Value::LightC(_)) as c_int
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_isinteger(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let v = value_at(unsafe { st(L) }, idx);
    matches!(v, Value::Int(_)) as c_int
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_isuserdata(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let v = value_at(unsafe { st(L) }, idx);
    matches!(v, Value::Userdata(_) | Value::LightUserdata(_)) as c_int
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_type(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    if !is_valid(l, idx) {
        return TNONE;
    }
    value_at(l, idx).type_tag()
}

/// Type names as NUL-terminated C strings, indexed by tag + 1.
static TYPE_CNAMES: [&std::ffi::CStr; 10] = [
    c"no value",
    c"nil",
    c"boolean",
    c"userdata",
    c"number",
    c"string",
    c"table",
    c"function",
    c"userdata",
    c"thread",
];

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_typename(L: *mut lua_State, tp: c_int) -> *const c_char {
    let _ = L;
    match TYPE_CNAMES.get((tp + 1) as usize) {
        Some(s) => s.as_ptr(),
        None => c"?".as_ptr(),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_tonumberx(
    L: *mut lua_State,
    idx: c_int,
    isnum: *mut c_int,
) -> lua_Number {
    // SAFETY: `L` is live.
    let v = value_at(unsafe { st(L) }, idx);
    let (n, ok) = match v {
        Value::Float(f) => (f, true),
        Value::Int(i) => (i as f64, true),
        _ => match arith::coerce_to_number(&v) {
            Some(Value::Int(i)) => (i as f64, true),
            Some(Value::Float(f)) => (f, true),
            _ => (0.0, false),
        },
    };
    if !isnum.is_null() {
        // SAFETY: the caller gives a writable int or NULL.
        unsafe { *isnum = ok as c_int };
    }
    n
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_tointegerx(
    L: *mut lua_State,
    idx: c_int,
    isnum: *mut c_int,
) -> lua_Integer {
    // SAFETY: `L` is live.
    let v = value_at(unsafe { st(L) }, idx);
    let r = match v {
        Value::Int(i) => Some(i),
        _ => arith::coerce_to_integer(&v),
    };
    if !isnum.is_null() {
        // SAFETY: the caller gives a writable int or NULL.
        unsafe { *isnum = r.is_some() as c_int };
    }
    r.unwrap_or(0)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_toboolean(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let v = value_at(unsafe { st(L) }, idx);
    !v.is_falsy() as c_int
}

/// `lua_tolstring`: numbers are converted in place.
pub(crate) fn tolstring(
    l: &mut LuaState,
    idx: c_int,
) -> LResult<Option<*mut crate::object::LuaString>> {
    match value_at(l, idx) {
        Value::Str(s) => Ok(Some(s)),
        v @ (Value::Int(_) | Value::Float(_)) => {
            let mut buf = Vec::new();
            arith::fmt_number(&v, &mut buf);
            let s = l.new_string(&buf)?;
            set_value_at(l, idx, Value::Str(s))?;
            l.check_gc();
            Ok(Some(s))
        }
        _ => Ok(None),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_tolstring(
    L: *mut lua_State,
    idx: c_int,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    // The common case: already a string.
    if let Value::Str(s) = value_at(l, idx) {
        if !len.is_null() {
            // SAFETY: a live string; the caller gives a writable size_t.
            unsafe { *len = (*s).len() };
        }
        return str_ptr(s);
    }
    let r = tolstring(l, idx);
    // SAFETY: nothing with Drop is live.
    let s = unsafe { check(L, r) };
    match s {
        Some(s) => {
            if !len.is_null() {
                // SAFETY: a live string; the caller gives a writable size_t.
                unsafe { *len = (*s).len() };
            }
            str_ptr(s)
        }
        None => {
            if !len.is_null() {
                // SAFETY: as above.
                unsafe { *len = 0 };
            }
            std::ptr::null()
        }
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_rawlen(L: *mut lua_State, idx: c_int) -> lua_Unsigned {
    // SAFETY: `L` is live.
    match value_at(unsafe { st(L) }, idx) {
        // SAFETY: live objects.
        Value::Str(s) => unsafe { (*s).len() as u64 },
        Value::Userdata(u) => unsafe { (*u).len as u64 },
        Value::Table(t) => unsafe { (*t).length() as u64 },
        _ => 0,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_tocfunction(L: *mut lua_State, idx: c_int) -> lua_CFunction {
    // SAFETY: `L` is live.
    match value_at(unsafe { st(L) }, idx) {
        Value::LightC(f) => Some(f),
        Value::Native(f) => super::native::wrapper_for(f),
        // SAFETY: a live closure.
        Value::CClosure(c) => match unsafe { (*c).func } {
            CFunc::Foreign(f) => Some(f),
            CFunc::Native(f) => super::native::wrapper_for(f),
        },
        _ => None,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_touserdata(L: *mut lua_State, idx: c_int) -> *mut c_void {
    // SAFETY: `L` is live.
    match value_at(unsafe { st(L) }, idx) {
        Value::Userdata(u) => Userdata::payload_ptr(u) as *mut c_void,
        Value::LightUserdata(p) => p,
        _ => std::ptr::null_mut(),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_tothread(L: *mut lua_State, idx: c_int) -> *mut lua_State {
    // SAFETY: `L` is live.
    match value_at(unsafe { st(L) }, idx) {
        Value::Thread(t) => t,
        _ => std::ptr::null_mut(),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_topointer(L: *mut lua_State, idx: c_int) -> *const c_void {
    // SAFETY: `L` is live.
    let v = value_at(unsafe { st(L) }, idx);
    match v {
        Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_) => std::ptr::null(),
        _ => v.identity().unwrap_or(std::ptr::null()),
    }
}

fn do_arith(l: &mut LuaState, op: c_int) -> LResult<()> {
    let ev = u8::try_from(op)
        .ok()
        .filter(|&o| o <= 13)
        .and_then(|o| TmEvent::from_u8(o + TmEvent::Add as u8));
    let Some(ev) = ev else {
        return Err(super::api_error(l, "invalid option"));
    };
    let unary = matches!(ev, TmEvent::Unm | TmEvent::BNot);
    if unary {
        check_nelems(l, 1)?;
        let v = l.at(l.top - 1);
        super::push_value(l, v)?;
    } else {
        check_nelems(l, 2)?;
    }
    let a = l.at(l.top - 2);
    let b = l.at(l.top - 1);
    let r = match arith::arith(ev, &a, &b) {
        Ok(v) => v,
        Err(_) => l.arith_slow(ev, a, b, VarRef::None, VarRef::None)?,
    };
    l.top -= 1;
    let t = l.top - 1;
    l.set_at(t, r);
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_arith(L: *mut lua_State, op: c_int) {
    // SAFETY: `L` is live.
    let r = do_arith(unsafe { st(L) }, op);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_rawequal(L: *mut lua_State, idx1: c_int, idx2: c_int) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    if !is_valid(l, idx1) || !is_valid(l, idx2) {
        return 0;
    }
    let a = value_at(l, idx1);
    let b = value_at(l, idx2);
    a.raw_eq(&b) as c_int
}

fn compare(l: &mut LuaState, idx1: c_int, idx2: c_int, op: c_int) -> LResult<bool> {
    if !is_valid(l, idx1) || !is_valid(l, idx2) {
        return Ok(false);
    }
    let a = value_at(l, idx1);
    let b = value_at(l, idx2);
    match op {
        0 => l.equal(a, b),
        1 => l.less(a, b, false),
        2 => l.less(a, b, true),
        _ => Err(super::api_error(l, "invalid option")),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_compare(
    L: *mut lua_State,
    idx1: c_int,
    idx2: c_int,
    op: c_int,
) -> c_int {
    // SAFETY: `L` is live.
    let r = compare(unsafe { st(L) }, idx1, idx2, op);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) as c_int }
}
