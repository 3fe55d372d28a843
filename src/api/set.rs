//! Set functions: from the stack into tables, metatables and user values.
use super::get::table_at;
use super::{
    api_error, check, check_nelems, cstr_string, lua_Integer, lua_State, st, table_or_null,
    value_at,
};
use crate::value::Value;
use crate::vm::debug::VarRef;
use crate::vm::error::LResult;
use crate::vm::opcode::TmEvent;
use crate::vm::state::LuaState;
use std::ffi::{c_char, c_int, c_void};

/// `t[k] = top value` with metamethods; pops the value.
fn set_and_pop(l: &mut LuaState, t: Value, k: Value) -> LResult<()> {
    check_nelems(l, 1)?;
    let v = l.at(l.top - 1);
    l.set_index(t, k, v, VarRef::None)?;
    l.top -= 1;
    Ok(())
}

/// The fast path of `lua_seti`/`lua_rawseti`: the array slot of key `n`
/// in the table at `idx`, when a value to pop is there and storing into
/// that slot is all the assignment does (raw, or the slot holds a value,
/// or the table has no `__newindex`).
#[inline(always)]
fn array_slot_for_set(l: &mut LuaState, idx: c_int, n: i64, raw: bool) -> Option<*mut Value> {
    if l.top <= super::frame_base(l) {
        return None;
    }
    let h = table_or_null(l, idx);
    if h.is_null() {
        return None;
    }
    // SAFETY: a live table.
    let (p, mt) = unsafe { ((*h).array_slot(n)?, (*h).metatable) };
    // SAFETY: `p` points into the table's array part.
    if raw || unsafe { !(*p).is_nil() } || l.table_tm(mt, TmEvent::NewIndex).is_nil() {
        Some(p)
    } else {
        None
    }
}

/// The backward barrier for the table at `idx` after a store into it.
#[inline(always)]
fn barrier_table_at(l: &mut LuaState, idx: c_int) {
    let h = table_or_null(l, idx);
    if !h.is_null() {
        l.barrier_back(h);
    }
}

/// `t[k] = top value` for a C string key (pops the value), with a fast
/// path for tables that hold the key already.
///
/// # Safety
/// `k` is a C string.
unsafe fn set_field_and_pop(l: &mut LuaState, t: Value, k: *const c_char) -> LResult<()> {
    check_nelems(l, 1)?;
    // SAFETY: the caller's contract.
    let ks = unsafe { cstr_string(l, k)? };
    if let Value::Table(h) = t {
        // SAFETY: live table and string.
        let p = unsafe {
            if (*ks).is_short() {
                (*h).short_str_slot(ks)
            } else {
                std::ptr::null_mut()
            }
        };
        // SAFETY: `p` points into the table; nothing ran since the lookup.
        if !p.is_null() && unsafe { !(*p).is_nil() } {
            let v = l.at(l.top - 1);
            // SAFETY: as above.
            unsafe { crate::value::write_value(p, v) };
            l.barrier_back(h);
            l.top -= 1;
            return Ok(());
        }
    }
    set_and_pop(l, t, Value::Str(ks))
}

