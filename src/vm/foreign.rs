//! Calls of C functions that arrived through the C API (DESIGN §4.7).
//!
//! A foreign function runs inside a `setjmp` trampoline (`csrc/ccall.c`):
//! an error it raises through an API function comes back here as a status,
//! which becomes an ordinary `Err` for the rest of the VM. Nothing on the
//! Rust side between the trampoline and the C function owns a `Drop` value.
use crate::value::CFunction;
use crate::vm::error::{LResult, Status};
use crate::vm::state::{KFunction, LuaState};
use std::ffi::{c_int, c_void};

unsafe extern "C" {
    fn luars_call_cfunction(
        l: *mut c_void,
        f: CFunction,
        top: *mut *mut c_void,
        nres: *mut c_int,
        from: *mut *mut c_void,
    ) -> c_int;
    fn luars_call_hook(
        l: *mut c_void,
        h: crate::vm::hook::CHook,
        ar: *mut crate::api::debug::lua_Debug,
        top: *mut *mut c_void,
        from: *mut *mut c_void,
    ) -> c_int;
    fn luars_call_kfunction(
        l: *mut c_void,
        k: KFunction,
        status: c_int,
        ctx: isize,
        top: *mut *mut c_void,
        nres: *mut c_int,
        from: *mut *mut c_void,
    ) -> c_int;
}

/// Converts a status code coming back from C.
pub fn status_from_code(code: c_int) -> Status {
    match code {
        1 => Status::Yield,
        3 => Status::ErrSyntax,
        4 => Status::ErrMem,
        5 => Status::ErrErr,
        _ => Status::ErrRun,
    }
}

/// After a caught error: the error object belongs to `l` even when the
/// throwing API call was made on another thread.
pub fn adopt_error(l: &mut LuaState, from: *mut LuaState) {
    if !from.is_null() && !std::ptr::eq(from, l) {
        // SAFETY: `from` was a live state when it threw, moments ago, and
        // nothing has run since.
        l.err_value = unsafe { (*from).err_value };
    }
}

/// Calls the C function `f` for the current (C) frame, whose arguments sit
/// above its function slot. Returns how many results it left on top.
pub fn call_foreign(l: &mut LuaState, f: CFunction) -> LResult<usize> {
    let lp: *mut LuaState = l;
    let mut nres: c_int = 0;
    let mut from: *mut c_void = std::ptr::null_mut();
    // SAFETY: `lp` is live; the trampoline catches every error raised in
    // `f`, and no Rust reference to the state is used during the call.
    let code = unsafe {
        let g = (*lp).g;
        luars_call_cfunction(
            lp as *mut c_void,
            f,
            std::ptr::addr_of_mut!((*g).capi.c_jmp),
            &mut nres,
            &mut from,
        )
    };
    finish_foreign(l, code, nres, from)
}

/// Calls the continuation `k` of the current (C) frame after a yield or a
/// caught error; like `call_foreign` otherwise.
pub fn call_foreign_k(l: &mut LuaState, k: KFunction, status: i32, ctx: isize) -> LResult<usize> {
    let lp: *mut LuaState = l;
    let mut nres: c_int = 0;
    let mut from: *mut c_void = std::ptr::null_mut();
    // SAFETY: as in `call_foreign`.
    let code = unsafe {
        let g = (*lp).g;
        luars_call_kfunction(
            lp as *mut c_void,
            k,
            status,
            ctx,
            std::ptr::addr_of_mut!((*g).capi.c_jmp),
            &mut nres,
            &mut from,
        )
    };
    finish_foreign(l, code, nres, from)
}

/// The outcome of a trampolined call: the status it raised, or its
/// result count checked against what it pushed.
fn finish_foreign(l: &mut LuaState, code: c_int, nres: c_int, from: *mut c_void) -> LResult<usize> {
    if code != 0 {
        adopt_error(l, from as *mut LuaState);
        return Err(status_from_code(code));
    }
    let base = l.ci().func + 1;
    let avail = l.top - base;
    let n = match usize::try_from(nres) {
        Ok(n) if n <= avail => n,
        _ => return Err(l.error_msg(b"C function returned more results than it pushed")),
    };
    // Slots the function marked with `lua_toclose` are closed on return
    // (their `__close` runs above the results, which stay in place).
    if l.tbc.as_slice().last().is_some_and(|&s| s >= base) {
        l.close_level(base, None)?;
    }
    Ok(n)
}

/// Calls a C hook for `event` in frame `ci_idx` of `l`, through the
/// trampoline (an error raised in the hook comes back as a status).
pub fn call_hook(
    l: &mut LuaState,
    h: crate::vm::hook::CHook,
    event: i32,
    line: i32,
    ci_idx: usize,
) -> LResult<()> {
    let mut ar = crate::api::debug::empty_record();
    ar.event = event;
    ar.currentline = line;
    ar.i_ci = (ci_idx + 1) as *mut c_void;
    let lp: *mut LuaState = l;
    let mut from: *mut c_void = std::ptr::null_mut();
    // SAFETY: as in `call_foreign`; `ar` outlives the call.
    let code = unsafe {
        let g = (*lp).g;
        luars_call_hook(
            lp as *mut c_void,
            h,
            &mut ar,
            std::ptr::addr_of_mut!((*g).capi.c_jmp),
            &mut from,
        )
    };
    if code != 0 {
        adopt_error(l, from as *mut LuaState);
        return Err(status_from_code(code));
    }
    Ok(())
}
