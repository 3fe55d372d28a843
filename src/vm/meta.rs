//! Metamethods: lookup (with the per-table absence cache) and the slow
//! paths of indexing, assignment, arithmetic, comparison, concatenation and
//! length, which the interpreter loop takes when the fast path fails.
use crate::object::Table;
use crate::object::table::{KeyError, SetError, Slot};
use crate::value::Value;
use crate::vm::arith::{self, ArithFail};
use crate::vm::debug::{VarRef, varinfo};
use crate::vm::error::{LResult, Status};
use crate::vm::opcode::TmEvent;
use crate::vm::state::{CIST_LEQ, LuaState};

/// Longest `__index`/`__newindex` chain followed before giving up.
const MAX_TAG_LOOP: usize = 2000;

impl LuaState {
    #[inline]
    pub fn metatable_of(&self, v: &Value) -> *mut Table {
        match *v {
            // SAFETY: live objects.
            Value::Table(t) => unsafe { (*t).metatable },
            Value::Userdata(u) => unsafe { (*u).metatable },
            _ => self.g().type_mt[v.type_tag() as usize],
        }
    }

    /// `mt[event]` using the table's absence cache for the first 8 events.
    #[inline]
    pub fn table_tm(&self, mt: *mut Table, ev: TmEvent) -> Value {
        if mt.is_null() {
            return Value::Nil;
        }
        // SAFETY: a live metatable.
        let m = unsafe { &mut *mt };
        let bit = ev as u8;
        if bit < 8 && m.flags & (1 << bit) != 0 {
            return Value::Nil;
        }
        let v = m.get_short_str(self.g().tm_names[ev as usize]);
        if v.is_nil() && bit < 8 {
            m.flags |= 1 << bit;
        }
        v
    }

    #[inline]
    pub fn get_metamethod(&self, v: &Value, ev: TmEvent) -> Value {
        self.table_tm(self.metatable_of(v), ev)
    }

    /// Type name honouring `__name` (the reference's `luaT_objtypename`).
    pub fn obj_type_name(&self, v: &Value) -> Vec<u8> {
        if matches!(v, Value::Table(_) | Value::Userdata(_)) {
            let mt = self.metatable_of(v);
            if !mt.is_null() {
                let name = self.g().name_key;
                // SAFETY: a live metatable and a live string.
                if let Value::Str(s) = unsafe { (*mt).get_short_str(name) } {
                    return unsafe { (*s).c_str_bytes().to_vec() };
                }
            }
        }
        v.type_name().as_bytes().to_vec()
    }

    /// Sets the metatable of any value (`mt` may be null): per object for
    /// tables and full userdata (with the write barrier and the check that
    /// marks the object for finalization when `mt` has `__gc`), per type
    /// for the other types.
    pub fn set_metatable(&mut self, obj: Value, mt: *mut Table) {
        let owner = match obj {
            // SAFETY: live objects.
            Value::Table(t) => unsafe {
                (*t).metatable = mt;
                t as *mut crate::gc::GcHeader
            },
            // SAFETY: as above.
            Value::Userdata(u) => unsafe {
                (*u).metatable = mt;
                u as *mut crate::gc::GcHeader
            },
            v => {
                self.g().type_mt[v.type_tag() as usize] = mt;
                return;
            }
        };
        if !mt.is_null() {
            self.barrier_value(owner, Value::Table(mt));
        }
        self.gc_check_finalizer(owner, mt);
    }

    #[cold]
    pub fn type_error(&mut self, v: &Value, op: &str, r: VarRef) -> Status {
        let mut msg = b"attempt to ".to_vec();
        msg.extend_from_slice(op.as_bytes());
        msg.extend_from_slice(b" a ");
        msg.extend_from_slice(&self.obj_type_name(v));
        msg.extend_from_slice(b" value");
        msg.extend_from_slice(&varinfo(self, r));
        self.runtime_error_bytes(&msg)
    }

    // ---- indexing ----

    /// `t[k]` with metamethods, after the raw fast path missed (or `t` is
    /// not a table). `r` names `t` for error messages.
    pub fn index_slow(&mut self, mut t: Value, k: Value, r: VarRef) -> LResult<Value> {
        let mut r = r;
        for _ in 0..MAX_TAG_LOOP {
            let tm = if let Value::Table(h) = t {
                // SAFETY: a live table.
                let v = unsafe { (*h).get(&k) };
                if !v.is_nil() {
                    return Ok(v);
                }
                // SAFETY: as above.
                let tm = self.table_tm(unsafe { (*h).metatable }, TmEvent::Index);
                if tm.is_nil() {
                    return Ok(Value::Nil);
                }
                tm
            } else {
                let tm = self.get_metamethod(&t, TmEvent::Index);
                if tm.is_nil() {
                    return Err(self.type_error(&t, "index", r));
                }
                tm
            };
            if tm.is_function() {
                return self.call_tm(tm, &[t, k]);
            }
            t = tm;
            r = VarRef::None;
        }
        Err(self.runtime_error("'__index' chain too long; possible loop"))
    }

