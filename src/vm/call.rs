//! Calls and returns: frame setup (`precall`), result placement
//! (`poscall`), calls from Rust (`call`), and protected calls (`pcall`),
//! the one place that catches errors.
//!
//! Lua-to-Lua calls never recurse on the Rust stack: `precall` pushes a
//! frame and the interpreter loop continues in it. Rust recursion happens
//! only for native/C functions, metamethods called from Rust, and resumes,
//! and is bounded by `MAX_CCALLS` ("C stack overflow").
use crate::object::{CFunc, LuaClosure};
use crate::value::Value;
use crate::vm::debug::VarRef;
use crate::vm::error::{LResult, Status};
use crate::vm::opcode::TmEvent;
use crate::vm::state::{
    CIST_FRESH, CIST_YPCALL, CallInfo, FrameKind, KStatus, Kont, LUA_MINSTACK, LUA_OK, LuaState,
    MAX_CCALLS,
};

/// Result count meaning "all results".
pub const MULTRET: i32 = -1;

impl LuaState {
    /// Replaces a non-function at `func` by its `__call` metamethod,
    /// shifting the arguments up.
    #[cold]
    pub(crate) fn try_call_tm(&mut self, func: usize, r: VarRef) -> LResult<()> {
        let f = self.at(func);
        let tm = self.get_metamethod(&f, TmEvent::Call);
        if tm.is_nil() {
            let mut msg = b"attempt to call a ".to_vec();
            msg.extend_from_slice(self.obj_type_name(&f).as_slice());
            msg.extend_from_slice(b" value");
            msg.extend_from_slice(&crate::vm::debug::call_error_info(self, r));
            return Err(self.runtime_error_bytes(&msg));
        }
        self.insert_at(func, tm)
    }

    /// Starts a call of the value at `func` with arguments up to `top`.
    /// Native and C functions run to completion here (returns false);
    /// for a Lua function a frame is pushed and true is returned: the
    /// caller must run it (`execute`).
    pub fn precall(&mut self, func: usize, nresults: i32, r: VarRef) -> LResult<bool> {
        let mut guard = 0;
        loop {
            match self.at(func) {
                Value::LuaFn(cl) => {
                    self.push_lua_frame(cl, func, nresults)?;
                    return Ok(true);
                }
                Value::Native(f) => {
                    self.call_native(CFunc::Native(f), func, nresults)?;
                    return Ok(false);
                }
                Value::CClosure(c) => {
                    // SAFETY: a live closure.
                    let f = unsafe { (*c).func };
                    self.call_native(f, func, nresults)?;
                    return Ok(false);
                }
                Value::LightC(f) => {
                    self.call_native(CFunc::Foreign(f), func, nresults)?;
                    return Ok(false);
                }
                _ => {
                    guard += 1;
                    if guard > 1 && guard % 64 == 0 {
                        self.ensure_stack(1)?;
                    }
                    self.try_call_tm(func, if guard == 1 { r } else { VarRef::None })?;
                }
            }
        }
    }

    /// Pushes the frame of a Lua function whose arguments are in place.
    #[inline(always)]
    pub fn push_lua_frame(
        &mut self,
        cl: *mut LuaClosure,
        func: usize,
        nresults: i32,
    ) -> LResult<()> {
        // SAFETY: a live closure and its prototype.
        let p = unsafe { &*(*cl).proto };
        let nparams = p.num_params as usize;
        let fsize = p.max_stack as usize;
        let nargs = self.top - func - 1;
        if self.top + fsize + crate::vm::state::EXTRA_STACK >= self.stack_size {
            self.ensure_stack(fsize)?;
        }
        // Missing parameters are nil.
        for i in nargs..nparams {
            self.set_at(func + 1 + i, Value::Nil);
        }
        if nargs < nparams {
            self.top = func + 1 + nparams;
        }
        let ci = CallInfo {
            func,
            top: func + 1 + fsize,
            pc: 0,
            nresults,
            nextra: 0,
            kind: FrameKind::Lua,
            status: 0,
            k: Kont::None,
            recst: 0,
            ctx: 0,
        };
        let g = self.g;
        // SAFETY: the global state outlives the thread; no other reference to the allocator is live.
        let r = self.cis.push(unsafe { &mut (*g).heap.alloc }, ci);
        r.map_err(|_| self.memory_error())?;
        Ok(())
    }

    /// Runs a native or C function at `func` and places its results.
    #[inline(always)]
    pub(crate) fn call_native(&mut self, f: CFunc, func: usize, nresults: i32) -> LResult<()> {
        self.ensure_stack(LUA_MINSTACK)?;
        let ci = CallInfo {
            func,
            top: self.top + LUA_MINSTACK,
            pc: 0,
            nresults,
            nextra: 0,
            kind: FrameKind::C,
            status: 0,
            k: Kont::None,
            recst: 0,
            ctx: 0,
        };
        let g = self.g;
        // SAFETY: the global state outlives the thread; no other reference to the allocator is live.
        let r = self.cis.push(unsafe { &mut (*g).heap.alloc }, ci);
        r.map_err(|_| self.memory_error())?;
        if self.hook.mask != 0 {
            self.hook_c_call(self.top - func - 1)?;
        }
        let n = match f {
            CFunc::Native(nf) => nf(self)?,
            CFunc::Foreign(cf) => crate::vm::foreign::call_foreign(self, cf)?,
        };
        if self.hook.mask != 0 {
            self.hook_return(n)?;
        }
        self.poscall(n);
        Ok(())
    }

