//! The auxiliary library (`lauxlib.h`), except buffers (`buffer.rs`) and
//! the variadic `luaL_error` (`csrc/fstring.c`).
use super::buffer::{luaL_Buffer, luaL_addlstring, luaL_addstring};
use super::{
    LUA_REGISTRYINDEX, check, cstr, lua_CFunction, lua_Integer, lua_Number, lua_State, push_value,
    st, str_ptr, value_at,
};
use crate::value::{TNIL, TNONE, TSTRING, TTABLE, Value};
use crate::vm::arith;
use crate::vm::error::{LResult, Status};
use crate::vm::state::LuaState;
use std::ffi::{c_char, c_int, c_void};

#[repr(C)]
pub struct luaL_Reg {
    pub name: *const c_char,
    pub func: lua_CFunction,
}

/// `LUAL_NUMSIZES`: sizeof(lua_Integer) * 16 + sizeof(lua_Number).
pub const LUAL_NUMSIZES: usize = 8 * 16 + 8;
pub const LUA_NOREF: c_int = -2;
pub const LUA_REFNIL: c_int = -1;
pub const LUA_ERRFILE: c_int = 6;
/// Slot of a reference table holding the head of its free list.
const FREELIST: i64 = 3;

// ---- errors about arguments ----

/// `luaL_argerror` for any argument number.
fn arg_error(l: &mut LuaState, arg: c_int, msg: &[u8]) -> Status {
    if arg >= 1 {
        return l.arg_error(arg as usize, msg);
    }
    let mut m = format!("bad argument #{} to '?' (", arg).into_bytes();
    m.extend_from_slice(msg);
    m.push(b')');
    l.lib_error(&m)
}

/// The type name used in messages: `__name`, "light userdata", or the
/// basic type name ("no value" for an absent argument).
fn typename_for_msg(l: &mut LuaState, arg: c_int) -> Vec<u8> {
    let v = value_at(l, arg);
    if let Value::Str(s) = l.get_metafield(&v, b"__name") {
        // SAFETY: a live string.
        return unsafe { (*s).c_str_bytes().to_vec() };
    }
    if !super::is_valid(l, arg) {
        return b"no value".to_vec();
    }
    if matches!(v, Value::LightUserdata(_)) {
        return b"light userdata".to_vec();
    }
    v.type_name().as_bytes().to_vec()
}

fn type_error(l: &mut LuaState, arg: c_int, tname: &[u8]) -> Status {
    let mut m = tname.to_vec();
    m.extend_from_slice(b" expected, got ");
    m.extend_from_slice(&typename_for_msg(l, arg));
    arg_error(l, arg, &m)
}

