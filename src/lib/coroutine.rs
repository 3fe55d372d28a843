//! Coroutines. Each coroutine is a thread with its own stack and call
//! frames; `resume` runs it on the Rust stack until it yields or ends.
//! A yield unwinds only the interpreter loop of the coroutine (Lua frames
//! are data), so it is allowed when no Rust-level call (metamethod, library
//! function calling back) is pending in the coroutine (`nny == 0`).
use crate::value::Value;
use crate::vm::error::{LResult, Status};
use crate::vm::state::{LUA_OK, LUA_YIELD, LuaState, MAX_CCALLS};

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("close", close),
    ("create", create),
    ("isyieldable", isyieldable),
    ("resume", resume),
    ("running", running),
    ("status", status),
    ("wrap", wrap),
    ("yield", yield_),
];

pub fn open(l: &mut LuaState) -> LResult<()> {
    super::new_lib(l, b"coroutine", FUNCS)?;
    Ok(())
}

/// Coroutine states as `coroutine.status` names them.
#[derive(PartialEq, Eq, Clone, Copy)]
enum CoStatus {
    Running,
    Suspended,
    Normal,
    Dead,
}

fn co_status(l: &LuaState, co: *mut LuaState) -> CoStatus {
    if std::ptr::eq(l, co) {
        return CoStatus::Running;
    }
    // SAFETY: a live thread.
    let c = unsafe { &*co };
    if c.status == LUA_YIELD {
        return CoStatus::Suspended;
    }
    if c.status != LUA_OK {
        return CoStatus::Dead;
    }
    if c.cis.len() > 1 {
        return CoStatus::Normal;
    }
    if c.top > 1 {
        CoStatus::Suspended
    } else {
        CoStatus::Dead
    }
}

fn check_co(l: &mut LuaState, i: usize) -> LResult<*mut LuaState> {
    match l.arg(i) {
        Value::Thread(t) => Ok(t),
        _ => Err(l.arg_type_error(i, "thread")),
    }
}

fn create(l: &mut LuaState) -> LResult<usize> {
    let f = l.arg(1);
    if !f.is_function() {
        return Err(l.arg_type_error(1, "function"));
    }
    let co = LuaState::alloc_thread(l.g(), true).map_err(|_| l.memory_error())?;
    // SAFETY: a fresh thread.
    crate::vm::hook::inherit(unsafe { &mut *co }, l);
    // SAFETY: a fresh thread with a small stack (room for the function).
    unsafe { (*co).push(f) };
    l.push_checked(Value::Thread(co))?;
    Ok(1)
}

/// Resumes `co` with `nargs` values from the top of `l`'s stack. On return
/// the results (or the error object) are on top of `l`'s stack.
pub fn resume_thread(l: &mut LuaState, co: *mut LuaState, nargs: usize) -> Result<usize, Status> {
    // SAFETY: a live thread, distinct from `l` (checked by the callers).
    let c = unsafe { &mut *co };
    let st = co_status(l, co);
    if st != CoStatus::Suspended {
        let msg: &[u8] = if st == CoStatus::Dead {
            b"cannot resume dead coroutine"
        } else {
            b"cannot resume non-suspended coroutine"
        };
        l.top -= nargs;
        let s = l.new_str_value(msg)?;
        l.push_checked(s)?;
        return Err(Status::ErrRun);
    }
    if l.n_ccalls >= MAX_CCALLS {
        l.top -= nargs;
        let s = l.new_str_value(b"C stack overflow")?;
        l.push_checked(s)?;
        return Err(Status::ErrRun);
    }
    // Move the arguments.
    if c.ensure_stack(nargs).is_err() {
        l.top -= nargs;
        let s = l.new_str_value(b"too many arguments to resume")?;
        l.push_checked(s)?;
        return Err(Status::ErrRun);
    }
    for k in 0..nargs {
        c.push(l.at(l.top - nargs + k));
    }
    l.top -= nargs;
    match c.resume(l.n_ccalls, nargs) {
        Ok(n) => {
            let from = c.top - n;
            l.ensure_stack(n + 1).map_err(|_| l.memory_error())?;
            for k in 0..n {
                l.push(c.at(from + k));
            }
            c.top = from;
            Ok(n)
        }
        Err(st) => {
            let e = c.at(c.top - 1);
            l.push_checked(e)?;
            Err(st)
        }
    }
}

