//! The building blocks of `string.format`, reproducing the reference
//! (Lua 5.4.9 on glibc) byte for byte, errors included.
//!
//! The caller (the string library) owns the loop and the arguments:
//!
//! ```text
//! let mut pos = 0; let mut arg = 1;
//! while let Some((piece, next)) = next_piece(fmt, pos) {
//!     pos = next;
//!     match piece {
//!         Piece::Literal(bytes) => out.extend_from_slice(bytes),
//!         Piece::Conv(spec) => {
//!             arg += 1;
//!             if arg > top { bad argument #arg "no value" }
//!             let spec = spec?;                       // "invalid format (too long)"
//!             match spec.conversion() {
//!                 b'c' => { spec.check()?; n = checkinteger(arg)?; format_char(&spec, n, out)? }
//!                 b'd' | b'i' | b'u' | b'o' | b'x' | b'X' =>
//!                     { n = checkinteger(arg)?; format_int(&spec, n, out)? }
//!                 b'a' | b'A' | b'e' | b'E' | b'f' | b'g' | b'G' =>
//!                     { x = checknumber(arg)?; format_float(&spec, x, out)? }
//!                 b'p' => { p = topointer(arg); format_pointer(&spec, p, out)? }
//!                 b'q' => { spec.check()?;   // "specifier '%q' cannot have modifiers"
//!                           string → format_q_string, integer → format_q_int,
//!                           float → format_q_float, nil/boolean → tostring,
//!                           else bad argument "value has no literal form" }
//!                 b's' => { s = tolstring(arg)?;  // may call __tostring
//!                           if spec.has_modifiers() && s.contains(&0)
//!                               { bad argument #arg "string contains zeros" }
//!                           format_str(&spec, s, out)? }
//!                 _ => return Err(spec.check().unwrap_err()), // "invalid conversion"
//!             }
//!         }
//!     }
//! }
//! ```
//!
//! The order of the calls above is the reference's order of checks, which
//! decides which error a doubly wrong call reports. Error values are the
//! reference's messages without position (the reference raises them from a
//! C function, so `luaL_error` adds none).
//!
//! Invariants: a `Spec` holds '%', at most 21 bytes from "-+ #0123456789."
//! and one conversion byte (any byte, NUL included). Every `format_*`
//! function re-validates the spec for its conversion before formatting, so
//! only well-formed C formats (width and precision of at most two digits)
//! ever reach `snprintf`, and outputs stay small.

use std::ffi::CStr;

use crate::number::{fmt_c_float, fmt_int, locale_decimal_point};

/// Longest accepted run of flag/digit/dot bytes after '%' (the reference
/// rejects a specification of 22 bytes or more, conversion included).
const MAX_SPAN: usize = 20;

/// Bytes a specification may span before its conversion byte.
const SPAN_BYTES: &[u8] = b"-+#0 123456789.";

/// One piece of a format string.
#[derive(Debug, PartialEq)]
pub enum Piece<'a> {
    /// Bytes to copy as they are ("%%" yields the literal "%").
    Literal(&'a [u8]),
    /// A conversion, which consumes one argument. `Err` holds the message
    /// "invalid format (too long)", to be raised after the caller has
    /// checked that the argument exists.
    Conv(Result<Spec, Vec<u8>>),
}

/// One conversion specification: '%', flags, width, precision, conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    form: [u8; MAX_SPAN + 2],
    len: u8,
}

/// Returns the piece of `fmt` starting at `pos` and the position after it,
/// or `None` at the end of `fmt`.
pub fn next_piece(fmt: &[u8], pos: usize) -> Option<(Piece<'_>, usize)> {
    let rest = fmt.get(pos..).filter(|r| !r.is_empty())?;
    if rest[0] != b'%' {
        let n = rest.iter().position(|&c| c == b'%').unwrap_or(rest.len());
        return Some((Piece::Literal(&rest[..n]), pos + n));
    }
    if rest.get(1) == Some(&b'%') {
        return Some((Piece::Literal(&rest[1..2]), pos + 2));
    }
    let span = rest[1..]
        .iter()
        .take_while(|c| SPAN_BYTES.contains(c))
        .count();
    // The conversion byte; past the end it is the NUL that terminates
    // every Lua string, which makes the conversion invalid.
    let conv = rest.get(1 + span).copied().unwrap_or(0);
    let next = pos.saturating_add(2 + span).min(fmt.len());
    if span > MAX_SPAN {
        return Some((
            Piece::Conv(Err(b"invalid format (too long)".to_vec())),
            next,
        ));
    }
    let mut form = [0u8; MAX_SPAN + 2];
    form[0] = b'%';
    form[1..=span].copy_from_slice(&rest[1..=span]);
    form[span + 1] = conv;
    let spec = Spec {
        form,
        len: (span + 2) as u8,
    };
    Some((Piece::Conv(Ok(spec)), next))
}

/// Which flags and whether a precision each conversion accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Char,
    Int,
    Float,
    Pointer,
    Str,
    Quote,
}

impl Kind {
    fn of(conv: u8) -> Option<Kind> {
        Some(match conv {
            b'c' => Kind::Char,
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => Kind::Int,
            b'a' | b'A' | b'e' | b'E' | b'f' | b'g' | b'G' => Kind::Float,
            b'p' => Kind::Pointer,
            b's' => Kind::Str,
            b'q' => Kind::Quote,
            _ => return None,
        })
    }
}

/// Width, precision and the '-' flag of a validated spec.
struct Layout {
    left: bool,
    width: usize,
    precision: Option<usize>,
}

impl Spec {
    /// The whole specification, from '%' to the conversion byte.
    pub fn form(&self) -> &[u8] {
        self.form.get(..usize::from(self.len)).unwrap_or_default()
    }

    /// The conversion byte (`b'd'`, `b's'`, ...; 0 when the format ended).
    pub fn conversion(&self) -> u8 {
        self.form().last().copied().unwrap_or(0)
    }

    /// Whether anything stands between '%' and the conversion byte.
    pub fn has_modifiers(&self) -> bool {
        self.len > 2
    }

    /// The reference's validation of this specification for its
    /// conversion: the accepted flags, a width of at most two digits (not
    /// starting with '0'), a precision of at most two digits where allowed.
    pub fn check(&self) -> Result<(), Vec<u8>> {
        let conv = self.conversion();
        let Some(kind) = Kind::of(conv) else {
            return Err(self.message(b"invalid conversion '", b"' to 'format'"));
        };
        let (flags, precision): (&[u8], bool) = match kind {
            Kind::Char => (b"-", false),
            Kind::Pointer => (b"-", false),
            Kind::Str => (b"-", true),
            Kind::Int => match conv {
                b'd' | b'i' => (b"-+0 ", true),
                b'u' => (b"-0", true),
                _ => (b"-#0", true),
            },
            Kind::Float => (b"-+#0 ", true),
            Kind::Quote => {
                return if self.has_modifiers() {
                    Err(b"specifier '%q' cannot have modifiers".to_vec())
                } else {
                    Ok(())
                };
            }
        };
        let form = self.form();
        let at = |i: usize| form.get(i).copied().unwrap_or(0);
        let mut i = 1;
        while flags.contains(&at(i)) {
            i += 1;
        }
        if at(i) != b'0' {
            i = skip_two_digits(form, i);
            if at(i) == b'.' && precision {
                i = skip_two_digits(form, i + 1);
            }
        }
        if at(i).is_ascii_alphabetic() {
            Ok(())
        } else {
            Err(self.message(b"invalid conversion specification: '", b"'"))
        }
    }

    /// `prefix` + the form (up to a NUL, as C prints it) + `suffix`.
    fn message(&self, prefix: &[u8], suffix: &[u8]) -> Vec<u8> {
        let form = self.form();
        let shown = form.split(|&c| c == 0).next().unwrap_or_default();
        let mut m = Vec::with_capacity(prefix.len() + shown.len() + suffix.len());
        m.extend_from_slice(prefix);
        m.extend_from_slice(shown);
        m.extend_from_slice(suffix);
        m
    }

    /// Checks that the spec is valid and of the given kind.
    fn check_kind(&self, kind: Kind) -> Result<(), Vec<u8>> {
        self.check()?;
        if Kind::of(self.conversion()) == Some(kind) {
            Ok(())
        } else {
            // A caller mixed up conversions; refuse rather than format.
            Err(self.message(b"invalid conversion '", b"' to 'format'"))
        }
    }

    /// Width, precision and justification (meaningful once checked).
    fn layout(&self) -> Layout {
        let form = self.form();
        let body = form
            .get(1..form.len().saturating_sub(1))
            .unwrap_or_default();
        let flags = body.iter().take_while(|c| b"-+ #0".contains(c)).count();
        let left = body[..flags].contains(&b'-');
        let (width, rest) = read_number(&body[flags..]);
        let precision = match rest.split_first() {
            Some((b'.', digits)) => Some(read_number(digits).0),
            _ => None,
        };
        Layout {
            left,
            width,
            precision,
        }
    }

    /// The C format for this spec with `lenmod` inserted before the
    /// conversion, NUL-terminated, in `buf`. `None` if the form holds a
    /// NUL (never after a successful `check`).
    fn c_format<'b>(&self, lenmod: &[u8], buf: &'b mut [u8; MAX_SPAN + 6]) -> Option<&'b CStr> {
        let form = self.form();
        let (head, conv) = form.split_at(form.len().saturating_sub(1));
        // The last byte of `buf` stays 0: the terminator.
        let room = buf.len() - 1;
        for (slot, &c) in buf[..room]
            .iter_mut()
            .zip(head.iter().chain(lenmod).chain(conv))
        {
            *slot = c;
        }
        let text = CStr::from_bytes_until_nul(&buf[..]).ok()?;
        (text.to_bytes().len() == form.len() + lenmod.len()).then_some(text)
    }
}

/// Skips at most two ASCII digits starting at `i`.
fn skip_two_digits(form: &[u8], mut i: usize) -> usize {
    for _ in 0..2 {
        if form.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    i
}

/// Reads a (short, validated) decimal number at the start of `s`.
fn read_number(s: &[u8]) -> (usize, &[u8]) {
    let n = s.iter().take_while(|c| c.is_ascii_digit()).count();
    let value = s[..n].iter().fold(0usize, |v, &c| {
        v.saturating_mul(10).saturating_add(usize::from(c - b'0'))
    });
    (value, &s[n..])
}

/// Appends `text` padded with spaces to `width`, on the left unless `left`.
fn pad(text: &[u8], width: usize, left: bool, out: &mut Vec<u8>) {
    let fill = width.saturating_sub(text.len());
    if !left {
        out.resize(out.len() + fill, b' ');
    }
    out.extend_from_slice(text);
    if left {
        out.resize(out.len() + fill, b' ');
    }
}

/// `%d %i %u %o %x %X` of a Lua integer (`u`, `o`, `x` show it as unsigned).
pub fn format_int(spec: &Spec, n: i64, out: &mut Vec<u8>) -> Result<(), Vec<u8>> {
    spec.check_kind(Kind::Int)?;
    if !spec.has_modifiers() && matches!(spec.conversion(), b'd' | b'i') {
        fmt_int(n, out);
        return Ok(());
    }
    let mut fmt_buf = [0u8; MAX_SPAN + 6];
    let Some(fmt) = spec.c_format(b"ll", &mut fmt_buf) else {
        return Err(spec.message(b"invalid conversion '", b"' to 'format'"));
    };
    let mut buf = [0u8; 128];
    // SAFETY: `fmt` is a C string and, having passed `check_kind`, is
    // one integer conversion with the `ll` modifier, so it takes exactly
    // one `long long`; width and precision are at most 99, so the output
    // fits `buf`, and `snprintf` never writes more than `buf.len()` bytes.
    let len = unsafe {
        libc::snprintf(
            buf.as_mut_ptr().cast(),
            buf.len(),
            fmt.as_ptr().cast(),
            n as libc::c_longlong,
        )
    };
    let len = usize::try_from(len).unwrap_or(0).min(buf.len() - 1);
    out.extend_from_slice(&buf[..len]);
    Ok(())
}

/// `%a %A %e %E %f %g %G` of a float.
pub fn format_float(spec: &Spec, x: f64, out: &mut Vec<u8>) -> Result<(), Vec<u8>> {
    spec.check_kind(Kind::Float)?;
    let mut fmt_buf = [0u8; MAX_SPAN + 6];
    let Some(fmt) = spec.c_format(b"", &mut fmt_buf) else {
        return Err(spec.message(b"invalid conversion '", b"' to 'format'"));
    };
    fmt_c_float(fmt, x, out);
    Ok(())
}

/// `%c`: the byte `n` (truncated to 8 bits, as C does), padded.
pub fn format_char(spec: &Spec, n: i64, out: &mut Vec<u8>) -> Result<(), Vec<u8>> {
    spec.check_kind(Kind::Char)?;
    let layout = spec.layout();
    pad(&[n as u8], layout.width, layout.left, out);
    Ok(())
}

/// `%s` of the string `s` (already converted by `tostring`). Without
/// modifiers, or without precision when `s` has 100 bytes or more, `s` is
/// copied whole; otherwise it is cut to the precision and padded. The
/// caller must have rejected a string with zeros when `spec` has
/// modifiers (an argument error); here C would stop at the first zero.
pub fn format_str(spec: &Spec, s: &[u8], out: &mut Vec<u8>) -> Result<(), Vec<u8>> {
    if !spec.has_modifiers() {
        out.extend_from_slice(s);
        return Ok(());
    }
    spec.check_kind(Kind::Str)?;
    let s = s.split(|&c| c == 0).next().unwrap_or_default();
    let layout = spec.layout();
    match layout.precision {
        None if s.len() >= 100 => out.extend_from_slice(s),
        None => pad(s, layout.width, layout.left, out),
        Some(p) => pad(&s[..p.min(s.len())], layout.width, layout.left, out),
    }
    Ok(())
}

/// `%p` of the address `p` (what `lua_topointer` gives; 0 for values that
/// are not objects, printed as "(null)").
pub fn format_pointer(spec: &Spec, p: usize, out: &mut Vec<u8>) -> Result<(), Vec<u8>> {
    spec.check_kind(Kind::Pointer)?;
    let layout = spec.layout();
    if p == 0 {
        pad(b"(null)", layout.width, layout.left, out);
    } else {
        // glibc prints a non-null "%p" as "%#lx".
        let mut text = Vec::with_capacity(18);
        text.extend_from_slice(b"0x");
        let digits = (usize::BITS - p.leading_zeros()).div_ceil(4);
        for k in (0..digits).rev() {
            let d = (p >> (4 * k)) & 0xf;
            text.push(b"0123456789abcdef"[d]);
        }
        pad(&text, layout.width, layout.left, out);
    }
    Ok(())
}

/// `%q` of a string: a quoted literal that reads back as the same bytes.
pub fn format_q_string(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for (i, &c) in s.iter().enumerate() {
        match c {
            b'"' | b'\\' | b'\n' => {
                out.push(b'\\');
                out.push(c);
            }
            0..=31 | 127 => {
                out.push(b'\\');
                // A following digit would extend the escape: use 3 digits.
                if s.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    out.push(b'0' + c / 100);
                    out.push(b'0' + c / 10 % 10);
                    out.push(b'0' + c % 10);
                } else {
                    fmt_int(i64::from(c), out);
                }
            }
            _ => out.push(c),
        }
    }
    out.push(b'"');
}

/// `%q` of an integer; the minimum integer, which has no decimal literal,
/// is written in hexadecimal.
pub fn format_q_int(n: i64, out: &mut Vec<u8>) {
    if n == i64::MIN {
        out.extend_from_slice(b"0x8000000000000000");
    } else {
        fmt_int(n, out);
    }
}

