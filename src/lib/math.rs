//! The math library: every function and constant of Lua 5.4, with the
//! reference's integer/float distinctions, plus the deprecated functions
//! the reference compiles in with `LUA_COMPAT_5_3` (`LUA_COMPAT_MATHLIB`):
//! `atan2 cosh sinh tanh pow frexp ldexp log10`.
//!
//! Floating-point functions call the C library's `libm`, as the reference
//! does, so results agree to the last bit.
//!
//! `random`/`randomseed` use xoshiro256** with the reference's seeding,
//! projection into intervals and float conversion, so that a seeded
//! sequence is identical. The generator state lives in a userdata shared
//! as the upvalue of both functions; invariant: that userdata's payload is
//! always `RAND_STATE_SIZE` bytes holding four `u64` words, never all zero
//! after seeding (one word is seeded with 0xff).
use crate::number;
use crate::object::{CClosure, CFunc, Userdata};
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("abs", abs),
    ("acos", acos),
    ("asin", asin),
    ("atan", atan),
    ("atan2", atan),
    ("ceil", ceil),
    ("cos", cos),
    ("cosh", cosh),
    ("deg", deg),
    ("exp", exp),
    ("floor", floor),
    ("fmod", fmod),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("log", log),
    ("log10", log10),
    ("max", max),
    ("min", min),
    ("modf", modf),
    ("pow", pow),
    ("rad", rad),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
    ("tointeger", tointeger),
    ("type", type_),
    ("ult", ult),
];

pub fn open(l: &mut LuaState) -> LResult<()> {
    let t = super::new_lib(l, b"math", FUNCS)?;
    let consts: [(&[u8], Value); 4] = [
        (b"pi", Value::Float(std::f64::consts::PI)),
        (b"huge", Value::Float(f64::INFINITY)),
        (b"maxinteger", Value::Int(i64::MAX)),
        (b"mininteger", Value::Int(i64::MIN)),
    ];
    for (name, v) in consts {
        let k = l.new_string(name)?;
        // SAFETY: a live table.
        unsafe { (*t).set_str(l.heap(), k, v) }.map_err(|_| l.memory_error())?;
    }
    open_random(l, t)
}

fn push(l: &mut LuaState, v: Value) -> LResult<usize> {
    l.push_checked(v)?;
    Ok(1)
}

fn float_fn(l: &mut LuaState, f: fn(f64) -> f64) -> LResult<usize> {
    let x = l.check_number(1)?;
    push(l, Value::Float(f(x)))
}

// Only a value that *is* an integer takes the integer paths below; numeric
// strings are converted to floats (`lua_isinteger` is false for them).

fn abs(l: &mut LuaState) -> LResult<usize> {
    let v = match l.arg(1) {
        Value::Int(i) => Value::Int(i.wrapping_abs()),
        _ => Value::Float(l.check_number(1)?.abs()),
    };
    push(l, v)
}

fn floor(l: &mut LuaState) -> LResult<usize> {
    let v = match l.arg(1) {
        Value::Int(i) => Value::Int(i),
        _ => {
            let f = l.check_number(1)?.floor();
            number::float_to_int_exact(f).map_or(Value::Float(f), Value::Int)
        }
    };
    push(l, v)
}

fn ceil(l: &mut LuaState) -> LResult<usize> {
    let v = match l.arg(1) {
        Value::Int(i) => Value::Int(i),
        _ => {
            let f = l.check_number(1)?.ceil();
            number::float_to_int_exact(f).map_or(Value::Float(f), Value::Int)
        }
    };
    push(l, v)
}

fn sqrt(l: &mut LuaState) -> LResult<usize> {
    float_fn(l, f64::sqrt)
}
fn sin(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: libm functions are pure.
    float_fn(l, |x| unsafe { libc_sin(x) })
}
fn cos(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: as above.
    float_fn(l, |x| unsafe { libc_cos(x) })
}
fn tan(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: as above.
    float_fn(l, |x| unsafe { libc_tan(x) })
}
fn exp(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: as above.
    float_fn(l, |x| unsafe { libc_exp(x) })
}

fn asin(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: as above.
    float_fn(l, |x| unsafe { libc_asin(x) })
}
fn acos(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: as above.
    float_fn(l, |x| unsafe { libc_acos(x) })
}

fn atan(l: &mut LuaState) -> LResult<usize> {
    let y = l.check_number(1)?;
    let x = l.opt_number(2, 1.0)?;
    // SAFETY: libm.
    push(l, Value::Float(unsafe { libc_atan2(y, x) }))
}

