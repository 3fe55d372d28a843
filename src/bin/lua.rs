//! The `lua` command: runs scripts like the reference stand-alone
//! interpreter (options `-e -l -v -E -W -`, the `arg` table, error reports
//! "lua: msg" with a traceback on stderr and exit status 1).
use lua::gc::control::GcOp;
use lua::value::Value;
use lua::vm::call::MULTRET;
use lua::vm::error::{LResult, Status};
use lua::vm::state::LuaState;

/// The program name in messages: `argv[0]`, as the reference uses it.
/// Read once at start: reports must not allocate (memory may be exhausted
/// when one is written).
fn progname() -> &'static str {
    static NAME: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    NAME.get_or_init(|| match std::env::args_os().next() {
        Some(a) if !a.is_empty() => a.to_string_lossy().into_owned(),
        _ => "lua".to_string(),
    })
}
const COPYRIGHT: &str = "Lua 5.4.9  Copyright (C) 1994-2026 Lua.org, PUC-Rio";

fn write_stderr(b: &[u8]) {
    write_stderr_parts(&[b]);
}

/// Writes the pieces to stderr (unbuffered) without allocating.
fn write_stderr_parts(parts: &[&[u8]]) {
    use std::io::Write;
    lua::lib::flush_stdout();
    let mut e = std::io::stderr();
    for p in parts {
        let _ = e.write_all(p);
    }
    let _ = e.flush();
}

fn report(l: &mut LuaState) {
    report_with(l, Some(progname()));
}

/// Pops the error object and writes "progname: message" (or just the
/// message, in interactive mode) to stderr, as the reference's `l_message`.
/// A string message is written without allocating from the Rust heap: the
/// error may be a memory error.
fn report_with(l: &mut LuaState, progname: Option<&str>) {
    let v = l.pop();
    let mut num = Vec::new();
    let msg: &[u8] = match v {
        // SAFETY: a live string, unreachable now but not freed before the
        // next collection, which cannot run while this function writes.
        Value::Str(s) => unsafe { (*s).as_bytes() },
        Value::Int(_) | Value::Float(_) => {
            lua::vm::arith::fmt_number(&v, &mut num);
            &num
        }
        _ => b"(error object is not a string)",
    };
    let (p, sep): (&[u8], &[u8]) = match progname {
        Some(p) => (p.as_bytes(), b": "),
        None => (b"", b""),
    };
    write_stderr_parts(&[p, sep, c_string_prefix(msg), b"\n"]);
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

/// The state a Ctrl-C interrupts (set while a chunk runs).
static RUNNING: std::sync::atomic::AtomicPtr<LuaState> =
    std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());

/// The hook a Ctrl-C installs: stops the script with an error.
unsafe extern "C" fn lstop(l: *mut LuaState, _ar: *mut lua::api::debug::lua_Debug) {
    // SAFETY: called by the VM for a live state, inside its trampoline.
    unsafe {
        lua::api::debug::lua_sethook(l, None, 0, 0);
        let st = &mut *l;
        let mut m = st.where_prefix(1);
        m.extend_from_slice(b"interrupted!");
        if let Ok(v) = st.new_str_value(&m) {
            st.push(v);
        }
        lua::api::misc::lua_error(l);
    }
}

/// SIGINT handler: the first Ctrl-C sets a hook that stops the script at
/// its next instruction; a second one kills the process (default action).
extern "C" fn laction(sig: libc::c_int) {
    // SAFETY: restoring the default action is async-signal-safe; the hook
    // fields written are plain memory the interpreter polls (as the
    // reference's `lua_sethook` in its handler).
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        let l = RUNNING.load(std::sync::atomic::Ordering::SeqCst);
        if !l.is_null() {
            let mask = (lua::vm::hook::MASK_CALL
                | lua::vm::hook::MASK_RET
                | lua::vm::hook::MASK_COUNT) as i32;
            lua::api::debug::lua_sethook(l, Some(lstop), mask, 1);
        }
    }
}

