//! Debug hooks: call, return, line and count events, per thread.
//!
//! A thread's hook is either a C function (`lua_sethook`) or the `debug`
//! library's hook (`debug.sethook`, whose Lua functions live in a registry
//! table keyed by thread). While any hook is set the interpreter runs its
//! hooked loop (`execute_loop::<true>`), which traces every instruction;
//! without hooks it runs the plain loop, which never looks at hooks except
//! where they can be turned on (after calls).
//!
//! Invariants:
//! - `mask == 0` exactly when no hook is set;
//! - while a hook runs, `allow` is false: hooks do not nest.
use crate::api::debug::lua_Debug;
use crate::vm::error::LResult;
use crate::vm::state::{CIST_HOOKED, FrameKind, LuaState};

pub const MASK_CALL: u8 = 1;
pub const MASK_RET: u8 = 2;
pub const MASK_LINE: u8 = 4;
pub const MASK_COUNT: u8 = 8;

/// Hook events as `lua.h` numbers them.
pub const EVENT_CALL: i32 = 0;
pub const EVENT_RET: i32 = 1;
pub const EVENT_LINE: i32 = 2;
pub const EVENT_COUNT: i32 = 3;
pub const EVENT_TAILCALL: i32 = 4;

/// A C hook (`lua_Hook`).
pub type CHook = unsafe extern "C" fn(*mut LuaState, *mut lua_Debug);

/// What kind of hook a thread has.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HookSet {
    None,
    C,
    Lua,
}

#[derive(Clone, Copy)]
pub struct HookState {
    pub kind: HookSet,
    pub c: Option<CHook>,
    pub mask: u8,
    pub base_count: i32,
    pub count: i32,
    /// False while a hook runs.
    pub allow: bool,
    /// Index of the instruction of the current Lua frame last traced for
    /// line events.
    pub old_pc: usize,
    /// First index (from the function slot) and count of the values a
    /// call or return hook sees transferred (`getinfo`'s 'r').
    pub transfer: (usize, usize),
}

impl Default for HookState {
    fn default() -> Self {
        HookState {
            kind: HookSet::None,
            c: None,
            mask: 0,
            base_count: 0,
            count: 0,
            allow: true,
            old_pc: 0,
            transfer: (0, 0),
        }
    }
}

/// A new thread gets its creator's hook (as `lua_newthread` does).
pub fn inherit(child: &mut LuaState, parent: &LuaState) {
    child.hook = HookState {
        count: parent.hook.base_count,
        allow: true,
        old_pc: 0,
        transfer: (0, 0),
        ..parent.hook
    };
}

/// Sets (or, with `mask == 0`, removes) the hook of thread `l`.
pub fn set_hook(l: &mut LuaState, kind: HookSet, mask: u8, count: i32) {
    let h = &mut l.hook;
    if kind == HookSet::None || mask == 0 {
        h.kind = HookSet::None;
        h.c = None;
        h.mask = 0;
    } else {
        h.kind = kind;
        h.mask = mask;
    }
    h.base_count = count;
    h.count = count;
}

/// Sets a C hook (`lua_sethook`).
pub fn set_c_hook(l: &mut LuaState, f: Option<CHook>, mask: u8, count: i32) {
    match f {
        Some(f) if mask != 0 => {
            set_hook(l, HookSet::C, mask, count);
            l.hook.c = Some(f);
        }
        _ => set_hook(l, HookSet::None, 0, count),
    }
}

pub fn get_hook(l: &LuaState) -> (HookSet, u8, i32) {
    (l.hook.kind, l.hook.mask, l.hook.base_count)
}

