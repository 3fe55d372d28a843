//! The `debug` library, on the activation-record functions of the debug
//! interface (`api::debug`), which the C API shares.
//!
//! Functions that take an optional thread first (`getinfo`, `getlocal`,
//! `setlocal`, `sethook`, `gethook`, `traceback`) work on that thread's
//! stack; values cross between the threads as `lua_xmove` would move them.
use crate::api::debug as dbg;
use crate::object::Table;
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::hook::{self, HookSet, MASK_CALL, MASK_COUNT, MASK_LINE, MASK_RET};
use crate::vm::state::LuaState;
use std::ffi::{CStr, c_char};

pub fn open(l: &mut LuaState) -> LResult<()> {
    super::new_lib(
        l,
        b"debug",
        &[
            ("debug", debug),
            ("getuservalue", getuservalue),
            ("gethook", gethook),
            ("getinfo", getinfo),
            ("getlocal", getlocal),
            ("getregistry", getregistry),
            ("getmetatable", getmetatable),
            ("getupvalue", getupvalue),
            ("upvaluejoin", upvaluejoin),
            ("upvalueid", upvalueid),
            ("setuservalue", setuservalue),
            ("sethook", sethook),
            ("setlocal", setlocal),
            ("setmetatable", setmetatable),
            ("setupvalue", setupvalue),
            ("traceback", traceback),
            ("setcstacklimit", setcstacklimit),
        ],
    )?;
    Ok(())
}

/// The thread an optional first argument names, and the index of the
/// argument after it.
fn thread_arg(l: &mut LuaState) -> (*mut LuaState, usize) {
    match l.arg(1) {
        Value::Thread(t) => (t, 1),
        _ => (l as *mut LuaState, 0),
    }
}

/// The bytes of a C string handed back by the debug interface.
fn c_bytes<'a>(p: *const c_char) -> Option<&'a [u8]> {
    // SAFETY: the debug interface returns NULL or a NUL-terminated string
    // kept alive by a live object (or static).
    (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_bytes())
}

fn push_opt_bytes(l: &mut LuaState, b: Option<&[u8]>) -> LResult<()> {
    match b {
        Some(b) => l.push_bytes(b),
        None => l.push_checked(Value::Nil),
    }
}

fn getregistry(l: &mut LuaState) -> LResult<usize> {
    let r = l.g().registry;
    l.push_checked(r)?;
    Ok(1)
}

fn getmetatable(l: &mut LuaState) -> LResult<usize> {
    let v = l.check_any(1)?;
    let mt = l.metatable_of(&v);
    l.push_checked(if mt.is_null() {
        Value::Nil
    } else {
        Value::Table(mt)
    })?;
    Ok(1)
}

fn setmetatable(l: &mut LuaState) -> LResult<usize> {
    let mt = match l.arg(2) {
        Value::Nil => std::ptr::null_mut(),
        Value::Table(t) => t,
        _ => return Err(l.arg_type_error(2, "nil or table")),
    };
    let obj = l.arg(1);
    l.set_metatable(obj, mt);
    l.top = l.ci().func + 2;
    Ok(1)
}

fn getuservalue(l: &mut LuaState) -> LResult<usize> {
    let n = l.opt_integer(2, 1)?;
    let Value::Userdata(u) = l.arg(1) else {
        l.push_checked(Value::Nil)?;
        return Ok(1);
    };
    // SAFETY: a live userdata.
    let uv = unsafe { (*u).user_values() };
    match usize::try_from(n).ok().and_then(|n| n.checked_sub(1)) {
        Some(i) if i < uv.len() => {
            let v = uv[i];
            l.push_checked(v)?;
            l.push_checked(Value::Bool(true))?;
            Ok(2)
        }
        _ => {
            l.push_checked(Value::Nil)?;
            Ok(1)
        }
    }
}

