//! Numeral text to numbers, with the reference's rules (`luaO_str2num`).
//!
//! - A numeral is an integer if it is a decimal integer that fits in `i64`
//!   (decimal overflow makes it a float) or a hexadecimal integer (which
//!   wraps around modulo 2^64).
//! - Otherwise it is a float: decimal text is converted correctly rounded
//!   (as glibc's `strtod`); hexadecimal text (`0x1.8p3`) likewise, with our
//!   own exact conversion. `inf` and `nan` spellings are rejected.
//! - Leading and trailing ASCII whitespace is allowed, and one sign.
//!
//! Nothing here depends on the C locale: the decimal point is always `.`.

/// A converted numeral.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Numeral {
    Int(i64),
    Float(f64),
}

/// The reference's `lisspace` (ASCII whitespace, including `\v`).
#[inline]
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

#[inline]
fn hex_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'f' => u32::from(c - b'a') + 10,
        b'A'..=b'F' => u32::from(c - b'A') + 10,
        _ => 0,
    }
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&c| !is_space(c)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&c| !is_space(c))
        .map_or(start, |e| e + 1);
    s.get(start..end).unwrap_or(&[])
}

/// Split an optional sign off the front: (negative, rest).
fn split_sign(s: &[u8]) -> (bool, &[u8]) {
    match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    }
}

fn hex_body(s: &[u8]) -> Option<&[u8]> {
    match s {
        [b'0', b'x' | b'X', rest @ ..] => Some(rest),
        _ => None,
    }
}

/// Convert text to an integer, as `l_str2int`.
pub fn str2int(s: &[u8]) -> Option<i64> {
    let (neg, s) = split_sign(trim(s));
    let mut acc: u64 = 0;
    if let Some(digits) = hex_body(s) {
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        for &c in digits {
            acc = acc.wrapping_mul(16).wrapping_add(u64::from(hex_value(c)));
        }
    } else {
        if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
            return None;
        }
        // The magnitude may reach 2^63 only for a negative numeral.
        let limit: u64 = if neg { 1 << 63 } else { i64::MAX as u64 };
        for &c in s {
            acc = acc.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
            if acc > limit {
                return None;
            }
        }
    }
    Some(if neg { 0u64.wrapping_sub(acc) } else { acc } as i64)
}

/// Convert text to a float, as `l_str2d` (with `strtod`).
pub fn str2float(s: &[u8]) -> Option<f64> {
    let s = trim(s);
    // The reference looks at the first of these characters to pick a mode.
    match s.iter().find(|c| b".xXnN".contains(c)) {
        Some(b'n' | b'N') => None,
        Some(b'x' | b'X') => {
            let (neg, body) = split_sign(s);
            let v = hex_float(hex_body(body)?)?;
            Some(if neg { -v } else { v })
        }
        _ => {
            // Rust's parser is correctly rounded, like glibc's strtod; it also
            // rejects the same malformed texts (no digits, dangling exponent).
            let text = std::str::from_utf8(s).ok()?;
            if text
                .bytes()
                .any(|c| !(c.is_ascii_digit() || b".eE+-".contains(&c)))
            {
                return None;
            }
            text.parse::<f64>().ok()
        }
    }
}

/// Convert a numeral, as `luaO_str2num`: integer first, then float.
pub fn str2number(s: &[u8]) -> Option<Numeral> {
    if let Some(i) = str2int(s) {
        Some(Numeral::Int(i))
    } else {
        str2float(s).map(Numeral::Float)
    }
}

