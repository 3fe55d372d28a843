//! Arithmetic and conversions on values with the 5.4 rules: integer
//! operations wrap around, `/` and `^` always give floats, `//` and `%`
//! floor, bitwise operations need integral values. Strings are not coerced
//! here: the string library's metamethods do that, as in the reference.
use crate::number::{self, Num};
use crate::value::Value;
use crate::vm::opcode::TmEvent;

/// Why an arithmetic operation had no primitive result.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArithFail {
    /// An operand is not a number: try metamethods.
    NotNumber,
    /// Bitwise operation on a float without an integer value.
    NoInteger,
    /// Integer division or modulo by zero.
    DivByZero,
}

#[inline]
pub fn to_number(v: &Value) -> Option<f64> {
    match *v {
        Value::Int(i) => Some(i as f64),
        Value::Float(f) => Some(f),
        _ => None,
    }
}

/// Converts to an integer for bitwise operations: floats only when exact.
#[inline]
pub fn to_integer_strict(v: &Value) -> Result<i64, ArithFail> {
    match *v {
        Value::Int(i) => Ok(i),
        Value::Float(f) => number::float_to_int_exact(f).ok_or(ArithFail::NoInteger),
        _ => Err(ArithFail::NotNumber),
    }
}

/// String to number, the coercion of `tonumber` and of the string
/// library's arithmetic metamethods.
pub fn str_to_value(s: &[u8]) -> Option<Value> {
    number::str_to_number(s).map(|n| match n {
        Num::Int(i) => Value::Int(i),
        Num::Float(f) => Value::Float(f),
    })
}

/// A number or a string convertible to a number.
pub fn coerce_to_number(v: &Value) -> Option<Value> {
    match *v {
        Value::Int(_) | Value::Float(_) => Some(*v),
        // SAFETY: a live string value.
        Value::Str(s) => str_to_value(unsafe { (*s).as_bytes() }),
        _ => None,
    }
}

/// Integer value of a number or numeric string (floats only when exact):
/// `lua_tointegerx`.
pub fn coerce_to_integer(v: &Value) -> Option<i64> {
    match coerce_to_number(v)? {
        Value::Int(i) => Some(i),
        Value::Float(f) => number::float_to_int_exact(f),
        _ => None,
    }
}

/// The primitive result of a binary arithmetic or bitwise event.
pub fn arith(op: TmEvent, a: &Value, b: &Value) -> Result<Value, ArithFail> {
    let num = |v: &Value| match *v {
        Value::Int(i) => Some(Num::Int(i)),
        Value::Float(f) => Some(Num::Float(f)),
        _ => None,
    };
    let (Some(x), Some(y)) = (num(a), num(b)) else {
        return Err(ArithFail::NotNumber);
    };
    match number::arith(op, x, y) {
        Some(Num::Int(i)) => Ok(Value::Int(i)),
        Some(Num::Float(f)) => Ok(Value::Float(f)),
        None if matches!(op, TmEvent::IDiv | TmEvent::Mod) => Err(ArithFail::DivByZero),
        None => Err(ArithFail::NoInteger),
    }
}

#[inline]
pub fn float_arith(op: TmEvent, x: f64, y: f64) -> f64 {
    use TmEvent::*;
    match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        Div => x / y,
        Pow => number::float_pow(x, y),
        IDiv => number::float_floor_div(x, y),
        Mod => number::float_mod(x, y),
        Unm => -x,
        _ => f64::NAN,
    }
}

/// `a < b` for two numbers.
#[inline]
pub fn num_lt(a: &Value, b: &Value) -> Option<bool> {
    Some(match (*a, *b) {
        (Value::Int(x), Value::Int(y)) => x < y,
        (Value::Float(x), Value::Float(y)) => x < y,
        (Value::Int(x), Value::Float(y)) => number::lt_int_float(x, y),
        (Value::Float(x), Value::Int(y)) => number::lt_float_int(x, y),
        _ => return None,
    })
}

/// `a <= b` for two numbers.
#[inline]
pub fn num_le(a: &Value, b: &Value) -> Option<bool> {
    Some(match (*a, *b) {
        (Value::Int(x), Value::Int(y)) => x <= y,
        (Value::Float(x), Value::Float(y)) => x <= y,
        (Value::Int(x), Value::Float(y)) => number::le_int_float(x, y),
        (Value::Float(x), Value::Int(y)) => number::le_float_int(x, y),
        _ => return None,
    })
}

/// Appends the `tostring` form of a number.
pub fn fmt_number(v: &Value, out: &mut Vec<u8>) {
    match *v {
        Value::Int(i) => number::fmt_int(i, out),
        Value::Float(f) => number::fmt_float(f, out),
        _ => {}
    }
}
