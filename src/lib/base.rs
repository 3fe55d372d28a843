//! The basic library (`print`, `type`, `pcall`, `load`, ...).
use crate::value::Value;
use crate::vm::arith;
use crate::vm::call::MULTRET;
use crate::vm::error::{LResult, Status};
use crate::vm::state::{KStatus, Kont, LUA_OK, LUA_YIELD, LuaState};

use super::flush_stdout;

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("assert", assert),
    ("collectgarbage", collectgarbage),
    ("dofile", dofile),
    ("error", error),
    ("getmetatable", getmetatable),
    ("ipairs", ipairs),
    ("load", load),
    ("loadfile", loadfile),
    ("next", next),
    ("pairs", pairs),
    ("pcall", pcall),
    ("print", print),
    ("rawequal", rawequal),
    ("rawget", rawget),
    ("rawlen", rawlen),
    ("rawset", rawset),
    ("select", select),
    ("setmetatable", setmetatable),
    ("tonumber", tonumber),
    ("tostring", tostring),
    ("warn", warn),
    ("type", type_),
    ("xpcall", xpcall),
];

pub fn open(l: &mut LuaState) -> LResult<()> {
    let g = l.globals();
    super::register(l, g, FUNCS)?;
    let gname = l.new_string(b"_G")?;
    // SAFETY: the globals table is live.
    unsafe { (*g).set_str(l.heap(), gname, Value::Table(g)) }.map_err(|_| l.memory_error())?;
    let vname = l.new_string(b"_VERSION")?;
    let ver = l.new_str_value(b"Lua 5.4")?;
    // SAFETY: as above.
    unsafe { (*g).set_str(l.heap(), vname, ver) }.map_err(|_| l.memory_error())?;
    super::set_loaded(l, b"_G", Value::Table(g))
}

/// As the reference: each piece is written as soon as it is converted (an
/// error in a later `__tostring` leaves the earlier ones written), and the
/// line ends with a flush of C's stdout.
fn print(l: &mut LuaState) -> LResult<usize> {
    let n = l.nargs();
    for i in 1..=n {
        let v = l.arg(i);
        let mut s = l.to_display_string(v)?;
        if i > 1 {
            s.insert(0, b'\t');
        }
        super::io_write_stdout(&s);
    }
    super::io_write_stdout(b"\n");
    super::flush_stdout();
    Ok(0)
}

/// The default warning behaviour of the stand-alone interpreter: "@on" and
/// "@off" control messages, pieces joined, "Lua warning: " on stderr.
pub fn emit_warning(l: &mut LuaState, msg: &[u8], tocont: bool) {
    let g = l.g();
    // A control message is a whole message (one piece) starting with '@'.
    if !g.warn_cont && !tocont && msg.first() == Some(&b'@') {
        match msg {
            b"@on" => g.warn_on = true,
            b"@off" => g.warn_on = false,
            _ => {}
        }
        return;
    }
    if g.warn_on {
        let mut out = Vec::new();
        if !g.warn_cont {
            out.extend_from_slice(b"Lua warning: ");
        }
        out.extend_from_slice(msg);
        if !tocont {
            out.push(b'\n');
        }
        flush_stdout();
        use std::io::Write;
        let _ = std::io::stderr().write_all(&out);
    }
    g.warn_cont = tocont;
}

fn warn(l: &mut LuaState) -> LResult<usize> {
    let n = l.nargs();
    l.check_bytes(1)?;
    for i in 2..=n {
        l.check_bytes(i)?;
    }
    // Each piece goes through the state's warning function (the host's,
    // when it set one with `lua_setwarnf`).
    for i in 1..=n {
        let s = l.check_bytes(i)?;
        crate::api::gc::warning_bytes(l, s, i < n)?;
    }
    Ok(0)
}

fn type_(l: &mut LuaState) -> LResult<usize> {
    let v = l.check_any(1)?;
    let s = l.new_str_value(v.type_name().as_bytes())?;
    l.push_checked(s)?;
    Ok(1)
}

fn tostring(l: &mut LuaState) -> LResult<usize> {
    let v = l.check_any(1)?;
    let s = l.to_display_string(v)?;
    l.push_bytes(&s)?;
    Ok(1)
}

fn tonumber(l: &mut LuaState) -> LResult<usize> {
    if l.arg(2).is_nil() {
        let v = l.check_any(1)?;
        let r = match v {
            Value::Int(_) | Value::Float(_) => v,
            // SAFETY: a live string argument.
            Value::Str(s) => arith::str_to_value(unsafe { (*s).as_bytes() }).unwrap_or(Value::Nil),
            _ => Value::Nil,
        };
        l.push_checked(r)?;
        return Ok(1);
    }
    let base = l.check_integer(2)?;
    let Value::Str(s) = l.arg(1) else {
        return Err(l.arg_type_error(1, "string"));
    };
    if !(2..=36).contains(&base) {
        return Err(l.arg_error(2, b"base out of range"));
    }
    // SAFETY: a live string argument.
    let r = crate::number::str_to_int_base(unsafe { (*s).as_bytes() }, base as u32);
    l.push_checked(r.map_or(Value::Nil, Value::Int))?;
    Ok(1)
}