fn setglobal(l: &mut LuaState, name: *const c_char) -> LResult<()> {
    let g = Value::Table(l.globals());
    // SAFETY: `name` is a C string (lua_setglobal's contract).
    unsafe { set_field_and_pop(l, g, name) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_setglobal(L: *mut lua_State, name: *const c_char) {
    // SAFETY: `L` is live; `name` is a C string.
    let r = setglobal(unsafe { st(L) }, name);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn settable(l: &mut LuaState, idx: c_int) -> LResult<()> {
    check_nelems(l, 2)?;
    let t = value_at(l, idx);
    let k = l.at(l.top - 2);
    let v = l.at(l.top - 1);
    // Fast path: the key is present in the table (array part or short
    // string), so the store is all the assignment does.
    if let Value::Table(h) = t {
        // SAFETY: a live table; a live key string.
        let p = unsafe {
            match k {
                Value::Int(i) => (*h).array_slot(i).unwrap_or(std::ptr::null_mut()),
                Value::Str(s) if (*s).is_short() => (*h).short_str_slot(s),
                _ => std::ptr::null_mut(),
            }
        };
        // SAFETY: `p` points into the table; nothing ran since the lookup.
        if !p.is_null() && unsafe { !(*p).is_nil() } {
            unsafe { crate::value::write_value(p, v) };
            l.barrier_back(h);
            l.top -= 2;
            return Ok(());
        }
    }
    l.set_index(t, k, v, VarRef::None)?;
    l.top -= 2;
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_settable(L: *mut lua_State, idx: c_int) {
    // SAFETY: `L` is live.
    let r = settable(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn setfield(l: &mut LuaState, idx: c_int, k: *const c_char) -> LResult<()> {
    let t = value_at(l, idx);
    // SAFETY: `k` is a C string (lua_setfield's contract).
    unsafe { set_field_and_pop(l, t, k) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_setfield(L: *mut lua_State, idx: c_int, k: *const c_char) {
    // SAFETY: `L` is live; `k` is a C string.
    let r = setfield(unsafe { st(L) }, idx, k);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_seti(L: *mut lua_State, idx: c_int, n: lua_Integer) {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    if let Some(p) = array_slot_for_set(l, idx, n, false) {
        let v = l.at(l.top - 1);
        // SAFETY: `p` is a slot of the live table at `idx`, nothing ran
        // since it was found.
        unsafe { crate::value::write_value(p, v) };
        barrier_table_at(l, idx);
        l.top -= 1;
        return;
    }
    let t = value_at(l, idx);
    let r = set_and_pop(l, t, Value::Int(n));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn rawset(l: &mut LuaState, idx: c_int) -> LResult<()> {
    check_nelems(l, 2)?;
    let t = table_at(l, idx)?;
    let k = l.at(l.top - 2);
    let v = l.at(l.top - 1);
    l.raw_set(t, k, v)?;
    l.top -= 2;
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_rawset(L: *mut lua_State, idx: c_int) {
    // SAFETY: `L` is live.
    let r = rawset(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn rawset_key(l: &mut LuaState, idx: c_int, k: Value) -> LResult<()> {
    check_nelems(l, 1)?;
    let t = table_at(l, idx)?;
    let v = l.at(l.top - 1);
    l.raw_set(t, k, v)?;
    l.top -= 1;
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_rawseti(L: *mut lua_State, idx: c_int, n: lua_Integer) {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    if let Some(p) = array_slot_for_set(l, idx, n, true) {
        let v = l.at(l.top - 1);
        // SAFETY: as in lua_seti.
        unsafe { crate::value::write_value(p, v) };
        barrier_table_at(l, idx);
        l.top -= 1;
        return;
    }
    let r = rawset_key(l, idx, Value::Int(n));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_rawsetp(L: *mut lua_State, idx: c_int, p: *const c_void) {
    // SAFETY: `L` is live.
    let r = rawset_key(
        unsafe { st(L) },
        idx,
        Value::LightUserdata(p as *mut c_void),
    );
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn setmetatable(l: &mut LuaState, objindex: c_int) -> LResult<()> {
    check_nelems(l, 1)?;
    let obj = value_at(l, objindex);
    let mt = match l.at(l.top - 1) {
        Value::Nil => std::ptr::null_mut(),
        Value::Table(t) => t,
        _ => return Err(api_error(l, "table expected")),
    };
    l.set_metatable(obj, mt);
    l.top -= 1;
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_setmetatable(L: *mut lua_State, objindex: c_int) -> c_int {
    // SAFETY: `L` is live.
    let r = setmetatable(unsafe { st(L) }, objindex);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) };
    1
}

fn setiuservalue(l: &mut LuaState, idx: c_int, n: c_int) -> LResult<bool> {
    check_nelems(l, 1)?;
    let Value::Userdata(u) = value_at(l, idx) else {
        return Err(api_error(l, "full userdata expected"));
    };
    let v = l.at(l.top - 1);
    // SAFETY: a live userdata.
    let uvs = unsafe { (*u).user_values() };
    let ok = match usize::try_from(n).ok().and_then(|n| n.checked_sub(1)) {
        Some(i) if i < uvs.len() => {
            uvs[i] = v;
            true
        }
        _ => false,
    };
    if ok {
        l.barrier_value(u as *mut crate::gc::GcHeader, v);
    }
    l.top -= 1;
    Ok(ok)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_setiuservalue(L: *mut lua_State, idx: c_int, n: c_int) -> c_int {
    // SAFETY: `L` is live.
    let r = setiuservalue(unsafe { st(L) }, idx, n);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) as c_int }
}
