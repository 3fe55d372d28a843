//! The table library (the part needed so far: `insert remove concat
//! unpack pack`), honouring `__index`/`__newindex`/`__len` as 5.4 does.
use crate::value::Value;
use crate::vm::debug::VarRef;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("concat", concat),
    ("insert", insert),
    ("pack", pack),
    ("remove", remove),
    ("unpack", unpack),
];

pub fn open(l: &mut LuaState) -> LResult<()> {
    super::new_lib(l, b"table", FUNCS)?;
    Ok(())
}

impl LuaState {
    /// `#v` with `__len`, as an integer (`luaL_len`).
    pub fn len_int(&mut self, v: Value) -> LResult<i64> {
        match self.len_of(v, VarRef::None)? {
            Value::Int(n) => Ok(n),
            Value::Float(f) => match crate::number::float_to_int_exact(f) {
                Some(n) => Ok(n),
                None => Err(self.lib_error(b"object length is not an integer")),
            },
            _ => Err(self.lib_error(b"object length is not an integer")),
        }
    }

    /// Checks that argument `i` is a table or behaves like one for the
    /// operations in `need` (r: __index, w: __newindex, l: __len).
    fn check_tab(&mut self, i: usize, need: &[u8]) -> LResult<Value> {
        let v = self.arg(i);
        if matches!(v, Value::Table(_)) {
            return Ok(v);
        }
        let ok = !self.metatable_of(&v).is_null()
            && need.iter().all(|&c| {
                let name: &[u8] = match c {
                    b'r' => b"__index",
                    b'w' => b"__newindex",
                    _ => b"__len",
                };
                !self.get_metafield(&v, name).is_nil()
            });
        if ok {
            Ok(v)
        } else {
            Err(self.arg_type_error(i, "table"))
        }
    }

    fn geti(&mut self, t: Value, i: i64) -> LResult<Value> {
        if let Value::Table(h) = t {
            // SAFETY: a live table.
            let v = unsafe { (*h).get_int(i) };
            if !v.is_nil() {
                return Ok(v);
            }
        }
        self.index_slow(t, Value::Int(i), VarRef::None)
    }

    fn seti(&mut self, t: Value, i: i64, v: Value) -> LResult<()> {
        self.set_index(t, Value::Int(i), v, VarRef::None)
    }
}

fn insert(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_tab(1, b"rwl")?;
    let e = l.len_int(t)?.wrapping_add(1);
    match l.nargs() {
        2 => {
            let v = l.arg(2);
            l.seti(t, e, v)?;
        }
        3 => {
            let pos = l.check_integer(2)?;
            if (pos as u64).wrapping_sub(1) >= e as u64 {
                return Err(l.arg_error(2, b"position out of bounds"));
            }
            let mut i = e;
            while i > pos {
                let v = l.geti(t, i - 1)?;
                l.seti(t, i, v)?;
                i -= 1;
            }
            let v = l.arg(3);
            l.seti(t, pos, v)?;
        }
        _ => return Err(l.lib_error(b"wrong number of arguments to 'insert'")),
    }
    Ok(0)
}

fn remove(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_tab(1, b"rwl")?;
    let size = l.len_int(t)?;
    let mut pos = l.opt_integer(2, size)?;
    if !l.is_none(2) && size.wrapping_add(1) as u64 != pos as u64 && (pos as u64).wrapping_sub(1) >= (size as u64).wrapping_add(1) {
        return Err(l.arg_error(2, b"position out of bounds"));
    }
    let v = l.geti(t, pos)?;
    l.push_checked(v)?;
    while pos < size {
        let nv = l.geti(t, pos + 1)?;
        l.seti(t, pos, nv)?;
        pos += 1;
    }
    if pos <= size || !l.is_none(2) {
        l.seti(t, pos, Value::Nil)?;
    }
    Ok(1)
}

fn concat(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_tab(1, b"rl")?;
    let sep = l.opt_bytes(2, b"")?.to_vec();
    let i = l.opt_integer(3, 1)?;
    let j = if l.arg(4).is_nil() { l.len_int(t)? } else { l.check_integer(4)? };
    let mut out = Vec::new();
    let mut k = i;
    while k <= j {
        let v = l.geti(t, k)?;
        match v {
            // SAFETY: a live string.
            Value::Str(s) => out.extend_from_slice(unsafe { (*s).as_bytes() }),
            Value::Int(_) | Value::Float(_) => crate::vm::arith::fmt_number(&v, &mut out),
            _ => {
                let msg = format!("invalid value (at index {}) in table for 'concat'", k);
                return Err(l.lib_error(msg.as_bytes()));
            }
        }
        if k != j {
            out.extend_from_slice(&sep);
        }
        if k == i64::MAX {
            break;
        }
        k += 1;
    }
    l.push_bytes(&out)?;
    Ok(1)
}

fn pack(l: &mut LuaState) -> LResult<usize> {
    let n = l.nargs();
    let t = l.new_table(n, 1)?;
    for i in 1..=n {
        let v = l.arg(i);
        // SAFETY: a fresh table.
        unsafe { (*t).set_int(l.heap(), i as i64, v) }.map_err(|_| l.memory_error())?;
    }
    let k = l.new_string(b"n")?;
    // SAFETY: as above.
    unsafe { (*t).set_str(l.heap(), k, Value::Int(n as i64)) }.map_err(|_| l.memory_error())?;
    l.push_checked(Value::Table(t))?;
    Ok(1)
}

fn unpack(l: &mut LuaState) -> LResult<usize> {
    let t = l.arg(1);
    let i = l.opt_integer(2, 1)?;
    let e = if l.arg(3).is_nil() { l.len_int(t)? } else { l.check_integer(3)? };
    if i > e {
        return Ok(0);
    }
    let n = (e as u64).wrapping_sub(i as u64);
    if n >= i32::MAX as u64 || l.ensure_stack(n as usize + 1).is_err() {
        return Err(l.lib_error(b"too many results to unpack"));
    }
    let mut k = i;
    loop {
        let v = l.geti(t, k)?;
        l.push(v);
        if k == e {
            break;
        }
        k += 1;
    }
    Ok(n as usize + 1)
}