/// `%q` of a float: hexadecimal ("%a") for finite values, `1e9999`,
/// `-1e9999` and `(0/0)` for the others.
pub fn format_q_float(x: f64, out: &mut Vec<u8>) {
    if x.is_nan() {
        out.extend_from_slice(b"(0/0)");
    } else if x == f64::INFINITY {
        out.extend_from_slice(b"1e9999");
    } else if x == f64::NEG_INFINITY {
        out.extend_from_slice(b"-1e9999");
    } else {
        let start = out.len();
        fmt_c_float(c"%a", x, out);
        // The literal must use a dot whatever the locale's radix mark.
        if let Some(text) = out.get_mut(start..)
            && !text.contains(&b'.')
        {
            let point = locale_decimal_point();
            if let Some(c) = text.iter_mut().find(|c| **c == point) {
                *c = b'.';
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! `string.format` calls run through the caller protocol of the module
    //! documentation; expected outputs and error messages come from the
    //! reference interpreter (`pcall(string.format, ...)`).
    use super::*;
    use crate::number::{float_to_int_exact, fmt_float};

    #[derive(Clone, Copy, Debug)]
    enum A {
        I(i64),
        F(u64),
        S(&'static [u8]),
        Nil,
        B(bool),
    }
    use A::*;

    fn bad_arg(n: usize, msg: &str) -> Vec<u8> {
        format!("bad argument #{n} to 'string.format' ({msg})").into_bytes()
    }

    fn tostring(a: A) -> Vec<u8> {
        let mut out = Vec::new();
        match a {
            I(i) => fmt_int(i, &mut out),
            F(b) => fmt_float(f64::from_bits(b), &mut out),
            S(s) => out.extend_from_slice(s),
            Nil => out.extend_from_slice(b"nil"),
            B(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
        }
        out
    }

    /// A stand-in for the string library's `string.format`.
    fn format(fmt: &[u8], args: &[A]) -> Result<Vec<u8>, Vec<u8>> {
        let mut out = Vec::new();
        let mut pos = 0;
        let mut arg = 1;
        while let Some((piece, next)) = next_piece(fmt, pos) {
            assert!(next > pos);
            pos = next;
            let spec = match piece {
                Piece::Literal(bytes) => {
                    out.extend_from_slice(bytes);
                    continue;
                }
                Piece::Conv(spec) => spec,
            };
            arg += 1;
            let Some(&value) = args.get(arg - 2) else {
                return Err(bad_arg(arg, "no value"));
            };
            let spec = spec?;
            let integer = |v: A| match v {
                I(i) => Ok(i),
                F(b) => float_to_int_exact(f64::from_bits(b))
                    .ok_or_else(|| bad_arg(arg, "number has no integer representation")),
                _ => Err(bad_arg(arg, "number expected")),
            };
            let number = |v: A| match v {
                I(i) => Ok(i as f64),
                F(b) => Ok(f64::from_bits(b)),
                _ => Err(bad_arg(arg, "number expected")),
            };
            match spec.conversion() {
                b'c' => {
                    spec.check()?;
                    format_char(&spec, integer(value)?, &mut out)?;
                }
                b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                    format_int(&spec, integer(value)?, &mut out)?
                }
                b'a' | b'A' | b'e' | b'E' | b'f' | b'g' | b'G' => {
                    format_float(&spec, number(value)?, &mut out)?
                }
                b'p' => format_pointer(&spec, 0, &mut out)?,
                b'q' => {
                    spec.check()?;
                    match value {
                        S(s) => format_q_string(s, &mut out),
                        I(i) => format_q_int(i, &mut out),
                        F(b) => format_q_float(f64::from_bits(b), &mut out),
                        Nil | B(_) => out.extend_from_slice(&tostring(value)),
                    }
                }
                b's' => {
                    let s = tostring(value);
                    if spec.has_modifiers() && s.contains(&0) {
                        return Err(bad_arg(arg, "string contains zeros"));
                    }
                    format_str(&spec, &s, &mut out)?;
                }
                _ => return Err(spec.check().unwrap_err()),
            }
        }
        Ok(out)
    }

    #[test]
    fn format_matches_reference() {
        for &(fmt, args, ref expected) in CASES {
            let got = format(fmt, args);
            let expected = expected.map(<[u8]>::to_vec).map_err(<[u8]>::to_vec);
            assert_eq!(
                got.as_ref().map(|v| String::from_utf8_lossy(v)),
                expected.as_ref().map(|v| String::from_utf8_lossy(v)),
                "format {:?} {args:?}",
                String::from_utf8_lossy(fmt)
            );
            assert_eq!(got, expected);
        }
    }

    #[test]
    fn pointer_formats_like_glibc() {
        let (Some((Piece::Conv(Ok(spec)), _)), Some((Piece::Conv(Ok(wide)), _))) =
            (next_piece(b"%p", 0), next_piece(b"%-20p|", 0))
        else {
            panic!("not a conversion");
        };
        let mut out = Vec::new();
        format_pointer(&spec, 0x55d0_1234_abcd, &mut out).unwrap();
        assert_eq!(out, b"0x55d01234abcd");
        out.clear();
        format_pointer(&wide, 0x10, &mut out).unwrap();
        assert_eq!(out, b"0x10                ");
    }

    #[test]
    fn mismatched_conversion_is_refused() {
        let Some((Piece::Conv(Ok(spec)), _)) = next_piece(b"%s", 0) else {
            panic!("not a conversion");
        };
        let mut out = Vec::new();
        assert!(format_int(&spec, 1, &mut out).is_err());
        assert!(format_float(&spec, 1.0, &mut out).is_err());
        assert!(out.is_empty());
    }

    type Case = (
        &'static [u8],
        &'static [A],
        Result<&'static [u8], &'static [u8]>,
    );
    #[rustfmt::skip]
    const CASES: &[Case] = &[
        (b"%d", &[I(0)], Ok(b"0")),
        (b"%d", &[I(1)], Ok(b"1")),
        (b"%d", &[I(-1)], Ok(b"-1")),
        (b"%d", &[I(255)], Ok(b"255")),
        (b"%d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%d", &[I(42)], Ok(b"42")),
        (b"%d", &[I(1234567)], Ok(b"1234567")),
        (b"%5d", &[I(0)], Ok(b"    0")),
        (b"%5d", &[I(1)], Ok(b"    1")),
        (b"%5d", &[I(-1)], Ok(b"   -1")),
        (b"%5d", &[I(255)], Ok(b"  255")),
        (b"%5d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%5d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%5d", &[I(42)], Ok(b"   42")),
        (b"%5d", &[I(1234567)], Ok(b"1234567")),
        (b"%-5d", &[I(0)], Ok(b"0    ")),
        (b"%-5d", &[I(1)], Ok(b"1    ")),
        (b"%-5d", &[I(-1)], Ok(b"-1   ")),
        (b"%-5d", &[I(255)], Ok(b"255  ")),
        (b"%-5d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%-5d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%-5d", &[I(42)], Ok(b"42   ")),
        (b"%-5d", &[I(1234567)], Ok(b"1234567")),
        (b"%05d", &[I(0)], Ok(b"00000")),
        (b"%05d", &[I(1)], Ok(b"00001")),
        (b"%05d", &[I(-1)], Ok(b"-0001")),
        (b"%05d", &[I(255)], Ok(b"00255")),
        (b"%05d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%05d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%05d", &[I(42)], Ok(b"00042")),
        (b"%05d", &[I(1234567)], Ok(b"1234567")),
        (b"%+d", &[I(0)], Ok(b"+0")),
        (b"%+d", &[I(1)], Ok(b"+1")),
        (b"%+d", &[I(-1)], Ok(b"-1")),
        (b"%+d", &[I(255)], Ok(b"+255")),
        (b"%+d", &[I(9223372036854775807)], Ok(b"+9223372036854775807")),
        (b"%+d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%+d", &[I(42)], Ok(b"+42")),
        (b"%+d", &[I(1234567)], Ok(b"+1234567")),
        (b"% d", &[I(0)], Ok(b" 0")),
        (b"% d", &[I(1)], Ok(b" 1")),
        (b"% d", &[I(-1)], Ok(b"-1")),
        (b"% d", &[I(255)], Ok(b" 255")),
        (b"% d", &[I(9223372036854775807)], Ok(b" 9223372036854775807")),
        (b"% d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"% d", &[I(42)], Ok(b" 42")),
        (b"% d", &[I(1234567)], Ok(b" 1234567")),
        (b"%.3d", &[I(0)], Ok(b"000")),
        (b"%.3d", &[I(1)], Ok(b"001")),
        (b"%.3d", &[I(-1)], Ok(b"-001")),
        (b"%.3d", &[I(255)], Ok(b"255")),
        (b"%.3d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%.3d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%.3d", &[I(42)], Ok(b"042")),
        (b"%.3d", &[I(1234567)], Ok(b"1234567")),
        (b"%10.5d", &[I(0)], Ok(b"     00000")),
        (b"%10.5d", &[I(1)], Ok(b"     00001")),
        (b"%10.5d", &[I(-1)], Ok(b"    -00001")),
        (b"%10.5d", &[I(255)], Ok(b"     00255")),
        (b"%10.5d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%10.5d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%10.5d", &[I(42)], Ok(b"     00042")),
        (b"%10.5d", &[I(1234567)], Ok(b"   1234567")),
        (b"%x", &[I(0)], Ok(b"0")),
        (b"%x", &[I(1)], Ok(b"1")),
        (b"%x", &[I(-1)], Ok(b"ffffffffffffffff")),
        (b"%x", &[I(255)], Ok(b"ff")),
        (b"%x", &[I(9223372036854775807)], Ok(b"7fffffffffffffff")),
        (b"%x", &[I(-9223372036854775808)], Ok(b"8000000000000000")),
        (b"%x", &[I(42)], Ok(b"2a")),
        (b"%x", &[I(1234567)], Ok(b"12d687")),
        (b"%X", &[I(0)], Ok(b"0")),
        (b"%X", &[I(1)], Ok(b"1")),
        (b"%X", &[I(-1)], Ok(b"FFFFFFFFFFFFFFFF")),
        (b"%X", &[I(255)], Ok(b"FF")),
        (b"%X", &[I(9223372036854775807)], Ok(b"7FFFFFFFFFFFFFFF")),
        (b"%X", &[I(-9223372036854775808)], Ok(b"8000000000000000")),
        (b"%X", &[I(42)], Ok(b"2A")),
        (b"%X", &[I(1234567)], Ok(b"12D687")),
        (b"%#x", &[I(0)], Ok(b"0")),
        (b"%#x", &[I(1)], Ok(b"0x1")),
        (b"%#x", &[I(-1)], Ok(b"0xffffffffffffffff")),
        (b"%#x", &[I(255)], Ok(b"0xff")),
        (b"%#x", &[I(9223372036854775807)], Ok(b"0x7fffffffffffffff")),
        (b"%#x", &[I(-9223372036854775808)], Ok(b"0x8000000000000000")),
        (b"%#x", &[I(42)], Ok(b"0x2a")),
        (b"%#x", &[I(1234567)], Ok(b"0x12d687")),
        (b"%#X", &[I(0)], Ok(b"0")),
        (b"%#X", &[I(1)], Ok(b"0X1")),
        (b"%#X", &[I(-1)], Ok(b"0XFFFFFFFFFFFFFFFF")),
        (b"%#X", &[I(255)], Ok(b"0XFF")),
        (b"%#X", &[I(9223372036854775807)], Ok(b"0X7FFFFFFFFFFFFFFF")),
        (b"%#X", &[I(-9223372036854775808)], Ok(b"0X8000000000000000")),
        (b"%#X", &[I(42)], Ok(b"0X2A")),
        (b"%#X", &[I(1234567)], Ok(b"0X12D687")),
        (b"%#o", &[I(0)], Ok(b"0")),
        (b"%#o", &[I(1)], Ok(b"01")),
        (b"%#o", &[I(-1)], Ok(b"01777777777777777777777")),
        (b"%#o", &[I(255)], Ok(b"0377")),
        (b"%#o", &[I(9223372036854775807)], Ok(b"0777777777777777777777")),
        (b"%#o", &[I(-9223372036854775808)], Ok(b"01000000000000000000000")),
        (b"%#o", &[I(42)], Ok(b"052")),
        (b"%#o", &[I(1234567)], Ok(b"04553207")),
        (b"%o", &[I(0)], Ok(b"0")),
        (b"%o", &[I(1)], Ok(b"1")),
        (b"%o", &[I(-1)], Ok(b"1777777777777777777777")),
        (b"%o", &[I(255)], Ok(b"377")),
        (b"%o", &[I(9223372036854775807)], Ok(b"777777777777777777777")),
        (b"%o", &[I(-9223372036854775808)], Ok(b"1000000000000000000000")),
        (b"%o", &[I(42)], Ok(b"52")),
        (b"%o", &[I(1234567)], Ok(b"4553207")),
        (b"%u", &[I(0)], Ok(b"0")),
        (b"%u", &[I(1)], Ok(b"1")),
        (b"%u", &[I(-1)], Ok(b"18446744073709551615")),
        (b"%u", &[I(255)], Ok(b"255")),
        (b"%u", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%u", &[I(-9223372036854775808)], Ok(b"9223372036854775808")),
        (b"%u", &[I(42)], Ok(b"42")),
        (b"%u", &[I(1234567)], Ok(b"1234567")),
        (b"%i", &[I(0)], Ok(b"0")),
        (b"%i", &[I(1)], Ok(b"1")),
        (b"%i", &[I(-1)], Ok(b"-1")),
        (b"%i", &[I(255)], Ok(b"255")),
        (b"%i", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%i", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%i", &[I(42)], Ok(b"42")),
        (b"%i", &[I(1234567)], Ok(b"1234567")),
        (b"%-+5d", &[I(0)], Ok(b"+0   ")),
        (b"%-+5d", &[I(1)], Ok(b"+1   ")),
        (b"%-+5d", &[I(-1)], Ok(b"-1   ")),
        (b"%-+5d", &[I(255)], Ok(b"+255 ")),
        (b"%-+5d", &[I(9223372036854775807)], Ok(b"+9223372036854775807")),
        (b"%-+5d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%-+5d", &[I(42)], Ok(b"+42  ")),
        (b"%-+5d", &[I(1234567)], Ok(b"+1234567")),
        (b"%+ d", &[I(0)], Ok(b"+0")),
        (b"%+ d", &[I(1)], Ok(b"+1")),
        (b"%+ d", &[I(-1)], Ok(b"-1")),
        (b"%+ d", &[I(255)], Ok(b"+255")),
        (b"%+ d", &[I(9223372036854775807)], Ok(b"+9223372036854775807")),
        (b"%+ d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%+ d", &[I(42)], Ok(b"+42")),
        (b"%+ d", &[I(1234567)], Ok(b"+1234567")),
        (b"%0-5d", &[I(0)], Ok(b"0    ")),
        (b"%0-5d", &[I(1)], Ok(b"1    ")),
        (b"%0-5d", &[I(-1)], Ok(b"-1   ")),
        (b"%0-5d", &[I(255)], Ok(b"255  ")),
        (b"%0-5d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%0-5d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%0-5d", &[I(42)], Ok(b"42   ")),
        (b"%0-5d", &[I(1234567)], Ok(b"1234567")),
        (b"%99d", &[I(0)], Ok(b"                                                                                                  0")),
        (b"%99d", &[I(1)], Ok(b"                                                                                                  1")),
        (b"%99d", &[I(-1)], Ok(b"                                                                                                 -1")),
        (b"%99d", &[I(255)], Ok(b"                                                                                                255")),
        (b"%99d", &[I(9223372036854775807)], Ok(b"                                                                                9223372036854775807")),
        (b"%99d", &[I(-9223372036854775808)], Ok(b"                                                                               -9223372036854775808")),
        (b"%99d", &[I(42)], Ok(b"                                                                                                 42")),
        (b"%99d", &[I(1234567)], Ok(b"                                                                                            1234567")),
        (b"%.0d", &[I(0)], Ok(b"")),
        (b"%.0d", &[I(1)], Ok(b"1")),
        (b"%.0d", &[I(-1)], Ok(b"-1")),
        (b"%.0d", &[I(255)], Ok(b"255")),
        (b"%.0d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%.0d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%.0d", &[I(42)], Ok(b"42")),
        (b"%.0d", &[I(1234567)], Ok(b"1234567")),
        (b"%.99d", &[I(0)], Ok(b"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%.99d", &[I(1)], Ok(b"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001")),
        (b"%.99d", &[I(-1)], Ok(b"-000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001")),
        (b"%.99d", &[I(255)], Ok(b"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000255")),
        (b"%.99d", &[I(9223372036854775807)], Ok(b"000000000000000000000000000000000000000000000000000000000000000000000000000000009223372036854775807")),
        (b"%.99d", &[I(-9223372036854775808)], Ok(b"-000000000000000000000000000000000000000000000000000000000000000000000000000000009223372036854775808")),
        (b"%.99d", &[I(42)], Ok(b"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000042")),
        (b"%.99d", &[I(1234567)], Ok(b"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001234567")),
        (b"%-05x", &[I(0)], Ok(b"0    ")),
        (b"%-05x", &[I(1)], Ok(b"1    ")),
        (b"%-05x", &[I(-1)], Ok(b"ffffffffffffffff")),
        (b"%-05x", &[I(255)], Ok(b"ff   ")),
        (b"%-05x", &[I(9223372036854775807)], Ok(b"7fffffffffffffff")),
        (b"%-05x", &[I(-9223372036854775808)], Ok(b"8000000000000000")),
        (b"%-05x", &[I(42)], Ok(b"2a   ")),
        (b"%-05x", &[I(1234567)], Ok(b"12d687")),
        (b"%#5.3x", &[I(0)], Ok(b"  000")),
        (b"%#5.3x", &[I(1)], Ok(b"0x001")),
        (b"%#5.3x", &[I(-1)], Ok(b"0xffffffffffffffff")),
        (b"%#5.3x", &[I(255)], Ok(b"0x0ff")),
        (b"%#5.3x", &[I(9223372036854775807)], Ok(b"0x7fffffffffffffff")),
        (b"%#5.3x", &[I(-9223372036854775808)], Ok(b"0x8000000000000000")),
        (b"%#5.3x", &[I(42)], Ok(b"0x02a")),
        (b"%#5.3x", &[I(1234567)], Ok(b"0x12d687")),
        (b"%-u", &[I(0)], Ok(b"0")),
        (b"%-u", &[I(1)], Ok(b"1")),
        (b"%-u", &[I(-1)], Ok(b"18446744073709551615")),
        (b"%-u", &[I(255)], Ok(b"255")),
        (b"%-u", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%-u", &[I(-9223372036854775808)], Ok(b"9223372036854775808")),
        (b"%-u", &[I(42)], Ok(b"42")),
        (b"%-u", &[I(1234567)], Ok(b"1234567")),
        (b"%0u", &[I(0)], Ok(b"0")),
        (b"%0u", &[I(1)], Ok(b"1")),
        (b"%0u", &[I(-1)], Ok(b"18446744073709551615")),
        (b"%0u", &[I(255)], Ok(b"255")),
        (b"%0u", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%0u", &[I(-9223372036854775808)], Ok(b"9223372036854775808")),
        (b"%0u", &[I(42)], Ok(b"42")),
        (b"%0u", &[I(1234567)], Ok(b"1234567")),
        (b"%.2u", &[I(0)], Ok(b"00")),
        (b"%.2u", &[I(1)], Ok(b"01")),
        (b"%.2u", &[I(-1)], Ok(b"18446744073709551615")),
        (b"%.2u", &[I(255)], Ok(b"255")),
        (b"%.2u", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%.2u", &[I(-9223372036854775808)], Ok(b"9223372036854775808")),
        (b"%.2u", &[I(42)], Ok(b"42")),
        (b"%.2u", &[I(1234567)], Ok(b"1234567")),
        (b"%.x", &[I(0)], Ok(b"")),
        (b"%.x", &[I(1)], Ok(b"1")),
        (b"%.x", &[I(-1)], Ok(b"ffffffffffffffff")),
        (b"%.x", &[I(255)], Ok(b"ff")),
        (b"%.x", &[I(9223372036854775807)], Ok(b"7fffffffffffffff")),
        (b"%.x", &[I(-9223372036854775808)], Ok(b"8000000000000000")),
        (b"%.x", &[I(42)], Ok(b"2a")),
        (b"%.x", &[I(1234567)], Ok(b"12d687")),
        (b"%5.d", &[I(0)], Ok(b"     ")),
        (b"%5.d", &[I(1)], Ok(b"    1")),
        (b"%5.d", &[I(-1)], Ok(b"   -1")),
        (b"%5.d", &[I(255)], Ok(b"  255")),
        (b"%5.d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%5.d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%5.d", &[I(42)], Ok(b"   42")),
        (b"%5.d", &[I(1234567)], Ok(b"1234567")),
        (b"%#d", &[I(0)], Err(b"invalid conversion specification: '%#d'")),
        (b"%#d", &[I(1)], Err(b"invalid conversion specification: '%#d'")),
        (b"%#d", &[I(-1)], Err(b"invalid conversion specification: '%#d'")),
        (b"%#d", &[I(255)], Err(b"invalid conversion specification: '%#d'")),
        (b"%#d", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%#d'")),
        (b"%#d", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%#d'")),
        (b"%#d", &[I(42)], Err(b"invalid conversion specification: '%#d'")),
        (b"%#d", &[I(1234567)], Err(b"invalid conversion specification: '%#d'")),
        (b"%+x", &[I(0)], Err(b"invalid conversion specification: '%+x'")),
        (b"%+x", &[I(1)], Err(b"invalid conversion specification: '%+x'")),
        (b"%+x", &[I(-1)], Err(b"invalid conversion specification: '%+x'")),
        (b"%+x", &[I(255)], Err(b"invalid conversion specification: '%+x'")),
        (b"%+x", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%+x'")),
        (b"%+x", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%+x'")),
        (b"%+x", &[I(42)], Err(b"invalid conversion specification: '%+x'")),
        (b"%+x", &[I(1234567)], Err(b"invalid conversion specification: '%+x'")),
        (b"% x", &[I(0)], Err(b"invalid conversion specification: '% x'")),
        (b"% x", &[I(1)], Err(b"invalid conversion specification: '% x'")),
        (b"% x", &[I(-1)], Err(b"invalid conversion specification: '% x'")),
        (b"% x", &[I(255)], Err(b"invalid conversion specification: '% x'")),
        (b"% x", &[I(9223372036854775807)], Err(b"invalid conversion specification: '% x'")),
        (b"% x", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '% x'")),
        (b"% x", &[I(42)], Err(b"invalid conversion specification: '% x'")),
        (b"% x", &[I(1234567)], Err(b"invalid conversion specification: '% x'")),
        (b"%100d", &[I(0)], Err(b"invalid conversion specification: '%100d'")),
        (b"%100d", &[I(1)], Err(b"invalid conversion specification: '%100d'")),
        (b"%100d", &[I(-1)], Err(b"invalid conversion specification: '%100d'")),
        (b"%100d", &[I(255)], Err(b"invalid conversion specification: '%100d'")),
        (b"%100d", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%100d'")),
        (b"%100d", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%100d'")),
        (b"%100d", &[I(42)], Err(b"invalid conversion specification: '%100d'")),
        (b"%100d", &[I(1234567)], Err(b"invalid conversion specification: '%100d'")),
        (b"%.100d", &[I(0)], Err(b"invalid conversion specification: '%.100d'")),
        (b"%.100d", &[I(1)], Err(b"invalid conversion specification: '%.100d'")),
        (b"%.100d", &[I(-1)], Err(b"invalid conversion specification: '%.100d'")),
        (b"%.100d", &[I(255)], Err(b"invalid conversion specification: '%.100d'")),
        (b"%.100d", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%.100d'")),
        (b"%.100d", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%.100d'")),
        (b"%.100d", &[I(42)], Err(b"invalid conversion specification: '%.100d'")),
        (b"%.100d", &[I(1234567)], Err(b"invalid conversion specification: '%.100d'")),
        (b"%1.2.3d", &[I(0)], Err(b"invalid conversion specification: '%1.2.3d'")),
        (b"%1.2.3d", &[I(1)], Err(b"invalid conversion specification: '%1.2.3d'")),
        (b"%1.2.3d", &[I(-1)], Err(b"invalid conversion specification: '%1.2.3d'")),
        (b"%1.2.3d", &[I(255)], Err(b"invalid conversion specification: '%1.2.3d'")),
        (b"%1.2.3d", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%1.2.3d'")),
        (b"%1.2.3d", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%1.2.3d'")),
        (b"%1.2.3d", &[I(42)], Err(b"invalid conversion specification: '%1.2.3d'")),
        (b"%1.2.3d", &[I(1234567)], Err(b"invalid conversion specification: '%1.2.3d'")),
        (b"%+u", &[I(0)], Err(b"invalid conversion specification: '%+u'")),
        (b"%+u", &[I(1)], Err(b"invalid conversion specification: '%+u'")),
        (b"%+u", &[I(-1)], Err(b"invalid conversion specification: '%+u'")),
        (b"%+u", &[I(255)], Err(b"invalid conversion specification: '%+u'")),
        (b"%+u", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%+u'")),
        (b"%+u", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%+u'")),
        (b"%+u", &[I(42)], Err(b"invalid conversion specification: '%+u'")),
        (b"%+u", &[I(1234567)], Err(b"invalid conversion specification: '%+u'")),
        (b"% u", &[I(0)], Err(b"invalid conversion specification: '% u'")),
        (b"% u", &[I(1)], Err(b"invalid conversion specification: '% u'")),
        (b"% u", &[I(-1)], Err(b"invalid conversion specification: '% u'")),
        (b"% u", &[I(255)], Err(b"invalid conversion specification: '% u'")),
        (b"% u", &[I(9223372036854775807)], Err(b"invalid conversion specification: '% u'")),
        (b"% u", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '% u'")),
        (b"% u", &[I(42)], Err(b"invalid conversion specification: '% u'")),
        (b"% u", &[I(1234567)], Err(b"invalid conversion specification: '% u'")),
        (b"%#u", &[I(0)], Err(b"invalid conversion specification: '%#u'")),
        (b"%#u", &[I(1)], Err(b"invalid conversion specification: '%#u'")),
        (b"%#u", &[I(-1)], Err(b"invalid conversion specification: '%#u'")),
        (b"%#u", &[I(255)], Err(b"invalid conversion specification: '%#u'")),
        (b"%#u", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%#u'")),
        (b"%#u", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%#u'")),
        (b"%#u", &[I(42)], Err(b"invalid conversion specification: '%#u'")),
        (b"%#u", &[I(1234567)], Err(b"invalid conversion specification: '%#u'")),
        (b"%-#5x", &[I(0)], Ok(b"0    ")),
        (b"%-#5x", &[I(1)], Ok(b"0x1  ")),
        (b"%-#5x", &[I(-1)], Ok(b"0xffffffffffffffff")),
        (b"%-#5x", &[I(255)], Ok(b"0xff ")),
        (b"%-#5x", &[I(9223372036854775807)], Ok(b"0x7fffffffffffffff")),
        (b"%-#5x", &[I(-9223372036854775808)], Ok(b"0x8000000000000000")),
        (b"%-#5x", &[I(42)], Ok(b"0x2a ")),
        (b"%-#5x", &[I(1234567)], Ok(b"0x12d687")),
        (b"%0 x", &[I(0)], Err(b"invalid conversion specification: '%0 x'")),
        (b"%0 x", &[I(1)], Err(b"invalid conversion specification: '%0 x'")),
        (b"%0 x", &[I(-1)], Err(b"invalid conversion specification: '%0 x'")),
        (b"%0 x", &[I(255)], Err(b"invalid conversion specification: '%0 x'")),
        (b"%0 x", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%0 x'")),
        (b"%0 x", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%0 x'")),
        (b"%0 x", &[I(42)], Err(b"invalid conversion specification: '%0 x'")),
        (b"%0 x", &[I(1234567)], Err(b"invalid conversion specification: '%0 x'")),
        (b"%+o", &[I(0)], Err(b"invalid conversion specification: '%+o'")),
        (b"%+o", &[I(1)], Err(b"invalid conversion specification: '%+o'")),
        (b"%+o", &[I(-1)], Err(b"invalid conversion specification: '%+o'")),
        (b"%+o", &[I(255)], Err(b"invalid conversion specification: '%+o'")),
        (b"%+o", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%+o'")),
        (b"%+o", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%+o'")),
        (b"%+o", &[I(42)], Err(b"invalid conversion specification: '%+o'")),
        (b"%+o", &[I(1234567)], Err(b"invalid conversion specification: '%+o'")),
        (b"%#i", &[I(0)], Err(b"invalid conversion specification: '%#i'")),
        (b"%#i", &[I(1)], Err(b"invalid conversion specification: '%#i'")),
        (b"%#i", &[I(-1)], Err(b"invalid conversion specification: '%#i'")),
        (b"%#i", &[I(255)], Err(b"invalid conversion specification: '%#i'")),
        (b"%#i", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%#i'")),
        (b"%#i", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%#i'")),
        (b"%#i", &[I(42)], Err(b"invalid conversion specification: '%#i'")),
        (b"%#i", &[I(1234567)], Err(b"invalid conversion specification: '%#i'")),
        (b"%000005d", &[I(0)], Ok(b"00000")),
        (b"%000005d", &[I(1)], Ok(b"00001")),
        (b"%000005d", &[I(-1)], Ok(b"-0001")),
        (b"%000005d", &[I(255)], Ok(b"00255")),
        (b"%000005d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%000005d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%000005d", &[I(42)], Ok(b"00042")),
        (b"%000005d", &[I(1234567)], Ok(b"1234567")),
        (b"%--5d", &[I(0)], Ok(b"0    ")),
        (b"%--5d", &[I(1)], Ok(b"1    ")),
        (b"%--5d", &[I(-1)], Ok(b"-1   ")),
        (b"%--5d", &[I(255)], Ok(b"255  ")),
        (b"%--5d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%--5d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%--5d", &[I(42)], Ok(b"42   ")),
        (b"%--5d", &[I(1234567)], Ok(b"1234567")),
        (b"%-+ 0d", &[I(0)], Ok(b"+0")),
        (b"%-+ 0d", &[I(1)], Ok(b"+1")),
        (b"%-+ 0d", &[I(-1)], Ok(b"-1")),
        (b"%-+ 0d", &[I(255)], Ok(b"+255")),
        (b"%-+ 0d", &[I(9223372036854775807)], Ok(b"+9223372036854775807")),
        (b"%-+ 0d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%-+ 0d", &[I(42)], Ok(b"+42")),
        (b"%-+ 0d", &[I(1234567)], Ok(b"+1234567")),
        (b"%-+ 0#d", &[I(0)], Err(b"invalid conversion specification: '%-+ 0#d'")),
        (b"%-+ 0#d", &[I(1)], Err(b"invalid conversion specification: '%-+ 0#d'")),
        (b"%-+ 0#d", &[I(-1)], Err(b"invalid conversion specification: '%-+ 0#d'")),
        (b"%-+ 0#d", &[I(255)], Err(b"invalid conversion specification: '%-+ 0#d'")),
        (b"%-+ 0#d", &[I(9223372036854775807)], Err(b"invalid conversion specification: '%-+ 0#d'")),
        (b"%-+ 0#d", &[I(-9223372036854775808)], Err(b"invalid conversion specification: '%-+ 0#d'")),
        (b"%-+ 0#d", &[I(42)], Err(b"invalid conversion specification: '%-+ 0#d'")),
        (b"%-+ 0#d", &[I(1234567)], Err(b"invalid conversion specification: '%-+ 0#d'")),
        (b"%05.3d", &[I(0)], Ok(b"  000")),
        (b"%05.3d", &[I(1)], Ok(b"  001")),
        (b"%05.3d", &[I(-1)], Ok(b" -001")),
        (b"%05.3d", &[I(255)], Ok(b"  255")),
        (b"%05.3d", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%05.3d", &[I(-9223372036854775808)], Ok(b"-9223372036854775808")),
        (b"%05.3d", &[I(42)], Ok(b"  042")),
        (b"%05.3d", &[I(1234567)], Ok(b"1234567")),
        (b"%f", &[F(0x0000000000000000)], Ok(b"0.000000")),
        (b"%f", &[F(0x8000000000000000)], Ok(b"-0.000000")),
        (b"%f", &[F(0x3ff0000000000000)], Ok(b"1.000000")),
        (b"%f", &[F(0x3fb999999999999a)], Ok(b"0.100000")),
        (b"%f", &[F(0xbff8000000000000)], Ok(b"-1.500000")),
        (b"%f", &[F(0x7e37e43c8800759c)], Ok(b"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
        (b"%f", &[F(0x01a56e1fc2f8f359)], Ok(b"0.000000")),
        (b"%f", &[F(0x0000000000000001)], Ok(b"0.000000")),
        (b"%f", &[F(0x40fe240c9fbe76c9)], Ok(b"123456.789000")),
        (b"%f", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%f", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%f", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%f", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%f", &[F(0x43e0000000000000)], Ok(b"9223372036854775808.000000")),
        (b"%f", &[F(0x3fd5555555555555)], Ok(b"0.333333")),
        (b"%f", &[F(0x430c6bf526340000)], Ok(b"1000000000000000.000000")),
        (b"%f", &[F(0x3fe0000000000000)], Ok(b"0.500000")),
        (b"%f", &[F(0x4004000000000000)], Ok(b"2.500000")),
        (b"%f", &[F(0x3ee4f8b588e368f1)], Ok(b"0.000010")),
        (b"%f", &[F(0x4059000000000000)], Ok(b"100.000000")),
        (b"%.0f", &[F(0x0000000000000000)], Ok(b"0")),
        (b"%.0f", &[F(0x8000000000000000)], Ok(b"-0")),
        (b"%.0f", &[F(0x3ff0000000000000)], Ok(b"1")),
        (b"%.0f", &[F(0x3fb999999999999a)], Ok(b"0")),
        (b"%.0f", &[F(0xbff8000000000000)], Ok(b"-2")),
        (b"%.0f", &[F(0x7e37e43c8800759c)], Ok(b"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (b"%.0f", &[F(0x01a56e1fc2f8f359)], Ok(b"0")),
        (b"%.0f", &[F(0x0000000000000001)], Ok(b"0")),
        (b"%.0f", &[F(0x40fe240c9fbe76c9)], Ok(b"123457")),
        (b"%.0f", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.0f", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.0f", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.0f", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.0f", &[F(0x43e0000000000000)], Ok(b"9223372036854775808")),
        (b"%.0f", &[F(0x3fd5555555555555)], Ok(b"0")),
        (b"%.0f", &[F(0x430c6bf526340000)], Ok(b"1000000000000000")),
        (b"%.0f", &[F(0x3fe0000000000000)], Ok(b"0")),
        (b"%.0f", &[F(0x4004000000000000)], Ok(b"2")),
        (b"%.0f", &[F(0x3ee4f8b588e368f1)], Ok(b"0")),
        (b"%.0f", &[F(0x4059000000000000)], Ok(b"100")),
        (b"%.3f", &[F(0x0000000000000000)], Ok(b"0.000")),
        (b"%.3f", &[F(0x8000000000000000)], Ok(b"-0.000")),
        (b"%.3f", &[F(0x3ff0000000000000)], Ok(b"1.000")),
        (b"%.3f", &[F(0x3fb999999999999a)], Ok(b"0.100")),
        (b"%.3f", &[F(0xbff8000000000000)], Ok(b"-1.500")),
        (b"%.3f", &[F(0x7e37e43c8800759c)], Ok(b"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000")),
        (b"%.3f", &[F(0x01a56e1fc2f8f359)], Ok(b"0.000")),
        (b"%.3f", &[F(0x0000000000000001)], Ok(b"0.000")),
        (b"%.3f", &[F(0x40fe240c9fbe76c9)], Ok(b"123456.789")),
        (b"%.3f", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.3f", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.3f", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.3f", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.3f", &[F(0x43e0000000000000)], Ok(b"9223372036854775808.000")),
        (b"%.3f", &[F(0x3fd5555555555555)], Ok(b"0.333")),
        (b"%.3f", &[F(0x430c6bf526340000)], Ok(b"1000000000000000.000")),
        (b"%.3f", &[F(0x3fe0000000000000)], Ok(b"0.500")),
        (b"%.3f", &[F(0x4004000000000000)], Ok(b"2.500")),
        (b"%.3f", &[F(0x3ee4f8b588e368f1)], Ok(b"0.000")),
        (b"%.3f", &[F(0x4059000000000000)], Ok(b"100.000")),
        (b"%10.3f", &[F(0x0000000000000000)], Ok(b"     0.000")),
        (b"%10.3f", &[F(0x8000000000000000)], Ok(b"    -0.000")),
        (b"%10.3f", &[F(0x3ff0000000000000)], Ok(b"     1.000")),
        (b"%10.3f", &[F(0x3fb999999999999a)], Ok(b"     0.100")),
        (b"%10.3f", &[F(0xbff8000000000000)], Ok(b"    -1.500")),
        (b"%10.3f", &[F(0x7e37e43c8800759c)], Ok(b"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000")),
        (b"%10.3f", &[F(0x01a56e1fc2f8f359)], Ok(b"     0.000")),
        (b"%10.3f", &[F(0x0000000000000001)], Ok(b"     0.000")),
        (b"%10.3f", &[F(0x40fe240c9fbe76c9)], Ok(b"123456.789")),
        (b"%10.3f", &[F(0x7ff0000000000000)], Ok(b"       inf")),
        (b"%10.3f", &[F(0xfff0000000000000)], Ok(b"      -inf")),
        (b"%10.3f", &[F(0xfff8000000000000)], Ok(b"      -nan")),
        (b"%10.3f", &[F(0x7ff8000000000000)], Ok(b"       nan")),
        (b"%10.3f", &[F(0x43e0000000000000)], Ok(b"9223372036854775808.000")),
        (b"%10.3f", &[F(0x3fd5555555555555)], Ok(b"     0.333")),
        (b"%10.3f", &[F(0x430c6bf526340000)], Ok(b"1000000000000000.000")),
        (b"%10.3f", &[F(0x3fe0000000000000)], Ok(b"     0.500")),
        (b"%10.3f", &[F(0x4004000000000000)], Ok(b"     2.500")),
        (b"%10.3f", &[F(0x3ee4f8b588e368f1)], Ok(b"     0.000")),
        (b"%10.3f", &[F(0x4059000000000000)], Ok(b"   100.000")),
        (b"%-10.3f", &[F(0x0000000000000000)], Ok(b"0.000     ")),
        (b"%-10.3f", &[F(0x8000000000000000)], Ok(b"-0.000    ")),
        (b"%-10.3f", &[F(0x3ff0000000000000)], Ok(b"1.000     ")),
        (b"%-10.3f", &[F(0x3fb999999999999a)], Ok(b"0.100     ")),
        (b"%-10.3f", &[F(0xbff8000000000000)], Ok(b"-1.500    ")),
        (b"%-10.3f", &[F(0x7e37e43c8800759c)], Ok(b"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000")),
        (b"%-10.3f", &[F(0x01a56e1fc2f8f359)], Ok(b"0.000     ")),
        (b"%-10.3f", &[F(0x0000000000000001)], Ok(b"0.000     ")),
        (b"%-10.3f", &[F(0x40fe240c9fbe76c9)], Ok(b"123456.789")),
        (b"%-10.3f", &[F(0x7ff0000000000000)], Ok(b"inf       ")),
        (b"%-10.3f", &[F(0xfff0000000000000)], Ok(b"-inf      ")),
        (b"%-10.3f", &[F(0xfff8000000000000)], Ok(b"-nan      ")),
        (b"%-10.3f", &[F(0x7ff8000000000000)], Ok(b"nan       ")),
        (b"%-10.3f", &[F(0x43e0000000000000)], Ok(b"9223372036854775808.000")),
        (b"%-10.3f", &[F(0x3fd5555555555555)], Ok(b"0.333     ")),
        (b"%-10.3f", &[F(0x430c6bf526340000)], Ok(b"1000000000000000.000")),
        (b"%-10.3f", &[F(0x3fe0000000000000)], Ok(b"0.500     ")),
        (b"%-10.3f", &[F(0x4004000000000000)], Ok(b"2.500     ")),
        (b"%-10.3f", &[F(0x3ee4f8b588e368f1)], Ok(b"0.000     ")),
        (b"%-10.3f", &[F(0x4059000000000000)], Ok(b"100.000   ")),
        (b"%+f", &[F(0x0000000000000000)], Ok(b"+0.000000")),
        (b"%+f", &[F(0x8000000000000000)], Ok(b"-0.000000")),
        (b"%+f", &[F(0x3ff0000000000000)], Ok(b"+1.000000")),
        (b"%+f", &[F(0x3fb999999999999a)], Ok(b"+0.100000")),
        (b"%+f", &[F(0xbff8000000000000)], Ok(b"-1.500000")),
        (b"%+f", &[F(0x7e37e43c8800759c)], Ok(b"+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
        (b"%+f", &[F(0x01a56e1fc2f8f359)], Ok(b"+0.000000")),
        (b"%+f", &[F(0x0000000000000001)], Ok(b"+0.000000")),
        (b"%+f", &[F(0x40fe240c9fbe76c9)], Ok(b"+123456.789000")),
        (b"%+f", &[F(0x7ff0000000000000)], Ok(b"+inf")),
        (b"%+f", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%+f", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%+f", &[F(0x7ff8000000000000)], Ok(b"+nan")),
        (b"%+f", &[F(0x43e0000000000000)], Ok(b"+9223372036854775808.000000")),
        (b"%+f", &[F(0x3fd5555555555555)], Ok(b"+0.333333")),
        (b"%+f", &[F(0x430c6bf526340000)], Ok(b"+1000000000000000.000000")),
        (b"%+f", &[F(0x3fe0000000000000)], Ok(b"+0.500000")),
        (b"%+f", &[F(0x4004000000000000)], Ok(b"+2.500000")),
        (b"%+f", &[F(0x3ee4f8b588e368f1)], Ok(b"+0.000010")),
        (b"%+f", &[F(0x4059000000000000)], Ok(b"+100.000000")),
        (b"% f", &[F(0x0000000000000000)], Ok(b" 0.000000")),
        (b"% f", &[F(0x8000000000000000)], Ok(b"-0.000000")),
        (b"% f", &[F(0x3ff0000000000000)], Ok(b" 1.000000")),
        (b"% f", &[F(0x3fb999999999999a)], Ok(b" 0.100000")),
        (b"% f", &[F(0xbff8000000000000)], Ok(b"-1.500000")),
        (b"% f", &[F(0x7e37e43c8800759c)], Ok(b" 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
        (b"% f", &[F(0x01a56e1fc2f8f359)], Ok(b" 0.000000")),
        (b"% f", &[F(0x0000000000000001)], Ok(b" 0.000000")),
        (b"% f", &[F(0x40fe240c9fbe76c9)], Ok(b" 123456.789000")),
        (b"% f", &[F(0x7ff0000000000000)], Ok(b" inf")),
        (b"% f", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"% f", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"% f", &[F(0x7ff8000000000000)], Ok(b" nan")),
        (b"% f", &[F(0x43e0000000000000)], Ok(b" 9223372036854775808.000000")),
        (b"% f", &[F(0x3fd5555555555555)], Ok(b" 0.333333")),
        (b"% f", &[F(0x430c6bf526340000)], Ok(b" 1000000000000000.000000")),
        (b"% f", &[F(0x3fe0000000000000)], Ok(b" 0.500000")),
        (b"% f", &[F(0x4004000000000000)], Ok(b" 2.500000")),
        (b"% f", &[F(0x3ee4f8b588e368f1)], Ok(b" 0.000010")),
        (b"% f", &[F(0x4059000000000000)], Ok(b" 100.000000")),
        (b"%#.0f", &[F(0x0000000000000000)], Ok(b"0.")),
        (b"%#.0f", &[F(0x8000000000000000)], Ok(b"-0.")),
        (b"%#.0f", &[F(0x3ff0000000000000)], Ok(b"1.")),
        (b"%#.0f", &[F(0x3fb999999999999a)], Ok(b"0.")),
        (b"%#.0f", &[F(0xbff8000000000000)], Ok(b"-2.")),
        (b"%#.0f", &[F(0x7e37e43c8800759c)], Ok(b"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.")),
        (b"%#.0f", &[F(0x01a56e1fc2f8f359)], Ok(b"0.")),
        (b"%#.0f", &[F(0x0000000000000001)], Ok(b"0.")),
        (b"%#.0f", &[F(0x40fe240c9fbe76c9)], Ok(b"123457.")),
        (b"%#.0f", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%#.0f", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%#.0f", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%#.0f", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%#.0f", &[F(0x43e0000000000000)], Ok(b"9223372036854775808.")),
        (b"%#.0f", &[F(0x3fd5555555555555)], Ok(b"0.")),
        (b"%#.0f", &[F(0x430c6bf526340000)], Ok(b"1000000000000000.")),
        (b"%#.0f", &[F(0x3fe0000000000000)], Ok(b"0.")),
        (b"%#.0f", &[F(0x4004000000000000)], Ok(b"2.")),
        (b"%#.0f", &[F(0x3ee4f8b588e368f1)], Ok(b"0.")),
        (b"%#.0f", &[F(0x4059000000000000)], Ok(b"100.")),
        (b"%010.2f", &[F(0x0000000000000000)], Ok(b"0000000.00")),
        (b"%010.2f", &[F(0x8000000000000000)], Ok(b"-000000.00")),
        (b"%010.2f", &[F(0x3ff0000000000000)], Ok(b"0000001.00")),
        (b"%010.2f", &[F(0x3fb999999999999a)], Ok(b"0000000.10")),
        (b"%010.2f", &[F(0xbff8000000000000)], Ok(b"-000001.50")),
        (b"%010.2f", &[F(0x7e37e43c8800759c)], Ok(b"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00")),
        (b"%010.2f", &[F(0x01a56e1fc2f8f359)], Ok(b"0000000.00")),
        (b"%010.2f", &[F(0x0000000000000001)], Ok(b"0000000.00")),
        (b"%010.2f", &[F(0x40fe240c9fbe76c9)], Ok(b"0123456.79")),
        (b"%010.2f", &[F(0x7ff0000000000000)], Ok(b"       inf")),
        (b"%010.2f", &[F(0xfff0000000000000)], Ok(b"      -inf")),
        (b"%010.2f", &[F(0xfff8000000000000)], Ok(b"      -nan")),
        (b"%010.2f", &[F(0x7ff8000000000000)], Ok(b"       nan")),
        (b"%010.2f", &[F(0x43e0000000000000)], Ok(b"9223372036854775808.00")),
        (b"%010.2f", &[F(0x3fd5555555555555)], Ok(b"0000000.33")),
        (b"%010.2f", &[F(0x430c6bf526340000)], Ok(b"1000000000000000.00")),
        (b"%010.2f", &[F(0x3fe0000000000000)], Ok(b"0000000.50")),
        (b"%010.2f", &[F(0x4004000000000000)], Ok(b"0000002.50")),
        (b"%010.2f", &[F(0x3ee4f8b588e368f1)], Ok(b"0000000.00")),
        (b"%010.2f", &[F(0x4059000000000000)], Ok(b"0000100.00")),
        (b"%e", &[F(0x0000000000000000)], Ok(b"0.000000e+00")),
        (b"%e", &[F(0x8000000000000000)], Ok(b"-0.000000e+00")),
        (b"%e", &[F(0x3ff0000000000000)], Ok(b"1.000000e+00")),
        (b"%e", &[F(0x3fb999999999999a)], Ok(b"1.000000e-01")),
        (b"%e", &[F(0xbff8000000000000)], Ok(b"-1.500000e+00")),
        (b"%e", &[F(0x7e37e43c8800759c)], Ok(b"1.000000e+300")),
        (b"%e", &[F(0x01a56e1fc2f8f359)], Ok(b"1.000000e-300")),
        (b"%e", &[F(0x0000000000000001)], Ok(b"4.940656e-324")),
        (b"%e", &[F(0x40fe240c9fbe76c9)], Ok(b"1.234568e+05")),
        (b"%e", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%e", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%e", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%e", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%e", &[F(0x43e0000000000000)], Ok(b"9.223372e+18")),
        (b"%e", &[F(0x3fd5555555555555)], Ok(b"3.333333e-01")),
        (b"%e", &[F(0x430c6bf526340000)], Ok(b"1.000000e+15")),
        (b"%e", &[F(0x3fe0000000000000)], Ok(b"5.000000e-01")),
        (b"%e", &[F(0x4004000000000000)], Ok(b"2.500000e+00")),
        (b"%e", &[F(0x3ee4f8b588e368f1)], Ok(b"1.000000e-05")),
        (b"%e", &[F(0x4059000000000000)], Ok(b"1.000000e+02")),
        (b"%.0e", &[F(0x0000000000000000)], Ok(b"0e+00")),
        (b"%.0e", &[F(0x8000000000000000)], Ok(b"-0e+00")),
        (b"%.0e", &[F(0x3ff0000000000000)], Ok(b"1e+00")),
        (b"%.0e", &[F(0x3fb999999999999a)], Ok(b"1e-01")),
        (b"%.0e", &[F(0xbff8000000000000)], Ok(b"-2e+00")),
        (b"%.0e", &[F(0x7e37e43c8800759c)], Ok(b"1e+300")),
        (b"%.0e", &[F(0x01a56e1fc2f8f359)], Ok(b"1e-300")),
        (b"%.0e", &[F(0x0000000000000001)], Ok(b"5e-324")),
        (b"%.0e", &[F(0x40fe240c9fbe76c9)], Ok(b"1e+05")),
        (b"%.0e", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.0e", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.0e", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.0e", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.0e", &[F(0x43e0000000000000)], Ok(b"9e+18")),
        (b"%.0e", &[F(0x3fd5555555555555)], Ok(b"3e-01")),
        (b"%.0e", &[F(0x430c6bf526340000)], Ok(b"1e+15")),
        (b"%.0e", &[F(0x3fe0000000000000)], Ok(b"5e-01")),
        (b"%.0e", &[F(0x4004000000000000)], Ok(b"2e+00")),
        (b"%.0e", &[F(0x3ee4f8b588e368f1)], Ok(b"1e-05")),
        (b"%.0e", &[F(0x4059000000000000)], Ok(b"1e+02")),
        (b"%#.0e", &[F(0x0000000000000000)], Ok(b"0.e+00")),
        (b"%#.0e", &[F(0x8000000000000000)], Ok(b"-0.e+00")),
        (b"%#.0e", &[F(0x3ff0000000000000)], Ok(b"1.e+00")),
        (b"%#.0e", &[F(0x3fb999999999999a)], Ok(b"1.e-01")),
        (b"%#.0e", &[F(0xbff8000000000000)], Ok(b"-2.e+00")),
        (b"%#.0e", &[F(0x7e37e43c8800759c)], Ok(b"1.e+300")),
        (b"%#.0e", &[F(0x01a56e1fc2f8f359)], Ok(b"1.e-300")),
        (b"%#.0e", &[F(0x0000000000000001)], Ok(b"5.e-324")),
        (b"%#.0e", &[F(0x40fe240c9fbe76c9)], Ok(b"1.e+05")),
        (b"%#.0e", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%#.0e", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%#.0e", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%#.0e", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%#.0e", &[F(0x43e0000000000000)], Ok(b"9.e+18")),
        (b"%#.0e", &[F(0x3fd5555555555555)], Ok(b"3.e-01")),
        (b"%#.0e", &[F(0x430c6bf526340000)], Ok(b"1.e+15")),
        (b"%#.0e", &[F(0x3fe0000000000000)], Ok(b"5.e-01")),
        (b"%#.0e", &[F(0x4004000000000000)], Ok(b"2.e+00")),
        (b"%#.0e", &[F(0x3ee4f8b588e368f1)], Ok(b"1.e-05")),
        (b"%#.0e", &[F(0x4059000000000000)], Ok(b"1.e+02")),
        (b"%E", &[F(0x0000000000000000)], Ok(b"0.000000E+00")),
        (b"%E", &[F(0x8000000000000000)], Ok(b"-0.000000E+00")),
        (b"%E", &[F(0x3ff0000000000000)], Ok(b"1.000000E+00")),
        (b"%E", &[F(0x3fb999999999999a)], Ok(b"1.000000E-01")),
        (b"%E", &[F(0xbff8000000000000)], Ok(b"-1.500000E+00")),
        (b"%E", &[F(0x7e37e43c8800759c)], Ok(b"1.000000E+300")),
        (b"%E", &[F(0x01a56e1fc2f8f359)], Ok(b"1.000000E-300")),
        (b"%E", &[F(0x0000000000000001)], Ok(b"4.940656E-324")),
        (b"%E", &[F(0x40fe240c9fbe76c9)], Ok(b"1.234568E+05")),
        (b"%E", &[F(0x7ff0000000000000)], Ok(b"INF")),
        (b"%E", &[F(0xfff0000000000000)], Ok(b"-INF")),
        (b"%E", &[F(0xfff8000000000000)], Ok(b"-NAN")),
        (b"%E", &[F(0x7ff8000000000000)], Ok(b"NAN")),
        (b"%E", &[F(0x43e0000000000000)], Ok(b"9.223372E+18")),
        (b"%E", &[F(0x3fd5555555555555)], Ok(b"3.333333E-01")),
        (b"%E", &[F(0x430c6bf526340000)], Ok(b"1.000000E+15")),
        (b"%E", &[F(0x3fe0000000000000)], Ok(b"5.000000E-01")),
        (b"%E", &[F(0x4004000000000000)], Ok(b"2.500000E+00")),
        (b"%E", &[F(0x3ee4f8b588e368f1)], Ok(b"1.000000E-05")),
        (b"%E", &[F(0x4059000000000000)], Ok(b"1.000000E+02")),
        (b"%g", &[F(0x0000000000000000)], Ok(b"0")),
        (b"%g", &[F(0x8000000000000000)], Ok(b"-0")),
        (b"%g", &[F(0x3ff0000000000000)], Ok(b"1")),
        (b"%g", &[F(0x3fb999999999999a)], Ok(b"0.1")),
        (b"%g", &[F(0xbff8000000000000)], Ok(b"-1.5")),
        (b"%g", &[F(0x7e37e43c8800759c)], Ok(b"1e+300")),
        (b"%g", &[F(0x01a56e1fc2f8f359)], Ok(b"1e-300")),
        (b"%g", &[F(0x0000000000000001)], Ok(b"4.94066e-324")),
        (b"%g", &[F(0x40fe240c9fbe76c9)], Ok(b"123457")),
        (b"%g", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%g", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%g", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%g", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%g", &[F(0x43e0000000000000)], Ok(b"9.22337e+18")),
        (b"%g", &[F(0x3fd5555555555555)], Ok(b"0.333333")),
        (b"%g", &[F(0x430c6bf526340000)], Ok(b"1e+15")),
        (b"%g", &[F(0x3fe0000000000000)], Ok(b"0.5")),
        (b"%g", &[F(0x4004000000000000)], Ok(b"2.5")),
        (b"%g", &[F(0x3ee4f8b588e368f1)], Ok(b"1e-05")),
        (b"%g", &[F(0x4059000000000000)], Ok(b"100")),
        (b"%.0g", &[F(0x0000000000000000)], Ok(b"0")),
        (b"%.0g", &[F(0x8000000000000000)], Ok(b"-0")),
        (b"%.0g", &[F(0x3ff0000000000000)], Ok(b"1")),
        (b"%.0g", &[F(0x3fb999999999999a)], Ok(b"0.1")),
        (b"%.0g", &[F(0xbff8000000000000)], Ok(b"-2")),
        (b"%.0g", &[F(0x7e37e43c8800759c)], Ok(b"1e+300")),
        (b"%.0g", &[F(0x01a56e1fc2f8f359)], Ok(b"1e-300")),
        (b"%.0g", &[F(0x0000000000000001)], Ok(b"5e-324")),
        (b"%.0g", &[F(0x40fe240c9fbe76c9)], Ok(b"1e+05")),
        (b"%.0g", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.0g", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.0g", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.0g", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.0g", &[F(0x43e0000000000000)], Ok(b"9e+18")),
        (b"%.0g", &[F(0x3fd5555555555555)], Ok(b"0.3")),
        (b"%.0g", &[F(0x430c6bf526340000)], Ok(b"1e+15")),
        (b"%.0g", &[F(0x3fe0000000000000)], Ok(b"0.5")),
        (b"%.0g", &[F(0x4004000000000000)], Ok(b"2")),
        (b"%.0g", &[F(0x3ee4f8b588e368f1)], Ok(b"1e-05")),
        (b"%.0g", &[F(0x4059000000000000)], Ok(b"1e+02")),
        (b"%.1g", &[F(0x0000000000000000)], Ok(b"0")),
        (b"%.1g", &[F(0x8000000000000000)], Ok(b"-0")),
        (b"%.1g", &[F(0x3ff0000000000000)], Ok(b"1")),
        (b"%.1g", &[F(0x3fb999999999999a)], Ok(b"0.1")),
        (b"%.1g", &[F(0xbff8000000000000)], Ok(b"-2")),
        (b"%.1g", &[F(0x7e37e43c8800759c)], Ok(b"1e+300")),
        (b"%.1g", &[F(0x01a56e1fc2f8f359)], Ok(b"1e-300")),
        (b"%.1g", &[F(0x0000000000000001)], Ok(b"5e-324")),
        (b"%.1g", &[F(0x40fe240c9fbe76c9)], Ok(b"1e+05")),
        (b"%.1g", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.1g", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.1g", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.1g", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.1g", &[F(0x43e0000000000000)], Ok(b"9e+18")),
        (b"%.1g", &[F(0x3fd5555555555555)], Ok(b"0.3")),
        (b"%.1g", &[F(0x430c6bf526340000)], Ok(b"1e+15")),
        (b"%.1g", &[F(0x3fe0000000000000)], Ok(b"0.5")),
        (b"%.1g", &[F(0x4004000000000000)], Ok(b"2")),
        (b"%.1g", &[F(0x3ee4f8b588e368f1)], Ok(b"1e-05")),
        (b"%.1g", &[F(0x4059000000000000)], Ok(b"1e+02")),
        (b"%#g", &[F(0x0000000000000000)], Ok(b"0.00000")),
        (b"%#g", &[F(0x8000000000000000)], Ok(b"-0.00000")),
        (b"%#g", &[F(0x3ff0000000000000)], Ok(b"1.00000")),
        (b"%#g", &[F(0x3fb999999999999a)], Ok(b"0.100000")),
        (b"%#g", &[F(0xbff8000000000000)], Ok(b"-1.50000")),
        (b"%#g", &[F(0x7e37e43c8800759c)], Ok(b"1.00000e+300")),
        (b"%#g", &[F(0x01a56e1fc2f8f359)], Ok(b"1.00000e-300")),
        (b"%#g", &[F(0x0000000000000001)], Ok(b"4.94066e-324")),
        (b"%#g", &[F(0x40fe240c9fbe76c9)], Ok(b"123457.")),
        (b"%#g", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%#g", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%#g", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%#g", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%#g", &[F(0x43e0000000000000)], Ok(b"9.22337e+18")),
        (b"%#g", &[F(0x3fd5555555555555)], Ok(b"0.333333")),
        (b"%#g", &[F(0x430c6bf526340000)], Ok(b"1.00000e+15")),
        (b"%#g", &[F(0x3fe0000000000000)], Ok(b"0.500000")),
        (b"%#g", &[F(0x4004000000000000)], Ok(b"2.50000")),
        (b"%#g", &[F(0x3ee4f8b588e368f1)], Ok(b"1.00000e-05")),
        (b"%#g", &[F(0x4059000000000000)], Ok(b"100.000")),
        (b"%G", &[F(0x0000000000000000)], Ok(b"0")),
        (b"%G", &[F(0x8000000000000000)], Ok(b"-0")),
        (b"%G", &[F(0x3ff0000000000000)], Ok(b"1")),
        (b"%G", &[F(0x3fb999999999999a)], Ok(b"0.1")),
        (b"%G", &[F(0xbff8000000000000)], Ok(b"-1.5")),
        (b"%G", &[F(0x7e37e43c8800759c)], Ok(b"1E+300")),
        (b"%G", &[F(0x01a56e1fc2f8f359)], Ok(b"1E-300")),
        (b"%G", &[F(0x0000000000000001)], Ok(b"4.94066E-324")),
        (b"%G", &[F(0x40fe240c9fbe76c9)], Ok(b"123457")),
        (b"%G", &[F(0x7ff0000000000000)], Ok(b"INF")),
        (b"%G", &[F(0xfff0000000000000)], Ok(b"-INF")),
        (b"%G", &[F(0xfff8000000000000)], Ok(b"-NAN")),
        (b"%G", &[F(0x7ff8000000000000)], Ok(b"NAN")),
        (b"%G", &[F(0x43e0000000000000)], Ok(b"9.22337E+18")),
        (b"%G", &[F(0x3fd5555555555555)], Ok(b"0.333333")),
        (b"%G", &[F(0x430c6bf526340000)], Ok(b"1E+15")),
        (b"%G", &[F(0x3fe0000000000000)], Ok(b"0.5")),
        (b"%G", &[F(0x4004000000000000)], Ok(b"2.5")),
        (b"%G", &[F(0x3ee4f8b588e368f1)], Ok(b"1E-05")),
        (b"%G", &[F(0x4059000000000000)], Ok(b"100")),
        (b"%.20g", &[F(0x0000000000000000)], Ok(b"0")),
        (b"%.20g", &[F(0x8000000000000000)], Ok(b"-0")),
        (b"%.20g", &[F(0x3ff0000000000000)], Ok(b"1")),
        (b"%.20g", &[F(0x3fb999999999999a)], Ok(b"0.10000000000000000555")),
        (b"%.20g", &[F(0xbff8000000000000)], Ok(b"-1.5")),
        (b"%.20g", &[F(0x7e37e43c8800759c)], Ok(b"1.0000000000000000525e+300")),
        (b"%.20g", &[F(0x01a56e1fc2f8f359)], Ok(b"1.0000000000000000251e-300")),
        (b"%.20g", &[F(0x0000000000000001)], Ok(b"4.9406564584124654418e-324")),
        (b"%.20g", &[F(0x40fe240c9fbe76c9)], Ok(b"123456.78900000000431")),
        (b"%.20g", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.20g", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.20g", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.20g", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.20g", &[F(0x43e0000000000000)], Ok(b"9223372036854775808")),
        (b"%.20g", &[F(0x3fd5555555555555)], Ok(b"0.33333333333333331483")),
        (b"%.20g", &[F(0x430c6bf526340000)], Ok(b"1000000000000000")),
        (b"%.20g", &[F(0x3fe0000000000000)], Ok(b"0.5")),
        (b"%.20g", &[F(0x4004000000000000)], Ok(b"2.5")),
        (b"%.20g", &[F(0x3ee4f8b588e368f1)], Ok(b"1.0000000000000000818e-05")),
        (b"%.20g", &[F(0x4059000000000000)], Ok(b"100")),
        (b"%a", &[F(0x0000000000000000)], Ok(b"0x0p+0")),
        (b"%a", &[F(0x8000000000000000)], Ok(b"-0x0p+0")),
        (b"%a", &[F(0x3ff0000000000000)], Ok(b"0x1p+0")),
        (b"%a", &[F(0x3fb999999999999a)], Ok(b"0x1.999999999999ap-4")),
        (b"%a", &[F(0xbff8000000000000)], Ok(b"-0x1.8p+0")),
        (b"%a", &[F(0x7e37e43c8800759c)], Ok(b"0x1.7e43c8800759cp+996")),
        (b"%a", &[F(0x01a56e1fc2f8f359)], Ok(b"0x1.56e1fc2f8f359p-997")),
        (b"%a", &[F(0x0000000000000001)], Ok(b"0x0.0000000000001p-1022")),
        (b"%a", &[F(0x40fe240c9fbe76c9)], Ok(b"0x1.e240c9fbe76c9p+16")),
        (b"%a", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%a", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%a", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%a", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%a", &[F(0x43e0000000000000)], Ok(b"0x1p+63")),
        (b"%a", &[F(0x3fd5555555555555)], Ok(b"0x1.5555555555555p-2")),
        (b"%a", &[F(0x430c6bf526340000)], Ok(b"0x1.c6bf52634p+49")),
        (b"%a", &[F(0x3fe0000000000000)], Ok(b"0x1p-1")),
        (b"%a", &[F(0x4004000000000000)], Ok(b"0x1.4p+1")),
        (b"%a", &[F(0x3ee4f8b588e368f1)], Ok(b"0x1.4f8b588e368f1p-17")),
        (b"%a", &[F(0x4059000000000000)], Ok(b"0x1.9p+6")),
        (b"%A", &[F(0x0000000000000000)], Ok(b"0X0P+0")),
        (b"%A", &[F(0x8000000000000000)], Ok(b"-0X0P+0")),
        (b"%A", &[F(0x3ff0000000000000)], Ok(b"0X1P+0")),
        (b"%A", &[F(0x3fb999999999999a)], Ok(b"0X1.999999999999AP-4")),
        (b"%A", &[F(0xbff8000000000000)], Ok(b"-0X1.8P+0")),
        (b"%A", &[F(0x7e37e43c8800759c)], Ok(b"0X1.7E43C8800759CP+996")),
        (b"%A", &[F(0x01a56e1fc2f8f359)], Ok(b"0X1.56E1FC2F8F359P-997")),
        (b"%A", &[F(0x0000000000000001)], Ok(b"0X0.0000000000001P-1022")),
        (b"%A", &[F(0x40fe240c9fbe76c9)], Ok(b"0X1.E240C9FBE76C9P+16")),
        (b"%A", &[F(0x7ff0000000000000)], Ok(b"INF")),
        (b"%A", &[F(0xfff0000000000000)], Ok(b"-INF")),
        (b"%A", &[F(0xfff8000000000000)], Ok(b"-NAN")),
        (b"%A", &[F(0x7ff8000000000000)], Ok(b"NAN")),
        (b"%A", &[F(0x43e0000000000000)], Ok(b"0X1P+63")),
        (b"%A", &[F(0x3fd5555555555555)], Ok(b"0X1.5555555555555P-2")),
        (b"%A", &[F(0x430c6bf526340000)], Ok(b"0X1.C6BF52634P+49")),
        (b"%A", &[F(0x3fe0000000000000)], Ok(b"0X1P-1")),
        (b"%A", &[F(0x4004000000000000)], Ok(b"0X1.4P+1")),
        (b"%A", &[F(0x3ee4f8b588e368f1)], Ok(b"0X1.4F8B588E368F1P-17")),
        (b"%A", &[F(0x4059000000000000)], Ok(b"0X1.9P+6")),
        (b"%.3a", &[F(0x0000000000000000)], Ok(b"0x0.000p+0")),
        (b"%.3a", &[F(0x8000000000000000)], Ok(b"-0x0.000p+0")),
        (b"%.3a", &[F(0x3ff0000000000000)], Ok(b"0x1.000p+0")),
        (b"%.3a", &[F(0x3fb999999999999a)], Ok(b"0x1.99ap-4")),
        (b"%.3a", &[F(0xbff8000000000000)], Ok(b"-0x1.800p+0")),
        (b"%.3a", &[F(0x7e37e43c8800759c)], Ok(b"0x1.7e4p+996")),
        (b"%.3a", &[F(0x01a56e1fc2f8f359)], Ok(b"0x1.56ep-997")),
        (b"%.3a", &[F(0x0000000000000001)], Ok(b"0x0.000p-1022")),
        (b"%.3a", &[F(0x40fe240c9fbe76c9)], Ok(b"0x1.e24p+16")),
        (b"%.3a", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.3a", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.3a", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.3a", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.3a", &[F(0x43e0000000000000)], Ok(b"0x1.000p+63")),
        (b"%.3a", &[F(0x3fd5555555555555)], Ok(b"0x1.555p-2")),
        (b"%.3a", &[F(0x430c6bf526340000)], Ok(b"0x1.c6cp+49")),
        (b"%.3a", &[F(0x3fe0000000000000)], Ok(b"0x1.000p-1")),
        (b"%.3a", &[F(0x4004000000000000)], Ok(b"0x1.400p+1")),
        (b"%.3a", &[F(0x3ee4f8b588e368f1)], Ok(b"0x1.4f9p-17")),
        (b"%.3a", &[F(0x4059000000000000)], Ok(b"0x1.900p+6")),
        (b"%.0a", &[F(0x0000000000000000)], Ok(b"0x0p+0")),
        (b"%.0a", &[F(0x8000000000000000)], Ok(b"-0x0p+0")),
        (b"%.0a", &[F(0x3ff0000000000000)], Ok(b"0x1p+0")),
        (b"%.0a", &[F(0x3fb999999999999a)], Ok(b"0x2p-4")),
        (b"%.0a", &[F(0xbff8000000000000)], Ok(b"-0x2p+0")),
        (b"%.0a", &[F(0x7e37e43c8800759c)], Ok(b"0x1p+996")),
        (b"%.0a", &[F(0x01a56e1fc2f8f359)], Ok(b"0x1p-997")),
        (b"%.0a", &[F(0x0000000000000001)], Ok(b"0x0p-1022")),
        (b"%.0a", &[F(0x40fe240c9fbe76c9)], Ok(b"0x2p+16")),
        (b"%.0a", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.0a", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.0a", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.0a", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.0a", &[F(0x43e0000000000000)], Ok(b"0x1p+63")),
        (b"%.0a", &[F(0x3fd5555555555555)], Ok(b"0x1p-2")),
        (b"%.0a", &[F(0x430c6bf526340000)], Ok(b"0x2p+49")),
        (b"%.0a", &[F(0x3fe0000000000000)], Ok(b"0x1p-1")),
        (b"%.0a", &[F(0x4004000000000000)], Ok(b"0x1p+1")),
        (b"%.0a", &[F(0x3ee4f8b588e368f1)], Ok(b"0x1p-17")),
        (b"%.0a", &[F(0x4059000000000000)], Ok(b"0x2p+6")),
        (b"%#a", &[F(0x0000000000000000)], Ok(b"0x0.p+0")),
        (b"%#a", &[F(0x8000000000000000)], Ok(b"-0x0.p+0")),
        (b"%#a", &[F(0x3ff0000000000000)], Ok(b"0x1.p+0")),
        (b"%#a", &[F(0x3fb999999999999a)], Ok(b"0x1.999999999999ap-4")),
        (b"%#a", &[F(0xbff8000000000000)], Ok(b"-0x1.8p+0")),
        (b"%#a", &[F(0x7e37e43c8800759c)], Ok(b"0x1.7e43c8800759cp+996")),
        (b"%#a", &[F(0x01a56e1fc2f8f359)], Ok(b"0x1.56e1fc2f8f359p-997")),
        (b"%#a", &[F(0x0000000000000001)], Ok(b"0x0.0000000000001p-1022")),
        (b"%#a", &[F(0x40fe240c9fbe76c9)], Ok(b"0x1.e240c9fbe76c9p+16")),
        (b"%#a", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%#a", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%#a", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%#a", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%#a", &[F(0x43e0000000000000)], Ok(b"0x1.p+63")),
        (b"%#a", &[F(0x3fd5555555555555)], Ok(b"0x1.5555555555555p-2")),
        (b"%#a", &[F(0x430c6bf526340000)], Ok(b"0x1.c6bf52634p+49")),
        (b"%#a", &[F(0x3fe0000000000000)], Ok(b"0x1.p-1")),
        (b"%#a", &[F(0x4004000000000000)], Ok(b"0x1.4p+1")),
        (b"%#a", &[F(0x3ee4f8b588e368f1)], Ok(b"0x1.4f8b588e368f1p-17")),
        (b"%#a", &[F(0x4059000000000000)], Ok(b"0x1.9p+6")),
        (b"%99.99f", &[F(0x0000000000000000)], Ok(b"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x8000000000000000)], Ok(b"-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x3ff0000000000000)], Ok(b"1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x3fb999999999999a)], Ok(b"0.100000000000000005551115123125782702118158340454101562500000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0xbff8000000000000)], Ok(b"-1.500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x7e37e43c8800759c)], Ok(b"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x01a56e1fc2f8f359)], Ok(b"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x0000000000000001)], Ok(b"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x40fe240c9fbe76c9)], Ok(b"123456.789000000004307366907596588134765625000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x7ff0000000000000)], Ok(b"                                                                                                inf")),
        (b"%99.99f", &[F(0xfff0000000000000)], Ok(b"                                                                                               -inf")),
        (b"%99.99f", &[F(0xfff8000000000000)], Ok(b"                                                                                               -nan")),
        (b"%99.99f", &[F(0x7ff8000000000000)], Ok(b"                                                                                                nan")),
        (b"%99.99f", &[F(0x43e0000000000000)], Ok(b"9223372036854775808.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x3fd5555555555555)], Ok(b"0.333333333333333314829616256247390992939472198486328125000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x430c6bf526340000)], Ok(b"1000000000000000.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x3fe0000000000000)], Ok(b"0.500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x4004000000000000)], Ok(b"2.500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%99.99f", &[F(0x3ee4f8b588e368f1)], Ok(b"0.000010000000000000000818030539140313095458623138256371021270751953125000000000000000000000000000000")),
        (b"%99.99f", &[F(0x4059000000000000)], Ok(b"100.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (b"%.99e", &[F(0x0000000000000000)], Ok(b"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00")),
        (b"%.99e", &[F(0x8000000000000000)], Ok(b"-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00")),
        (b"%.99e", &[F(0x3ff0000000000000)], Ok(b"1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00")),
        (b"%.99e", &[F(0x3fb999999999999a)], Ok(b"1.000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000e-01")),
        (b"%.99e", &[F(0xbff8000000000000)], Ok(b"-1.500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00")),
        (b"%.99e", &[F(0x7e37e43c8800759c)], Ok(b"1.000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864e+300")),
        (b"%.99e", &[F(0x01a56e1fc2f8f359)], Ok(b"1.000000000000000025059091835208759685696146807703705249925342319900466043184051484676302812181950101e-300")),
        (b"%.99e", &[F(0x0000000000000001)], Ok(b"4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359924e-324")),
        (b"%.99e", &[F(0x40fe240c9fbe76c9)], Ok(b"1.234567890000000043073669075965881347656250000000000000000000000000000000000000000000000000000000000e+05")),
        (b"%.99e", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.99e", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.99e", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.99e", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.99e", &[F(0x43e0000000000000)], Ok(b"9.223372036854775808000000000000000000000000000000000000000000000000000000000000000000000000000000000e+18")),
        (b"%.99e", &[F(0x3fd5555555555555)], Ok(b"3.333333333333333148296162562473909929394721984863281250000000000000000000000000000000000000000000000e-01")),
        (b"%.99e", &[F(0x430c6bf526340000)], Ok(b"1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+15")),
        (b"%.99e", &[F(0x3fe0000000000000)], Ok(b"5.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-01")),
        (b"%.99e", &[F(0x4004000000000000)], Ok(b"2.500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00")),
        (b"%.99e", &[F(0x3ee4f8b588e368f1)], Ok(b"1.000000000000000081803053914031309545862313825637102127075195312500000000000000000000000000000000000e-05")),
        (b"%.99e", &[F(0x4059000000000000)], Ok(b"1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+02")),
        (b"%.14g", &[F(0x0000000000000000)], Ok(b"0")),
        (b"%.14g", &[F(0x8000000000000000)], Ok(b"-0")),
        (b"%.14g", &[F(0x3ff0000000000000)], Ok(b"1")),
        (b"%.14g", &[F(0x3fb999999999999a)], Ok(b"0.1")),
        (b"%.14g", &[F(0xbff8000000000000)], Ok(b"-1.5")),
        (b"%.14g", &[F(0x7e37e43c8800759c)], Ok(b"1e+300")),
        (b"%.14g", &[F(0x01a56e1fc2f8f359)], Ok(b"1e-300")),
        (b"%.14g", &[F(0x0000000000000001)], Ok(b"4.9406564584125e-324")),
        (b"%.14g", &[F(0x40fe240c9fbe76c9)], Ok(b"123456.789")),
        (b"%.14g", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.14g", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.14g", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.14g", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.14g", &[F(0x43e0000000000000)], Ok(b"9.2233720368548e+18")),
        (b"%.14g", &[F(0x3fd5555555555555)], Ok(b"0.33333333333333")),
        (b"%.14g", &[F(0x430c6bf526340000)], Ok(b"1e+15")),
        (b"%.14g", &[F(0x3fe0000000000000)], Ok(b"0.5")),
        (b"%.14g", &[F(0x4004000000000000)], Ok(b"2.5")),
        (b"%.14g", &[F(0x3ee4f8b588e368f1)], Ok(b"1e-05")),
        (b"%.14g", &[F(0x4059000000000000)], Ok(b"100")),
        (b"%+.3e", &[F(0x0000000000000000)], Ok(b"+0.000e+00")),
        (b"%+.3e", &[F(0x8000000000000000)], Ok(b"-0.000e+00")),
        (b"%+.3e", &[F(0x3ff0000000000000)], Ok(b"+1.000e+00")),
        (b"%+.3e", &[F(0x3fb999999999999a)], Ok(b"+1.000e-01")),
        (b"%+.3e", &[F(0xbff8000000000000)], Ok(b"-1.500e+00")),
        (b"%+.3e", &[F(0x7e37e43c8800759c)], Ok(b"+1.000e+300")),
        (b"%+.3e", &[F(0x01a56e1fc2f8f359)], Ok(b"+1.000e-300")),
        (b"%+.3e", &[F(0x0000000000000001)], Ok(b"+4.941e-324")),
        (b"%+.3e", &[F(0x40fe240c9fbe76c9)], Ok(b"+1.235e+05")),
        (b"%+.3e", &[F(0x7ff0000000000000)], Ok(b"+inf")),
        (b"%+.3e", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%+.3e", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%+.3e", &[F(0x7ff8000000000000)], Ok(b"+nan")),
        (b"%+.3e", &[F(0x43e0000000000000)], Ok(b"+9.223e+18")),
        (b"%+.3e", &[F(0x3fd5555555555555)], Ok(b"+3.333e-01")),
        (b"%+.3e", &[F(0x430c6bf526340000)], Ok(b"+1.000e+15")),
        (b"%+.3e", &[F(0x3fe0000000000000)], Ok(b"+5.000e-01")),
        (b"%+.3e", &[F(0x4004000000000000)], Ok(b"+2.500e+00")),
        (b"%+.3e", &[F(0x3ee4f8b588e368f1)], Ok(b"+1.000e-05")),
        (b"%+.3e", &[F(0x4059000000000000)], Ok(b"+1.000e+02")),
        (b"% 020.4g", &[F(0x0000000000000000)], Ok(b" 0000000000000000000")),
        (b"% 020.4g", &[F(0x8000000000000000)], Ok(b"-0000000000000000000")),
        (b"% 020.4g", &[F(0x3ff0000000000000)], Ok(b" 0000000000000000001")),
        (b"% 020.4g", &[F(0x3fb999999999999a)], Ok(b" 00000000000000000.1")),
        (b"% 020.4g", &[F(0xbff8000000000000)], Ok(b"-00000000000000001.5")),
        (b"% 020.4g", &[F(0x7e37e43c8800759c)], Ok(b" 00000000000001e+300")),
        (b"% 020.4g", &[F(0x01a56e1fc2f8f359)], Ok(b" 00000000000001e-300")),
        (b"% 020.4g", &[F(0x0000000000000001)], Ok(b" 0000000004.941e-324")),
        (b"% 020.4g", &[F(0x40fe240c9fbe76c9)], Ok(b" 00000000001.235e+05")),
        (b"% 020.4g", &[F(0x7ff0000000000000)], Ok(b"                 inf")),
        (b"% 020.4g", &[F(0xfff0000000000000)], Ok(b"                -inf")),
        (b"% 020.4g", &[F(0xfff8000000000000)], Ok(b"                -nan")),
        (b"% 020.4g", &[F(0x7ff8000000000000)], Ok(b"                 nan")),
        (b"% 020.4g", &[F(0x43e0000000000000)], Ok(b" 00000000009.223e+18")),
        (b"% 020.4g", &[F(0x3fd5555555555555)], Ok(b" 00000000000000.3333")),
        (b"% 020.4g", &[F(0x430c6bf526340000)], Ok(b" 000000000000001e+15")),
        (b"% 020.4g", &[F(0x3fe0000000000000)], Ok(b" 00000000000000000.5")),
        (b"% 020.4g", &[F(0x4004000000000000)], Ok(b" 00000000000000002.5")),
        (b"% 020.4g", &[F(0x3ee4f8b588e368f1)], Ok(b" 000000000000001e-05")),
        (b"% 020.4g", &[F(0x4059000000000000)], Ok(b" 0000000000000000100")),
        (b"%-+#20.10a", &[F(0x0000000000000000)], Ok(b"+0x0.0000000000p+0  ")),
        (b"%-+#20.10a", &[F(0x8000000000000000)], Ok(b"-0x0.0000000000p+0  ")),
        (b"%-+#20.10a", &[F(0x3ff0000000000000)], Ok(b"+0x1.0000000000p+0  ")),
        (b"%-+#20.10a", &[F(0x3fb999999999999a)], Ok(b"+0x1.999999999ap-4  ")),
        (b"%-+#20.10a", &[F(0xbff8000000000000)], Ok(b"-0x1.8000000000p+0  ")),
        (b"%-+#20.10a", &[F(0x7e37e43c8800759c)], Ok(b"+0x1.7e43c88007p+996")),
        (b"%-+#20.10a", &[F(0x01a56e1fc2f8f359)], Ok(b"+0x1.56e1fc2f8fp-997")),
        (b"%-+#20.10a", &[F(0x0000000000000001)], Ok(b"+0x0.0000000000p-1022")),
        (b"%-+#20.10a", &[F(0x40fe240c9fbe76c9)], Ok(b"+0x1.e240c9fbe7p+16 ")),
        (b"%-+#20.10a", &[F(0x7ff0000000000000)], Ok(b"+inf                ")),
        (b"%-+#20.10a", &[F(0xfff0000000000000)], Ok(b"-inf                ")),
        (b"%-+#20.10a", &[F(0xfff8000000000000)], Ok(b"-nan                ")),
        (b"%-+#20.10a", &[F(0x7ff8000000000000)], Ok(b"+nan                ")),
        (b"%-+#20.10a", &[F(0x43e0000000000000)], Ok(b"+0x1.0000000000p+63 ")),
        (b"%-+#20.10a", &[F(0x3fd5555555555555)], Ok(b"+0x1.5555555555p-2  ")),
        (b"%-+#20.10a", &[F(0x430c6bf526340000)], Ok(b"+0x1.c6bf526340p+49 ")),
        (b"%-+#20.10a", &[F(0x3fe0000000000000)], Ok(b"+0x1.0000000000p-1  ")),
        (b"%-+#20.10a", &[F(0x4004000000000000)], Ok(b"+0x1.4000000000p+1  ")),
        (b"%-+#20.10a", &[F(0x3ee4f8b588e368f1)], Ok(b"+0x1.4f8b588e37p-17 ")),
        (b"%-+#20.10a", &[F(0x4059000000000000)], Ok(b"+0x1.9000000000p+6  ")),
        (b"%.99g", &[F(0x0000000000000000)], Ok(b"0")),
        (b"%.99g", &[F(0x8000000000000000)], Ok(b"-0")),
        (b"%.99g", &[F(0x3ff0000000000000)], Ok(b"1")),
        (b"%.99g", &[F(0x3fb999999999999a)], Ok(b"0.1000000000000000055511151231257827021181583404541015625")),
        (b"%.99g", &[F(0xbff8000000000000)], Ok(b"-1.5")),
        (b"%.99g", &[F(0x7e37e43c8800759c)], Ok(b"1.00000000000000005250476025520442024870446858110815915491585411551180245798890819578637137508044786e+300")),
        (b"%.99g", &[F(0x01a56e1fc2f8f359)], Ok(b"1.0000000000000000250590918352087596856961468077037052499253423199004660431840514846763028121819501e-300")),
        (b"%.99g", &[F(0x0000000000000001)], Ok(b"4.94065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992e-324")),
        (b"%.99g", &[F(0x40fe240c9fbe76c9)], Ok(b"123456.789000000004307366907596588134765625")),
        (b"%.99g", &[F(0x7ff0000000000000)], Ok(b"inf")),
        (b"%.99g", &[F(0xfff0000000000000)], Ok(b"-inf")),
        (b"%.99g", &[F(0xfff8000000000000)], Ok(b"-nan")),
        (b"%.99g", &[F(0x7ff8000000000000)], Ok(b"nan")),
        (b"%.99g", &[F(0x43e0000000000000)], Ok(b"9223372036854775808")),
        (b"%.99g", &[F(0x3fd5555555555555)], Ok(b"0.333333333333333314829616256247390992939472198486328125")),
        (b"%.99g", &[F(0x430c6bf526340000)], Ok(b"1000000000000000")),
        (b"%.99g", &[F(0x3fe0000000000000)], Ok(b"0.5")),
        (b"%.99g", &[F(0x4004000000000000)], Ok(b"2.5")),
        (b"%.99g", &[F(0x3ee4f8b588e368f1)], Ok(b"1.0000000000000000818030539140313095458623138256371021270751953125e-05")),
        (b"%.99g", &[F(0x4059000000000000)], Ok(b"100")),
        (b"%F", &[F(0x0000000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x8000000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x3ff0000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x3fb999999999999a)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0xbff8000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x7e37e43c8800759c)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x01a56e1fc2f8f359)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x0000000000000001)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x40fe240c9fbe76c9)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x7ff0000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0xfff0000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0xfff8000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x7ff8000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x43e0000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x3fd5555555555555)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x430c6bf526340000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x3fe0000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x4004000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x3ee4f8b588e368f1)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%F", &[F(0x4059000000000000)], Err(b"invalid conversion '%F' to 'format'")),
        (b"%Lf", &[F(0x0000000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x8000000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x3ff0000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x3fb999999999999a)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0xbff8000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x7e37e43c8800759c)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x01a56e1fc2f8f359)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x0000000000000001)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x40fe240c9fbe76c9)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x7ff0000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0xfff0000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0xfff8000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x7ff8000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x43e0000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x3fd5555555555555)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x430c6bf526340000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x3fe0000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x4004000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x3ee4f8b588e368f1)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%Lf", &[F(0x4059000000000000)], Err(b"invalid conversion '%L' to 'format'")),
        (b"%lf", &[F(0x0000000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x8000000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x3ff0000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x3fb999999999999a)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0xbff8000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x7e37e43c8800759c)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x01a56e1fc2f8f359)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x0000000000000001)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x40fe240c9fbe76c9)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x7ff0000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0xfff0000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0xfff8000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x7ff8000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x43e0000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x3fd5555555555555)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x430c6bf526340000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x3fe0000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x4004000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x3ee4f8b588e368f1)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lf", &[F(0x4059000000000000)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%.100f", &[F(0x0000000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x8000000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x3ff0000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x3fb999999999999a)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0xbff8000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x7e37e43c8800759c)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x01a56e1fc2f8f359)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x0000000000000001)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x40fe240c9fbe76c9)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x7ff0000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0xfff0000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0xfff8000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x7ff8000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x43e0000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x3fd5555555555555)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x430c6bf526340000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x3fe0000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x4004000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x3ee4f8b588e368f1)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%.100f", &[F(0x4059000000000000)], Err(b"invalid conversion specification: '%.100f'")),
        (b"%100f", &[F(0x0000000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x8000000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x3ff0000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x3fb999999999999a)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0xbff8000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x7e37e43c8800759c)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x01a56e1fc2f8f359)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x0000000000000001)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x40fe240c9fbe76c9)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x7ff0000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0xfff0000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0xfff8000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x7ff8000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x43e0000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x3fd5555555555555)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x430c6bf526340000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x3fe0000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x4004000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x3ee4f8b588e368f1)], Err(b"invalid conversion specification: '%100f'")),
        (b"%100f", &[F(0x4059000000000000)], Err(b"invalid conversion specification: '%100f'")),
        (b"%5.5.5f", &[F(0x0000000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x8000000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x3ff0000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x3fb999999999999a)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0xbff8000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x7e37e43c8800759c)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x01a56e1fc2f8f359)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x0000000000000001)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x40fe240c9fbe76c9)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x7ff0000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0xfff0000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0xfff8000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x7ff8000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x43e0000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x3fd5555555555555)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x430c6bf526340000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x3fe0000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x4004000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x3ee4f8b588e368f1)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%5.5.5f", &[F(0x4059000000000000)], Err(b"invalid conversion specification: '%5.5.5f'")),
        (b"%#-+ 05.5f", &[F(0x0000000000000000)], Ok(b"+0.00000")),
        (b"%#-+ 05.5f", &[F(0x8000000000000000)], Ok(b"-0.00000")),
        (b"%#-+ 05.5f", &[F(0x3ff0000000000000)], Ok(b"+1.00000")),
        (b"%#-+ 05.5f", &[F(0x3fb999999999999a)], Ok(b"+0.10000")),
        (b"%#-+ 05.5f", &[F(0xbff8000000000000)], Ok(b"-1.50000")),
        (b"%#-+ 05.5f", &[F(0x7e37e43c8800759c)], Ok(b"+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00000")),
        (b"%#-+ 05.5f", &[F(0x01a56e1fc2f8f359)], Ok(b"+0.00000")),
        (b"%#-+ 05.5f", &[F(0x0000000000000001)], Ok(b"+0.00000")),
        (b"%#-+ 05.5f", &[F(0x40fe240c9fbe76c9)], Ok(b"+123456.78900")),
        (b"%#-+ 05.5f", &[F(0x7ff0000000000000)], Ok(b"+inf ")),
        (b"%#-+ 05.5f", &[F(0xfff0000000000000)], Ok(b"-inf ")),
        (b"%#-+ 05.5f", &[F(0xfff8000000000000)], Ok(b"-nan ")),
        (b"%#-+ 05.5f", &[F(0x7ff8000000000000)], Ok(b"+nan ")),
        (b"%#-+ 05.5f", &[F(0x43e0000000000000)], Ok(b"+9223372036854775808.00000")),
        (b"%#-+ 05.5f", &[F(0x3fd5555555555555)], Ok(b"+0.33333")),
        (b"%#-+ 05.5f", &[F(0x430c6bf526340000)], Ok(b"+1000000000000000.00000")),
        (b"%#-+ 05.5f", &[F(0x3fe0000000000000)], Ok(b"+0.50000")),
        (b"%#-+ 05.5f", &[F(0x4004000000000000)], Ok(b"+2.50000")),
        (b"%#-+ 05.5f", &[F(0x3ee4f8b588e368f1)], Ok(b"+0.00001")),
        (b"%#-+ 05.5f", &[F(0x4059000000000000)], Ok(b"+100.00000")),
        (b"%d", &[F(0x4008000000000000)], Ok(b"3")),
        (b"%x", &[F(0xc000000000000000)], Ok(b"fffffffffffffffe")),
        (b"%5.1f", &[I(3)], Ok(b"  3.0")),
        (b"%a", &[I(1)], Ok(b"0x1p+0")),
        (b"%g", &[I(-9223372036854775808)], Ok(b"-9.22337e+18")),
        (b"%c", &[I(65), I(66), I(67)], Ok(b"A")),
        (b"%c", &[I(0), I(66), I(67)], Ok(b"\x00")),
        (b"%c", &[I(322), I(66), I(67)], Ok(b"B")),
        (b"%c", &[I(-1), I(66), I(67)], Ok(b"\xff")),
        (b"%c", &[I(255), I(66), I(67)], Ok(b"\xff")),
        (b"%5c", &[I(65), I(66), I(67)], Ok(b"    A")),
        (b"%5c", &[I(0), I(66), I(67)], Ok(b"    \x00")),
        (b"%5c", &[I(322), I(66), I(67)], Ok(b"    B")),
        (b"%5c", &[I(-1), I(66), I(67)], Ok(b"    \xff")),
        (b"%5c", &[I(255), I(66), I(67)], Ok(b"    \xff")),
        (b"%-5c", &[I(65), I(66), I(67)], Ok(b"A    ")),
        (b"%-5c", &[I(0), I(66), I(67)], Ok(b"\x00    ")),
        (b"%-5c", &[I(322), I(66), I(67)], Ok(b"B    ")),
        (b"%-5c", &[I(-1), I(66), I(67)], Ok(b"\xff    ")),
        (b"%-5c", &[I(255), I(66), I(67)], Ok(b"\xff    ")),
        (b"%.2c", &[I(65), I(66), I(67)], Err(b"invalid conversion specification: '%.2c'")),
        (b"%.2c", &[I(0), I(66), I(67)], Err(b"invalid conversion specification: '%.2c'")),
        (b"%.2c", &[I(322), I(66), I(67)], Err(b"invalid conversion specification: '%.2c'")),
        (b"%.2c", &[I(-1), I(66), I(67)], Err(b"invalid conversion specification: '%.2c'")),
        (b"%.2c", &[I(255), I(66), I(67)], Err(b"invalid conversion specification: '%.2c'")),
        (b"%05c", &[I(65), I(66), I(67)], Err(b"invalid conversion specification: '%05c'")),
        (b"%05c", &[I(0), I(66), I(67)], Err(b"invalid conversion specification: '%05c'")),
        (b"%05c", &[I(322), I(66), I(67)], Err(b"invalid conversion specification: '%05c'")),
        (b"%05c", &[I(-1), I(66), I(67)], Err(b"invalid conversion specification: '%05c'")),
        (b"%05c", &[I(255), I(66), I(67)], Err(b"invalid conversion specification: '%05c'")),
        (b"%+c", &[I(65), I(66), I(67)], Err(b"invalid conversion specification: '%+c'")),
        (b"%+c", &[I(0), I(66), I(67)], Err(b"invalid conversion specification: '%+c'")),
        (b"%+c", &[I(322), I(66), I(67)], Err(b"invalid conversion specification: '%+c'")),
        (b"%+c", &[I(-1), I(66), I(67)], Err(b"invalid conversion specification: '%+c'")),
        (b"%+c", &[I(255), I(66), I(67)], Err(b"invalid conversion specification: '%+c'")),
        (b"%c%c%c", &[I(65), I(66), I(67)], Ok(b"ABC")),
        (b"%c%c%c", &[I(0), I(66), I(67)], Ok(b"\x00BC")),
        (b"%c%c%c", &[I(322), I(66), I(67)], Ok(b"BBC")),
        (b"%c%c%c", &[I(-1), I(66), I(67)], Ok(b"\xffBC")),
        (b"%c%c%c", &[I(255), I(66), I(67)], Ok(b"\xffBC")),
        (b"%s", &[S(b"abc")], Ok(b"abc")),
        (b"%s", &[S(b"")], Ok(b"")),
        (b"%s", &[S(b"a\x00b")], Ok(b"a\x00b")),
        (b"%s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        (b"%s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")),
        (b"%s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")),
        (b"%s", &[S(b"hello world")], Ok(b"hello world")),
        (b"%5s", &[S(b"abc")], Ok(b"  abc")),
        (b"%5s", &[S(b"")], Ok(b"     ")),
        (b"%5s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%5s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        (b"%5s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")),
        (b"%5s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")),
        (b"%5s", &[S(b"hello world")], Ok(b"hello world")),
        (b"%-5s", &[S(b"abc")], Ok(b"abc  ")),
        (b"%-5s", &[S(b"")], Ok(b"     ")),
        (b"%-5s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%-5s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        (b"%-5s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")),
        (b"%-5s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")),
        (b"%-5s", &[S(b"hello world")], Ok(b"hello world")),
        (b"%.2s", &[S(b"abc")], Ok(b"ab")),
        (b"%.2s", &[S(b"")], Ok(b"")),
        (b"%.2s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%.2s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"xx")),
        (b"%.2s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"yy")),
        (b"%.2s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"zz")),
        (b"%.2s", &[S(b"hello world")], Ok(b"he")),
        (b"%10.2s", &[S(b"abc")], Ok(b"        ab")),
        (b"%10.2s", &[S(b"")], Ok(b"          ")),
        (b"%10.2s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%10.2s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"        xx")),
        (b"%10.2s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"        yy")),
        (b"%10.2s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"        zz")),
        (b"%10.2s", &[S(b"hello world")], Ok(b"        he")),
        (b"%.0s", &[S(b"abc")], Ok(b"")),
        (b"%.0s", &[S(b"")], Ok(b"")),
        (b"%.0s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%.0s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"")),
        (b"%.0s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"")),
        (b"%.0s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"")),
        (b"%.0s", &[S(b"hello world")], Ok(b"")),
        (b"%.99s", &[S(b"abc")], Ok(b"abc")),
        (b"%.99s", &[S(b"")], Ok(b"")),
        (b"%.99s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%.99s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        (b"%.99s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")),
        (b"%.99s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")),
        (b"%.99s", &[S(b"hello world")], Ok(b"hello world")),
        (b"%99s", &[S(b"abc")], Ok(b"                                                                                                abc")),
        (b"%99s", &[S(b"")], Ok(b"                                                                                                   ")),
        (b"%99s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%99s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        (b"%99s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")),
        (b"%99s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")),
        (b"%99s", &[S(b"hello world")], Ok(b"                                                                                        hello world")),
        (b"%.200s", &[S(b"abc")], Err(b"invalid conversion specification: '%.200s'")),
        (b"%.200s", &[S(b"")], Err(b"invalid conversion specification: '%.200s'")),
        (b"%.200s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%.200s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Err(b"invalid conversion specification: '%.200s'")),
        (b"%.200s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Err(b"invalid conversion specification: '%.200s'")),
        (b"%.200s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Err(b"invalid conversion specification: '%.200s'")),
        (b"%.200s", &[S(b"hello world")], Err(b"invalid conversion specification: '%.200s'")),
        (b"%05s", &[S(b"abc")], Err(b"invalid conversion specification: '%05s'")),
        (b"%05s", &[S(b"")], Err(b"invalid conversion specification: '%05s'")),
        (b"%05s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%05s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Err(b"invalid conversion specification: '%05s'")),
        (b"%05s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Err(b"invalid conversion specification: '%05s'")),
        (b"%05s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Err(b"invalid conversion specification: '%05s'")),
        (b"%05s", &[S(b"hello world")], Err(b"invalid conversion specification: '%05s'")),
        (b"%+s", &[S(b"abc")], Err(b"invalid conversion specification: '%+s'")),
        (b"%+s", &[S(b"")], Err(b"invalid conversion specification: '%+s'")),
        (b"%+s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%+s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Err(b"invalid conversion specification: '%+s'")),
        (b"%+s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Err(b"invalid conversion specification: '%+s'")),
        (b"%+s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Err(b"invalid conversion specification: '%+s'")),
        (b"%+s", &[S(b"hello world")], Err(b"invalid conversion specification: '%+s'")),
        (b"%#s", &[S(b"abc")], Err(b"invalid conversion specification: '%#s'")),
        (b"%#s", &[S(b"")], Err(b"invalid conversion specification: '%#s'")),
        (b"%#s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%#s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Err(b"invalid conversion specification: '%#s'")),
        (b"%#s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Err(b"invalid conversion specification: '%#s'")),
        (b"%#s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Err(b"invalid conversion specification: '%#s'")),
        (b"%#s", &[S(b"hello world")], Err(b"invalid conversion specification: '%#s'")),
        (b"%-20.10s", &[S(b"abc")], Ok(b"abc                 ")),
        (b"%-20.10s", &[S(b"")], Ok(b"                    ")),
        (b"%-20.10s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%-20.10s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"xxxxxxxxxx          ")),
        (b"%-20.10s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"yyyyyyyyyy          ")),
        (b"%-20.10s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"zzzzzzzzzz          ")),
        (b"%-20.10s", &[S(b"hello world")], Ok(b"hello worl          ")),
        (b"%.s", &[S(b"abc")], Ok(b"")),
        (b"%.s", &[S(b"")], Ok(b"")),
        (b"%.s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%.s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"")),
        (b"%.s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"")),
        (b"%.s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"")),
        (b"%.s", &[S(b"hello world")], Ok(b"")),
        (b"%5.s", &[S(b"abc")], Ok(b"     ")),
        (b"%5.s", &[S(b"")], Ok(b"     ")),
        (b"%5.s", &[S(b"a\x00b")], Err(b"bad argument #2 to 'string.format' (string contains zeros)")),
        (b"%5.s", &[S(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")], Ok(b"     ")),
        (b"%5.s", &[S(b"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy")], Ok(b"     ")),
        (b"%5.s", &[S(b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")], Ok(b"     ")),
        (b"%5.s", &[S(b"hello world")], Ok(b"     ")),
        (b"%s", &[I(12)], Ok(b"12")),
        (b"%s", &[F(0x3ff8000000000000)], Ok(b"1.5")),
        (b"%s", &[Nil], Ok(b"nil")),
        (b"%s", &[B(true)], Ok(b"true")),
        (b"%10s", &[I(12)], Ok(b"        12")),
        (b"%.2s", &[F(0x400a000000000000)], Ok(b"3.")),
        (b"%q", &[S(b"abc")], Ok(b"\"abc\"")),
        (b"%q", &[S(b"\x0d\x0a\x09")], Ok(b"\"\\13\\\x0a\\9\"")),
        (b"%q", &[S(b"\x00")], Ok(b"\"\\0\"")),
        (b"%q", &[S(b"\x001")], Ok(b"\"\\0001\"")),
        (b"%q", &[S(b"\x00a")], Ok(b"\"\\0a\"")),
        (b"%q", &[S(b"\x0a")], Ok(b"\"\\\x0a\"")),
        (b"%q", &[S(b"\"")], Ok(b"\"\\\"\"")),
        (b"%q", &[S(b"\\")], Ok(b"\"\\\\\"")),
        (b"%q", &[S(b"\x7f")], Ok(b"\"\\127\"")),
        (b"%q", &[S(b"\xc8\xff")], Ok(b"\"\xc8\xff\"")),
        (b"%q", &[S(b"\x01\x02x")], Ok(b"\"\\1\\2x\"")),
        (b"%q", &[S(b"\x019")], Ok(b"\"\\0019\"")),
        (b"%q", &[S(b"a\x00")], Ok(b"\"a\\0\"")),
        (b"%q", &[S(b"\x1f ")], Ok(b"\"\\31 \"")),
        (b"%q", &[S(b"\x00\x00\x00")], Ok(b"\"\\0\\0\\0\"")),
        (b"%q", &[S(b"'")], Ok(b"\"'\"")),
        (b"%q", &[S(b"\xc80")], Ok(b"\"\xc80\"")),
        (b"%q", &[I(0)], Ok(b"0")),
        (b"%q", &[I(1)], Ok(b"1")),
        (b"%q", &[I(-1)], Ok(b"-1")),
        (b"%q", &[I(255)], Ok(b"255")),
        (b"%q", &[I(9223372036854775807)], Ok(b"9223372036854775807")),
        (b"%q", &[I(-9223372036854775808)], Ok(b"0x8000000000000000")),
        (b"%q", &[I(42)], Ok(b"42")),
        (b"%q", &[I(1234567)], Ok(b"1234567")),
        (b"%q", &[F(0x0000000000000000)], Ok(b"0x0p+0")),
        (b"%q", &[F(0x8000000000000000)], Ok(b"-0x0p+0")),
        (b"%q", &[F(0x3ff0000000000000)], Ok(b"0x1p+0")),
        (b"%q", &[F(0x3fb999999999999a)], Ok(b"0x1.999999999999ap-4")),
        (b"%q", &[F(0xbff8000000000000)], Ok(b"-0x1.8p+0")),
        (b"%q", &[F(0x7e37e43c8800759c)], Ok(b"0x1.7e43c8800759cp+996")),
        (b"%q", &[F(0x01a56e1fc2f8f359)], Ok(b"0x1.56e1fc2f8f359p-997")),
        (b"%q", &[F(0x0000000000000001)], Ok(b"0x0.0000000000001p-1022")),
        (b"%q", &[F(0x40fe240c9fbe76c9)], Ok(b"0x1.e240c9fbe76c9p+16")),
        (b"%q", &[F(0x7ff0000000000000)], Ok(b"1e9999")),
        (b"%q", &[F(0xfff0000000000000)], Ok(b"-1e9999")),
        (b"%q", &[F(0xfff8000000000000)], Ok(b"(0/0)")),
        (b"%q", &[F(0x7ff8000000000000)], Ok(b"(0/0)")),
        (b"%q", &[F(0x43e0000000000000)], Ok(b"0x1p+63")),
        (b"%q", &[F(0x3fd5555555555555)], Ok(b"0x1.5555555555555p-2")),
        (b"%q", &[F(0x430c6bf526340000)], Ok(b"0x1.c6bf52634p+49")),
        (b"%q", &[F(0x3fe0000000000000)], Ok(b"0x1p-1")),
        (b"%q", &[F(0x4004000000000000)], Ok(b"0x1.4p+1")),
        (b"%q", &[F(0x3ee4f8b588e368f1)], Ok(b"0x1.4f8b588e368f1p-17")),
        (b"%q", &[F(0x4059000000000000)], Ok(b"0x1.9p+6")),
        (b"%q", &[Nil], Ok(b"nil")),
        (b"%q", &[B(true)], Ok(b"true")),
        (b"%q", &[B(false)], Ok(b"false")),
        (b"%5q", &[I(1)], Err(b"specifier '%q' cannot have modifiers")),
        (b"%-q", &[S(b"a")], Err(b"specifier '%q' cannot have modifiers")),
        (b"%.3q", &[S(b"a")], Err(b"specifier '%q' cannot have modifiers")),
        (b"%p", &[Nil], Ok(b"(null)")),
        (b"%10p", &[I(1)], Ok(b"    (null)")),
        (b"%-10p", &[B(true)], Ok(b"(null)    ")),
        (b"%.3p", &[Nil], Err(b"invalid conversion specification: '%.3p'")),
        (b"%05p", &[Nil], Err(b"invalid conversion specification: '%05p'")),
        (b"%p%p", &[F(0x3ff8000000000000), Nil], Ok(b"(null)(null)")),
        (b"%00000000000000000000d", &[I(1)], Ok(b"1")),
        (b"%000000000000000000000d", &[I(1)], Err(b"invalid format (too long)")),
        (b"%111111111111111111111d", &[I(1)], Err(b"invalid format (too long)")),
        (b"%11111111111111111111d", &[I(1)], Err(b"invalid conversion specification: '%11111111111111111111d'")),
        (b"%-------------------5d", &[I(1)], Ok(b"1    ")),
        (b"%.........................", &[I(1)], Err(b"invalid format (too long)")),
        (b"%y", &[I(1)], Err(b"invalid conversion '%y' to 'format'")),
        (b"%", &[I(1)], Err(b"invalid conversion '%' to 'format'")),
        (b"%5", &[I(1)], Err(b"invalid conversion '%5' to 'format'")),
        (b"%-", &[I(1)], Err(b"invalid conversion '%-' to 'format'")),
        (b"%\x00", &[I(1)], Err(b"invalid conversion '%' to 'format'")),
        (b"%\x00d", &[I(1)], Err(b"invalid conversion '%' to 'format'")),
        (b"%\xe9", &[I(1)], Err(b"invalid conversion '%\xe9' to 'format'")),
        (b"%*d", &[I(1)], Err(b"invalid conversion '%*' to 'format'")),
        (b"%5%", &[I(1)], Err(b"invalid conversion '%5%' to 'format'")),
        (b"%%", &[I(1)], Ok(b"%")),
        (b"a%%b", &[I(1)], Ok(b"a%b")),
        (b"%.", &[I(1)], Err(b"invalid conversion '%.' to 'format'")),
        (b"%-5.3", &[I(1)], Err(b"invalid conversion '%-5.3' to 'format'")),
        (b"100%", &[I(1)], Err(b"invalid conversion '%' to 'format'")),
        (b"%n", &[I(1)], Err(b"invalid conversion '%n' to 'format'")),
        (b"%h", &[I(1)], Err(b"invalid conversion '%h' to 'format'")),
        (b"%ld", &[I(1)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%lld", &[I(1)], Err(b"invalid conversion '%l' to 'format'")),
        (b"%b", &[I(1)], Err(b"invalid conversion '%b' to 'format'")),
        (b"%5$d", &[I(1)], Err(b"invalid conversion '%5$' to 'format'")),
        (b"%I", &[I(1)], Err(b"invalid conversion '%I' to 'format'")),
        (b"%C", &[I(1)], Err(b"invalid conversion '%C' to 'format'")),
        (b"%S", &[I(1)], Err(b"invalid conversion '%S' to 'format'")),
        (b"%D", &[I(1)], Err(b"invalid conversion '%D' to 'format'")),
        (b"%d", &[], Err(b"bad argument #2 to 'string.format' (no value)")),
        (b"%s %s", &[I(1)], Err(b"bad argument #3 to 'string.format' (no value)")),
        (b"abc", &[], Ok(b"abc")),
        (b"", &[], Ok(b"")),
        (b"%%%d%%", &[I(5)], Ok(b"%5%")),
        (b"x%dy%sz%5.1fw", &[I(1), S(b"s"), F(0x4002000000000000)], Ok(b"x1ysz  2.2w")),
        (b"\x00%d\x00", &[I(7)], Ok(b"\x007\x00")),
        (b"%d %d", &[I(1), I(2), I(3)], Ok(b"1 2")),
    ];
}