    /// `t[k]` with metamethods.
    #[inline]
    pub fn index(&mut self, t: Value, k: Value, r: VarRef) -> LResult<Value> {
        if let Value::Table(h) = t {
            // SAFETY: a live table.
            let v = unsafe { (*h).get(&k) };
            if !v.is_nil() {
                return Ok(v);
            }
        }
        self.index_slow(t, k, r)
    }

    /// `t[k] = v` with metamethods.
    pub fn set_index(&mut self, mut t: Value, k: Value, v: Value, r: VarRef) -> LResult<()> {
        let mut r = r;
        // The key in table form (nil and NaN: none), the same at each step.
        let key = crate::object::table::normalize_key(k).ok();
        for _ in 0..MAX_TAG_LOOP {
            let tm = if let Value::Table(h) = t {
                // SAFETY: a live table.
                let ht = unsafe { &mut *h };
                let slot = key.map(|key| ht.find_slot(&key));
                if let Some(Slot::Found(p)) = slot {
                    // SAFETY: `p` points into the table.
                    if unsafe { !(*p).is_nil() } {
                        unsafe { crate::value::write_value(p, v) };
                        self.barrier_back(h);
                        return Ok(());
                    }
                }
                let tm = self.table_tm(ht.metatable, TmEvent::NewIndex);
                if tm.is_nil() {
                    // Store using the slot found above (no second lookup).
                    match (key, slot) {
                        (Some(_), Some(Slot::Found(p))) => {
                            // A dead key (nil value) comes back: reset the
                            // metamethod cache.
                            ht.flags = 0;
                            // SAFETY: as above; nothing ran since the lookup.
                            unsafe { crate::value::write_value(p, v) };
                        }
                        (Some(key), Some(Slot::Absent)) => {
                            if !v.is_nil() {
                                let r = ht.insert_new(self.heap(), key, v);
                                r.map_err(|_| self.memory_error())?;
                            }
                        }
                        _ => return self.raw_set(h, k, v),
                    }
                    self.barrier_back(h);
                    return Ok(());
                }
                tm
            } else {
                let tm = self.get_metamethod(&t, TmEvent::NewIndex);
                if tm.is_nil() {
                    return Err(self.type_error(&t, "index", r));
                }
                tm
            };
            if tm.is_function() {
                self.ensure_stack(4)?;
                let func = self.top;
                self.push(tm);
                self.push(t);
                self.push(k);
                self.push(v);
                return self.call_tm_at(func, 0);
            }
            t = tm;
            r = VarRef::None;
        }
        Err(self.runtime_error("'__newindex' chain too long; possible loop"))
    }

    /// `rawset` with the reference's errors for bad keys.
    pub fn raw_set(&mut self, h: *mut Table, k: Value, v: Value) -> LResult<()> {
        // SAFETY: a live table.
        match unsafe { (*h).set(self.heap(), k, v) } {
            Ok(()) => {
                self.barrier_back(h);
                Ok(())
            }
            Err(SetError::Key(KeyError::Nil)) => Err(self.runtime_error("table index is nil")),
            Err(SetError::Key(KeyError::NaN)) => Err(self.runtime_error("table index is NaN")),
            Err(SetError::Memory) => Err(self.memory_error()),
        }
    }

    // ---- arithmetic ----

    /// Arithmetic/bitwise event with metamethods, after the fast path
    /// failed. `ra`/`rb` name the operands for errors.
    #[cold]
    pub fn arith_slow(
        &mut self,
        ev: TmEvent,
        a: Value,
        b: Value,
        ra: VarRef,
        rb: VarRef,
    ) -> LResult<Value> {
        match arith::arith(ev, &a, &b) {
            Ok(v) => return Ok(v),
            Err(ArithFail::DivByZero) => {
                return Err(self.runtime_error(if ev == TmEvent::Mod {
                    "attempt to perform 'n%0'"
                } else {
                    "attempt to divide by zero"
                }));
            }
            Err(_) => {}
        }
        let mut tm = self.get_metamethod(&a, ev);
        if tm.is_nil() {
            tm = self.get_metamethod(&b, ev);
        }
        if !tm.is_nil() {
            return self.call_tm(tm, &[a, b]);
        }
        let bitwise = matches!(
            ev,
            TmEvent::BAnd
                | TmEvent::BOr
                | TmEvent::BXor
                | TmEvent::Shl
                | TmEvent::Shr
                | TmEvent::BNot
        );
        if bitwise {
            let an = arith::to_number(&a).is_some();
            let bn = arith::to_number(&b).is_some();
            if an && bn {
                // Both numbers: one has no integer value.
                let r = if arith::to_integer_strict(&a).is_err() {
                    ra
                } else {
                    rb
                };
                let mut msg = b"number".to_vec();
                msg.extend_from_slice(&varinfo(self, r));
                msg.extend_from_slice(b" has no integer representation");
                return Err(self.runtime_error_bytes(&msg));
            }
            let (v, r) = if an { (b, rb) } else { (a, ra) };
            return Err(self.type_error(&v, "perform bitwise operation on", r));
        }
        let (v, r) = if arith::to_number(&a).is_some() {
            (b, rb)
        } else {
            (a, ra)
        };
        Err(self.type_error(&v, "perform arithmetic on", r))
    }

