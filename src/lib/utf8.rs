//! The `utf8` library: `char`, `charpattern`, `codes`, `codepoint`, `len`,
//! `offset`, with the reference's decoding rules and errors.
//!
//! Decoding follows the original UTF-8 definition the reference uses:
//! sequences of up to six bytes encode values up to 2^31 - 1; overlong
//! forms are always invalid; in strict mode (the default) values above
//! U+10FFFF and surrogates are invalid too, while `lax` accepts them.
//! A sequence cut short by the end of the string reads the NUL byte that
//! terminates every Lua string, which is never a continuation byte, so it
//! is invalid; `decode` models that by reading 0 past the end.
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;

/// Largest Unicode code point.
const MAX_UNICODE: u32 = 0x10FFFF;

/// Largest value the extended encoding can hold.
const MAX_UTF: u32 = 0x7FFF_FFFF;

const MSG_INVALID: &[u8] = b"invalid UTF-8 code";

/// The pattern matching one UTF-8 character (`utf8.charpattern`).
const CHAR_PATTERN: &[u8] = b"[\0-\x7F\xC2-\xFD][\x80-\xBF]*";

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("char", char),
    ("codepoint", codepoint),
    ("codes", codes),
    ("len", len),
    ("offset", offset),
];

pub fn open(l: &mut LuaState) -> LResult<()> {
    let t = super::new_lib(l, b"utf8", FUNCS)?;
    let k = l.new_string(b"charpattern")?;
    let v = l.new_str_value(CHAR_PATTERN)?;
    // SAFETY: a live table.
    unsafe { (*t).set_str(l.heap(), k, v) }.map_err(|_| l.memory_error())?;
    Ok(())
}

fn is_cont(c: u8) -> bool {
    c & 0xC0 == 0x80
}

/// Byte `i` of `s`, NUL at and past the end.
fn byte_at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// Decodes the sequence at `s[i..]`: its value and the offset after it,
/// or `None` if it is invalid.
fn decode(s: &[u8], i: usize, strict: bool) -> Option<(u32, usize)> {
    // Smallest value for each number of continuation bytes (overlong
    // forms are invalid); a lead byte with none is invalid.
    const LIMITS: [u32; 6] = [u32::MAX, 0x80, 0x800, 0x1_0000, 0x20_0000, 0x400_0000];
    let mut c = u32::from(byte_at(s, i));
    let mut res: u32;
    let mut next = i + 1;
    if c < 0x80 {
        res = c;
    } else if c >= 0xFE {
        return None;
    } else {
        res = 0;
        let mut count = 0;
        while c & 0x40 != 0 {
            count += 1;
            let cc = byte_at(s, i + count);
            if !is_cont(cc) {
                return None;
            }
            res = (res << 6) | u32::from(cc & 0x3F);
            c <<= 1;
        }
        res |= (c & 0x7F) << (count * 5);
        if res > MAX_UTF || res < LIMITS.get(count).copied().unwrap_or(u32::MAX) {
            return None;
        }
        next += count;
    }
    if strict && (res > MAX_UNICODE || (0xD800..=0xDFFF).contains(&res)) {
        return None;
    }
    Some((res, next))
}

/// Appends the extended UTF-8 encoding of `x <= MAX_UTF` (what the
/// reference's `%U` produces: up to six bytes).
pub fn encode(x: u32, out: &mut Vec<u8>) {
    if x < 0x80 {
        out.push(x as u8);
        return;
    }
    // Continuation bytes are produced last to first, then the lead byte.
    let mut rev = [0u8; 6];
    let mut n = 0;
    let mut x = x;
    // Largest value that still fits in the lead byte.
    let mut mfb: u32 = 0x3F;
    loop {
        if let Some(b) = rev.get_mut(n) {
            *b = 0x80 | (x & 0x3F) as u8;
        }
        n += 1;
        x >>= 6;
        mfb >>= 1;
        if x <= mfb {
            break;
        }
    }
    if let Some(b) = rev.get_mut(n) {
        *b = ((!mfb << 1) | x) as u8;
    }
    n += 1;
    out.extend(rev.iter().take(n).rev());
}

/// A relative position: negative counts from the end (`u_posrelat`).
fn posrelat(pos: i64, len: usize) -> i64 {
    if pos >= 0 {
        pos
    } else if pos.unsigned_abs() > len as u64 {
        0
    } else {
        len as i64 + pos + 1
    }
}

fn char(l: &mut LuaState) -> LResult<usize> {
    let n = l.nargs();
    let mut out = Vec::new();
    for i in 1..=n {
        let code = l.check_integer(i)? as u64;
        if code > u64::from(MAX_UTF) {
            return Err(l.arg_error(i, b"value out of range"));
        }
        encode(code as u32, &mut out);
    }
    l.push_bytes(&out)?;
    Ok(1)
}

fn len(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_bytes(1)?;
    let slen = s.len() as i64;
    let posi = posrelat(l.opt_integer(2, 1)?, s.len());
    let posj = posrelat(l.opt_integer(3, -1)?, s.len());
    let lax = !l.arg(4).is_falsy();
    if !(1 <= posi && posi - 1 <= slen) {
        return Err(l.arg_error(2, b"initial position out of bounds"));
    }
    let mut posi = posi - 1;
    let posj = posj - 1;
    if posj >= slen {
        return Err(l.arg_error(3, b"final position out of bounds"));
    }
    let mut n: i64 = 0;
    while posi <= posj {
        match decode(s, posi as usize, !lax) {
            Some((_, next)) => {
                posi = next as i64;
                n += 1;
            }
            None => {
                l.push_checked(Value::Nil)?;
                l.push_checked(Value::Int(posi + 1))?;
                return Ok(2);
            }
        }
    }
    l.push_checked(Value::Int(n))?;
    Ok(1)
}

