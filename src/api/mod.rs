//! The C API: every function of `lua.h`, `lauxlib.h` and `lualib.h`,
//! exported with the reference's names and signatures.
//!
//! One file per section of `lua.h`, in header order (`state`, `stack`,
//! `access`, `push`, `get`, `set`, `call`, `coroutine`, `gc`, `misc`,
//! `debug`), then `lauxlib` (with `buffer`) and `lualib`.
//!
//! Invariants of the boundary (DESIGN §4.7):
//! - an API function that can raise computes a `Result` in a helper that
//!   returns before the error is thrown; the exported function then calls
//!   [`throw`], which `longjmp`s to the innermost trampoline (`csrc/ccall.c`).
//!   So the only Rust frame a `longjmp` skips is the exported function's,
//!   which holds nothing with `Drop` at that point;
//! - every host callback that may raise (C functions, continuations,
//!   readers, writers, warning functions) is called through a trampoline;
//! - `lua_State` pointers are raw pointers, never `&mut` across a call
//!   into C: a C function re-enters with the same pointer.
#![allow(non_snake_case, non_camel_case_types)]

// Sections of lua.h, in header order (blank lines keep rustfmt from
// sorting them: the generated declarations follow this order).
pub mod state;

pub mod stack;

pub mod access;

pub mod push;

pub mod get;

pub mod set;

pub mod call;

pub mod coroutine;

pub mod gc;

pub mod misc;

pub mod debug;

// lauxlib.h and lualib.h.
pub mod lauxlib;

pub mod buffer;

pub mod lualib;

// Support: native functions as C functions, variadic entry points.
pub mod native;
pub mod variadic;

use crate::value::Value;
use crate::vm::error::{LResult, Status};
use crate::vm::state::{FrameKind, LuaState};
use std::ffi::{c_char, c_int, c_void};

pub type lua_State = LuaState;
pub type lua_Number = f64;
pub type lua_Integer = i64;
pub type lua_Unsigned = u64;
pub type lua_KContext = isize;
pub type lua_CFunction = Option<unsafe extern "C" fn(L: *mut lua_State) -> c_int>;
pub type lua_KFunction =
    Option<unsafe extern "C" fn(L: *mut lua_State, status: c_int, ctx: lua_KContext) -> c_int>;
pub type lua_Reader = Option<
    unsafe extern "C" fn(L: *mut lua_State, ud: *mut c_void, sz: *mut usize) -> *const c_char,
>;
pub type lua_Writer = Option<
    unsafe extern "C" fn(L: *mut lua_State, p: *const c_void, sz: usize, ud: *mut c_void) -> c_int,
>;
pub type lua_Alloc = Option<crate::gc::alloc::LuaAlloc>;
pub type lua_WarnFunction = Option<crate::vm::state::WarnFunction>;
pub type lua_Hook = Option<unsafe extern "C" fn(L: *mut lua_State, ar: *mut debug::lua_Debug)>;

/// `LUA_REGISTRYINDEX`: -LUAI_MAXSTACK - 1000.
pub const LUA_REGISTRYINDEX: c_int = -1_001_000;
/// Largest number of upvalues of a C closure.
pub const MAXUPVAL: c_int = 255;
pub const LUA_MULTRET: c_int = -1;

/// Per-universe state of the C boundary, kept in `GlobalState::capi`.
pub struct CApiState {
    /// The innermost active trampoline (a `luars_Jmp` in `csrc/ccall.c`),
    /// null when no foreign call is active: errors then go to the panic
    /// function.
    pub c_jmp: *mut c_void,
    /// Strings made from C strings (`lua_getfield` keys, ...), by the
    /// address of the C string: hosts pass the same literals again and
    /// again, and a hit spares hashing and interning. An entry is valid
    /// while the string is alive: the collector empties the cache at the
    /// start of each atomic phase (`clear_string_cache`), before any
    /// string can be freed, and a string cached later survives until the
    /// next atomic phase.
    pub str_cache: [(*const c_char, *mut crate::object::LuaString); STR_CACHE],
}

/// Entries of `CApiState::str_cache` (a power of two).
pub const STR_CACHE: usize = 128;

impl CApiState {
    pub fn new() -> CApiState {
        CApiState {
            c_jmp: std::ptr::null_mut(),
            str_cache: [(std::ptr::null(), std::ptr::null_mut()); STR_CACHE],
        }
    }