fn resume(l: &mut LuaState) -> LResult<usize> {
    let co = check_co(l, 1)?;
    let nargs = l.nargs() - 1;
    match resume_thread(l, co, nargs) {
        Ok(n) => {
            // [co, results...] -> [true, results...]
            let base = l.top - n - 1;
            l.set_at(base, Value::Bool(true));
            Ok(n + 1)
        }
        Err(_) => {
            let e = l.pop();
            l.push_checked(Value::Bool(false))?;
            l.push_checked(e)?;
            Ok(2)
        }
    }
}

fn auxwrap(l: &mut LuaState) -> LResult<usize> {
    let Value::CClosure(me) = l.at(l.ci().func) else {
        return Err(l.error_msg(b"invalid wrap"));
    };
    // SAFETY: the running closure is live; its upvalue is the coroutine.
    let Value::Thread(co) = (unsafe { (*me).upvals()[0] }) else {
        return Err(l.error_msg(b"invalid wrap"));
    };
    let nargs = l.nargs();
    match resume_thread(l, co, nargs) {
        Ok(n) => Ok(n),
        Err(st) => {
            let mut e = l.pop();
            if st != Status::ErrMem
                && let Value::Str(s) = e
            {
                let mut m = l.where_prefix(1);
                // SAFETY: a live string.
                m.extend_from_slice(unsafe { (*s).as_bytes() });
                e = l.new_str_value(&m)?;
            }
            l.err_value = e;
            if st == Status::ErrMem {
                return Err(Status::ErrMem);
            }
            Err(l.throw_value(e))
        }
    }
}

fn wrap(l: &mut LuaState) -> LResult<usize> {
    create(l)?;
    let co = l.pop();
    let c = crate::object::CClosure::alloc(l.heap(), crate::object::CFunc::Native(auxwrap), 1)
        .map_err(|_| l.memory_error())?;
    // SAFETY: a fresh closure with one upvalue.
    unsafe { (*c).upvals_mut()[0] = co };
    l.push_checked(Value::CClosure(c))?;
    Ok(1)
}

fn yield_(l: &mut LuaState) -> LResult<usize> {
    let is_main = std::ptr::eq(l as *const LuaState, l.g().main_thread);
    if is_main {
        return Err(l.error_msg(b"attempt to yield from outside a coroutine"));
    }
    if l.nny > 0 {
        return Err(l.error_msg(b"attempt to yield across a C-call boundary"));
    }
    l.n_yield = l.nargs();
    Err(Status::Yield)
}

fn status(l: &mut LuaState) -> LResult<usize> {
    let co = check_co(l, 1)?;
    let name: &[u8] = match co_status(l, co) {
        CoStatus::Running => b"running",
        CoStatus::Suspended => b"suspended",
        CoStatus::Normal => b"normal",
        CoStatus::Dead => b"dead",
    };
    l.push_bytes(name)?;
    Ok(1)
}

fn running(l: &mut LuaState) -> LResult<usize> {
    let me = l as *mut LuaState;
    let is_main = std::ptr::eq(me, l.g().main_thread);
    l.push_checked(Value::Thread(me))?;
    l.push_checked(Value::Bool(is_main))?;
    Ok(2)
}

fn isyieldable(l: &mut LuaState) -> LResult<usize> {
    let co = if l.is_none(1) {
        l as *mut LuaState
    } else {
        check_co(l, 1)?
    };
    // SAFETY: a live thread.
    let y = unsafe { (*co).nny == 0 } && !std::ptr::eq(co, l.g().main_thread);
    l.push_checked(Value::Bool(y))?;
    Ok(1)
}

fn close(l: &mut LuaState) -> LResult<usize> {
    let co = check_co(l, 1)?;
    match co_status(l, co) {
        CoStatus::Dead | CoStatus::Suspended => {
            // SAFETY: a live thread that is not running.
            let c = unsafe { &mut *co };
            match c.reset_thread(l.n_ccalls) {
                Ok(()) => {
                    l.push_checked(Value::Bool(true))?;
                    Ok(1)
                }
                Err(_) => {
                    // The error object moves to the caller.
                    let e = c.at(1);
                    c.top = 1;
                    l.push_checked(Value::Bool(false))?;
                    l.push_checked(e)?;
                    Ok(2)
                }
            }
        }
        CoStatus::Normal => Err(l.lib_error(b"cannot close a normal coroutine")),
        CoStatus::Running => Err(l.lib_error(b"cannot close a running coroutine")),
    }
}
