//! The table library (the part needed so far: `insert remove concat
//! unpack pack`), honouring `__index`/`__newindex`/`__len` as 5.4 does.
use crate::value::Value;
use crate::vm::debug::VarRef;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;

pub const FUNCS: &[(&str, crate::value::NativeFn)] = &[
    ("concat", concat),
    ("insert", insert),
    ("move", move_),
    ("pack", pack),
    ("remove", remove),
    ("sort", sort),
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
        // Fast path: a slot of the array part that no `__newindex` can see
        // (it holds a value, or the table has no metatable).
        if let Value::Table(h) = t {
            // SAFETY: a live table; `slot` points into its array part.
            unsafe {
                if let Some(slot) = (*h).array_slot(i)
                    && (!(*slot).is_nil() || (*h).metatable.is_null())
                {
                    *slot = v;
                    self.barrier_back(h);
                    return Ok(());
                }
            }
        }
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
    // A given position must be in [1, size + 1].
    if pos != size && (pos as u64).wrapping_sub(1) > size as u64 {
        return Err(l.arg_error(2, b"position out of bounds"));
    }
    let v = l.geti(t, pos)?;
    l.push_checked(v)?;
    while pos < size {
        let nv = l.geti(t, pos + 1)?;
        l.seti(t, pos, nv)?;
        pos += 1;
    }
    l.seti(t, pos, Value::Nil)?;
    Ok(1)
}

fn concat(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_tab(1, b"rl")?;
    let sep = l.opt_bytes(2, b"")?.to_vec();
    let i = l.opt_integer(3, 1)?;
    let j = if l.arg(4).is_nil() {
        l.len_int(t)?
    } else {
        l.check_integer(4)?
    };
    let mut out = Vec::new();
    let mut k = i;
    while k <= j {
        let v = l.geti(t, k)?;
        match v {
            // SAFETY: a live string.
            Value::Str(s) => out.extend_from_slice(unsafe { (*s).as_bytes() }),
            Value::Int(_) | Value::Float(_) => crate::vm::arith::fmt_number(&v, &mut out),
            _ => {
                let msg = format!(
                    "invalid value ({}) at index {} in table for 'concat'",
                    v.type_name(),
                    k
                );
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
    let e = if l.arg(3).is_nil() {
        l.len_int(t)?
    } else {
        l.check_integer(3)?
    };
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

/// Quicksort state for `table.sort`: the list and the comparison.
struct Sorter {
    t: Value,
    cmp: Value,
}

impl Sorter {
    fn less(&self, l: &mut LuaState, a: Value, b: Value) -> LResult<bool> {
        if self.cmp.is_nil() {
            l.less(a, b, false)
        } else {
            Ok(!l.call_value(self.cmp, &[a, b])?.is_falsy())
        }
    }

    fn get(&self, l: &mut LuaState, i: i64) -> LResult<Value> {
        l.geti(self.t, i)
    }

    fn set(&self, l: &mut LuaState, i: i64, v: Value) -> LResult<()> {
        l.seti(self.t, i, v)
    }

    /// Partitions `lo..=up` around the pivot `p` (stored at `up - 1`);
    /// returns the pivot's final position.
    fn partition(&self, l: &mut LuaState, lo: i64, up: i64, p: Value) -> LResult<i64> {
        let mut i = lo;
        let mut j = up - 1;
        loop {
            i += 1;
            let mut ai = self.get(l, i)?;
            while self.less(l, ai, p)? {
                if i == up - 1 {
                    return Err(l.lib_error(b"invalid order function for sorting"));
                }
                i += 1;
                ai = self.get(l, i)?;
            }
            j -= 1;
            let mut aj = self.get(l, j)?;
            while self.less(l, p, aj)? {
                if j < i {
                    return Err(l.lib_error(b"invalid order function for sorting"));
                }
                j -= 1;
                aj = self.get(l, j)?;
            }
            if j < i {
                // Put the pivot in its place.
                self.set(l, up - 1, ai)?;
                self.set(l, i, p)?;
                return Ok(i);
            }
            self.set(l, i, aj)?;
            self.set(l, j, ai)?;
        }
    }

    /// Sorts `lo..=up`: median of three, partition, recursion on the
    /// smaller side and iteration on the larger (bounded depth).
    fn sort(&self, l: &mut LuaState, mut lo: i64, mut up: i64) -> LResult<()> {
        while lo < up {
            let a = self.get(l, lo)?;
            let b = self.get(l, up)?;
            if self.less(l, b, a)? {
                self.set(l, lo, b)?;
                self.set(l, up, a)?;
            }
            if up - lo == 1 {
                return Ok(());
            }
            let p = lo + (up - lo) / 2;
            let ap = self.get(l, p)?;
            let alo = self.get(l, lo)?;
            if self.less(l, ap, alo)? {
                self.set(l, p, alo)?;
                self.set(l, lo, ap)?;
            } else {
                let aup = self.get(l, up)?;
                if self.less(l, aup, ap)? {
                    self.set(l, p, aup)?;
                    self.set(l, up, ap)?;
                }
            }
            if up - lo == 2 {
                return Ok(());
            }
            let pivot = self.get(l, p)?;
            let before_up = self.get(l, up - 1)?;
            self.set(l, p, before_up)?;
            self.set(l, up - 1, pivot)?;
            let p = self.partition(l, lo, up, pivot)?;
            if p - lo < up - p {
                self.sort(l, lo, p - 1)?;
                lo = p + 1;
            } else {
                self.sort(l, p + 1, up)?;
                up = p - 1;
            }
        }
        Ok(())
    }
}

fn sort(l: &mut LuaState) -> LResult<usize> {
    let t = l.check_tab(1, b"rwl")?;
    let n = l.len_int(t)?;
    if n > 1 {
        if n >= i32::MAX as i64 {
            return Err(l.arg_error(1, b"array too big"));
        }
        let cmp = l.arg(2);
        if !cmp.is_nil() && !cmp.is_function() {
            return Err(l.arg_type_error(2, "function"));
        }
        Sorter { t, cmp }.sort(l, 1, n)?;
    }
    Ok(0)
}

fn move_(l: &mut LuaState) -> LResult<usize> {
    // The reference checks the positions before the tables.
    let f = l.check_integer(2)?;
    let e = l.check_integer(3)?;
    let t = l.check_integer(4)?;
    let a1 = l.arg(1);
    if !matches!(a1, Value::Table(_)) {
        l.check_tab(1, b"r")?;
    }
    let tt = if l.is_none_or_nil(5) {
        a1
    } else {
        l.check_tab(5, b"w")?
    };
    if e >= f {
        if !(f > 0 || e < i64::MAX + f) {
            return Err(l.arg_error(3, b"too many elements to move"));
        }
        if t > i64::MAX - (e - f) {
            return Err(l.arg_error(4, b"destination wrap around"));
        }
        let same = matches!((a1, tt), (Value::Table(x), Value::Table(y)) if x == y);
        if t > e || t <= f || !same {
            for i in 0..=(e - f) {
                let v = l.geti(a1, f + i)?;
                l.seti(tt, t + i, v)?;
            }
        } else {
            let mut i = e - f;
            loop {
                let v = l.geti(a1, f + i)?;
                l.seti(tt, t + i, v)?;
                if i == 0 {
                    break;
                }
                i -= 1;
            }
        }
    }
    l.push_checked(tt)?;
    Ok(1)
}
