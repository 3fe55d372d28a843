//! The interpreter loop.
//!
//! Rules that hold throughout:
//! 1. Any call, metamethod, allocation of stack or table growth may
//!    reallocate the stack: `base` is re-derived after every such operation
//!    (the `protect!` macro does it).
//! 2. Before anything that can raise an error or call out, the current pc is
//!    saved in the frame (`ci.pc`), so error positions and debug names are
//!    right, and `top` is set to the frame's top so the callee's stack lies
//!    above every live register.
//! 3. Lua-to-Lua calls and returns switch frames inside this loop
//!    (`continue 'newframe`); the Rust stack grows only for native functions
//!    and metamethods.
//! 4. The collector runs only at the instructions that allocate
//!    (NEWTABLE, CONCAT, CLOSURE) and after native calls, with `top` set so
//!    that every live register is below it.
//!
//! Each arm is written fast path first; slow paths call out-of-line
//! functions in `meta`, `call` and `arith`.
use crate::lib::base as lib_base;
use crate::number;
use crate::object::table::Slot;
use crate::object::{LuaClosure, Table};
use crate::value::{NativeFn, Value};
use crate::vm::arith;
use crate::vm::debug::VarRef;
use crate::vm::error::LResult;
use crate::vm::hook;
use crate::vm::opcode::{self as opc, OpCode, TmEvent};
use crate::vm::state::{CIST_FRESH, CIST_TAIL, LuaState};

impl LuaState {
    /// Runs the Lua frame on top of the call stack (marked `CIST_FRESH`)
    /// until it returns: in the plain loop, or in the hooked loop while the
    /// thread has a debug hook (the loops hand over to each other where a
    /// hook can have been set or removed).
    pub fn execute(&mut self) -> LResult<()> {
        loop {
            let done = if self.hook.mask != 0 {
                self.execute_loop::<true>()?
            } else {
                self.execute_loop::<false>()?
            };
            if done {
                return Ok(());
            }
        }
    }

