//! `lualib.h`: opening the standard libraries from C.
//!
//! As in the reference, `luaopen_X` creates library X and returns its
//! table (one result) without registering it: setting the global and
//! `package.loaded[X]` is `luaL_requiref`'s job. Our Rust openers do
//! register (they serve `luaL_openlibs`), so each `luaopen_X` runs the
//! opener and then puts back the global and the `_LOADED` entry it
//! replaced. Side effects that belong to the library itself stay, as in
//! the reference: the string metatable, `io`'s registry entries, the
//! global `require` of `package`, the functions `base` puts in `_G`.
use super::{check, lua_State, push_value, st};
use crate::object::Table;
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;
use std::ffi::c_int;

/// The `_LOADED` table of the registry, if it exists.
fn loaded_table(l: &mut LuaState) -> LResult<Option<*mut Table>> {
    let reg = l.registry();
    let k = l.new_string(b"_LOADED")?;
    // SAFETY: the registry is live.
    Ok(match unsafe { (*reg).get_str(k) } {
        Value::Table(t) => Some(t),
        _ => None,
    })
}

fn raw_get_str(l: &mut LuaState, t: *mut Table, name: &[u8]) -> LResult<Value> {
    let k = l.new_string(name)?;
    // SAFETY: a live table.
    Ok(unsafe { (*t).get_str(k) })
}

fn raw_set_str(l: &mut LuaState, t: *mut Table, name: &[u8], v: Value) -> LResult<()> {
    let k = l.new_str_value(name)?;
    l.raw_set(t, k, v)
}

/// Runs `open`, pushes the library table it made, and undoes its
/// registration: global `global` (when given) and `_LOADED[name]` get
/// their previous values back.
fn open_unregistered(
    l: &mut LuaState,
    open: fn(&mut LuaState) -> LResult<()>,
    name: &[u8],
    global: Option<&[u8]>,
) -> LResult<()> {
    let g = l.globals();
    let old_global = match global {
        Some(n) => raw_get_str(l, g, n)?,
        None => Value::Nil,
    };
    let old_loaded = match loaded_table(l)? {
        Some(t) => raw_get_str(l, t, name)?,
        None => Value::Nil,
    };
    open(l)?;
    let lib = match loaded_table(l)? {
        Some(t) => raw_get_str(l, t, name)?,
        None => Value::Nil,
    };
    // On the stack before anything else may allocate (and collect).
    push_value(l, lib)?;
    if let Some(n) = global {
        raw_set_str(l, g, n, old_global)?;
    }
    if let Some(t) = loaded_table(l)? {
        raw_set_str(l, t, name, old_loaded)?;
    }
    Ok(())
}

fn open_empty(l: &mut LuaState, name: &[u8]) -> LResult<()> {
    let t = l.new_table(0, 0)?;
    crate::lib::set_loaded(l, name, Value::Table(t))?;
    push_value(l, Value::Table(t))
}

/// Runs an opener and returns its library table to C (1 result). A
/// library that does not exist yet (`None`) opens as an empty table, so
/// that modules and hosts that open it link and run.
unsafe fn open_lib(
    L: *mut lua_State,
    open: Option<fn(&mut LuaState) -> LResult<()>>,
    name: &[u8],
) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    // `base` fills the globals table itself (its `_G` field included).
    let global = if name == b"_G" { None } else { Some(name) };
    let r = match open {
        Some(f) => open_unregistered(l, f, name, global),
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
    unsafe { open_lib(L, Some(crate::lib::io::open), b"io") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_os(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, Some(crate::lib::os::open), b"os") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_string(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, Some(crate::lib::string::open), b"string") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaopen_utf8(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { open_lib(L, Some(crate::lib::utf8::open), b"utf8") }
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
    unsafe { open_lib(L, Some(crate::lib::package::open), b"package") }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_openlibs(L: *mut lua_State) {
    // SAFETY: `L` is live.
    let r = crate::lib::open_libs(unsafe { st(L) });
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}
