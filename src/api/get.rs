//! Get functions: Lua values onto the stack (tables, fields, metatables,
//! user values) and new tables and userdata.
use super::{check, check_nelems, cstr, lua_Integer, lua_State, push_value, st, value_at};
use crate::object::Userdata;
use crate::value::{TNONE, Value};
use crate::vm::debug::VarRef;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;
use std::ffi::{c_char, c_int, c_void};

/// Pushes `t[k]` (with metamethods) and returns its type.
fn push_index(l: &mut LuaState, t: Value, k: Value) -> LResult<c_int> {
    let v = l.index(t, k, VarRef::None)?;
    push_value(l, v)?;
    Ok(v.type_tag())
}

fn getglobal(l: &mut LuaState, name: &[u8]) -> LResult<c_int> {
    let g = Value::Table(l.globals());
    let k = l.new_str_value(name)?;
    push_index(l, g, k)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getglobal(L: *mut lua_State, name: *const c_char) -> c_int {
    // SAFETY: `L` is live; `name` is a C string.
    let r = getglobal(unsafe { st(L) }, unsafe { cstr(name) });
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn gettable(l: &mut LuaState, idx: c_int) -> LResult<c_int> {
    check_nelems(l, 1)?;
    let t = value_at(l, idx);
    let k = l.at(l.top - 1);
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

fn getfield(l: &mut LuaState, idx: c_int, k: &[u8]) -> LResult<c_int> {
    let t = value_at(l, idx);
    let k = l.new_str_value(k)?;
    push_index(l, t, k)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getfield(L: *mut lua_State, idx: c_int, k: *const c_char) -> c_int {
    // SAFETY: `L` is live; `k` is a C string.
    let r = getfield(unsafe { st(L) }, idx, unsafe { cstr(k) });
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_geti(L: *mut lua_State, idx: c_int, n: lua_Integer) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
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
    let r = rawget_key(unsafe { st(L) }, idx, Value::Int(n));
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
