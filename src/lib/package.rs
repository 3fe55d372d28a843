//! The package library: `require`, `package.searchers` (preload, Lua
//! files, C libraries, all-in-one C libraries), `package.searchpath`,
//! `package.loadlib`, and the path defaults and environment variables of
//! the reference on Linux.
use crate::object::{CClosure, CFunc, Table};
use crate::value::{CFunction, NativeFn, Value};
use crate::vm::call::MULTRET;
use crate::vm::error::{LResult, Status};
use crate::vm::state::LuaState;

const ROOT: &str = "/usr/local/";
const PATH_DEFAULT: &str = "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;\
/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;./?.lua;./?/init.lua";
const CPATH_DEFAULT: &str = "/usr/local/lib/lua/5.4/?.so;/usr/local/lib/lua/5.4/loadall.so;./?.so";

/// Functions that get the package table as their upvalue.
const WITH_PACKAGE: &[(&str, NativeFn)] = &[("require", require)];
const SEARCHERS: &[NativeFn] = &[searcher_preload, searcher_lua, searcher_c, searcher_croot];

pub fn open(l: &mut LuaState) -> LResult<()> {
    let _ = ROOT;
    let pkg = super::new_lib(
        l,
        b"package",
        &[("loadlib", loadlib), ("searchpath", searchpath)],
    )?;
    let pv = Value::Table(pkg);
    // package.searchers, each closing over the package table.
    let searchers = l.new_table(SEARCHERS.len(), 0)?;
    for (i, &f) in SEARCHERS.iter().enumerate() {
        let c = closure_with(l, f, pv)?;
        // SAFETY: a fresh table.
        unsafe { (*searchers).set_int(l.heap(), i as i64 + 1, c) }.map_err(|_| l.memory_error())?;
    }
    set_field(l, pkg, b"searchers", Value::Table(searchers))?;
    let path = env_path(l, "LUA_PATH", PATH_DEFAULT);
    let path = l.new_str_value(path.as_bytes())?;
    set_field(l, pkg, b"path", path)?;
    let cpath = env_path(l, "LUA_CPATH", CPATH_DEFAULT);
    let cpath = l.new_str_value(cpath.as_bytes())?;
    set_field(l, pkg, b"cpath", cpath)?;
    let config = l.new_str_value(b"/\n;\n?\n!\n-\n")?;
    set_field(l, pkg, b"config", config)?;
    let loaded = registry_table(l, b"_LOADED")?;
    set_field(l, pkg, b"loaded", Value::Table(loaded))?;
    let preload = registry_table(l, b"_PRELOAD")?;
    set_field(l, pkg, b"preload", Value::Table(preload))?;
    // Global `require`.
    let g = l.globals();
    for &(name, f) in WITH_PACKAGE {
        let c = closure_with(l, f, pv)?;
        set_field(l, g, name.as_bytes(), c)?;
    }
    Ok(())
}

fn closure_with(l: &mut LuaState, f: NativeFn, up: Value) -> LResult<Value> {
    let c = CClosure::alloc(l.heap(), CFunc::Native(f), 1).map_err(|_| l.memory_error())?;
    // SAFETY: a fresh closure with one upvalue slot.
    unsafe { (*c).upvals_mut()[0] = up };
    Ok(Value::CClosure(c))
}

fn set_field(l: &mut LuaState, t: *mut Table, name: &[u8], v: Value) -> LResult<()> {
    let k = l.new_string(name)?;
    // SAFETY: a live table.
    unsafe { (*t).set_str(l.heap(), k, v) }.map_err(|_| l.memory_error())
}

fn get_field(l: &mut LuaState, t: Value, name: &[u8]) -> LResult<Value> {
    let k = l.new_str_value(name)?;
    l.index(t, k, crate::vm::debug::VarRef::None)
}

/// `registry[name]`, created as an empty table when absent.
fn registry_table(l: &mut LuaState, name: &[u8]) -> LResult<*mut Table> {
    let reg = l.registry();
    let k = l.new_string(name)?;
    // SAFETY: the registry is live.
    if let Value::Table(t) = unsafe { (*reg).get_str(k) } {
        return Ok(t);
    }
    let t = l.new_table(0, 4)?;
    // SAFETY: as above.
    unsafe { (*reg).set_str(l.heap(), k, Value::Table(t)) }.map_err(|_| l.memory_error())?;
    Ok(t)
}