    // ---- comparison ----

    pub fn equal(&mut self, a: Value, b: Value) -> LResult<bool> {
        match (a, b) {
            (Value::Table(x), Value::Table(y)) if x != y => {}
            (Value::Userdata(x), Value::Userdata(y)) if x != y => {}
            _ => return Ok(a.raw_eq(&b)),
        }
        let mut tm = self.get_metamethod(&a, TmEvent::Eq);
        if tm.is_nil() {
            tm = self.get_metamethod(&b, TmEvent::Eq);
        }
        if tm.is_nil() {
            return Ok(false);
        }
        Ok(!self.call_tm(tm, &[a, b])?.is_falsy())
    }

    #[cold]
    pub fn order_error(&mut self, a: &Value, b: &Value) -> Status {
        let t1 = self.obj_type_name(a);
        let t2 = self.obj_type_name(b);
        let mut msg = b"attempt to compare ".to_vec();
        if t1 == t2 {
            msg.extend_from_slice(b"two ");
            msg.extend_from_slice(&t1);
            msg.extend_from_slice(b" values");
        } else {
            msg.extend_from_slice(&t1);
            msg.extend_from_slice(b" with ");
            msg.extend_from_slice(&t2);
        }
        self.runtime_error_bytes(&msg)
    }

    /// `a < b` (or `a <= b` when `le`) with strings and metamethods.
    pub fn less(&mut self, a: Value, b: Value, le: bool) -> LResult<bool> {
        let r = if le {
            arith::num_le(&a, &b)
        } else {
            arith::num_lt(&a, &b)
        };
        if let Some(r) = r {
            return Ok(r);
        }
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            // SAFETY: live strings.
            let c =
                crate::vm::strcmp::compare(unsafe { (*x).as_bytes() }, unsafe { (*y).as_bytes() });
            return Ok(if le { c.is_le() } else { c.is_lt() });
        }
        let ev = if le { TmEvent::Le } else { TmEvent::Lt };
        let mut tm = self.get_metamethod(&a, ev);
        if tm.is_nil() {
            tm = self.get_metamethod(&b, ev);
        }
        if !tm.is_nil() {
            return Ok(!self.call_tm(tm, &[a, b])?.is_falsy());
        }
        if le {
            // The reference is built with 5.3 compatibility: `a <= b` falls
            // back to `not (b < a)` when there is no `__le`.
            let mut tm = self.get_metamethod(&b, TmEvent::Lt);
            if tm.is_nil() {
                tm = self.get_metamethod(&a, TmEvent::Lt);
            }
            if !tm.is_nil() {
                // (Marked so that a yield in `__lt` gets its result
                // negated on resume.)
                self.ci_mut().status |= CIST_LEQ;
                let r = self.call_tm(tm, &[b, a]);
                self.ci_mut().status &= !CIST_LEQ;
                return Ok(r?.is_falsy());
            }
        }
        Err(self.order_error(&a, &b))
    }

    // ---- length ----

    pub fn len_of(&mut self, v: Value, r: VarRef) -> LResult<Value> {
        match v {
            Value::Table(t) => {
                // SAFETY: a live table.
                let tm = self.table_tm(unsafe { (*t).metatable }, TmEvent::Len);
                if tm.is_nil() {
                    // SAFETY: as above.
                    return Ok(Value::Int(unsafe { (*t).length() }));
                }
                self.call_tm(tm, &[v, v])
            }
            // SAFETY: a live string.
            Value::Str(s) => Ok(Value::Int(unsafe { (*s).len() } as i64)),
            _ => {
                let tm = self.get_metamethod(&v, TmEvent::Len);
                if tm.is_nil() {
                    return Err(self.type_error(&v, "get length of", r));
                }
                self.call_tm(tm, &[v, v])
            }
        }
    }
}
