//! Number <-> text conversions and the numeric primitives of Lua 5.4.
//!
//! Everything here works on plain Rust types (`i64`, `f64`, byte slices) and
//! reproduces the reference implementation (Lua 5.4.9 on glibc) bit for bit:
//!
//! - `str_to_number` accepts exactly the numerals `lua_stringtonumber`
//!   accepts. Decimal floats are parsed by Rust's correctly rounded parser
//!   after a grammar check that is equivalent to `strtod`'s decimal grammar
//!   (glibc's `strtod` is correctly rounded too, so both give the same bits);
//!   hexadecimal floats and everything unusual go through `libc::strtod`
//!   itself, with the reference's retry for a locale whose radix mark is not
//!   a dot.
//! - `fmt_float` produces `"%.14g"` (plus ".0" when the text looks like an
//!   integer). Integral values print as integers; others are laid out from
//!   Rust's exact `{:.13e}` conversion (correctly rounded, ties to even,
//!   like glibc's), which is about twice as fast as `snprintf`. Under a
//!   locale whose radix mark is not a dot, `libc::snprintf` does the work.
//! - Integer arithmetic wraps around (two's complement), division and modulo
//!   round towards minus infinity, comparisons between integers and floats
//!   are mathematically exact and false whenever a NaN is involved.
//!
//! No function here panics, whatever its input.

use std::ffi::CStr;
use std::fmt::Write as _;

/// A Lua number: the two subtypes of 5.4.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    Float(f64),
}

/// C `isspace` in the C locale, which is also the reference's `lisspace`.
#[inline]
fn is_space(c: u8) -> bool {
    c == b' ' || (b'\t'..=b'\r').contains(&c)
}

/// Value of an ASCII hexadecimal digit, or `None`.
#[inline]
fn hex_value(c: u8) -> Option<u64> {
    match c {
        b'0'..=b'9' => Some(u64::from(c - b'0')),
        b'a'..=b'f' => Some(u64::from(c - b'a') + 10),
        b'A'..=b'F' => Some(u64::from(c - b'A') + 10),
        _ => None,
    }
}

/// Index of the first byte at or after `i` that is not a space.
#[inline]
fn skip_spaces(s: &[u8], mut i: usize) -> usize {
    while s.get(i).is_some_and(|&c| is_space(c)) {
        i += 1;
    }
    i
}

// ---------------------------------------------------------------------------
// Text to number
// ---------------------------------------------------------------------------

/// Converts a string to a number following `lua_stringtonumber`: an integer
/// numeral (decimal, or hexadecimal wrapping modulo 2^64) becomes an
/// integer; a decimal numeral that overflows, or any float numeral, becomes
/// a float. Surrounding whitespace is allowed; `inf`/`nan` and any embedded
/// NUL byte are rejected.
pub fn str_to_number(s: &[u8]) -> Option<Num> {
    // The reference works on C strings and then checks that the whole
    // string was consumed, so an embedded NUL always makes it fail.
    if s.contains(&0) {
        return None;
    }
    if let Some(i) = str_to_int(s) {
        return Some(Num::Int(i));
    }
    str_to_float(s).map(Num::Float)
}

/// The integer half of `str_to_number`: `None` when `s` is not an integer
/// numeral or is a decimal numeral out of the integer range.
fn str_to_int(s: &[u8]) -> Option<i64> {
    let mut i = skip_spaces(s, 0);
    let neg = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut acc: u64 = 0;
    let mut empty = true;
    if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
        i += 2;
        while let Some(d) = s.get(i).and_then(|&c| hex_value(c)) {
            acc = acc.wrapping_mul(16).wrapping_add(d);
            empty = false;
            i += 1;
        }
    } else {
        // The last digit may reach 8 only for a negative numeral, so that
        // the minimum integer is accepted but nothing beyond it.
        const MAX_BY_10: u64 = (i64::MAX / 10) as u64;
        const MAX_LAST_DIGIT: u64 = (i64::MAX % 10) as u64;
        while let Some(&c) = s.get(i).filter(|c| c.is_ascii_digit()) {
            let d = u64::from(c - b'0');
            if acc >= MAX_BY_10 && (acc > MAX_BY_10 || d > MAX_LAST_DIGIT + u64::from(neg)) {
                return None;
            }
            acc = acc * 10 + d;
            empty = false;
            i += 1;
        }
    }
    i = skip_spaces(s, i);
    if empty || i != s.len() {
        return None;
    }
    let u = if neg { acc.wrapping_neg() } else { acc };
    Some(u as i64)
}

/// The float half of `str_to_number` (the reference's `l_str2d`).
fn str_to_float(s: &[u8]) -> Option<f64> {
    // The first of these special characters decides the mode; a numeral
    // whose first special character is an 'n' would be "inf" or "nan".
    let mode = s
        .iter()
        .find(|c| matches!(c, b'.' | b'x' | b'X' | b'n' | b'N'))
        .map(u8::to_ascii_lowercase);
    if mode == Some(b'n') {
        return None;
    }
    if mode != Some(b'x') {
        if let Some(x) = parse_decimal(s) {
            return Some(x);
        }
        // In the C locale the decimal grammar above is exactly what
        // `strtod` accepts; only another radix mark can make it differ.
        if locale_decimal_point() == b'.' {
            return None;
        }
    }
    strtod_like_reference(s)
}