fn deg(l: &mut LuaState) -> LResult<usize> {
    let x = l.check_number(1)?;
    push(l, Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn rad(l: &mut LuaState) -> LResult<usize> {
    let x = l.check_number(1)?;
    push(l, Value::Float(x * (std::f64::consts::PI / 180.0)))
}

// ---- deprecated functions (LUA_COMPAT_MATHLIB) ----

fn cosh(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: libm.
    float_fn(l, |x| unsafe { libc_cosh(x) })
}
fn sinh(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: libm.
    float_fn(l, |x| unsafe { libc_sinh(x) })
}
fn tanh(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: libm.
    float_fn(l, |x| unsafe { libc_tanh(x) })
}
fn log10(l: &mut LuaState) -> LResult<usize> {
    // SAFETY: libm.
    float_fn(l, |x| unsafe { libc_log10(x) })
}

fn pow(l: &mut LuaState) -> LResult<usize> {
    let x = l.check_number(1)?;
    let y = l.check_number(2)?;
    // SAFETY: libm.
    push(l, Value::Float(unsafe { libc_pow(x, y) }))
}

fn frexp(l: &mut LuaState) -> LResult<usize> {
    let x = l.check_number(1)?;
    let mut e: libc::c_int = 0;
    // SAFETY: libm; `e` is a valid out-pointer.
    let m = unsafe { libc_frexp(x, &mut e) };
    push(l, Value::Float(m))?;
    push(l, Value::Int(i64::from(e)))?;
    Ok(2)
}

fn ldexp(l: &mut LuaState) -> LResult<usize> {
    let x = l.check_number(1)?;
    // Truncated to a C int, as the reference's cast does.
    let e = l.check_integer(2)? as libc::c_int;
    // SAFETY: libm.
    push(l, Value::Float(unsafe { libc_ldexp(x, e) }))
}

unsafe extern "C" {
    #[link_name = "cosh"]
    fn libc_cosh(x: f64) -> f64;
    #[link_name = "sinh"]
    fn libc_sinh(x: f64) -> f64;
    #[link_name = "tanh"]
    fn libc_tanh(x: f64) -> f64;
    #[link_name = "pow"]
    fn libc_pow(x: f64, y: f64) -> f64;
    #[link_name = "frexp"]
    fn libc_frexp(x: f64, e: *mut libc::c_int) -> f64;
    #[link_name = "ldexp"]
    fn libc_ldexp(x: f64, e: libc::c_int) -> f64;
    #[link_name = "asin"]
    fn libc_asin(x: f64) -> f64;
    #[link_name = "acos"]
    fn libc_acos(x: f64) -> f64;
    #[link_name = "atan2"]
    fn libc_atan2(y: f64, x: f64) -> f64;
    #[link_name = "sin"]
    fn libc_sin(x: f64) -> f64;
    #[link_name = "cos"]
    fn libc_cos(x: f64) -> f64;
    #[link_name = "tan"]
    fn libc_tan(x: f64) -> f64;
    #[link_name = "exp"]
    fn libc_exp(x: f64) -> f64;
    #[link_name = "log"]
    fn libc_log(x: f64) -> f64;
    #[link_name = "log2"]
    fn libc_log2(x: f64) -> f64;
    #[link_name = "log10"]
    fn libc_log10(x: f64) -> f64;
    #[link_name = "fmod"]
    fn libc_fmod(x: f64, y: f64) -> f64;
}

fn log(l: &mut LuaState) -> LResult<usize> {
    let x = l.check_number(1)?;
    let r = if l.is_none_or_nil(2) {
        // SAFETY: libm.
        unsafe { libc_log(x) }
    } else {
        let b = l.check_number(2)?;
        // SAFETY: libm.
        unsafe {
            if b == 2.0 {
                libc_log2(x)
            } else if b == 10.0 {
                libc_log10(x)
            } else {
                libc_log(x) / libc_log(b)
            }
        }
    };
    push(l, Value::Float(r))
}

fn fmod(l: &mut LuaState) -> LResult<usize> {
    let v = match (l.arg(1), l.arg(2)) {
        (Value::Int(x), Value::Int(y)) => {
            if y == 0 {
                return Err(l.arg_error(2, b"zero"));
            }
            if y == -1 {
                Value::Int(0)
            } else {
                Value::Int(x % y)
            }
        }
        _ => {
            // The reference's C compiler evaluates the second argument
            // check first, which decides the error of a doubly bad call.
            let y = l.check_number(2)?;
            let x = l.check_number(1)?;
            // SAFETY: libm.
            Value::Float(unsafe { libc_fmod(x, y) })
        }
    };
    push(l, v)
}

fn modf(l: &mut LuaState) -> LResult<usize> {
    if let Value::Int(i) = l.arg(1) {
        // An integer is its own integral part.
        push(l, Value::Int(i))?;
        push(l, Value::Float(0.0))?;
        return Ok(2);
    }
    let x = l.check_number(1)?;
    // Rounds toward zero; an integral part that fits is an integer.
    let ip = if x < 0.0 { x.ceil() } else { x.floor() };
    let frac = if x == ip { 0.0 } else { x - ip };
    push(
        l,
        number::float_to_int_exact(ip).map_or(Value::Float(ip), Value::Int),
    )?;
    push(l, Value::Float(frac))?;
    Ok(2)
}

fn tointeger(l: &mut LuaState) -> LResult<usize> {
    let v = l.arg(1);
    let r = match v {
        Value::Int(_) => v,
        Value::Float(f) => number::float_to_int_exact(f).map_or(Value::Nil, Value::Int),
        Value::Str(_) => crate::vm::arith::coerce_to_integer(&v).map_or(Value::Nil, Value::Int),
        _ => {
            l.check_any(1)?;
            Value::Nil
        }
    };
    push(l, r)
}

fn type_(l: &mut LuaState) -> LResult<usize> {
    let v = l.check_any(1)?;
    let r = match v {
        Value::Int(_) => l.new_str_value(b"integer")?,
        Value::Float(_) => l.new_str_value(b"float")?,
        _ => Value::Nil,
    };
    push(l, r)
}

fn ult(l: &mut LuaState) -> LResult<usize> {
    let a = l.check_integer(1)?;
    let b = l.check_integer(2)?;
    push(l, Value::Bool((a as u64) < (b as u64)))
}

/// `math.max`/`math.min`: any values, compared with `<` (metamethods
/// included), as the reference does.
fn minmax(l: &mut LuaState, want_max: bool) -> LResult<usize> {
    let n = l.nargs();
    if n < 1 {
        return Err(l.arg_error(1, b"value expected"));
    }
    let mut best = l.arg(1);
    for i in 2..=n {
        let v = l.arg(i);
        let better = if want_max {
            l.less(best, v, false)?
        } else {
            l.less(v, best, false)?
        };
        if better {
            best = v;
        }
    }
    push(l, best)
}

fn max(l: &mut LuaState) -> LResult<usize> {
    minmax(l, true)
}
fn min(l: &mut LuaState) -> LResult<usize> {
    minmax(l, false)
}

// ---- pseudo-random numbers: xoshiro256** ----

/// Bytes of the generator state.
const RAND_STATE_SIZE: usize = 32;

const RANDOM_FUNCS: &[(&str, crate::value::NativeFn)] =
    &[("random", random), ("randomseed", randomseed)];

/// Advances the generator, returning its next 64-bit output.
fn next_rand(s: &mut [u64; 4]) -> u64 {
    let [s0, s1, s2, s3] = *s;
    let s2 = s2 ^ s0;
    let s3 = s3 ^ s1;
    let res = s1.wrapping_mul(5).rotate_left(7).wrapping_mul(9);
    *s = [s0 ^ s3, s1 ^ s2, s2 ^ (s1 << 17), s3.rotate_left(45)];
    res
}

/// A float in [0, 1) from the 53 high bits.
fn rand_float(x: u64) -> f64 {
    (x >> 11) as f64 * (0.5 / (1u64 << 52) as f64)
}

/// Projects `ran` into [0, n] without bias: values above the smallest
/// all-ones mask covering `n` are redrawn.
fn project(mut ran: u64, n: u64, s: &mut [u64; 4]) -> u64 {
    if n & n.wrapping_add(1) == 0 {
        return ran & n;
    }
    let mut lim = n;
    lim |= lim >> 1;
    lim |= lim >> 2;
    lim |= lim >> 4;
    lim |= lim >> 8;
    lim |= lim >> 16;
    lim |= lim >> 32;
    loop {
        ran &= lim;
        if ran <= n {
            return ran;
        }
        ran = next_rand(s);
    }
}

/// The state seeded with `n1`, `n2` (then stirred 16 times).
fn seeded(n1: u64, n2: u64) -> [u64; 4] {
    let mut s = [n1, 0xff, n2, 0];
    for _ in 0..16 {
        next_rand(&mut s);
    }
    s
}

/// The generator state of the running `random`/`randomseed` closure.
fn rand_state(l: &LuaState) -> Option<*mut [u64; 4]> {
    let Value::CClosure(me) = l.at(l.ci().func) else {
        return None;
    };
    // SAFETY: the running closure is live.
    let Some(&Value::Userdata(u)) = (unsafe { (*me).upvals() }).first() else {
        return None;
    };
    // SAFETY: a live userdata made by `open_random`.
    if unsafe { (*u).len } != RAND_STATE_SIZE {
        return None;
    }
    // The payload is 16-byte aligned, enough for `u64`s.
    Some(Userdata::payload_ptr(u) as *mut [u64; 4])
}

/// A "random" seed: the current time and the state's address.
fn default_seed(l: &LuaState) -> (u64, u64) {
    // SAFETY: `time` accepts NULL.
    let t = unsafe { libc::time(std::ptr::null_mut()) };
    (t as u64, l as *const LuaState as u64)
}

fn open_random(l: &mut LuaState, t: *mut crate::object::Table) -> LResult<()> {
    let u = Userdata::alloc(l.heap(), RAND_STATE_SIZE, 0).map_err(|_| l.memory_error())?;
    let (n1, n2) = default_seed(l);
    // SAFETY: a fresh payload of RAND_STATE_SIZE bytes, 16-byte aligned.
    unsafe { (Userdata::payload_ptr(u) as *mut [u64; 4]).write(seeded(n1, n2)) };
    for &(name, f) in RANDOM_FUNCS {
        let c = CClosure::alloc(l.heap(), CFunc::Native(f), 1).map_err(|_| l.memory_error())?;
        // SAFETY: a fresh closure with one upvalue.
        if let Some(slot) = unsafe { (*c).upvals_mut() }.first_mut() {
            *slot = Value::Userdata(u);
        }
        let k = l.new_string(name.as_bytes())?;
        // SAFETY: a live table.
        unsafe { (*t).set_str(l.heap(), k, Value::CClosure(c)) }.map_err(|_| l.memory_error())?;
    }
    Ok(())
}

fn random(l: &mut LuaState) -> LResult<usize> {
    let Some(sp) = rand_state(l) else {
        return Err(l.lib_error(b"invalid random state"));
    };
    // SAFETY: the state userdata is live (an upvalue of the running
    // closure) and nothing else holds a reference into it.
    let s = unsafe { &mut *sp };
    // The value is drawn before the arguments are checked, as in the
    // reference.
    let rv = next_rand(s);
    let (low, up) = match l.nargs() {
        0 => return push(l, Value::Float(rand_float(rv))),
        1 => {
            let up = l.check_integer(1)?;
            if up == 0 {
                return push(l, Value::Int(rv as i64));
            }
            (1, up)
        }
        2 => (l.check_integer(1)?, l.check_integer(2)?),
        _ => return Err(l.lib_error(b"wrong number of arguments")),
    };
    if low > up {
        return Err(l.arg_error(1, b"interval is empty"));
    }
    // SAFETY: as above; no Lua code ran since.
    let s = unsafe { &mut *sp };
    let p = project(rv, (up as u64).wrapping_sub(low as u64), s);
    push(l, Value::Int(p.wrapping_add(low as u64) as i64))
}

fn randomseed(l: &mut LuaState) -> LResult<usize> {
    let Some(sp) = rand_state(l) else {
        return Err(l.lib_error(b"invalid random state"));
    };
    let (n1, n2) = if l.is_none(1) {
        default_seed(l)
    } else {
        let n1 = l.check_integer(1)?;
        let n2 = l.opt_integer(2, 0)?;
        (n1 as u64, n2 as u64)
    };
    // SAFETY: as in `random`.
    unsafe { *sp = seeded(n1, n2) };
    push(l, Value::Int(n1 as i64))?;
    push(l, Value::Int(n2 as i64))?;
    Ok(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_stays_in_range() {
        let mut s = seeded(42, 0);
        for n in [0u64, 1, 2, 5, 6, 7, 100, u64::MAX, u64::MAX / 3] {
            for _ in 0..100 {
                let r = next_rand(&mut s);
                assert!(project(r, n, &mut s) <= n);
            }
        }
        assert!((0.0..1.0).contains(&rand_float(u64::MAX)));
    }
}