pub(crate) fn ipairs_aux(l: &mut LuaState) -> LResult<usize> {
    let i = l.check_integer(2)?.wrapping_add(1);
    let t = l.arg(1);
    let v = match t {
        // SAFETY: a live table.
        Value::Table(h) if unsafe { (*h).metatable.is_null() } => unsafe { (*h).get_int(i) },
        _ => l.index(t, Value::Int(i), crate::vm::debug::VarRef::None)?,
    };
    l.push_checked(Value::Int(i))?;
    l.push_checked(v)?;
    Ok(if v.is_nil() { 1 } else { 2 })
}

fn ipairs(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_any(1)?;
    l.push_checked(Value::Native(ipairs_aux))?;
    l.push_checked(t)?;
    l.push_checked(Value::Int(0))?;
    Ok(3)
}

pub(crate) fn next(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_table(1)?;
    let k = l.arg(2);
    // SAFETY: a live table.
    match unsafe { (*t).next(&k) } {
        Ok(Some((k, v))) => {
            l.push_checked(k)?;
            l.push_checked(v)?;
            Ok(2)
        }
        Ok(None) => {
            l.push_checked(Value::Nil)?;
            Ok(1)
        }
        Err(_) => Err(l.error_msg(b"invalid key to 'next'")),
    }
}

fn pairs(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_any(1)?;
    let tm = l.get_metafield(&t, b"__pairs");
    if tm.is_nil() {
        l.push_checked(Value::Native(next))?;
        l.push_checked(t)?;
        l.push_checked(Value::Nil)?;
        return Ok(3);
    }
    l.ensure_stack(2)?;
    let func = l.top;
    l.push(tm);
    l.push(t);
    l.call_k(func, 3, 0, Kont::Native(pairs_cont))?;
    Ok(3)
}

/// `__pairs` returned (possibly after a yield): its three values.
fn pairs_cont(_l: &mut LuaState, _status: KStatus, _ctx: isize) -> LResult<usize> {
    Ok(3)
}

fn rawequal(l: &mut LuaState) -> LResult<usize> {
    let a = l.check_any(1)?;
    let b = l.check_any(2)?;
    l.push_checked(Value::Bool(a.raw_eq(&b)))?;
    Ok(1)
}

fn rawlen(l: &mut LuaState) -> LResult<usize> {
    let n = match l.arg(1) {
        // SAFETY: live objects.
        Value::Table(t) => unsafe { (*t).length() },
        Value::Str(s) => unsafe { (*s).len() as i64 },
        _ => return Err(l.arg_type_error(1, "table or string")),
    };
    l.push_checked(Value::Int(n))?;
    Ok(1)
}

fn rawget(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_table(1)?;
    let k = l.check_any(2)?;
    // SAFETY: a live table.
    let v = unsafe { (*t).get(&k) };
    l.push_checked(v)?;
    Ok(1)
}

fn rawset(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_table(1)?;
    let k = l.check_any(2)?;
    let v = l.check_any(3)?;
    l.raw_set(t, k, v)?;
    l.top = l.ci().func + 2;
    Ok(1)
}

fn select(l: &mut LuaState) -> LResult<usize> {
    let n = l.nargs() as i64;
    if let Value::Str(s) = l.arg(1) {
        // SAFETY: a live string.
        if unsafe { (*s).as_bytes() } == b"#" {
            l.push_checked(Value::Int(n - 1))?;
            return Ok(1);
        }
    }
    let i = l.check_integer(1)?;
    let i = if i < 0 {
        n + i
    } else if i > n {
        n
    } else {
        i
    };
    if i < 1 {
        return Err(l.arg_error(1, b"index out of range"));
    }
    Ok((n - i) as usize)
}

fn setmetatable(l: &mut LuaState) -> LResult<usize> {
    let t = match l.arg(1) {
        Value::Table(t) => t,
        _ => return Err(l.arg_type_error(1, "table")),
    };
    let mt = match l.arg(2) {
        Value::Nil if !l.is_none(2) => std::ptr::null_mut(),
        Value::Table(m) => m,
        _ => return Err(l.arg_type_error(2, "nil or table")),
    };
    if !l.get_metafield(&Value::Table(t), b"__metatable").is_nil() {
        return Err(l.lib_error(b"cannot change a protected metatable"));
    }
    l.set_metatable(Value::Table(t), mt);
    l.top = l.ci().func + 2;
    Ok(1)
}

