//! Helpers for library functions written in Rust, the counterparts of
//! `lauxlib`: argument access and checking with the reference's messages,
//! `tostring`, tracebacks.
use crate::object::{LuaString, Table};
use crate::value::Value;
use crate::vm::arith;
use crate::vm::error::{LResult, Status};
use crate::vm::opcode::TmEvent;
use crate::vm::state::LuaState;

impl LuaState {
    /// Number of arguments of the running native function.
    #[inline]
    pub fn nargs(&self) -> usize {
        self.top - (self.ci().func + 1)
    }

    /// Argument `i` (1-based), nil when absent.
    #[inline]
    pub fn arg(&self, i: usize) -> Value {
        if i <= self.nargs() {
            self.at(self.ci().func + i)
        } else {
            Value::Nil
        }
    }

    #[inline]
    pub fn set_arg(&mut self, i: usize, v: Value) {
        let idx = self.ci().func + i;
        self.set_at(idx, v);
    }

    #[inline]
    pub fn is_none(&self, i: usize) -> bool {
        i > self.nargs()
    }

    pub fn is_none_or_nil(&self, i: usize) -> bool {
        self.arg(i).is_nil()
    }

    /// Name of the running function for argument errors.
    fn current_fn_name(&self) -> (Option<&'static str>, Vec<u8>) {
        let idx = self.cis.len() - 1;
        match crate::vm::debug::funcname_for_frame(self, idx) {
            Some((kind, name)) => (Some(kind), name),
            None => (
                None,
                self.global_func_name(self.at(self.ci().func))
                    .unwrap_or_else(|| b"?".to_vec()),
            ),
        }
    }

    /// "mod.name" of a function found in `package.loaded` (the reference's
    /// `pushglobalfuncname`), with "_G." dropped.
    pub fn global_func_name(&self, f: Value) -> Option<Vec<u8>> {
        let reg = self.registry();
        let key = self.g().heap.lookup_interned(b"_LOADED")?;
        // SAFETY: registry and loaded tables are live.
        let Value::Table(loaded) = (unsafe { (*reg).get_str(key) }) else {
            return None;
        };
        let mut k = Value::Nil;
        // SAFETY: iterating a live table without modifying it.
        while let Ok(Some((mk, mv))) = unsafe { (*loaded).next(&k) } {
            k = mk;
            let Value::Str(modname) = mk else { continue };
            if mv.raw_eq(&f) {
                // SAFETY: live string.
                return Some(unsafe { (*modname).as_bytes().to_vec() });
            }
            if let Value::Table(m) = mv {
                let mut k2 = Value::Nil;
                // SAFETY: as above.
                while let Ok(Some((fk, fv))) = unsafe { (*m).next(&k2) } {
                    k2 = fk;
                    if let (Value::Str(fname), true) = (fk, fv.raw_eq(&f)) {
                        // SAFETY: live strings.
                        let (mn, fname) = unsafe { ((*modname).as_bytes(), (*fname).as_bytes()) };
                        if mn == b"_G" {
                            return Some(fname.to_vec());
                        }
                        let mut s = mn.to_vec();
                        s.push(b'.');
                        s.extend_from_slice(fname);
                        return Some(s);
                    }
                }
            }
        }
        None
    }

    /// Raises an error with the position of the calling Lua code
    /// (`luaL_error`).
    #[cold]
    pub fn lib_error(&mut self, msg: &[u8]) -> Status {
        let mut full = self.where_prefix(1);
        full.extend_from_slice(msg);
        self.error_msg(&full)
    }

    /// "bad argument #i to 'f' (msg)" (`luaL_argerror`).
    #[cold]
    pub fn arg_error(&mut self, mut i: usize, extramsg: &[u8]) -> Status {
        let (kind, name) = self.current_fn_name();
        if kind == Some("method") {
            i -= 1;
            if i == 0 {
                let mut m = b"calling '".to_vec();
                m.extend_from_slice(&name);
                m.extend_from_slice(b"' on bad self (");
                m.extend_from_slice(extramsg);
                m.push(b')');
                return self.lib_error(&m);
            }
        }
        let mut m = format!("bad argument #{} to '", i).into_bytes();
        m.extend_from_slice(&name);
        m.extend_from_slice(b"' (");
        m.extend_from_slice(extramsg);
        m.push(b')');
        self.lib_error(&m)
    }