    /// Forgets every cached string (called by the collector, see
    /// `str_cache`).
    pub fn clear_string_cache(&mut self) {
        self.str_cache = [(std::ptr::null(), std::ptr::null_mut()); STR_CACHE];
    }
}

impl Default for CApiState {
    fn default() -> Self {
        Self::new()
    }
}

unsafe extern "C" {
    fn luars_throw(top: *mut *mut c_void, status: c_int, from: *mut c_void) -> !;
}

/// Raises the error `status` (object in `L`'s `err_value`) through C: a
/// `longjmp` to the innermost trampoline, or the panic function and
/// `abort` when no trampoline is active.
///
/// # Safety
/// `L` is a live state; the caller's frame owns nothing with `Drop`.
#[cold]
pub unsafe fn throw(L: *mut lua_State, status: Status) -> ! {
    // SAFETY: `L` is live; its global state outlives it.
    unsafe {
        let g = (*L).g;
        let top = std::ptr::addr_of_mut!((*g).capi.c_jmp);
        if (*top).is_null() {
            panic_abort(L);
        }
        luars_throw(top, status as c_int, L as *mut c_void)
    }
}

/// An error with nobody to catch it: the panic function sees the error
/// object on top of the stack, then the process aborts.
#[cold]
unsafe fn panic_abort(L: *mut lua_State) -> ! {
    // SAFETY: `L` is live.
    unsafe {
        let l = &mut *L;
        if let Some(pf) = l.g().panic {
            let e = l.err_value;
            if l.top < l.stack_size {
                l.push(e);
            }
            pf(L);
        }
    }
    std::process::abort()
}

/// Unwraps an API result, raising the error through C.
#[inline(always)]
pub(crate) unsafe fn check<T>(L: *mut lua_State, r: LResult<T>) -> T {
    match r {
        Ok(v) => v,
        // SAFETY: the caller's frame owns nothing with `Drop` (module invariant).
        Err(s) => unsafe { throw(L, s) },
    }
}

/// The state behind an API pointer.
///
/// # Safety
/// `L` is a live state given to C by this library.
#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub(crate) unsafe fn st<'a>(L: *mut lua_State) -> &'a mut LuaState {
    // SAFETY: the caller passes a live state; no other reference to it is
    // used while the returned one is (calls into C go through raw pointers).
    unsafe { &mut *L }
}

/// Raises an API misuse error with `msg` (the reference's `api_check`,
/// which aborts; we raise a Lua error instead).
#[cold]
pub(crate) fn api_error(l: &mut LuaState, msg: &str) -> Status {
    l.error_msg(msg.as_bytes())
}

/// Where an acceptable index points.
#[derive(Clone, Copy)]
pub(crate) enum Slot {
    /// An absolute stack index.
    Stack(usize),
    Registry,
    /// An upvalue of the running C closure.
    Upval(*mut Value),
    /// A valid but absent index (above the top, missing upvalue).
    None,
}

/// Base of the current frame: stack index of the first argument.
#[inline]
pub(crate) fn frame_base(l: &LuaState) -> usize {
    l.ci().func + 1
}

/// Resolves an acceptable index (the reference's `index2value`).
pub(crate) fn slot_of(l: &mut LuaState, idx: c_int) -> Slot {
    if idx > 0 {
        let o = l.ci().func + idx as usize;
        if o < l.top {
            Slot::Stack(o)
        } else {
            Slot::None
        }
    } else if idx > LUA_REGISTRYINDEX {
        let n = idx.unsigned_abs() as usize;
        if idx != 0 && n <= l.top - frame_base(l) {
            Slot::Stack(l.top - n)
        } else {
            Slot::None
        }
    } else if idx == LUA_REGISTRYINDEX {
        Slot::Registry
    } else {
        let n = (LUA_REGISTRYINDEX - idx) as usize;
        match l.at(l.ci().func) {
            Value::CClosure(c) if l.ci().kind == FrameKind::C => {
                // SAFETY: the running closure is live.
                let ups = unsafe { (*c).upvals_mut() };
                match ups.get_mut(n.wrapping_sub(1)) {
                    Some(v) => Slot::Upval(v as *mut Value),
                    None => Slot::None,
                }
            }
            _ => Slot::None,
        }
    }
}

