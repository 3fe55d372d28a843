//! `lualib.h`: opening the standard libraries from C.
//!
//! Each `luaopen_*` opens the library (which also sets its global and its
//! `package.loaded` entry, as our Rust openers do) and returns its table.
//! Libraries that do not exist yet open as empty tables, so modules and
//! hosts that call them link and run.
use super::{check, lua_State, push_value, st};
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;
use std::ffi::c_int;

/// `_LOADED[name]` after opening, pushed.
fn push_loaded(l: &mut LuaState, name: &[u8]) -> LResult<()> {
    let reg = l.registry();
    let k = l.new_string(b"_LOADED")?;
    // SAFETY: the registry is live.
    let loaded = unsafe { (*reg).get_str(k) };
    let v = match loaded {
        Value::Table(t) => {
            let k = l.new_string(name)?;
            // SAFETY: a live table.
            unsafe { (*t).get_str(k) }
        }
        _ => Value::Nil,
    };
    push_value(l, v)
}

fn open_with(l: &mut LuaState, open: fn(&mut LuaState) -> LResult<()>, name: &[u8]) -> LResult<()> {
    open(l)?;
    push_loaded(l, name)
}

fn open_empty(l: &mut LuaState, name: &[u8]) -> LResult<()> {
    let t = l.new_table(0, 0)?;
    crate::lib::set_loaded(l, name, Value::Table(t))?;
    push_value(l, Value::Table(t))
}

/// Runs an opener and returns its library table to C (1 result).
unsafe fn open_lib(
    L: *mut lua_State,
    open: Option<fn(&mut LuaState) -> LResult<()>>,
    name: &[u8],
) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let r = match open {
        Some(f) => open_with(l, f, name),
        None => open_empty(l, name),
    };
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) };
    1
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_base(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, Some(crate::lib::base::open), b"_G") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_coroutine(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, Some(crate::lib::coroutine::open), b"coroutine") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_table(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, Some(crate::lib::table::open), b"table") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_io(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, None, b"io") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_os(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, None, b"os") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_string(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, Some(crate::lib::string::open), b"string") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_utf8(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, None, b"utf8") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_math(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, Some(crate::lib::math::open), b"math") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_debug(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, Some(crate::lib::debug::open), b"debug") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_package(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, None, b"package") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_openlibs(L: *mut lua_State) {
    // SAFETY: `L` is live.
    let r = crate::lib::open_libs(unsafe { st(L) });
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}