/// Parses `s` when it is a decimal numeral in `strtod`'s grammar
/// (`[sign] (digits [. digits*] | . digits) [(e|E) [sign] digits]`,
/// surrounded by whitespace); `None` otherwise.
fn parse_decimal(s: &[u8]) -> Option<f64> {
    let start = skip_spaces(s, 0);
    let mut i = start;
    if matches!(s.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_digits = count_digits(s, i);
    i += int_digits;
    let mut frac_digits = 0;
    let has_dot = s.get(i) == Some(&b'.');
    if has_dot {
        i += 1;
        frac_digits = count_digits(s, i);
        i += frac_digits;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_digits = count_digits(s, j);
        // Without exponent digits `strtod` stops before the 'e', which is
        // then trailing garbage: the numeral is rejected below.
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    let end = i;
    if skip_spaces(s, end) != s.len() {
        return None;
    }
    // The reference retries a failed conversion with the locale's radix
    // mark only for numerals up to 200 bytes; past that, a numeral with a
    // dot is rejected under such a locale. Let the slow path decide.
    if s.len() > 200 && has_dot && locale_decimal_point() != b'.' {
        return strtod_like_reference(s);
    }
    let text = std::str::from_utf8(s.get(start..end)?).ok()?;
    text.parse::<f64>().ok()
}

/// Number of ASCII digits starting at `i`.
#[inline]
fn count_digits(s: &[u8], i: usize) -> usize {
    s.get(i..)
        .map_or(0, |t| t.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// The radix character of the current C locale.
pub(crate) fn locale_decimal_point() -> u8 {
    // SAFETY: `localeconv` returns a pointer to a static structure owned by
    // the C library (or NULL, handled); its `decimal_point` field, when not
    // NULL, points to a NUL-terminated string. We read one byte at once,
    // before any other call could change the locale.
    unsafe {
        let lc = libc::localeconv();
        if lc.is_null() || (*lc).decimal_point.is_null() {
            return b'.';
        }
        let c = *(*lc).decimal_point as u8;
        if c == 0 { b'.' } else { c }
    }
}

/// Runs `strtod` over the whole of `buf` (which must end with a NUL byte
/// and contain no other) and accepts the result only if everything but
/// trailing whitespace was consumed.
fn strtod_whole(buf: &[u8]) -> Option<f64> {
    debug_assert_eq!(buf.last(), Some(&0));
    let mut end: *mut libc::c_char = std::ptr::null_mut();
    // SAFETY: `buf` is NUL-terminated (checked by the callers' construction),
    // so `strtod` reads only inside it; `end` receives a pointer into `buf`.
    let x = unsafe { libc::strtod(buf.as_ptr().cast(), &mut end) };
    let consumed = (end as usize).wrapping_sub(buf.as_ptr() as usize);
    if end.is_null() || consumed == 0 || consumed >= buf.len() {
        return None;
    }
    let rest = buf.get(consumed..buf.len() - 1)?;
    if rest.iter().all(|&c| is_space(c)) {
        Some(x)
    } else {
        None
    }
}

/// The reference's float conversion through `strtod`, including its retry
/// with the locale's radix mark in place of the first dot.
fn strtod_like_reference(s: &[u8]) -> Option<f64> {
    let mut buf = Vec::with_capacity(s.len() + 1);
    buf.extend_from_slice(s);
    buf.push(0);
    if let Some(x) = strtod_whole(&buf) {
        return Some(x);
    }
    let dot = s.iter().position(|&c| c == b'.')?;
    if s.len() > 200 {
        return None;
    }
    let point = locale_decimal_point();
    if point == b'.' {
        return None; // the retry would see the same text
    }
    *buf.get_mut(dot)? = point;
    strtod_whole(&buf)
}

/// `tonumber(s, base)`: optional whitespace, an optional sign, one or more
/// alphanumeric digits valid in `base` (2..=36, case-insensitive letters),
/// optional whitespace. The value wraps around modulo 2^64. `None` when the
/// string is not such a numeral (including any embedded NUL) or `base` is
/// out of range.
pub fn str_to_int_base(s: &[u8], base: u32) -> Option<i64> {
    if !(2..=36).contains(&base) {
        return None;
    }
    let mut i = skip_spaces(s, 0);
    let neg = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut acc: u64 = 0;
    let mut any = false;
    while let Some(&c) = s.get(i).filter(|c| c.is_ascii_alphanumeric()) {
        let d = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            _ => u32::from(c.to_ascii_uppercase() - b'A') + 10,
        };
        if d >= base {
            return None;
        }
        acc = acc.wrapping_mul(u64::from(base)).wrapping_add(u64::from(d));
        any = true;
        i += 1;
    }
    if !any || skip_spaces(s, i) != s.len() {
        return None;
    }
    Some(if neg { acc.wrapping_neg() } else { acc } as i64)
}

// ---------------------------------------------------------------------------
// Number to text
// ---------------------------------------------------------------------------

/// Appends the decimal text of `i` (`"%lld"`).
pub fn fmt_int(i: i64, out: &mut Vec<u8>) {
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut u = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    if i < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&buf[pos..]);
}

/// Appends the text `tostring` gives a float: `"%.14g"`, followed by ".0"
/// when that text looks like an integer; "inf", "-inf", "nan" or "-nan"
/// (after the sign bit, as glibc prints them) for the special values.
pub fn fmt_float(x: f64, out: &mut Vec<u8>) {
    if !x.is_finite() {
        if x.is_sign_negative() {
            out.push(b'-');
        }
        out.extend_from_slice(if x.is_nan() { b"nan" } else { b"inf" });
        return;
    }
    let start = out.len();
    // Integral values below 1e14 print as plain integers under "%.14g"
    // (at most 14 digits, decimal exponent below the precision).
    if x.abs() < 1e14 && x == x.trunc() {
        if x == 0.0 && x.is_sign_negative() {
            out.push(b'-');
            out.push(b'0');
        } else {
            fmt_int(x as i64, out);
        }
    } else if locale_decimal_point() != b'.' || !fmt_g14(x, out) {
        // (Under a locale with another radix mark, C prints that mark.)
        out.truncate(start);
        fmt_c_float(c"%.14g", x, out);
    }
    let text = out.get(start..).unwrap_or_default();
    if text.iter().all(|&c| c == b'-' || c.is_ascii_digit()) {
        // The reference appends the locale's radix mark here.
        out.push(locale_decimal_point());
        out.push(b'0');
    }
}

/// Appends `tostring` of a number.
pub fn fmt_number(n: Num, out: &mut Vec<u8>) {
    match n {
        Num::Int(i) => fmt_int(i, out),
        Num::Float(x) => fmt_float(x, out),
    }
}

/// A fixed buffer for `core::fmt` output; overflowing it is an error.
struct StackBuf {
    buf: [u8; 40],
    len: usize,
}

impl std::fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len.checked_add(s.len()).ok_or(std::fmt::Error)?;
        let dst = self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Appends `"%.14g"` of the finite `x`; returns false (having appended
/// nothing) if Rust's formatter gave unexpected text.
///
/// `%.14g` is defined through `%.13e`: the exponent X of that conversion
/// selects the style (exponential when X < -4 or X >= 14), and trailing
/// zeros are removed. Rust's `{:.13e}` is the exact, correctly rounded
/// conversion with ties to even (Grisu with a Dragon fallback), which is
/// what glibc computes in the default rounding mode; the test
/// `fmt_float_agrees_with_snprintf` checks this, ties included.
fn fmt_g14(x: f64, out: &mut Vec<u8>) -> bool {
    let mut sb = StackBuf {
        buf: [0; 40],
        len: 0,
    };
    if write!(sb, "{x:.13e}").is_err() {
        return false;
    }
    let text = sb.buf.get(..sb.len).unwrap_or_default();
    // `{:.13e}` gives "[-]d.ddddddddddddde[-]x".
    let (neg, text) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    let Some(epos) = text.iter().position(|&c| c == b'e') else {
        return false;
    };
    let (mant, exp_text) = text.split_at(epos);
    let mut digits = [0u8; 14];
    let mut nd = 0;
    for &c in mant.iter().filter(|c| c.is_ascii_digit()) {
        match digits.get_mut(nd) {
            Some(slot) => *slot = c,
            None => return false,
        }
        nd += 1;
    }
    while nd > 1 && digits[nd - 1] == b'0' {
        nd -= 1;
    }
    let Some(exp) = std::str::from_utf8(exp_text.get(1..).unwrap_or_default())
        .ok()
        .and_then(|t| t.parse::<i32>().ok())
    else {
        return false;
    };
    if nd == 0 {
        return false;
    }
    let digits = &digits[..nd];
    if neg {
        out.push(b'-');
    }
    if !(-4..14).contains(&exp) {
        out.push(digits[0]);
        if nd > 1 {
            out.push(b'.');
            out.extend_from_slice(&digits[1..]);
        }
        out.push(b'e');
        out.push(if exp < 0 { b'-' } else { b'+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push(b'0');
        }
        fmt_int(i64::from(e), out);
    } else if exp >= 0 {
        let int_len = exp as usize + 1;
        if nd <= int_len {
            out.extend_from_slice(digits);
            out.resize(out.len() + (int_len - nd), b'0');
        } else {
            out.extend_from_slice(&digits[..int_len]);
            out.push(b'.');
            out.extend_from_slice(&digits[int_len..]);
        }
    } else {
        out.extend_from_slice(b"0.");
        out.resize(out.len() + (exp.unsigned_abs() as usize - 1), b'0');
        out.extend_from_slice(digits);
    }
    true
}

/// Appends `snprintf(fmt, x)`; `fmt` must be a C format with exactly one
/// conversion, which takes a `double`.
pub(crate) fn fmt_c_float(fmt: &CStr, x: f64, out: &mut Vec<u8>) {
    let mut buf = [0u8; 512];
    // SAFETY: `fmt` is a C string holding one conversion that takes a
    // double (caller's contract); `snprintf` writes at most `buf.len()`
    // bytes including the terminator.
    let n = unsafe { libc::snprintf(buf.as_mut_ptr().cast(), buf.len(), fmt.as_ptr().cast(), x) };
    let Ok(n) = usize::try_from(n) else {
        return;
    };
    if n < buf.len() {
        out.extend_from_slice(&buf[..n]);
    } else {
        // Longer than the stack buffer: format straight into `out`.
        let start = out.len();
        out.resize(start + n + 1, 0);
        // SAFETY: as above, with `n + 1` writable bytes at `out[start..]`.
        let m = unsafe {
            libc::snprintf(
                out.as_mut_ptr().add(start).cast(),
                n + 1,
                fmt.as_ptr().cast(),
                x,
            )
        };
        out.truncate(start + usize::try_from(m).unwrap_or(0).min(n));
    }
}

// ---------------------------------------------------------------------------
// Float <-> integer
// ---------------------------------------------------------------------------

/// 2^63 as a float: the first float above the integer range.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

/// `f` as an integer when `f` is integral and in range: floats in
/// [-2^63, 2^63) convert exactly.
#[inline]
fn in_range_to_int(f: f64) -> Option<i64> {
    if (-TWO_POW_63..TWO_POW_63).contains(&f) {
        Some(f as i64)
    } else {
        None
    }
}

/// The integer equal to `x`, when `x` has an integral value representable
/// as an `i64`.
#[inline]
pub fn float_to_int_exact(x: f64) -> Option<i64> {
    if x == x.floor() {
        in_range_to_int(x)
    } else {
        None
    }
}

/// `floor(x)` as an integer, when in range (`None` for NaN and infinities).
#[inline]
pub fn float_floor_to_int(x: f64) -> Option<i64> {
    in_range_to_int(x.floor())
}

/// `ceil(x)` as an integer, when in range (`None` for NaN and infinities).
#[inline]
pub fn float_ceil_to_int(x: f64) -> Option<i64> {
    in_range_to_int(x.ceil())
}

/// Whether `i` converts to a float exactly *by the reference's test*
/// (|i| <= 2^53); larger integers may also be exact, but comparisons take
/// the other, equally exact, route for them.
#[inline]
pub fn int_fits_float(i: i64) -> bool {
    const LIM: u64 = 1 << 53;
    (i as u64).wrapping_add(LIM) <= 2 * LIM
}

/// `i < f`, exactly.
#[inline]
pub fn lt_int_float(i: i64, f: f64) -> bool {
    if int_fits_float(i) {
        (i as f64) < f
    } else {
        // i < f  <=>  i < ceil(f)
        match float_ceil_to_int(f) {
            Some(fi) => i < fi,
            None => f > 0.0,
        }
    }
}

/// `i <= f`, exactly.
#[inline]
pub fn le_int_float(i: i64, f: f64) -> bool {
    if int_fits_float(i) {
        (i as f64) <= f
    } else {
        // i <= f  <=>  i <= floor(f)
        match float_floor_to_int(f) {
            Some(fi) => i <= fi,
            None => f > 0.0,
        }
    }
}

/// `f < i`, exactly.
#[inline]
pub fn lt_float_int(f: f64, i: i64) -> bool {
    if int_fits_float(i) {
        f < (i as f64)
    } else {
        // f < i  <=>  floor(f) < i
        match float_floor_to_int(f) {
            Some(fi) => fi < i,
            None => f < 0.0,
        }
    }
}

/// `f <= i`, exactly.
#[inline]
pub fn le_float_int(f: f64, i: i64) -> bool {
    if int_fits_float(i) {
        f <= (i as f64)
    } else {
        // f <= i  <=>  ceil(f) <= i
        match float_ceil_to_int(f) {
            Some(fi) => fi <= i,
            None => f < 0.0,
        }
    }
}

/// `i == f`, exactly (5.4 compares through the integer).
#[inline]
pub fn eq_int_float(i: i64, f: f64) -> bool {
    float_to_int_exact(f) == Some(i)
}

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

/// Integer floor division `a // b`. The caller raises "attempt to divide by
/// zero" for `b == 0` (here it yields 0); `MIN // -1` wraps to `MIN`.
#[inline]
pub fn int_floor_div(a: i64, b: i64) -> i64 {
    if b == 0 {
        return 0;
    }
    if b == -1 {
        return a.wrapping_neg();
    }
    let q = a / b;
    if (a ^ b) < 0 && a % b != 0 { q - 1 } else { q }
}

/// Integer modulo `a % b` with the sign of `b`. The caller raises
/// "attempt to perform 'n%%0'" for `b == 0` (here it yields 0);
/// `MIN % -1` is 0.
#[inline]
pub fn int_mod(a: i64, b: i64) -> i64 {
    if b == 0 || b == -1 {
        return 0;
    }
    let r = a % b;
    if r != 0 && (r ^ b) < 0 { r + b } else { r }
}

/// Float modulo: C `fmod`, then moved into the sign of `b` when the
/// signs differ.
#[inline]
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b; // Rust's `%` on floats is C's `fmod`
    let adjust = if m > 0.0 { b < 0.0 } else { m < 0.0 && b > 0.0 };
    if adjust { m + b } else { m }
}

/// Float floor division `a // b`.
#[inline]
pub fn float_floor_div(a: f64, b: f64) -> f64 {
    (a / b).floor()
}

/// `a ^ b`: squaring is a multiplication (as in the reference), everything
/// else is C's `pow`.
#[inline]
pub fn float_pow(a: f64, b: f64) -> f64 {
    if b == 2.0 { a * a } else { a.powf(b) }
}

/// `a << n` with 5.4 rules: logical shifts, a negative `n` shifts right,
/// and shifting by 64 or more bits gives 0.
#[inline]
pub fn shift_left(a: i64, n: i64) -> i64 {
    if n < 0 {
        if n <= -64 {
            0
        } else {
            ((a as u64) >> n.unsigned_abs()) as i64
        }
    } else if n >= 64 {
        0
    } else {
        ((a as u64) << n) as i64
    }
}

/// `a >> n` with 5.4 rules (the reverse of `shift_left`).
#[inline]
pub fn shift_right(a: i64, n: i64) -> i64 {
    shift_left(a, n.wrapping_neg())
}

/// The primitive result of an arithmetic or bitwise operation on two
/// numbers with 5.4's rules (the reference's `luaO_rawarith`): `None` when
/// it is not defined without metamethods or errors — a bitwise operand
/// without an integer value, or an integer `//` or `%` by zero. Used by the
/// interpreter and by the compiler's constant folding alike.
pub fn arith(op: crate::vm::opcode::TmEvent, a: Num, b: Num) -> Option<Num> {
    use crate::vm::opcode::TmEvent::*;
    let to_int = |n: Num| match n {
        Num::Int(i) => Some(i),
        Num::Float(f) => float_to_int_exact(f),
    };
    let to_f = |n: Num| match n {
        Num::Int(i) => i as f64,
        Num::Float(f) => f,
    };
    match op {
        BAnd | BOr | BXor | Shl | Shr | BNot => {
            let (x, y) = (to_int(a)?, to_int(b)?);
            Some(Num::Int(match op {
                BAnd => x & y,
                BOr => x | y,
                BXor => x ^ y,
                Shl => shift_left(x, y),
                Shr => shift_right(x, y),
                _ => !x,
            }))
        }
        Div => Some(Num::Float(to_f(a) / to_f(b))),
        Pow => Some(Num::Float(float_pow(to_f(a), to_f(b)))),
        _ => match (a, b) {
            (Num::Int(x), Num::Int(y)) => Some(Num::Int(match op {
                Add => x.wrapping_add(y),
                Sub => x.wrapping_sub(y),
                Mul => x.wrapping_mul(y),
                Unm => x.wrapping_neg(),
                IDiv if y != 0 => int_floor_div(x, y),
                Mod if y != 0 => int_mod(x, y),
                _ => return None,
            })),
            _ => {
                let (x, y) = (to_f(a), to_f(b));
                Some(Num::Float(match op {
                    Add => x + y,
                    Sub => x - y,
                    Mul => x * y,
                    Unm => -x,
                    IDiv => float_floor_div(x, y),
                    Mod => float_mod(x, y),
                    _ => return None,
                }))
            }
        },
    }
}

#[cfg(test)]
mod tests {
    //! Expected values come from the reference interpreter (`ref-lua`):
    //! `tonumber`, `tostring`, comparisons and arithmetic over input
    //! matrices, floats given by their bit patterns.
    use super::*;
    use std::hint::black_box;

    fn hex_float(x: f64) -> String {
        let mut out = Vec::new();
        fmt_c_float(c"%a", x, &mut out);
        String::from_utf8(out).unwrap()
    }

    fn describe(n: Option<Num>) -> String {
        match n {
            None => "nil".to_string(),
            Some(Num::Int(i)) => format!("i:{i}"),
            Some(Num::Float(x)) => format!("f:{}", hex_float(x)),
        }
    }

    #[test]
    fn str_to_number_matches_reference() {
        for &(s, expected) in STR_TO_NUMBER {
            assert_eq!(describe(str_to_number(s)), expected, "input {s:?}");
        }
    }

    #[test]
    fn tostring_float_matches_reference() {
        for &(bits, expected) in TOSTRING_FLOAT {
            let mut out = Vec::new();
            fmt_float(f64::from_bits(bits), &mut out);
            assert_eq!(out, expected.as_bytes(), "bits {bits:#x}");
        }
    }

    #[test]
    fn tostring_special_floats() {
        let cases: [(f64, &str); 4] = [
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::from_bits(0xfff8_0000_0000_0000), "-nan"), // 0/0 on x86
            (f64::from_bits(0x7ff8_0000_0000_0000), "nan"),  // -(0/0)
        ];
        for (x, expected) in cases {
            let mut out = Vec::new();
            fmt_float(x, &mut out);
            assert_eq!(out, expected.as_bytes());
        }
    }

    fn check_against_snprintf(x: f64) {
        let mut got = Vec::new();
        fmt_float(x, &mut got);
        let mut want = Vec::new();
        fmt_c_float(c"%.14g", x, &mut want);
        if want.iter().all(|&c| c == b'-' || c.is_ascii_digit()) {
            want.extend_from_slice(b".0");
        }
        assert_eq!(got, want, "x = {x:e} ({:#x})", x.to_bits());
    }

    /// Decimal ties at the 15th significant digit: glibc rounds them to
    /// even, and so must we.
    #[test]
    fn fmt_float_ties_agree_with_snprintf() {
        for k in 0..1075 {
            for m in [1.0, 3.0, 5.0, 7.0, 9.0, 11.0, 25.0, 125.0] {
                let x = m * 2f64.powi(-k);
                check_against_snprintf(x);
                check_against_snprintf(-x);
                check_against_snprintf(1.0 / x);
            }
        }
        let mut n: u64 = 10_000_000_000_000;
        while n < 100_000_000_000_000 {
            check_against_snprintf(n as f64 + 0.5);
            check_against_snprintf((n * 10 + 5) as f64);
            check_against_snprintf((n * 100 + 50) as f64);
            n += 7_777_777_777;
        }
    }

    /// The reference computes `tostring` with glibc's `snprintf("%.14g")`;
    /// check our formatting against that directly on many values.
    #[test]
    fn fmt_float_agrees_with_snprintf() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for k in 0..300_000u32 {
            let r = next();
            let x = match k % 4 {
                0 => f64::from_bits(r),
                1 if r % 3 == 0 => f64::from_bits(r % (1 << 53)),
                1 => (r % 2_000_001) as f64 / 10f64.powi((r >> 40) as i32 % 16),
                2 => ((r % 1000) as f64) * 10f64.powi((r >> 32) as i32 % 40 - 20),
                _ => (r as i64 >> (r % 64)) as f64,
            };
            if x.is_finite() {
                check_against_snprintf(x);
            }
        }
    }

    /// The decimal fast path must agree with `strtod` on what it accepts
    /// and on the value.
    #[test]
    fn decimal_parser_agrees_with_strtod() {
        let alphabet = b"0123456789..eE+- \txa";
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 12) as usize;
            let mut s = Vec::new();
            let mut r = state >> 8;
            for _ in 0..len {
                let pick = (r % alphabet.len() as u64) as usize;
                s.push(alphabet[pick]);
                r = (r / alphabet.len() as u64) ^ (r << 29);
            }
            if s.contains(&b'x') {
                continue;
            }
            let fast = parse_decimal(&s);
            let slow = strtod_like_reference(&s);
            assert_eq!(
                fast.map(f64::to_bits),
                slow.map(f64::to_bits),
                "input {:?}",
                String::from_utf8_lossy(&s)
            );
        }
    }

    #[test]
    fn fmt_int_extremes() {
        for i in [0, 1, -1, 10, -10, 99, i64::MAX, i64::MIN, 1234567890] {
            let mut out = Vec::new();
            fmt_int(i, &mut out);
            assert_eq!(out, i.to_string().as_bytes());
        }
    }

    #[test]
    fn tonumber_base_matches_reference() {
        for &(s, base, expected) in TONUMBER_BASE {
            assert_eq!(str_to_int_base(s, base), expected, "{s:?} base {base}");
        }
        assert_eq!(str_to_int_base(b"1", 1), None);
        assert_eq!(str_to_int_base(b"1", 37), None);
    }

    #[test]
    fn int_float_comparisons_match_reference() {
        for &(i, bits, [lt, le, flt, fle, eq]) in INT_FLOAT_CMP {
            let f = f64::from_bits(bits);
            assert_eq!(lt_int_float(i, f), lt, "{i} < {f}");
            assert_eq!(le_int_float(i, f), le, "{i} <= {f}");
            assert_eq!(lt_float_int(f, i), flt, "{f} < {i}");
            assert_eq!(le_float_int(f, i), fle, "{f} <= {i}");
            assert_eq!(eq_int_float(i, f), eq, "{i} == {f}");
        }
    }

    #[test]
    fn float_to_int_conversions() {
        assert_eq!(float_to_int_exact(3.0), Some(3));
        assert_eq!(float_to_int_exact(-0.0), Some(0));
        assert_eq!(float_to_int_exact(3.5), None);
        assert_eq!(
            float_to_int_exact(-9_223_372_036_854_775_808.0),
            Some(i64::MIN)
        );
        assert_eq!(float_to_int_exact(9_223_372_036_854_775_808.0), None);
        assert_eq!(float_to_int_exact(f64::NAN), None);
        assert_eq!(float_to_int_exact(f64::INFINITY), None);
        assert_eq!(float_floor_to_int(-3.5), Some(-4));
        assert_eq!(float_ceil_to_int(-3.5), Some(-3));
        assert_eq!(
            float_ceil_to_int(9.223_372_036_854_775e18),
            Some(9_223_372_036_854_774_784)
        );
        assert_eq!(float_floor_to_int(f64::NAN), None);
        assert_eq!(float_ceil_to_int(-9.3e18), None);
        assert!(int_fits_float(1 << 53));
        assert!(int_fits_float(-(1 << 53)));
        assert!(!int_fits_float((1 << 53) + 1));
        assert!(!int_fits_float(i64::MIN));
    }

    #[test]
    fn int_div_mod_match_reference() {
        for &(a, b, q, r) in INT_DIV_MOD {
            assert_eq!(int_floor_div(black_box(a), black_box(b)), q, "{a} // {b}");
            assert_eq!(int_mod(black_box(a), black_box(b)), r, "{a} % {b}");
        }
        assert_eq!(int_floor_div(5, 0), 0);
        assert_eq!(int_mod(5, 0), 0);
    }

    #[test]
    fn float_div_mod_pow_match_reference() {
        for &(a, b, q, r, p) in FLOAT_DIV_MOD_POW {
            let (x, y) = (black_box(f64::from_bits(a)), black_box(f64::from_bits(b)));
            assert_eq!(float_floor_div(x, y).to_bits(), q, "{x} // {y}");
            assert_eq!(float_mod(x, y).to_bits(), r, "{x} % {y}");
            assert_eq!(float_pow(x, y).to_bits(), p, "{x} ^ {y}");
        }
    }

    #[test]
    fn shifts_match_reference() {
        for &(x, n, l, r) in SHIFTS {
            assert_eq!(shift_left(x, n), l, "{x} << {n}");
            assert_eq!(shift_right(x, n), r, "{x} >> {n}");
        }
    }

    #[rustfmt::skip]
    const STR_TO_NUMBER: &[(&[u8], &str)] = &[
        (b"", "nil"),
        (b" ", "nil"),
        (b"0", "i:0"),
        (b"1", "i:1"),
        (b"-1", "i:-1"),
        (b"+1", "i:1"),
        (b"--1", "nil"),
        (b"+-1", "nil"),
        (b" 10 ", "i:10"),
        (b"\x09\x0a\x0b\x0c\x0d10\x09\x0a\x0b\x0c\x0d", "i:10"),
        (b"1 0", "nil"),
        (b"10a", "nil"),
        (b"a10", "nil"),
        (b"9223372036854775807", "i:9223372036854775807"),
        (b"9223372036854775808", "f:0x1p+63"),
        (b"-9223372036854775808", "i:-9223372036854775808"),
        (b"-9223372036854775809", "f:-0x1p+63"),
        (b"18446744073709551616", "f:0x1p+64"),
        (b"99999999999999999999999", "f:0x1.52d02c7e14af6p+76"),
        (b"0x", "nil"),
        (b"0x0", "i:0"),
        (b"0X10", "i:16"),
        (b"0xffffffffffffffff", "i:-1"),
        (b"0x10000000000000000", "i:0"),
        (b"0x7fffffffffffffff", "i:9223372036854775807"),
        (b"-0x1", "i:-1"),
        (b"0x8000000000000000", "i:-9223372036854775808"),
        (b" 0xA ", "i:10"),
        (b"0xg", "nil"),
        (b"0x 1", "nil"),
        (b"1.", "f:0x1p+0"),
        (b".5", "f:0x1p-1"),
        (b".", "nil"),
        (b"-.", "nil"),
        (b"-.5", "f:-0x1p-1"),
        (b"+.5", "f:0x1p-1"),
        (b"1.5", "f:0x1.8p+0"),
        (b"1e5", "f:0x1.86ap+16"),
        (b"1E5", "f:0x1.86ap+16"),
        (b"1e+5", "f:0x1.86ap+16"),
        (b"1e-5", "f:0x1.4f8b588e368f1p-17"),
        (b"1e", "nil"),
        (b"1e+", "nil"),
        (b"e5", "nil"),
        (b"1.e5", "f:0x1.86ap+16"),
        (b".e5", "nil"),
        (b"1.5e308", "f:0x1.ab36d48e1acfp+1023"),
        (b"1e309", "f:inf"),
        (b"-1e309", "f:-inf"),
        (b"1e-400", "f:0x0p+0"),
        (b"4.9e-324", "f:0x0.0000000000001p-1022"),
        (b"2.4e-324", "f:0x0p+0"),
        (b"2.5e-324", "f:0x0.0000000000001p-1022"),
        (b"1.7976931348623157e308", "f:0x1.fffffffffffffp+1023"),
        (b"1.7976931348623158e308", "f:0x1.fffffffffffffp+1023"),
        (b"1.7976931348623159e308", "f:inf"),
        (b"0.1", "f:0x1.999999999999ap-4"),
        (b"0.3", "f:0x1.3333333333333p-2"),
        (b"123456789012345678901234567890", "f:0x1.8ee90ff6c373ep+96"),
        (b"inf", "nil"),
        (b"-inf", "nil"),
        (b"nan", "nil"),
        (b"INF", "nil"),
        (b"Infinity", "nil"),
        (b"NaN", "nil"),
        (b"1n", "nil"),
        (b"0x1p4", "f:0x1p+4"),
        (b"0x1P-1", "f:0x1p-1"),
        (b"0x.8", "f:0x1p-1"),
        (b"0x1.8p1", "f:0x1.8p+1"),
        (b"0xA.8p0", "f:0x1.5p+3"),
        (b"0x1p", "nil"),
        (b"0x1p+", "nil"),
        (b"0xp1", "nil"),
        (b"0x.p1", "nil"),
        (b"0x1.", "f:0x1p+0"),
        (b"-0x1.8", "f:-0x1.8p+0"),
        (b"0x1e", "i:30"),
        (b"0x1.e", "f:0x1.ep+0"),
        (b"1x", "nil"),
        (b"1.5x", "nil"),
        (b"x", "nil"),
        (b"0x1p99999", "f:inf"),
        (b"0x1p-1080", "f:0x0p+0"),
        (b"0x1.fffffffffffffp1023", "f:0x1.fffffffffffffp+1023"),
        (b"0x1.fffffffffffff8p1023", "f:inf"),
        (b"1.0 ", "f:0x1p+0"),
        (b" -0", "i:0"),
        (b"-0.0", "f:-0x0p+0"),
        (b"0.0", "f:0x0p+0"),
        (b"00012", "i:12"),
        (b"0012.5", "f:0x1.9p+3"),
        (b"1e0012", "f:0x1.d1a94a2p+39"),
        (b"1 e5", "nil"),
        (b"1.5.5", "nil"),
        (b"1..5", "nil"),
        (b"5-", "nil"),
        (b"\x00", "nil"),
        (b"1\x00", "nil"),
        (b"0x1p1\x00", "nil"),
        (b" \x00 1", "nil"),
        (b"1\x5f000", "nil"),
        (b"\xef\xbc\x91", "nil"),
        (b"0b101", "nil"),
        (b"1,5", "nil"),
        (b"0x1,8", "nil"),
        (b"  +0x10  ", "i:16"),
        (b"- 1", "nil"),
        (b"1e-", "nil"),
        (b"1e5.5", "nil"),
        (b"3.14159265358979323846264338327950288", "f:0x1.921fb54442d18p+1"),
        (b"0.000001", "f:0x1.0c6f7a0b5ed8dp-20"),
        (b"1e-7", "f:0x1.ad7f29abcaf48p-24"),
        (b"2\x5e53", "nil"),
        (b"9007199254740993", "i:9007199254740993"),
        (b"9007199254740993.0", "f:0x1p+53"),
        (b"0x1p-1074", "f:0x0.0000000000001p-1022"),
        (b"0x1p-1075", "f:0x0p+0"),
        (b"0x1.0000000000001p-1074", "f:0x0.0000000000001p-1022"),
        (b"0X1P+4", "f:0x1p+4"),
        (b"0x.1", "f:0x1p-4"),
        (b"0x0.0000000000001p-1022", "f:0x0.0000000000001p-1022"),
        (b"1e+308", "f:0x1.1ccf385ebc8ap+1023"),
        (b"-0x8000000000000000", "i:-9223372036854775808"),
        (b"0x123456789abcdef0123", "i:5001117282205630755"),
        (b"\x0b0x10\x0b", "i:16"),
        (b"  \x0a", "nil"),
        (b"-", "nil"),
        (b"+", "nil"),
        (b"1+", "nil"),
        (b"1-1", "nil"),
        (b"0e0", "f:0x0p+0"),
        (b"0e", "nil"),
        (b"0x0p0", "f:0x0p+0"),
        (b"000", "i:0"),
        (b"-000", "i:0"),
        (b"1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111.5", "f:0x1.3dd3c26a4baafp+827"),
        (b"0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "f:0x1.124e63593f5e1p-1000"),
        (b"9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", "f:inf"),
    ];

    #[rustfmt::skip]
    const TOSTRING_FLOAT: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fe0000000000000, "0.5"),
        (0x3fd5555555555555, "0.33333333333333"),
        (0xbfe5555555555555, "-0.66666666666667"),
        (0x4059000000000000, "100.0"),
        (0x42d6bcc41e900000, "1e+14"),
        (0x42d6bcc41e8fffc0, "99999999999999.0"),
        (0x42d6bcc41e8ffffa, "1e+14"),
        (0x430c6bf526340000, "1e+15"),
        (0x42dc12218377de40, "1.2345678901234e+14"),
        (0x54b249ad2594c37d, "1e+100"),
        (0x2b2bff2ee48e0530, "1e-100"),
        (0x3eef75104d551d69, "1.5e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f202e4b6ce5dc68, "0.00012345"),
        (0x4340000000000000, "9.007199254741e+15"),
        (0x43e0000000000000, "9.2233720368548e+18"),
        (0xc3e0000000000000, "-9.2233720368548e+18"),
        (0x43f0000000000000, "1.844674407371e+19"),
        (0x7fe1ccf385ebc8a0, "1e+308"),
        (0x0000000000000001, "4.9406564584125e-324"),
        (0x0010000000000000, "2.2250738585072e-308"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x400921fb54442d11, "3.1415926535898"),
        (0x400921fb54442d18, "3.1415926535898"),
        (0x42a674e79c5fe500, "12345678901234.0"),
        (0x4271f71fb04cb733, "1234567890123.4"),
        (0x3fd3333333333334, "0.3"),
        (0x444b1ae4d6e2ef50, "1e+21"),
        (0x3c36b082c2148b8e, "1.23e-18"),
        (0x430c6bf52633ffd8, "1e+15"),
        (0x42d6bcc41e8fffdf, "99999999999999.0"),
        (0x42d6bcc41e8fffe0, "1e+14"),
        (0x3fd3333333333334, "0.3"),
        (0x3fc2492492492492, "0.14285714285714"),
        (0x3fefe00000000000, "0.99609375"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x42a2309ce5400000, "10000000000000.0"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x5fe6134c577c2469, "9.2494532413766e+153"),
        (0xe755060600d86d76, "-5.854406927848e+189"),
        (0x2a8e65dd8b68040e, "1.060315852461e-103"),
        (0xc174984ce5fdfc76, "-21595342.374508"),
        (0x3df05f7a872568fe, "2.3825797510803e-10"),
        (0x61304186b31a55da, "1.4284017558543e+160"),
        (0xc441f0fe013ca8de, "-6.6191993565258e+20"),
        (0xc4cfdb997c3e6492, "-3.0088851540898e+23"),
        (0xf4fb865f5827aea7, "-3.228806132018e+255"),
        (0xd576e736ada06239, "-5.1297272669407e+103"),
        (0xe9c4acf55d068c90, "-3.1652326438202e+201"),
        (0xbad8bef82167e6e9, "-3.1983421342594e-25"),
        (0xda6b56259491183d, "-3.7009333691359e+127"),
        (0x506ef4ba7686c33f, "2.8675651710137e+79"),
        (0xc468bbd8ed30fa62, "-3.6500614979496e+21"),
        (0x065bfbadb1820f50, "4.9331024628849e-278"),
        (0xb8bf00f12c7de90a, "-2.3324576459719e-35"),
        (0x2eaa717edc93986f, "6.8059312913875e-84"),
        (0xf7d5de3e2e6cf1d7, "-1.8051276280957e+269"),
        (0xe09e9f87e97ce37e, "-2.6277731163773e+157"),
        (0x36d3daa4f6cb3db7, "1.3910745663093e-44"),
        (0x63a7dbdc6b26e8eb, "1.1525418973904e+172"),
        (0x9bd0e4eee3dbf18a, "-1.0672888164373e-174"),
        (0xa246670e0e6c6ccc, "-1.435257060053e-143"),
        (0x74ccbe25b6b7bdd2, "4.2145854819092e+254"),
        (0x0298e396c6b9a770, "3.8056781936489e-296"),
        (0xc619736b91e7489f, "-5.0410622076458e+29"),
        (0xefaf5eba0ae1e09d, "-9.5122135470571e+229"),
        (0x5183e050690d74c7, "4.8266159774037e+84"),
        (0x94e4868b1ea47fb8, "-4.9946841057584e-208"),
        (0x5df7ab66177bf6f5, "4.6181443864021e+144"),
        (0xf8116572b481fe06, "-2.2975900960968e+270"),
        (0x6a85329b1d3b15a5, "1.3292154574707e+205"),
        (0xf45e691c84747cec, "-3.4837040198067e+252"),
        (0x15388ef6b36260a6, "1.9123349791282e-206"),
        (0x18f054f7830b69d5, "1.4662211544174e-188"),
        (0x601cea22706243ab, "9.6920310560732e+154"),
        (0x20e25030fe74fc4a, "2.7972902996234e-150"),
        (0x51805bc7761a55f9, "3.972396618246e+84"),
        (0x7529833a2978a5e8, "2.3942040078844e+256"),
        (0x8c283713675353f4, "-4.2276652581754e-250"),
        (0xbf097ed67890044c, "-4.8628730901619e-05"),
        (0xd47244142f502a4e, "-6.2425273725066e+98"),
        (0xf32646ece8adcad2, "-4.8674801979124e+246"),
        (0x4052bb50cb343699, "74.926806260099"),
        (0x3f3f5281e8d45fca, "0.00047794028871939"),
        (0x2ef92a1114609cb0, "2.0725568388688e-82"),
        (0x128e47619afe619f, "2.6804783486917e-219"),
        (0x885eb87e0cb7fb62, "-2.3260262262776e-268"),
        (0x98c389285dadbdcb, "-2.192316831525e-189"),
        (0x8fdc8dcac6839fa8, "-2.8737462363725e-232"),
        (0xc6fe76fd36df5541, "-9.886393237286e+33"),
        (0x5226b72dafe5f624, "5.6484831535861e+87"),
        (0x4035c90f33b9f305, "21.785388214968"),
        (0x7e7b5f6777921ba7, "1.8331283887494e+301"),
        (0xee1faa27cb458014, "-2.861487016168e+222"),
        (0x95e3872b8ad4197a, "-3.1142314282419e-203"),
        (0x54b79c5a26c2c043, "1.2910657841361e+100"),
        (0xe58abe159b920b90, "-1.3871061437842e+181"),
        (0xb6e73400fdf94423, "-3.251452464291e-44"),
        (0x3f9d08919ef954eb, "0.028353"),
        (0x3b308ff1d391ed59, "1.37e-23"),
        (0x3fb4784230fcf80e, "0.07996"),
        (0x43003a9261558000, "5.71e+14"),
        (0xbf05d9416083b491, "-4.1673e-05"),
        (0x465eec608031796b, "9.8e+30"),
        (0x40bc73e666666666, "7283.9"),
        (0x3cfb05876e5b0120, "6e-15"),
        (0xc0a99e3333333333, "-3279.1"),
        (0x3cc4a4fdff51d0bc, "5.73e-16"),
        (0xbf24412a97ae3202, "-0.00015453"),
        (0x43d77cf7c8625940, "6.77e+18"),
        (0xbea68094f9c36e33, "-6.7062e-07"),
        (0x3fea666666666667, "0.825"),
        (0xbfcac56d5cfaacda, "-0.20915"),
        (0x3a462f131ed1dcdf, "5.6e-28"),
        (0x3f1fd70ae93d1ae9, "0.00012146"),
        (0x433d6a9dbabd8000, "8.28e+15"),
        (0xbfb7bb2fec56d5d0, "-0.0927"),
        (0x3e77ad0ecf2252ec, "8.82e-08"),
        (0xbef735482db89758, "-2.2133e-05"),
        (0x4253267b66800000, "329000000000.0"),
        (0x4021b98c7e28240b, "8.8624"),
        (0x411f8e2000000000, "517000.0"),
        (0x40bed4b333333333, "7892.7"),
        (0x3dfb24e9da51d828, "3.95e-10"),
        (0xbed4d7f5c230dee7, "-4.9695e-06"),
        (0x3c650d6697756778, "9.13e-18"),
        (0xc051951eb851eb85, "-70.33"),
        (0x3ebeb3ca4761687b, "1.83e-06"),
        (0xbf921e1d2178f68c, "-0.017693"),
        (0x3a461acad2d2f11c, "5.58e-28"),
        (0x3fb8a9691a75cd0c, "0.096335"),
        (0x3e3f5a6f547a1468, "7.3e-09"),
        (0x3efcf5a6822cb7e6, "2.7618e-05"),
        (0x4048800000000000, "49.0"),
        (0x3f5330c9cc674c3f, "0.0011713"),
        (0x3bb7602ecc721365, "4.95e-21"),
        (0x3f6a21ea35935fc4, "0.00319"),
        (0x41924f8000000000, "76800000.0"),
        (0x3ed0a162e6aa1898, "3.965e-06"),
        (0x3ea491a141727fe9, "6.13e-07"),
        (0x3ee0d14674a79e74, "8.0192e-06"),
        (0x3e7768569f81b791, "8.72e-08"),
        (0xbfe7892253111f0c, "-0.73549"),
        (0x402247ae147ae148, "9.14"),
        (0x3f17befd45296ea8, "9.0584e-05"),
        (0x42553eec80800000, "365000000000.0"),
        (0xbfb25119ce075f70, "-0.07155"),
        (0x427414e68e800000, "1380000000000.0"),
        (0x3f1908a0c99fd7dd, "9.5496e-05"),
        (0x456ecffe8bd75194, "2.98e+26"),
        (0xbf34323c1254ec41, "-0.00030817"),
        (0x425fc808b5000000, "546000000000.0"),
        (0xbfafbb0e5e679464, "-0.061974"),
        (0x3dfaccf3dacbf296, "3.9e-10"),
        (0x3fa45e4e69f05ea2, "0.039782"),
        (0x3e04b80b49a3932b, "6.03e-10"),
        (0x3e349da7e361ce4c, "4.8e-09"),
        (0x3abd56d46e3068f7, "9.48e-26"),
        (0xc0f2b0b000000000, "-76555.0"),
        (0x3be67d825bf9641e, "3.81e-20"),
        (0xc0114ccccccccccd, "-4.325"),
        (0x465caed7f128aa5a, "9.09e+30"),
        (0x409f793333333333, "2014.3"),
        (0x44f2a9440cf1bd43, "1.41e+24"),
        (0xbe61112f304ee741, "-3.179e-08"),
        (0x44c2512ca5375bb9, "1.73e+23"),
        (0x4084450a3d70a3d7, "648.63"),
        (0x3a19fca15e9e115d, "8.2e-29"),
        (0xc01d3212d77318fc, "-7.2989"),
        (0x44e570c603fa824d, "8.1e+23"),
        (0x3e91d2cd2c422214, "2.6559e-07"),
        (0x3ed421f5f40d8376, "4.8e-06"),
        (0x3fd85eb313be22e6, "0.38078"),
        (0x3c4c09ff3eedae8a, "3.04e-18"),
        (0x3f43f077ccc03793, "0.0006085"),
        (0x40f03c4000000000, "66500.0"),
        (0xbf4df90f4af69e57, "-0.0009147"),
        (0x3fb141205bc01a37, "0.0674"),
        (0xc0103a786c22680a, "-4.0571"),
        (0x43043534b37b8000, "7.11e+14"),
        (0x40c1450000000000, "8842.0"),
        (0x40b3880000000000, "5000.0"),
        (0x40753ab851eb851f, "339.67"),
        (0x42971095caa00000, "6340000000000.0"),
        (0x405225916872b021, "72.587"),
        (0x3e1b24e9da51d828, "1.58e-09"),
        (0x3f1504b8bb36bc19, "8.0179e-05"),
        (0x45eaf09e4ca7a72e, "6.67e+28"),
        (0xc053b395810624dd, "-78.806"),
        (0x4158567800000000, "6380000.0"),
        (0x40823a8f5c28f5c3, "583.32"),
        (0x46b752196dbcd22e, "4.73e+32"),
        (0x3edfab12a92a244f, "7.5503e-06"),
        (0x4323ae99c40e4000, "2.77e+15"),
        (0xbf6f6372961f9196, "-0.0038316"),
        (0x40b3100000000000, "4880.0"),
        (0x40f6bc1000000000, "93121.0"),
        (0x3c52f43b47976817, "4.11e-18"),
        (0xc0bf5f6666666666, "-8031.4"),
        (0x4540dfde374787bd, "4.08e+25"),
        (0xc0564147ae147ae1, "-89.02"),
        (0x442ae361fc1451c0, "2.48e+20"),
        (0x3fcc87fcb923a29c, "0.2229"),
        (0x446a39613dfb8f37, "3.87e+21"),
        (0xc080968f5c28f5c3, "-530.82"),
        (0x4263ca6512000000, "680000000000.0"),
        (0xbf394042e62e9da2, "-0.0003853"),
        (0x42e147c840300000, "1.52e+14"),
        (0xbfe3bc2b94d94079, "-0.61672"),
        (0x3efc8571c4687a3c, "2.72e-05"),
        (0x3f6d91e13e73d916, "0.0036096"),
        (0x426414e68e800000, "690000000000.0"),
        (0x40e6086000000000, "45123.0"),
        (0x3ea6eaece22fcf40, "6.83e-07"),
        (0x3fb72d1aeb3dd11c, "0.090532"),
        (0x45ace2fea319dc7b, "4.47e+27"),
        (0x3fe2cd74927913e8, "0.58758"),
        (0x41fb6b0b00000000, "7360000000.0"),
    ];

    #[rustfmt::skip]
    const TONUMBER_BASE: &[(&[u8], u32, Option<i64>)] = &[
        (b"10", 2, Some(2)),
        (b"10", 8, Some(8)),
        (b"10", 10, Some(10)),
        (b"10", 16, Some(16)),
        (b"10", 36, Some(36)),
        (b"ff", 2, None),
        (b"ff", 8, None),
        (b"ff", 10, None),
        (b"ff", 16, Some(255)),
        (b"ff", 36, Some(555)),
        (b"FF", 2, None),
        (b"FF", 8, None),
        (b"FF", 10, None),
        (b"FF", 16, Some(255)),
        (b"FF", 36, Some(555)),
        (b"zz", 2, None),
        (b"zz", 8, None),
        (b"zz", 10, None),
        (b"zz", 16, None),
        (b"zz", 36, Some(1295)),
        (b"ZZ", 2, None),
        (b"ZZ", 8, None),
        (b"ZZ", 10, None),
        (b"ZZ", 16, None),
        (b"ZZ", 36, Some(1295)),
        (b"-10", 2, Some(-2)),
        (b"-10", 8, Some(-8)),
        (b"-10", 10, Some(-10)),
        (b"-10", 16, Some(-16)),
        (b"-10", 36, Some(-36)),
        (b"+10", 2, Some(2)),
        (b"+10", 8, Some(8)),
        (b"+10", 10, Some(10)),
        (b"+10", 16, Some(16)),
        (b"+10", 36, Some(36)),
        (b" 11 ", 2, Some(3)),
        (b" 11 ", 8, Some(9)),
        (b" 11 ", 10, Some(11)),
        (b" 11 ", 16, Some(17)),
        (b" 11 ", 36, Some(37)),
        (b"1 1", 2, None),
        (b"1 1", 8, None),
        (b"1 1", 10, None),
        (b"1 1", 16, None),
        (b"1 1", 36, None),
        (b"", 2, None),
        (b"", 8, None),
        (b"", 10, None),
        (b"", 16, None),
        (b"", 36, None),
        (b" ", 2, None),
        (b" ", 8, None),
        (b" ", 10, None),
        (b" ", 16, None),
        (b" ", 36, None),
        (b"-", 2, None),
        (b"-", 8, None),
        (b"-", 10, None),
        (b"-", 16, None),
        (b"-", 36, None),
        (b"2", 2, None),
        (b"2", 8, Some(2)),
        (b"2", 10, Some(2)),
        (b"2", 16, Some(2)),
        (b"2", 36, Some(2)),
        (b"z", 2, None),
        (b"z", 8, None),
        (b"z", 10, None),
        (b"z", 16, None),
        (b"z", 36, Some(35)),
        (b"0x10", 2, None),
        (b"0x10", 8, None),
        (b"0x10", 10, None),
        (b"0x10", 16, None),
        (b"0x10", 36, Some(42804)),
        (b"1.0", 2, None),
        (b"1.0", 8, None),
        (b"1.0", 10, None),
        (b"1.0", 16, None),
        (b"1.0", 36, None),
        (b"7fffffffffffffff", 2, None),
        (b"7fffffffffffffff", 8, None),
        (b"7fffffffffffffff", 10, None),
        (b"7fffffffffffffff", 16, Some(9223372036854775807)),
        (b"7fffffffffffffff", 36, Some(5118989593264109275)),
        (b"8000000000000000", 2, None),
        (b"8000000000000000", 8, None),
        (b"8000000000000000", 10, Some(8000000000000000)),
        (b"8000000000000000", 16, Some(-9223372036854775808)),
        (b"8000000000000000", 36, Some(-8677045110107537408)),
        (b"ffffffffffffffff", 2, None),
        (b"ffffffffffffffff", 8, None),
        (b"ffffffffffffffff", 10, None),
        (b"ffffffffffffffff", 16, Some(-1)),
        (b"ffffffffffffffff", 36, Some(-3558055516843428133)),
        (b"10000000000000000", 2, Some(65536)),
        (b"10000000000000000", 8, Some(281474976710656)),
        (b"10000000000000000", 10, Some(10000000000000000)),
        (b"10000000000000000", 16, Some(0)),
        (b"10000000000000000", 36, Some(-2153214848064815104)),
        (b"zzzzzzzzzzzzzzzzzz", 2, None),
        (b"zzzzzzzzzzzzzzzzzz", 8, None),
        (b"zzzzzzzzzzzzzzzzzz", 10, None),
        (b"zzzzzzzzzzzzzzzzzz", 16, None),
        (b"zzzzzzzzzzzzzzzzzz", 36, Some(-5108087961858080769)),
        (b"\x09101\x0a", 2, Some(5)),
        (b"\x09101\x0a", 8, Some(65)),
        (b"\x09101\x0a", 10, Some(101)),
        (b"\x09101\x0a", 16, Some(257)),
        (b"\x09101\x0a", 36, Some(1297)),
        (b"101\x00", 2, None),
        (b"101\x00", 8, None),
        (b"101\x00", 10, None),
        (b"101\x00", 16, None),
        (b"101\x00", 36, None),
        (b"1e1", 2, None),
        (b"1e1", 8, None),
        (b"1e1", 10, None),
        (b"1e1", 16, Some(481)),
        (b"1e1", 36, Some(1801)),
        (b"--1", 2, None),
        (b"--1", 8, None),
        (b"--1", 10, None),
        (b"--1", 16, None),
        (b"--1", 36, None),
        (b"+-1", 2, None),
        (b"+-1", 8, None),
        (b"+-1", 10, None),
        (b"+-1", 16, None),
        (b"+-1", 36, None),
        (b"-+1", 2, None),
        (b"-+1", 8, None),
        (b"-+1", 10, None),
        (b"-+1", 16, None),
        (b"-+1", 36, None),
        (b"12a", 2, None),
        (b"12a", 8, None),
        (b"12a", 10, None),
        (b"12a", 16, Some(298)),
        (b"12a", 36, Some(1378)),
        (b"a12", 2, None),
        (b"a12", 8, None),
        (b"a12", 10, None),
        (b"a12", 16, Some(2578)),
        (b"a12", 36, Some(12998)),
        (b"\x5f", 2, None),
        (b"\x5f", 8, None),
        (b"\x5f", 10, None),
        (b"\x5f", 16, None),
        (b"\x5f", 36, None),
        (b"1\x5f0", 2, None),
        (b"1\x5f0", 8, None),
        (b"1\x5f0", 10, None),
        (b"1\x5f0", 16, None),
        (b"1\x5f0", 36, None),
        (b"-ZZ", 2, None),
        (b"-ZZ", 8, None),
        (b"-ZZ", 10, None),
        (b"-ZZ", 16, None),
        (b"-ZZ", 36, Some(-1295)),
        (b"\x0b1\x0c", 2, Some(1)),
        (b"\x0b1\x0c", 8, Some(1)),
        (b"\x0b1\x0c", 10, Some(1)),
        (b"\x0b1\x0c", 16, Some(1)),
        (b"\x0b1\x0c", 36, Some(1)),
        (b"0", 2, Some(0)),
        (b"0", 8, Some(0)),
        (b"0", 10, Some(0)),
        (b"0", 16, Some(0)),
        (b"0", 36, Some(0)),
        (b"-0", 2, Some(0)),
        (b"-0", 8, Some(0)),
        (b"-0", 10, Some(0)),
        (b"-0", 16, Some(0)),
        (b"-0", 36, Some(0)),
        (b"Hello", 2, None),
        (b"Hello", 8, None),
        (b"Hello", 10, None),
        (b"Hello", 16, None),
        (b"Hello", 36, Some(29234652)),
        (b"1\x00 ", 2, None),
        (b"1\x00 ", 8, None),
        (b"1\x00 ", 10, None),
        (b"1\x00 ", 16, None),
        (b"1\x00 ", 36, None),
        (b"\xe9", 2, None),
        (b"\xe9", 8, None),
        (b"\xe9", 10, None),
        (b"\xe9", 16, None),
        (b"\xe9", 36, None),
    ];

    #[rustfmt::skip]
    const INT_FLOAT_CMP: &[(i64, u64, [bool; 5])] = &[
        (0, 0x0000000000000000, [false, true, false, true, true]),
        (0, 0x8000000000000000, [false, true, false, true, true]),
        (0, 0x3fe0000000000000, [true, true, false, false, false]),
        (0, 0xbfe0000000000000, [false, false, true, true, false]),
        (0, 0x3ff0000000000000, [true, true, false, false, false]),
        (0, 0x3ff8000000000000, [true, true, false, false, false]),
        (0, 0xbff8000000000000, [false, false, true, true, false]),
        (0, 0x4340000000000000, [true, true, false, false, false]),
        (0, 0x4340000000000001, [true, true, false, false, false]),
        (0, 0xc340000000000000, [false, false, true, true, false]),
        (0, 0x43e0000000000000, [true, true, false, false, false]),
        (0, 0xc3e0000000000000, [false, false, true, true, false]),
        (0, 0x43f0000000000000, [true, true, false, false, false]),
        (0, 0xc3f0000000000000, [false, false, true, true, false]),
        (0, 0x7ff0000000000000, [true, true, false, false, false]),
        (0, 0xfff0000000000000, [false, false, true, true, false]),
        (0, 0xfff8000000000000, [false, false, false, false, false]),
        (0, 0x7ff8000000000000, [false, false, false, false, false]),
        (0, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (0, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (0, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (0, 0x43d0000000000000, [true, true, false, false, false]),
        (0, 0x4340000000000000, [true, true, false, false, false]),
        (0, 0x4340000000000001, [true, true, false, false, false]),
        (0, 0x43dfffffffffffff, [true, true, false, false, false]),
        (0, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (0, 0x3fb999999999999a, [true, true, false, false, false]),
        (1, 0x0000000000000000, [false, false, true, true, false]),
        (1, 0x8000000000000000, [false, false, true, true, false]),
        (1, 0x3fe0000000000000, [false, false, true, true, false]),
        (1, 0xbfe0000000000000, [false, false, true, true, false]),
        (1, 0x3ff0000000000000, [false, true, false, true, true]),
        (1, 0x3ff8000000000000, [true, true, false, false, false]),
        (1, 0xbff8000000000000, [false, false, true, true, false]),
        (1, 0x4340000000000000, [true, true, false, false, false]),
        (1, 0x4340000000000001, [true, true, false, false, false]),
        (1, 0xc340000000000000, [false, false, true, true, false]),
        (1, 0x43e0000000000000, [true, true, false, false, false]),
        (1, 0xc3e0000000000000, [false, false, true, true, false]),
        (1, 0x43f0000000000000, [true, true, false, false, false]),
        (1, 0xc3f0000000000000, [false, false, true, true, false]),
        (1, 0x7ff0000000000000, [true, true, false, false, false]),
        (1, 0xfff0000000000000, [false, false, true, true, false]),
        (1, 0xfff8000000000000, [false, false, false, false, false]),
        (1, 0x7ff8000000000000, [false, false, false, false, false]),
        (1, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (1, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (1, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (1, 0x43d0000000000000, [true, true, false, false, false]),
        (1, 0x4340000000000000, [true, true, false, false, false]),
        (1, 0x4340000000000001, [true, true, false, false, false]),
        (1, 0x43dfffffffffffff, [true, true, false, false, false]),
        (1, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (1, 0x3fb999999999999a, [false, false, true, true, false]),
        (-1, 0x0000000000000000, [true, true, false, false, false]),
        (-1, 0x8000000000000000, [true, true, false, false, false]),
        (-1, 0x3fe0000000000000, [true, true, false, false, false]),
        (-1, 0xbfe0000000000000, [true, true, false, false, false]),
        (-1, 0x3ff0000000000000, [true, true, false, false, false]),
        (-1, 0x3ff8000000000000, [true, true, false, false, false]),
        (-1, 0xbff8000000000000, [false, false, true, true, false]),
        (-1, 0x4340000000000000, [true, true, false, false, false]),
        (-1, 0x4340000000000001, [true, true, false, false, false]),
        (-1, 0xc340000000000000, [false, false, true, true, false]),
        (-1, 0x43e0000000000000, [true, true, false, false, false]),
        (-1, 0xc3e0000000000000, [false, false, true, true, false]),
        (-1, 0x43f0000000000000, [true, true, false, false, false]),
        (-1, 0xc3f0000000000000, [false, false, true, true, false]),
        (-1, 0x7ff0000000000000, [true, true, false, false, false]),
        (-1, 0xfff0000000000000, [false, false, true, true, false]),
        (-1, 0xfff8000000000000, [false, false, false, false, false]),
        (-1, 0x7ff8000000000000, [false, false, false, false, false]),
        (-1, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (-1, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (-1, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (-1, 0x43d0000000000000, [true, true, false, false, false]),
        (-1, 0x4340000000000000, [true, true, false, false, false]),
        (-1, 0x4340000000000001, [true, true, false, false, false]),
        (-1, 0x43dfffffffffffff, [true, true, false, false, false]),
        (-1, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (-1, 0x3fb999999999999a, [true, true, false, false, false]),
        (9007199254740992, 0x0000000000000000, [false, false, true, true, false]),
        (9007199254740992, 0x8000000000000000, [false, false, true, true, false]),
        (9007199254740992, 0x3fe0000000000000, [false, false, true, true, false]),
        (9007199254740992, 0xbfe0000000000000, [false, false, true, true, false]),
        (9007199254740992, 0x3ff0000000000000, [false, false, true, true, false]),
        (9007199254740992, 0x3ff8000000000000, [false, false, true, true, false]),
        (9007199254740992, 0xbff8000000000000, [false, false, true, true, false]),
        (9007199254740992, 0x4340000000000000, [false, true, false, true, true]),
        (9007199254740992, 0x4340000000000001, [true, true, false, false, false]),
        (9007199254740992, 0xc340000000000000, [false, false, true, true, false]),
        (9007199254740992, 0x43e0000000000000, [true, true, false, false, false]),
        (9007199254740992, 0xc3e0000000000000, [false, false, true, true, false]),
        (9007199254740992, 0x43f0000000000000, [true, true, false, false, false]),
        (9007199254740992, 0xc3f0000000000000, [false, false, true, true, false]),
        (9007199254740992, 0x7ff0000000000000, [true, true, false, false, false]),
        (9007199254740992, 0xfff0000000000000, [false, false, true, true, false]),
        (9007199254740992, 0xfff8000000000000, [false, false, false, false, false]),
        (9007199254740992, 0x7ff8000000000000, [false, false, false, false, false]),
        (9007199254740992, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (9007199254740992, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (9007199254740992, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (9007199254740992, 0x43d0000000000000, [true, true, false, false, false]),
        (9007199254740992, 0x4340000000000000, [false, true, false, true, true]),
        (9007199254740992, 0x4340000000000001, [true, true, false, false, false]),
        (9007199254740992, 0x43dfffffffffffff, [true, true, false, false, false]),
        (9007199254740992, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (9007199254740992, 0x3fb999999999999a, [false, false, true, true, false]),
        (9007199254740993, 0x0000000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x8000000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x3fe0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0xbfe0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x3ff0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x3ff8000000000000, [false, false, true, true, false]),
        (9007199254740993, 0xbff8000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x4340000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x4340000000000001, [true, true, false, false, false]),
        (9007199254740993, 0xc340000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x43e0000000000000, [true, true, false, false, false]),
        (9007199254740993, 0xc3e0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x43f0000000000000, [true, true, false, false, false]),
        (9007199254740993, 0xc3f0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x7ff0000000000000, [true, true, false, false, false]),
        (9007199254740993, 0xfff0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0xfff8000000000000, [false, false, false, false, false]),
        (9007199254740993, 0x7ff8000000000000, [false, false, false, false, false]),
        (9007199254740993, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (9007199254740993, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (9007199254740993, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (9007199254740993, 0x43d0000000000000, [true, true, false, false, false]),
        (9007199254740993, 0x4340000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x4340000000000001, [true, true, false, false, false]),
        (9007199254740993, 0x43dfffffffffffff, [true, true, false, false, false]),
        (9007199254740993, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (9007199254740993, 0x3fb999999999999a, [false, false, true, true, false]),
        (-9007199254740992, 0x0000000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0x8000000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0x3fe0000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0xbfe0000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0x3ff0000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0x3ff8000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0xbff8000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0x4340000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0x4340000000000001, [true, true, false, false, false]),
        (-9007199254740992, 0xc340000000000000, [false, true, false, true, true]),
        (-9007199254740992, 0x43e0000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0xc3e0000000000000, [false, false, true, true, false]),
        (-9007199254740992, 0x43f0000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0xc3f0000000000000, [false, false, true, true, false]),
        (-9007199254740992, 0x7ff0000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0xfff0000000000000, [false, false, true, true, false]),
        (-9007199254740992, 0xfff8000000000000, [false, false, false, false, false]),
        (-9007199254740992, 0x7ff8000000000000, [false, false, false, false, false]),
        (-9007199254740992, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (-9007199254740992, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (-9007199254740992, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (-9007199254740992, 0x43d0000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0x4340000000000000, [true, true, false, false, false]),
        (-9007199254740992, 0x4340000000000001, [true, true, false, false, false]),
        (-9007199254740992, 0x43dfffffffffffff, [true, true, false, false, false]),
        (-9007199254740992, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (-9007199254740992, 0x3fb999999999999a, [true, true, false, false, false]),
        (-9007199254740993, 0x0000000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0x8000000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0x3fe0000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0xbfe0000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0x3ff0000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0x3ff8000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0xbff8000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0x4340000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0x4340000000000001, [true, true, false, false, false]),
        (-9007199254740993, 0xc340000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0x43e0000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0xc3e0000000000000, [false, false, true, true, false]),
        (-9007199254740993, 0x43f0000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0xc3f0000000000000, [false, false, true, true, false]),
        (-9007199254740993, 0x7ff0000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0xfff0000000000000, [false, false, true, true, false]),
        (-9007199254740993, 0xfff8000000000000, [false, false, false, false, false]),
        (-9007199254740993, 0x7ff8000000000000, [false, false, false, false, false]),
        (-9007199254740993, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (-9007199254740993, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (-9007199254740993, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (-9007199254740993, 0x43d0000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0x4340000000000000, [true, true, false, false, false]),
        (-9007199254740993, 0x4340000000000001, [true, true, false, false, false]),
        (-9007199254740993, 0x43dfffffffffffff, [true, true, false, false, false]),
        (-9007199254740993, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (-9007199254740993, 0x3fb999999999999a, [true, true, false, false, false]),
        (9223372036854775807, 0x0000000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x8000000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x3fe0000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0xbfe0000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x3ff0000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x3ff8000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0xbff8000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x4340000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x4340000000000001, [false, false, true, true, false]),
        (9223372036854775807, 0xc340000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x43e0000000000000, [true, true, false, false, false]),
        (9223372036854775807, 0xc3e0000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x43f0000000000000, [true, true, false, false, false]),
        (9223372036854775807, 0xc3f0000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x7ff0000000000000, [true, true, false, false, false]),
        (9223372036854775807, 0xfff0000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0xfff8000000000000, [false, false, false, false, false]),
        (9223372036854775807, 0x7ff8000000000000, [false, false, false, false, false]),
        (9223372036854775807, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (9223372036854775807, 0x437b69b4ba630f35, [false, false, true, true, false]),
        (9223372036854775807, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (9223372036854775807, 0x43d0000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x4340000000000000, [false, false, true, true, false]),
        (9223372036854775807, 0x4340000000000001, [false, false, true, true, false]),
        (9223372036854775807, 0x43dfffffffffffff, [false, false, true, true, false]),
        (9223372036854775807, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (9223372036854775807, 0x3fb999999999999a, [false, false, true, true, false]),
        (-9223372036854775808, 0x0000000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0x8000000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0x3fe0000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0xbfe0000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0x3ff0000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0x3ff8000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0xbff8000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0x4340000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0x4340000000000001, [true, true, false, false, false]),
        (-9223372036854775808, 0xc340000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0x43e0000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0xc3e0000000000000, [false, true, false, true, true]),
        (-9223372036854775808, 0x43f0000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0xc3f0000000000000, [false, false, true, true, false]),
        (-9223372036854775808, 0x7ff0000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0xfff0000000000000, [false, false, true, true, false]),
        (-9223372036854775808, 0xfff8000000000000, [false, false, false, false, false]),
        (-9223372036854775808, 0x7ff8000000000000, [false, false, false, false, false]),
        (-9223372036854775808, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (-9223372036854775808, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (-9223372036854775808, 0xc37b69b4ba630f35, [true, true, false, false, false]),
        (-9223372036854775808, 0x43d0000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0x4340000000000000, [true, true, false, false, false]),
        (-9223372036854775808, 0x4340000000000001, [true, true, false, false, false]),
        (-9223372036854775808, 0x43dfffffffffffff, [true, true, false, false, false]),
        (-9223372036854775808, 0xc3dfffffffffffff, [true, true, false, false, false]),
        (-9223372036854775808, 0x3fb999999999999a, [true, true, false, false, false]),
        (9223372036854775806, 0x0000000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x8000000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x3fe0000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0xbfe0000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x3ff0000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x3ff8000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0xbff8000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x4340000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x4340000000000001, [false, false, true, true, false]),
        (9223372036854775806, 0xc340000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x43e0000000000000, [true, true, false, false, false]),
        (9223372036854775806, 0xc3e0000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x43f0000000000000, [true, true, false, false, false]),
        (9223372036854775806, 0xc3f0000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x7ff0000000000000, [true, true, false, false, false]),
        (9223372036854775806, 0xfff0000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0xfff8000000000000, [false, false, false, false, false]),
        (9223372036854775806, 0x7ff8000000000000, [false, false, false, false, false]),
        (9223372036854775806, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (9223372036854775806, 0x437b69b4ba630f35, [false, false, true, true, false]),
        (9223372036854775806, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (9223372036854775806, 0x43d0000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x4340000000000000, [false, false, true, true, false]),
        (9223372036854775806, 0x4340000000000001, [false, false, true, true, false]),
        (9223372036854775806, 0x43dfffffffffffff, [false, false, true, true, false]),
        (9223372036854775806, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (9223372036854775806, 0x3fb999999999999a, [false, false, true, true, false]),
        (-9223372036854775807, 0x0000000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0x8000000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0x3fe0000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0xbfe0000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0x3ff0000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0x3ff8000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0xbff8000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0x4340000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0x4340000000000001, [true, true, false, false, false]),
        (-9223372036854775807, 0xc340000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0x43e0000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0xc3e0000000000000, [false, false, true, true, false]),
        (-9223372036854775807, 0x43f0000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0xc3f0000000000000, [false, false, true, true, false]),
        (-9223372036854775807, 0x7ff0000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0xfff0000000000000, [false, false, true, true, false]),
        (-9223372036854775807, 0xfff8000000000000, [false, false, false, false, false]),
        (-9223372036854775807, 0x7ff8000000000000, [false, false, false, false, false]),
        (-9223372036854775807, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (-9223372036854775807, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (-9223372036854775807, 0xc37b69b4ba630f35, [true, true, false, false, false]),
        (-9223372036854775807, 0x43d0000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0x4340000000000000, [true, true, false, false, false]),
        (-9223372036854775807, 0x4340000000000001, [true, true, false, false, false]),
        (-9223372036854775807, 0x43dfffffffffffff, [true, true, false, false, false]),
        (-9223372036854775807, 0xc3dfffffffffffff, [true, true, false, false, false]),
        (-9223372036854775807, 0x3fb999999999999a, [true, true, false, false, false]),
        (123456789012345678, 0x0000000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x8000000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x3fe0000000000000, [false, false, true, true, false]),
        (123456789012345678, 0xbfe0000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x3ff0000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x3ff8000000000000, [false, false, true, true, false]),
        (123456789012345678, 0xbff8000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x4340000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x4340000000000001, [false, false, true, true, false]),
        (123456789012345678, 0xc340000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x43e0000000000000, [true, true, false, false, false]),
        (123456789012345678, 0xc3e0000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x43f0000000000000, [true, true, false, false, false]),
        (123456789012345678, 0xc3f0000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x7ff0000000000000, [true, true, false, false, false]),
        (123456789012345678, 0xfff0000000000000, [false, false, true, true, false]),
        (123456789012345678, 0xfff8000000000000, [false, false, false, false, false]),
        (123456789012345678, 0x7ff8000000000000, [false, false, false, false, false]),
        (123456789012345678, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (123456789012345678, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (123456789012345678, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (123456789012345678, 0x43d0000000000000, [true, true, false, false, false]),
        (123456789012345678, 0x4340000000000000, [false, false, true, true, false]),
        (123456789012345678, 0x4340000000000001, [false, false, true, true, false]),
        (123456789012345678, 0x43dfffffffffffff, [true, true, false, false, false]),
        (123456789012345678, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (123456789012345678, 0x3fb999999999999a, [false, false, true, true, false]),
        (-123456789012345678, 0x0000000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0x8000000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0x3fe0000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0xbfe0000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0x3ff0000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0x3ff8000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0xbff8000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0x4340000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0x4340000000000001, [true, true, false, false, false]),
        (-123456789012345678, 0xc340000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0x43e0000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0xc3e0000000000000, [false, false, true, true, false]),
        (-123456789012345678, 0x43f0000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0xc3f0000000000000, [false, false, true, true, false]),
        (-123456789012345678, 0x7ff0000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0xfff0000000000000, [false, false, true, true, false]),
        (-123456789012345678, 0xfff8000000000000, [false, false, false, false, false]),
        (-123456789012345678, 0x7ff8000000000000, [false, false, false, false, false]),
        (-123456789012345678, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (-123456789012345678, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (-123456789012345678, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (-123456789012345678, 0x43d0000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0x4340000000000000, [true, true, false, false, false]),
        (-123456789012345678, 0x4340000000000001, [true, true, false, false, false]),
        (-123456789012345678, 0x43dfffffffffffff, [true, true, false, false, false]),
        (-123456789012345678, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (-123456789012345678, 0x3fb999999999999a, [true, true, false, false, false]),
        (4611686018427387904, 0x0000000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x8000000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x3fe0000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0xbfe0000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x3ff0000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x3ff8000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0xbff8000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x4340000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x4340000000000001, [false, false, true, true, false]),
        (4611686018427387904, 0xc340000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x43e0000000000000, [true, true, false, false, false]),
        (4611686018427387904, 0xc3e0000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x43f0000000000000, [true, true, false, false, false]),
        (4611686018427387904, 0xc3f0000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x7ff0000000000000, [true, true, false, false, false]),
        (4611686018427387904, 0xfff0000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0xfff8000000000000, [false, false, false, false, false]),
        (4611686018427387904, 0x7ff8000000000000, [false, false, false, false, false]),
        (4611686018427387904, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (4611686018427387904, 0x437b69b4ba630f35, [false, false, true, true, false]),
        (4611686018427387904, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (4611686018427387904, 0x43d0000000000000, [false, true, false, true, true]),
        (4611686018427387904, 0x4340000000000000, [false, false, true, true, false]),
        (4611686018427387904, 0x4340000000000001, [false, false, true, true, false]),
        (4611686018427387904, 0x43dfffffffffffff, [true, true, false, false, false]),
        (4611686018427387904, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (4611686018427387904, 0x3fb999999999999a, [false, false, true, true, false]),
        (9007199254740993, 0x0000000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x8000000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x3fe0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0xbfe0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x3ff0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x3ff8000000000000, [false, false, true, true, false]),
        (9007199254740993, 0xbff8000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x4340000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x4340000000000001, [true, true, false, false, false]),
        (9007199254740993, 0xc340000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x43e0000000000000, [true, true, false, false, false]),
        (9007199254740993, 0xc3e0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x43f0000000000000, [true, true, false, false, false]),
        (9007199254740993, 0xc3f0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x7ff0000000000000, [true, true, false, false, false]),
        (9007199254740993, 0xfff0000000000000, [false, false, true, true, false]),
        (9007199254740993, 0xfff8000000000000, [false, false, false, false, false]),
        (9007199254740993, 0x7ff8000000000000, [false, false, false, false, false]),
        (9007199254740993, 0x7e37e43c8800759c, [true, true, false, false, false]),
        (9007199254740993, 0x437b69b4ba630f35, [true, true, false, false, false]),
        (9007199254740993, 0xc37b69b4ba630f35, [false, false, true, true, false]),
        (9007199254740993, 0x43d0000000000000, [true, true, false, false, false]),
        (9007199254740993, 0x4340000000000000, [false, false, true, true, false]),
        (9007199254740993, 0x4340000000000001, [true, true, false, false, false]),
        (9007199254740993, 0x43dfffffffffffff, [true, true, false, false, false]),
        (9007199254740993, 0xc3dfffffffffffff, [false, false, true, true, false]),
        (9007199254740993, 0x3fb999999999999a, [false, false, true, true, false]),
    ];

    #[rustfmt::skip]
    const INT_DIV_MOD: &[(i64, i64, i64, i64)] = &[
        (0, 1, 0, 0),
        (0, -1, 0, 0),
        (0, 7, 0, 0),
        (0, -7, 0, 0),
        (0, 3, 0, 0),
        (0, -3, 0, 0),
        (0, 9223372036854775807, 0, 0),
        (0, -9223372036854775808, 0, 0),
        (0, 100, 0, 0),
        (0, -100, 0, 0),
        (0, 13, 0, 0),
        (1, 1, 1, 0),
        (1, -1, -1, 0),
        (1, 7, 0, 1),
        (1, -7, -1, -6),
        (1, 3, 0, 1),
        (1, -3, -1, -2),
        (1, 9223372036854775807, 0, 1),
        (1, -9223372036854775808, -1, -9223372036854775807),
        (1, 100, 0, 1),
        (1, -100, -1, -99),
        (1, 13, 0, 1),
        (-1, 1, -1, 0),
        (-1, -1, 1, 0),
        (-1, 7, -1, 6),
        (-1, -7, 0, -1),
        (-1, 3, -1, 2),
        (-1, -3, 0, -1),
        (-1, 9223372036854775807, -1, 9223372036854775806),
        (-1, -9223372036854775808, 0, -1),
        (-1, 100, -1, 99),
        (-1, -100, 0, -1),
        (-1, 13, -1, 12),
        (7, 1, 7, 0),
        (7, -1, -7, 0),
        (7, 7, 1, 0),
        (7, -7, -1, 0),
        (7, 3, 2, 1),
        (7, -3, -3, -2),
        (7, 9223372036854775807, 0, 7),
        (7, -9223372036854775808, -1, -9223372036854775801),
        (7, 100, 0, 7),
        (7, -100, -1, -93),
        (7, 13, 0, 7),
        (-7, 1, -7, 0),
        (-7, -1, 7, 0),
        (-7, 7, -1, 0),
        (-7, -7, 1, 0),
        (-7, 3, -3, 2),
        (-7, -3, 2, -1),
        (-7, 9223372036854775807, -1, 9223372036854775800),
        (-7, -9223372036854775808, 0, -7),
        (-7, 100, -1, 93),
        (-7, -100, 0, -7),
        (-7, 13, -1, 6),
        (3, 1, 3, 0),
        (3, -1, -3, 0),
        (3, 7, 0, 3),
        (3, -7, -1, -4),
        (3, 3, 1, 0),
        (3, -3, -1, 0),
        (3, 9223372036854775807, 0, 3),
        (3, -9223372036854775808, -1, -9223372036854775805),
        (3, 100, 0, 3),
        (3, -100, -1, -97),
        (3, 13, 0, 3),
        (-3, 1, -3, 0),
        (-3, -1, 3, 0),
        (-3, 7, -1, 4),
        (-3, -7, 0, -3),
        (-3, 3, -1, 0),
        (-3, -3, 1, 0),
        (-3, 9223372036854775807, -1, 9223372036854775804),
        (-3, -9223372036854775808, 0, -3),
        (-3, 100, -1, 97),
        (-3, -100, 0, -3),
        (-3, 13, -1, 10),
        (9223372036854775807, 1, 9223372036854775807, 0),
        (9223372036854775807, -1, -9223372036854775807, 0),
        (9223372036854775807, 7, 1317624576693539401, 0),
        (9223372036854775807, -7, -1317624576693539401, 0),
        (9223372036854775807, 3, 3074457345618258602, 1),
        (9223372036854775807, -3, -3074457345618258603, -2),
        (9223372036854775807, 9223372036854775807, 1, 0),
        (9223372036854775807, -9223372036854775808, -1, -1),
        (9223372036854775807, 100, 92233720368547758, 7),
        (9223372036854775807, -100, -92233720368547759, -93),
        (9223372036854775807, 13, 709490156681136600, 7),
        (-9223372036854775808, 1, -9223372036854775808, 0),
        (-9223372036854775808, -1, -9223372036854775808, 0),
        (-9223372036854775808, 7, -1317624576693539402, 6),
        (-9223372036854775808, -7, 1317624576693539401, -1),
        (-9223372036854775808, 3, -3074457345618258603, 1),
        (-9223372036854775808, -3, 3074457345618258602, -2),
        (-9223372036854775808, 9223372036854775807, -2, 9223372036854775806),
        (-9223372036854775808, -9223372036854775808, 1, 0),
        (-9223372036854775808, 100, -92233720368547759, 92),
        (-9223372036854775808, -100, 92233720368547758, -8),
        (-9223372036854775808, 13, -709490156681136601, 5),
        (100, 1, 100, 0),
        (100, -1, -100, 0),
        (100, 7, 14, 2),
        (100, -7, -15, -5),
        (100, 3, 33, 1),
        (100, -3, -34, -2),
        (100, 9223372036854775807, 0, 100),
        (100, -9223372036854775808, -1, -9223372036854775708),
        (100, 100, 1, 0),
        (100, -100, -1, 0),
        (100, 13, 7, 9),
        (-100, 1, -100, 0),
        (-100, -1, 100, 0),
        (-100, 7, -15, 5),
        (-100, -7, 14, -2),
        (-100, 3, -34, 2),
        (-100, -3, 33, -1),
        (-100, 9223372036854775807, -1, 9223372036854775707),
        (-100, -9223372036854775808, 0, -100),
        (-100, 100, -1, 0),
        (-100, -100, 1, 0),
        (-100, 13, -8, 4),
        (13, 1, 13, 0),
        (13, -1, -13, 0),
        (13, 7, 1, 6),
        (13, -7, -2, -1),
        (13, 3, 4, 1),
        (13, -3, -5, -2),
        (13, 9223372036854775807, 0, 13),
        (13, -9223372036854775808, -1, -9223372036854775795),
        (13, 100, 0, 13),
        (13, -100, -1, -87),
        (13, 13, 1, 0),
    ];

    #[rustfmt::skip]
    const FLOAT_DIV_MOD_POW: &[(u64, u64, u64, u64, u64)] = &[
        (0x0000000000000000, 0x0000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x0000000000000000, 0x8000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x0000000000000000, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x0000000000000000, 0xbff0000000000000, 0x8000000000000000, 0x0000000000000000, 0x7ff0000000000000),
        (0x0000000000000000, 0x4016000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x0000000000000000, 0xc016000000000000, 0x8000000000000000, 0x0000000000000000, 0x7ff0000000000000),
        (0x0000000000000000, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x0000000000000000, 0xc008000000000000, 0x8000000000000000, 0x0000000000000000, 0x7ff0000000000000),
        (0x0000000000000000, 0x3fb999999999999a, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x0000000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x0000000000000000, 0xfff0000000000000, 0x8000000000000000, 0x0000000000000000, 0x7ff0000000000000),
        (0x0000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x0000000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x0000000000000000, 0x4000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x0000000000000000, 0x3fe0000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x0000000000000000, 0x01a56e1fc2f8f359, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x0000000000000000, 0x401d000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000),
        (0x8000000000000000, 0x0000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x8000000000000000, 0x8000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000),
        (0x8000000000000000, 0xbff0000000000000, 0x0000000000000000, 0x8000000000000000, 0xfff0000000000000),
        (0x8000000000000000, 0x4016000000000000, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000),
        (0x8000000000000000, 0xc016000000000000, 0x0000000000000000, 0x8000000000000000, 0x7ff0000000000000),
        (0x8000000000000000, 0x4008000000000000, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000),
        (0x8000000000000000, 0xc008000000000000, 0x0000000000000000, 0x8000000000000000, 0xfff0000000000000),
        (0x8000000000000000, 0x3fb999999999999a, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000),
        (0x8000000000000000, 0x7ff0000000000000, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000),
        (0x8000000000000000, 0xfff0000000000000, 0x0000000000000000, 0x8000000000000000, 0x7ff0000000000000),
        (0x8000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x8000000000000000, 0x7fe1ccf385ebc8a0, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000),
        (0x8000000000000000, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000),
        (0x8000000000000000, 0x3fe0000000000000, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000),
        (0x8000000000000000, 0x01a56e1fc2f8f359, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000),
        (0x8000000000000000, 0x401d000000000000, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000),
        (0x3ff0000000000000, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x0000000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0xbff0000000000000, 0xbff0000000000000, 0x0000000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x4016000000000000, 0x0000000000000000, 0x3ff0000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0xc016000000000000, 0xbff0000000000000, 0xc012000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x4008000000000000, 0x0000000000000000, 0x3ff0000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0xc008000000000000, 0xbff0000000000000, 0xc000000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x3fb999999999999a, 0x4024000000000000, 0x3fb9999999999996, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x3ff0000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x4000000000000000, 0x0000000000000000, 0x3ff0000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x3fe0000000000000, 0x4000000000000000, 0x0000000000000000, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x01a56e1fc2f8f359, 0x7e37e43c8800759b, 0x01a33550b9c24a66, 0x3ff0000000000000),
        (0x3ff0000000000000, 0x401d000000000000, 0x0000000000000000, 0x3ff0000000000000, 0x3ff0000000000000),
        (0xbff0000000000000, 0x0000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xbff0000000000000, 0x8000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xbff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x8000000000000000, 0xbff0000000000000),
        (0xbff0000000000000, 0xbff0000000000000, 0x3ff0000000000000, 0x8000000000000000, 0xbff0000000000000),
        (0xbff0000000000000, 0x4016000000000000, 0xbff0000000000000, 0x4012000000000000, 0xfff8000000000000),
        (0xbff0000000000000, 0xc016000000000000, 0x0000000000000000, 0xbff0000000000000, 0xfff8000000000000),
        (0xbff0000000000000, 0x4008000000000000, 0xbff0000000000000, 0x4000000000000000, 0xbff0000000000000),
        (0xbff0000000000000, 0xc008000000000000, 0x0000000000000000, 0xbff0000000000000, 0xbff0000000000000),
        (0xbff0000000000000, 0x3fb999999999999a, 0xc024000000000000, 0x3c90000000000000, 0xfff8000000000000),
        (0xbff0000000000000, 0x7ff0000000000000, 0x8000000000000000, 0x7ff0000000000000, 0x3ff0000000000000),
        (0xbff0000000000000, 0xfff0000000000000, 0x0000000000000000, 0xbff0000000000000, 0x3ff0000000000000),
        (0xbff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xbff0000000000000, 0x7fe1ccf385ebc8a0, 0xbff0000000000000, 0x7fe1ccf385ebc8a0, 0x3ff0000000000000),
        (0xbff0000000000000, 0x4000000000000000, 0xbff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000),
        (0xbff0000000000000, 0x3fe0000000000000, 0xc000000000000000, 0x8000000000000000, 0xfff8000000000000),
        (0xbff0000000000000, 0x01a56e1fc2f8f359, 0xfe37e43c8800759b, 0x0171c67849b54798, 0xfff8000000000000),
        (0xbff0000000000000, 0x401d000000000000, 0xbff0000000000000, 0x4019000000000000, 0xfff8000000000000),
        (0x4016000000000000, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x4016000000000000, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x4016000000000000, 0x3ff0000000000000, 0x4014000000000000, 0x3fe0000000000000, 0x4016000000000000),
        (0x4016000000000000, 0xbff0000000000000, 0xc018000000000000, 0xbfe0000000000000, 0x3fc745d1745d1746),
        (0x4016000000000000, 0x4016000000000000, 0x3ff0000000000000, 0x0000000000000000, 0x40c70d884c0cd266),
        (0x4016000000000000, 0xc016000000000000, 0xbff0000000000000, 0x0000000000000000, 0x3f1635b71178320a),
        (0x4016000000000000, 0x4008000000000000, 0x3ff0000000000000, 0x4004000000000000, 0x4064cc0000000000),
        (0x4016000000000000, 0xc008000000000000, 0xc000000000000000, 0xbfe0000000000000, 0x3f789e7c3fdb1246),
        (0x4016000000000000, 0x3fb999999999999a, 0x404b800000000000, 0x3fb9999999999984, 0x3ff2f9507de9629a),
        (0x4016000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x4016000000000000, 0x7ff0000000000000),
        (0x4016000000000000, 0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0x0000000000000000),
        (0x4016000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x4016000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x4016000000000000, 0x7ff0000000000000),
        (0x4016000000000000, 0x4000000000000000, 0x4000000000000000, 0x3ff8000000000000, 0x403e400000000000),
        (0x4016000000000000, 0x3fe0000000000000, 0x4026000000000000, 0x0000000000000000, 0x4002c2fc595456a7),
        (0x4016000000000000, 0x01a56e1fc2f8f359, 0x7e606ce99d8050db, 0x01a3ecbcf1c8cbcd, 0x3ff0000000000000),
        (0x4016000000000000, 0x401d000000000000, 0x0000000000000000, 0x4016000000000000, 0x410c75d6922a11f2),
        (0xc016000000000000, 0x0000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xc016000000000000, 0x8000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xc016000000000000, 0x3ff0000000000000, 0xc018000000000000, 0x3fe0000000000000, 0xc016000000000000),
        (0xc016000000000000, 0xbff0000000000000, 0x4014000000000000, 0xbfe0000000000000, 0xbfc745d1745d1746),
        (0xc016000000000000, 0x4016000000000000, 0xbff0000000000000, 0x8000000000000000, 0xfff8000000000000),
        (0xc016000000000000, 0xc016000000000000, 0x3ff0000000000000, 0x8000000000000000, 0xfff8000000000000),
        (0xc016000000000000, 0x4008000000000000, 0xc000000000000000, 0x3fe0000000000000, 0xc064cc0000000000),
        (0xc016000000000000, 0xc008000000000000, 0x3ff0000000000000, 0xc004000000000000, 0xbf789e7c3fdb1246),
        (0xc016000000000000, 0x3fb999999999999a, 0xc04b800000000000, 0x3cb6000000000000, 0xfff8000000000000),
        (0xc016000000000000, 0x7ff0000000000000, 0x8000000000000000, 0x7ff0000000000000, 0x7ff0000000000000),
        (0xc016000000000000, 0xfff0000000000000, 0x0000000000000000, 0xc016000000000000, 0x0000000000000000),
        (0xc016000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xc016000000000000, 0x7fe1ccf385ebc8a0, 0xbff0000000000000, 0x7fe1ccf385ebc8a0, 0x7ff0000000000000),
        (0xc016000000000000, 0x4000000000000000, 0xc008000000000000, 0x3fe0000000000000, 0x403e400000000000),
        (0xc016000000000000, 0x3fe0000000000000, 0xc026000000000000, 0x8000000000000000, 0xfff8000000000000),
        (0xc016000000000000, 0x01a56e1fc2f8f359, 0xfe606ce99d8050db, 0x0168162d130278c0, 0xfff8000000000000),
        (0xc016000000000000, 0x401d000000000000, 0xbff0000000000000, 0x3ffc000000000000, 0xfff8000000000000),
        (0x4008000000000000, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x4008000000000000, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x4008000000000000, 0x3ff0000000000000, 0x4008000000000000, 0x0000000000000000, 0x4008000000000000),
        (0x4008000000000000, 0xbff0000000000000, 0xc008000000000000, 0x0000000000000000, 0x3fd5555555555555),
        (0x4008000000000000, 0x4016000000000000, 0x0000000000000000, 0x4008000000000000, 0x407a4e36aa8bd0c6),
        (0x4008000000000000, 0xc016000000000000, 0xbff0000000000000, 0xc004000000000000, 0x3f6376ae1d09b11b),
        (0x4008000000000000, 0x4008000000000000, 0x3ff0000000000000, 0x0000000000000000, 0x403b000000000000),
        (0x4008000000000000, 0xc008000000000000, 0xbff0000000000000, 0x0000000000000000, 0x3fa2f684bda12f68),
        (0x4008000000000000, 0x3fb999999999999a, 0x403e000000000000, 0x3fb999999999998e, 0x3ff1dba3f92c888b),
        (0x4008000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x4008000000000000, 0x7ff0000000000000),
        (0x4008000000000000, 0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0x0000000000000000),
        (0x4008000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x4008000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x4008000000000000, 0x7ff0000000000000),
        (0x4008000000000000, 0x4000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4022000000000000),
        (0x4008000000000000, 0x3fe0000000000000, 0x4018000000000000, 0x0000000000000000, 0x3ffbb67ae8584caa),
        (0x4008000000000000, 0x01a56e1fc2f8f359, 0x7e51eb2d66005835, 0x019d87654ea9f100, 0x3ff0000000000000),
        (0x4008000000000000, 0x401d000000000000, 0x0000000000000000, 0x4008000000000000, 0x40a67c81fac468e9),
        (0xc008000000000000, 0x0000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xc008000000000000, 0x8000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xc008000000000000, 0x3ff0000000000000, 0xc008000000000000, 0x8000000000000000, 0xc008000000000000),
        (0xc008000000000000, 0xbff0000000000000, 0x4008000000000000, 0x8000000000000000, 0xbfd5555555555555),
        (0xc008000000000000, 0x4016000000000000, 0xbff0000000000000, 0x4004000000000000, 0xfff8000000000000),
        (0xc008000000000000, 0xc016000000000000, 0x0000000000000000, 0xc008000000000000, 0xfff8000000000000),
        (0xc008000000000000, 0x4008000000000000, 0xbff0000000000000, 0x8000000000000000, 0xc03b000000000000),
        (0xc008000000000000, 0xc008000000000000, 0x3ff0000000000000, 0x8000000000000000, 0xbfa2f684bda12f68),
        (0xc008000000000000, 0x3fb999999999999a, 0xc03e000000000000, 0x3ca8000000000000, 0xfff8000000000000),
        (0xc008000000000000, 0x7ff0000000000000, 0x8000000000000000, 0x7ff0000000000000, 0x7ff0000000000000),
        (0xc008000000000000, 0xfff0000000000000, 0x0000000000000000, 0xc008000000000000, 0x0000000000000000),
        (0xc008000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xc008000000000000, 0x7fe1ccf385ebc8a0, 0xbff0000000000000, 0x7fe1ccf385ebc8a0, 0x7ff0000000000000),
        (0xc008000000000000, 0x4000000000000000, 0xc000000000000000, 0x3ff0000000000000, 0x4022000000000000),
        (0xc008000000000000, 0x3fe0000000000000, 0xc018000000000000, 0x8000000000000000, 0xfff8000000000000),
        (0xc008000000000000, 0x01a56e1fc2f8f359, 0xfe51eb2d66005835, 0x018aa9b46e8feb64, 0xfff8000000000000),
        (0xc008000000000000, 0x401d000000000000, 0xbff0000000000000, 0x4011000000000000, 0xfff8000000000000),
        (0x3fb999999999999a, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x3fb999999999999a, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x3fb999999999999a, 0x3ff0000000000000, 0x0000000000000000, 0x3fb999999999999a, 0x3fb999999999999a),
        (0x3fb999999999999a, 0xbff0000000000000, 0xbff0000000000000, 0xbfeccccccccccccd, 0x4024000000000000),
        (0x3fb999999999999a, 0x4016000000000000, 0x0000000000000000, 0x3fb999999999999a, 0x3eca86f0875fcf97),
        (0x3fb999999999999a, 0xc016000000000000, 0xbff0000000000000, 0xc01599999999999a, 0x41134d0f1066b7cb),
        (0x3fb999999999999a, 0x4008000000000000, 0x0000000000000000, 0x3fb999999999999a, 0x3f50624dd2f1a9fd),
        (0x3fb999999999999a, 0xc008000000000000, 0xbff0000000000000, 0xc007333333333333, 0x408f3fffffffffff),
        (0x3fb999999999999a, 0x3fb999999999999a, 0x3ff0000000000000, 0x0000000000000000, 0x3fe96b230bcdc434),
        (0x3fb999999999999a, 0x7ff0000000000000, 0x0000000000000000, 0x3fb999999999999a, 0x0000000000000000),
        (0x3fb999999999999a, 0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0x7ff0000000000000),
        (0x3fb999999999999a, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x3fb999999999999a, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x3fb999999999999a, 0x0000000000000000),
        (0x3fb999999999999a, 0x4000000000000000, 0x0000000000000000, 0x3fb999999999999a, 0x3f847ae147ae147c),
        (0x3fb999999999999a, 0x3fe0000000000000, 0x0000000000000000, 0x3fb999999999999a, 0x3fd43d136248490f),
        (0x3fb999999999999a, 0x01a56e1fc2f8f359, 0x7e031cfd3999f7b0, 0x0177350d4134aec0, 0x3ff0000000000000),
        (0x3fb999999999999a, 0x401d000000000000, 0x0000000000000000, 0x3fb999999999999a, 0x3e6e30c2a4843691),
        (0x7ff0000000000000, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x7ff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0x7ff0000000000000, 0xbff0000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x0000000000000000),
        (0x7ff0000000000000, 0x4016000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0x7ff0000000000000, 0xc016000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x0000000000000000),
        (0x7ff0000000000000, 0x4008000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0x7ff0000000000000, 0xc008000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x0000000000000000),
        (0x7ff0000000000000, 0x3fb999999999999a, 0x7ff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0x7ff0000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0x7ff0000000000000, 0xfff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x0000000000000000),
        (0x7ff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x7ff0000000000000, 0x7fe1ccf385ebc8a0, 0x7ff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0x7ff0000000000000, 0x4000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0x7ff0000000000000, 0x3fe0000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0x7ff0000000000000, 0x01a56e1fc2f8f359, 0x7ff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0x7ff0000000000000, 0x401d000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0xfff0000000000000, 0x0000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xfff0000000000000, 0x8000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xfff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0xfff8000000000000, 0xfff0000000000000),
        (0xfff0000000000000, 0xbff0000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x8000000000000000),
        (0xfff0000000000000, 0x4016000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0xfff0000000000000, 0xc016000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x0000000000000000),
        (0xfff0000000000000, 0x4008000000000000, 0xfff0000000000000, 0xfff8000000000000, 0xfff0000000000000),
        (0xfff0000000000000, 0xc008000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x8000000000000000),
        (0xfff0000000000000, 0x3fb999999999999a, 0xfff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0xfff0000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0xfff0000000000000, 0xfff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x0000000000000000),
        (0xfff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff0000000000000, 0x7fe1ccf385ebc8a0, 0xfff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0xfff0000000000000, 0x4000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0xfff0000000000000, 0x3fe0000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0xfff0000000000000, 0x01a56e1fc2f8f359, 0xfff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0xfff0000000000000, 0x401d000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x7ff0000000000000),
        (0xfff8000000000000, 0x0000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xfff8000000000000, 0x8000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0xfff8000000000000, 0x3ff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x7ff8000000000000),
        (0xfff8000000000000, 0xbff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x7ff8000000000000),
        (0xfff8000000000000, 0x4016000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0xc016000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0x4008000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x7ff8000000000000),
        (0xfff8000000000000, 0xc008000000000000, 0xfff8000000000000, 0xfff8000000000000, 0x7ff8000000000000),
        (0xfff8000000000000, 0x3fb999999999999a, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0xfff0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0x7fe1ccf385ebc8a0, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0x4000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0x3fe0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0x01a56e1fc2f8f359, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0xfff8000000000000, 0x401d000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x7fe1ccf385ebc8a0, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x7fe1ccf385ebc8a0, 0x3ff0000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x7fe1ccf385ebc8a0),
        (0x7fe1ccf385ebc8a0, 0xbff0000000000000, 0xffe1ccf385ebc8a0, 0x0000000000000000, 0x000730d67819e8d2),
        (0x7fe1ccf385ebc8a0, 0x4016000000000000, 0x7fb9e44af156f546, 0x4004000000000000, 0x7ff0000000000000),
        (0x7fe1ccf385ebc8a0, 0xc016000000000000, 0xffb9e44af156f546, 0xc008000000000000, 0x0000000000000000),
        (0x7fe1ccf385ebc8a0, 0x4008000000000000, 0x7fc7bbef5d3a60d5, 0x4000000000000000, 0x7ff0000000000000),
        (0x7fe1ccf385ebc8a0, 0xc008000000000000, 0xffc7bbef5d3a60d5, 0xbff0000000000000, 0x0000000000000000),
        (0x7fe1ccf385ebc8a0, 0x3fb999999999999a, 0x7ff0000000000000, 0x3faf32984eb743e8, 0x4653e8d534ede39e),
        (0x7fe1ccf385ebc8a0, 0x7ff0000000000000, 0x0000000000000000, 0x7fe1ccf385ebc8a0, 0x7ff0000000000000),
        (0x7fe1ccf385ebc8a0, 0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0x0000000000000000),
        (0x7fe1ccf385ebc8a0, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x7fe1ccf385ebc8a0, 0x7fe1ccf385ebc8a0, 0x3ff0000000000000, 0x0000000000000000, 0x7ff0000000000000),
        (0x7fe1ccf385ebc8a0, 0x4000000000000000, 0x7fd1ccf385ebc8a0, 0x0000000000000000, 0x7ff0000000000000),
        (0x7fe1ccf385ebc8a0, 0x3fe0000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x5fe7dddf6b095ff1),
        (0x7fe1ccf385ebc8a0, 0x01a56e1fc2f8f359, 0x7ff0000000000000, 0x0189e2240f9c9620, 0x3ff0000000000000),
        (0x7fe1ccf385ebc8a0, 0x401d000000000000, 0x7fb3a45c29d80984, 0x4004000000000000, 0x7ff0000000000000),
        (0x4000000000000000, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x4000000000000000, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x4000000000000000, 0x3ff0000000000000, 0x4000000000000000, 0x0000000000000000, 0x4000000000000000),
        (0x4000000000000000, 0xbff0000000000000, 0xc000000000000000, 0x0000000000000000, 0x3fe0000000000000),
        (0x4000000000000000, 0x4016000000000000, 0x0000000000000000, 0x4000000000000000, 0x4046a09e667f3bcd),
        (0x4000000000000000, 0xc016000000000000, 0xbff0000000000000, 0xc00c000000000000, 0x3f96a09e667f3bcd),
        (0x4000000000000000, 0x4008000000000000, 0x0000000000000000, 0x4000000000000000, 0x4020000000000000),
        (0x4000000000000000, 0xc008000000000000, 0xbff0000000000000, 0xbff0000000000000, 0x3fc0000000000000),
        (0x4000000000000000, 0x3fb999999999999a, 0x4034000000000000, 0x3fb9999999999992, 0x3ff125fbee250664),
        (0x4000000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x4000000000000000, 0x7ff0000000000000),
        (0x4000000000000000, 0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0x0000000000000000),
        (0x4000000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x4000000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x4000000000000000, 0x7ff0000000000000),
        (0x4000000000000000, 0x4000000000000000, 0x3ff0000000000000, 0x0000000000000000, 0x4010000000000000),
        (0x4000000000000000, 0x3fe0000000000000, 0x4010000000000000, 0x0000000000000000, 0x3ff6a09e667f3bcd),
        (0x4000000000000000, 0x01a56e1fc2f8f359, 0x7e47e43c8800759b, 0x01a0fc81b08ba173, 0x3ff0000000000000),
        (0x4000000000000000, 0x401d000000000000, 0x0000000000000000, 0x4000000000000000, 0x406306fe0a31b715),
        (0x3fe0000000000000, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x3fe0000000000000, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x3fe0000000000000, 0x3ff0000000000000, 0x0000000000000000, 0x3fe0000000000000, 0x3fe0000000000000),
        (0x3fe0000000000000, 0xbff0000000000000, 0xbff0000000000000, 0xbfe0000000000000, 0x4000000000000000),
        (0x3fe0000000000000, 0x4016000000000000, 0x0000000000000000, 0x3fe0000000000000, 0x3f96a09e667f3bcd),
        (0x3fe0000000000000, 0xc016000000000000, 0xbff0000000000000, 0xc014000000000000, 0x4046a09e667f3bcd),
        (0x3fe0000000000000, 0x4008000000000000, 0x0000000000000000, 0x3fe0000000000000, 0x3fc0000000000000),
        (0x3fe0000000000000, 0xc008000000000000, 0xbff0000000000000, 0xc004000000000000, 0x4020000000000000),
        (0x3fe0000000000000, 0x3fb999999999999a, 0x4014000000000000, 0x3fb9999999999998, 0x3feddb680117ab12),
        (0x3fe0000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x3fe0000000000000, 0x0000000000000000),
        (0x3fe0000000000000, 0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0x7ff0000000000000),
        (0x3fe0000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x3fe0000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x3fe0000000000000, 0x0000000000000000),
        (0x3fe0000000000000, 0x4000000000000000, 0x0000000000000000, 0x3fe0000000000000, 0x3fd0000000000000),
        (0x3fe0000000000000, 0x3fe0000000000000, 0x3ff0000000000000, 0x0000000000000000, 0x3fe6a09e667f3bcd),
        (0x3fe0000000000000, 0x01a56e1fc2f8f359, 0x7e27e43c8800759b, 0x01933550b9c24a66, 0x3ff0000000000000),
        (0x3fe0000000000000, 0x401d000000000000, 0x0000000000000000, 0x3fe0000000000000, 0x3f7ae89f995ad3ad),
        (0x01a56e1fc2f8f359, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x01a56e1fc2f8f359, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x01a56e1fc2f8f359, 0x3ff0000000000000, 0x0000000000000000, 0x01a56e1fc2f8f359, 0x01a56e1fc2f8f359),
        (0x01a56e1fc2f8f359, 0xbff0000000000000, 0xbff0000000000000, 0xbff0000000000000, 0x7e37e43c8800759b),
        (0x01a56e1fc2f8f359, 0x4016000000000000, 0x0000000000000000, 0x01a56e1fc2f8f359, 0x0000000000000000),
        (0x01a56e1fc2f8f359, 0xc016000000000000, 0xbff0000000000000, 0xc016000000000000, 0x7ff0000000000000),
        (0x01a56e1fc2f8f359, 0x4008000000000000, 0x0000000000000000, 0x01a56e1fc2f8f359, 0x0000000000000000),
        (0x01a56e1fc2f8f359, 0xc008000000000000, 0xbff0000000000000, 0xc008000000000000, 0x7ff0000000000000),
        (0x01a56e1fc2f8f359, 0x3fb999999999999a, 0x0000000000000000, 0x01a56e1fc2f8f359, 0x39b4484bfeebc28a),
        (0x01a56e1fc2f8f359, 0x7ff0000000000000, 0x0000000000000000, 0x01a56e1fc2f8f359, 0x0000000000000000),
        (0x01a56e1fc2f8f359, 0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0x7ff0000000000000),
        (0x01a56e1fc2f8f359, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x01a56e1fc2f8f359, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x01a56e1fc2f8f359, 0x0000000000000000),
        (0x01a56e1fc2f8f359, 0x4000000000000000, 0x0000000000000000, 0x01a56e1fc2f8f359, 0x0000000000000000),
        (0x01a56e1fc2f8f359, 0x3fe0000000000000, 0x0000000000000000, 0x01a56e1fc2f8f359, 0x20ca2fe76a3f9475),
        (0x01a56e1fc2f8f359, 0x01a56e1fc2f8f359, 0x3ff0000000000000, 0x0000000000000000, 0x3ff0000000000000),
        (0x01a56e1fc2f8f359, 0x401d000000000000, 0x0000000000000000, 0x01a56e1fc2f8f359, 0x0000000000000000),
        (0x401d000000000000, 0x0000000000000000, 0x7ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x401d000000000000, 0x8000000000000000, 0xfff0000000000000, 0xfff8000000000000, 0x3ff0000000000000),
        (0x401d000000000000, 0x3ff0000000000000, 0x401c000000000000, 0x3fd0000000000000, 0x401d000000000000),
        (0x401d000000000000, 0xbff0000000000000, 0xc020000000000000, 0xbfe8000000000000, 0x3fc1a7b9611a7b96),
        (0x401d000000000000, 0x4016000000000000, 0x3ff0000000000000, 0x3ffc000000000000, 0x40ea55b1b6fea923),
        (0x401d000000000000, 0xc016000000000000, 0xc000000000000000, 0xc00e000000000000, 0x3ef37126bb2a440d),
        (0x401d000000000000, 0x4008000000000000, 0x4000000000000000, 0x3ff4000000000000, 0x4077d14000000000),
        (0x401d000000000000, 0xc008000000000000, 0xc008000000000000, 0xbffc000000000000, 0x3f657f351f7aa6ea),
        (0x401d000000000000, 0x3fb999999999999a, 0x4052000000000000, 0x3fa9999999999960, 0x3ff3815eb902530b),
        (0x401d000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x401d000000000000, 0x7ff0000000000000),
        (0x401d000000000000, 0xfff0000000000000, 0x8000000000000000, 0xfff0000000000000, 0x0000000000000000),
        (0x401d000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000, 0xfff8000000000000),
        (0x401d000000000000, 0x7fe1ccf385ebc8a0, 0x0000000000000000, 0x401d000000000000, 0x7ff0000000000000),
        (0x401d000000000000, 0x4000000000000000, 0x4008000000000000, 0x3ff4000000000000, 0x404a480000000000),
        (0x401d000000000000, 0x3fe0000000000000, 0x402c000000000000, 0x3fd0000000000000, 0x40058a68a4a8d9f3),
        (0x401d000000000000, 0x01a56e1fc2f8f359, 0x7e65a6d6db406a95, 0x01a564da926760fa, 0x3ff0000000000000),
        (0x401d000000000000, 0x401d000000000000, 0x3ff0000000000000, 0x0000000000000000, 0x413a5c8d3f45bafd),
    ];

    #[rustfmt::skip]
    const SHIFTS: &[(i64, i64, i64, i64)] = &[
        (0, 0, 0, 0),
        (0, 1, 0, 0),
        (0, -1, 0, 0),
        (0, 63, 0, 0),
        (0, -63, 0, 0),
        (0, 64, 0, 0),
        (0, -64, 0, 0),
        (0, 65, 0, 0),
        (0, -65, 0, 0),
        (0, 100, 0, 0),
        (0, -100, 0, 0),
        (0, 4, 0, 0),
        (0, -4, 0, 0),
        (0, 9223372036854775807, 0, 0),
        (0, -9223372036854775808, 0, 0),
        (1, 0, 1, 1),
        (1, 1, 2, 0),
        (1, -1, 0, 2),
        (1, 63, -9223372036854775808, 0),
        (1, -63, 0, -9223372036854775808),
        (1, 64, 0, 0),
        (1, -64, 0, 0),
        (1, 65, 0, 0),
        (1, -65, 0, 0),
        (1, 100, 0, 0),
        (1, -100, 0, 0),
        (1, 4, 16, 0),
        (1, -4, 0, 16),
        (1, 9223372036854775807, 0, 0),
        (1, -9223372036854775808, 0, 0),
        (-1, 0, -1, -1),
        (-1, 1, -2, 9223372036854775807),
        (-1, -1, 9223372036854775807, -2),
        (-1, 63, -9223372036854775808, 1),
        (-1, -63, 1, -9223372036854775808),
        (-1, 64, 0, 0),
        (-1, -64, 0, 0),
        (-1, 65, 0, 0),
        (-1, -65, 0, 0),
        (-1, 100, 0, 0),
        (-1, -100, 0, 0),
        (-1, 4, -16, 1152921504606846975),
        (-1, -4, 1152921504606846975, -16),
        (-1, 9223372036854775807, 0, 0),
        (-1, -9223372036854775808, 0, 0),
        (127, 0, 127, 127),
        (127, 1, 254, 63),
        (127, -1, 63, 254),
        (127, 63, -9223372036854775808, 0),
        (127, -63, 0, -9223372036854775808),
        (127, 64, 0, 0),
        (127, -64, 0, 0),
        (127, 65, 0, 0),
        (127, -65, 0, 0),
        (127, 100, 0, 0),
        (127, -100, 0, 0),
        (127, 4, 2032, 7),
        (127, -4, 7, 2032),
        (127, 9223372036854775807, 0, 0),
        (127, -9223372036854775808, 0, 0),
        (-9223372036854775808, 0, -9223372036854775808, -9223372036854775808),
        (-9223372036854775808, 1, 0, 4611686018427387904),
        (-9223372036854775808, -1, 4611686018427387904, 0),
        (-9223372036854775808, 63, 0, 1),
        (-9223372036854775808, -63, 1, 0),
        (-9223372036854775808, 64, 0, 0),
        (-9223372036854775808, -64, 0, 0),
        (-9223372036854775808, 65, 0, 0),
        (-9223372036854775808, -65, 0, 0),
        (-9223372036854775808, 100, 0, 0),
        (-9223372036854775808, -100, 0, 0),
        (-9223372036854775808, 4, 0, 576460752303423488),
        (-9223372036854775808, -4, 576460752303423488, 0),
        (-9223372036854775808, 9223372036854775807, 0, 0),
        (-9223372036854775808, -9223372036854775808, 0, 0),
        (9223372036854775807, 0, 9223372036854775807, 9223372036854775807),
        (9223372036854775807, 1, -2, 4611686018427387903),
        (9223372036854775807, -1, 4611686018427387903, -2),
        (9223372036854775807, 63, -9223372036854775808, 0),
        (9223372036854775807, -63, 0, -9223372036854775808),
        (9223372036854775807, 64, 0, 0),
        (9223372036854775807, -64, 0, 0),
        (9223372036854775807, 65, 0, 0),
        (9223372036854775807, -65, 0, 0),
        (9223372036854775807, 100, 0, 0),
        (9223372036854775807, -100, 0, 0),
        (9223372036854775807, 4, -16, 576460752303423487),
        (9223372036854775807, -4, 576460752303423487, -16),
        (9223372036854775807, 9223372036854775807, 0, 0),
        (9223372036854775807, -9223372036854775808, 0, 0),
        (81985529216486895, 0, 81985529216486895, 81985529216486895),
        (81985529216486895, 1, 163971058432973790, 40992764608243447),
        (81985529216486895, -1, 40992764608243447, 163971058432973790),
        (81985529216486895, 63, -9223372036854775808, 0),
        (81985529216486895, -63, 0, -9223372036854775808),
        (81985529216486895, 64, 0, 0),
        (81985529216486895, -64, 0, 0),
        (81985529216486895, 65, 0, 0),
        (81985529216486895, -65, 0, 0),
        (81985529216486895, 100, 0, 0),
        (81985529216486895, -100, 0, 0),
        (81985529216486895, 4, 1311768467463790320, 5124095576030430),
        (81985529216486895, -4, 5124095576030430, 1311768467463790320),
        (81985529216486895, 9223372036854775807, 0, 0),
        (81985529216486895, -9223372036854775808, 0, 0),
    ];
}
