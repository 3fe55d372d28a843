//! `string.pack`, `string.packsize` and `string.unpack`: the binary format
//! language of Lua 5.4, with the reference's sizes (those of a 64-bit
//! Linux build), alignment rules and error messages.
//!
//! A format is read one option at a time (`next_option`), interleaved with
//! the argument checks, because the reference checks in that order: a bad
//! option after a bad argument reports the argument. The format ends at its
//! first NUL byte, as the reference reads it as a C string.
//!
//! Invariants: an option's size is at most `MAX_CHAR_SIZE` (from `c`, whose
//! digits are read with the reference's bound) or `MAX_INT_SIZE` (integers
//! and `s` lengths), so every size and alignment fits in `usize` without
//! overflow; an alignment is applied only when it is a power of two not
//! above `Header::maxalign`; every read of the data string is bounds-checked
//! before it happens (the checks are the reference's "data string too
//! short"), and slices are taken with `get`.
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;

/// Largest integer a format may pack (`MAXINTSIZE`).
const MAX_INT_SIZE: usize = 16;

/// Size of a Lua integer.
const SZINT: usize = 8;

/// The reference's `MAXSIZE` (`INT_MAX` on 64-bit systems): the bound of a
/// numeral in a format and of `packsize`'s result.
const MAX_SIZE: usize = i32::MAX as usize;

/// Native alignment of the strictest type (`offsetof(struct cD, u)`).
const NATIVE_MAX_ALIGN: usize = 8;

/// Largest size a numeral in a format can give (`getnum` stops reading
/// digits once the value exceeds `(MAX_SIZE - 9) / 10`).
#[cfg(test)]
const MAX_CHAR_SIZE: usize = 2_147_483_639;

/// The state a format carries from option to option.
struct Header {
    little: bool,
    maxalign: usize,
}

impl Header {
    fn new() -> Self {
        Header {
            little: cfg!(target_endian = "little"),
            maxalign: 1,
        }
    }
}

/// The kinds of options.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// Signed integer.
    Int,
    /// Unsigned integer.
    Uint,
    /// C `float`.
    Float,
    /// Lua number (`n`) or C `double` (`d`): both are `f64` here.
    Double,
    /// Fixed-size string `cN`.
    Char,
    /// String preceded by its length `sN`.
    Str,
    /// Zero-terminated string.
    Zstr,
    /// One byte of padding `x`.
    Padding,
    /// Alignment padding `X`.
    PadAlign,
    /// Endianness, alignment or space: consumes no argument.
    Nop,
}

/// A format error: either `luaL_error` text or a `bad argument #1`.
enum FmtError {
    Msg(Vec<u8>),
    Arg1(&'static [u8]),
}

fn raise(l: &mut LuaState, e: FmtError) -> crate::vm::error::Status {
    match e {
        FmtError::Msg(m) => l.lib_error(&m),
        FmtError::Arg1(m) => l.arg_error(1, m),
    }
}

/// A cursor over a format (already cut at its first NUL).
struct Format<'a> {
    fmt: &'a [u8],
    pos: usize,
}