fn tag_error(l: &mut LuaState, arg: c_int, tag: i32) -> Status {
    let name = crate::value::TYPE_NAMES
        .get(tag as usize)
        .copied()
        .unwrap_or("?");
    type_error(l, arg, name.as_bytes())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_argerror(
    L: *mut lua_State,
    arg: c_int,
    extramsg: *const c_char,
) -> c_int {
    // SAFETY: `L` is live; `extramsg` is a C string.
    let s = arg_error(unsafe { st(L) }, arg, unsafe { cstr(extramsg) });
    // SAFETY: nothing with Drop is live.
    unsafe { super::throw(L, s) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_typeerror(
    L: *mut lua_State,
    arg: c_int,
    tname: *const c_char,
) -> c_int {
    // SAFETY: `L` is live; `tname` is a C string.
    let s = type_error(unsafe { st(L) }, arg, unsafe { cstr(tname) });
    // SAFETY: nothing with Drop is live.
    unsafe { super::throw(L, s) }
}

// ---- checking arguments ----

fn checklstring(l: &mut LuaState, arg: c_int) -> LResult<*mut crate::object::LuaString> {
    match super::access::tolstring(l, arg)? {
        Some(s) => Ok(s),
        None => Err(tag_error(l, arg, TSTRING)),
    }
}

fn write_len(len: *mut usize, n: usize) {
    if !len.is_null() {
        // SAFETY: the caller gives a writable size_t or NULL.
        unsafe { *len = n };
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_checklstring(
    L: *mut lua_State,
    arg: c_int,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: `L` is live.
    let r = checklstring(unsafe { st(L) }, arg);
    // SAFETY: nothing with Drop is live.
    let s = unsafe { check(L, r) };
    // SAFETY: a live string.
    write_len(len, unsafe { (*s).len() });
    str_ptr(s)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_optlstring(
    L: *mut lua_State,
    arg: c_int,
    def: *const c_char,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: `L` is live.
    if value_at(unsafe { st(L) }, arg).is_nil() {
        if !def.is_null() {
            // SAFETY: a C string.
            write_len(len, unsafe { cstr(def) }.len());
        } else {
            write_len(len, 0);
        }
        return def;
    }
    // SAFETY: as in luaL_checklstring.
    unsafe { luaL_checklstring(L, arg, len) }
}

fn checknumber(l: &mut LuaState, arg: c_int) -> LResult<f64> {
    match arith::coerce_to_number(&value_at(l, arg)) {
        Some(Value::Int(i)) => Ok(i as f64),
        Some(Value::Float(f)) => Ok(f),
        _ => Err(tag_error(l, arg, crate::value::TNUMBER)),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_checknumber(L: *mut lua_State, arg: c_int) -> lua_Number {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    match value_at(l, arg) {
        Value::Float(f) => return f,
        Value::Int(i) => return i as f64,
        _ => {}
    }
    let r = checknumber(l, arg);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_optnumber(
    L: *mut lua_State,
    arg: c_int,
    def: lua_Number,
) -> lua_Number {
    // SAFETY: `L` is live.
    if value_at(unsafe { st(L) }, arg).is_nil() {
        return def;
    }
    // SAFETY: as above.
    unsafe { luaL_checknumber(L, arg) }
}

fn checkinteger(l: &mut LuaState, arg: c_int) -> LResult<i64> {
    let v = value_at(l, arg);
    match arith::coerce_to_integer(&v) {
        Some(i) => Ok(i),
        None if arith::coerce_to_number(&v).is_some() => {
            Err(arg_error(l, arg, b"number has no integer representation"))
        }
        None => Err(tag_error(l, arg, crate::value::TNUMBER)),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_checkinteger(L: *mut lua_State, arg: c_int) -> lua_Integer {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    if let Value::Int(i) = value_at(l, arg) {
        return i;
    }
    let r = checkinteger(l, arg);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_optinteger(
    L: *mut lua_State,
    arg: c_int,
    def: lua_Integer,
) -> lua_Integer {
    // SAFETY: `L` is live.
    match value_at(unsafe { st(L) }, arg) {
        Value::Nil => return def,
        Value::Int(i) => return i,
        _ => {}
    }
    // SAFETY: as above.
    unsafe { luaL_checkinteger(L, arg) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_checkstack(L: *mut lua_State, sz: c_int, msg: *const c_char) {
    // SAFETY: `L` is live.
    if unsafe { super::stack::lua_checkstack(L, sz) } != 0 {
        return;
    }
    let mut m = b"stack overflow".to_vec();
    if !msg.is_null() {
        m.extend_from_slice(b" (");
        // SAFETY: a C string.
        m.extend_from_slice(unsafe { cstr(msg) });
        m.push(b')');
    }
    // SAFETY: `L` is live.
    let s = unsafe { st(L) }.lib_error(&m);
    drop(m);
    // SAFETY: nothing with Drop is live.
    unsafe { super::throw(L, s) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_checktype(L: *mut lua_State, arg: c_int, t: c_int) {
    // SAFETY: `L` is live.
    if unsafe { super::access::lua_type(L, arg) } != t {
        // SAFETY: `L` is live.
        let s = tag_error(unsafe { st(L) }, arg, t);
        // SAFETY: nothing with Drop is live.
        unsafe { super::throw(L, s) }
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_checkany(L: *mut lua_State, arg: c_int) {
    // SAFETY: `L` is live.
    if unsafe { super::access::lua_type(L, arg) } == TNONE {
        // SAFETY: `L` is live.
        let s = arg_error(unsafe { st(L) }, arg, b"value expected");
        // SAFETY: nothing with Drop is live.
        unsafe { super::throw(L, s) }
    }
}

fn checkoption(
    l: &mut LuaState,
    arg: c_int,
    def: *const c_char,
    lst: *const *const c_char,
) -> LResult<c_int> {
    let name: Vec<u8> = if !def.is_null() && value_at(l, arg).is_nil() {
        // SAFETY: a C string.
        unsafe { cstr(def) }.to_vec()
    } else {
        let s = checklstring(l, arg)?;
        // SAFETY: a live string.
        unsafe { (*s).as_bytes().to_vec() }
    };
    let mut i = 0;
    loop {
        // SAFETY: a NULL-terminated array of C strings.
        let p = unsafe { *lst.add(i) };
        if p.is_null() {
            break;
        }
        // SAFETY: a C string.
        if unsafe { cstr(p) } == name.as_slice() {
            return Ok(i as c_int);
        }
        i += 1;
    }
    let mut m = b"invalid option '".to_vec();
    m.extend_from_slice(&name);
    m.push(b'\'');
    Err(arg_error(l, arg, &m))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_checkoption(
    L: *mut lua_State,
    arg: c_int,
    def: *const c_char,
    lst: *const *const c_char,
) -> c_int {
    // SAFETY: `L` is live.
    let r = checkoption(unsafe { st(L) }, arg, def, lst);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

// ---- metatables and userdata ----

fn registry_get(l: &mut LuaState, name: &[u8]) -> LResult<Value> {
    let k = l.new_string(name)?;
    // SAFETY: the registry is live.
    Ok(unsafe { (*l.registry()).get_str(k) })
}

fn newmetatable(l: &mut LuaState, tname: &[u8]) -> LResult<c_int> {
    let old = registry_get(l, tname)?;
    if !old.is_nil() {
        push_value(l, old)?;
        return Ok(0);
    }
    let mt = l.new_table(0, 2)?;
    push_value(l, Value::Table(mt))?;
    let name = l.new_str_value(tname)?;
    let nk = l.new_str_value(b"__name")?;
    l.raw_set(mt, nk, name)?;
    let k = l.new_str_value(tname)?;
    let reg = l.registry();
    l.raw_set(reg, k, Value::Table(mt))?;
    Ok(1)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_newmetatable(L: *mut lua_State, tname: *const c_char) -> c_int {
    // SAFETY: `L` is live; `tname` is a C string.
    let r = newmetatable(unsafe { st(L) }, unsafe { cstr(tname) });
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_setmetatable(L: *mut lua_State, tname: *const c_char) {
    // SAFETY: `L` is live; `tname` is a C string.
    unsafe {
        super::get::lua_getfield(L, LUA_REGISTRYINDEX, tname);
        super::set::lua_setmetatable(L, -2);
    }
}

/// # Safety
/// `tname` is a C string.
unsafe fn testudata(l: &mut LuaState, ud: c_int, tname: *const c_char) -> LResult<*mut c_void> {
    let Value::Userdata(u) = value_at(l, ud) else {
        return Ok(std::ptr::null_mut());
    };
    // SAFETY: a live userdata.
    let mt = unsafe { (*u).metatable };
    if mt.is_null() {
        return Ok(std::ptr::null_mut());
    }
    // The name through the string cache: type checks run on every method
    // call of a userdata type.
    // SAFETY: the caller's contract.
    let k = unsafe { super::cstr_string(l, tname)? };
    // SAFETY: the registry and the key are live.
    match unsafe { (*l.registry()).get_str(k) } {
        Value::Table(t) if std::ptr::eq(t, mt) => {
            Ok(crate::object::Userdata::payload_ptr(u) as *mut c_void)
        }
        _ => Ok(std::ptr::null_mut()),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_testudata(
    L: *mut lua_State,
    ud: c_int,
    tname: *const c_char,
) -> *mut c_void {
    // SAFETY: `L` is live; `tname` is a C string.
    let r = unsafe { testudata(st(L), ud, tname) };
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_checkudata(
    L: *mut lua_State,
    ud: c_int,
    tname: *const c_char,
) -> *mut c_void {
    // SAFETY: as in luaL_testudata.
    let p = unsafe { luaL_testudata(L, ud, tname) };
    if p.is_null() {
        // SAFETY: `L` is live; `tname` is a C string.
        let s = type_error(unsafe { st(L) }, ud, unsafe { cstr(tname) });
        // SAFETY: nothing with Drop is live.
        unsafe { super::throw(L, s) }
    }
    p
}

fn getmetafield(l: &mut LuaState, obj: c_int, e: &[u8]) -> LResult<c_int> {
    let v = value_at(l, obj);
    let mt = l.metatable_of(&v);
    if mt.is_null() {
        return Ok(TNIL);
    }
    let k = l.new_string(e)?;
    // SAFETY: a live metatable.
    let f = unsafe { (*mt).get_str(k) };
    if f.is_nil() {
        return Ok(TNIL);
    }
    push_value(l, f)?;
    Ok(f.type_tag())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_getmetafield(
    L: *mut lua_State,
    obj: c_int,
    e: *const c_char,
) -> c_int {
    // SAFETY: `L` is live; `e` is a C string.
    let r = getmetafield(unsafe { st(L) }, obj, unsafe { cstr(e) });
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn callmeta(l: &mut LuaState, obj: c_int, e: &[u8]) -> LResult<c_int> {
    let o = value_at(l, obj);
    if getmetafield(l, obj, e)? == TNIL {
        return Ok(0);
    }
    push_value(l, o)?;
    let func = l.top - 2;
    l.call(func, 1)?;
    Ok(1)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_callmeta(L: *mut lua_State, obj: c_int, e: *const c_char) -> c_int {
    // SAFETY: `L` is live; `e` is a C string.
    let r = callmeta(unsafe { st(L) }, obj, unsafe { cstr(e) });
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn tolstring(l: &mut LuaState, idx: c_int) -> LResult<*mut crate::object::LuaString> {
    let v = value_at(l, idx);
    let bytes = l.to_display_string(v)?;
    let s = l.new_string(&bytes)?;
    push_value(l, Value::Str(s))?;
    Ok(s)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_tolstring(
    L: *mut lua_State,
    idx: c_int,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: `L` is live.
    let r = tolstring(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    let s = unsafe { check(L, r) };
    // SAFETY: a live string.
    write_len(len, unsafe { (*s).len() });
    str_ptr(s)
}

// ---- positions, versions, results ----

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_where(L: *mut lua_State, lvl: c_int) {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let w = match usize::try_from(lvl) {
        Ok(n) => l.where_prefix(n),
        Err(_) => Vec::new(),
    };
    let r = super::push::push_bytes(l, &w).map(|_| ());
    drop(w);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_checkversion_(L: *mut lua_State, ver: lua_Number, sz: usize) {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let msg = if sz != LUAL_NUMSIZES {
        Some(b"core and library have incompatible numeric types".to_vec())
    } else if ver != 504.0 {
        let mut m = b"version mismatch: app. needs ".to_vec();
        arith::fmt_number(&Value::Float(ver), &mut m);
        m.extend_from_slice(b", Lua core provides 504.0");
        Some(m)
    } else {
        None
    };
    if let Some(m) = msg {
        let s = l.lib_error(&m);
        drop(m);
        // SAFETY: nothing with Drop is live.
        unsafe { super::throw(L, s) }
    }
}

fn errno() -> c_int {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn fileresult(l: &mut LuaState, stat: c_int, fname: *const c_char, en: c_int) -> LResult<c_int> {
    if stat != 0 {
        push_value(l, Value::Bool(true))?;
        return Ok(1);
    }
    push_value(l, Value::Nil)?;
    let mut m = Vec::new();
    if !fname.is_null() {
        // SAFETY: a C string.
        m.extend_from_slice(unsafe { cstr(fname) });
        m.extend_from_slice(b": ");
    }
    m.extend_from_slice(crate::lib::strerror(en).as_bytes());
    super::push::push_bytes(l, &m)?;
    push_value(l, Value::Int(en as i64))?;
    Ok(3)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_fileresult(
    L: *mut lua_State,
    stat: c_int,
    fname: *const c_char,
) -> c_int {
    let en = errno();
    // SAFETY: `L` is live.
    let r = fileresult(unsafe { st(L) }, stat, fname, en);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn execresult(l: &mut LuaState, stat: c_int, en: c_int) -> LResult<c_int> {
    if stat != 0 && en != 0 {
        return fileresult(l, 0, std::ptr::null(), en);
    }
    let (what, code): (&[u8], c_int) = if libc::WIFEXITED(stat) {
        (b"exit", libc::WEXITSTATUS(stat))
    } else if libc::WIFSIGNALED(stat) {
        (b"signal", libc::WTERMSIG(stat))
    } else {
        (b"exit", stat)
    };
    if what == b"exit" && code == 0 {
        push_value(l, Value::Bool(true))?;
    } else {
        push_value(l, Value::Nil)?;
    }
    super::push::push_bytes(l, what)?;
    push_value(l, Value::Int(code as i64))?;
    Ok(3)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_execresult(L: *mut lua_State, stat: c_int) -> c_int {
    let en = errno();
    // SAFETY: `L` is live.
    let r = execresult(unsafe { st(L) }, stat, en);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

// ---- references ----

fn make_ref(l: &mut LuaState, t: c_int) -> LResult<c_int> {
    super::check_nelems(l, 1)?;
    let v = l.at(l.top - 1);
    if v.is_nil() {
        l.top -= 1;
        return Ok(LUA_REFNIL);
    }
    let tab = super::get::table_at(l, t)?;
    // SAFETY: a live table.
    let head = unsafe { (*tab).get_int(FREELIST) };
    let r = match head {
        Value::Int(r) if r != 0 => {
            // SAFETY: as above.
            let next = unsafe { (*tab).get_int(r) };
            l.raw_set(tab, Value::Int(FREELIST), next)?;
            r
        }
        Value::Int(_) => {
            // SAFETY: as above.
            let n = unsafe { (*tab).length() };
            n.wrapping_add(1)
        }
        _ => {
            l.raw_set(tab, Value::Int(FREELIST), Value::Int(0))?;
            // SAFETY: as above.
            let n = unsafe { (*tab).length() };
            n.wrapping_add(1)
        }
    };
    l.raw_set(tab, Value::Int(r), v)?;
    l.top -= 1;
    Ok(r as c_int)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_ref(L: *mut lua_State, t: c_int) -> c_int {
    // SAFETY: `L` is live.
    let r = make_ref(unsafe { st(L) }, t);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

fn unref(l: &mut LuaState, t: c_int, r: c_int) -> LResult<()> {
    if r < 0 {
        return Ok(());
    }
    let tab = super::get::table_at(l, t)?;
    // SAFETY: a live table.
    let head = unsafe { (*tab).get_int(FREELIST) };
    l.raw_set(tab, Value::Int(r as i64), head)?;
    l.raw_set(tab, Value::Int(FREELIST), Value::Int(r as i64))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_unref(L: *mut lua_State, t: c_int, ref_: c_int) {
    // SAFETY: `L` is live.
    let r = unref(unsafe { st(L) }, t, ref_);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

// ---- loading ----

/// Reads all of C's `stdin` (through its `FILE`, so that what the io
/// library already buffered is not lost).
fn read_c_stdin() -> Result<Vec<u8>, i32> {
    unsafe extern "C" {
        static mut stdin: *mut libc::FILE;
    }
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        // SAFETY: `stdin` is the C library's stream; `buf` is writable.
        let n = unsafe { libc::fread(buf.as_mut_ptr() as *mut libc::c_void, 1, buf.len(), stdin) };
        out.extend_from_slice(&buf[..n]);
        if n < buf.len() {
            // SAFETY: as above.
            if unsafe { libc::ferror(stdin) } != 0 {
                return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0));
            }
            return Ok(out);
        }
    }
}

/// `luaL_loadfilex` on a path (`None`: standard input): pushes the chunk's
/// function or an error message, and returns the status (`LUA_ERRFILE`
/// when the file cannot be read). A UTF-8 byte-order mark and a first line
/// starting with '#' are skipped (a newline kept for the line numbers of
/// a text chunk).
pub(crate) fn load_file_status(
    l: &mut LuaState,
    path: Option<&[u8]>,
    mode: &[u8],
) -> LResult<c_int> {
    let (chunkname, data) = match path {
        None => match read_c_stdin() {
            Ok(d) => (b"=stdin".to_vec(), d),
            Err(e) => {
                let mut m = b"cannot read stdin: ".to_vec();
                m.extend_from_slice(crate::lib::strerror(e).as_bytes());
                super::push::push_bytes(l, &m)?;
                return Ok(LUA_ERRFILE);
            }
        },
        Some(name) => {
            let p: &std::ffi::OsStr = std::os::unix::ffi::OsStrExt::from_bytes(name);
            match std::fs::read(p) {
                Ok(d) => {
                    let mut c = b"@".to_vec();
                    c.extend_from_slice(name);
                    (c, d)
                }
                Err(e) => {
                    let what: &[u8] = if e.kind() == std::io::ErrorKind::IsADirectory {
                        b"read"
                    } else {
                        b"open"
                    };
                    let mut m = b"cannot ".to_vec();
                    m.extend_from_slice(what);
                    m.push(b' ');
                    m.extend_from_slice(name);
                    m.extend_from_slice(b": ");
                    m.extend_from_slice(
                        crate::lib::strerror(e.raw_os_error().unwrap_or(0)).as_bytes(),
                    );
                    super::push::push_bytes(l, &m)?;
                    return Ok(LUA_ERRFILE);
                }
            }
        }
    };
    let mut src: &[u8] = &data;
    if src.starts_with(b"\xEF\xBB\xBF") {
        src = &src[3..];
    }
    let mut buf = Vec::new();
    if src.first() == Some(&b'#') {
        let nl = src.iter().position(|&c| c == b'\n').unwrap_or(src.len());
        let rest = src.get(nl + 1..).unwrap_or(&[]);
        // (A binary chunk after the comment gets no newline.)
        if rest.first() != Some(&0x1b) {
            buf.push(b'\n');
        }
        buf.extend_from_slice(rest);
        src = &buf;
    }
    let r = super::call::load_bytes(l, src, &chunkname, mode);
    drop(buf);
    Ok(r)
}

fn loadfilex(l: &mut LuaState, filename: *const c_char, mode: &[u8]) -> LResult<c_int> {
    // SAFETY: a C string or NULL.
    let path = (!filename.is_null()).then(|| unsafe { cstr(filename) });
    load_file_status(l, path, mode)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_loadfilex(
    L: *mut lua_State,
    filename: *const c_char,
    mode: *const c_char,
) -> c_int {
    // SAFETY: a C string or NULL.
    let mode: &[u8] = if mode.is_null() {
        b"bt"
    } else {
        unsafe { cstr(mode) }
    };
    // SAFETY: `L` is live.
    let r = loadfilex(unsafe { st(L) }, filename, mode);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_loadbufferx(
    L: *mut lua_State,
    buff: *const c_char,
    sz: usize,
    name: *const c_char,
    mode: *const c_char,
) -> c_int {
    let chunk: &[u8] = if sz == 0 {
        &[]
    } else {
        // SAFETY: the caller gives `sz` readable bytes.
        unsafe { std::slice::from_raw_parts(buff as *const u8, sz) }
    };
    // SAFETY: C strings or NULL.
    let name: &[u8] = if name.is_null() {
        b"?"
    } else {
        unsafe { cstr(name) }
    };
    // SAFETY: as above.
    let mode: &[u8] = if mode.is_null() {
        b"bt"
    } else {
        unsafe { cstr(mode) }
    };
    // SAFETY: `L` is live.
    super::call::load_bytes(unsafe { st(L) }, chunk, name, mode)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_loadstring(L: *mut lua_State, s: *const c_char) -> c_int {
    // SAFETY: a C string.
    let len = unsafe { cstr(s) }.len();
    // SAFETY: as in luaL_loadbufferx.
    unsafe { luaL_loadbufferx(L, s, len, s, std::ptr::null()) }
}

// ---- states ----

/// The panic function of `luaL_newstate`: a message on stderr, then the
/// caller aborts.
unsafe extern "C" fn default_panic(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let v = if l.top > 0 {
        l.at(l.top - 1)
    } else {
        Value::Nil
    };
    let msg: Vec<u8> = match v {
        // SAFETY: a live string.
        Value::Str(s) => unsafe { (*s).as_bytes().to_vec() },
        Value::Int(_) | Value::Float(_) => {
            let mut b = Vec::new();
            arith::fmt_number(&v, &mut b);
            b
        }
        _ => b"error object is not a string".to_vec(),
    };
    let mut out = b"PANIC: unprotected error in call to Lua API (".to_vec();
    out.extend_from_slice(&msg);
    out.extend_from_slice(b")\n");
    crate::lib::flush_stdout();
    use std::io::Write;
    let _ = std::io::stderr().write_all(&out);
    0
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_newstate() -> *mut lua_State {
    // SAFETY: the default allocator is a valid lua_Alloc.
    let L = unsafe {
        super::state::lua_newstate(Some(crate::gc::alloc::default_alloc), std::ptr::null_mut())
    };
    if !L.is_null() {
        // SAFETY: a fresh state.
        unsafe { st(L) }.g().panic = Some(default_panic);
        super::gc::install_default_warnf(L);
    }
    L
}

fn len(l: &mut LuaState, idx: c_int) -> LResult<lua_Integer> {
    let v = value_at(l, idx);
    let n = l.len_of(v, crate::vm::debug::VarRef::None)?;
    match arith::coerce_to_integer(&n) {
        Some(i) => Ok(i),
        None => Err(l.lib_error(b"object length is not an integer")),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_len(L: *mut lua_State, idx: c_int) -> lua_Integer {
    // SAFETY: `L` is live.
    let r = len(unsafe { st(L) }, idx);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

// ---- strings ----

/// Appends `s` to the buffer with every occurrence of `p` replaced by `r`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_addgsub(
    b: *mut luaL_Buffer,
    s: *const c_char,
    p: *const c_char,
    r: *const c_char,
) {
    // SAFETY: C strings.
    let (pat_len, mut s) = (unsafe { cstr(p) }.len(), s);
    if pat_len == 0 {
        // SAFETY: as in luaL_addstring.
        unsafe { luaL_addstring(b, s) };
        return;
    }
    loop {
        // SAFETY: C strings.
        let found = unsafe { libc::strstr(s, p) };
        if found.is_null() {
            break;
        }
        // SAFETY: `found` points into `s`.
        unsafe {
            luaL_addlstring(b, s, found.offset_from(s) as usize);
            luaL_addstring(b, r);
            s = found.add(pat_len);
        }
    }
    // SAFETY: the rest of `s`.
    unsafe { luaL_addstring(b, s) };
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_gsub(
    L: *mut lua_State,
    s: *const c_char,
    p: *const c_char,
    r: *const c_char,
) -> *const c_char {
    let mut b = std::mem::MaybeUninit::<luaL_Buffer>::uninit();
    // SAFETY: buffinit initialises every field used; the buffer's slot is
    // on the stack until pushresult replaces it with the result.
    unsafe {
        let bp = b.as_mut_ptr();
        super::buffer::luaL_buffinit(L, bp);
        luaL_addgsub(bp, s, p, r);
        super::buffer::luaL_pushresult(bp);
        super::access::lua_tolstring(L, -1, std::ptr::null_mut())
    }
}

// ---- registration ----

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_setfuncs(L: *mut lua_State, l: *const luaL_Reg, nup: c_int) {
    // SAFETY: `L` is live; `l` is an array ended by a NULL name.
    unsafe {
        luaL_checkstack(L, nup, c"too many upvalues".as_ptr());
        let mut r = l;
        while !(*r).name.is_null() {
            match (*r).func {
                None => super::push::lua_pushboolean(L, 0),
                Some(f) => {
                    for _ in 0..nup {
                        super::stack::lua_pushvalue(L, -nup);
                    }
                    super::push::lua_pushcclosure(L, Some(f), nup);
                }
            }
            super::set::lua_setfield(L, -(nup + 2), (*r).name);
            r = r.add(1);
        }
        super::stack::lua_settop(L, -nup - 1);
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_getsubtable(
    L: *mut lua_State,
    idx: c_int,
    fname: *const c_char,
) -> c_int {
    // SAFETY: `L` is live; `fname` is a C string.
    unsafe {
        if super::get::lua_getfield(L, idx, fname) == TTABLE {
            return 1;
        }
        super::stack::lua_settop(L, -2);
        let idx = super::stack::lua_absindex(L, idx);
        super::get::lua_createtable(L, 0, 0);
        super::stack::lua_pushvalue(L, -1);
        super::set::lua_setfield(L, idx, fname);
        0
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_traceback(
    L: *mut lua_State,
    L1: *mut lua_State,
    msg: *const c_char,
    level: c_int,
) {
    // SAFETY: C string or NULL.
    let m = if msg.is_null() {
        None
    } else {
        Some(unsafe { cstr(msg) })
    };
    // SAFETY: `L1` is live.
    let tb = unsafe { st(L1) }.traceback(m, usize::try_from(level).unwrap_or(0));
    // SAFETY: `L` is live.
    let r = super::push::push_bytes(unsafe { st(L) }, &tb).map(|_| ());
    drop(tb);
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn luaL_requiref(
    L: *mut lua_State,
    modname: *const c_char,
    openf: lua_CFunction,
    glb: c_int,
) {
    // SAFETY: `L` is live; `modname` is a C string.
    unsafe {
        luaL_getsubtable(L, LUA_REGISTRYINDEX, c"_LOADED".as_ptr());
        super::get::lua_getfield(L, -1, modname);
        if super::access::lua_toboolean(L, -1) == 0 {
            super::stack::lua_settop(L, -2);
            super::push::lua_pushcclosure(L, openf, 0);
            super::push::lua_pushstring(L, modname);
            super::call::lua_callk(L, 1, 1, 0, None);
            super::stack::lua_pushvalue(L, -1);
            super::set::lua_setfield(L, -3, modname);
        }
        super::stack::lua_rotate(L, -2, -1);
        super::stack::lua_settop(L, -2);
        if glb != 0 {
            super::stack::lua_pushvalue(L, -1);
            super::set::lua_setglobal(L, modname);
        }
    }
}
