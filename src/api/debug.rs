//! The debug interface: activation records, locals, upvalues, hooks.
//!
//! `lua_Debug` has the reference's layout. Strings handed back (`name`,
//! `source`, local and upvalue names) point into live Lua strings (names
//! are constants of the function's prototype) or static text.
//! Hooks are recorded but do not fire yet.
use super::{check, check_nelems, lua_Hook, lua_State, push_value, st, str_ptr, value_at};
use crate::object::LuaString;
use crate::value::Value;
use crate::vm::debug::{current_pc, frame_info, funcname_for_frame};
use crate::vm::error::LResult;
use crate::vm::state::{CIST_TAIL, FrameKind, LuaState};
use std::ffi::{CStr, c_char, c_int, c_uchar, c_ushort, c_void};

/// `LUA_IDSIZE`.
pub const LUA_IDSIZE: usize = 60;

#[repr(C)]
pub struct lua_Debug {
    pub event: c_int,
    pub name: *const c_char,
    pub namewhat: *const c_char,
    pub what: *const c_char,
    pub source: *const c_char,
    pub srclen: usize,
    pub currentline: c_int,
    pub linedefined: c_int,
    pub lastlinedefined: c_int,
    pub nups: c_uchar,
    pub nparams: c_uchar,
    pub isvararg: c_char,
    pub istailcall: c_char,
    pub ftransfer: c_ushort,
    pub ntransfer: c_ushort,
    pub short_src: [c_char; LUA_IDSIZE],
    /// Private: 1 + the index of the frame in the thread's call stack.
    pub i_ci: *mut c_void,
}

/// A zeroed record (no frame).
pub(crate) fn empty_record() -> lua_Debug {
    // SAFETY: every field of `lua_Debug` is an integer, a pointer or an
    // array of them: all zeros is a valid value.
    unsafe { std::mem::zeroed() }
}