fn codepoint(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_bytes(1)?;
    let posi = posrelat(l.opt_integer(2, 1)?, s.len());
    let pose = posrelat(l.opt_integer(3, posi)?, s.len());
    let lax = !l.arg(4).is_falsy();
    if posi < 1 {
        return Err(l.arg_error(2, b"out of bounds"));
    }
    if pose > s.len() as i64 {
        return Err(l.arg_error(3, b"out of bounds"));
    }
    if posi > pose {
        return Ok(0);
    }
    if pose - posi >= i64::from(i32::MAX) {
        return Err(l.lib_error(b"string slice too long"));
    }
    super::string::check_stack(l, (pose - posi) as usize + 1, "string slice too long")?;
    let end = pose as usize;
    let mut i = posi as usize - 1;
    let mut n = 0;
    while i < end {
        let Some((code, next)) = decode(s, i, !lax) else {
            return Err(l.lib_error(MSG_INVALID));
        };
        l.push(Value::Int(i64::from(code)));
        n += 1;
        i = next;
    }
    Ok(n)
}

fn offset(l: &mut LuaState) -> LResult<usize> {
    let s = l.check_bytes(1)?;
    let slen = s.len() as i64;
    let mut n = l.check_integer(2)?;
    let default = if n >= 0 { 1 } else { slen + 1 };
    let posi = posrelat(l.opt_integer(3, default)?, s.len());
    if !(1 <= posi && posi - 1 <= slen) {
        return Err(l.arg_error(3, b"position out of bounds"));
    }
    let mut posi = (posi - 1) as usize;
    let cont_at = |i: usize| is_cont(byte_at(s, i));
    if n == 0 {
        // The start of the character containing `posi`.
        while posi > 0 && cont_at(posi) {
            posi -= 1;
        }
    } else {
        if cont_at(posi) {
            return Err(l.lib_error(b"initial position is a continuation byte"));
        }
        if n < 0 {
            while n < 0 && posi > 0 {
                posi -= 1;
                while posi > 0 && cont_at(posi) {
                    posi -= 1;
                }
                n += 1;
            }
        } else {
            n -= 1; // the first character is the one at `posi`
            while n > 0 && posi < s.len() {
                posi += 1;
                while cont_at(posi) {
                    posi += 1;
                }
                n -= 1;
            }
        }
    }
    if n == 0 {
        l.push_checked(Value::Int(posi as i64 + 1))?;
    } else {
        l.push_checked(Value::Nil)?;
    }
    Ok(1)
}

fn codes(l: &mut LuaState) -> LResult<usize> {
    let lax = !l.arg(2).is_falsy();
    let s = l.check_bytes(1)?;
    if is_cont(byte_at(s, 0)) {
        return Err(l.arg_error(1, MSG_INVALID));
    }
    let iter: crate::value::NativeFn = if lax { iter_lax } else { iter_strict };
    l.push_checked(Value::Native(iter))?;
    l.push_checked(l.arg(1))?;
    l.push_checked(Value::Int(0))?;
    Ok(3)
}

fn iter_strict(l: &mut LuaState) -> LResult<usize> {
    iter_aux(l, true)
}

fn iter_lax(l: &mut LuaState) -> LResult<usize> {
    iter_aux(l, false)
}

/// One step of `utf8.codes`: the control value is the byte position of
/// the previous character (0 at the start).
fn iter_aux(l: &mut LuaState, strict: bool) -> LResult<usize> {
    let s = l.check_bytes(1)?;
    let len = s.len() as u64;
    let Value::Int(control) = l.arg(2) else {
        // `lua_tointeger` of anything else is 0.
        return iter_from(l, s, coerce_control(l.arg(2)), strict, len);
    };
    iter_from(l, s, control as u64, strict, len)
}

fn coerce_control(v: Value) -> u64 {
    crate::vm::arith::coerce_to_integer(&v).unwrap_or(0) as u64
}

fn iter_from(l: &mut LuaState, s: &[u8], mut n: u64, strict: bool, len: u64) -> LResult<usize> {
    if n < len {
        // Skip the continuation bytes of the previous character.
        while is_cont(byte_at(s, n as usize)) {
            n += 1;
        }
    }
    if n >= len {
        return Ok(0);
    }
    let i = n as usize;
    match decode(s, i, strict) {
        Some((code, next)) if !is_cont(byte_at(s, next)) => {
            l.push_checked(Value::Int(i as i64 + 1))?;
            l.push_checked(Value::Int(i64::from(code)))?;
            Ok(2)
        }
        _ => Err(l.lib_error(MSG_INVALID)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_roundtrip() {
        for &x in &[
            0u32, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x1_0000, 0x10_FFFF, 0x20_0000, MAX_UTF,
        ] {
            let mut b = Vec::new();
            encode(x, &mut b);
            assert_eq!(decode(&b, 0, false), Some((x, b.len())));
        }
        let mut b = Vec::new();
        encode(0x10_FFFF, &mut b);
        assert_eq!(b, "\u{10FFFF}".as_bytes());
        assert_eq!(decode(b"\xED\xA0\x80", 0, true), None); // surrogate
        assert_eq!(decode(b"\xED\xA0\x80", 0, false), Some((0xD800, 3)));
        assert_eq!(decode(b"\xC0\x80", 0, false), None); // overlong
        assert_eq!(decode(b"\xE4\xB8", 0, false), None); // cut short
    }
}
