//! Control of the collector: the options of `lua_gc` and the
//! `collectgarbage` function of the base library, with the reference's
//! results (including how parameters are stored and read back).
//!
//! Invariant: while a finalizer runs, every option is refused (`lua_gc`
//! returns -1 and `collectgarbage` returns fail), as in the reference.
use crate::gc::collect::{self, declared_generational};
use crate::gc::{Phase, param_store};
use crate::value::Value;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;

/// The `what` codes of `lua_gc` (`lua.h`).
pub const LUA_GCSTOP: i32 = 0;
pub const LUA_GCRESTART: i32 = 1;
pub const LUA_GCCOLLECT: i32 = 2;
pub const LUA_GCCOUNT: i32 = 3;
pub const LUA_GCCOUNTB: i32 = 4;
pub const LUA_GCSTEP: i32 = 5;
pub const LUA_GCSETPAUSE: i32 = 6;
pub const LUA_GCSETSTEPMUL: i32 = 7;
pub const LUA_GCISRUNNING: i32 = 9;
pub const LUA_GCGEN: i32 = 10;
pub const LUA_GCINC: i32 = 11;

/// An option of `lua_gc` with its arguments.
#[derive(Clone, Copy, Debug)]
pub enum GcOp {
    Stop,
    Restart,
    Collect,
    Count,
    CountB,
    Step(i32),
    SetPause(i32),
    SetStepMul(i32),
    IsRunning,
    Gen {
        minormul: i32,
        majormul: i32,
    },
    Inc {
        pause: i32,
        stepmul: i32,
        stepsize: i32,
    },
}

impl LuaState {
    /// `lua_gc`: the result of the option, or -1 when refused (inside a
    /// finalizer). Runs at a safe point of the calling thread.
    pub fn gc_control(&mut self, op: GcOp) -> i32 {
        let g = self.g;
        // SAFETY: the global state is live; the options that collect run at
        // the caller's safe point.
        unsafe {
            if (*g).heap.gc.stopped_internal {
                return -1;
            }
            collect::sync_mode(self);
            let h = &mut (*g).heap;
            match op {
                GcOp::Stop => {
                    h.running = false;
                    0
                }
                GcOp::Restart => {
                    h.set_debt(0);
                    h.running = true;
                    0
                }
                GcOp::Collect => {
                    self.gc_full();
                    0
                }
                GcOp::Count => (h.alloc.total >> 10).min(i32::MAX as usize) as i32,
                GcOp::CountB => (h.alloc.total & 0x3ff) as i32,
                GcOp::Step(data) => {
                    let old = std::mem::replace(&mut h.running, true);
                    let mut debt: isize = 1;
                    if data == 0 {
                        h.set_debt(0);
                        collect::step(self);
                    } else {
                        debt = (data as isize)
                            .saturating_mul(1024)
                            .saturating_add(h.debt());
                        h.set_debt(debt);
                        if (*g).heap.debt() > 0 {
                            collect::step(self);
                        }
                    }
                    let h = &mut (*g).heap;
                    h.running = old;
                    (debt > 0 && h.gc.phase == Phase::Pause) as i32
                }
                GcOp::SetPause(v) => {
                    let res = h.pause as i32;
                    h.pause = param_store(v);
                    res
                }
                GcOp::SetStepMul(v) => {
                    let res = h.stepmul as i32;
                    h.stepmul = param_store(v);
                    res
                }
                GcOp::IsRunning => h.running as i32,
                GcOp::Gen { minormul, majormul } => {
                    let res = mode_code(declared_generational(h));
                    if minormul != 0 {
                        h.genminormul = minormul as u8;
                    }
                    if majormul != 0 {
                        h.genmajormul = param_store(majormul);
                    }
                    collect::change_mode(self, true);
                    res
                }
                GcOp::Inc {
                    pause,
                    stepmul,
                    stepsize,
                } => {
                    let res = mode_code(declared_generational(h));
                    if pause != 0 {
                        h.pause = param_store(pause);
                    }
                    if stepmul != 0 {
                        h.stepmul = param_store(stepmul);
                    }
                    if stepsize != 0 {
                        h.stepsize = stepsize as u8;
                    }
                    collect::change_mode(self, false);
                    res
                }
            }
        }
    }
}

fn mode_code(generational: bool) -> i32 {
    if generational { LUA_GCGEN } else { LUA_GCINC }
}

/// The base library's `collectgarbage`.
pub fn collectgarbage(l: &mut LuaState) -> LResult<usize> {
    const OPTS: &[&str] = &[
        "stop",
        "restart",
        "collect",
        "count",
        "step",
        "setpause",
        "setstepmul",
        "isrunning",
        "generational",
        "incremental",
    ];
    // C's `(int)` of a `lua_Integer`: the low 32 bits.
    fn int_arg(l: &mut LuaState, i: usize) -> LResult<i32> {
        Ok(l.opt_integer(i, 0)? as i32)
    }
    let opt = l.check_option(1, Some("collect"), OPTS)?;
    let r = match OPTS.get(opt).copied().unwrap_or("collect") {
        "count" => {
            let k = l.gc_control(GcOp::Count);
            let b = l.gc_control(GcOp::CountB);
            if k == -1 {
                Value::Nil
            } else {
                Value::Float(k as f64 + b as f64 / 1024.0)
            }
        }
        "step" => {
            let n = int_arg(l, 2)?;
            match l.gc_control(GcOp::Step(n)) {
                -1 => Value::Nil,
                r => Value::Bool(r != 0),
            }
        }
        name @ ("setpause" | "setstepmul") => {
            let p = int_arg(l, 2)?;
            let op = if name == "setpause" {
                GcOp::SetPause(p)
            } else {
                GcOp::SetStepMul(p)
            };
            match l.gc_control(op) {
                -1 => Value::Nil,
                r => Value::Int(r as i64),
            }
        }
        "isrunning" => match l.gc_control(GcOp::IsRunning) {
            -1 => Value::Nil,
            r => Value::Bool(r != 0),
        },
        "generational" => {
            let minormul = int_arg(l, 2)?;
            let majormul = int_arg(l, 3)?;
            let r = l.gc_control(GcOp::Gen { minormul, majormul });
            mode_name(l, r)?
        }
        "incremental" => {
            let pause = int_arg(l, 2)?;
            let stepmul = int_arg(l, 3)?;
            let stepsize = int_arg(l, 4)?;
            let r = l.gc_control(GcOp::Inc {
                pause,
                stepmul,
                stepsize,
            });
            mode_name(l, r)?
        }
        name => {
            let op = match name {
                "stop" => GcOp::Stop,
                "restart" => GcOp::Restart,
                _ => GcOp::Collect,
            };
            match l.gc_control(op) {
                -1 => Value::Nil,
                r => Value::Int(r as i64),
            }
        }
    };
    l.push_checked(r)?;
    Ok(1)
}

fn mode_name(l: &mut LuaState, r: i32) -> LResult<Value> {
    match r {
        -1 => Ok(Value::Nil),
        LUA_GCINC => l.new_str_value(b"incremental"),
        _ => l.new_str_value(b"generational"),
    }
}