fn setuservalue(l: &mut LuaState) -> LResult<usize> {
    let Value::Userdata(u) = l.arg(1) else {
        return Err(l.arg_type_error(1, "userdata"));
    };
    let v = l.check_any(2)?;
    let n = l.opt_integer(3, 1)?;
    // SAFETY: a live userdata.
    let uv = unsafe { (*u).user_values() };
    match usize::try_from(n).ok().and_then(|n| n.checked_sub(1)) {
        Some(i) if i < uv.len() => {
            uv[i] = v;
            l.barrier_value(u as *mut crate::gc::GcHeader, v);
            l.top = l.ci().func + 2;
            Ok(1)
        }
        _ => {
            l.push_checked(Value::Nil)?;
            Ok(1)
        }
    }
}

/// `getupvalue`/`setupvalue`: the function at argument 1, upvalue
/// argument 2.
fn aux_upvalue(l: &mut LuaState, get: bool) -> LResult<usize> {
    let n = l.check_integer(2)?;
    if !l.arg(1).is_function() {
        return Err(l.arg_type_error(1, "function"));
    }
    let n = i32::try_from(n).unwrap_or(-1);
    if get {
        match dbg::upvalue_ref(l, 1, n) {
            Some((name, v, _)) => {
                let name = c_bytes(name).unwrap_or(b"").to_vec();
                // SAFETY: a live value slot.
                let val = unsafe { crate::value::read_value(v) };
                l.push_bytes(&name)?;
                l.push_checked(val)?;
                Ok(2)
            }
            None => Ok(0),
        }
    } else {
        let val = l.check_any(3)?;
        match dbg::upvalue_ref(l, 1, n) {
            Some((name, v, owner)) => {
                let name = c_bytes(name).unwrap_or(b"").to_vec();
                // SAFETY: a live value slot.
                unsafe { crate::value::write_value(v, val) };
                l.barrier_value(owner, val);
                l.push_bytes(&name)?;
                Ok(1)
            }
            None => Ok(0),
        }
    }
}

fn getupvalue(l: &mut LuaState) -> LResult<usize> {
    aux_upvalue(l, true)
}

fn setupvalue(l: &mut LuaState) -> LResult<usize> {
    aux_upvalue(l, false)
}

/// Checks that argument `argf` is a function with an upvalue number
/// `argnup`; returns the number.
fn check_upval(l: &mut LuaState, argf: usize, argnup: usize) -> LResult<Option<i32>> {
    let n = l.check_integer(argnup)?;
    if !l.arg(argf).is_function() {
        return Err(l.arg_type_error(argf, "function"));
    }
    let n = i32::try_from(n).unwrap_or(-1);
    Ok(dbg::upvalue_ref(l, argf as i32, n).map(|_| n))
}

fn upvalueid(l: &mut LuaState) -> LResult<usize> {
    let n = match check_upval(l, 1, 2)? {
        Some(n) => n,
        None => {
            l.push_checked(Value::Nil)?;
            return Ok(1);
        }
    };
    let id = dbg::upvalue_id(l, 1, n);
    l.push_checked(Value::LightUserdata(id))?;
    Ok(1)
}

fn upvaluejoin(l: &mut LuaState) -> LResult<usize> {
    let Some(n1) = check_upval(l, 1, 2)? else {
        return Err(l.arg_error(2, b"invalid upvalue index"));
    };
    let Some(n2) = check_upval(l, 3, 4)? else {
        return Err(l.arg_error(4, b"invalid upvalue index"));
    };
    if !matches!(l.arg(1), Value::LuaFn(_)) {
        return Err(l.arg_error(1, b"Lua function expected"));
    }
    if !matches!(l.arg(3), Value::LuaFn(_)) {
        return Err(l.arg_error(3, b"Lua function expected"));
    }
    dbg::upvalue_join(l, 1, n1, 3, n2);
    Ok(0)
}

/// Sets `t[k] = v` for a field of a `getinfo` result.
fn set_field(l: &mut LuaState, t: *mut Table, k: &[u8], v: Value) -> LResult<()> {
    let key = l.new_str_value(k)?;
    l.raw_set(t, key, v)
}

fn set_field_bytes(l: &mut LuaState, t: *mut Table, k: &[u8], v: Option<&[u8]>) -> LResult<()> {
    let v = match v {
        Some(b) => l.new_str_value(b)?,
        None => Value::Nil,
    };
    set_field(l, t, k, v)
}