fn getmetatable(l: &mut LuaState) -> LResult<usize> {
    let v = l.check_any(1)?;
    let mt = l.metatable_of(&v);
    if mt.is_null() {
        l.push_checked(Value::Nil)?;
        return Ok(1);
    }
    let protected = l.get_metafield(&v, b"__metatable");
    l.push_checked(if protected.is_nil() {
        Value::Table(mt)
    } else {
        protected
    })?;
    Ok(1)
}

fn assert(l: &mut LuaState) -> LResult<usize> {
    let n = l.nargs();
    if !l.arg(1).is_falsy() {
        return Ok(n);
    }
    l.check_any(1)?;
    let msg = if n >= 2 {
        l.arg(2)
    } else {
        l.new_str_value(b"assertion failed!")?
    };
    raise_at_level(l, msg, 1)
}

fn error(l: &mut LuaState) -> LResult<usize> {
    // The reference keeps the level in a C int.
    let level = l.opt_integer(2, 1)? as i32 as i64;
    let v = l.arg(1);
    raise_at_level(l, v, level)
}

/// Raises `v`, prefixed with the position `level` frames up when it is a
/// string (the `error` function's rule).
fn raise_at_level(l: &mut LuaState, mut v: Value, level: i64) -> LResult<usize> {
    if let (Value::Str(s), true) = (v, level > 0) {
        let mut m = l.where_prefix(level as usize);
        // SAFETY: a live string.
        m.extend_from_slice(unsafe { (*s).as_bytes() });
        v = l.new_str_value(&m)?;
    }
    Err(l.throw_value(v))
}

fn pcall(l: &mut LuaState) -> LResult<usize> {
    l.check_any(1)?;
    let base = l.ci().func + 1;
    // `true` below the function: [true, f, args...].
    l.insert_at(base, Value::Bool(true))?;
    finish_pcall(l, 0, 0)
}

/// Runs the protected call of `pcall`/`xpcall`, whose status slot is
/// `extra` slots above the frame's base (the handler of `xpcall` sits
/// below it).
fn finish_pcall(l: &mut LuaState, extra: usize, errfunc: usize) -> LResult<usize> {
    let status_slot = l.ci().func + 1 + extra;
    let status = l.pcall_k(
        status_slot + 1,
        MULTRET,
        errfunc,
        extra as isize,
        Kont::Native(pcall_cont),
    )?;
    pcall_cont(l, status, extra as isize)
}

/// Finishes `pcall`/`xpcall` (also as the continuation after a yield):
/// `true` and the results, or `false` and the error object.
fn pcall_cont(l: &mut LuaState, status: KStatus, extra: isize) -> LResult<usize> {
    let status_slot = l.ci().func + 1 + extra as usize;
    if status == LUA_OK as KStatus || status == LUA_YIELD as KStatus {
        Ok(l.top - status_slot)
    } else {
        // The error object is in the function's slot.
        l.set_at(status_slot, Value::Bool(false));
        l.top = status_slot + 2;
        Ok(2)
    }
}

fn xpcall(l: &mut LuaState) -> LResult<usize> {
    if !l.arg(2).is_function() {
        return Err(l.arg_type_error(2, "function"));
    }
    let base = l.ci().func + 1;
    // [f, h, args...] -> [h, true, f, args...]
    let f = l.at(base);
    let h = l.at(base + 1);
    l.insert_at(base + 2, Value::Nil)?;
    l.set_at(base, h);
    l.set_at(base + 1, Value::Bool(true));
    l.set_at(base + 2, f);
    finish_pcall(l, 1, base)
}

fn collectgarbage(l: &mut LuaState) -> LResult<usize> {
    crate::gc::control::collectgarbage(l)
}

/// Reads a whole chunk from a reader function (`load` with a function).
/// An error raised by the reader (or a bad piece) is returned as such.
fn read_with_function(l: &mut LuaState, f: Value) -> LResult<Vec<u8>> {
    let mut buf = Vec::new();
    loop {
        // Errors in the reader are caught here, as the reference's protected
        // parser does, with the current message handler applied.
        l.ensure_stack(1)?;
        let func = l.top;
        l.push(f);
        if let Err(st) = l.pcall(func, 1, l.errfunc) {
            l.err_value = l.at(func);
            l.top = func;
            return Err(st);
        }
        let piece = l.pop();
        match piece {
            Value::Nil => break,
            Value::Str(s) => {
                // SAFETY: a live string.
                let b = unsafe { (*s).as_bytes() };
                if b.is_empty() {
                    break;
                }
                buf.extend_from_slice(b);
            }
            Value::Int(_) | Value::Float(_) => arith::fmt_number(&piece, &mut buf),
            _ => {
                let mut m = l.where_prefix(1);
                m.extend_from_slice(b"reader function must return a string");
                l.err_value = l.new_str_value(&m)?;
                return Err(Status::ErrRun);
            }
        }
    }
    Ok(buf)
}

