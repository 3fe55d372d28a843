//! Debug information derived from the code: source positions, names of
//! variables for error messages, names of functions for tracebacks.
//!
//! Names come from symbolic execution of the calling function's code, as
//! in the reference: find the last instruction before `pc` that set the
//! register in question and see what it loaded (a global, a field, an
//! upvalue, a constant, a method).
use crate::object::{LuaClosure, Proto};
use crate::parse::chunkid::chunkid;
use crate::value::Value;
use crate::vm::opcode::{self as opc, OpCode, TmEvent};
use crate::vm::state::{CIST_FIN, CIST_HOOKED, CIST_TAIL, CallInfo, FrameKind, LuaState};

/// Where a faulty operand came from, for "(local 'x')"-style suffixes.
#[derive(Clone, Copy, Debug)]
pub enum VarRef {
    /// Register of the current Lua frame.
    Reg(usize),
    /// Upvalue of the current Lua closure.
    Upval(usize),
    /// A constant or a computed value: no name.
    None,
}

fn proto_of(l: &LuaState, ci: &CallInfo) -> Option<*mut Proto> {
    if ci.kind != FrameKind::Lua {
        return None;
    }
    match l.at(ci.func) {
        // SAFETY: a Lua frame's function is a live closure.
        Value::LuaFn(c) => Some(unsafe { (*c).proto }),
        _ => None,
    }
}

/// The pc of the instruction a Lua frame is executing.
pub fn current_pc(ci: &CallInfo) -> usize {
    ci.pc.saturating_sub(1)
}

pub fn current_line(l: &LuaState, ci: &CallInfo) -> Option<i64> {
    // SAFETY: prototypes of live frames are live.
    proto_of(l, ci).map(|p| unsafe { (*p).line_at(current_pc(ci)) })
}

fn short_src(p: &Proto) -> Vec<u8> {
    if p.source.is_null() {
        return b"?".to_vec();
    }
    // SAFETY: a prototype keeps its source string alive.
    chunkid(unsafe { (*p.source).as_bytes() })
}

/// `chunk:line: ` for a Lua frame.
fn position_of(l: &LuaState, ci: &CallInfo) -> Vec<u8> {
    let Some(p) = proto_of(l, ci) else {
        return Vec::new();
    };
    // SAFETY: as above.
    let p = unsafe { &*p };
    let mut s = short_src(p);
    s.push(b':');
    crate::number::fmt_int(p.line_at(current_pc(ci)), &mut s);
    s.extend_from_slice(b": ");
    s
}

/// Position prefix for an error raised by the VM in the current frame.
pub fn current_position(l: &LuaState) -> Vec<u8> {
    position_of(l, l.ci())
}

/// `luaL_where`: position of the function `level` frames below the current.
pub fn where_(l: &LuaState, level: usize) -> Vec<u8> {
    let n = l.cis.len();
    if level >= n {
        return Vec::new();
    }
    let ci = &l.cis.as_slice()[n - 1 - level];
    // (Nothing without a current line, as `luaL_where`.)
    if current_line(l, ci).is_some_and(|line| line <= 0) {
        return Vec::new();
    }
    position_of(l, ci)
}

fn upval_name(p: &Proto, i: usize) -> Vec<u8> {
    match p.upvals.as_slice().get(i) {
        // SAFETY: names of a live prototype are live strings.
        Some(u) if !u.name.is_null() => unsafe { (*u.name).as_bytes().to_vec() },
        _ => b"?".to_vec(),
    }
}

fn local_name(p: &Proto, n: usize, pc: usize) -> Option<Vec<u8>> {
    // SAFETY: as above.
    p.local_name(n, pc)
        .map(|s| unsafe { (*s).as_bytes().to_vec() })
}

fn find_set_reg(p: &Proto, mut lastpc: usize, reg: usize) -> Option<usize> {
    let code = p.code.as_slice();
    if let Some(op) = code.get(lastpc).and_then(|&i| opc::op(i))
        && op.props().is_mm
    {
        lastpc = lastpc.saturating_sub(1);
    }
    let mut setreg = None;
    let mut jmptarget = 0usize;
    for (pc, &i) in code.iter().enumerate().take(lastpc) {
        let Some(op) = opc::op(i) else { continue };
        let a = opc::a(i) as usize;
        let change = match op {
            OpCode::LoadNil => a <= reg && reg <= a + opc::b(i) as usize,
            OpCode::TForCall => reg >= a + 2,
            OpCode::Call | OpCode::TailCall => reg >= a,
            OpCode::Jmp => {
                let dest = pc as i64 + 1 + opc::sj(i) as i64;
                if dest <= lastpc as i64 && dest > jmptarget as i64 {
                    jmptarget = dest as usize;
                }
                false
            }
            _ => op.props().sets_a && reg == a,
        };
        if change {
            setreg = if pc < jmptarget { None } else { Some(pc) };
        }
    }
    setreg
}

