//! Resuming a coroutine: starting its body, or finishing what a yield
//! interrupted.
//!
//! A yield unwinds the Rust stack (it travels as `Err(Status::Yield)`) but
//! keeps the thread's frames. What the unwinding discarded is rebuilt from
//! the frames on resume, innermost first (`unroll`):
//! - a Lua frame interrupted inside an instruction (a metamethod or
//!   `__close` that yielded) has the instruction finished by `finish_op`,
//!   which takes the metamethod's result from the stack top, and then runs
//!   on in the interpreter;
//! - a C frame (a library function or a C function that called with a
//!   continuation) is finished by its continuation (`Kont`), whose results
//!   become the frame's results.
//!
//! Errors inside a yieldable protected call (`CIST_YPCALL`) unwind to the
//! resume as well, since after a yield the Rust activation of the `pcall`
//! that would catch them is gone: `recover` finds the innermost such frame,
//! does the protected call's recovery there, then calls its continuation
//! with the error status and unrolls the rest.
use crate::value::Value;
use crate::vm::call::MULTRET;
use crate::vm::error::{LResult, Status};
use crate::vm::opcode::{self as opc, OpCode};
use crate::vm::state::{
    CIST_LEQ, CIST_YPCALL, FrameKind, KStatus, Kont, LUA_OK, LUA_YIELD, LuaState,
};

impl LuaState {
    /// Runs this thread (not started, or suspended in a yield) with the
    /// `nargs` values on top of its stack as the arguments or as the
    /// results of the yield. `ccalls` is the resumer's C-call count.
    ///
    /// On `Ok(n)` the thread has yielded (`status` is `LUA_YIELD`) or
    /// finished, and `n` values (yielded or returned) are on top of its
    /// stack. On `Err` the thread is dead, its to-be-closed variables are
    /// closed and the error object is on top of its stack.
    pub fn resume(&mut self, ccalls: u32, nargs: usize) -> Result<usize, Status> {
        self.n_ccalls = ccalls + 1;
        self.nny = 0;
        self.resuming = true;
        let mut r = self.resume_body(nargs);
        while let Err(s) = r {
            if s == Status::Yield {
                break;
            }
            match self.recover(s) {
                Some(next) => r = next,
                None => break,
            }
        }
        self.resuming = false;
        match r {
            Ok(()) => Ok(self.top - 1),
            Err(Status::Yield) => {
                self.status = LUA_YIELD;
                Ok(self.n_yield)
            }
            Err(s) => {
                // (An error in a `__close` replaces the error object.)
                let st = self.close_protected(1, s);
                self.status = st as i32 as u8;
                let e = self.err_value;
                if self.push_checked(e).is_err() {
                    // No room: the error replaces the top value.
                    self.top = (self.top - 1).max(1);
                    self.set_at(self.top, e);
                    self.top += 1;
                }
                Err(st)
            }
        }
    }

    /// Closes a thread that is not running (`coroutine.close`,
    /// `lua_closethread`): unwinds its frames, runs its pending `__close`
    /// methods (with the error that killed it, if any) and closes its
    /// upvalues, counting C calls from `ccalls` (the closer's). Leaves the
    /// thread reusable, with an empty stack, or with the final error object
    /// at index 1 when returning `Err`.
    pub fn reset_thread(&mut self, ccalls: u32) -> Result<(), Status> {
        self.n_ccalls = ccalls;
        let st0 = match self.status {
            LUA_OK | LUA_YIELD => Status::Yield,
            s => {
                self.err_value = if self.top > 1 {
                    self.at(self.top - 1)
                } else {
                    Value::Nil
                };
                match s {
                    3 => Status::ErrSyntax,
                    4 => Status::ErrMem,
                    5 => Status::ErrErr,
                    _ => Status::ErrRun,
                }
            }
        };
        self.cis.truncate(1);
        self.status = LUA_OK;
        // The unwound frames may have set a message handler.
        self.errfunc = 0;
        let st = self.close_protected(1, st0);
        self.top = 1;
        self.ci_mut().top = 1 + crate::vm::state::LUA_MINSTACK;
        self.shrink_stack();
        if st == Status::Yield {
            return Ok(());
        }
        let e = self.err_value;
        self.set_at(1, e);
        self.top = 2;
        Err(st)
    }

    fn resume_body(&mut self, nargs: usize) -> LResult<()> {
        if self.status == LUA_OK {
            // First resume: the body sits below its arguments.
            let func = self.top - nargs - 1;
            self.check_ccalls()?;
            return self.call_unprotected_body(func, MULTRET);
        }
        self.status = LUA_OK;
        // The frame that yielded: its continuation, if any, gets the resume
        // values; otherwise they are the results of the yielding call.
        let ci = *self.ci();
        let n = match ci.k {
            Kont::None => nargs,
            k => self.run_k(k, LUA_YIELD as KStatus, ci.ctx)?,
        };
        if self.hook.mask != 0 {
            self.hook_return(n)?;
        }
        self.poscall(n);
        self.unroll()
    }

    /// Finishes every interrupted frame, innermost first.
    fn unroll(&mut self) -> LResult<()> {
        while self.cis.len() > 1 {
            if self.ci().kind == FrameKind::Lua {
                self.finish_op()?;
                self.execute()?;
            } else {
                self.finish_ccall(LUA_YIELD as KStatus)?;
            }
        }
        Ok(())
    }

