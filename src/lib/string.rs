//! The string library and the string metatable, whose arithmetic
//! metamethods coerce numeric strings as the reference does.
//!
//! The engines live elsewhere: patterns in `pattern`, `format` conversions
//! in `strformat`, the `pack` format language in `strpack`. This file owns
//! the Lua-facing side: argument checks in the reference's order (which
//! decides which error a doubly wrong call reports), position arithmetic,
//! and calls back into Lua (`gsub` with a function or table).
//!
//! Invariant: a byte slice borrowed from a string argument stays valid for
//! the whole call, because the argument slot keeps the string alive and the
//! collector never moves objects; slices of values produced by callbacks
//! are copied before anything else can run.
use crate::object::CClosure;
use crate::value::Value;
use crate::vm::arith;
use crate::vm::error::LResult;
use crate::vm::opcode::TmEvent;
use crate::vm::state::LuaState;

use super::pattern::{self, Capture};
use super::strformat::{self, Piece};

/// Largest string the library builds (the reference's MAXSIZE on 64 bits,
/// bounded by what a Lua integer can count).
const MAX_STRING_SIZE: usize = i32::MAX as usize;

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("byte", byte),
    ("char", char),
    ("dump", dump),
    ("find", find),
    ("format", format),
    ("gmatch", gmatch),
    ("gsub", gsub),
    ("len", len),
    ("lower", lower),
    ("match", match_),
    ("pack", super::strpack::pack),
    ("packsize", super::strpack::packsize),
    ("rep", rep),
    ("reverse", reverse),
    ("sub", sub),
    ("unpack", super::strpack::unpack),
    ("upper", upper),
];

pub fn open(l: &mut LuaState) -> LResult<()> {
    let t = super::new_lib(l, b"string", FUNCS)?;
    // The string metatable: __index = string, plus arithmetic coercions.
    let mt = l.new_table(0, 16)?;
    let idx = l.new_string(b"__index")?;
    // SAFETY: live tables.
    unsafe { (*mt).set_str(l.heap(), idx, Value::Table(t)) }.map_err(|_| l.memory_error())?;
    super::register(l, mt, ARITH_MM)?;
    l.g().type_mt[crate::value::TSTRING as usize] = mt;
    Ok(())
}

/// Converts a relative string position (negative: from the end) to an
/// absolute one, as `posrelatI` in the reference.
fn posrelat_start(pos: i64, len: usize) -> usize {
    if pos > 0 {
        pos as usize
    } else if pos == 0 || pos < -(len as i64) {
        1
    } else {
        (len as i64 + pos + 1) as usize
    }
}

/// End position: clipped to `len`.
fn posrelat_end(pos: i64, len: usize) -> usize {
    if pos > len as i64 {
        len
    } else if pos >= 0 {
        pos as usize
    } else if pos < -(len as i64) {
        0
    } else {
        (len as i64 + pos + 1) as usize
    }
}

/// `luaL_checkstack`: room for `n` more values, or "stack overflow (msg)".
pub(super) fn check_stack(l: &mut LuaState, n: usize, msg: &str) -> LResult<()> {
    let inuse = l.top + crate::vm::state::EXTRA_STACK;
    if n > crate::vm::state::MAX_STACK.saturating_sub(inuse) {
        return Err(l.lib_error(format!("stack overflow ({msg})").as_bytes()));
    }
    l.ensure_stack(n)
}

fn len(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_bytes(1)?;
    l.push_checked(Value::Int(s.len() as i64))?;
    Ok(1)
}

fn sub(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_bytes(1)?;
    let i = posrelat_start(l.check_integer(2)?, s.len());
    let j = posrelat_end(l.opt_integer(3, -1)?, s.len());
    if i > j {
        l.push_bytes(b"")?;
    } else {
        l.push_bytes(&s[i - 1..j])?;
    }
    Ok(1)
}

fn upper(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_bytes(1)?.to_ascii_uppercase();
    l.push_bytes(&s)?;
    Ok(1)
}

fn lower(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_bytes(1)?.to_ascii_lowercase();
    l.push_bytes(&s)?;
    Ok(1)
}

fn reverse(l: &mut LuaState) -> LResult<usize> {
    let mut s = l.check_bytes(1)?.to_vec();
    s.reverse();
    l.push_bytes(&s)?;
    Ok(1)
}