fn kname(p: &Proto, idx: usize) -> (Option<&'static str>, Vec<u8>) {
    match p.k.as_slice().get(idx) {
        // SAFETY: constants of a live prototype are live.
        Some(Value::Str(s)) => (Some("constant"), unsafe { (**s).as_bytes().to_vec() }),
        _ => (None, b"?".to_vec()),
    }
}

fn basic_obj_name(
    p: &Proto,
    pc: &mut Option<usize>,
    reg: usize,
) -> (Option<&'static str>, Vec<u8>) {
    let at = pc.unwrap_or(0);
    if let Some(n) = local_name(p, reg + 1, at) {
        return (Some("local"), n);
    }
    *pc = find_set_reg(p, at, reg);
    if let Some(spc) = *pc {
        let i = p.code[spc];
        match opc::op(i) {
            Some(OpCode::Move) => {
                let b = opc::b(i) as usize;
                if b < opc::a(i) as usize {
                    return basic_obj_name(p, pc, b);
                }
            }
            Some(OpCode::GetUpval) => return (Some("upvalue"), upval_name(p, opc::b(i) as usize)),
            Some(OpCode::LoadK) => return kname(p, opc::bx(i) as usize),
            Some(OpCode::LoadKX) => {
                if let Some(&next) = p.code.as_slice().get(spc + 1) {
                    return kname(p, opc::ax(next) as usize);
                }
            }
            _ => {}
        }
    }
    (None, b"?".to_vec())
}

fn rname(p: &Proto, pc: usize, c: usize) -> Vec<u8> {
    match basic_obj_name(p, &mut Some(pc), c) {
        (Some("constant"), n) => n,
        _ => b"?".to_vec(),
    }
}

fn is_env(p: &Proto, pc: usize, i: u32, isup: bool) -> &'static str {
    let t = opc::b(i) as usize;
    let name = if isup {
        Some(upval_name(p, t))
    } else {
        match basic_obj_name(p, &mut Some(pc), t) {
            (Some("local") | Some("upvalue"), n) => Some(n),
            _ => None,
        }
    };
    if name.as_deref() == Some(b"_ENV") {
        "global"
    } else {
        "field"
    }
}

/// Kind and name of the value in register `reg` at `lastpc`.
pub fn obj_name(p: &Proto, lastpc: usize, reg: usize) -> Option<(&'static str, Vec<u8>)> {
    let mut pc = Some(lastpc);
    let (kind, name) = basic_obj_name(p, &mut pc, reg);
    if let Some(k) = kind {
        return Some((k, name));
    }
    let spc = pc?;
    let i = p.code[spc];
    match opc::op(i)? {
        OpCode::GetTabUp => {
            let (_, n) = kname(p, opc::c(i) as usize);
            Some((is_env(p, spc, i, true), n))
        }
        OpCode::GetTable => {
            let n = rname(p, spc, opc::c(i) as usize);
            Some((is_env(p, spc, i, false), n))
        }
        OpCode::GetI => Some(("field", b"integer index".to_vec())),
        OpCode::GetField => {
            let (_, n) = kname(p, opc::c(i) as usize);
            Some((is_env(p, spc, i, false), n))
        }
        OpCode::OpSelf => {
            let n = if opc::k(i) {
                kname(p, opc::c(i) as usize).1
            } else {
                rname(p, spc, opc::c(i) as usize)
            };
            Some(("method", n))
        }
        _ => None,
    }
}

/// " (kind 'name')" for an operand of the current frame, or "".
pub fn varinfo(l: &LuaState, r: VarRef) -> Vec<u8> {
    let ci = l.ci();
    let Some(p) = proto_of(l, ci) else {
        return Vec::new();
    };
    // SAFETY: live prototype of the running frame.
    let p = unsafe { &*p };
    let found = match r {
        VarRef::Upval(u) => Some(("upvalue", upval_name(p, u))),
        VarRef::Reg(reg) => obj_name(p, current_pc(ci), reg),
        VarRef::None => None,
    };
    format_varinfo(found)
}