    /// Finishes the current frame: moves its `n` results (on top of the
    /// stack) to where the function was, adjusting to the wanted count, and
    /// pops the frame.
    #[inline]
    pub fn poscall(&mut self, n: usize) {
        let ci = self.ci();
        let res = ci.func;
        let wanted = ci.nresults;
        let first = self.top - n;
        // SAFETY: the frame being finished is not the base frame.
        unsafe { self.cis.discard_last() };
        // The common case: one result wanted and given.
        if wanted == 1 && n == 1 {
            let v = self.at(first);
            self.set_at(res, v);
            self.top = res + 1;
            return;
        }
        if wanted == MULTRET {
            for i in 0..n {
                let v = self.at(first + i);
                self.set_at(res + i, v);
            }
            self.top = res + n;
        } else {
            let wanted = wanted as usize;
            for i in 0..wanted.min(n) {
                let v = self.at(first + i);
                self.set_at(res + i, v);
            }
            for i in n..wanted {
                self.set_at(res + i, Value::Nil);
            }
            self.top = res + wanted;
        }
    }

    /// Counts a Rust-level call. At the limit the call fails with "C stack
    /// overflow"; past it, calls are allowed a little more room so that
    /// the error can be handled, and fail with LUA_ERRERR beyond that.
    #[inline]
    pub fn enter_ccall(&mut self) -> LResult<()> {
        self.n_ccalls += 1;
        if self.n_ccalls >= MAX_CCALLS
            && let Err(s) = self.cstack_overflow()
        {
            self.n_ccalls -= 1;
            return Err(s);
        }
        Ok(())
    }

    /// The check of `enter_ccall` without counting a call (the reference's
    /// `ccall` with no increment, as when a coroutine body starts).
    #[inline]
    pub fn check_ccalls(&mut self) -> LResult<()> {
        if self.n_ccalls >= MAX_CCALLS {
            return self.cstack_overflow();
        }
        Ok(())
    }

    #[cold]
    fn cstack_overflow(&mut self) -> LResult<()> {
        if self.n_ccalls == MAX_CCALLS {
            Err(self.runtime_error("C stack overflow"))
        } else if self.n_ccalls >= MAX_CCALLS / 10 * 11 {
            Err(self.raise_error_in_error())
        } else {
            Ok(())
        }
    }

    /// Calls the value at `func` with the arguments above it, from Rust.
    /// The callee cannot yield ("attempt to yield across a C-call
    /// boundary"): the Rust caller's activation could not be resumed.
    pub fn call(&mut self, func: usize, nresults: i32) -> LResult<()> {
        self.enter_ccall()?;
        self.nny += 1;
        let r = self.call_unprotected_body(func, nresults);
        self.nny -= 1;
        self.n_ccalls -= 1;
        r
    }

    /// A call the callee may yield across: the caller either has nothing
    /// left to do but take the results, or has set a continuation in its
    /// frame (or, for the interpreter, `finish_op` completes its
    /// instruction on resume).
    pub fn call_yieldable(&mut self, func: usize, nresults: i32) -> LResult<()> {
        self.enter_ccall()?;
        let r = self.call_unprotected_body(func, nresults);
        self.n_ccalls -= 1;
        r
    }

    /// Runs a call to completion without touching the call counters.
    pub fn call_unprotected_body(&mut self, func: usize, nresults: i32) -> LResult<()> {
        if self.precall(func, nresults, VarRef::None)? {
            self.ci_mut().status |= CIST_FRESH;
            self.execute()?;
        }
        Ok(())
    }

    /// Calls a metamethod or `__close` for the running code: yieldable when
    /// the running frame is a Lua frame (the interpreter finishes the
    /// interrupted instruction on resume), not otherwise (library code and
    /// the C API).
    pub fn call_tm_at(&mut self, func: usize, nresults: i32) -> LResult<()> {
        if self.ci().kind == FrameKind::Lua {
            self.call_yieldable(func, nresults)
        } else {
            self.call(func, nresults)
        }
    }

    /// Calls metamethod `f` with `args`, returning its first result, which
    /// is also left in the slot above the stack top (`finish_op` reads it
    /// there after a yield).
    pub fn call_tm(&mut self, f: Value, args: &[Value]) -> LResult<Value> {
        let func = self.push_call(f, args)?;
        self.call_tm_at(func, 1)?;
        self.top -= 1;
        Ok(self.at(self.top))
    }