    /// The interpreter loop. Returns true when the fresh frame returned,
    /// false to switch between the plain and the hooked loop (the frame on
    /// top then resumes at its saved pc).
    fn execute_loop<const HOOKED: bool>(&mut self) -> LResult<bool> {
        // The running frame's state, loaded at `'newframe` from the frame
        // on top of the call stack (or set directly by a Lua-to-Lua call).
        let mut cl: &LuaClosure;
        let mut code: *const opc::Instruction;
        let mut k: *const Value;
        let mut pc: usize;
        let mut base_idx: usize;
        let mut base: *mut Value;
        'newframe: loop {
            let func_idx = self.ci().func;
            let Value::LuaFn(clp) = self.at(func_idx) else {
                return Err(self.runtime_error("internal error: not a Lua frame"));
            };
            // SAFETY: the running closure and its prototype are live (the
            // function slot roots them); the code and constants never move.
            cl = unsafe { &*clp };
            code = cl.proto().code.as_ptr();
            k = cl.proto().k.as_ptr();
            pc = self.ci().pc;
            base_idx = func_idx + 1;
            // SAFETY: the frame's registers are inside the stack.
            base = unsafe { self.stack.add(base_idx) };
            // (The plain loop notices a new hook after the calls that can
            // set one: see `hook_switch!`.)
            if HOOKED && self.hook.mask == 0 {
                return Ok(false);
            }
            if HOOKED && pc == 0 && !cl.proto().is_vararg {
                // (Vararg functions call it after VARARGPREP.)
                self.hook_call()?;
                // SAFETY: as above (the hook may have moved the stack).
                base = unsafe { self.stack.add(base_idx) };
            }

            macro_rules! reg {
                ($n:expr) => {{
                    // SAFETY: register operands are below max_stack, which
                    // the frame's stack allocation covers.
                    #[allow(unused_unsafe)]
                    let r = unsafe { &mut *base.add($n as usize) };
                    r
                }};
            }
            // Raw pointer to a register: used where two registers are live at
            // once, so no two `&mut` can alias.
            macro_rules! vp {
                ($n:expr) => {{
                    // SAFETY: as in `reg!`.
                    #[allow(unused_unsafe)]
                    let p = unsafe { base.add($n as usize) };
                    p
                }};
            }
            macro_rules! kp {
                ($n:expr) => {{
                    // SAFETY: as in `kst!`.
                    #[allow(unused_unsafe)]
                    let p = unsafe { k.add($n as usize) };
                    p
                }};
            }
            macro_rules! kst {
                ($n:expr) => {
                    // SAFETY: constant operands index the constant table.
                    unsafe { *k.add($n as usize) }
                };
            }
            macro_rules! savepc {
                () => {
                    self.ci_mut().pc = pc;
                };
            }
            macro_rules! rebase {
                () => {
                    base_idx = self.ci().func + 1;
                    // SAFETY: as above.
                    #[allow(unused_unsafe)]
                    let b = unsafe { self.stack.add(base_idx) };
                    base = b;
                };
            }
            // Runs a slow operation: saves pc, sets top, re-derives base.
            macro_rules! protect {
                ($e:expr) => {{
                    savepc!();
                    self.top = self.ci().top;
                    let r = $e;
                    rebase!();
                    r?
                }};
            }
            // After a call that may have set or removed a hook: hand over
            // to the other loop (the frame's pc is saved).
            macro_rules! hook_switch {
                () => {
                    if (self.hook.mask != 0) != HOOKED {
                        savepc!();
                        return Ok(false);
                    }
                };
            }
            // The return hook (hooked loop): the `n` results are on top.
            macro_rules! hook_return {
                ($n:expr) => {
                    if HOOKED {
                        savepc!();
                        self.hook_return($n)?;
                    }
                };
            }
            macro_rules! next_jump {
                () => {{
                    // SAFETY: a test is always followed by a jump.
                    let ni = unsafe { *code.add(pc) };
                    pc = (pc as i64 + opc::sj(ni) as i64 + 1) as usize;
                }};
            }
            macro_rules! cond_jump {
                ($cond:expr, $i:expr) => {{
                    if $cond != opc::k($i) {
                        pc += 1;
                    } else {
                        next_jump!();
                    }
                }};
            }
            // The arithmetic macros take pointers to their operands (registers
            // or constants) and match on the places, so values stay in
            // registers; on success they skip the following MMBIN.
            macro_rules! arith_op {
                ($i:expr, $xp:expr, $yp:expr, $iop:expr, $fop:expr) => {{
                    // SAFETY: operand pointers address registers or constants.
                    let (x, y) = unsafe { (&*$xp, &*$yp) };
                    match (x, y) {
                        (Value::Int(a), Value::Int(b)) => {
                            *reg!(opc::a($i)) = Value::Int($iop(*a, *b));
                            pc += 1;
                        }
                        (Value::Float(a), Value::Float(b)) => {
                            *reg!(opc::a($i)) = Value::Float($fop(*a, *b));
                            pc += 1;
                        }
                        (Value::Int(a), Value::Float(b)) => {
                            *reg!(opc::a($i)) = Value::Float($fop(*a as f64, *b));
                            pc += 1;
                        }
                        (Value::Float(a), Value::Int(b)) => {
                            *reg!(opc::a($i)) = Value::Float($fop(*a, *b as f64));
                            pc += 1;
                        }
                        _ => {}
                    }
                }};
            }
            macro_rules! float_op {
                ($i:expr, $xp:expr, $yp:expr, $fop:expr) => {{
                    // SAFETY: as in `arith_op!`.
                    let (x, y) = unsafe { (&*$xp, &*$yp) };
                    if let (Some(a), Some(b)) = (arith::to_number(x), arith::to_number(y)) {
                        *reg!(opc::a($i)) = Value::Float($fop(a, b));
                        pc += 1;
                    }
                }};
            }
            // `//` and `%`: integer division by zero raises; everything
            // else is computed inline.
            macro_rules! div_op {
                ($i:expr, $xp:expr, $yp:expr, $ev:expr, $iop:expr, $fop:expr) => {{
                    // SAFETY: as in `arith_op!`.
                    let (x, y) = unsafe { (&*$xp, &*$yp) };
                    match (x, y) {
                        (Value::Int(a), Value::Int(b)) => {
                            if *b != 0 {
                                *reg!(opc::a($i)) = Value::Int($iop(*a, *b));
                                pc += 1;
                            } else {
                                let (x, y) = (*x, *y);
                                let dest = base_idx + opc::a($i) as usize;
                                protect!(self.arith_into(
                                    dest,
                                    $ev,
                                    x,
                                    y,
                                    VarRef::None,
                                    VarRef::None
                                ));
                                pc += 1;
                            }
                        }
                        (Value::Float(a), Value::Float(b)) => {
                            *reg!(opc::a($i)) = Value::Float($fop(*a, *b));
                            pc += 1;
                        }
                        (Value::Int(a), Value::Float(b)) => {
                            *reg!(opc::a($i)) = Value::Float($fop(*a as f64, *b));
                            pc += 1;
                        }
                        (Value::Float(a), Value::Int(b)) => {
                            *reg!(opc::a($i)) = Value::Float($fop(*a, *b as f64));
                            pc += 1;
                        }
                        _ => {}
                    }
                }};
            }
            macro_rules! bit_op {
                ($i:expr, $xp:expr, $yp:expr, $op:expr) => {{
                    // SAFETY: as in `arith_op!`.
                    let (x, y) = unsafe { (&*$xp, &*$yp) };
                    if let (Value::Int(a), Value::Int(b)) = (x, y) {
                        *reg!(opc::a($i)) = Value::Int($op(*a, *b));
                        pc += 1;
                    } else if let (Ok(a), Ok(b)) =
                        (arith::to_integer_strict(x), arith::to_integer_strict(y))
                    {
                        *reg!(opc::a($i)) = Value::Int($op(a, b));
                        pc += 1;
                    }
                }};
            }
            macro_rules! order_op {
                ($i:expr, $le:expr) => {{
                    // SAFETY: two registers of this frame, only read.
                    let (pa, pb) = unsafe { (&*vp!(opc::a($i)), &*vp!(opc::b($i))) };
                    let r = match (pa, pb) {
                        (Value::Int(x), Value::Int(y)) => {
                            if $le {
                                x <= y
                            } else {
                                x < y
                            }
                        }
                        _ => match if $le {
                            arith::num_le(pa, pb)
                        } else {
                            arith::num_lt(pa, pb)
                        } {
                            Some(r) => r,
                            None => {
                                let (a, b) = (*pa, *pb);
                                protect!(self.less(a, b, $le))
                            }
                        },
                    };
                    cond_jump!(r, $i);
                }};
            }
            macro_rules! order_imm {
                ($i:expr, $cmp_i:expr, $cmp_f:expr, $ev:expr, $flip:expr) => {{
                    let pa: &Value = reg!(opc::a($i));
                    let im = opc::sb($i) as i64;
                    let r = match pa {
                        Value::Int(x) => $cmp_i(*x, im),
                        Value::Float(f) => $cmp_f(*f, im as f64),
                        _ => {
                            let a = *pa;
                            let imv = if opc::c($i) != 0 {
                                Value::Float(im as f64)
                            } else {
                                Value::Int(im)
                            };
                            let (x, y) = if $flip { (imv, a) } else { (a, imv) };
                            protect!(self.less(x, y, $ev))
                        }
                    };
                    cond_jump!(r, $i);
                }};
            }

            loop {
                // SAFETY: pc stays inside the code: every path ends in a return.
                let i = unsafe { *code.add(pc) };
                pc += 1;
                // SAFETY: code comes from our compiler or a verified chunk,
                // so every opcode number is valid.
                let op: OpCode = unsafe { std::mem::transmute::<u8, OpCode>(opc::op_raw(i)) };
                if HOOKED
                    && op != OpCode::VarArgPrep
                    && self.hook.mask & (hook::MASK_LINE | hook::MASK_COUNT) != 0
                {
                    savepc!();
                    self.trace_exec(pc - 1)?;
                    rebase!();
                }
                match op {
                    OpCode::Move => {
                        // SAFETY: registers of this frame (copy, possibly onto itself).
                        unsafe { crate::value::copy_value(vp!(opc::b(i)), vp!(opc::a(i))) };
                    }
                    OpCode::LoadI => {
                        *reg!(opc::a(i)) = Value::Int(opc::sbx(i) as i64);
                    }
                    OpCode::LoadF => {
                        *reg!(opc::a(i)) = Value::Float(opc::sbx(i) as f64);
                    }
                    OpCode::LoadK => {
                        // SAFETY: a constant into a register.
                        unsafe { crate::value::copy_value(kp!(opc::bx(i)), vp!(opc::a(i))) };
                    }
                    OpCode::LoadKX => {
                        // SAFETY: LOADKX is followed by EXTRAARG.
                        let ni = unsafe { *code.add(pc) };
                        pc += 1;
                        *reg!(opc::a(i)) = kst!(opc::ax(ni));
                    }
                    OpCode::LoadFalse => {
                        *reg!(opc::a(i)) = Value::Bool(false);
                    }
                    OpCode::LFalseSkip => {
                        *reg!(opc::a(i)) = Value::Bool(false);
                        pc += 1;
                    }
                    OpCode::LoadTrue => {
                        *reg!(opc::a(i)) = Value::Bool(true);
                    }
                    OpCode::LoadNil => {
                        let a = opc::a(i);
                        for r in a..=a + opc::b(i) {
                            *reg!(r) = Value::Nil;
                        }
                    }
                    OpCode::GetUpval => {
                        // SAFETY: upvalue indices are below nupvals; upvalues are live.
                        let uv = unsafe { &**cl.upvals().get_unchecked(opc::b(i) as usize) };
                        *reg!(opc::a(i)) = uv.get();
                    }
                    OpCode::SetUpval => {
                        // SAFETY: as above.
                        let uvp = unsafe { *cl.upvals().get_unchecked(opc::b(i) as usize) };
                        let v = *reg!(opc::a(i));
                        // SAFETY: as above.
                        unsafe { (*uvp).set(v) };
                        self.barrier_value(uvp as *mut crate::gc::GcHeader, v);
                    }
                    OpCode::GetTabUp => {
                        // SAFETY: upvalue indices are below nupvals; upvalues are live.
                        let t = unsafe { (**cl.upvals().get_unchecked(opc::b(i) as usize)).v };
                        // Fast path: a table and a short-string constant key present.
                        // SAFETY: `t` points at a live value; constants are live.
                        unsafe {
                            if let (Value::Table(h), Value::Str(s)) = (&*t, &*kp!(opc::c(i))) {
                                let slot = (**h).short_str_slot(*s);
                                if !slot.is_null() && !(*slot).is_nil() {
                                    crate::value::copy_value(slot, vp!(opc::a(i)));
                                    continue;
                                }
                            }
                        }
                        // SAFETY: as above.
                        let (tv, key) = unsafe { (*t, *kp!(opc::c(i))) };
                        let r = VarRef::Upval(opc::b(i) as usize);
                        protect!(self.get_into(base_idx + opc::a(i) as usize, tv, key, r));
                    }
                    OpCode::GetTable => {
                        let (rb, rc) = (vp!(opc::b(i)), vp!(opc::c(i)));
                        // Fast path: an integer key in the array part or a
                        // short-string key in the hash part, present.
                        // SAFETY: registers of this frame; a live table.
                        unsafe {
                            if let Value::Table(h) = &*rb {
                                let slot = fast_slot(&**h, &*rc);
                                if !slot.is_null() && !(*slot).is_nil() {
                                    crate::value::copy_value(slot, vp!(opc::a(i)));
                                    continue;
                                }
                            }
                        }
                        // SAFETY: as above.
                        let (tv, key) = unsafe { (*rb, *rc) };
                        let r = VarRef::Reg(opc::b(i) as usize);
                        protect!(self.get_into(base_idx + opc::a(i) as usize, tv, key, r));
                    }
                    OpCode::GetI => {
                        let rb = vp!(opc::b(i));
                        let n = opc::c(i) as i64;
                        // SAFETY: a register of this frame; a live table.
                        unsafe {
                            if let Value::Table(h) = &*rb
                                && let Some(slot) = (**h).array_slot(n)
                                && !(*slot).is_nil()
                            {
                                crate::value::copy_value(slot, vp!(opc::a(i)));
                                continue;
                            }
                        }
                        // SAFETY: as above.
                        let tv = unsafe { *rb };
                        let r = VarRef::Reg(opc::b(i) as usize);
                        protect!(self.get_into(
                            base_idx + opc::a(i) as usize,
                            tv,
                            Value::Int(n),
                            r
                        ));
                    }
                    OpCode::GetField => {
                        let rb = vp!(opc::b(i));
                        // SAFETY: a register and a constant; a live table.
                        unsafe {
                            if let (Value::Table(h), Value::Str(s)) = (&*rb, &*kp!(opc::c(i))) {
                                let slot = (**h).short_str_slot(*s);
                                if !slot.is_null() && !(*slot).is_nil() {
                                    crate::value::copy_value(slot, vp!(opc::a(i)));
                                    continue;
                                }
                            }
                        }
                        // SAFETY: as above.
                        let (tv, key) = unsafe { (*rb, *kp!(opc::c(i))) };
                        let r = VarRef::Reg(opc::b(i) as usize);
                        protect!(self.get_into(base_idx + opc::a(i) as usize, tv, key, r));
                    }
                    OpCode::SetTabUp => {
                        // SAFETY: as in GETTABUP.
                        let t = unsafe { (**cl.upvals().get_unchecked(opc::a(i) as usize)).get() };
                        let key = kst!(opc::b(i));
                        let v = if opc::k(i) {
                            kst!(opc::c(i))
                        } else {
                            *reg!(opc::c(i))
                        };
                        if let Some(h) = fast_set(t, key, v) {
                            self.barrier_back(h);
                        } else {
                            protect!(self.set_index(t, key, v, VarRef::Upval(opc::a(i) as usize)));
                        }
                    }
                    OpCode::SetTable => {
                        let (ra, rb) = (vp!(opc::a(i)), vp!(opc::b(i)));
                        let rc = if opc::k(i) {
                            kp!(opc::c(i))
                        } else {
                            vp!(opc::c(i)) as *const Value
                        };
                        // Fast path: the key's slot exists, and either holds a
                        // value or the table has no metatable (so no __newindex).
                        // SAFETY: registers/constants of this frame; a live table.
                        unsafe {
                            if let Value::Table(h) = &*ra {
                                let slot = fast_slot(&**h, &*rb);
                                let plain = (**h).metatable.is_null();
                                if !slot.is_null() && (!(*slot).is_nil() || plain) {
                                    if (*slot).is_nil() {
                                        // (As in SETFIELD.)
                                        (**h).flags = 0;
                                    }
                                    crate::value::copy_value(rc, slot);
                                    self.barrier_back(*h);
                                    continue;
                                }
                                // A new short-string key in a table without
                                // metatable: `fast_slot` has walked its chain.
                                if plain
                                    && let Value::Str(s) = *rb
                                    && (*s).is_short()
                                {
                                    let (h, v) = (*h, *rc);
                                    if !v.is_nil() {
                                        protect!(self.insert_absent(h, Value::Str(s), v));
                                    }
                                    continue;
                                }
                            }
                        }
                        // SAFETY: as above.
                        let (t, key, v) = unsafe { (*ra, *rb, *rc) };
                        protect!(self.set_index(t, key, v, VarRef::Reg(opc::a(i) as usize)));
                    }
                    OpCode::SetI => {
                        let ra = vp!(opc::a(i));
                        let rc = if opc::k(i) {
                            kp!(opc::c(i))
                        } else {
                            vp!(opc::c(i)) as *const Value
                        };
                        let n = opc::b(i) as i64;
                        // SAFETY: as in SETTABLE.
                        unsafe {
                            if let Value::Table(h) = &*ra
                                && let Some(slot) = (**h).array_slot(n)
                                && (!(*slot).is_nil() || (**h).metatable.is_null())
                            {
                                crate::value::copy_value(rc, slot);
                                self.barrier_back(*h);
                                continue;
                            }
                        }
                        // SAFETY: as above.
                        let (t, v) = unsafe { (*ra, *rc) };
                        let key = Value::Int(n);
                        if let Some(h) = fast_set(t, key, v) {
                            self.barrier_back(h);
                        } else {
                            protect!(self.set_index(t, key, v, VarRef::Reg(opc::a(i) as usize)));
                        }
                    }
                    OpCode::SetField => {
                        let ra = vp!(opc::a(i));
                        let rc = if opc::k(i) {
                            kp!(opc::c(i))
                        } else {
                            vp!(opc::c(i)) as *const Value
                        };
                        // Fast paths: the key is present with a non-nil value,
                        // or the table has no metatable (no `__newindex`): then
                        // the entry is written, or a new key inserted.
                        // SAFETY: as in SETTABLE; SETFIELD keys are short strings.
                        unsafe {
                            if let (Value::Table(h), Value::Str(s)) = (&*ra, &*kp!(opc::b(i))) {
                                let slot = (**h).short_str_slot(*s);
                                let plain = (**h).metatable.is_null();
                                if !slot.is_null() && !(*slot).is_nil() {
                                    crate::value::copy_value(rc, slot);
                                    self.barrier_back(*h);
                                    continue;
                                }
                                if !slot.is_null() && plain {
                                    // A dead key comes back: the table may be
                                    // a metatable whose cache says it is absent.
                                    (**h).flags = 0;
                                    crate::value::copy_value(rc, slot);
                                    self.barrier_back(*h);
                                    continue;
                                }
                                if plain {
                                    let (h, key, v) = (*h, Value::Str(*s), *rc);
                                    if !v.is_nil() {
                                        protect!(self.insert_absent(h, key, v));
                                    }
                                    continue;
                                }
                            }
                        }
                        // SAFETY: as above.
                        let (t, key, v) = unsafe { (*ra, *kp!(opc::b(i)), *rc) };
                        protect!(self.set_index(t, key, v, VarRef::Reg(opc::a(i) as usize)));
                    }
                    OpCode::NewTable => {
                        let a = opc::a(i);
                        let b = opc::b(i);
                        let mut c = opc::c(i) as usize;
                        let nhash = if b > 0 { 1usize << (b - 1) } else { 0 };
                        if opc::k(i) {
                            // SAFETY: NEWTABLE is followed by EXTRAARG.
                            let ni = unsafe { *code.add(pc) };
                            c += opc::ax(ni) as usize * (opc::MAXARG_C as usize + 1);
                        }
                        pc += 1;
                        let t = protect!(self.new_table(c, nhash));
                        *reg!(a) = Value::Table(t);
                        self.top = base_idx + a as usize + 1;
                        self.check_gc();
                        // Finalizers may have run and grown the stack.
                        rebase!();
                    }
                    OpCode::OpSelf => {
                        let rb = vp!(opc::b(i));
                        let rc = if opc::k(i) {
                            kp!(opc::c(i))
                        } else {
                            vp!(opc::c(i)) as *const Value
                        };
                        // SAFETY: registers/constants of this frame; live objects.
                        unsafe {
                            crate::value::copy_value(rb, vp!(opc::a(i) + 1));
                            if let (Value::Table(h), Value::Str(s)) = (&*rb, &*rc)
                                && (**s).is_short()
                            {
                                let slot = (**h).short_str_slot(*s);
                                if !slot.is_null() && !(*slot).is_nil() {
                                    crate::value::copy_value(slot, vp!(opc::a(i)));
                                    continue;
                                }
                                // The usual method lookup: one `__index`
                                // table (the class) holding the method.
                                let mt = (**h).metatable;
                                if slot.is_null() && !mt.is_null() {
                                    let name = self.g().tm_names[TmEvent::Index as usize];
                                    let ix = (*mt).short_str_slot(name);
                                    if !ix.is_null()
                                        && let Value::Table(c) = *ix
                                    {
                                        let m = (*c).short_str_slot(*s);
                                        if !m.is_null() && !(*m).is_nil() {
                                            crate::value::copy_value(m, vp!(opc::a(i)));
                                            continue;
                                        }
                                    }
                                }
                            }
                        }
                        // SAFETY: as above.
                        let (t, key) = unsafe { (*rb, *rc) };
                        let r = VarRef::Reg(opc::b(i) as usize);
                        protect!(self.get_into(base_idx + opc::a(i) as usize, t, key, r));
                    }
                    OpCode::AddI => {
                        let x: &Value = reg!(opc::b(i));
                        let imm = opc::sc(i) as i64;
                        match *x {
                            Value::Int(a) => {
                                *reg!(opc::a(i)) = Value::Int(a.wrapping_add(imm));
                                pc += 1;
                            }
                            Value::Float(f) => {
                                *reg!(opc::a(i)) = Value::Float(f + imm as f64);
                                pc += 1;
                            }
                            _ => {}
                        }
                    }
                    OpCode::AddK => arith_op!(
                        i,
                        vp!(opc::b(i)),
                        kp!(opc::c(i)),
                        i64::wrapping_add,
                        |a, b| a + b
                    ),
                    OpCode::SubK => arith_op!(
                        i,
                        vp!(opc::b(i)),
                        kp!(opc::c(i)),
                        i64::wrapping_sub,
                        |a, b| a - b
                    ),
                    OpCode::MulK => arith_op!(
                        i,
                        vp!(opc::b(i)),
                        kp!(opc::c(i)),
                        i64::wrapping_mul,
                        |a, b| a * b
                    ),
                    OpCode::ModK => div_op!(
                        i,
                        vp!(opc::b(i)),
                        kp!(opc::c(i)),
                        TmEvent::Mod,
                        number::int_mod,
                        number::float_mod
                    ),
                    OpCode::PowK => {
                        float_op!(i, vp!(opc::b(i)), kp!(opc::c(i)), number::float_pow)
                    }
                    OpCode::DivK => {
                        float_op!(i, vp!(opc::b(i)), kp!(opc::c(i)), |a: f64, b: f64| a / b)
                    }
                    OpCode::IDivK => div_op!(
                        i,
                        vp!(opc::b(i)),
                        kp!(opc::c(i)),
                        TmEvent::IDiv,
                        number::int_floor_div,
                        number::float_floor_div
                    ),
                    OpCode::BAndK => {
                        bit_op!(i, vp!(opc::b(i)), kp!(opc::c(i)), |a: i64, b: i64| a & b)
                    }
                    OpCode::BOrK => {
                        bit_op!(i, vp!(opc::b(i)), kp!(opc::c(i)), |a: i64, b: i64| a | b)
                    }
                    OpCode::BXorK => {
                        bit_op!(i, vp!(opc::b(i)), kp!(opc::c(i)), |a: i64, b: i64| a ^ b)
                    }
                    OpCode::ShrI => {
                        let imm = Value::Int(-(opc::sc(i) as i64));
                        bit_op!(i, vp!(opc::b(i)), &imm, number::shift_left)
                    }
                    OpCode::ShlI => {
                        let imm = Value::Int(opc::sc(i) as i64);
                        bit_op!(i, &imm, vp!(opc::b(i)), number::shift_left)
                    }
                    OpCode::Add => arith_op!(
                        i,
                        vp!(opc::b(i)),
                        vp!(opc::c(i)),
                        i64::wrapping_add,
                        |a, b| a + b
                    ),
                    OpCode::Sub => arith_op!(
                        i,
                        vp!(opc::b(i)),
                        vp!(opc::c(i)),
                        i64::wrapping_sub,
                        |a, b| a - b
                    ),
                    OpCode::Mul => arith_op!(
                        i,
                        vp!(opc::b(i)),
                        vp!(opc::c(i)),
                        i64::wrapping_mul,
                        |a, b| a * b
                    ),
                    OpCode::Mod => div_op!(
                        i,
                        vp!(opc::b(i)),
                        vp!(opc::c(i)),
                        TmEvent::Mod,
                        number::int_mod,
                        number::float_mod
                    ),
                    OpCode::Pow => {
                        float_op!(i, vp!(opc::b(i)), vp!(opc::c(i)), number::float_pow)
                    }
                    OpCode::Div => {
                        float_op!(i, vp!(opc::b(i)), vp!(opc::c(i)), |a: f64, b: f64| a / b)
                    }
                    OpCode::IDiv => div_op!(
                        i,
                        vp!(opc::b(i)),
                        vp!(opc::c(i)),
                        TmEvent::IDiv,
                        number::int_floor_div,
                        number::float_floor_div
                    ),
                    OpCode::BAnd => {
                        bit_op!(i, vp!(opc::b(i)), vp!(opc::c(i)), |a: i64, b: i64| a & b)
                    }
                    OpCode::BOr => {
                        bit_op!(i, vp!(opc::b(i)), vp!(opc::c(i)), |a: i64, b: i64| a | b)
                    }
                    OpCode::BXor => {
                        bit_op!(i, vp!(opc::b(i)), vp!(opc::c(i)), |a: i64, b: i64| a ^ b)
                    }
                    OpCode::Shl => {
                        bit_op!(i, vp!(opc::b(i)), vp!(opc::c(i)), number::shift_left)
                    }
                    OpCode::Shr => {
                        bit_op!(i, vp!(opc::b(i)), vp!(opc::c(i)), number::shift_right)
                    }
                    OpCode::MmBin => {
                        // SAFETY: MMBIN follows the arithmetic instruction it completes.
                        let prev = unsafe { *code.add(pc - 2) };
                        let x = *reg!(opc::a(i));
                        let y = *reg!(opc::b(i));
                        let ev = tm_of(opc::c(i));
                        let (ra, rb) = (
                            VarRef::Reg(opc::a(i) as usize),
                            VarRef::Reg(opc::b(i) as usize),
                        );
                        let dest = base_idx + opc::a(prev) as usize;
                        protect!(self.arith_into(dest, ev, x, y, ra, rb));
                    }
                    OpCode::MmBinI => {
                        // SAFETY: as above.
                        let prev = unsafe { *code.add(pc - 2) };
                        let x = *reg!(opc::a(i));
                        let imm = Value::Int(opc::sb(i) as i64);
                        let ev = tm_of(opc::c(i));
                        let ra = VarRef::Reg(opc::a(i) as usize);
                        let dest = base_idx + opc::a(prev) as usize;
                        if opc::k(i) {
                            protect!(self.arith_into(dest, ev, imm, x, VarRef::None, ra));
                        } else {
                            protect!(self.arith_into(dest, ev, x, imm, ra, VarRef::None));
                        }
                    }
                    OpCode::MmBinK => {
                        // SAFETY: as above.
                        let prev = unsafe { *code.add(pc - 2) };
                        let x = *reg!(opc::a(i));
                        let kv = kst!(opc::b(i));
                        let ev = tm_of(opc::c(i));
                        let ra = VarRef::Reg(opc::a(i) as usize);
                        let dest = base_idx + opc::a(prev) as usize;
                        if opc::k(i) {
                            protect!(self.arith_into(dest, ev, kv, x, VarRef::None, ra));
                        } else {
                            protect!(self.arith_into(dest, ev, x, kv, ra, VarRef::None));
                        }
                    }
                    OpCode::Unm => {
                        let rb = vp!(opc::b(i));
                        // SAFETY: registers of this frame.
                        unsafe {
                            match &*rb {
                                Value::Int(a) => *reg!(opc::a(i)) = Value::Int(a.wrapping_neg()),
                                Value::Float(f) => *reg!(opc::a(i)) = Value::Float(-f),
                                x => {
                                    let x = *x;
                                    let r = VarRef::Reg(opc::b(i) as usize);
                                    let dest = base_idx + opc::a(i) as usize;
                                    protect!(self.arith_into(dest, TmEvent::Unm, x, x, r, r));
                                }
                            }
                        }
                    }
                    OpCode::BNot => {
                        let rb = vp!(opc::b(i));
                        // SAFETY: registers of this frame.
                        unsafe {
                            match arith::to_integer_strict(&*rb) {
                                Ok(a) => *reg!(opc::a(i)) = Value::Int(!a),
                                Err(_) => {
                                    let x = *rb;
                                    let r = VarRef::Reg(opc::b(i) as usize);
                                    let dest = base_idx + opc::a(i) as usize;
                                    protect!(self.arith_into(dest, TmEvent::BNot, x, x, r, r));
                                }
                            }
                        }
                    }
                    OpCode::Not => {
                        *reg!(opc::a(i)) = Value::Bool(reg!(opc::b(i)).is_falsy());
                    }
                    OpCode::Len => {
                        let rb = vp!(opc::b(i));
                        // SAFETY: registers of this frame; live objects.
                        unsafe {
                            match &*rb {
                                Value::Str(s) => *reg!(opc::a(i)) = Value::Int((**s).len() as i64),
                                Value::Table(t) if (**t).metatable.is_null() => {
                                    *reg!(opc::a(i)) = Value::Int((**t).length())
                                }
                                x => {
                                    let x = *x;
                                    let r = VarRef::Reg(opc::b(i) as usize);
                                    protect!(self.len_into(base_idx + opc::a(i) as usize, x, r));
                                }
                            }
                        }
                    }
                    OpCode::Concat => {
                        let a = opc::a(i) as usize;
                        let n = opc::b(i) as usize;
                        savepc!();
                        self.top = base_idx + a + n;
                        let r = self.concat(n, base_idx + a);
                        r?;
                        // The result is left at R[A]; metamethods may have
                        // moved the stack.
                        self.top = base_idx + a + 1;
                        self.check_gc();
                        rebase!();
                    }
                    OpCode::Close => {
                        protect!(self.close_level(base_idx + opc::a(i) as usize, None));
                    }
                    OpCode::Tbc => {
                        protect!(self.new_tbc(base_idx + opc::a(i) as usize));
                    }
                    OpCode::Jmp => {
                        pc = (pc as i64 + opc::sj(i) as i64) as usize;
                        if opc::sj(i) < 0 {
                            // A loop: notice a hook set asynchronously (the
                            // stand-alone interpreter's Ctrl-C).
                            hook_switch!();
                        }
                    }
                    OpCode::Eq => {
                        // SAFETY: two registers of this frame, only read.
                        let (pa, pb) = unsafe { (&*vp!(opc::a(i)), &*vp!(opc::b(i))) };
                        let r = match (pa, pb) {
                            (Value::Table(_), Value::Table(_))
                            | (Value::Userdata(_), Value::Userdata(_)) => {
                                let (a, b) = (*pa, *pb);
                                protect!(self.equal(a, b))
                            }
                            _ => pa.raw_eq(pb),
                        };
                        cond_jump!(r, i);
                    }
                    OpCode::Lt => order_op!(i, false),
                    OpCode::Le => order_op!(i, true),
                    OpCode::EqK => {
                        // SAFETY: a constant operand.
                        let r = reg!(opc::a(i)).raw_eq(unsafe { &*kp!(opc::b(i)) });
                        cond_jump!(r, i);
                    }
                    OpCode::EqI => {
                        let im = opc::sb(i) as i64;
                        let r = match *reg!(opc::a(i)) {
                            Value::Int(x) => x == im,
                            Value::Float(f) => f == im as f64,
                            _ => false,
                        };
                        cond_jump!(r, i);
                    }
                    OpCode::LtI => order_imm!(
                        i,
                        |x: i64, y: i64| x < y,
                        |x: f64, y: f64| x < y,
                        false,
                        false
                    ),
                    OpCode::LeI => order_imm!(
                        i,
                        |x: i64, y: i64| x <= y,
                        |x: f64, y: f64| x <= y,
                        true,
                        false
                    ),
                    OpCode::GtI => order_imm!(
                        i,
                        |x: i64, y: i64| x > y,
                        |x: f64, y: f64| x > y,
                        false,
                        true
                    ),
                    OpCode::GeI => order_imm!(
                        i,
                        |x: i64, y: i64| x >= y,
                        |x: f64, y: f64| x >= y,
                        true,
                        true
                    ),
                    OpCode::Test => {
                        let cond = !reg!(opc::a(i)).is_falsy();
                        cond_jump!(cond, i);
                    }
                    OpCode::TestSet => {
                        let b = *reg!(opc::b(i));
                        if b.is_falsy() == opc::k(i) {
                            pc += 1;
                        } else {
                            *reg!(opc::a(i)) = b;
                            next_jump!();
                        }
                    }
                    OpCode::Call => {
                        let a = opc::a(i) as usize;
                        let b = opc::b(i) as usize;
                        let nresults = opc::c(i) as i32 - 1;
                        if b != 0 {
                            self.top = base_idx + a + b;
                        }
                        savepc!();
                        let func = base_idx + a;
                        if let Value::Native(f) = self.at(func) {
                            // Library functions: called here, without `precall`.
                            self.call_native(crate::object::CFunc::Native(f), func, nresults)?;
                            self.check_gc_after_call(nresults);
                            rebase!();
                            hook_switch!();
                            continue;
                        }
                        if let Value::LuaFn(f) = self.at(func) {
                            self.push_lua_frame(f, func, nresults)?;
                            if HOOKED {
                                continue 'newframe;
                            }
                            // Enter the callee without reloading from its frame.
                            // SAFETY: as at `'newframe`: the function slot roots it.
                            cl = unsafe { &*f };
                            code = cl.proto().code.as_ptr();
                            k = cl.proto().k.as_ptr();
                            pc = 0;
                            base_idx = func + 1;
                            // SAFETY: `push_lua_frame` made room for its registers.
                            base = unsafe { self.stack.add(base_idx) };
                            continue;
                        }
                        let is_lua = self.precall_checked(func, nresults, VarRef::Reg(a))?;
                        if is_lua {
                            continue 'newframe;
                        }
                        self.check_gc_after_call(nresults);
                        rebase!();
                        hook_switch!();
                    }
                    OpCode::TailCall => {
                        let a = opc::a(i) as usize;
                        let b = opc::b(i) as usize;
                        let nparams1 = opc::c(i) as usize;
                        if b != 0 {
                            self.top = base_idx + a + b;
                        }
                        savepc!();
                        if opc::k(i) {
                            self.close_upvals(base_idx);
                        }
                        let func = base_idx + a;
                        // Resolve __call first so the callee is a function.
                        if !self.at(func).is_function() {
                            self.precall_prepare_callable(func, VarRef::Reg(a))?;
                        }
                        let delta = if nparams1 != 0 {
                            self.ci().nextra + nparams1
                        } else {
                            0
                        };
                        if let Value::LuaFn(f) = self.at(func) {
                            // Move the callee and its arguments down over this frame.
                            let (cfunc, nresults, status) = {
                                let ci = self.ci();
                                (ci.func, ci.nresults, ci.status)
                            };
                            let dest = cfunc - delta;
                            let n = self.top - func;
                            // SAFETY: both ranges are inside the stack; `dest`
                            // is below `func`, so copying upwards is safe.
                            unsafe {
                                let st = self.stack;
                                for j in 0..n {
                                    crate::value::copy_value(st.add(func + j), st.add(dest + j));
                                }
                            }
                            self.top = dest + n;
                            // SAFETY: this Lua frame is not the base frame.
                            unsafe { self.cis.discard_last() };
                            self.push_lua_frame(f, dest, nresults)?;
                            self.ci_mut().status |= CIST_TAIL | (status & CIST_FRESH);
                            continue 'newframe;
                        }
                        // A native function: call it, then return its results.
                        self.precall_checked(func, -1, VarRef::Reg(a))?;
                        let n = self.top - func;
                        self.ci_mut().func -= delta;
                        let fresh = self.ci().status & CIST_FRESH != 0;
                        self.poscall(n);
                        if fresh {
                            return Ok(true);
                        }
                        continue 'newframe;
                    }
                    OpCode::Return => {
                        let a = opc::a(i) as usize;
                        let b = opc::b(i) as usize;
                        let nparams1 = opc::c(i) as usize;
                        let n = if b != 0 {
                            b - 1
                        } else {
                            self.top - (base_idx + a)
                        };
                        if opc::k(i) {
                            savepc!();
                            self.top = base_idx + a + n;
                            // (Kept for a repeat of this return after a
                            // `__close` yields: see `vm::resume`.)
                            self.ci_mut().ctx = n as isize;
                            self.close_level(base_idx, None)?;
                        }
                        self.top = base_idx + a + n;
                        if HOOKED || (opc::k(i) && self.hook.mask != 0) {
                            // (A `__close` may have set a hook.)
                            savepc!();
                            self.hook_return(n)?;
                        }
                        if nparams1 != 0 {
                            let d = self.ci().nextra + nparams1;
                            self.ci_mut().func -= d;
                        }
                        let fresh = self.ci().status & CIST_FRESH != 0;
                        self.poscall(n);
                        if fresh {
                            return Ok(true);
                        }
                        continue 'newframe;
                    }
                    OpCode::Return0 => {
                        self.top = base_idx;
                        hook_return!(0);
                        let fresh = self.ci().status & CIST_FRESH != 0;
                        self.poscall(0);
                        if fresh {
                            return Ok(true);
                        }
                        continue 'newframe;
                    }
                    OpCode::Return1 => {
                        self.top = base_idx + opc::a(i) as usize + 1;
                        hook_return!(1);
                        let fresh = self.ci().status & CIST_FRESH != 0;
                        self.poscall(1);
                        if fresh {
                            return Ok(true);
                        }
                        continue 'newframe;
                    }
                    OpCode::ForLoop => {
                        let ra = vp!(opc::a(i));
                        // SAFETY: the four loop registers of this frame. FORPREP
                        // made them all integers or all floats; the count register
                        // is hidden from Lua code, and if the debug library changed
                        // it, the loop merely ends or runs on (no memory is at risk).
                        unsafe {
                            match (&*ra.add(2), &*ra) {
                                (Value::Int(step), Value::Int(idx)) => {
                                    if let Value::Int(count) = &mut *ra.add(1)
                                        && *count != 0
                                    {
                                        *count = ((*count as u64) - 1) as i64;
                                        let idx = idx.wrapping_add(*step);
                                        *ra = Value::Int(idx);
                                        *ra.add(3) = Value::Int(idx);
                                        pc -= opc::bx(i) as usize;
                                    }
                                }
                                (Value::Float(step), Value::Float(idx)) => {
                                    if let Value::Float(limit) = *ra.add(1) {
                                        let idx = idx + step;
                                        let go = if *step > 0.0 {
                                            idx <= limit
                                        } else {
                                            limit <= idx
                                        };
                                        if go {
                                            *ra = Value::Float(idx);
                                            *ra.add(3) = Value::Float(idx);
                                            pc -= opc::bx(i) as usize;
                                        }
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    OpCode::ForPrep => {
                        let a = opc::a(i) as usize;
                        let skip = protect!(self.for_prep(base_idx + a));
                        if skip {
                            pc += opc::bx(i) as usize + 1;
                        }
                    }
                    OpCode::TForPrep => {
                        let a = opc::a(i) as usize;
                        protect!(self.new_tbc(base_idx + a + 3));
                        pc += opc::bx(i) as usize;
                    }
                    OpCode::TForCall => {
                        let a = opc::a(i) as usize;
                        let nres = opc::c(i) as usize;
                        // Builtin iterators over plain tables run inline, without a
                        // call frame. The test is on the iterator value itself, so
                        // a replaced `ipairs`/`next` takes the general path.
                        // SAFETY: the loop's registers in this frame; live tables.
                        unsafe {
                            let ra = vp!(a);
                            if let (Value::Native(f), Value::Table(h)) = (&*ra, &*ra.add(1)) {
                                let h = &mut **h;
                                let mut done = false;
                                if std::ptr::fn_addr_eq(*f, lib_base::ipairs_aux as NativeFn)
                                    && h.metatable.is_null()
                                    && let Value::Int(ctl) = *ra.add(2)
                                {
                                    let n = ctl.wrapping_add(1);
                                    let v = h.get_int(n);
                                    *ra.add(4) = if v.is_nil() {
                                        Value::Nil
                                    } else {
                                        Value::Int(n)
                                    };
                                    *ra.add(5) = v;
                                    done = true;
                                } else if std::ptr::fn_addr_eq(*f, lib_base::next as NativeFn)
                                    && let Ok(r) = h.next(&*ra.add(2))
                                {
                                    let (k, v) = r.unwrap_or((Value::Nil, Value::Nil));
                                    *ra.add(4) = k;
                                    *ra.add(5) = v;
                                    done = true;
                                }
                                if done {
                                    for j in 2..nres {
                                        *ra.add(4 + j) = Value::Nil;
                                    }
                                    continue;
                                }
                            }
                        }
                        let cb = base_idx + a + 4;
                        for j in 0..3 {
                            *reg!(a + 4 + j) = *reg!(a + j);
                        }
                        self.top = cb + 3;
                        savepc!();
                        let nresults = nres as i32;
                        if let Value::LuaFn(f) = self.at(cb) {
                            self.push_lua_frame(f, cb, nresults)?;
                            continue 'newframe;
                        }
                        let is_lua = self.precall_checked(cb, nresults, VarRef::None)?;
                        if is_lua {
                            continue 'newframe;
                        }
                        self.check_gc_after_call(nresults);
                        rebase!();
                        hook_switch!();
                    }
                    OpCode::TForLoop => {
                        let a = opc::a(i);
                        let v = *reg!(a + 4);
                        if !v.is_nil() {
                            *reg!(a + 2) = v;
                            pc -= opc::bx(i) as usize;
                        }
                    }
                    OpCode::SetList => {
                        let a = opc::a(i) as usize;
                        let mut n = opc::b(i) as usize;
                        let mut last = opc::c(i) as usize;
                        if n == 0 {
                            n = self.top - (base_idx + a) - 1;
                        } else {
                            self.top = self.ci().top;
                        }
                        last += n;
                        if opc::k(i) {
                            // SAFETY: followed by EXTRAARG.
                            let ni = unsafe { *code.add(pc) };
                            last += opc::ax(ni) as usize * (opc::MAXARG_C as usize + 1);
                            pc += 1;
                        }
                        savepc!();
                        let Value::Table(t) = *reg!(a) else {
                            return Err(
                                self.runtime_error("internal error: SETLIST without a table")
                            );
                        };
                        self.set_list(t, base_idx + a, n, last)?;
                        self.top = self.ci().top;
                    }
                    OpCode::Closure => {
                        let a = opc::a(i) as usize;
                        savepc!();
                        let c = self.new_closure(cl, opc::bx(i) as usize, base_idx)?;
                        rebase!();
                        *reg!(a) = Value::LuaFn(c);
                        self.top = base_idx + a + 1;
                        self.check_gc();
                        rebase!();
                    }
                    OpCode::VarArg => {
                        let a = opc::a(i) as usize;
                        let wanted = opc::c(i) as i32 - 1;
                        savepc!();
                        self.get_varargs(base_idx + a, wanted)?;
                        rebase!();
                    }
                    OpCode::VarArgPrep => {
                        savepc!();
                        self.adjust_varargs(opc::a(i) as usize, cl.proto().max_stack as usize)?;
                        rebase!();
                        if HOOKED {
                            self.hook_call()?;
                            // The next instruction counts as a new line.
                            self.hook.old_pc = 1;
                            rebase!();
                        }
                    }
                    OpCode::ExtraArg => {
                        return Err(self.runtime_error("internal error: stray EXTRAARG"));
                    }
                }
            }
        }
    }

    /// Inserts `key` (known to be absent) into `t`, which has no metatable.
    #[inline(never)]
    fn insert_absent(&mut self, t: *mut Table, key: Value, v: Value) -> LResult<()> {
        // SAFETY: a live table.
        unsafe { (*t).insert_new(self.heap(), key, v) }.map_err(|_| self.memory_error())?;
        self.barrier_back(t);
        Ok(())
    }

    /// `stack[dest] = t[key]` with metamethods (the slow path of the GET
    /// instructions, out of line so the loop keeps values in registers).
    #[inline(never)]
    fn get_into(&mut self, dest: usize, t: Value, key: Value, r: VarRef) -> LResult<()> {
        // Short-string keys through chains of `__index` tables (methods
        // looked up in classes) are followed here without the generic path.
        if let (Value::Table(mut h), Value::Str(s)) = (t, key) {
            // SAFETY: live tables and string.
            unsafe {
                if (*s).is_short() {
                    for _ in 0..100 {
                        let slot = (*h).short_str_slot(s);
                        if !slot.is_null() && !(*slot).is_nil() {
                            self.set_at(dest, *slot);
                            return Ok(());
                        }
                        match self.table_tm((*h).metatable, TmEvent::Index) {
                            Value::Nil => {
                                self.set_at(dest, Value::Nil);
                                return Ok(());
                            }
                            Value::Table(n) => h = n,
                            _ => break,
                        }
                    }
                    let v = self.index(Value::Table(h), key, r)?;
                    self.set_at(dest, v);
                    return Ok(());
                }
            }
        }
        let v = self.index(t, key, r)?;
        self.set_at(dest, v);
        Ok(())
    }

    /// `stack[dest] = a op b` with metamethods (MMBIN and unary slow paths).
    #[inline(never)]
    fn arith_into(
        &mut self,
        dest: usize,
        ev: TmEvent,
        a: Value,
        b: Value,
        ra: VarRef,
        rb: VarRef,
    ) -> LResult<()> {
        let v = self.arith_slow(ev, a, b, ra, rb)?;
        self.set_at(dest, v);
        Ok(())
    }

    /// `stack[dest] = #v` with metamethods.
    #[inline(never)]
    fn len_into(&mut self, dest: usize, v: Value, r: VarRef) -> LResult<()> {
        let n = self.len_of(v, r)?;
        self.set_at(dest, n);
        Ok(())
    }

    /// `precall` from the loop: errors name the called register.
    #[inline]
    fn precall_checked(&mut self, func: usize, nresults: i32, r: VarRef) -> LResult<bool> {
        self.precall(func, nresults, r)
    }

    /// Makes the value at `func` callable (resolving `__call`).
    fn precall_prepare_callable(&mut self, func: usize, r: VarRef) -> LResult<()> {
        while !self.at(func).is_function() {
            self.try_call_tm(func, r)?;
        }
        Ok(())
    }

    #[inline]
    fn check_gc_after_call(&mut self, nresults: i32) {
        if self.heap().needs_collection() {
            if nresults >= 0 {
                self.top = self.ci().top;
            }
            let saved = self.top;
            self.top = self.top.max(self.ci().top);
            self.check_gc();
            self.top = saved;
        }
        if nresults >= 0 {
            self.top = self.ci().top;
        }
    }

    /// FORPREP: checks and converts the loop values; true to skip the loop.
    fn for_prep(&mut self, ra: usize) -> LResult<bool> {
        let init = self.at(ra);
        let limit = self.at(ra + 1);
        let step = self.at(ra + 2);
        if let (Value::Int(init), Value::Int(step)) = (init, step) {
            if step == 0 {
                return Err(self.runtime_error("'for' step is zero"));
            }
            self.set_at(ra + 3, Value::Int(init));
            let lim = match limit {
                Value::Int(l) => l,
                _ => {
                    let Some(lv) = arith::coerce_to_number(&limit) else {
                        return Err(self.for_error(&limit, "limit"));
                    };
                    match lv {
                        Value::Int(l) => l,
                        Value::Float(f) => {
                            // A NaN limit converts to nothing and falls in the
                            // "too small" case below, as in the reference.
                            let conv = if step < 0 {
                                number::float_ceil_to_int(f)
                            } else {
                                number::float_floor_to_int(f)
                            };
                            match conv {
                                Some(l) => l,
                                None => {
                                    if f > 0.0 {
                                        if step < 0 {
                                            return Ok(true);
                                        }
                                        i64::MAX
                                    } else {
                                        if step > 0 {
                                            return Ok(true);
                                        }
                                        i64::MIN
                                    }
                                }
                            }
                        }
                        _ => return Ok(true),
                    }
                }
            };
            if if step > 0 { init > lim } else { init < lim } {
                return Ok(true);
            }
            let count = if step > 0 {
                (lim as u64).wrapping_sub(init as u64) / step as u64
            } else {
                let s = ((-(step + 1)) as u64) + 1;
                (init as u64).wrapping_sub(lim as u64) / s
            };
            self.set_at(ra + 1, Value::Int(count as i64));
            return Ok(false);
        }
        // Float loop.
        let Some(fl) = arith::coerce_to_number(&limit).and_then(|v| arith::to_number(&v)) else {
            return Err(self.for_error(&limit, "limit"));
        };
        let Some(fs) = arith::coerce_to_number(&step).and_then(|v| arith::to_number(&v)) else {
            return Err(self.for_error(&step, "step"));
        };
        let Some(fi) = arith::coerce_to_number(&init).and_then(|v| arith::to_number(&v)) else {
            return Err(self.for_error(&init, "initial value"));
        };
        if fs == 0.0 {
            return Err(self.runtime_error("'for' step is zero"));
        }
        if if fs > 0.0 { fl < fi } else { fi < fl } {
            return Ok(true);
        }
        self.set_at(ra, Value::Float(fi));
        self.set_at(ra + 1, Value::Float(fl));
        self.set_at(ra + 2, Value::Float(fs));
        self.set_at(ra + 3, Value::Float(fi));
        Ok(false)
    }

    #[cold]
    fn for_error(&mut self, v: &Value, what: &str) -> crate::vm::error::Status {
        let mut m = format!("bad 'for' {} (number expected, got ", what).into_bytes();
        m.extend_from_slice(&self.obj_type_name(v));
        m.push(b')');
        self.runtime_error_bytes(&m)
    }

    /// SETLIST: t[last-n+1 ..= last] = stack[ra+1 ..= ra+n].
    fn set_list(&mut self, t: *mut Table, ra: usize, n: usize, last: usize) -> LResult<()> {
        // SAFETY: a live table.
        let tab = unsafe { &mut *t };
        if last > tab.array_size() {
            tab.resize(&mut self.g().heap.alloc, last, hash_count(tab))
                .map_err(|_| self.memory_error())?;
        }
        for j in 1..=n {
            let v = self.at(ra + j);
            let key = (last - n + j) as i64;
            tab.set_int(self.heap(), key, v)
                .map_err(|_| self.memory_error())?;
        }
        self.barrier_back(t);
        Ok(())
    }

    /// CLOSURE: a new closure of prototype `idx` of `parent`.
    fn new_closure(
        &mut self,
        parent: &LuaClosure,
        idx: usize,
        base: usize,
    ) -> LResult<*mut LuaClosure> {
        let p = parent.proto().protos[idx];
        // SAFETY: a live prototype.
        let pr = unsafe { &*p };
        let n = pr.upvals.len();
        let c = LuaClosure::alloc(self.heap(), p, n).map_err(|_| self.memory_error())?;
        for j in 0..n {
            let d = pr.upvals[j];
            let uv = if d.in_stack {
                self.find_upval(base + d.index as usize)?
            } else {
                parent.upvals()[d.index as usize]
            };
            // SAFETY: `c` is a fresh closure with `n` slots.
            unsafe { (*c).upvals_mut()[j] = uv };
        }
        Ok(c)
    }

    /// VARARG: copies the extra arguments to `ra` (all when `wanted` < 0).
    fn get_varargs(&mut self, ra: usize, wanted: i32) -> LResult<()> {
        let ci = *self.ci();
        let nextra = ci.nextra;
        let n = if wanted < 0 { nextra } else { wanted as usize };
        if wanted < 0 {
            self.top = ra;
            self.ensure_stack(n)?;
            self.top = ra + n;
        }
        let from = ci.func - nextra;
        for j in 0..n {
            let v = if j < nextra {
                self.at(from + j)
            } else {
                Value::Nil
            };
            self.set_at(ra + j, v);
        }
        Ok(())
    }

    /// VARARGPREP: moves the function and its fixed parameters above the
    /// extra arguments, which stay below the new frame base.
    fn adjust_varargs(&mut self, nfix: usize, max_stack: usize) -> LResult<()> {
        let ci = *self.ci();
        let actual = self.top - ci.func - 1;
        let nextra = actual.saturating_sub(nfix);
        self.ensure_stack(max_stack + nfix + 1)?;
        let newfunc = self.top;
        let f = self.at(ci.func);
        self.push(f);
        for j in 0..nfix {
            let v = self.at(ci.func + 1 + j);
            self.push(v);
            self.set_at(ci.func + 1 + j, Value::Nil);
        }
        let c = self.ci_mut();
        c.nextra = nextra;
        c.func = newfunc;
        c.top = newfunc + 1 + max_stack;
        Ok(())
    }
}

/// Number of live keys in the hash part (for SETLIST's resize).
fn hash_count(t: &Table) -> usize {
    let mut n = 0;
    t.for_each(|k, v| {
        if !k.is_nil() && !v.is_nil() {
            n += 1;
        }
    });
    n
}

#[inline]
fn tm_of(c: u32) -> TmEvent {
    TmEvent::from_u8(c as u8).unwrap_or(TmEvent::Add)
}

/// The slot of an integer key in the array part or of a short-string key
/// in the hash part (null otherwise, or when absent): the keys the
/// interpreter's fast paths handle.
#[inline(always)]
fn fast_slot(t: &Table, key: &Value) -> *mut Value {
    match key {
        Value::Int(n) => t.array_slot(*n).unwrap_or(std::ptr::null_mut()),
        // SAFETY: a live string key.
        Value::Str(s) if unsafe { (**s).is_short() } => t.short_str_slot(*s),
        _ => std::ptr::null_mut(),
    }
}

/// Raw assignment to an existing non-nil entry of a table (no metamethod
/// can be involved); returns the table written to.
#[inline]
fn fast_set(t: Value, key: Value, v: Value) -> Option<*mut Table> {
    let Value::Table(h) = t else { return None };
    // SAFETY: a live table.
    let ht = unsafe { &mut *h };
    let key = match key {
        Value::Float(_) | Value::Nil => return None,
        k => k,
    };
    if let Slot::Found(p) = ht.find_slot(&key) {
        // SAFETY: `p` points into the table.
        unsafe {
            if !(*p).is_nil() {
                crate::value::write_value(p, v);
                return Some(h);
            }
        }
    }
    None
}
