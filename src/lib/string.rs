//! The string library (the part needed so far: `len sub upper lower rep
//! byte char reverse format`) and the string metatable, whose arithmetic
//! metamethods coerce numeric strings as the reference does.
use crate::value::Value;
use crate::vm::arith;
use crate::vm::error::LResult;
use crate::vm::opcode::TmEvent;
use crate::vm::state::LuaState;

use super::strformat::{self, Piece};

/// Largest string the library builds (the reference's MAXSIZE on 64 bits,
/// bounded by what a Lua integer can count).
const MAX_STRING_SIZE: usize = i32::MAX as usize;

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("byte", byte),
    ("char", char),
    ("format", format),
    ("len", len),
    ("lower", lower),
    ("rep", rep),
    ("reverse", reverse),
    ("sub", sub),
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
    if n <= 0 {
        l.push_bytes(b"")?;
        return Ok(1);
    }
    let total = (s.len() as u128 + sep.len() as u128) * n as u128 - sep.len() as u128;
    if total > MAX_STRING_SIZE as u128 {
        return Err(l.lib_error(b"resulting string too large"));
    }
    let mut out = Vec::new();
    if out.try_reserve(total as usize).is_err() {
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
    l.ensure_stack(n)?;
    for &c in &s[i - 1..j] {
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