/// Calls the function below `nargs` arguments with the message handler
/// (and Ctrl-C handling), as the reference's `docall`; false on error,
/// with the message on the stack.
fn docall_raw(l: &mut LuaState, nargs: usize, nres: i32) -> bool {
    let func = l.top - nargs - 1;
    // The handler goes below the function.
    if l.insert_at(func, Value::Native(msghandler)).is_err() {
        return false;
    }
    RUNNING.store(l as *mut LuaState, std::sync::atomic::Ordering::SeqCst);
    // SAFETY: installs a handler that only touches async-safe state.
    unsafe { libc::signal(libc::SIGINT, laction as *const () as libc::sighandler_t) };
    let r = l.pcall(func + 1, nres, func);
    // SAFETY: as above.
    unsafe { libc::signal(libc::SIGINT, libc::SIG_DFL) };
    // Remove the handler.
    let n = l.top - (func + 1);
    for k in 0..n {
        let v = l.at(func + 1 + k);
        l.set_at(func + k, v);
    }
    l.top -= 1;
    r.is_ok()
}

/// `docall_raw`, reporting an error.
fn docall(l: &mut LuaState, nargs: usize, nres: i32) -> bool {
    let ok = docall_raw(l, nargs, nres);
    if !ok {
        report(l);
    }
    ok
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
        // The global is named without a version suffix ("mod-v2": "mod").
        None => match spec.iter().position(|&c| c == b'-') {
            Some(p) => (&spec[..p], spec),
            None => (spec, spec),
        },
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
        p = progname(),
        m = msg
    );
    write_stderr(text.as_bytes());
}

/// Options seen before the script (the reference's `has_*` flags).
#[derive(Default)]
struct Flags {
    e: bool,
    i: bool,
    v: bool,
    big_e: bool,
}

fn scan_flags(args: &[Vec<u8>], script: usize) -> Flags {
    let mut f = Flags::default();
    let mut i = 1;
    while i < script.min(args.len()) {
        let a = &args[i];
        if a.as_slice() == b"--" {
            break;
        }
        match a.get(1) {
            Some(b'e') => {
                f.e = true;
                if a.len() == 2 {
                    i += 1;
                }
            }
            Some(b'l') if a.len() == 2 => i += 1,
            Some(b'i') => {
                f.i = true;
                f.v = true;
            }
            Some(b'v') => f.v = true,
            Some(b'E') => f.big_e = true,
            _ => {}
        }
        i += 1;
    }
    f
}

/// `LUA_INIT_5_4` or `LUA_INIT`: a chunk to run, or `@file`.
fn handle_luainit(l: &mut LuaState) -> bool {
    let (name, init) = match std::env::var_os("LUA_INIT_5_4") {
        Some(v) => ("=LUA_INIT_5_4", v),
        None => match std::env::var_os("LUA_INIT") {
            Some(v) => ("=LUA_INIT", v),
            None => return true,
        },
    };
    use std::os::unix::ffi::OsStrExt;
    let init = init.as_bytes().to_vec();
    let r = if init.first() == Some(&b'@') {
        lua::lib::base::load_file(l, Some(&init[1..]), b"bt")
    } else {
        l.load_chunk(&init, name.as_bytes(), b"bt")
    };
    run_chunk(l, r)
}

type ReadlineFn = unsafe extern "C" fn(*const libc::c_char) -> *mut libc::c_char;
type AddHistoryFn = unsafe extern "C" fn(*const libc::c_char);

/// GNU readline, when its shared library can be loaded (`LUA_READLINELIB`
/// names it; by default "libreadline.so.8"): line editing and history for
/// the interactive loop, as the reference built with readline has.
fn readline_lib() -> Option<(ReadlineFn, Option<AddHistoryFn>)> {
    static LIB: std::sync::OnceLock<Option<(usize, usize)>> = std::sync::OnceLock::new();
    let found = *LIB.get_or_init(|| {
        let name = std::env::var("LUA_READLINELIB").unwrap_or_else(|_| "libreadline.so.8".into());
        let name = std::ffi::CString::new(name).ok()?;
        // SAFETY: dlopen/dlsym with NUL-terminated names; the library
        // stays loaded for the life of the process.
        unsafe {
            let lib = libc::dlopen(name.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL);
            if lib.is_null() {
                return None;
            }
            let rl = libc::dlsym(lib, c"readline".as_ptr());
            if rl.is_null() {
                return None;
            }
            let rl_name =
                libc::dlsym(lib, c"rl_readline_name".as_ptr()) as *mut *const libc::c_char;
            if !rl_name.is_null() {
                *rl_name = c"lua".as_ptr();
            }
            let hist = libc::dlsym(lib, c"add_history".as_ptr());
            Some((rl as usize, hist as usize))
        }
    });
    let (rl, hist) = found?;
    // SAFETY: the addresses are the library's `readline` and `add_history`,
    // whose C signatures these are.
    unsafe {
        Some((
            std::mem::transmute::<usize, ReadlineFn>(rl),
            (hist != 0).then(|| std::mem::transmute::<usize, AddHistoryFn>(hist)),
        ))
    }
}