    /// "X expected, got Y" (`luaL_typeerror`).
    #[cold]
    pub fn arg_type_error(&mut self, i: usize, expected: &str) -> Status {
        let v = self.arg(i);
        let got: Vec<u8> = if self.is_none(i) {
            b"no value".to_vec()
        } else if !self.get_metafield(&v, b"__name").is_nil() {
            match self.get_metafield(&v, b"__name") {
                // SAFETY: a live string.
                Value::Str(s) => unsafe { (*s).c_str_bytes().to_vec() },
                _ => v.type_name().as_bytes().to_vec(),
            }
        } else if matches!(v, Value::LightUserdata(_)) {
            b"light userdata".to_vec()
        } else {
            v.type_name().as_bytes().to_vec()
        };
        let mut m = expected.as_bytes().to_vec();
        m.extend_from_slice(b" expected, got ");
        m.extend_from_slice(&got);
        self.arg_error(i, &m)
    }

    /// `mt[name]` of a value's metatable (raw), nil if none.
    pub fn get_metafield(&self, v: &Value, name: &[u8]) -> Value {
        let mt = self.metatable_of(v);
        if mt.is_null() {
            return Value::Nil;
        }
        match self.g().heap.lookup_interned(name) {
            // SAFETY: a live metatable.
            Some(k) => unsafe { (*mt).get_str(k) },
            None => Value::Nil,
        }
    }

    pub fn check_any(&mut self, i: usize) -> LResult<Value> {
        if self.is_none(i) {
            return Err(self.arg_error(i, b"value expected"));
        }
        Ok(self.arg(i))
    }

    pub fn check_table(&mut self, i: usize) -> LResult<*mut Table> {
        match self.arg(i) {
            Value::Table(t) => Ok(t),
            _ => Err(self.arg_type_error(i, "table")),
        }
    }

    pub fn check_integer(&mut self, i: usize) -> LResult<i64> {
        let v = self.arg(i);
        if let Value::Int(n) = v {
            return Ok(n);
        }
        match arith::coerce_to_integer(&v) {
            Some(n) => Ok(n),
            None => {
                if arith::coerce_to_number(&v).is_some() {
                    Err(self.arg_error(i, b"number has no integer representation"))
                } else {
                    Err(self.arg_type_error(i, "number"))
                }
            }
        }
    }

    pub fn opt_integer(&mut self, i: usize, default: i64) -> LResult<i64> {
        if self.arg(i).is_nil() {
            Ok(default)
        } else {
            self.check_integer(i)
        }
    }

    pub fn check_number(&mut self, i: usize) -> LResult<f64> {
        let v = self.arg(i);
        match arith::coerce_to_number(&v) {
            Some(Value::Int(n)) => Ok(n as f64),
            Some(Value::Float(f)) => Ok(f),
            _ => Err(self.arg_type_error(i, "number")),
        }
    }

    /// A number argument keeping its integer/float subtype.
    pub fn check_num_value(&mut self, i: usize) -> LResult<Value> {
        let v = self.arg(i);
        match arith::coerce_to_number(&v) {
            Some(n) => Ok(n),
            None => Err(self.arg_type_error(i, "number")),
        }
    }

    pub fn opt_number(&mut self, i: usize, default: f64) -> LResult<f64> {
        if self.arg(i).is_nil() {
            Ok(default)
        } else {
            self.check_number(i)
        }
    }

    /// A string argument; numbers are converted in place, as the reference does.
    pub fn check_lstr(&mut self, i: usize) -> LResult<*mut LuaString> {
        match self.arg(i) {
            Value::Str(s) => Ok(s),
            v @ (Value::Int(_) | Value::Float(_)) => {
                let mut buf = Vec::new();
                arith::fmt_number(&v, &mut buf);
                let s = self.new_string(&buf)?;
                self.set_arg(i, Value::Str(s));
                Ok(s)
            }
            _ => Err(self.arg_type_error(i, "string")),
        }
    }

    /// The bytes of a string argument. The slice lives as long as the
    /// string is on the stack (the argument slot keeps it alive).
    pub fn check_bytes<'a>(&mut self, i: usize) -> LResult<&'a [u8]> {
        let s = self.check_lstr(i)?;
        // SAFETY: the string is rooted by its argument slot for the call.
        Ok(unsafe { (*s).as_bytes() })
    }