fn getinfo(l: &mut LuaState) -> LResult<usize> {
    let (l1p, arg) = thread_arg(l);
    let opts = l.opt_bytes(arg + 2, b"flnSrtu")?.to_vec();
    // SAFETY: a live thread (this one or the argument).
    let l1 = unsafe { &mut *l1p };
    let mut ar = dbg::empty_record();
    let mut what = opts.clone();
    if opts.first() == Some(&b'>') {
        return Err(l.arg_error(arg + 2, b"invalid option '>'"));
    }
    let target = l.arg(arg + 1);
    // Where the values `getinfo` pushes ('f', then 'L') will start.
    let base1 = l1.top;
    if target.is_function() {
        what.insert(0, b'>');
        l1.push_checked(target)?;
    } else {
        let level = l.check_integer(arg + 1)?;
        if !dbg::get_stack(l1, level, &mut ar) {
            l.push_checked(Value::Nil)?;
            return Ok(1);
        }
    }
    let ok = dbg::getinfo(l1, &what, &mut ar)?;
    if ok == 0 {
        return Err(l.arg_error(arg + 2, b"invalid option"));
    }
    // Values `getinfo` pushed on the inspected thread ('f', then 'L').
    let mut pushed: Vec<Value> = (base1..l1.top).map(|i| l1.at(i)).collect();
    l1.top = base1;
    let t = l.new_table(0, 16)?;
    l.push_checked(Value::Table(t))?;
    let has = |c: u8| opts.contains(&c);
    if has(b'S') {
        let src = ar.srclen;
        // SAFETY: `source` points to `srclen` bytes of a live string.
        let source = unsafe { std::slice::from_raw_parts(ar.source as *const u8, src) }.to_vec();
        set_field_bytes(l, t, b"source", Some(&source))?;
        let short = c_bytes(ar.short_src.as_ptr()).unwrap_or(b"").to_vec();
        set_field_bytes(l, t, b"short_src", Some(&short))?;
        set_field(l, t, b"linedefined", Value::Int(ar.linedefined as i64))?;
        set_field(
            l,
            t,
            b"lastlinedefined",
            Value::Int(ar.lastlinedefined as i64),
        )?;
        let w = c_bytes(ar.what).map(|b| b.to_vec());
        set_field_bytes(l, t, b"what", w.as_deref())?;
    }
    if has(b'l') {
        set_field(l, t, b"currentline", Value::Int(ar.currentline as i64))?;
    }
    if has(b'u') {
        set_field(l, t, b"nups", Value::Int(ar.nups as i64))?;
        set_field(l, t, b"nparams", Value::Int(ar.nparams as i64))?;
        set_field(l, t, b"isvararg", Value::Bool(ar.isvararg != 0))?;
    }
    if has(b'n') {
        let n = c_bytes(ar.name).map(|b| b.to_vec());
        set_field_bytes(l, t, b"name", n.as_deref())?;
        let nw = c_bytes(ar.namewhat).map(|b| b.to_vec());
        set_field_bytes(l, t, b"namewhat", nw.as_deref())?;
    }
    if has(b'r') {
        set_field(l, t, b"ftransfer", Value::Int(ar.ftransfer as i64))?;
        set_field(l, t, b"ntransfer", Value::Int(ar.ntransfer as i64))?;
    }
    if has(b't') {
        set_field(l, t, b"istailcall", Value::Bool(ar.istailcall != 0))?;
    }
    // 'f' pushed first, then 'L'.
    if has(b'L') {
        let v = pushed.pop().unwrap_or(Value::Nil);
        set_field(l, t, b"activelines", v)?;
    }
    if has(b'f') {
        let v = pushed.pop().unwrap_or(Value::Nil);
        set_field(l, t, b"func", v)?;
    }
    Ok(1)
}