/// Reads a line for the REPL after writing `prompt` (none at end of input).
fn read_line(prompt: &[u8]) -> Option<Vec<u8>> {
    if let Some((readline, add_history)) = readline_lib() {
        let p = std::ffi::CString::new(prompt.to_vec()).unwrap_or_default();
        lua::lib::flush_stdout();
        // SAFETY: `readline` returns NULL or a malloc'ed NUL-terminated line.
        unsafe {
            let line = readline(p.as_ptr());
            if line.is_null() {
                return None;
            }
            let bytes = std::ffi::CStr::from_ptr(line).to_bytes().to_vec();
            if !bytes.is_empty()
                && let Some(add) = add_history
            {
                add(line);
            }
            libc::free(line as *mut libc::c_void);
            return Some(bytes);
        }
    }
    lua::lib::io_write_stdout(prompt);
    lua::lib::flush_stdout();
    let mut line = lua::lib::read_line_stdin()?;
    if line.last() == Some(&b'\n') {
        line.pop();
    }
    Some(line)
}

/// The prompt: global `_PROMPT` (or `_PROMPT2` for continuation lines).
fn prompt(l: &mut LuaState, first: bool) -> Vec<u8> {
    let name: &[u8] = if first { b"_PROMPT" } else { b"_PROMPT2" };
    let g = l.globals();
    let v = match l.new_string(name) {
        // SAFETY: the globals table is live.
        Ok(k) => unsafe { (*g).get_str(k) },
        Err(_) => Value::Nil,
    };
    if v.is_nil() {
        return if first {
            b"> ".to_vec()
        } else {
            b">> ".to_vec()
        };
    }
    l.to_display_string(v).unwrap_or_default()
}

/// The interactive loop: each line is tried as an expression first
/// ("return " prepended), then as statements, continued over more lines
/// while the chunk is incomplete; results are printed with `print`.
fn do_repl(l: &mut LuaState) {
    let base = l.top;
    loop {
        l.top = base;
        let p = prompt(l, true);
        let Some(mut line) = read_line(&p) else {
            break;
        };
        if line.first() == Some(&b'=') {
            let mut r = b"return ".to_vec();
            r.extend_from_slice(&line[1..]);
            line = r;
        }
        let mut ret = b"return ".to_vec();
        ret.extend_from_slice(&line);
        let mut status = l.load_chunk(&ret, b"=stdin", b"bt");
        if status.is_err() {
            l.top = base;
            loop {
                status = l.load_chunk(&line, b"=stdin", b"bt");
                let incomplete = status == Err(Status::ErrSyntax)
                    && matches!(l.at(l.top - 1), Value::Str(s) if unsafe { (*s).as_bytes() }.ends_with(b"<eof>"));
                if !incomplete {
                    break;
                }
                let p = prompt(l, false);
                let Some(more) = read_line(&p) else {
                    break;
                };
                l.top = base;
                line.push(b'\n');
                line.extend_from_slice(&more);
            }
        }
        let ok = match status {
            Ok(()) => docall_raw(l, 0, MULTRET),
            Err(_) => false,
        };
        if ok {
            let n = l.top - base;
            if n > 0 {
                let g = l.globals();
                let print = match l.new_string(b"print") {
                    // SAFETY: the globals table is live.
                    Ok(k) => unsafe { (*g).get_str(k) },
                    Err(_) => Value::Nil,
                };
                if l.ensure_stack(lua::vm::state::LUA_MINSTACK).is_ok()
                    && l.insert_at(base, print).is_ok()
                    && l.pcall(base, 0, 0).is_err()
                {
                    let e = l.pop();
                    let m = l.to_display_string(e).unwrap_or_default();
                    let mut out = format!("{}: error calling 'print' (", progname()).into_bytes();
                    out.extend_from_slice(&m);
                    out.extend_from_slice(b")\n");
                    write_stderr(&out);
                }
            }
        } else {
            report_with(l, None);
        }
    }
    l.top = base;
    lua::lib::io_write_stdout(b"\n");
    lua::lib::flush_stdout();
}

