//! Error statuses and the ways the VM raises errors.
//!
//! Every fallible operation returns `Result<T, Status>`; the error object
//! travels in `LuaState::err_value` (a root), so raising allocates nothing
//! beyond the message itself. Only `vm::call` catches errors (pcall, resume).
use crate::value::Value;
use crate::vm::state::LuaState;

/// The status codes of `lua.h` (`LUA_OK` is `Ok(..)`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(i32)]
pub enum Status {
    Yield = 1,
    ErrRun = 2,
    ErrSyntax = 3,
    ErrMem = 4,
    ErrErr = 5,
}

pub type LResult<T> = Result<T, Status>;

impl LuaState {
    /// Raises `v` as the error object. A message handler set by the
    /// enclosing protected call runs here, before unwinding, so that it
    /// sees the stack where the error happened.
    #[cold]
    pub fn throw_value(&mut self, v: Value) -> Status {
        self.err_value = v;
        if self.errfunc == 0 {
            return Status::ErrRun;
        }
        let handler = self.at(self.errfunc);
        if self.ci().kind == crate::vm::state::FrameKind::Lua {
            self.top = self.top.max(self.ci().top);
        }
        match self.call_value(handler, &[v]) {
            Ok(r) => {
                self.err_value = r;
                Status::ErrRun
            }
            Err(s) => s,
        }
    }

    /// Raises a message as is (no position).
    #[cold]
    pub fn error_msg(&mut self, msg: &[u8]) -> Status {
        match self.heap().new_string(msg) {
            Ok(s) => self.throw_value(Value::Str(s)),
            Err(_) => self.memory_error(),
        }
    }

    /// Raises "not enough memory".
    #[cold]
    pub fn memory_error(&mut self) -> Status {
        self.err_value = Value::Str(self.g().memerr_msg);
        Status::ErrMem
    }

    #[cold]
    pub fn raise_error_in_error(&mut self) -> Status {
        match self.heap().new_string(b"error in error handling") {
            Ok(s) => self.err_value = Value::Str(s),
            Err(_) => return self.memory_error(),
        }
        Status::ErrErr
    }

    /// `chunk:line:` of the current frame when it runs Lua code, else empty.
    pub fn where_prefix(&self, level: usize) -> Vec<u8> {
        crate::vm::debug::where_(self, level)
    }

    /// Raises a runtime error with the position of the running Lua code
    /// (the reference's `luaG_runerror`).
    #[cold]
    pub fn runtime_error(&mut self, msg: &str) -> Status {
        self.runtime_error_bytes(msg.as_bytes())
    }

    #[cold]
    pub fn runtime_error_bytes(&mut self, msg: &[u8]) -> Status {
        let mut full = crate::vm::debug::current_position(self);
        full.extend_from_slice(msg);
        self.error_msg(&full)
    }
}