/// Pushes the result of a load: the function (with `env` as its first
/// upvalue when given) or fail plus the message.
fn load_result(l: &mut LuaState, r: Result<(), Status>, env: Option<Value>) -> LResult<usize> {
    match r {
        Ok(()) => {
            if let (Some(env), Value::LuaFn(c)) = (env, l.at(l.top - 1)) {
                // SAFETY: a fresh closure.
                if let Some(&uv) = unsafe { (*c).upvals() }.first() {
                    // SAFETY: its upvalue is live.
                    unsafe { (*uv).set(env) };
                }
            }
            Ok(1)
        }
        Err(Status::ErrMem) => Err(l.memory_error()),
        Err(_) => {
            let msg = l.pop();
            l.push_checked(Value::Nil)?;
            l.push_checked(msg)?;
            Ok(2)
        }
    }
}

fn load(l: &mut LuaState) -> LResult<usize> {
    if matches!(l.arg(1), Value::Int(_) | Value::Float(_)) {
        // A number is loaded as the text of its string form.
        l.check_lstr(1)?;
    }
    let chunk = l.arg(1);
    let mode = l.opt_bytes(3, b"bt")?.to_vec();
    let env = if l.is_none(4) { None } else { Some(l.arg(4)) };
    let r = match chunk {
        Value::Str(s) => {
            // SAFETY: a live string argument.
            let src = unsafe { (*s).as_bytes() };
            let name = l.opt_bytes(2, src)?.to_vec();
            l.load_chunk(src, &name, &mode)
        }
        _ => {
            let name = l.opt_bytes(2, b"=(load)")?.to_vec();
            if !chunk.is_function() {
                return Err(l.arg_type_error(1, "function"));
            }
            match read_with_function(l, chunk) {
                Ok(src) => l.load_chunk(&src, &name, &mode),
                Err(Status::ErrMem) => return Err(Status::ErrMem),
                Err(st) => {
                    let e = l.err_value;
                    l.push_checked(e)?;
                    Err(st)
                }
            }
        }
    };
    load_result(l, r, env)
}

/// Loads a file (None: stdin) as `luaL_loadfilex` does: the function, or
/// the error message, is pushed.
pub fn load_file(l: &mut LuaState, path: Option<&[u8]>, mode: &[u8]) -> Result<(), Status> {
    match crate::api::lauxlib::load_file_status(l, path, mode)? {
        0 => Ok(()),
        // (Callers only tell success from failure; a file error counts as
        // a failure to load.)
        _ => Err(Status::ErrSyntax),
    }
}

fn loadfile(l: &mut LuaState) -> LResult<usize> {
    let path = if l.arg(1).is_nil() {
        None
    } else {
        Some(l.check_bytes(1)?.to_vec())
    };
    let mode = l.opt_bytes(2, b"bt")?.to_vec();
    let env = if l.is_none(3) { None } else { Some(l.arg(3)) };
    let r = load_file(l, path.as_deref(), &mode);
    load_result(l, r, env)
}

fn dofile(l: &mut LuaState) -> LResult<usize> {
    let path = if l.arg(1).is_nil() {
        None
    } else {
        Some(l.check_bytes(1)?.to_vec())
    };
    l.top = l.ci().func + 2;
    if load_file(l, path.as_deref(), b"bt").is_err() {
        let msg = l.pop();
        return Err(l.throw_value(msg));
    }
    let func = l.top - 1;
    l.call_k(func, MULTRET, 0, Kont::Native(dofile_cont))?;
    dofile_cont(l, LUA_OK as KStatus, 0)
}

/// The results of `dofile`'s chunk (also after a yield inside it).
fn dofile_cont(l: &mut LuaState, _status: KStatus, _ctx: isize) -> LResult<usize> {
    Ok(l.top - (l.ci().func + 2))
}

impl LuaState {
    /// `luaL_checkoption`: the index of the argument in `opts`.
    pub fn check_option(
        &mut self,
        i: usize,
        default: Option<&str>,
        opts: &[&str],
    ) -> LResult<usize> {
        let name: Vec<u8> = match (self.arg(i), default) {
            (Value::Nil, Some(d)) => d.as_bytes().to_vec(),
            _ => self.check_bytes(i)?.to_vec(),
        };
        if let Some(p) = opts.iter().position(|o| o.as_bytes() == name.as_slice()) {
            return Ok(p);
        }
        let mut m = b"invalid option '".to_vec();
        m.extend_from_slice(&name);
        m.push(b'\'');
        Err(self.arg_error(i, &m))
    }
}
