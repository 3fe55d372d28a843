//! Coroutine functions: `lua_resume` driving a thread from C, `lua_yieldk`
//! from a C function, status queries.
//!
//! A yield from a C function unwinds (through the trampoline) to the
//! resume, like the native `coroutine.yield`; when resumed, the C function
//! "returns" the values passed to `lua_resume`, or its continuation (`k`)
//! runs and returns the function's results (see `vm::resume`).
use super::{check, check_nelems, lua_KContext, lua_KFunction, lua_State, st, throw};
use crate::vm::error::{LResult, Status};
use crate::vm::state::{Kont, LUA_OK, LUA_YIELD, LuaState, MAX_CCALLS};
use std::ffi::c_int;

fn yield_check(
    l: &mut LuaState,
    nresults: c_int,
    ctx: lua_KContext,
    k: lua_KFunction,
) -> LResult<()> {
    if l.nny > 0 {
        let msg: &[u8] = if std::ptr::eq(l as *const LuaState, l.g().main_thread) {
            b"attempt to yield from outside a coroutine"
        } else {
            b"attempt to yield across a C-call boundary"
        };
        return Err(l.runtime_error_bytes(msg));
    }
    let n = usize::try_from(nresults).unwrap_or(usize::MAX);
    check_nelems(l, n)?;
    l.n_yield = n;
    // The continuation finishes the yielding C function on resume.
    let ci = l.ci_mut();
    ci.k = match k {
        Some(f) => Kont::Foreign(f),
        None => Kont::None,
    };
    ci.ctx = ctx;
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_yieldk(
    L: *mut lua_State,
    nresults: c_int,
    ctx: lua_KContext,
    k: lua_KFunction,
) -> c_int {
    // SAFETY: `L` is live.
    let r = yield_check(unsafe { st(L) }, nresults, ctx, k);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) };
    // SAFETY: as above; the yield unwinds to the resume like an error.
    unsafe { throw(L, Status::Yield) }
}

/// Pushes a resume error message on `co` after dropping its arguments.
fn resume_error(co: &mut LuaState, msg: &[u8], narg: usize) -> c_int {
    co.top -= narg.min(co.top - 1);
    match co.new_str_value(msg) {
        Ok(s) if co.push_checked(s).is_ok() => Status::ErrRun as c_int,
        _ => Status::ErrMem as c_int,
    }
}

fn resume(co: &mut LuaState, from: *mut LuaState, narg: usize, nres: &mut c_int) -> c_int {
    if co.status == LUA_OK {
        if co.cis.len() > 1 {
            return resume_error(co, b"cannot resume non-suspended coroutine", narg);
        }
        if co.top - 1 == narg {
            return resume_error(co, b"cannot resume dead coroutine", narg);
        }
    } else if co.status != LUA_YIELD {
        return resume_error(co, b"cannot resume dead coroutine", narg);
    }
    // SAFETY: `from` is NULL or a live thread.
    let base_calls = if from.is_null() {
        0
    } else {
        unsafe { (*from).n_ccalls }
    };
    if base_calls >= MAX_CCALLS {
        return resume_error(co, b"C stack overflow", narg);
    }
    match co.resume(base_calls, narg) {
        Ok(n) => {
            *nres = n as c_int;
            co.status as c_int
        }
        Err(s) => {
            *nres = 0;
            s as c_int
        }
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_resume(
    L: *mut lua_State,
    from: *mut lua_State,
    narg: c_int,
    nres: *mut c_int,
) -> c_int {
    // SAFETY: `L` is live and not running.
    let co = unsafe { st(L) };
    let narg = usize::try_from(narg).unwrap_or(0).min(co.top - 1);
    let mut n: c_int = 0;
    let r = resume(co, from, narg, &mut n);
    if !nres.is_null() {
        // SAFETY: the caller gives a writable int or NULL.
        unsafe { *nres = n };
    }
    r
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_status(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { st(L) }.status as c_int
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_isyieldable(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    (l.nny == 0 && !std::ptr::eq(L, l.g().main_thread)) as c_int
}