/// Exact, correctly rounded (to nearest, ties to even) conversion of the
/// text after `0x`: hex digits with at most one dot, then an optional
/// binary exponent `p[+-]digits`.
fn hex_float(s: &[u8]) -> Option<f64> {
    let mut mant: u64 = 0; // the first significant bits (at most 60 + 4)
    let mut exp: i64 = 0; // value = (mant + sticky fraction) * 2^exp
    let mut sticky = false; // some dropped digit was non-zero
    let mut any_digit = false;
    let mut seen_dot = false;
    let mut i = 0;
    while let Some(&c) = s.get(i) {
        if c == b'.' {
            if seen_dot {
                break;
            }
            seen_dot = true;
        } else if c.is_ascii_hexdigit() {
            any_digit = true;
            let d = u64::from(hex_value(c));
            if mant >> 60 == 0 {
                mant = mant * 16 + d;
                if seen_dot {
                    exp -= 4;
                }
            } else {
                // No room: the digit only matters for rounding (and scale).
                sticky |= d != 0;
                if !seen_dot {
                    exp += 4;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if let Some(b'p' | b'P') = s.get(i) {
        i += 1;
        let (neg, rest) = split_sign(&s[i..]);
        if rest.is_empty() || !rest.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let mut e: i64 = 0;
        for &c in rest {
            // Saturate: past 2^40 the result is 0 or infinity anyway.
            e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
        }
        exp += if neg { -e } else { e };
    } else if i != s.len() {
        return None;
    }
    Some(round_to_f64(mant, exp, sticky))
}

/// Round `(mant + sticky) * 2^exp` to the nearest double (ties to even).
fn round_to_f64(mant: u64, exp: i64, sticky: bool) -> f64 {
    if mant == 0 {
        return 0.0;
    }
    let lz = i64::from(mant.leading_zeros());
    // Normalised: value = 1.f * 2^e, with the mantissa in the top bits of m.
    let m = u128::from(mant << lz) << 64;
    let e = exp - lz + 63;
    if e > 1023 {
        return f64::INFINITY;
    }
    // Bits of m below the 53 kept ones (more for subnormals).
    let drop = if e >= -1022 { 75 } else { 75 + (-1022 - e) };
    if drop > 128 {
        // Below half the smallest subnormal.
        return 0.0;
    }
    let drop = drop as u32;
    let (mut q, rem) = if drop == 128 {
        (0, m)
    } else {
        ((m >> drop) as u64, m & ((1u128 << drop) - 1))
    };
    let half = 1u128 << (drop - 1);
    if rem > half || (rem == half && (sticky || q & 1 == 1)) {
        q += 1;
    }
    if e >= -1022 {
        let mut e = e;
        if q == 1 << 53 {
            q >>= 1;
            e += 1;
            if e > 1023 {
                return f64::INFINITY;
            }
        }
        f64::from_bits((((e + 1023) as u64) << 52) | (q & ((1 << 52) - 1)))
    } else {
        // Subnormal (a carry into bit 52 correctly yields the smallest normal).
        f64::from_bits(q)
    }
}

/// Encode `x` (at most 0x7FFFFFFF) as the reference's extended UTF-8
/// (up to 6 bytes), as `luaO_utf8esc`.
pub fn utf8esc(x: u32, out: &mut Vec<u8>) {
    if x < 0x80 {
        out.push(x as u8);
        return;
    }
    let mut buf = [0u8; 8];
    let mut n = 0;
    let mut x = x;
    let mut mfb: u32 = 0x3f; // largest value that fits in the first byte
    loop {
        buf[7 - n] = 0x80 | (x & 0x3f) as u8;
        n += 1;
        x >>= 6;
        mfb >>= 1;
        if x <= mfb {
            break;
        }
    }
    buf[7 - n] = ((!mfb << 1) | x) as u8;
    out.extend_from_slice(&buf[7 - n..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<Numeral> {
        str2number(s.as_bytes())
    }

    #[test]
    fn integers() {
        assert_eq!(num("10"), Some(Numeral::Int(10)));
        assert_eq!(num(" -7 "), Some(Numeral::Int(-7)));
        assert_eq!(num("9223372036854775807"), Some(Numeral::Int(i64::MAX)));
        assert_eq!(num("-9223372036854775808"), Some(Numeral::Int(i64::MIN)));
        assert_eq!(
            num("9223372036854775808"),
            Some(Numeral::Float(9223372036854775808.0))
        );
        assert_eq!(num("0xffffffffffffffff"), Some(Numeral::Int(-1)));
        assert_eq!(num("0x10000000000000000"), Some(Numeral::Int(0)));
        assert_eq!(num("0x"), None);
        assert_eq!(num(""), None);
        assert_eq!(num("1 2"), None);
    }

    #[test]
    fn floats() {
        assert_eq!(num("1.5"), Some(Numeral::Float(1.5)));
        assert_eq!(num("5."), Some(Numeral::Float(5.0)));
        assert_eq!(num(".5e1"), Some(Numeral::Float(5.0)));
        assert_eq!(num("1e"), None);
        assert_eq!(num("inf"), None);
        assert_eq!(num("nan"), None);
        assert_eq!(num("1e400"), Some(Numeral::Float(f64::INFINITY)));
        assert_eq!(num("0x1p4"), Some(Numeral::Float(16.0)));
        assert_eq!(num("0x.8"), Some(Numeral::Float(0.5)));
        assert_eq!(num("0xA.8p-1"), Some(Numeral::Float(5.25)));
        assert_eq!(num("-0x1P+1"), Some(Numeral::Float(-2.0)));
        assert_eq!(num("0x1p"), None);
        assert_eq!(num("0x.p1"), None);
        assert_eq!(num("0x1p-1074"), Some(Numeral::Float(f64::from_bits(1))));
        assert_eq!(num("0x1p-1075"), Some(Numeral::Float(0.0)));
        assert_eq!(num("0x1.8p-1075"), Some(Numeral::Float(f64::from_bits(1))));
        assert_eq!(num("0x1p1024"), Some(Numeral::Float(f64::INFINITY)));
        assert_eq!(
            num("0x1.fffffffffffff8p1023"),
            Some(Numeral::Float(f64::INFINITY))
        );
        assert_eq!(
            num("0x1.fffffffffffff7p1023"),
            Some(Numeral::Float(f64::MAX))
        );
        // 2^53 + 1 rounds to even; with a non-zero tail it rounds up.
        assert_eq!(
            num("0x20000000000001.0"),
            Some(Numeral::Float(9007199254740992.0))
        );
        assert_eq!(
            num("0x20000000000001.00000001"),
            Some(Numeral::Float(9007199254740994.0))
        );
        assert_eq!(num("0x1.0"), Some(Numeral::Float(1.0)));
    }

    #[test]
    fn utf8_escapes() {
        let enc = |x| {
            let mut v = Vec::new();
            utf8esc(x, &mut v);
            v
        };
        assert_eq!(enc(0x41), b"A");
        assert_eq!(enc(0xE9), "é".as_bytes());
        assert_eq!(enc(0x20AC), "€".as_bytes());
        assert_eq!(enc(0x10FFFF), "\u{10FFFF}".as_bytes());
        assert_eq!(enc(0x7FFFFFFF), [0xFD, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF]);
    }
}