    /// Pushes `f` and `args` above the stack top; returns the function slot.
    fn push_call(&mut self, f: Value, args: &[Value]) -> LResult<usize> {
        self.ensure_stack(args.len() + 1)?;
        let func = self.top;
        self.push(f);
        for &a in args {
            self.push(a);
        }
        Ok(func)
    }

    /// Calls `f` with `args` (not yieldable), returning its first result.
    pub fn call_value(&mut self, f: Value, args: &[Value]) -> LResult<Value> {
        let func = self.push_call(f, args)?;
        self.call(func, 1)?;
        self.top -= 1;
        Ok(self.at(self.top))
    }

    /// A call from a C frame with continuation `k` (`lua_callk`): the
    /// callee may yield when `k` is set and the thread can yield; then `k`
    /// finishes the C frame on resume.
    pub fn call_k(&mut self, func: usize, nresults: i32, ctx: isize, k: Kont) -> LResult<()> {
        if !self.yieldable_with(&k) {
            return self.call(func, nresults);
        }
        let ci = self.ci_mut();
        ci.k = k;
        ci.ctx = ctx;
        self.call_yieldable(func, nresults)
    }

    /// Calls the function at `func` in protected mode. On error, the stack
    /// is unwound to `func`, the error object (passed through the message
    /// handler at `errfunc`, if any) is left at `func`, and the status is
    /// returned.
    pub fn pcall(&mut self, func: usize, nresults: i32, errfunc: usize) -> Result<(), Status> {
        let saved_ci = self.cis.len();
        let saved_errfunc = self.errfunc;
        let saved_ccalls = self.n_ccalls;
        let saved_nny = self.nny;
        self.errfunc = errfunc;
        let r = self.call(func, nresults);
        match r {
            Ok(()) => {
                self.errfunc = saved_errfunc;
                Ok(())
            }
            Err(Status::Yield) => {
                self.errfunc = saved_errfunc;
                Err(Status::Yield)
            }
            Err(status) => {
                self.n_ccalls = saved_ccalls;
                self.nny = saved_nny;
                self.cis.truncate(saved_ci);
                Err(self.recover_at(func, status, saved_errfunc))
            }
        }
    }

    /// A protected call from a C frame with continuation `k` (`pcall`,
    /// `lua_pcallk`). When the thread can yield (it runs inside a resume),
    /// the callee may: the frame is marked `CIST_YPCALL` with what recovery
    /// needs, and an error in the callee, like a yield, unwinds to the
    /// resume, which recovers at this frame and finishes it through `k`
    /// (as the reference does; `vm::resume`). Returns the status of a call
    /// that ended here (`LUA_OK`, or the error caught, whose object is left
    /// at `func`).
    pub fn pcall_k(
        &mut self,
        func: usize,
        nresults: i32,
        errfunc: usize,
        ctx: isize,
        k: Kont,
    ) -> LResult<KStatus> {
        if !self.yieldable_with(&k) {
            return match self.pcall(func, nresults, errfunc) {
                Ok(()) => Ok(LUA_OK as KStatus),
                Err(Status::Yield) => Err(Status::Yield),
                Err(s) => Ok(s as KStatus),
            };
        }
        let old_errfunc = self.errfunc;
        let ci = self.ci_mut();
        ci.k = k;
        ci.ctx = ctx;
        ci.pc = func;
        ci.nextra = old_errfunc;
        ci.status |= CIST_YPCALL;
        self.errfunc = errfunc;
        self.call_yieldable(func, nresults)?;
        self.ci_mut().status &= !CIST_YPCALL;
        self.errfunc = old_errfunc;
        Ok(LUA_OK as KStatus)
    }

    /// After an error caught by a protected call of the function at `func`
    /// (frames above the catching one already popped): runs pending
    /// to-be-closed variables and closes upvalues, still under the call's
    /// message handler, then leaves the error object at `func`, restores
    /// the handler and returns the final status.
    pub fn recover_at(&mut self, func: usize, status: Status, old_errfunc: usize) -> Status {
        let status = self.close_protected(func, status);
        self.errfunc = old_errfunc;
        self.set_error_object(func, status);
        status
    }

    /// Leaves the error object of `status` (`err_value`, or "error in
    /// error handling") at `func` as the stack's top value, and shrinks a
    /// stack grown by an overflow (the reference's `luaD_seterrorobj`).
    pub fn set_error_object(&mut self, func: usize, status: Status) {
        if status == Status::ErrErr
            && let Ok(s) = self.heap().new_string(b"error in error handling")
        {
            self.err_value = Value::Str(s);
        }
        let ev = self.err_value;
        self.set_at(func, ev);
        self.top = func + 1;
        self.shrink_stack();
    }

    /// Whether a call with continuation `k` may be crossed by a yield: the
    /// thread runs inside a resume and nothing non-yieldable is active.
    fn yieldable_with(&self, k: &Kont) -> bool {
        !matches!(k, Kont::None) && self.nny == 0 && self.resuming
    }
}