/// The value at an acceptable index (nil when absent).
#[inline(always)]
pub(crate) fn value_at(l: &mut LuaState, idx: c_int) -> Value {
    if idx > 0 {
        let o = l.ci().func + idx as usize;
        return if o < l.top { l.at(o) } else { Value::Nil };
    }
    match slot_of(l, idx) {
        Slot::Stack(o) => l.at(o),
        Slot::Registry => l.g().registry,
        // SAFETY: upvalue slots of the running closure are live.
        Slot::Upval(p) => unsafe { *p },
        Slot::None => Value::Nil,
    }
}

/// Whether an index refers to a value (not "none").
pub(crate) fn is_valid(l: &mut LuaState, idx: c_int) -> bool {
    !matches!(slot_of(l, idx), Slot::None)
}

/// The absolute stack index of a valid stack index (not a pseudo-index).
pub(crate) fn stack_index(l: &mut LuaState, idx: c_int) -> LResult<usize> {
    match slot_of(l, idx) {
        Slot::Stack(o) => Ok(o),
        _ => Err(api_error(l, "invalid index")),
    }
}

/// Writes a value at an index (stack slot or upvalue).
pub(crate) fn set_value_at(l: &mut LuaState, idx: c_int, v: Value) -> LResult<()> {
    match slot_of(l, idx) {
        Slot::Stack(o) => {
            l.set_at(o, v);
            Ok(())
        }
        // SAFETY: upvalue slots of the running closure are live.
        Slot::Upval(p) => {
            unsafe { *p = v };
            Ok(())
        }
        _ => Err(api_error(l, "invalid index")),
    }
}

/// Checks that `n` values sit in the current frame above its base.
pub(crate) fn check_nelems(l: &mut LuaState, n: usize) -> LResult<()> {
    if l.top - frame_base(l) < n {
        return Err(api_error(l, "not enough elements in the stack"));
    }
    Ok(())
}

/// Pushes with growth, after which the frame's top covers the new value.
#[inline(always)]
pub(crate) fn push_value(l: &mut LuaState, v: Value) -> LResult<()> {
    // The common case: room in the stack and in the frame.
    if l.top < l.ci().top && l.top + 1 < l.stack_size {
        l.push(v);
        return Ok(());
    }
    push_value_slow(l, v)
}

#[inline(never)]
fn push_value_slow(l: &mut LuaState, v: Value) -> LResult<()> {
    l.push_checked(v)?;
    if l.top > l.ci().top {
        l.ci_mut().top = l.top;
    }
    Ok(())
}

/// The table at an acceptable index, if the value there is one (no
/// error: for the fast paths of the get/set functions).
#[inline(always)]
pub(crate) fn table_or_null(l: &mut LuaState, idx: c_int) -> *mut crate::object::Table {
    match value_at(l, idx) {
        Value::Table(t) => t,
        _ => std::ptr::null_mut(),
    }
}

/// A C string's bytes (without the NUL).
///
/// # Safety
/// `s` is a valid NUL-terminated string that outlives the returned slice.
pub(crate) unsafe fn cstr<'a>(s: *const c_char) -> &'a [u8] {
    // SAFETY: the caller's contract.
    unsafe { std::ffi::CStr::from_ptr(s).to_bytes() }
}

/// The string for the C string `s`, through the cache of `CApiState`.
///
/// # Safety
/// `s` is a valid NUL-terminated string.
#[inline]
pub(crate) unsafe fn cstr_string(
    l: &mut LuaState,
    s: *const c_char,
) -> LResult<*mut crate::object::LuaString> {
    let a = s as usize;
    let i = (a ^ (a >> 7)) & (STR_CACHE - 1);
    let (p, ls) = l.g().capi.str_cache[i];
    // SAFETY: a cached string is alive (see `str_cache`) and, made from a
    // C string, has no NUL byte before its terminating one; both strings
    // are NUL-terminated.
    if std::ptr::eq(p, s) && unsafe { libc::strcmp(s, (*ls).c_ptr()) } == 0 {
        return Ok(ls);
    }
    // SAFETY: the caller's contract.
    let ls = l.new_string(unsafe { cstr(s) })?;
    l.g().capi.str_cache[i] = (s, ls);
    Ok(ls)
}

/// The bytes of a string value, for returning `const char *` to C.
pub(crate) fn str_ptr(s: *mut crate::object::LuaString) -> *const c_char {
    // SAFETY: a live string; its bytes are NUL-terminated and never move.
    unsafe { (*s).c_ptr() }
}
