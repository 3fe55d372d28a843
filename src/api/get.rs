//! Get functions: Lua values onto the stack (tables, fields, metatables,
//! user values) and new tables and userdata.
use super::{
    check, check_nelems, cstr_string, lua_Integer, lua_State, push_value, st, table_or_null,
    value_at,
};
use crate::object::Userdata;
use crate::value::{TNONE, Value};
use crate::vm::debug::VarRef;
use crate::vm::error::LResult;
use crate::vm::opcode::TmEvent;
use crate::vm::state::LuaState;
use std::ffi::{c_char, c_int, c_void};

/// Pushes `t[k]` (with metamethods) and returns its type.
fn push_index(l: &mut LuaState, t: Value, k: Value) -> LResult<c_int> {
    let v = l.index(t, k, VarRef::None)?;
    push_value(l, v)?;
    Ok(v.type_tag())
}

/// `t[k]` for a C string key, with a fast path for tables holding the
/// key (or without `__index`).
///
/// # Safety
/// `k` is a C string.
unsafe fn push_field(l: &mut LuaState, t: Value, k: *const c_char) -> LResult<c_int> {
    // SAFETY: the caller's contract.
    let ks = unsafe { cstr_string(l, k)? };
    if let Value::Table(h) = t {
        // SAFETY: live table and string.
        let (v, mt) = unsafe {
            let v = if (*ks).is_short() {
                (*h).get_short_str(ks)
            } else {
                (*h).get_str(ks)
            };
            (v, (*h).metatable)
        };
        if !v.is_nil() || l.table_tm(mt, TmEvent::Index).is_nil() {
            push_value(l, v)?;
            return Ok(v.type_tag());
        }
    }
    push_index(l, t, Value::Str(ks))
}