impl Format<'_> {
    fn peek(&self) -> Option<u8> {
        self.fmt.get(self.pos).copied()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.fmt.len()
    }

    /// A numeral, or `default` when none follows (`getnum`).
    fn number(&mut self, default: usize) -> Option<usize> {
        match self.peek() {
            Some(c) if c.is_ascii_digit() => {}
            _ => return (default != usize::MAX).then_some(default),
        }
        let mut a: usize = 0;
        while let Some(c) = self.peek().filter(u8::is_ascii_digit) {
            a = a * 10 + usize::from(c - b'0');
            self.pos += 1;
            if a > (MAX_SIZE - 9) / 10 {
                break;
            }
        }
        Some(a)
    }

    /// A size between 1 and `MAX_INT_SIZE` (`getnumlimit`).
    fn limited(&mut self, default: usize) -> Result<usize, FmtError> {
        let sz = self.number(default).unwrap_or(default);
        if sz == 0 || sz > MAX_INT_SIZE {
            return Err(FmtError::Msg(
                format!("integral size ({sz}) out of limits [1,{MAX_INT_SIZE}]").into_bytes(),
            ));
        }
        Ok(sz)
    }

    /// Reads one option: its kind and size (`getoption`).
    fn option(&mut self, h: &mut Header) -> Result<(Kind, usize), FmtError> {
        let Some(opt) = self.peek() else {
            return Ok((Kind::Nop, 0));
        };
        self.pos += 1;
        Ok(match opt {
            b'b' => (Kind::Int, 1),
            b'B' => (Kind::Uint, 1),
            b'h' => (Kind::Int, 2),
            b'H' => (Kind::Uint, 2),
            b'l' | b'j' => (Kind::Int, 8),
            b'L' | b'J' | b'T' => (Kind::Uint, 8),
            b'f' => (Kind::Float, 4),
            b'n' | b'd' => (Kind::Double, 8),
            b'i' => (Kind::Int, self.limited(4)?),
            b'I' => (Kind::Uint, self.limited(4)?),
            b's' => (Kind::Str, self.limited(8)?),
            b'c' => match self.number(usize::MAX) {
                Some(n) => (Kind::Char, n),
                None => {
                    return Err(FmtError::Msg(
                        b"missing size for format option 'c'".to_vec(),
                    ));
                }
            },
            b'z' => (Kind::Zstr, 0),
            b'x' => (Kind::Padding, 1),
            b'X' => (Kind::PadAlign, 0),
            b' ' => (Kind::Nop, 0),
            b'<' => {
                h.little = true;
                (Kind::Nop, 0)
            }
            b'>' => {
                h.little = false;
                (Kind::Nop, 0)
            }
            b'=' => {
                h.little = cfg!(target_endian = "little");
                (Kind::Nop, 0)
            }
            b'!' => {
                h.maxalign = self.limited(NATIVE_MAX_ALIGN)?;
                (Kind::Nop, 0)
            }
            _ => {
                let mut m = b"invalid format option '".to_vec();
                m.push(opt);
                m.push(b'\'');
                return Err(FmtError::Msg(m));
            }
        })
    }

    /// Reads one option with its alignment padding for a result of
    /// `total` bytes so far (`getdetails`): (kind, size, padding).
    fn next_option(
        &mut self,
        h: &mut Header,
        total: usize,
    ) -> Result<(Kind, usize, usize), FmtError> {
        let (kind, size) = self.option(h)?;
        let mut align = size;
        if kind == Kind::PadAlign {
            // 'X' takes its alignment from the option after it, which is
            // consumed without packing anything.
            let bad = FmtError::Arg1(b"invalid next option for option 'X'");
            if self.at_end() {
                return Err(bad);
            }
            let (next, next_size) = self.option(h)?;
            if next == Kind::Char || next_size == 0 {
                return Err(bad);
            }
            align = next_size;
        }
        let pad = if align <= 1 || kind == Kind::Char {
            0
        } else {
            let align = align.min(h.maxalign);
            if !align.is_power_of_two() {
                return Err(FmtError::Arg1(b"format asks for alignment not power of 2"));
            }
            (align - (total & (align - 1))) & (align - 1)
        };
        Ok((kind, size, pad))
    }
}

/// The format argument, up to its first NUL.
fn format_arg<'a>(l: &mut LuaState) -> LResult<Format<'a>> {
    let fmt = l.check_bytes(1)?;
    let end = fmt.iter().position(|&c| c == 0).unwrap_or(fmt.len());
    Ok(Format {
        fmt: fmt.get(..end).unwrap_or_default(),
        pos: 0,
    })
}

/// Appends `n` as a `size`-byte integer; bytes beyond the eighth are the
/// sign extension (`neg`) of the 64-bit value.
fn pack_int(out: &mut Vec<u8>, n: u64, little: bool, size: usize, neg: bool) {
    let mut bytes = [0u8; MAX_INT_SIZE];
    let fill = if neg { 0xff } else { 0 };
    for (i, b) in bytes.iter_mut().enumerate().take(size) {
        *b = if i < SZINT {
            (n >> (8 * i)) as u8
        } else {
            fill
        };
    }
    let bytes = bytes.get(..size).unwrap_or_default();
    if little {
        out.extend_from_slice(bytes);
    } else {
        out.extend(bytes.iter().rev());
    }
}

/// Reads a `bytes.len()`-byte integer. Beyond eight bytes, the extra bytes
/// must be the sign extension, or "N-byte integer does not fit".
fn unpack_int(l: &mut LuaState, bytes: &[u8], little: bool, signed: bool) -> LResult<i64> {
    let size = bytes.len();
    let byte = |i: usize| {
        let idx = if little { i } else { size - 1 - i };
        bytes.get(idx).copied().unwrap_or(0)
    };
    let mut res: u64 = 0;
    for i in (0..size.min(SZINT)).rev() {
        res = (res << 8) | u64::from(byte(i));
    }
    if size < SZINT {
        if signed && size > 0 {
            let mask = 1u64 << (size * 8 - 1);
            res = (res ^ mask).wrapping_sub(mask);
        }
    } else if size > SZINT {
        let fill = if !signed || (res as i64) >= 0 {
            0
        } else {
            0xff
        };
        if (SZINT..size).any(|i| byte(i) != fill) {
            let m = format!("{size}-byte integer does not fit into Lua Integer");
            return Err(l.lib_error(m.as_bytes()));
        }
    }
    Ok(res as i64)
}