    pub fn opt_bytes<'a>(&mut self, i: usize, default: &'a [u8]) -> LResult<&'a [u8]> {
        if self.arg(i).is_nil() {
            Ok(default)
        } else {
            self.check_bytes(i)
        }
    }

    /// Pushes a string made of `s`.
    pub fn push_bytes(&mut self, s: &[u8]) -> LResult<()> {
        let v = self.new_str_value(s)?;
        self.push_checked(v)
    }

    /// `luaL_tolstring`: the string form of any value, using `__tostring`
    /// and `__name`.
    pub fn to_display_string(&mut self, v: Value) -> LResult<Vec<u8>> {
        let tm = self.get_metafield(&v, b"__tostring");
        if !tm.is_nil() {
            let r = self.call_value(tm, &[v])?;
            return match r {
                // SAFETY: a live string.
                Value::Str(s) => Ok(unsafe { (*s).as_bytes().to_vec() }),
                Value::Int(_) | Value::Float(_) => {
                    let mut out = Vec::new();
                    arith::fmt_number(&r, &mut out);
                    Ok(out)
                }
                _ => Err(self.lib_error(b"'__tostring' must return a string")),
            };
        }
        let mut out = Vec::new();
        match v {
            Value::Nil => out.extend_from_slice(b"nil"),
            Value::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
            Value::Int(_) | Value::Float(_) => arith::fmt_number(&v, &mut out),
            // SAFETY: a live string.
            Value::Str(s) => out.extend_from_slice(unsafe { (*s).as_bytes() }),
            _ => {
                let name = match self.get_metafield(&v, b"__name") {
                    // SAFETY: a live string.
                    Value::Str(s) => unsafe { (*s).c_str_bytes().to_vec() },
                    _ => v.type_name().as_bytes().to_vec(),
                };
                out.extend_from_slice(&name);
                out.extend_from_slice(
                    format!(": {:p}", v.identity().unwrap_or(std::ptr::null())).as_bytes(),
                );
            }
        }
        Ok(out)
    }

    /// Calls a metamethod-like field `__name` event by name (helper for
    /// `__pairs` and friends): `mt[event]` or nil.
    pub fn metamethod_named(&self, v: &Value, ev: TmEvent) -> Value {
        self.get_metamethod(v, ev)
    }

    /// The traceback text of `luaL_traceback`, starting `level` frames
    /// below the current one.
    pub fn traceback(&self, msg: Option<&[u8]>, level: usize) -> Vec<u8> {
        let mut out = Vec::new();
        if let Some(m) = msg {
            out.extend_from_slice(m);
            out.push(b'\n');
        }
        out.extend_from_slice(b"stack traceback:");
        let n = self.cis.len();
        // Frames from the top, skipping `level`; frame 0 is the base C frame.
        let frames: Vec<usize> = (1..n).rev().skip(level).collect();
        let total = frames.len();
        const LEVELS1: usize = 10;
        const LEVELS2: usize = 11;
        // With more than 22 levels, the first 10 and the last 11 are shown;
        // the reference's count of skipped levels is one less than hidden.
        let cut = total > LEVELS1 + LEVELS2 + 1;
        for (k, &idx) in frames.iter().enumerate() {
            if cut && k == LEVELS1 {
                let skip = total - LEVELS1 - LEVELS2 - 1;
                out.extend_from_slice(format!("\n\t...\t(skipping {} levels)", skip).as_bytes());
            }
            if cut && k >= LEVELS1 && k < total - LEVELS2 {
                continue;
            }
            let ci = &self.cis.as_slice()[idx];
            let info = crate::vm::debug::frame_info(self, ci);
            out.extend_from_slice(b"\n\t");
            out.extend_from_slice(&info.short_src);
            out.push(b':');
            if info.current_line > 0 {
                out.extend_from_slice(info.current_line.to_string().as_bytes());
                out.push(b':');
            }
            out.extend_from_slice(b" in ");
            let f = self.at(ci.func);
            if let Some(g) = self.global_func_name(f) {
                out.extend_from_slice(b"function '");
                out.extend_from_slice(&g);
                out.push(b'\'');
            } else if let Some((kind, name)) = crate::vm::debug::funcname_for_frame(self, idx) {
                out.extend_from_slice(kind.as_bytes());
                out.extend_from_slice(b" '");
                out.extend_from_slice(&name);
                out.push(b'\'');
            } else if info.what == "main" {
                out.extend_from_slice(b"main chunk");
            } else if info.what != "C" {
                out.extend_from_slice(b"function <");
                out.extend_from_slice(&info.short_src);
                out.push(b':');
                out.extend_from_slice(info.line_defined.to_string().as_bytes());
                out.push(b'>');
            } else {
                out.push(b'?');
            }
            if ci.status & crate::vm::state::CIST_TAIL != 0 {
                out.extend_from_slice(b"\n\t(...tail calls...)");
            }
        }
        out
    }
}
