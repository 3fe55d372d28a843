//! The math library (the part needed so far).
use crate::number;
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("abs", abs),
    ("ceil", ceil),
    ("cos", cos),
    ("exp", exp),
    ("floor", floor),
    ("fmod", fmod),
    ("log", log),
    ("max", max),
    ("min", min),
    ("modf", modf),
    ("sin", sin),
    ("sqrt", sqrt),
    ("tan", tan),
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
    Ok(())
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

unsafe extern "C" {
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
            let x = l.check_number(1)?;
            let y = l.check_number(2)?;
            // SAFETY: libm.
            Value::Float(unsafe { libc_fmod(x, y) })
        }
    };
    push(l, v)
}

fn modf(l: &mut LuaState) -> LResult<usize> {
    let x = l.check_number(1)?;
    let ip = if x.is_infinite() { x } else { x.trunc() };
    let frac = if x.is_infinite() { 0.0 } else { x - ip };
    // The integral part is a float ("3.0"), as in the reference.
    push(l, Value::Float(ip))?;
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