/// Grows `out` by `n` bytes of `b`, reporting a failed allocation as the
/// reference's memory error.
fn fill(l: &mut LuaState, out: &mut Vec<u8>, n: usize, b: u8) -> LResult<()> {
    if out.try_reserve(n).is_err() {
        return Err(l.memory_error());
    }
    out.resize(out.len() + n, b);
    Ok(())
}

pub fn pack(l: &mut LuaState) -> LResult<usize> {
    let mut f = format_arg(l)?;
    let mut h = Header::new();
    let mut out: Vec<u8> = Vec::new();
    // The reference pushes a nil above the arguments (a separator for its
    // buffer), so a missing argument reports "got nil", not "no value".
    l.push_checked(Value::Nil)?;
    let mut arg = 1;
    while !f.at_end() {
        let total = out.len();
        let (kind, size, pad) = f.next_option(&mut h, total).map_err(|e| raise(l, e))?;
        fill(l, &mut out, pad, 0)?;
        arg += 1;
        match kind {
            Kind::Int => {
                let n = l.check_integer(arg)?;
                if size < SZINT {
                    let lim = 1i64 << (size * 8 - 1);
                    if !(-lim <= n && n < lim) {
                        return Err(l.arg_error(arg, b"integer overflow"));
                    }
                }
                pack_int(&mut out, n as u64, h.little, size, n < 0);
            }
            Kind::Uint => {
                let n = l.check_integer(arg)?;
                if size < SZINT && (n as u64) >= 1u64 << (size * 8) {
                    return Err(l.arg_error(arg, b"unsigned overflow"));
                }
                pack_int(&mut out, n as u64, h.little, size, false);
            }
            Kind::Float => {
                // Rounded to the nearest `float`, as C's conversion does.
                let x = l.check_number(arg)? as f32;
                let b = if h.little {
                    x.to_le_bytes()
                } else {
                    x.to_be_bytes()
                };
                out.extend_from_slice(&b);
            }
            Kind::Double => {
                let x = l.check_number(arg)?;
                let b = if h.little {
                    x.to_le_bytes()
                } else {
                    x.to_be_bytes()
                };
                out.extend_from_slice(&b);
            }
            Kind::Char => {
                let s = l.check_bytes(arg)?;
                if s.len() > size {
                    return Err(l.arg_error(arg, b"string longer than given size"));
                }
                fill(l, &mut out, size, 0)?;
                let start = out.len() - size;
                if let Some(dst) = out.get_mut(start..start + s.len()) {
                    dst.copy_from_slice(s);
                }
            }
            Kind::Str => {
                let s = l.check_bytes(arg)?;
                if size < SZINT && (s.len() as u64) >= 1u64 << (size * 8) {
                    return Err(l.arg_error(arg, b"string length does not fit in given size"));
                }
                pack_int(&mut out, s.len() as u64, h.little, size, false);
                if out.try_reserve(s.len()).is_err() {
                    return Err(l.memory_error());
                }
                out.extend_from_slice(s);
            }
            Kind::Zstr => {
                let s = l.check_bytes(arg)?;
                if s.contains(&0) {
                    return Err(l.arg_error(arg, b"string contains zeros"));
                }
                if out.try_reserve(s.len() + 1).is_err() {
                    return Err(l.memory_error());
                }
                out.extend_from_slice(s);
                out.push(0);
            }
            Kind::Padding => {
                out.push(0);
                arg -= 1;
            }
            Kind::PadAlign | Kind::Nop => arg -= 1,
        }
    }
    l.push_bytes(&out)?;
    Ok(1)
}

pub fn packsize(l: &mut LuaState) -> LResult<usize> {
    let mut f = format_arg(l)?;
    let mut h = Header::new();
    let mut total: usize = 0;
    while !f.at_end() {
        let (kind, size, pad) = f.next_option(&mut h, total).map_err(|e| raise(l, e))?;
        if matches!(kind, Kind::Str | Kind::Zstr) {
            return Err(l.arg_error(1, b"variable-length format"));
        }
        let size = size + pad;
        if total > MAX_SIZE.saturating_sub(size) {
            return Err(l.arg_error(1, b"format result too large"));
        }
        total += size;
    }
    l.push_checked(Value::Int(total as i64))?;
    Ok(1)
}