/// Points `ar` at the frame `level` levels below the running one
/// (`lua_getstack`); false when there is no such level.
pub(crate) fn get_stack(l: &LuaState, level: i64, ar: &mut lua_Debug) -> bool {
    let n = l.cis.len();
    let Ok(level) = usize::try_from(level) else {
        return false;
    };
    // Frame 0 is the thread's base, not a function.
    if level.saturating_add(1) >= n {
        return false;
    }
    ar.i_ci = (n - level) as *mut c_void;
    true
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getstack(
    L: *mut lua_State,
    level: c_int,
    ar: *mut lua_Debug,
) -> c_int {
    // SAFETY: `L` is live; the caller gives a writable record.
    get_stack(unsafe { st(L) }, level as i64, unsafe { &mut *ar }) as c_int
}

/// The frame index recorded by `lua_getstack`, if still valid.
fn frame_of(l: &LuaState, ar: *const lua_Debug) -> Option<usize> {
    // SAFETY: the caller gives a record filled by lua_getstack.
    let i = unsafe { (*ar).i_ci } as usize;
    let idx = i.checked_sub(1)?;
    (idx >= 1 && idx < l.cis.len()).then_some(idx)
}

fn write_short_src(ar: &mut lua_Debug, src: &[u8]) {
    let n = src.len().min(LUA_IDSIZE - 1);
    for (d, &s) in ar.short_src.iter_mut().zip(&src[..n]) {
        *d = s as c_char;
    }
    ar.short_src[n] = 0;
}

/// An interned copy of `name`: the function names of debug info are
/// constants of live prototypes, so the interned string is theirs.
fn name_ptr(l: &mut LuaState, name: &[u8]) -> LResult<*const c_char> {
    let s = match l.g().heap.lookup_interned(name) {
        Some(s) => s,
        None => l.new_string(name)?,
    };
    Ok(str_ptr(s))
}

fn static_str(s: &'static CStr) -> *const c_char {
    s.as_ptr()
}

pub(crate) fn getinfo(l: &mut LuaState, what: &[u8], ar: &mut lua_Debug) -> LResult<c_int> {
    let (func, ci_idx, opts) = if what.first() == Some(&b'>') {
        check_nelems(l, 1)?;
        let f = l.at(l.top - 1);
        l.top -= 1;
        (f, None, &what[1..])
    } else {
        match frame_of(l, ar) {
            Some(i) => (l.at(l.cis.as_slice()[i].func), Some(i), what),
            None => return Err(super::api_error(l, "invalid activation record")),
        }
    };
    let mut status = 1;
    let lua_cl = match func {
        Value::LuaFn(c) => Some(c),
        _ => None,
    };
    for &o in opts {
        match o {
            b'S' => {
                if let Some(c) = lua_cl {
                    // SAFETY: a live closure and prototype.
                    let p = unsafe { (*c).proto() };
                    let src = p.source;
                    if src.is_null() {
                        ar.source = static_str(c"=?");
                        ar.srclen = 2;
                    } else {
                        ar.source = str_ptr(src);
                        // SAFETY: a live string.
                        ar.srclen = unsafe { (*src).len() };
                    }
                    // SAFETY: as above.
                    let sb = if src.is_null() {
                        b"=?".to_vec()
                    } else {
                        unsafe { (*src).as_bytes().to_vec() }
                    };
                    write_short_src(ar, &crate::parse::chunkid::chunkid(&sb));
                    ar.linedefined = p.line_defined as c_int;
                    ar.lastlinedefined = p.last_line_defined as c_int;
                    ar.what = if p.line_defined == 0 {
                        static_str(c"main")
                    } else {
                        static_str(c"Lua")
                    };
                } else {
                    ar.source = static_str(c"=[C]");
                    ar.srclen = 4;
                    write_short_src(ar, b"[C]");
                    ar.linedefined = -1;
                    ar.lastlinedefined = -1;
                    ar.what = static_str(c"C");
                }
            }
            b'l' => {
                ar.currentline = match ci_idx {
                    Some(i) => {
                        let ci = l.cis.as_slice()[i];
                        let fi = frame_info(l, &ci);
                        fi.current_line as c_int
                    }
                    None => -1,
                };
            }
            b'u' => match func {
                Value::LuaFn(c) => {
                    // SAFETY: a live closure.
                    let c = unsafe { &*c };
                    ar.nups = c.nupvals as c_uchar;
                    ar.nparams = c.proto().num_params;
                    ar.isvararg = c.proto().is_vararg as c_char;
                }
                Value::CClosure(c) => {
                    // SAFETY: a live closure.
                    ar.nups = unsafe { (*c).nupvals } as c_uchar;
                    ar.nparams = 0;
                    ar.isvararg = 1;
                }
                _ => {
                    ar.nups = 0;
                    ar.nparams = 0;
                    ar.isvararg = 1;
                }
            },
            b't' => {
                ar.istailcall = match ci_idx {
                    Some(i) => (l.cis.as_slice()[i].status & CIST_TAIL != 0) as c_char,
                    None => 0,
                };
            }
            b'n' => {
                let found = ci_idx.and_then(|i| funcname_for_frame(l, i));
                match found {
                    Some((kind, name)) => {
                        ar.name = name_ptr(l, &name)?;
                        ar.namewhat = match kind {
                            "global" => static_str(c"global"),
                            "local" => static_str(c"local"),
                            "method" => static_str(c"method"),
                            "field" => static_str(c"field"),
                            "upvalue" => static_str(c"upvalue"),
                            "constant" => static_str(c"constant"),
                            "metamethod" => static_str(c"metamethod"),
                            "for iterator" => static_str(c"for iterator"),
                            "hook" => static_str(c"hook"),
                            _ => static_str(c""),
                        };
                    }
                    None => {
                        ar.name = std::ptr::null();
                        ar.namewhat = static_str(c"");
                    }
                }
            }
            b'r' => {
                // Transfer information exists only for the frame whose
                // call or return hook is running.
                let hooked = ci_idx.is_some_and(|i| {
                    l.cis.as_slice()[i].status & crate::vm::state::CIST_HOOKED != 0
                });
                let (f, n) = if hooked { l.hook.transfer } else { (0, 0) };
                ar.ftransfer = f as c_ushort;
                ar.ntransfer = n as c_ushort;
            }
            b'L' | b'f' => {}
            _ => status = 0,
        }
    }
    if opts.contains(&b'f') {
        push_value(l, func)?;
    }
    if opts.contains(&b'L') {
        match lua_cl {
            Some(c) => {
                let t = l.new_table(0, 0)?;
                push_value(l, Value::Table(t))?;
                // SAFETY: a live closure and prototype.
                let p = unsafe { (*c).proto() };
                let skip = if p.is_vararg { 1 } else { 0 };
                for &line in p.line_info.as_slice().iter().skip(skip) {
                    l.raw_set(t, Value::Int(line as i64), Value::Bool(true))?;
                }
            }
            None => push_value(l, Value::Nil)?,
        }
    }
    Ok(status)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getinfo(
    L: *mut lua_State,
    what: *const c_char,
    ar: *mut lua_Debug,
) -> c_int {
    // SAFETY: `L` is live; `what` is a C string; `ar` is writable.
    let r = getinfo(unsafe { st(L) }, unsafe { super::cstr(what) }, unsafe {
        &mut *ar
    });
    // SAFETY: nothing with Drop is live.
    unsafe { check(L, r) }
}

/// Name and stack slot of local `n` of frame `idx`.
/// Name and stack slot of local `n` of the frame `ar` points at.
pub(crate) fn local_of(l: &LuaState, ar: &lua_Debug, n: c_int) -> Option<(*const c_char, usize)> {
    frame_of(l, ar).and_then(|idx| find_local(l, idx, n))
}

/// Name of parameter `n` of function `f` (none for C functions).
pub(crate) fn param_name(f: Value, n: c_int) -> Option<Vec<u8>> {
    match f {
        Value::LuaFn(c) if n > 0 => {
            // SAFETY: a live closure and prototype; names are live strings.
            let p = unsafe { (*c).proto() };
            p.local_name(n as usize, 0)
                .map(|s| unsafe { (*s).as_bytes().to_vec() })
        }
        _ => None,
    }
}

fn find_local(l: &LuaState, idx: usize, n: c_int) -> Option<(*const c_char, usize)> {
    let ci = l.cis.as_slice()[idx];
    let base = ci.func + 1;
    if ci.kind == FrameKind::Lua {
        if n < 0 {
            let k = n.unsigned_abs() as usize;
            if k <= ci.nextra {
                return Some((static_str(c"(vararg)"), ci.func - ci.nextra + k - 1));
            }
            return None;
        }
        if let Value::LuaFn(c) = l.at(ci.func) {
            // SAFETY: a live closure and prototype.
            let p = unsafe { (*c).proto() };
            if let Some(name) = p.local_name(n as usize, current_pc(&ci)) {
                return Some((str_ptr(name), base + n as usize - 1));
            }
        }
    }
    let limit = if idx + 1 == l.cis.len() {
        l.top
    } else {
        l.cis.as_slice()[idx + 1].func
    };
    if n > 0 && limit - base >= n as usize {
        let name = if ci.kind == FrameKind::Lua {
            static_str(c"(temporary)")
        } else {
            static_str(c"(C temporary)")
        };
        return Some((name, base + n as usize - 1));
    }
    None
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getlocal(
    L: *mut lua_State,
    ar: *const lua_Debug,
    n: c_int,
) -> *const c_char {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    if ar.is_null() {
        // Parameter names of the function on top.
        return match l.at(l.top - 1) {
            Value::LuaFn(c) if n > 0 => {
                // SAFETY: a live closure and prototype.
                let p = unsafe { (*c).proto() };
                match p.local_name(n as usize, 0) {
                    Some(s) => str_ptr(s),
                    None => std::ptr::null(),
                }
            }
            _ => std::ptr::null(),
        };
    }
    let Some(idx) = frame_of(l, ar) else {
        return std::ptr::null();
    };
    match find_local(l, idx, n) {
        Some((name, slot)) => {
            let v = l.at(slot);
            let r = push_value(l, v);
            // SAFETY: nothing with Drop is live.
            unsafe { check(L, r) };
            name
        }
        None => std::ptr::null(),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_setlocal(
    L: *mut lua_State,
    ar: *const lua_Debug,
    n: c_int,
) -> *const c_char {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let found = frame_of(l, ar).and_then(|idx| find_local(l, idx, n));
    if l.top > super::frame_base(l) {
        let v = l.pop();
        if let Some((_, slot)) = found {
            l.set_at(slot, v);
        }
    }
    found.map_or(std::ptr::null(), |(name, _)| name)
}

/// Name and location of upvalue `n` of the function at `funcindex`.
pub(crate) fn upvalue_ref(
    l: &mut LuaState,
    funcindex: c_int,
    n: c_int,
) -> Option<(*const c_char, *mut Value, *mut crate::gc::GcHeader)> {
    let i = usize::try_from(n).ok()?.checked_sub(1)?;
    match value_at(l, funcindex) {
        Value::CClosure(c) => {
            // SAFETY: a live closure.
            let ups = unsafe { (*c).upvals_mut() };
            let v = ups.get_mut(i)? as *mut Value;
            Some((static_str(c""), v, c as *mut crate::gc::GcHeader))
        }
        Value::LuaFn(c) => {
            // SAFETY: a live closure; its upvalues are live.
            let cl = unsafe { &*c };
            let uv = *cl.upvals().get(i)?;
            let name: *mut LuaString = cl
                .proto()
                .upvals
                .as_slice()
                .get(i)
                .map_or(std::ptr::null_mut(), |u| u.name);
            let nm = if name.is_null() {
                static_str(c"(no name)")
            } else {
                str_ptr(name)
            };
            // SAFETY: a live upvalue.
            Some((nm, unsafe { (*uv).v }, uv as *mut crate::gc::GcHeader))
        }
        _ => None,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_getupvalue(
    L: *mut lua_State,
    funcindex: c_int,
    n: c_int,
) -> *const c_char {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    match upvalue_ref(l, funcindex, n) {
        Some((name, v, _)) => {
            // SAFETY: a live value slot.
            let val = unsafe { *v };
            let r = push_value(l, val);
            // SAFETY: nothing with Drop is live.
            unsafe { check(L, r) };
            name
        }
        None => std::ptr::null(),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_setupvalue(
    L: *mut lua_State,
    funcindex: c_int,
    n: c_int,
) -> *const c_char {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    if l.top <= super::frame_base(l) {
        return std::ptr::null();
    }
    match upvalue_ref(l, funcindex, n) {
        Some((name, v, owner)) => {
            let val = l.pop();
            // SAFETY: a live value slot.
            unsafe { *v = val };
            l.barrier_value(owner, val);
            name
        }
        None => std::ptr::null(),
    }
}

/// The identity of upvalue `n` of the function at `fidx` (null if none).
pub(crate) fn upvalue_id(l: &mut LuaState, fidx: c_int, n: c_int) -> *mut c_void {
    let Some(i) = usize::try_from(n).ok().and_then(|n| n.checked_sub(1)) else {
        return std::ptr::null_mut();
    };
    match value_at(l, fidx) {
        // SAFETY: a live closure.
        Value::LuaFn(c) => unsafe {
            (*c).upvals()
                .get(i)
                .map_or(std::ptr::null_mut(), |&u| u as *mut c_void)
        },
        // SAFETY: a live closure.
        Value::CClosure(c) => unsafe {
            (*c).upvals_mut()
                .get_mut(i)
                .map_or(std::ptr::null_mut(), |v| v as *mut Value as *mut c_void)
        },
        _ => std::ptr::null_mut(),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_upvalueid(L: *mut lua_State, fidx: c_int, n: c_int) -> *mut c_void {
    // SAFETY: `L` is live.
    upvalue_id(unsafe { st(L) }, fidx, n)
}

/// Makes upvalue `n1` of the Lua function at `fidx1` refer to upvalue `n2`
/// of the Lua function at `fidx2` (nothing happens for invalid operands).
pub(crate) fn upvalue_join(l: &mut LuaState, fidx1: c_int, n1: c_int, fidx2: c_int, n2: c_int) {
    let (Value::LuaFn(f1), Value::LuaFn(f2)) = (value_at(l, fidx1), value_at(l, fidx2)) else {
        return;
    };
    let i1 = usize::try_from(n1).ok().and_then(|n| n.checked_sub(1));
    let i2 = usize::try_from(n2).ok().and_then(|n| n.checked_sub(1));
    let (Some(i1), Some(i2)) = (i1, i2) else {
        return;
    };
    // SAFETY: live closures; indices checked against their upvalue counts.
    let uv = unsafe {
        let Some(&uv) = (*f2).upvals().get(i2) else {
            return;
        };
        let Some(slot) = (*f1).upvals_mut().get_mut(i1) else {
            return;
        };
        *slot = uv;
        uv
    };
    // The closure now refers to the joined upvalue.
    l.barrier_obj(
        f1 as *mut crate::gc::GcHeader,
        uv as *mut crate::gc::GcHeader,
    );
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_upvaluejoin(
    L: *mut lua_State,
    fidx1: c_int,
    n1: c_int,
    fidx2: c_int,
    n2: c_int,
) {
    // SAFETY: `L` is live.
    upvalue_join(unsafe { st(L) }, fidx1, n1, fidx2, n2)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_sethook(L: *mut lua_State, func: lua_Hook, mask: c_int, count: c_int) {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    let mask = (mask & 0xf) as u8;
    crate::vm::hook::set_c_hook(l, func, mask, count);
}

/// The hook function of the `debug` library, as C sees it.
unsafe extern "C" fn lua_library_hook(L: *mut lua_State, ar: *mut lua_Debug) {
    let _ = (L, ar);
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_gethook(L: *mut lua_State) -> lua_Hook {
    // SAFETY: `L` is live.
    let l = unsafe { st(L) };
    match l.hook.kind {
        crate::vm::hook::HookSet::C => l.hook.c,
        crate::vm::hook::HookSet::Lua => Some(lua_library_hook),
        crate::vm::hook::HookSet::None => None,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_gethookmask(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { st(L) }.hook.mask as c_int
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_gethookcount(L: *mut lua_State) -> c_int {
    // SAFETY: `L` is live.
    unsafe { st(L) }.hook.base_count
}

/// Deprecated in 5.4: does nothing and returns the C-call limit.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn lua_setcstacklimit(L: *mut lua_State, limit: u32) -> c_int {
    let _ = (L, limit);
    crate::vm::state::MAX_CCALLS as c_int
}
