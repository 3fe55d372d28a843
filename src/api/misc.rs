//! Miscellaneous functions: raising errors, `next`, `concat`, `len`,
//! string to number, the allocator, to-be-closed slots.
use super::get::table_at;
use super::{
    api_error, check, check_nelems, cstr, lua_Alloc, lua_State, push_value, st, stack_index,
    value_at,
};
use crate::value::Value;
use crate::vm::debug::VarRef;
use crate::vm::error::{LResult, Status};
use crate::vm::state::LuaState;
use std::ffi::{c_char, c_int, c_void};

fn error(l: &mut LuaState) -> LResult<()> {
    check_nelems(l, 1)?;
    let v = l.at(l.top - 1);
    if let Value::Str(s) = v
        && std::ptr::eq(s, l.g().memerr_msg)
    {
        l.err_value = v;
        return Err(Status::ErrMem);
    }
    Err(l.throw_value(v))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_error(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    let r = error(unsafe { st(L) });
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) };
    0
}

fn next(l: &mut LuaState, idx: c_int) -> LResult<bool> {
    check_nelems(l, 1)?;
    let t = table_at(l, idx)?;
    let k = l.at(l.top - 1);
    // SAFETY: a live table.
    match unsafe { (*t).next(&k) } {
        Ok(Some((k2, v))) => {
            let top = l.top - 1;
            l.set_at(top, k2);
            push_value(l, v)?;
            Ok(true)
        }
        Ok(None) => {
            l.top -= 1;
            Ok(false)
        }
        Err(_) => Err(l.runtime_error("invalid key to 'next'")),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_next(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let r = next(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) as c_int }
}

fn concat(l: &mut LuaState, n: c_int) -> LResult<()> {
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    check_nelems(l, n)?;
    if n == 0 {
        let s = l.new_str_value(b"")?;
        push_value(l, s)?;
    } else if n > 1 {
        let first = l.top - n;
        l.concat(n, first)?;
        l.top = first + 1;
    }
    l.check_gc();
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_concat(L: *mut lua_State, n: c_int) {
    // SAFETY: `L` is live.
    let r = concat(unsafe { st(L) }, n);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn len(l: &mut LuaState, idx: c_int) -> LResult<()> {
    let v = value_at(l, idx);
    let r = l.len_of(v, VarRef::None)?;
    push_value(l, r)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_len(L: *mut lua_State, idx: c_int) {
    // SAFETY: `L` is live.
    let r = len(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_stringtonumber(L: *mut lua_State, s: *const c_char) -> usize {
    // SAFETY: a C string.
    let b = unsafe { cstr(s) };
    match crate::vm::arith::str_to_value(b) {
        Some(v) => {
            // SAFETY: `L` is live.
            let r = push_value(unsafe { st(L) }, v);
            // SAFETY: nothing with Drop is live.
            unsafe { check(L, r) };
            b.len() + 1
        }
        None => 0,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getallocf(L: *mut lua_State, ud: *mut *mut c_void) -> lua_Alloc {
    // SAFETY: `L` is live.
    let a = &unsafe { st(L) }.heap().alloc;
    if !ud.is_null() {
        // SAFETY: the caller gives a writable pointer or NULL.
        unsafe { *ud = a.ud };
    }
    Some(a.f)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_setallocf(L: *mut lua_State, f: lua_Alloc, ud: *mut c_void) {
    let Some(f) = f else { return };
    // SAFETY: `L` is live.
    let a = &mut unsafe { st(L) }.heap().alloc;
    a.f = f;
    a.ud = ud;
}

fn toclose(l: &mut LuaState, idx: c_int) -> LResult<()> {
    let slot = stack_index(l, idx)?;
    if l.tbc.as_slice().last().is_some_and(|&s| s >= slot) {
        return Err(api_error(l, "invalid index for to-be-closed variable"));
    }
    l.new_tbc(slot)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_toclose(L: *mut lua_State, idx: c_int) {
    // SAFETY: `L` is live.
    let r = toclose(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn closeslot(l: &mut LuaState, idx: c_int) -> LResult<()> {
    let slot = stack_index(l, idx)?;
    l.close_level(slot, None)?;
    l.set_at(slot, Value::Nil);
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_closeslot(L: *mut lua_State, idx: c_int) {
    // SAFETY: `L` is live.
    let r = closeslot(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}