fn getglobal(l: &mut LuaState, name: *const c_char) -> LResult<c_int> {
    let g = Value::Table(l.globals());
    // SAFETY: `name` is a C string (lua_getglobal's contract).
    unsafe { push_field(l, g, name) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getglobal(L: *mut lua_State, name: *const c_char) -> c_int {
    // SAFETY: `L` is live; `name` is a C string.
    let r = getglobal(unsafe { st(L) }, name);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn gettable(l: &mut LuaState, idx: c_int) -> LResult<c_int> {
    check_nelems(l, 1)?;
    let t = value_at(l, idx);
    let k = l.at(l.top - 1);
    // Fast path: integer and short-string keys of a table, present or
    // without `__index` to consult.
    if let Value::Table(h) = t {
        // SAFETY: a live table; a live key string.
        let v = unsafe {
            match k {
                Value::Int(i) => Some((*h).get_int(i)),
                Value::Str(s) if (*s).is_short() => Some((*h).get_short_str(s)),
                _ => None,
            }
        };
        if let Some(v) = v {
            // SAFETY: as above.
            let mt = unsafe { (*h).metatable };
            if !v.is_nil() || l.table_tm(mt, TmEvent::Index).is_nil() {
                let top = l.top - 1;
                l.set_at(top, v);
                return Ok(v.type_tag());
            }
        }
    }
    let v = l.index(t, k, VarRef::None)?;
    let top = l.top - 1;
    l.set_at(top, v);
    Ok(v.type_tag())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_gettable(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let r = gettable(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn getfield(l: &mut LuaState, idx: c_int, k: *const c_char) -> LResult<c_int> {
    let t = value_at(l, idx);
    // SAFETY: `k` is a C string (lua_getfield's contract).
    unsafe { push_field(l, t, k) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getfield(L: *mut lua_State, idx: c_int, k: *const c_char) -> c_int {
    // SAFETY: `L` is live; `k` is a C string.
    let r = getfield(unsafe { st(L) }, idx, k);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_geti(L: *mut lua_State, idx: c_int, n: lua_Integer) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    // Fast path: a table with the key present, or without `__index`.
    let h = table_or_null(l, idx);
    if !h.is_null() {
        // SAFETY: a live table.
        let (v, mt) = unsafe { ((*h).get_int(n), (*h).metatable) };
        if !v.is_nil() || l.table_tm(mt, TmEvent::Index).is_nil() {
            let r = push_value(l, v);
            // SAFETY: nothing with Drop is live.
            unsafe { check(L, r) };
            return v.type_tag();
        }
    }
    let t = value_at(l, idx);
    let r = push_index(l, t, Value::Int(n));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

/// The table at `idx`, or an API error.
pub(crate) fn table_at(l: &mut LuaState, idx: c_int) -> LResult<*mut crate::object::Table> {
    match value_at(l, idx) {
        Value::Table(t) => Ok(t),
        _ => Err(super::api_error(l, "table expected")),
    }
}

fn rawget(l: &mut LuaState, idx: c_int) -> LResult<c_int> {
    check_nelems(l, 1)?;
    let t = table_at(l, idx)?;
    let k = l.at(l.top - 1);
    // SAFETY: a live table.
    let v = unsafe { (*t).get(&k) };
    let top = l.top - 1;
    l.set_at(top, v);
    Ok(v.type_tag())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_rawget(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let r = rawget(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn rawget_key(l: &mut LuaState, idx: c_int, k: Value) -> LResult<c_int> {
    let t = table_at(l, idx)?;
    // SAFETY: a live table.
    let v = unsafe { (*t).get(&k) };
    push_value(l, v)?;
    Ok(v.type_tag())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_rawgeti(L: *mut lua_State, idx: c_int, n: lua_Integer) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let h = table_or_null(l, idx);
    if !h.is_null() {
        // SAFETY: a live table.
        let v = unsafe { (*h).get_int(n) };
        let r = push_value(l, v);
        // SAFETY: nothing with Drop is live.
        unsafe { check(L, r) };
        return v.type_tag();
    }
    let r = rawget_key(l, idx, Value::Int(n));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_rawgetp(L: *mut lua_State, idx: c_int, p: *const c_void) -> c_int {
    // SAFETY: `L` is live.
    let r = rawget_key(
        unsafe { st(L) },
        idx,
        Value::LightUserdata(p as *mut c_void),
    );
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn createtable(l: &mut LuaState, narr: c_int, nrec: c_int) -> LResult<()> {
    let t = l.new_table(narr.max(0) as usize, nrec.max(0) as usize)?;
    push_value(l, Value::Table(t))?;
    l.check_gc();
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_createtable(L: *mut lua_State, narr: c_int, nrec: c_int) {
    // SAFETY: `L` is live.
    let r = createtable(unsafe { st(L) }, narr, nrec);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn newuserdata(l: &mut LuaState, size: usize, nuvalue: c_int) -> LResult<*mut c_void> {
    if !(0..=u16::MAX as c_int).contains(&nuvalue) {
        return Err(super::api_error(l, "invalid value"));
    }
    let u = Userdata::alloc(l.heap(), size, nuvalue as usize).map_err(|_| l.memory_error())?;
    push_value(l, Value::Userdata(u))?;
    l.check_gc();
    Ok(Userdata::payload_ptr(u) as *mut c_void)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_newuserdatauv(
    L: *mut lua_State,
    sz: usize,
    nuvalue: c_int,
) -> *mut c_void {
    // SAFETY: `L` is live.
    let r = newuserdata(unsafe { st(L) }, sz, nuvalue);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getmetatable(L: *mut lua_State, objindex: c_int) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let v = value_at(l, objindex);
    let mt = l.metatable_of(&v);
    if mt.is_null() {
        return 0;
    }
    let r = push_value(l, Value::Table(mt));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) };
    1
}

fn getiuservalue(l: &mut LuaState, idx: c_int, n: c_int) -> LResult<c_int> {
    let v = match value_at(l, idx) {
        Value::Userdata(u) => {
            // SAFETY: a live userdata.
            let uvs = unsafe { (*u).user_values() };
            match usize::try_from(n).ok().and_then(|n| n.checked_sub(1)) {
                Some(i) if i < uvs.len() => Some(uvs[i]),
                _ => None,
            }
        }
        _ => return Err(super::api_error(l, "full userdata expected")),
    };
    match v {
        Some(v) => {
            push_value(l, v)?;
            Ok(v.type_tag())
        }
        None => {
            push_value(l, Value::Nil)?;
            Ok(TNONE)
        }
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getiuservalue(L: *mut lua_State, idx: c_int, n: c_int) -> c_int {
    // SAFETY: `L` is live.
    let r = getiuservalue(unsafe { st(L) }, idx, n);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}
