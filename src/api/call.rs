//! 'load' and 'call' functions: calls from C (plain and protected) and
//! loading chunks through a reader.
use super::{
    LUA_MULTRET, api_error, check, check_nelems, cstr, lua_KContext, lua_KFunction, lua_Reader,
    lua_State, lua_Writer, st, stack_index,
};
use crate::vm::error::{LResult, Status};
use crate::vm::state::{Kont, LuaState};
use std::ffi::{c_char, c_int, c_void};

/// After a call with LUA_MULTRET the frame's top must cover the results.
fn adjust_results(l: &mut LuaState, nresults: c_int) {
    if nresults == LUA_MULTRET && l.ci().top < l.top {
        l.ci_mut().top = l.top;
    }
}

fn check_call_args(l: &mut LuaState, nargs: c_int, nresults: c_int) -> LResult<usize> {
    let Ok(n) = usize::try_from(nargs) else {
        return Err(api_error(l, "invalid number of arguments"));
    };
    check_nelems(l, n + 1)?;
    if nresults < LUA_MULTRET {
        return Err(api_error(l, "invalid number of results"));
    }
    if l.status != crate::vm::state::LUA_OK {
        return Err(api_error(l, "cannot do calls on non-normal thread"));
    }
    Ok(l.top - n - 1)
}

/// A C continuation as the VM stores it.
fn kont(k: lua_KFunction) -> Kont {
    match k {
        Some(f) => Kont::Foreign(f),
        None => Kont::None,
    }
}

fn callk(
    l: &mut LuaState,
    nargs: c_int,
    nresults: c_int,
    ctx: lua_KContext,
    k: lua_KFunction,
) -> LResult<()> {
    let func = check_call_args(l, nargs, nresults)?;
    l.call_k(func, nresults, ctx, kont(k))?;
    adjust_results(l, nresults);
    Ok(())
}