fn getlocal(l: &mut LuaState) -> LResult<usize> {
    let (l1p, arg) = thread_arg(l);
    let nvar = l.check_integer(arg + 2)?;
    let nvar = i32::try_from(nvar).unwrap_or(i32::MIN);
    let f = l.arg(arg + 1);
    if f.is_function() {
        // Parameter names of a function (not active).
        let name = dbg::param_name(f, nvar);
        push_opt_bytes(l, name.as_deref())?;
        return Ok(1);
    }
    let level = l.check_integer(arg + 1)?;
    // SAFETY: a live thread.
    let l1 = unsafe { &mut *l1p };
    let mut ar = dbg::empty_record();
    if !dbg::get_stack(l1, level, &mut ar) {
        return Err(l.arg_error(arg + 1, b"level out of range"));
    }
    match dbg::local_of(l1, &ar, nvar) {
        Some((name, slot)) => {
            let name = c_bytes(name).unwrap_or(b"").to_vec();
            let v = l1.at(slot);
            l.push_bytes(&name)?;
            l.push_checked(v)?;
            Ok(2)
        }
        None => {
            l.push_checked(Value::Nil)?;
            Ok(1)
        }
    }
}

fn setlocal(l: &mut LuaState) -> LResult<usize> {
    let (l1p, arg) = thread_arg(l);
    let level = l.check_integer(arg + 1)?;
    let nvar = l.check_integer(arg + 2)?;
    let nvar = i32::try_from(nvar).unwrap_or(i32::MIN);
    // SAFETY: a live thread.
    let l1 = unsafe { &mut *l1p };
    let mut ar = dbg::empty_record();
    if !dbg::get_stack(l1, level, &mut ar) {
        return Err(l.arg_error(arg + 1, b"level out of range"));
    }
    let v = l.check_any(arg + 3)?;
    match dbg::local_of(l1, &ar, nvar) {
        Some((name, slot)) => {
            let name = c_bytes(name).unwrap_or(b"").to_vec();
            l1.set_at(slot, v);
            l.push_bytes(&name)?;
        }
        None => l.push_checked(Value::Nil)?,
    }
    Ok(1)
}

fn traceback(l: &mut LuaState) -> LResult<usize> {
    let (l1p, arg) = thread_arg(l);
    let msg = l.arg(arg + 1);
    let text: Option<Vec<u8>> = match msg {
        // SAFETY: a live string.
        Value::Str(s) => Some(unsafe { (*s).as_bytes().to_vec() }),
        Value::Int(_) | Value::Float(_) => {
            let mut b = Vec::new();
            crate::vm::arith::fmt_number(&msg, &mut b);
            Some(b)
        }
        Value::Nil => None,
        _ if l.is_none(arg + 1) => None,
        other => {
            // Not a string: returned untouched.
            l.push_checked(other)?;
            return Ok(1);
        }
    };
    let same = std::ptr::eq(l1p, l);
    let level = l.opt_integer(arg + 2, if same { 1 } else { 0 })?;
    let level = usize::try_from(level).unwrap_or(0);
    // SAFETY: a live thread.
    let tb = unsafe { &*l1p }.traceback(text.as_deref(), level);
    l.push_bytes(&tb)?;
    Ok(1)
}

fn setcstacklimit(l: &mut LuaState) -> LResult<usize> {
    l.check_integer(1)?;
    l.push_checked(Value::Int(crate::vm::state::MAX_CCALLS as i64))?;
    Ok(1)
}

/// Key in the registry of the table mapping threads to their Lua hooks.
const HOOK_KEY: &[u8] = b"_HOOKKEY";

/// The hooks table (weak keys), created on first use.
fn hook_table(l: &mut LuaState, create: bool) -> LResult<Option<*mut Table>> {
    let reg = l.registry();
    let k = l.new_str_value(HOOK_KEY)?;
    // SAFETY: the registry is live.
    if let Value::Table(t) = unsafe { (*reg).get(&k) } {
        return Ok(Some(t));
    }
    if !create {
        return Ok(None);
    }
    let t = l.new_table(0, 2)?;
    let mt = l.new_table(0, 1)?;
    let mode = l.new_str_value(b"k")?;
    set_field(l, mt, b"__mode", mode)?;
    // SAFETY: fresh tables.
    unsafe { (*t).metatable = mt };
    l.raw_set(reg, k, Value::Table(t))?;
    Ok(Some(t))
}