fn rep(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_bytes(1)?;
    let n = l.check_integer(2)?;
    let sep = l.opt_bytes(3, b"")?;
    // (An empty result for empty pieces, where the reference would spin
    // through `n` empty copies.)
    if n <= 0 || s.len() + sep.len() == 0 {
        l.push_bytes(b"")?;
        return Ok(1);
    }
    // The reference's bound: each copy with its separator must fit in
    // MAX_STRING_SIZE / n.
    let unit = s.len() as u64 + sep.len() as u64;
    if unit > MAX_STRING_SIZE as u64 / n as u64 {
        return Err(l.lib_error(b"resulting string too large"));
    }
    let total = (unit * n as u64 - sep.len() as u64) as usize;
    let mut out = Vec::new();
    if out.try_reserve(total).is_err() {
        return Err(l.memory_error());
    }
    for k in 0..n {
        out.extend_from_slice(s);
        if k + 1 < n {
            out.extend_from_slice(sep);
        }
    }
    l.push_bytes(&out)?;
    Ok(1)
}

fn byte(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_bytes(1)?;
    let pi = l.opt_integer(2, 1)?;
    let i = posrelat_start(pi, s.len());
    let j = posrelat_end(l.opt_integer(3, pi)?, s.len());
    if i > j {
        return Ok(0);
    }
    let n = j - i + 1;
    if n >= i32::MAX as usize {
        return Err(l.lib_error(b"string slice too long"));
    }
    check_stack(l, n, "string slice too long")?;
    for &c in s.get(i - 1..j).unwrap_or_default() {
        l.push(Value::Int(c as i64));
    }
    Ok(n)
}

fn char(l: &mut LuaState) -> LResult<usize> {
    let n = l.nargs();
    let mut out = Vec::with_capacity(n);
    for i in 1..=n {
        let c = l.check_integer(i)?;
        if !(0..=255).contains(&c) {
            return Err(l.arg_error(i, b"value out of range"));
        }
        out.push(c as u8);
    }
    l.push_bytes(&out)?;
    Ok(1)
}

fn format(l: &mut LuaState) -> LResult<usize> {
    let fmt = l.check_bytes(1)?;
    let nargs = l.nargs();
    let mut out = Vec::new();
    let mut pos = 0;
    let mut arg = 1;
    while let Some((piece, next)) = strformat::next_piece(fmt, pos) {
        pos = next;
        let spec = match piece {
            Piece::Literal(b) => {
                out.extend_from_slice(b);
                continue;
            }
            Piece::Conv(spec) => spec,
        };
        arg += 1;
        if arg > nargs {
            return Err(l.arg_error(arg, b"no value"));
        }
        let spec = match spec {
            Ok(s) => s,
            Err(m) => return Err(l.lib_error(&m)),
        };
        // Conversions that take numbers read their argument before the
        // spec is validated (the `format_*` functions check it); the rest
        // validate first, as the reference does.
        if !b"diuoxXaAeEfgGp".contains(&spec.conversion())
            && let Err(m) = spec.check()
        {
            return Err(l.lib_error(&m));
        }
        let r = match spec.conversion() {
            b'c' => {
                let n = l.check_integer(arg)?;
                strformat::format_char(&spec, n, &mut out)
            }
            b'd' | b'i' => {
                let n = l.check_integer(arg)?;
                strformat::format_int(&spec, n, &mut out)
            }
            b'u' | b'o' | b'x' | b'X' => {
                let n = l.check_integer(arg)?;
                strformat::format_int(&spec, n, &mut out)
            }
            b'a' | b'A' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let x = l.check_number(arg)?;
                strformat::format_float(&spec, x, &mut out)
            }
            b'p' => {
                let v = l.arg(arg);
                let p = v.identity().map_or(0, |p| p as usize);
                strformat::format_pointer(&spec, p, &mut out)
            }
            b'q' => {
                if spec.has_modifiers() {
                    return Err(l.lib_error(b"specifier '%q' cannot have modifiers"));
                }
                match l.arg(arg) {
                    // SAFETY: a live string argument.
                    Value::Str(s) => {
                        strformat::format_q_string(unsafe { (*s).as_bytes() }, &mut out)
                    }
                    Value::Int(n) => strformat::format_q_int(n, &mut out),
                    Value::Float(x) => strformat::format_q_float(x, &mut out),
                    Value::Nil => out.extend_from_slice(b"nil"),
                    Value::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
                    _ => return Err(l.arg_error(arg, b"value has no literal form")),
                }
                Ok(())
            }
            b's' => {
                let v = l.arg(arg);
                let s = l.to_display_string(v)?;
                if spec.has_modifiers() && s.contains(&0) {
                    return Err(l.arg_error(arg, b"string contains zeros"));
                }
                strformat::format_str(&spec, &s, &mut out)
            }
            _ => Err(b"invalid conversion".to_vec()),
        };
        if let Err(m) = r {
            return Err(l.lib_error(&m));
        }
    }
    l.push_bytes(&out)?;
    Ok(1)
}

