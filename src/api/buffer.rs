//! String buffers of `lauxlib` (`luaL_Buffer`), with the reference's
//! layout so that the `luaL_addchar`/`luaL_addsize` macros work.
//!
//! Invariant (as the manual describes): while a buffer is in use it owns
//! one stack slot, the top one between buffer operations: a light userdata
//! placeholder while the characters fit in the buffer's own array, then a
//! full userdata ("box") holding them.
use super::{check, lua_State, push_value, st};
use crate::object::Userdata;
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;
use std::ffi::{c_char, c_void};

/// `LUAL_BUFFERSIZE`: 16 * sizeof(void*) * sizeof(lua_Number).
pub const LUAL_BUFFERSIZE: usize = 16 * std::mem::size_of::<*mut c_void>() * 8;

#[repr(C, align(8))]
pub struct InitBuf(pub [c_char; LUAL_BUFFERSIZE]);

#[repr(C)]
pub struct luaL_Buffer {
    pub b: *mut c_char,
    pub size: usize,
    pub n: usize,
    pub L: *mut lua_State,
    pub init: InitBuf,
}

/// Makes room for `sz` more bytes; the buffer's slot is at `top - depth`.
fn prep(l: &mut LuaState, b: &mut luaL_Buffer, sz: usize, depth: usize) -> LResult<*mut c_char> {
    if b.size - b.n >= sz {
        // SAFETY: `n <= size`, inside the buffer.
        return Ok(unsafe { b.b.add(b.n) });
    }
    let Some(needed) = b.n.checked_add(sz) else {
        return Err(l.lib_error(b"buffer too large"));
    };
    let newsize = (b.size / 2).saturating_mul(3).max(needed);
    let u = Userdata::alloc(l.heap(), newsize, 0).map_err(|_| l.memory_error())?;
    let p = Userdata::payload_ptr(u) as *mut c_char;
    // SAFETY: both blocks hold at least `n` bytes and are distinct.
    unsafe { std::ptr::copy_nonoverlapping(b.b, p, b.n) };
    if l.top < super::frame_base(l) + depth {
        return Err(super::api_error(l, "buffer slot missing"));
    }
    let slot = l.top - depth;
    l.set_at(slot, Value::Userdata(u));
    b.b = p;
    b.size = newsize;
    // SAFETY: `n < newsize`.
    Ok(unsafe { p.add(b.n) })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_buffinit(L: *mut lua_State, B: *mut luaL_Buffer) {
    // SAFETY: the caller gives a writable buffer.
    let b = unsafe { &mut *B };
    b.L = L;
    b.b = b.init.0.as_mut_ptr();
    b.n = 0;
    b.size = LUAL_BUFFERSIZE;
    // SAFETY: `L` is live.
    let r = push_value(unsafe { st(L) }, Value::LightUserdata(B as *mut c_void));
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_prepbuffsize(B: *mut luaL_Buffer, sz: usize) -> *mut c_char {
    // SAFETY: an initialised buffer and its live state.
    let (b, L) = unsafe { (&mut *B, (*B).L) };
    // SAFETY: as above.
    let r = prep(unsafe { st(L) }, b, sz, 1);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn add(
    l: &mut LuaState,
    b: &mut luaL_Buffer,
    s: *const c_char,
    len: usize,
    depth: usize,
) -> LResult<()> {
    if len > 0 {
        let p = prep(l, b, len, depth)?;
        // SAFETY: `p` has room for `len` bytes; `s` has `len` readable bytes
        // outside the buffer's free area.
        unsafe { std::ptr::copy(s, p, len) };
        b.n += len;
    }
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_addlstring(B: *mut luaL_Buffer, s: *const c_char, l: usize) {
    // SAFETY: an initialised buffer and its live state.
    let (b, L) = unsafe { (&mut *B, (*B).L) };
    // SAFETY: as above.
    let r = add(unsafe { st(L) }, b, s, l, 1);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_addstring(B: *mut luaL_Buffer, s: *const c_char) {
    // SAFETY: a C string.
    let len = unsafe { super::cstr(s) }.len();
    // SAFETY: as in luaL_addlstring.
    unsafe { luaL_addlstring(B, s, len) }
}

fn addvalue(l: &mut LuaState, b: &mut luaL_Buffer) -> LResult<()> {
    // A value that is neither a string nor a number adds nothing (the
    // reference copies the zero bytes `lua_tolstring` gives for it).
    let Some(s) = super::access::tolstring(l, -1)? else {
        l.top -= 1;
        return Ok(());
    };
    // SAFETY: a live string (it stays on the stack during the copy).
    let (p, len) = unsafe { ((*s).c_ptr(), (*s).len()) };
    add(l, b, p, len, 2)?;
    l.top -= 1;
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_addvalue(B: *mut luaL_Buffer) {
    // SAFETY: an initialised buffer and its live state.
    let (b, L) = unsafe { (&mut *B, (*B).L) };
    // SAFETY: as above.
    let r = addvalue(unsafe { st(L) }, b);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn pushresult(l: &mut LuaState, b: &mut luaL_Buffer) -> LResult<()> {
    let bytes: &[u8] = if b.n == 0 {
        &[]
    } else {
        // SAFETY: the buffer holds `n` bytes.
        unsafe { std::slice::from_raw_parts(b.b as *const u8, b.n) }
    };
    let s = l.new_string(bytes)?;
    // The result replaces the buffer's slot.
    if l.top <= super::frame_base(l) {
        return Err(super::api_error(l, "buffer slot missing"));
    }
    let slot = l.top - 1;
    l.set_at(slot, Value::Str(s));
    l.check_gc();
    Ok(())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_pushresult(B: *mut luaL_Buffer) {
    // SAFETY: an initialised buffer and its live state.
    let (b, L) = unsafe { (&mut *B, (*B).L) };
    // SAFETY: as above.
    let r = pushresult(unsafe { st(L) }, b);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_pushresultsize(B: *mut luaL_Buffer, sz: usize) {
    // SAFETY: an initialised buffer; `sz` bytes were written by the caller.
    unsafe {
        (*B).n += sz;
        luaL_pushresult(B)
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_buffinitsize(
    L: *mut lua_State,
    B: *mut luaL_Buffer,
    sz: usize,
) -> *mut c_char {
    // SAFETY: as in luaL_buffinit and luaL_prepbuffsize.
    unsafe {
        luaL_buffinit(L, B);
        luaL_prepbuffsize(B, sz)
    }
}