/// Pushes the script's arguments: `arg[1]`, ..., `arg[#arg]`, from the
/// global `arg` table as it is now (options may have changed it).
fn push_args(l: &mut LuaState) -> LResult<usize> {
    let g = l.globals();
    let k = l.new_string(b"arg")?;
    // SAFETY: the globals table is live.
    let Value::Table(t) = (unsafe { (*g).get_str(k) }) else {
        return Err(l.error_msg(b"'arg' is not a table"));
    };
    let n = match l.len_of(Value::Table(t), lua::vm::debug::VarRef::None)? {
        Value::Int(n) => n.max(0) as usize,
        _ => 0,
    };
    l.ensure_stack(n + 3)?;
    for i in 1..=n {
        // SAFETY: a live table.
        let v = unsafe { (*t).get_int(i as i64) };
        l.push(v);
    }
    Ok(n)
}

fn stdin_is_tty() -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(0) != 0 }
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
    let flags = scan_flags(&args, script);
    if flags.v {
        lua::lib::io_write_stdout(format!("{}\n", COPYRIGHT).as_bytes());
        lua::lib::flush_stdout();
    }
    if flags.big_e {
        // As the reference: the package library then ignores LUA_PATH etc.
        let reg = l.registry();
        let k = l.new_str_value(b"LUA_NOENV")?;
        l.raw_set(reg, k, Value::Bool(true))?;
    }
    lua::lib::open_libs(l)?;
    make_arg_table(l, &args, if script < args.len() { script } else { 0 })?;
    // As the reference: the collector runs in generational mode from here
    // (entering it now sets the base for major collections at the size of
    // the fresh state, as the reference's).
    l.gc_control(GcOp::Gen {
        minormul: 0,
        majormul: 0,
    });
    if !flags.big_e && !handle_luainit(l) {
        l.push_checked(Value::Bool(false))?;
        return Ok(1);
    }
    let mut i = 1;
    while i < script {
        let a = args[i].clone();
        if a.as_slice() == b"--" {
            break;
        }
        match a.get(1) {
            Some(b'W') => lua::lib::base::emit_warning(l, b"@on", false),
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
    let has_script = script < args.len();
    if has_script {
        let path = match &args[script] {
            p if p.as_slice() == b"-" && args[script - 1].as_slice() != b"--" => None,
            p => Some(p.clone()),
        };
        let r = lua::lib::base::load_file(l, path.as_deref(), b"bt");
        match r {
            Ok(()) => {
                let nargs = push_args(l)?;
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
    if flags.i {
        do_repl(l);
    } else if !has_script && !flags.e && !flags.v {
        if stdin_is_tty() {
            lua::lib::io_write_stdout(format!("{}\n", COPYRIGHT).as_bytes());
            do_repl(l);
        } else {
            let r = lua::lib::base::load_file(l, None, b"bt");
            if !run_chunk(l, r) {
                l.push_checked(Value::Bool(false))?;
                return Ok(1);
            }
        }
    }
    l.push_checked(Value::Bool(true))?;
    Ok(1)
}

fn main() {
    // Read now, while memory is surely available (see `progname`).
    progname();
    let Ok(l) = LuaState::new_state(lua::gc::alloc::default_alloc, std::ptr::null_mut()) else {
        write_stderr(
            format!("{}: cannot create state: not enough memory\n", progname()).as_bytes(),
        );
        std::process::exit(1);
    };
    // Warnings (`warn`, `-W`, finalizer errors) go through the state's
    // warning function, as with luaL_newstate.
    lua::api::gc::install_default_warnf(l);
    // SAFETY: `l` is a fresh state owned by this function.
    let lr = unsafe { &mut *l };
    let func = lr.top;
    lr.push(Value::Native(pmain));
    // (The reference passes argc and argv: the same stack use.)
    lr.push(Value::Int(std::env::args_os().len() as i64));
    lr.push(Value::LightUserdata(std::ptr::null_mut()));
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