fn sethook(l: &mut LuaState) -> LResult<usize> {
    let (l1p, arg) = thread_arg(l);
    let (func, mask, count) = if l.is_none_or_nil(arg + 1) {
        l.top = l.ci().func + 1 + arg + 1;
        (Value::Nil, 0, 0)
    } else {
        let smask = l.check_bytes(arg + 2)?.to_vec();
        let f = l.arg(arg + 1);
        if !f.is_function() {
            return Err(l.arg_type_error(arg + 1, "function"));
        }
        let count = l.opt_integer(arg + 3, 0)?;
        let count = i32::try_from(count).unwrap_or(i32::MAX).max(0);
        let mut mask = 0u8;
        if smask.contains(&b'c') {
            mask |= MASK_CALL;
        }
        if smask.contains(&b'r') {
            mask |= MASK_RET;
        }
        if smask.contains(&b'l') {
            mask |= MASK_LINE;
        }
        if count > 0 {
            mask |= MASK_COUNT;
        }
        (f, mask, count)
    };
    let hooks = hook_table(l, true)?.unwrap_or(std::ptr::null_mut());
    if !hooks.is_null() {
        l.raw_set(hooks, Value::Thread(l1p), func)?;
    }
    let set = if mask == 0 {
        HookSet::None
    } else {
        HookSet::Lua
    };
    // SAFETY: a live thread.
    hook::set_hook(unsafe { &mut *l1p }, set, mask, count);
    Ok(0)
}

fn gethook(l: &mut LuaState) -> LResult<usize> {
    let (l1p, _) = thread_arg(l);
    // SAFETY: a live thread.
    let (kind, mask, count) = hook::get_hook(unsafe { &*l1p });
    match kind {
        HookSet::None => {
            l.push_checked(Value::Nil)?;
            return Ok(1);
        }
        HookSet::C => l.push_bytes(b"external hook")?,
        HookSet::Lua => {
            let f = match hook_table(l, false)? {
                // SAFETY: a live table.
                Some(t) => unsafe { (*t).get(&Value::Thread(l1p)) },
                None => Value::Nil,
            };
            l.push_checked(f)?;
        }
    }
    let mut m = Vec::new();
    if mask & MASK_CALL != 0 {
        m.push(b'c');
    }
    if mask & MASK_RET != 0 {
        m.push(b'r');
    }
    if mask & MASK_LINE != 0 {
        m.push(b'l');
    }
    l.push_bytes(&m)?;
    l.push_checked(Value::Int(count as i64))?;
    Ok(3)
}

/// Calls the Lua hook of thread `l` for `event` (the C-side hook the
/// library installs): `hookf(event name, line)`.
pub fn call_lua_hook(l: &mut LuaState, event: &'static [u8], line: Option<i64>) -> LResult<()> {
    let Some(t) = hook_table(l, false)? else {
        return Ok(());
    };
    let me = Value::Thread(l as *mut LuaState);
    // SAFETY: a live table.
    let f = unsafe { (*t).get(&me) };
    if !f.is_function() {
        return Ok(());
    }
    let ev = l.new_str_value(event)?;
    l.ensure_stack(3)?;
    let func = l.top;
    l.push(f);
    l.push(ev);
    l.push(match line {
        Some(n) => Value::Int(n),
        None => Value::Nil,
    });
    l.call(func, 0)
}

/// `debug.debug`: runs lines read from standard input until "cont".
fn debug(l: &mut LuaState) -> LResult<usize> {
    loop {
        crate::lib::write_stderr(b"lua_debug> ");
        let Some(line) = crate::lib::read_line_stdin() else {
            return Ok(0);
        };
        if line == b"cont\n" {
            return Ok(0);
        }
        let top = l.top;
        let failed = match l.load_chunk(&line, b"=(debug command)", b"bt") {
            Ok(()) => {
                let func = l.top - 1;
                l.pcall(func, 0, 0).is_err()
            }
            Err(_) => true,
        };
        if failed {
            let e = l.at(l.top - 1);
            let msg = l.to_display_string(e)?;
            let mut out = msg;
            out.push(b'\n');
            crate::lib::write_stderr(&out);
        }
        l.top = top;
    }
}