pub fn unpack(l: &mut LuaState) -> LResult<usize> {
    let mut f = format_arg(l)?;
    let data = l.check_bytes(2)?;
    let ld = data.len();
    let init = l.opt_integer(3, 1)?;
    // posrelatI(init, ld) - 1
    let mut pos = if init > 0 {
        usize::try_from(init).unwrap_or(usize::MAX) - 1
    } else if init == 0 || init.unsigned_abs() > ld as u64 {
        0
    } else {
        ld - init.unsigned_abs() as usize
    };
    if pos > ld {
        return Err(l.arg_error(3, b"initial position out of string"));
    }
    let mut h = Header::new();
    let mut n = 0;
    while !f.at_end() {
        let (kind, size, pad) = f.next_option(&mut h, pos).map_err(|e| raise(l, e))?;
        if pad + size > ld - pos {
            return Err(l.arg_error(2, b"data string too short"));
        }
        pos += pad;
        super::string::check_stack(l, 2, "too many results")?;
        n += 1;
        let item = data.get(pos..pos + size).unwrap_or_default();
        match kind {
            Kind::Int | Kind::Uint => {
                let v = unpack_int(l, item, h.little, kind == Kind::Int)?;
                l.push(Value::Int(v));
            }
            Kind::Float => {
                let mut b = [0u8; 4];
                b.copy_from_slice(item.get(..4).unwrap_or(&[0; 4]));
                let x = if h.little {
                    f32::from_le_bytes(b)
                } else {
                    f32::from_be_bytes(b)
                };
                l.push(Value::Float(f64::from(x)));
            }
            Kind::Double => {
                let mut b = [0u8; 8];
                b.copy_from_slice(item.get(..8).unwrap_or(&[0; 8]));
                let x = if h.little {
                    f64::from_le_bytes(b)
                } else {
                    f64::from_be_bytes(b)
                };
                l.push(Value::Float(x));
            }
            Kind::Char => l.push_bytes(item)?,
            Kind::Str => {
                let len = unpack_int(l, item, h.little, false)? as u64;
                let avail = ld - pos - size;
                if len > avail as u64 {
                    return Err(l.arg_error(2, b"data string too short"));
                }
                let len = len as usize;
                let start = pos + size;
                l.push_bytes(data.get(start..start + len).unwrap_or_default())?;
                pos += len;
            }
            Kind::Zstr => {
                let rest = data.get(pos..).unwrap_or_default();
                let len = rest.iter().position(|&c| c == 0).unwrap_or(rest.len());
                if pos + len >= ld {
                    return Err(l.arg_error(2, b"unfinished string for format 'z'"));
                }
                l.push_bytes(rest.get(..len).unwrap_or_default())?;
                pos += len + 1;
            }
            Kind::PadAlign | Kind::Padding | Kind::Nop => n -= 1,
        }
        pos += size;
    }
    l.push_checked(Value::Int(pos as i64 + 1))?;
    Ok(n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(fmt: &[u8]) -> Result<Vec<(Kind, usize, usize)>, Vec<u8>> {
        let mut f = Format { fmt, pos: 0 };
        let mut h = Header::new();
        let mut total = 0;
        let mut v = Vec::new();
        while !f.at_end() {
            match f.next_option(&mut h, total) {
                Ok((k, s, p)) => {
                    total += s + p;
                    v.push((k, s, p));
                }
                Err(FmtError::Msg(m)) => return Err(m),
                Err(FmtError::Arg1(m)) => return Err(m.to_vec()),
            }
        }
        Ok(v)
    }

    #[test]
    fn sizes_and_alignment() {
        assert_eq!(
            options(b"!4 b i"),
            Ok(vec![
                (Kind::Nop, 0, 0),
                (Kind::Nop, 0, 0),
                (Kind::Int, 1, 0),
                (Kind::Nop, 0, 0),
                (Kind::Int, 4, 3)
            ])
        );
        assert_eq!(
            options(b"i3!4bi3"),
            Err(b"format asks for alignment not power of 2".to_vec())
        );
        assert_eq!(
            options(b"i17"),
            Err(b"integral size (17) out of limits [1,16]".to_vec())
        );
        assert_eq!(
            options(b"c"),
            Err(b"missing size for format option 'c'".to_vec())
        );
        assert_eq!(
            options(b"Xc1"),
            Err(b"invalid next option for option 'X'".to_vec())
        );
        // Digits stop once the value passes the bound: "99" is left over.
        assert_eq!(
            options(b"c99999999999"),
            Err(b"invalid format option '9'".to_vec())
        );
        let mut f = Format {
            fmt: b"c99999999999",
            pos: 0,
        };
        assert_eq!(
            f.option(&mut Header::new()).ok().map(|o| o.1),
            Some(999_999_999)
        );
        let mut f = Format {
            fmt: b"c2147483639",
            pos: 0,
        };
        assert_eq!(
            f.option(&mut Header::new()).ok().map(|o| o.1),
            Some(MAX_CHAR_SIZE)
        );
    }

    #[test]
    fn int_bytes() {
        let mut out = Vec::new();
        pack_int(&mut out, (-2i64) as u64, true, 10, true);
        assert_eq!(
            out,
            [0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]
        );
        out.clear();
        pack_int(&mut out, 0x0102, false, 3, false);
        assert_eq!(out, [0, 1, 2]);
    }
}