// ---- pattern matching ----

/// `init` of `find`/`match`/`gmatch` as a 0-based offset (the reference's
/// `posrelatI(init, len) - 1`); may exceed `len`.
fn init_offset(init: i64, len: usize) -> usize {
    let p = if init > 0 {
        usize::try_from(init).unwrap_or(usize::MAX)
    } else if init == 0 || init.unsigned_abs() > len as u64 {
        1
    } else {
        len - init.unsigned_abs() as usize + 1
    };
    p - 1
}

/// Pushes one capture: a substring, or a position (1-based).
fn push_capture(l: &mut LuaState, src: &[u8], cap: Capture) -> LResult<()> {
    match cap {
        Capture::Range(a, b) => l.push_bytes(src.get(a..b).unwrap_or_default()),
        Capture::Position(p) => l.push_checked(Value::Int(p as i64 + 1)),
    }
}

fn push_captures(l: &mut LuaState, src: &[u8], caps: &[Capture]) -> LResult<usize> {
    check_stack(l, caps.len(), "too many captures")?;
    for &c in caps {
        push_capture(l, src, c)?;
    }
    Ok(caps.len())
}

fn find(l: &mut LuaState) -> LResult<usize> {
    find_aux(l, true)
}

fn match_(l: &mut LuaState) -> LResult<usize> {
    find_aux(l, false)
}

/// `string.find` and `string.match`.
fn find_aux(l: &mut LuaState, is_find: bool) -> LResult<usize> {
    let s = l.check_bytes(1)?;
    let p = l.check_bytes(2)?;
    let init = init_offset(l.opt_integer(3, 1)?, s.len());
    if init > s.len() {
        l.push_checked(Value::Nil)?;
        return Ok(1);
    }
    if is_find && (!l.arg(4).is_falsy() || !pattern::has_specials(p)) {
        return match pattern::find_plain(s, p, init) {
            Some(at) => {
                l.push_checked(Value::Int(at as i64 + 1))?;
                l.push_checked(Value::Int((at + p.len()) as i64))?;
                Ok(2)
            }
            None => {
                l.push_checked(Value::Nil)?;
                Ok(1)
            }
        };
    }
    match pattern::find(s, p, init) {
        Err(m) => Err(l.lib_error(&m)),
        Ok(None) => {
            l.push_checked(Value::Nil)?;
            Ok(1)
        }
        Ok(Some(m)) if is_find => {
            l.push_checked(Value::Int(m.start as i64 + 1))?;
            l.push_checked(Value::Int(m.end as i64))?;
            Ok(2 + push_captures(l, s, &m.captures)?)
        }
        Ok(Some(m)) => {
            if m.captures.is_empty() {
                push_captures(l, s, &[Capture::Range(m.start, m.end)])
            } else {
                push_captures(l, s, &m.captures)
            }
        }
    }
}

/// Upvalues of a `gmatch` iterator.
const GM_SUBJECT: usize = 0;
const GM_PATTERN: usize = 1;
/// Where the next search starts (0-based).
const GM_POS: usize = 2;
/// End of the last match, -1 for none.
const GM_LAST: usize = 3;

fn gmatch(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_lstr(1)?;
    let p = l.check_lstr(2)?;
    // SAFETY: the argument slot keeps the string alive.
    let len = unsafe { (*s).as_bytes().len() };
    // Past the end: no match at all (clamped to avoid overflows).
    let init = init_offset(l.opt_integer(3, 1)?, len).min(len + 1);
    let c = CClosure::alloc(l.heap(), crate::object::CFunc::Native(gmatch_aux), 4)
        .map_err(|_| l.memory_error())?;
    // SAFETY: a fresh closure with four upvalues. (A fresh object is never
    // black, so these stores need no write barrier; later updates store
    // only integers.)
    let uv = unsafe { (*c).upvals_mut() };
    if let [subject, pat, pos, last] = uv {
        *subject = Value::Str(s);
        *pat = Value::Str(p);
        *pos = Value::Int(init as i64);
        *last = Value::Int(-1);
    }
    l.push_checked(Value::CClosure(c))?;
    Ok(1)
}

