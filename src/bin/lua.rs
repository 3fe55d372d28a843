//! The `lua` command: runs scripts like the reference stand-alone
//! interpreter (options `-e -l -v -E -W -`, the `arg` table, error reports
//! "lua: msg" with a traceback on stderr and exit status 1).
use lua::value::Value;
use lua::vm::call::MULTRET;
use lua::vm::error::{LResult, Status};
use lua::vm::state::LuaState;

const PROGNAME: &str = "lua";
const COPYRIGHT: &str = "Lua 5.4.9  Copyright (C) 1994-2026 Lua.org, PUC-Rio";

fn write_stderr(b: &[u8]) {
    use std::io::Write;
    lua::lib::flush_stdout();
    let mut e = std::io::stderr();
    let _ = e.write_all(b);
    let _ = e.flush();
}

fn report(l: &mut LuaState) {
    let v = l.pop();
    let msg: Vec<u8> = match v {
        // SAFETY: a live string on the stack until now.
        Value::Str(s) => unsafe { (*s).as_bytes().to_vec() },
        Value::Int(_) | Value::Float(_) => {
            let mut b = Vec::new();
            lua::vm::arith::fmt_number(&v, &mut b);
            b
        }
        _ => b"(error object is not a string)".to_vec(),
    };
    let mut out = format!("{}: ", PROGNAME).into_bytes();
    out.extend_from_slice(c_string_prefix(&msg));
    out.push(b'\n');
    write_stderr(&out);
}

/// The part of a message C would print with "%s" (up to the first NUL), as
/// the reference's stand-alone interpreter handles messages.
fn c_string_prefix(m: &[u8]) -> &[u8] {
    m.split(|&c| c == 0).next().unwrap_or(m)
}

/// Message handler: adds a traceback to the error message.
fn msghandler(l: &mut LuaState) -> LResult<usize> {
    let v = l.arg(1);
    let msg: Vec<u8> = match v {
        // SAFETY: a live string argument.
        Value::Str(s) => unsafe { (*s).as_bytes().to_vec() },
        Value::Int(_) | Value::Float(_) => {
            let mut b = Vec::new();
            lua::vm::arith::fmt_number(&v, &mut b);
            b
        }
        _ => {
            let tm = l.get_metafield(&v, b"__tostring");
            if !tm.is_nil() {
                let r = l.call_value(tm, &[v])?;
                if let Value::Str(_) = r {
                    l.push_checked(r)?;
                    return Ok(1);
                }
            }
            format!("(error object is a {} value)", v.type_name()).into_bytes()
        }
    };
    let tb = l.traceback(Some(c_string_prefix(&msg)), 1);
    l.push_bytes(&tb)?;
    Ok(1)
}

/// Calls the function below `nargs` arguments with the message handler.
fn docall(l: &mut LuaState, nargs: usize, nres: i32) -> bool {
    let func = l.top - nargs - 1;
    // Insert the handler below the function.
    if l.ensure_stack(1).is_err() {
        return false;
    }
    let mut i = l.top;
    while i > func {
        let v = l.at(i - 1);
        l.set_at(i, v);
        i -= 1;
    }
    l.top += 1;
    l.set_at(func, Value::Native(msghandler));
    let r = l.pcall(func + 1, nres, func);
    // Remove the handler.
    let n = l.top - (func + 1);
    for k in 0..n {
        let v = l.at(func + 1 + k);
        l.set_at(func + k, v);
    }
    l.top -= 1;
    match r {
        Ok(()) => true,
        Err(_) => {
            report(l);
            false
        }
    }
}

fn run_chunk(l: &mut LuaState, r: Result<(), Status>) -> bool {
    match r {
        Ok(()) => docall(l, 0, 0),
        Err(_) => {
            report(l);
            false
        }
    }
}

/// `-l mod` or `-l g=mod`: `g = require(mod)`.
fn dolibrary(l: &mut LuaState, spec: &[u8]) -> LResult<bool> {
    let (glob, modname) = match spec.iter().position(|&c| c == b'=') {
        Some(p) => (&spec[..p], &spec[p + 1..]),
        None => (spec, spec),
    };
    let g = l.globals();
    let k = l.new_string(b"require")?;
    // SAFETY: the globals table is live.
    let req = unsafe { (*g).get_str(k) };
    l.push_checked(req)?;
    l.push_bytes(modname)?;
    if !docall(l, 1, 1) {
        return Ok(false);
    }
    let v = l.pop();
    let k = l.new_string(glob)?;
    l.set_index(
        Value::Table(g),
        Value::Str(k),
        v,
        lua::vm::debug::VarRef::None,
    )?;
    Ok(true)
}

/// Index of the script in `args` (args.len() when none).
fn find_script(args: &[Vec<u8>]) -> Result<usize, String> {
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a.first() != Some(&b'-') || a.as_slice() == b"-" {
            return Ok(i);
        }
        if a.as_slice() == b"--" {
            return Ok(i + 1);
        }
        match a.get(1) {
            Some(b'e') | Some(b'l') => {
                if a.len() == 2 {
                    i += 1;
                    if i >= args.len() {
                        return Err(format!("'{}' needs argument", String::from_utf8_lossy(a)));
                    }
                }
            }
            Some(b'i') | Some(b'v') | Some(b'E') | Some(b'W') if a.len() == 2 => {}
            _ => {
                return Err(format!(
                    "unrecognized option '{}'",
                    String::from_utf8_lossy(a)
                ));
            }
        }
        i += 1;
    }
    Ok(args.len())
}

