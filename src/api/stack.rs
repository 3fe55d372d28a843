//! Basic stack manipulation: indices, top, moving values around, room.
use super::{
    LUA_REGISTRYINDEX, api_error, check, check_nelems, frame_base, lua_State, push_value,
    set_value_at, st, stack_index, value_at,
};
use crate::vm::error::LResult;
use crate::vm::state::{LuaState, MAX_STACK};
use std::ffi::c_int;

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_absindex(L: *mut lua_State, idx: c_int) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    if idx > 0 || idx <= LUA_REGISTRYINDEX {
        idx
    } else {
        (l.top - l.ci().func) as c_int + idx
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_gettop(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    (l.top - frame_base(l)) as c_int
}

fn settop(l: &mut LuaState, idx: c_int) -> LResult<()> {
    let base = frame_base(l);
    let newtop = if idx >= 0 {
        let t = base + idx as usize;
        if t > l.ci().top && t > l.top {
            // Growing past the frame's room: make room like checkstack.
            l.ensure_stack(t - l.top)?;
            l.ci_mut().top = t;
        }
        t
    } else {
        let n = (-(idx as i64) - 1) as usize;
        if n > l.top - base {
            return Err(api_error(l, "invalid new top"));
        }
        l.top - n
    };
    for i in l.top..newtop {
        l.set_at(i, crate::value::Value::Nil);
    }
    // Pending to-be-closed slots that leave the stack are closed.
    if l.tbc.as_slice().last().is_some_and(|&s| s >= newtop) {
        l.top = l.top.max(newtop);
        l.close_level(newtop, None)?;
    }
    l.top = newtop;
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_settop(L: *mut lua_State, idx: c_int) {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    // The common case: popping values, no to-be-closed slot among them.
    let base = frame_base(l);
    let newtop = if idx < 0 {
        let n = (-(idx as i64) - 1) as usize;
        if n <= l.top - base {
            l.top - n
        } else {
            usize::MAX
        }
    } else {
        base + idx as usize
    };
    if newtop <= l.top && l.tbc.as_slice().last().is_none_or(|&s| s < newtop) {
        l.top = newtop;
        return;
    }
    let r = settop(l, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pushvalue(L: *mut lua_State, idx: c_int) {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let v = value_at(l, idx);
    let r = push_value(l, v);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn reverse(l: &mut LuaState, mut from: usize, mut to: usize) {
    while from < to {
        let a = l.at(from);
        let b = l.at(to);
        l.set_at(from, b);
        l.set_at(to, a);
        from += 1;
        to -= 1;
    }
}

fn rotate(l: &mut LuaState, idx: c_int, n: c_int) -> LResult<()> {
    let start = stack_index(l, idx)?;
    let end = l.top - 1;
    let len = end - start + 1;
    if n.unsigned_abs() as usize > len {
        return Err(api_error(l, "invalid 'n'"));
    }
    let m = if n >= 0 {
        end - n as usize
    } else {
        start + n.unsigned_abs() as usize - 1
    };
    reverse(l, start, m);
    reverse(l, m + 1, end);
    reverse(l, start, end);
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_rotate(L: *mut lua_State, idx: c_int, n: c_int) {
    // SAFETY: `L` is live.
    let r = rotate(unsafe { st(L) }, idx, n);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_copy(L: *mut lua_State, fromidx: c_int, toidx: c_int) {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let v = value_at(l, fromidx);
    let r = set_value_at(l, toidx, v);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_checkstack(L: *mut lua_State, n: c_int) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let Ok(n) = usize::try_from(n) else {
        return 0;
    };
    if l.stack_size - l.top > n + crate::vm::state::EXTRA_STACK {
        // Enough room already.
    } else if l.top + n > MAX_STACK {
        return 0;
    } else {
        let need = l.top + n + crate::vm::state::EXTRA_STACK + 1;
        let newsize = (l.stack_size * 2).max(need).min(MAX_STACK + 1);
        if newsize < need || l.realloc_stack(newsize).is_err() {
            return 0;
        }
    }
    if l.ci().top < l.top + n {
        l.ci_mut().top = l.top + n;
    }
    1
}

fn xmove(from: &mut LuaState, to: &mut LuaState, n: usize) -> LResult<()> {
    check_nelems(from, n)?;
    if let Err(s) = to.ensure_stack(n) {
        // The error is raised on `from`: it carries the error object.
        from.err_value = to.err_value;
        return Err(s);
    }
    let first = from.top - n;
    for i in 0..n {
        to.push(from.at(first + i));
    }
    from.top = first;
    if to.top > to.ci().top {
        to.ci_mut().top = to.top;
    }
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_xmove(from: *mut lua_State, to: *mut lua_State, n: c_int) {
    if std::ptr::eq(from, to) || n <= 0 {
        return;
    }
    // SAFETY: two distinct live threads.
    let r = xmove(unsafe { st(from) }, unsafe { st(to) }, n as usize);
    // SAFETY: nothing with Drop is live.
    unsafe { check(from, r) }
}