fn gmatch_aux(l: &mut LuaState) -> LResult<usize> {
    let Value::CClosure(me) = l.at(l.ci().func) else {
        return Ok(0);
    };
    // SAFETY: the running closure is live and was built by `gmatch`.
    let uv = unsafe { (*me).upvals() };
    let get = |i: usize| uv.get(i).copied().unwrap_or(Value::Nil);
    let (Value::Str(s), Value::Str(p), Value::Int(pos), Value::Int(last)) =
        (get(GM_SUBJECT), get(GM_PATTERN), get(GM_POS), get(GM_LAST))
    else {
        return Ok(0);
    };
    // SAFETY: the upvalues keep both strings alive during the call.
    let (src, pat) = unsafe { ((*s).as_bytes(), (*p).as_bytes()) };
    let pattern = pattern::Pattern::compile(pat);
    let mut state = pattern::GmatchState {
        pos: usize::try_from(pos).unwrap_or(0),
        last_match: usize::try_from(last).ok(),
    };
    let found = pattern::gmatch_next(src, &pattern, &mut state);
    let mut caps = Vec::new();
    let r = match found {
        Ok(Some((m, start, end))) => m.captures(Some((start, end)), &mut caps),
        Ok(None) => return Ok(0),
        Err(e) => Err(e),
    };
    if let Err(m) = r {
        return Err(l.lib_error(&m));
    }
    // SAFETY: as above; nothing ran since `uv` was read.
    let uv = unsafe { (*me).upvals_mut() };
    if let Some(v) = uv.get_mut(GM_POS) {
        *v = Value::Int(state.pos as i64);
    }
    if let Some(v) = uv.get_mut(GM_LAST) {
        *v = Value::Int(state.last_match.map_or(-1, |e| e as i64));
    }
    push_captures(l, src, &caps)
}

fn gsub(l: &mut LuaState) -> LResult<usize> {
    let src = l.check_bytes(1)?;
    let p = l.check_bytes(2)?;
    let repl = l.arg(3);
    let max_n = l.opt_integer(4, src.len() as i64 + 1)?;
    let kind = repl.type_tag();
    if !matches!(
        kind,
        crate::value::TNUMBER
            | crate::value::TSTRING
            | crate::value::TFUNCTION
            | crate::value::TTABLE
    ) {
        return Err(l.arg_type_error(3, "string/function/table"));
    }
    // A number replacement is used as its string form.
    let repl_str: &[u8] = if matches!(kind, crate::value::TNUMBER | crate::value::TSTRING) {
        l.check_bytes(3)?
    } else {
        b""
    };
    let mut out = Vec::new();
    let r = pattern::gsub(src, p, max_n, &mut out, |m, s, e, out| match kind {
        crate::value::TFUNCTION => {
            let mut caps = Vec::new();
            m.captures(Some((s, e)), &mut caps)
                .map_err(|msg| l.lib_error(&msg))?;
            l.ensure_stack(1)?;
            let func = l.top;
            l.push(repl);
            push_captures(l, src, &caps)?;
            l.call(func, 1)?;
            let v = l.pop();
            add_value(l, v, src, s, e, out)
        }
        crate::value::TTABLE => {
            let key = m.capture(0, s, e).map_err(|msg| l.lib_error(&msg))?;
            push_capture(l, src, key)?;
            let k = l.pop();
            let v = l.index(repl, k, crate::vm::debug::VarRef::None)?;
            add_value(l, v, src, s, e, out)
        }
        _ => {
            m.add_replacement(repl_str, s, e, out)
                .map_err(|msg| l.lib_error(&msg))?;
            Ok(true)
        }
    });
    let (n, changed) = match r {
        Ok(r) => r,
        Err(pattern::GsubError::Pattern(m)) => return Err(l.lib_error(&m)),
        Err(pattern::GsubError::Replace(st)) => return Err(st),
    };
    if changed {
        l.push_bytes(&out)?;
    } else {
        l.push_checked(l.arg(1))?;
    }
    l.push_checked(Value::Int(n))?;
    Ok(2)
}

