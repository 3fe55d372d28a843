//! Garbage-collection control (`lua_gc`'s body; the variadic entry point
//! is in `csrc/fstring.c`) and warnings.
use super::{check, cstr, lua_State, lua_WarnFunction, st};
use crate::vm::state::LuaState;
use std::ffi::{c_char, c_int, c_void};

/// The body of `lua_gc(L, what, ...)` with its integer arguments decoded
/// (by `csrc/fstring.c`): the collector's own control (`gc::control`),
/// which also refuses every option with -1 inside a finalizer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn luars_gc(
    L: *mut lua_State,
    what: c_int,
    a: c_int,
    b: c_int,
    c: c_int,
) -> c_int {
    use crate::gc::control::{self as gcc, GcOp};
    let op = match what {
        gcc::LUA_GCSTOP => GcOp::Stop,
        gcc::LUA_GCRESTART => GcOp::Restart,
        gcc::LUA_GCCOLLECT => GcOp::Collect,
        gcc::LUA_GCCOUNT => GcOp::Count,
        gcc::LUA_GCCOUNTB => GcOp::CountB,
        gcc::LUA_GCSTEP => GcOp::Step(a),
        gcc::LUA_GCSETPAUSE => GcOp::SetPause(a),
        gcc::LUA_GCSETSTEPMUL => GcOp::SetStepMul(a),
        gcc::LUA_GCISRUNNING => GcOp::IsRunning,
        gcc::LUA_GCGEN => GcOp::Gen {
            minormul: a,
            majormul: b,
        },
        gcc::LUA_GCINC => GcOp::Inc {
            pause: a,
            stepmul: b,
            stepsize: c,
        },
        _ => return -1,
    };
    // SAFETY: `L` is live; an API call is a safe point of its thread.
    unsafe { st(L) }.gc_control(op)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_setwarnf(L: *mut lua_State, f: lua_WarnFunction, ud: *mut c_void) {
    // SAFETY: `L` is live.
    let g = unsafe { st(L) }.g();
    g.warnf = f;
    g.warn_ud = ud;
}

unsafe extern "C" {
    fn luars_call_warnf(
        l: *mut c_void,
        f: crate::vm::state::WarnFunction,
        ud: *mut c_void,
        msg: *const c_char,
        tocont: c_int,
        top: *mut *mut c_void,
        from: *mut *mut c_void,
    ) -> c_int;
}

/// Emits a warning through the state's warning function (nothing when
/// none is set). An error raised by the function is propagated.
pub fn warning(
    l: &mut LuaState,
    msg: *const c_char,
    tocont: bool,
) -> crate::vm::error::LResult<()> {
    let Some(f) = l.g().warnf else {
        return Ok(());
    };
    let ud = l.g().warn_ud;
    let lp: *mut LuaState = l;
    let mut from: *mut c_void = std::ptr::null_mut();
    // SAFETY: `lp` is live; the trampoline catches errors of `f`.
    let code = unsafe {
        let g = (*lp).g;
        luars_call_warnf(
            lp as *mut c_void,
            f,
            ud,
            msg,
            tocont as c_int,
            std::ptr::addr_of_mut!((*g).capi.c_jmp),
            &mut from,
        )
    };
    if code != 0 {
        crate::vm::foreign::adopt_error(l, from as *mut LuaState);
        return Err(crate::vm::foreign::status_from_code(code));
    }
    Ok(())
}

/// Emits a warning piece given as bytes through the state's warning
/// function, as `lua_warning` would (the function sees a C string, so
/// the message ends at its first NUL byte, as in the reference).
pub fn warning_bytes(l: &mut LuaState, msg: &[u8], tocont: bool) -> crate::vm::error::LResult<()> {
    if l.g().warnf.is_none() {
        return Ok(());
    }
    let end = msg.iter().position(|&c| c == 0).unwrap_or(msg.len());
    let mut z = Vec::with_capacity(end + 1);
    z.extend_from_slice(&msg[..end]);
    z.push(0);
    warning(l, z.as_ptr() as *const c_char, tocont)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_warning(L: *mut lua_State, msg: *const c_char, tocont: c_int) {
    // SAFETY: `L` is live.
    let r = warning(unsafe { st(L) }, msg, tocont != 0);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

/// Installs [`default_warnf`] as the warning function of `L`'s universe
/// (what `luaL_newstate` does; the stand-alone `lua` uses it too).
pub fn install_default_warnf(L: *mut lua_State) {
    // SAFETY: `L` is a live state.
    let g = unsafe { st(L) }.g();
    g.warnf = Some(default_warnf);
    g.warn_ud = L as *mut c_void;
}

/// The warning function installed by `luaL_newstate`: the stand-alone
/// interpreter's behaviour ("@on"/"@off", "Lua warning: " on stderr).
pub unsafe extern "C" fn default_warnf(ud: *mut c_void, msg: *const c_char, tocont: c_int) {
    // SAFETY: `luaL_newstate` installs this with the state as `ud`.
    let l = unsafe { &mut *(ud as *mut LuaState) };
    // SAFETY: a C string.
    let m = unsafe { cstr(msg) };
    crate::lib::base::emit_warning(l, m, tocont != 0);
}