/// `lua_callk`: with a continuation, the callee may yield; the C function
/// is then finished by `k` when the coroutine resumes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_callk(
    L: *mut lua_State,
    nargs: c_int,
    nresults: c_int,
    ctx: lua_KContext,
    k: lua_KFunction,
) {
    // SAFETY: `L` is live.
    let r = callk(unsafe { st(L) }, nargs, nresults, ctx, k);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn pcallk(
    l: &mut LuaState,
    nargs: c_int,
    nresults: c_int,
    errfunc: c_int,
    ctx: lua_KContext,
    k: lua_KFunction,
) -> LResult<c_int> {
    let func = check_call_args(l, nargs, nresults)?;
    let ef = if errfunc == 0 {
        0
    } else {
        stack_index(l, errfunc)?
    };
    let status = l.pcall_k(func, nresults, ef, ctx, kont(k))?;
    if status == 0 {
        adjust_results(l, nresults);
    }
    Ok(status)
}

/// `lua_pcallk`; continuations as in `lua_callk` (after a resume, an error
/// in the callee calls `k` with the error status).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_pcallk(
    L: *mut lua_State,
    nargs: c_int,
    nresults: c_int,
    errfunc: c_int,
    ctx: lua_KContext,
    k: lua_KFunction,
) -> c_int {
    // SAFETY: `L` is live.
    let r = pcallk(unsafe { st(L) }, nargs, nresults, errfunc, ctx, k);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

unsafe extern "C" {
    fn luars_call_reader(
        l: *mut c_void,
        r: unsafe extern "C" fn(*mut LuaState, *mut c_void, *mut usize) -> *const c_char,
        ud: *mut c_void,
        piece: *mut *const c_char,
        size: *mut usize,
        top: *mut *mut c_void,
        from: *mut *mut c_void,
    ) -> c_int;
}

/// Reads the whole chunk through the reader (each call trampolined, so an
/// error raised by the reader comes back as a status).
fn read_all(
    l: &mut LuaState,
    reader: unsafe extern "C" fn(*mut LuaState, *mut c_void, *mut usize) -> *const c_char,
    data: *mut c_void,
) -> Result<Vec<u8>, Status> {
    let mut out = Vec::new();
    let lp: *mut LuaState = l;
    loop {
        let mut piece: *const c_char = std::ptr::null();
        let mut size: usize = 0;
        let mut from: *mut c_void = std::ptr::null_mut();
        // SAFETY: `lp` is live; the trampoline catches errors of the reader.
        let code = unsafe {
            let g = (*lp).g;
            luars_call_reader(
                lp as *mut c_void,
                reader,
                data,
                &mut piece,
                &mut size,
                std::ptr::addr_of_mut!((*g).capi.c_jmp),
                &mut from,
            )
        };
        if code != 0 {
            crate::vm::foreign::adopt_error(l, from as *mut LuaState);
            return Err(crate::vm::foreign::status_from_code(code));
        }
        if piece.is_null() || size == 0 {
            return Ok(out);
        }
        // SAFETY: the reader returned `size` readable bytes at `piece`.
        out.extend_from_slice(unsafe { std::slice::from_raw_parts(piece as *const u8, size) });
    }
}

/// Loads a chunk; on failure the message is on the stack and its status
/// returned (never raises, except for API misuse).
pub(crate) fn load_bytes(l: &mut LuaState, chunk: &[u8], name: &[u8], mode: &[u8]) -> c_int {
    let top = l.top;
    match l.load_chunk(chunk, name, mode) {
        Ok(()) => 0,
        Err(s) => {
            if l.top == top {
                // Failed before pushing a message (memory): push the error.
                let e = l.err_value;
                if l.push_checked(e).is_err() {
                    return Status::ErrMem as c_int;
                }
            }
            s as c_int
        }
    }
}

fn load(
    l: &mut LuaState,
    reader: lua_Reader,
    data: *mut c_void,
    name: &[u8],
    mode: &[u8],
) -> LResult<c_int> {
    let Some(reader) = reader else {
        return Err(api_error(l, "NULL reader"));
    };
    let top = l.top;
    let chunk = match read_all(l, reader, data) {
        Ok(c) => c,
        Err(s) => {
            // Whatever the reader left on the stack goes; the error stays.
            l.top = top;
            let e = l.err_value;
            super::push_value(l, e)?;
            return Ok(s as c_int);
        }
    };
    let r = load_bytes(l, &chunk, name, mode);
    if r == 0 {
        l.check_gc();
    }
    Ok(r)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_load(
    L: *mut lua_State,
    reader: lua_Reader,
    dt: *mut c_void,
    chunkname: *const c_char,
    mode: *const c_char,
) -> c_int {
    // SAFETY: C strings or NULL.
    let name: &[u8] = if chunkname.is_null() {
        b"?"
    } else {
        unsafe { cstr(chunkname) }
    };
    // SAFETY: as above.
    let mode: &[u8] = if mode.is_null() {
        b"bt"
    } else {
        unsafe { cstr(mode) }
    };
    // SAFETY: `L` is live.
    let r = load(unsafe { st(L) }, reader, dt, name, mode);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

unsafe extern "C" {
    fn luars_call_writer(
        l: *mut c_void,
        w: unsafe extern "C" fn(*mut LuaState, *const c_void, usize, *mut c_void) -> c_int,
        p: *const c_void,
        sz: usize,
        ud: *mut c_void,
        result: *mut c_int,
        top: *mut *mut c_void,
        from: *mut *mut c_void,
    ) -> c_int;
}

/// `lua_dump`: hands the binary chunk of the Lua function on top of the
/// stack to the writer (in one piece); returns the writer's status, or 1
/// when the value is not a Lua function. An error raised by the writer
/// propagates.
fn dump(l: &mut LuaState, writer: lua_Writer, data: *mut c_void, strip: c_int) -> LResult<c_int> {
    check_nelems(l, 1)?;
    let crate::value::Value::LuaFn(c) = l.at(l.top - 1) else {
        return Ok(1);
    };
    let Some(w) = writer else {
        return Err(api_error(l, "NULL writer"));
    };
    // SAFETY: a live closure and its prototype.
    let bytes =
        unsafe { crate::chunk::dump::dump((*c).proto(), (*c).nupvals as usize, strip != 0) };
    let lp: *mut LuaState = l;
    let mut result: c_int = 0;
    let mut from: *mut c_void = std::ptr::null_mut();
    // SAFETY: `lp` is live; the trampoline catches errors of the writer;
    // `bytes` outlives the call.
    let code = unsafe {
        let g = (*lp).g;
        luars_call_writer(
            lp as *mut c_void,
            w,
            bytes.as_ptr() as *const c_void,
            bytes.len(),
            data,
            &mut result,
            std::ptr::addr_of_mut!((*g).capi.c_jmp),
            &mut from,
        )
    };
    drop(bytes);
    if code != 0 {
        crate::vm::foreign::adopt_error(l, from as *mut LuaState);
        return Err(crate::vm::foreign::status_from_code(code));
    }
    Ok(result)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_dump(
    L: *mut lua_State,
    writer: lua_Writer,
    data: *mut c_void,
    strip: c_int,
) -> c_int {
    // SAFETY: `L` is live.
    let r = dump(unsafe { st(L) }, writer, data, strip);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}