    /// Finishes a C frame through its continuation. A frame recovering
    /// from an error (`recst`) first closes its pending variables, which
    /// may yield (then this runs again on the next resume) or raise (then
    /// `recover` starts over with the new error).
    fn finish_ccall(&mut self, mut status: KStatus) -> LResult<()> {
        let ci = *self.ci();
        if ci.status & CIST_YPCALL != 0 {
            if ci.recst != 0 {
                // (The error object waits in slot `func`.)
                let func = ci.pc;
                let err = self.at(func);
                self.close_pending(func, err, true)?;
                let st = crate::vm::foreign::status_from_code(ci.recst as i32);
                self.err_value = err;
                self.set_error_object(func, st);
                status = st as KStatus;
                self.ci_mut().recst = 0;
            }
            // The protected call is over.
            self.ci_mut().status &= !CIST_YPCALL;
            self.errfunc = ci.nextra;
        }
        let n = match ci.k {
            // (Only frames that set a continuation can be crossed by a
            // yield; without one, the frame returns what is on its stack.)
            Kont::None => self.top - (ci.func + 1),
            k => self.run_k(k, status, ci.ctx)?,
        };
        if self.hook.mask != 0 {
            self.hook_return(n)?;
        }
        self.poscall(n);
        Ok(())
    }

    /// Calls a continuation for the current C frame; returns its result
    /// count.
    fn run_k(&mut self, k: Kont, status: KStatus, ctx: isize) -> LResult<usize> {
        // The results of the finished call may reach past the frame's top
        // (as after `lua_call` with LUA_MULTRET).
        if self.ci().top < self.top {
            self.ci_mut().top = self.top;
        }
        match k {
            Kont::None => Ok(0),
            Kont::Native(f) => f(self, status, ctx),
            Kont::Foreign(f) => crate::vm::foreign::call_foreign_k(self, f, status, ctx),
        }
    }

    /// Catches error `s` at the innermost yieldable protected call, if any:
    /// recovers there and finishes that frame and the rest through
    /// continuations. Returns the outcome of that, or `None` when no frame
    /// catches the error.
    fn recover(&mut self, s: Status) -> Option<LResult<()>> {
        let idx = self
            .cis
            .as_slice()
            .iter()
            .rposition(|ci| ci.status & CIST_YPCALL != 0)?;
        self.cis.truncate(idx + 1);
        self.nny = 0;
        // The error object waits in the called function's slot while the
        // frame closes its variables (`finish_ccall`).
        let func = self.ci().pc;
        let e = self.err_value;
        self.set_at(func, e);
        self.ci_mut().recst = s as i32 as u8;
        Some(self.unroll())
    }

    /// Completes the instruction of the current Lua frame that a yield
    /// interrupted (in a metamethod or a `__close`), taking the
    /// metamethod's result from the stack top.
    fn finish_op(&mut self) -> LResult<()> {
        let ci = *self.ci();
        let Value::LuaFn(cl) = self.at(ci.func) else {
            return Ok(());
        };
        if ci.pc == 0 {
            return Ok(());
        }
        // SAFETY: a live closure; `pc` is past the interrupted instruction.
        let code = unsafe { (*cl).proto().code.as_slice() };
        let i = code[ci.pc - 1];
        let base = ci.func + 1;
        let Some(op) = OpCode::from_u8(opc::op_raw(i)) else {
            return Ok(());
        };
        match op {
            OpCode::MmBin | OpCode::MmBinI | OpCode::MmBinK => {
                // The result goes to the arithmetic instruction's target.
                self.top -= 1;
                let v = self.at(self.top);
                let prev = code[ci.pc - 2];
                self.set_at(base + opc::a(prev) as usize, v);
            }
            OpCode::Unm
            | OpCode::BNot
            | OpCode::Len
            | OpCode::GetTabUp
            | OpCode::GetTable
            | OpCode::GetI
            | OpCode::GetField
            | OpCode::OpSelf => {
                self.top -= 1;
                let v = self.at(self.top);
                self.set_at(base + opc::a(i) as usize, v);
            }
            OpCode::Lt
            | OpCode::Le
            | OpCode::LtI
            | OpCode::LeI
            | OpCode::GtI
            | OpCode::GeI
            | OpCode::Eq => {
                let mut res = !self.at(self.top - 1).is_falsy();
                self.top -= 1;
                if ci.status & CIST_LEQ != 0 {
                    self.ci_mut().status &= !CIST_LEQ;
                    res = !res;
                }
                // The next instruction is the jump: skip it when the
                // condition fails, as the interpreter does.
                if res != opc::k(i) {
                    self.ci_mut().pc += 1;
                }
            }
            OpCode::Concat => {
                // The metamethod's result replaces the pair it joined; the
                // concatenation then goes on with what is left.
                let top = self.top - 1;
                let first = base + opc::a(i) as usize;
                let v = self.at(top);
                self.set_at(top - 2, v);
                self.top = top - 1;
                self.concat(self.top - first, first)?;
                // As the interpreter does after CONCAT.
                self.top = first + 1;
                self.check_gc();
            }
            OpCode::Close => {
                // Close the remaining variables: repeat the instruction.
                self.ci_mut().pc -= 1;
            }
            OpCode::Return => {
                // Repeat the return (it closes the remaining variables),
                // with `top` marking the values it returns.
                self.top = base + opc::a(i) as usize + ci.ctx as usize;
                self.ci_mut().pc -= 1;
            }
            _ => {}
        }
        Ok(())
    }
}