impl LuaState {
    /// Calls the hook for `event` in the current frame (the reference's
    /// `luaD_hook`). `line` is the line for line events; `transfer` the
    /// first and count of values transferred (call and return events).
    pub fn run_hook(&mut self, event: i32, line: i32, transfer: (usize, usize)) -> LResult<()> {
        if !self.hook.allow || self.hook.kind == HookSet::None {
            return Ok(());
        }
        let saved_top = self.top;
        let ci_idx = self.cis.len() - 1;
        let saved_ci_top = self.ci().top;
        if self.ci().kind == FrameKind::Lua && self.top < self.ci().top {
            self.top = self.ci().top;
        }
        self.ensure_stack(crate::vm::state::LUA_MINSTACK)?;
        if self.ci().top < self.top + crate::vm::state::LUA_MINSTACK {
            self.ci_mut().top = self.top + crate::vm::state::LUA_MINSTACK;
        }
        self.hook.allow = false;
        self.ci_mut().status |= CIST_HOOKED;
        self.hook.transfer = transfer;
        let r = match self.hook.kind {
            HookSet::Lua => {
                let name: &'static [u8] = match event {
                    EVENT_CALL => b"call",
                    EVENT_RET => b"return",
                    EVENT_LINE => b"line",
                    EVENT_COUNT => b"count",
                    _ => b"tail call",
                };
                let line = (line >= 0).then_some(line as i64);
                crate::lib::debug::call_lua_hook(self, name, line)
            }
            HookSet::C => match self.hook.c {
                Some(f) => crate::vm::foreign::call_hook(self, f, event, line, ci_idx),
                None => Ok(()),
            },
            HookSet::None => Ok(()),
        };
        self.hook.allow = true;
        self.hook.transfer = (0, 0);
        let ci = &mut self.cis.as_mut_slice()[ci_idx];
        ci.top = saved_ci_top;
        ci.status &= !CIST_HOOKED;
        self.top = saved_top;
        r
    }

    /// The call hook of a Lua function starting (the frame on top).
    #[cold]
    #[inline(never)]
    pub fn hook_call(&mut self) -> LResult<()> {
        self.hook.old_pc = 0;
        if self.hook.mask & MASK_CALL == 0 {
            return Ok(());
        }
        let ci = *self.ci();
        let event = if ci.status & crate::vm::state::CIST_TAIL != 0 {
            EVENT_TAILCALL
        } else {
            EVENT_CALL
        };
        let nparams = match self.at(ci.func) {
            // SAFETY: a live closure.
            crate::value::Value::LuaFn(c) => unsafe { (*c).proto().num_params as usize },
            _ => 0,
        };
        // Hooks see the pc just past the first instruction.
        self.ci_mut().pc += 1;
        let r = self.run_hook(event, -1, (1, nparams));
        self.ci_mut().pc -= 1;
        r
    }

    /// The call hook of a C or native function (the frame on top), with
    /// `nargs` arguments.
    #[cold]
    #[inline(never)]
    pub fn hook_c_call(&mut self, nargs: usize) -> LResult<()> {
        if self.hook.mask & MASK_CALL == 0 {
            return Ok(());
        }
        self.run_hook(EVENT_CALL, -1, (1, nargs))
    }

    /// The return hook of the frame on top, returning its `n` results (on
    /// top of the stack); then the caller's traced pc is reset.
    #[cold]
    #[inline(never)]
    pub fn hook_return(&mut self, n: usize) -> LResult<()> {
        if self.hook.mask & MASK_RET != 0 {
            let ci = *self.ci();
            let first = self.top - n;
            let ftransfer = first - ci.func;
            self.run_hook(EVENT_RET, -1, (ftransfer, n))?;
        }
        let idx = self.cis.len();
        if idx >= 2 {
            let prev = self.cis.as_slice()[idx - 2];
            if prev.kind == FrameKind::Lua {
                self.hook.old_pc = prev.pc.saturating_sub(1);
            }
        }
        Ok(())
    }

    /// Traces the instruction at index `npc` of the current Lua frame about
    /// to run (the reference's `luaG_traceexec`): count and line events.
    /// `ci.pc` must already be `npc + 1`.
    #[cold]
    #[inline(never)]
    pub fn trace_exec(&mut self, npc: usize) -> LResult<()> {
        let mask = self.hook.mask;
        let mut counthook = false;
        if mask & MASK_COUNT != 0 {
            self.hook.count -= 1;
            if self.hook.count == 0 {
                self.hook.count = self.hook.base_count;
                counthook = true;
            }
        }
        if !counthook && mask & MASK_LINE == 0 {
            return Ok(());
        }
        if counthook {
            self.run_hook(EVENT_COUNT, -1, (0, 0))?;
        }
        if mask & MASK_LINE != 0 {
            let ci = *self.ci();
            let crate::value::Value::LuaFn(c) = self.at(ci.func) else {
                return Ok(());
            };
            // SAFETY: a live closure.
            let p = unsafe { (*c).proto() };
            let size = p.code.len();
            let old = if self.hook.old_pc < size {
                self.hook.old_pc
            } else {
                0
            };
            if npc <= old || p.line_at(old) != p.line_at(npc) {
                let line = p.line_at(npc) as i32;
                self.run_hook(EVENT_LINE, line, (0, 0))?;
            }
            self.hook.old_pc = npc;
        }
        Ok(())
    }
}