fn format_varinfo(found: Option<(&'static str, Vec<u8>)>) -> Vec<u8> {
    match found {
        Some((kind, name)) => {
            let mut s = b" (".to_vec();
            s.extend_from_slice(kind.as_bytes());
            s.extend_from_slice(b" '");
            // (Cut at a zero byte, as C's `%s` cuts it in the reference.)
            let end = name.iter().position(|&c| c == 0).unwrap_or(name.len());
            s.extend_from_slice(&name[..end]);
            s.extend_from_slice(b"')");
            s
        }
        None => Vec::new(),
    }
}

/// How the function of frame `ci` was called, from the caller's code:
/// ("global", "f"), ("method", "m"), ("metamethod", "index"), ...
fn funcname_from_code(p: &Proto, pc: usize) -> Option<(&'static str, Vec<u8>)> {
    let i = *p.code.as_slice().get(pc)?;
    let tm = match opc::op(i)? {
        OpCode::Call | OpCode::TailCall => return obj_name(p, pc, opc::a(i) as usize),
        OpCode::TForCall => return Some(("for iterator", b"for iterator".to_vec())),
        OpCode::OpSelf | OpCode::GetTabUp | OpCode::GetTable | OpCode::GetI | OpCode::GetField => {
            TmEvent::Index
        }
        OpCode::SetTabUp | OpCode::SetTable | OpCode::SetI | OpCode::SetField => TmEvent::NewIndex,
        OpCode::MmBin | OpCode::MmBinI | OpCode::MmBinK => TmEvent::from_u8(opc::c(i) as u8)?,
        OpCode::Unm => TmEvent::Unm,
        OpCode::BNot => TmEvent::BNot,
        OpCode::Len => TmEvent::Len,
        OpCode::Concat => TmEvent::Concat,
        OpCode::Eq => TmEvent::Eq,
        OpCode::Lt | OpCode::LtI | OpCode::GtI => TmEvent::Lt,
        OpCode::Le | OpCode::LeI | OpCode::GeI => TmEvent::Le,
        OpCode::Close | OpCode::Return => TmEvent::Close,
        _ => return None,
    };
    Some(("metamethod", tm.name().as_bytes()[2..].to_vec()))
}

/// Name of the function running in frame `idx` (index into `cis`), from
/// how its caller called it.
pub fn funcname_for_frame(l: &LuaState, idx: usize) -> Option<(&'static str, Vec<u8>)> {
    let cis = l.cis.as_slice();
    let ci = cis.get(idx)?;
    if ci.status & CIST_TAIL != 0 || idx == 0 {
        return None;
    }
    let caller = &cis[idx - 1];
    if caller.status & CIST_HOOKED != 0 {
        return Some(("hook", b"?".to_vec()));
    }
    if caller.status & CIST_FIN != 0 {
        return Some(("metamethod", b"__gc".to_vec()));
    }
    let p = proto_of(l, caller)?;
    // SAFETY: live prototype of a live frame.
    funcname_from_code(unsafe { &*p }, current_pc(caller))
}

/// Name for an error calling a non-function in the current frame.
pub fn call_error_info(l: &LuaState, r: VarRef) -> Vec<u8> {
    let idx = l.cis.len() - 1;
    let ci = l.ci();
    if let Some(p) = proto_of(l, ci) {
        // SAFETY: live prototype.
        if let Some(found) = funcname_from_code(unsafe { &*p }, current_pc(ci)) {
            return format_varinfo(Some(found));
        }
    }
    let _ = idx;
    varinfo(l, r)
}

/// The closure of a Lua frame.
pub fn frame_closure(l: &LuaState, ci: &CallInfo) -> Option<*mut LuaClosure> {
    match l.at(ci.func) {
        Value::LuaFn(c) if ci.kind == FrameKind::Lua => Some(c),
        _ => None,
    }
}

/// Short source and line-defined info for a frame's function.
pub struct FrameInfo {
    pub short_src: Vec<u8>,
    pub what: &'static str,
    pub current_line: i64,
    pub line_defined: i64,
}

pub fn frame_info(l: &LuaState, ci: &CallInfo) -> FrameInfo {
    match proto_of(l, ci) {
        Some(p) => {
            // SAFETY: live prototype.
            let p = unsafe { &*p };
            FrameInfo {
                short_src: short_src(p),
                what: if p.line_defined == 0 { "main" } else { "Lua" },
                current_line: p.line_at(current_pc(ci)),
                line_defined: p.line_defined as i64,
            }
        }
        None => FrameInfo {
            short_src: b"[C]".to_vec(),
            what: "C",
            current_line: -1,
            line_defined: -1,
        },
    }
}
