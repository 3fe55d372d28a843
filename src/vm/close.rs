//! To-be-closed variables and the closing of upvalues when a block, a
//! function or a protected call ends.
//!
//! Invariant: `LuaState::tbc` lists the stack slots of pending `<close>`
//! variables in increasing order; every slot in it holds a value with a
//! `__close` metamethod (checked when the variable was declared).
use crate::value::Value;
use crate::vm::error::{LResult, Status};
use crate::vm::opcode::TmEvent;
use crate::vm::state::{FrameKind, LuaState};

impl LuaState {
    /// Declares the value in `slot` as to-be-closed.
    pub fn new_tbc(&mut self, slot: usize) -> LResult<()> {
        let v = self.at(slot);
        if v.is_falsy() {
            return Ok(());
        }
        if self.get_metamethod(&v, TmEvent::Close).is_nil() {
            let name = self.tbc_var_name(slot);
            let mut msg = b"variable '".to_vec();
            msg.extend_from_slice(&name);
            msg.extend_from_slice(b"' got a non-closable value");
            return Err(self.runtime_error_bytes(&msg));
        }
        let g = self.g;
        // SAFETY: as in `push_lua_frame`.
        let r = self.tbc.push(unsafe { &mut (*g).heap.alloc }, slot);
        r.map_err(|_| self.memory_error())
    }

    fn tbc_var_name(&self, slot: usize) -> Vec<u8> {
        let ci = self.ci();
        if ci.kind == FrameKind::Lua
            && let Value::LuaFn(c) = self.at(ci.func)
        {
            // SAFETY: the running closure and its prototype are live.
            let p = unsafe { (*c).proto() };
            let pc = crate::vm::debug::current_pc(ci);
            if let Some(n) = p.local_name(slot - ci.func, pc) {
                // SAFETY: a live name string.
                return unsafe { (*n).as_bytes().to_vec() };
            }
        }
        if ci.kind == FrameKind::C {
            // A slot marked by `lua_toclose`, named as the reference does.
            return b"(C temporary)".to_vec();
        }
        b"?".to_vec()
    }

    /// Closes upvalues and calls `__close` of pending variables at or above
    /// `level`, in reverse order. `err` is the error being propagated, if any.
    pub fn close_level(&mut self, level: usize, err: Option<Value>) -> LResult<()> {
        self.close_pending(level, err.unwrap_or(Value::Nil), false)
    }

    /// Closes upvalues and calls `__close(v, err)` of the pending variables
    /// at or above `level`, last first. The calls may yield when
    /// `yieldable` (closing after an error in a resumed coroutine) or when
    /// the running frame is a Lua frame (the interpreter can finish its
    /// instruction on resume).
    pub fn close_pending(&mut self, level: usize, err: Value, yieldable: bool) -> LResult<()> {
        self.close_upvals(level);
        while let Some(&slot) = self.tbc.as_slice().last() {
            if slot < level {
                break;
            }
            self.tbc.pop();
            let v = self.at(slot);
            let tm = self.get_metamethod(&v, TmEvent::Close);
            // Call above everything that may still be in use.
            self.top = self.top.max(slot + 1);
            self.ensure_stack(3)?;
            let func = self.top;
            self.push(tm);
            self.push(v);
            self.push(err);
            if yieldable {
                self.call_yieldable(func, 0)?;
            } else {
                self.call_tm_at(func, 0)?;
            }
        }
        Ok(())
    }

    /// Closing after an error caught at `level`: each `__close` runs in
    /// protected mode; an error there replaces the one being propagated.
    /// The error object travels in `err_value` (in and out); errors in a
    /// `__close` go through the current message handler, as they do in the
    /// reference (the handler of the protected call being unwound).
    pub fn close_protected(&mut self, level: usize, mut status: Status) -> Status {
        self.close_upvals(level);
        // Kept locally: a `pcall` inside a `__close` overwrites `err_value`.
        let mut err = self.err_value;
        while let Some(&slot) = self.tbc.as_slice().last() {
            if slot < level {
                break;
            }
            self.tbc.pop();
            let v = self.at(slot);
            let tm = self.get_metamethod(&v, TmEvent::Close);
            // Call above everything that may still be in use.
            let func = self.top.max(slot + 1);
            self.top = func;
            if self.ensure_stack(3).is_err() {
                break;
            }
            self.push(tm);
            self.push(v);
            self.push(err);
            if let Err(s) = self.pcall(func, 0, self.errfunc) {
                err = self.at(func);
                status = s;
            }
            self.top = func;
        }
        self.err_value = err;
        status
    }

    /// CONCAT: joins the `total` values from `first` (the stack top is
    /// `first + total`), leaving the result at `first`.
    pub fn concat(&mut self, total: usize, first: usize) -> LResult<()> {
        let mut top = first + total;
        let mut remaining = total;
        while remaining > 1 {
            let a = self.at(top - 2);
            let b = self.at(top - 1);
            if is_strnum(&a) && is_strnum(&b) {
                let mut n = 2;
                while n < remaining && is_strnum(&self.at(top - n - 1)) {
                    n += 1;
                }
                let mut buf = std::mem::take(&mut self.g().scratch);
                buf.clear();
                for j in top - n..top {
                    append_strnum(&self.at(j), &mut buf);
                }
                let s = self.new_string(&buf);
                // Keep the buffer for the next time, unless it grew large.
                if buf.capacity() <= 1 << 16 {
                    self.g().scratch = buf;
                }
                let s = s?;
                self.set_at(top - n, Value::Str(s));
                top -= n - 1;
                remaining -= n - 1;
            } else {
                let mut tm = self.get_metamethod(&a, TmEvent::Concat);
                if tm.is_nil() {
                    tm = self.get_metamethod(&b, TmEvent::Concat);
                }
                if tm.is_nil() {
                    let (v, slot) = if is_strnum(&a) {
                        (b, top - 1)
                    } else {
                        (a, top - 2)
                    };
                    let base = self.ci().func + 1;
                    let r = if self.ci().kind == FrameKind::Lua && slot >= base {
                        crate::vm::debug::VarRef::Reg(slot - base)
                    } else {
                        crate::vm::debug::VarRef::None
                    };
                    return Err(self.type_error(&v, "concatenate", r));
                }
                self.top = top;
                let r = self.call_tm(tm, &[a, b])?;
                self.set_at(top - 2, r);
                top -= 1;
                remaining -= 1;
            }
            self.top = top;
        }
        Ok(())
    }
}

#[inline]
fn is_strnum(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::Int(_) | Value::Float(_))
}

fn append_strnum(v: &Value, buf: &mut Vec<u8>) {
    match *v {
        // SAFETY: a live string.
        Value::Str(s) => buf.extend_from_slice(unsafe { (*s).as_bytes() }),
        _ => crate::vm::arith::fmt_number(v, buf),
    }
}
