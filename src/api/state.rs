//! State manipulation: creating and closing states and threads, the panic
//! function, the version.
use super::{check, lua_Alloc, lua_CFunction, lua_Number, lua_State, push_value, st};
use crate::value::Value;
use crate::vm::error::{LResult, Status};
use crate::vm::state::{EXTRA_SPACE, LuaState};
use std::ffi::{c_int, c_void};

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_newstate(f: lua_Alloc, ud: *mut c_void) -> *mut lua_State {
    let Some(f) = f else {
        return std::ptr::null_mut();
    };
    LuaState::new_state(f, ud).unwrap_or(std::ptr::null_mut())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_close(L: *mut lua_State) {
    // SAFETY: `L` is a thread of a live state; closing goes through its
    // main thread, as the manual allows any thread here.
    unsafe {
        let main = (*(*L).g).main_thread;
        let l = st(main);
        // Pending to-be-closed variables of the main thread run first.
        l.cis.truncate(1);
        l.err_value = Value::Nil;
        let _ = l.close_protected(1, Status::Yield);
        l.top = 1;
        crate::vm::state::close_state(main);
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_newthread(L: *mut lua_State) -> *mut lua_State {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let r = new_thread(l);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn new_thread(l: &mut LuaState) -> LResult<*mut LuaState> {
    let co = LuaState::alloc_thread(l.g(), true).map_err(|_| l.memory_error())?;
    // SAFETY: a fresh thread.
    crate::vm::hook::inherit(unsafe { &mut *co }, l);
    // The new thread starts with a copy of the main thread's extra space.
    let main = l.g().main_thread;
    // SAFETY: both blocks have EXTRA_SPACE bytes in front of the state.
    unsafe {
        std::ptr::copy_nonoverlapping(
            (main as *const u8).sub(EXTRA_SPACE),
            (co as *mut u8).sub(EXTRA_SPACE),
            EXTRA_SPACE,
        );
    }
    push_value(l, Value::Thread(co))?;
    l.check_gc();
    Ok(co)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_closethread(L: *mut lua_State, from: *mut lua_State) -> c_int {
    // SAFETY: `from` is NULL or a live thread.
    let ccalls = if from.is_null() {
        0
    } else {
        unsafe { (*from).n_ccalls }
    };
    // SAFETY: `L` is a live thread that is not running.
    match unsafe { st(L) }.reset_thread(ccalls) {
        Ok(()) => 0,
        Err(s) => s as c_int,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_resetthread(L: *mut lua_State) -> c_int {
    // SAFETY: as in lua_closethread.
    unsafe { lua_closethread(L, std::ptr::null_mut()) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_atpanic(L: *mut lua_State, panicf: lua_CFunction) -> lua_CFunction {
    // SAFETY: `L` is live.
    let g = unsafe { st(L) }.g();
    std::mem::replace(&mut g.panic, panicf)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_version(L: *mut lua_State) -> lua_Number {
    let _ = L;
    504.0
}

/// `lua_ident`: the version and authors, as a C string.
#[unsafe(no_mangle)]
pub static lua_ident: [u8; 129] = *b"$LuaVersion: Lua 5.4.9  Copyright (C) 1994-2026 Lua.org, PUC-Rio $$LuaAuthors: R. Ierusalimschy, L. H. de Figueiredo, W. Celes $\0";