/// True when `-E` asked to ignore environment variables.
fn no_env(l: &LuaState) -> bool {
    let reg = l.registry();
    match l.g().heap.lookup_interned(b"LUA_NOENV") {
        // SAFETY: the registry is live.
        Some(k) => !unsafe { (*reg).get_str(k) }.is_falsy(),
        None => false,
    }
}

/// A path from `NAME_5_4` or `NAME`, with ";;" replaced by the default.
fn env_path(l: &LuaState, name: &str, default: &str) -> String {
    let v = std::env::var(format!("{name}_5_4")).or_else(|_| std::env::var(name));
    let Ok(path) = v else {
        return default.to_string();
    };
    if no_env(l) {
        return default.to_string();
    }
    match path.find(";;") {
        None => path,
        Some(i) => {
            let mut s = String::new();
            if i > 0 {
                s.push_str(&path[..i]);
                s.push(';');
            }
            s.push_str(default);
            if i + 2 < path.len() {
                s.push(';');
                s.push_str(&path[i + 2..]);
            }
            s
        }
    }
}

fn readable(name: &[u8]) -> bool {
    let Ok(c) = std::ffi::CString::new(name) else {
        return false;
    };
    // SAFETY: a valid C string; the file is closed right away.
    unsafe {
        let f = libc::fopen(c.as_ptr(), c"r".as_ptr());
        if f.is_null() {
            return false;
        }
        libc::fclose(f);
    }
    true
}