/// Appends the value a function or table gave for the match `s..e`:
/// false/nil keep the original text (returns `false`: nothing changed).
fn add_value(
    l: &mut LuaState,
    v: Value,
    src: &[u8],
    s: usize,
    e: usize,
    out: &mut Vec<u8>,
) -> LResult<bool> {
    match v {
        Value::Nil | Value::Bool(false) => {
            out.extend_from_slice(src.get(s..e).unwrap_or_default());
            Ok(false)
        }
        // SAFETY: a live string, copied at once.
        Value::Str(r) => {
            out.extend_from_slice(unsafe { (*r).as_bytes() });
            Ok(true)
        }
        Value::Int(_) | Value::Float(_) => {
            crate::vm::arith::fmt_number(&v, out);
            Ok(true)
        }
        _ => {
            let m = format!("invalid replacement value (a {})", v.type_name());
            Err(l.lib_error(m.as_bytes()))
        }
    }
}

// ---- arithmetic metamethods of strings ----

const ARITH_MM: &[(&str, crate::value::NativeFn)] = &[
    ("__add", mm_add),
    ("__sub", mm_sub),
    ("__mul", mm_mul),
    ("__mod", mm_mod),
    ("__pow", mm_pow),
    ("__div", mm_div),
    ("__idiv", mm_idiv),
    ("__unm", mm_unm),
];

fn string_arith(l: &mut LuaState, ev: TmEvent, name: &str) -> LResult<usize> {
    let a = l.arg(1);
    let b = l.arg(2);
    if let (Some(x), Some(y)) = (arith::coerce_to_number(&a), arith::coerce_to_number(&b)) {
        let r = l.arith_slow(
            ev,
            x,
            y,
            crate::vm::debug::VarRef::None,
            crate::vm::debug::VarRef::None,
        )?;
        l.push_checked(r)?;
        return Ok(1);
    }
    // Not both numeric: the second operand's own metamethod, if it is not
    // a string, gets a chance; otherwise this is an error.
    let tm = if matches!(b, Value::Str(_)) {
        Value::Nil
    } else {
        l.get_metafield(&b, name.as_bytes())
    };
    if tm.is_nil() {
        let mut m = b"attempt to ".to_vec();
        m.extend_from_slice(&name.as_bytes()[2..]);
        m.extend_from_slice(b" a '");
        m.extend_from_slice(a.type_name().as_bytes());
        m.extend_from_slice(b"' with a '");
        m.extend_from_slice(b.type_name().as_bytes());
        m.push(b'\'');
        return Err(l.lib_error(&m));
    }
    let r = l.call_value(tm, &[a, b])?;
    l.push_checked(r)?;
    Ok(1)
}

fn mm_add(l: &mut LuaState) -> LResult<usize> {
    string_arith(l, TmEvent::Add, "__add")
}
fn mm_sub(l: &mut LuaState) -> LResult<usize> {
    string_arith(l, TmEvent::Sub, "__sub")
}
fn mm_mul(l: &mut LuaState) -> LResult<usize> {
    string_arith(l, TmEvent::Mul, "__mul")
}
fn mm_mod(l: &mut LuaState) -> LResult<usize> {
    string_arith(l, TmEvent::Mod, "__mod")
}
fn mm_pow(l: &mut LuaState) -> LResult<usize> {
    string_arith(l, TmEvent::Pow, "__pow")
}
fn mm_div(l: &mut LuaState) -> LResult<usize> {
    string_arith(l, TmEvent::Div, "__div")
}
fn mm_idiv(l: &mut LuaState) -> LResult<usize> {
    string_arith(l, TmEvent::IDiv, "__idiv")
}
fn mm_unm(l: &mut LuaState) -> LResult<usize> {
    string_arith(l, TmEvent::Unm, "__unm")
}

/// `string.dump(f [, strip])`: the binary chunk of a Lua function.
fn dump(l: &mut LuaState) -> LResult<usize> {
    let f = l.arg(1);
    if !f.is_function() {
        return Err(l.arg_type_error(1, "function"));
    }
    let strip = !l.arg(2).is_falsy();
    let Value::LuaFn(c) = f else {
        return Err(l.lib_error(b"unable to dump given function"));
    };
    // SAFETY: a live closure and its prototype.
    let bytes = unsafe { crate::chunk::dump::dump((*c).proto(), (*c).nupvals as usize, strip) };
    l.push_bytes(&bytes)?;
    Ok(1)
}