fn make_arg_table(l: &mut LuaState, args: &[Vec<u8>], script: usize) -> LResult<()> {
    let t = l.new_table(args.len(), 2)?;
    for (i, a) in args.iter().enumerate() {
        let s = l.new_str_value(a)?;
        // SAFETY: a fresh table.
        unsafe { (*t).set_int(l.heap(), i as i64 - script as i64, s) }
            .map_err(|_| l.memory_error())?;
    }
    let g = l.globals();
    let k = l.new_string(b"arg")?;
    // SAFETY: the globals table is live.
    unsafe { (*g).set_str(l.heap(), k, Value::Table(t)) }.map_err(|_| l.memory_error())
}

fn usage(msg: &str) {
    let text = format!(
        "{p}: {m}\nusage: {p} [options] [script [args]]\nAvailable options are:\n  -e stat   execute string 'stat'\n  -i        enter interactive mode after executing 'script'\n  -l mod    require library 'mod' into global 'mod'\n  -l g=mod  require library 'mod' into global 'g'\n  -v        show version information\n  -E        ignore environment variables\n  -W        turn warnings on\n  --        stop handling options\n  -         stop handling options and execute stdin\n",
        p = PROGNAME,
        m = msg
    );
    write_stderr(text.as_bytes());
}

/// The body of the interpreter, run as a native function so tracebacks
/// end with "[C]: in ?" as in the reference.
fn pmain(l: &mut LuaState) -> LResult<usize> {
    let args: Vec<Vec<u8>> = {
        use std::os::unix::ffi::OsStringExt;
        std::env::args_os().map(|a| a.into_vec()).collect()
    };
    let script = match find_script(&args) {
        Ok(s) => s,
        Err(m) => {
            usage(&m);
            l.push_checked(Value::Bool(false))?;
            return Ok(1);
        }
    };
    lua::lib::open_libs(l)?;
    // As the reference: the collector runs in generational mode.
    l.heap().gen_mode = true;
    make_arg_table(l, &args, if script < args.len() { script } else { 0 })?;
    let mut ran = false;
    let mut i = 1;
    while i < script {
        let a = args[i].clone();
        if a.as_slice() == b"--" {
            break;
        }
        match a.get(1) {
            Some(b'W') => lua::lib::base::emit_warning(l, b"@on", false),
            Some(b'v') => {
                lua::lib::io_write_stdout(format!("{}\n", COPYRIGHT).as_bytes());
                ran = true;
            }
            Some(b'e') => {
                let code = if a.len() > 2 {
                    a[2..].to_vec()
                } else {
                    i += 1;
                    args[i].clone()
                };
                let r = l.load_chunk(&code, b"=(command line)", b"bt");
                if !run_chunk(l, r) {
                    l.push_checked(Value::Bool(false))?;
                    return Ok(1);
                }
                ran = true;
            }
            Some(b'l') => {
                let spec = if a.len() > 2 {
                    a[2..].to_vec()
                } else {
                    i += 1;
                    args[i].clone()
                };
                if !dolibrary(l, &spec)? {
                    l.push_checked(Value::Bool(false))?;
                    return Ok(1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    if script < args.len() || !ran {
        let path = if script < args.len() {
            Some(args[script].clone())
        } else {
            None
        };
        let path = match path {
            Some(p) if p.as_slice() == b"-" && args[script - 1].as_slice() != b"--" => None,
            p => p,
        };
        let r = lua::lib::base::load_file(l, path.as_deref(), b"bt");
        match r {
            Ok(()) => {
                let nargs = args.len().saturating_sub(script + 1);
                for a in args.iter().skip(script + 1) {
                    let s = l.new_str_value(a)?;
                    l.push_checked(s)?;
                }
                if !docall(l, nargs, MULTRET) {
                    l.push_checked(Value::Bool(false))?;
                    return Ok(1);
                }
            }
            Err(_) => {
                report(l);
                l.push_checked(Value::Bool(false))?;
                return Ok(1);
            }
        }
    }
    l.push_checked(Value::Bool(true))?;
    Ok(1)
}

fn main() {
    let Ok(l) = LuaState::new_state(lua::gc::alloc::default_alloc, std::ptr::null_mut()) else {
        write_stderr(format!("{}: cannot create state: not enough memory\n", PROGNAME).as_bytes());
        std::process::exit(1);
    };
    // Warnings (`warn`, `-W`, finalizer errors) go through the state's
    // warning function, as with luaL_newstate.
    lua::api::gc::install_default_warnf(l);
    // SAFETY: `l` is a fresh state owned by this function.
    let lr = unsafe { &mut *l };
    let func = lr.top;
    lr.push(Value::Native(pmain));
    let ok = match lr.pcall(func, 1, 0) {
        Ok(()) => !lr.at(lr.top - 1).is_falsy(),
        Err(_) => {
            report(lr);
            false
        }
    };
    // SAFETY: the state is no longer used.
    unsafe { lua::vm::state::close_state(l) };
    lua::lib::flush_stdout();
    std::process::exit(if ok { 0 } else { 1 });
}