fn replace_all(s: &[u8], pat: &[u8], rep: &[u8]) -> Vec<u8> {
    if pat.is_empty() {
        return s.to_vec();
    }
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with(pat) {
            out.extend_from_slice(rep);
            i += pat.len();
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    out
}

/// The reference's `searchpath`: the first readable file of the path's
/// templates, or the "no file '...'" list.
fn search_path(name: &[u8], path: &[u8], sep: &[u8], dirsep: &[u8]) -> Result<Vec<u8>, Vec<u8>> {
    let name = if !sep.is_empty() && name.contains(&sep[0]) {
        replace_all(name, sep, dirsep)
    } else {
        name.to_vec()
    };
    let full = replace_all(path, b"?", &name);
    for f in full.split(|&c| c == b';') {
        if readable(f) {
            return Ok(f.to_vec());
        }
    }
    let mut msg = b"no file '".to_vec();
    msg.extend_from_slice(&replace_all(&full, b";", b"'\n\tno file '"));
    msg.push(b'\'');
    Err(msg)
}

fn searchpath(l: &mut LuaState) -> LResult<usize> {
    let name = l.check_bytes(1)?.to_vec();
    let path = l.check_bytes(2)?.to_vec();
    let sep = l.opt_bytes(3, b".")?.to_vec();
    let rep = l.opt_bytes(4, b"/")?.to_vec();
    match search_path(&name, &path, &sep, &rep) {
        Ok(f) => {
            l.push_bytes(&f)?;
            Ok(1)
        }
        Err(msg) => {
            l.push_checked(Value::Nil)?;
            l.push_bytes(&msg)?;
            Ok(2)
        }
    }
}

/// The package table (upvalue 1 of the running closure).
fn package_upvalue(l: &LuaState) -> Value {
    match l.at(l.ci().func) {
        // SAFETY: a live closure.
        Value::CClosure(c) => unsafe { (*c).upvals().first().copied().unwrap_or(Value::Nil) },
        _ => Value::Nil,
    }
}

fn find_file(l: &mut LuaState, name: &[u8], pname: &str) -> LResult<Result<Vec<u8>, Vec<u8>>> {
    let pkg = package_upvalue(l);
    let path = get_field(l, pkg, pname.as_bytes())?;
    let path: Vec<u8> = match path {
        // SAFETY: a live string.
        Value::Str(s) => unsafe { (*s).as_bytes().to_vec() },
        Value::Int(_) | Value::Float(_) => {
            let mut b = Vec::new();
            crate::vm::arith::fmt_number(&path, &mut b);
            b
        }
        _ => return Err(l.lib_error(format!("'package.{pname}' must be a string").as_bytes())),
    };
    Ok(search_path(name, &path, b".", b"/"))
}

fn load_error(l: &mut LuaState, name: &[u8], file: &[u8]) -> Status {
    let msg = l.pop();
    let mut m = b"error loading module '".to_vec();
    m.extend_from_slice(name);
    m.extend_from_slice(b"' from file '");
    m.extend_from_slice(file);
    m.extend_from_slice(b"':\n\t");
    if let Value::Str(s) = msg {
        // SAFETY: a live string.
        m.extend_from_slice(unsafe { (*s).as_bytes() });
    }
    l.lib_error(&m)
}

fn searcher_preload(l: &mut LuaState) -> LResult<usize> {
    let name = l.check_bytes(1)?.to_vec();
    let preload = registry_table(l, b"_PRELOAD")?;
    let v = get_field(l, Value::Table(preload), &name)?;
    if v.is_nil() {
        let mut m = b"no field package.preload['".to_vec();
        m.extend_from_slice(&name);
        m.extend_from_slice(b"']");
        l.push_bytes(&m)?;
        return Ok(1);
    }
    l.push_checked(v)?;
    l.push_bytes(b":preload:")?;
    Ok(2)
}

fn searcher_lua(l: &mut LuaState) -> LResult<usize> {
    let name = l.check_bytes(1)?.to_vec();
    match find_file(l, &name, "path")? {
        Err(msg) => {
            l.push_bytes(&msg)?;
            Ok(1)
        }
        Ok(file) => match super::base::load_file(l, Some(&file), b"bt") {
            Ok(()) => {
                l.push_bytes(&file)?;
                Ok(2)
            }
            Err(Status::ErrMem) => Err(l.memory_error()),
            Err(_) => Err(load_error(l, &name, &file)),
        },
    }
}

/// Why a C library could not provide its open function.
enum LoadFuncError {
    /// The library could not be loaded (message pushed by the caller).
    Open(Vec<u8>),
    /// The library has no such function.
    NoFunc(Vec<u8>),
}

/// Loads the C library at `path` (kept open for the state's life) and
/// finds `sym` in it.
fn lookup_c_function(path: &[u8], sym: &[u8]) -> Result<CFunction, LoadFuncError> {
    let (Ok(p), Ok(s)) = (std::ffi::CString::new(path), std::ffi::CString::new(sym)) else {
        return Err(LoadFuncError::Open(b"invalid name".to_vec()));
    };
    // SAFETY: dlopen/dlsym with valid C strings; the handle is never closed
    // (as the reference keeps C libraries until the state closes).
    unsafe {
        let h = libc::dlopen(p.as_ptr(), libc::RTLD_NOW | libc::RTLD_GLOBAL);
        if h.is_null() {
            return Err(LoadFuncError::Open(dlerror_text()));
        }
        let f = libc::dlsym(h, s.as_ptr());
        if f.is_null() {
            return Err(LoadFuncError::NoFunc(dlerror_text()));
        }
        Ok(std::mem::transmute::<*mut libc::c_void, CFunction>(f))
    }
}

fn dlerror_text() -> Vec<u8> {
    // SAFETY: dlerror returns null or a valid C string.
    unsafe {
        let e = libc::dlerror();
        if e.is_null() {
            b"unknown error".to_vec()
        } else {
            std::ffi::CStr::from_ptr(e).to_bytes().to_vec()
        }
    }
}

/// The reference's `loadfunc`: "luaopen_" + the module name with '.'
/// replaced by '_', honouring the "-" ignore mark.
fn load_func(path: &[u8], modname: &[u8]) -> Result<CFunction, LoadFuncError> {
    let m = replace_all(modname, b".", b"_");
    if let Some(pos) = m.iter().position(|&c| c == b'-') {
        let mut sym = b"luaopen_".to_vec();
        sym.extend_from_slice(&m[..pos]);
        match lookup_c_function(path, &sym) {
            Err(LoadFuncError::NoFunc(_)) => {
                let mut sym = b"luaopen_".to_vec();
                sym.extend_from_slice(&m[pos + 1..]);
                return lookup_c_function(path, &sym);
            }
            r => return r,
        }
    }
    let mut sym = b"luaopen_".to_vec();
    sym.extend_from_slice(&m);
    lookup_c_function(path, &sym)
}

fn searcher_c(l: &mut LuaState) -> LResult<usize> {
    let name = l.check_bytes(1)?.to_vec();
    match find_file(l, &name, "cpath")? {
        Err(msg) => {
            l.push_bytes(&msg)?;
            Ok(1)
        }
        Ok(file) => match load_func(&file, &name) {
            Ok(f) => {
                l.push_checked(Value::LightC(f))?;
                l.push_bytes(&file)?;
                Ok(2)
            }
            Err(LoadFuncError::Open(m) | LoadFuncError::NoFunc(m)) => {
                l.push_bytes(&m)?;
                Err(load_error(l, &name, &file))
            }
        },
    }
}

fn searcher_croot(l: &mut LuaState) -> LResult<usize> {
    let name = l.check_bytes(1)?.to_vec();
    let Some(dot) = name.iter().position(|&c| c == b'.') else {
        return Ok(0);
    };
    match find_file(l, &name[..dot], "cpath")? {
        Err(msg) => {
            l.push_bytes(&msg)?;
            Ok(1)
        }
        Ok(file) => match load_func(&file, &name) {
            Ok(f) => {
                l.push_checked(Value::LightC(f))?;
                l.push_bytes(&file)?;
                Ok(2)
            }
            Err(LoadFuncError::NoFunc(_)) => {
                let mut m = b"no module '".to_vec();
                m.extend_from_slice(&name);
                m.extend_from_slice(b"' in file '");
                m.extend_from_slice(&file);
                m.push(b'\'');
                l.push_bytes(&m)?;
                Ok(1)
            }
            Err(LoadFuncError::Open(m)) => {
                l.push_bytes(&m)?;
                Err(load_error(l, &name, &file))
            }
        },
    }
}

fn loadlib(l: &mut LuaState) -> LResult<usize> {
    let path = l.check_bytes(1)?.to_vec();
    let init = l.check_bytes(2)?.to_vec();
    let r = if init == b"*" {
        // Only load the library (symbols made global).
        match lookup_c_function(&path, b"") {
            Err(LoadFuncError::Open(m)) => Err((m, "open")),
            _ => {
                l.push_checked(Value::Bool(true))?;
                return Ok(1);
            }
        }
    } else {
        match lookup_c_function(&path, &init) {
            Ok(f) => Ok(f),
            Err(LoadFuncError::Open(m)) => Err((m, "open")),
            Err(LoadFuncError::NoFunc(m)) => Err((m, "init")),
        }
    };
    match r {
        Ok(f) => {
            l.push_checked(Value::LightC(f))?;
            Ok(1)
        }
        Err((m, what)) => {
            l.push_checked(Value::Nil)?;
            l.push_bytes(&m)?;
            l.push_bytes(what.as_bytes())?;
            Ok(3)
        }
    }
}

fn require(l: &mut LuaState) -> LResult<usize> {
    let name = l.check_bytes(1)?.to_vec();
    l.top = l.ci().func + 2;
    let loaded = registry_table(l, b"_LOADED")?;
    let lv = Value::Table(loaded);
    let v = get_field(l, lv, &name)?;
    if !v.is_falsy() {
        l.push_checked(v)?;
        return Ok(1);
    }
    // Find a loader.
    let pkg = package_upvalue(l);
    let searchers = get_field(l, pkg, b"searchers")?;
    if !matches!(searchers, Value::Table(_)) {
        return Err(l.lib_error(b"'package.searchers' must be a table"));
    }
    let mut msg = Vec::new();
    let mut i = 1;
    let (loader, extra) = loop {
        let s = l.index(searchers, Value::Int(i), crate::vm::debug::VarRef::None)?;
        if s.is_nil() {
            let mut m = b"module '".to_vec();
            m.extend_from_slice(&name);
            m.extend_from_slice(b"' not found:");
            m.extend_from_slice(&msg);
            return Err(l.lib_error(&m));
        }
        l.ensure_stack(2)?;
        let func = l.top;
        l.push(s);
        l.push(l.at(l.ci().func + 1));
        l.call(func, 2)?;
        let (a, b) = (l.at(func), l.at(func + 1));
        l.top = func;
        if a.is_function() {
            break (a, b);
        }
        match a {
            // SAFETY: a live string.
            Value::Str(s) => {
                msg.extend_from_slice(b"\n\t");
                msg.extend_from_slice(unsafe { (*s).as_bytes() });
            }
            Value::Int(_) | Value::Float(_) => {
                msg.extend_from_slice(b"\n\t");
                crate::vm::arith::fmt_number(&a, &mut msg);
            }
            _ => {}
        }
        i += 1;
    };
    // Call the loader with the name and the extra value.
    l.ensure_stack(3)?;
    let func = l.top;
    l.push(loader);
    l.push(l.at(l.ci().func + 1));
    l.push(extra);
    l.call(func, 1)?;
    let r = l.at(func);
    l.top = func;
    let key = l.new_str_value(&name)?;
    if !r.is_nil() {
        l.set_index(lv, key, r, crate::vm::debug::VarRef::None)?;
    }
    let mut v = get_field(l, lv, &name)?;
    if v.is_nil() {
        v = Value::Bool(true);
        l.set_index(lv, key, v, crate::vm::debug::VarRef::None)?;
    }
    l.push_checked(v)?;
    l.push_checked(extra)?;
    let _ = MULTRET;
    Ok(2)
}
