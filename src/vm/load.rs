//! Loading chunks: source text through the compiler (binary chunks later,
//! through a verifying undump), the compiler's `FuncProto` turned into heap
//! prototypes, and the main closure with `_ENV` as its upvalue.
use crate::object::function::{LocVarInfo, UpvalInfo};
use crate::object::{LuaClosure, Proto, UpVal};
use crate::parse::proto::{Constant, FuncProto};
use crate::value::Value;
use crate::vm::error::{LResult, Status};
use crate::vm::state::LuaState;

impl LuaState {
    /// Turns a compiled prototype (and its children) into heap objects.
    /// Equal long-string constants of one chunk become one string object,
    /// as in the reference (`long_strings` remembers them while loading).
    fn build_proto(
        &mut self,
        fp: &FuncProto,
        source: *mut crate::object::LuaString,
        long_strings: &mut std::collections::HashMap<Vec<u8>, Value>,
    ) -> LResult<*mut Proto> {
        let oom = |l: &mut LuaState| l.memory_error();
        let p = Proto::alloc(self.heap()).map_err(|_| oom(self))?;
        // SAFETY: `p` is a fresh prototype; nothing collects during loading.
        let pr = unsafe { &mut *p };
        pr.num_params = fp.num_params;
        pr.is_vararg = fp.is_vararg;
        pr.max_stack = fp.max_stack_size.max(2);
        pr.line_defined = fp.line_defined;
        pr.last_line_defined = fp.last_line_defined;
        // A prototype's own source, or its parent's when it is the same
        // (or absent: children in binary chunks, or stripped chunks).
        // SAFETY: a live string.
        let same = !source.is_null() && unsafe { (*source).as_bytes() } == fp.source.as_slice();
        pr.source = if fp.source.is_empty() || same {
            source
        } else {
            self.new_string(&fp.source)?
        };
        let source = pr.source;
        let a = &mut self.g().heap.alloc;
        pr.code = crate::gc::RawVec::from_slice(a, &fp.code).map_err(|_| oom(self))?;
        let a = &mut self.g().heap.alloc;
        pr.line_info = crate::gc::RawVec::from_slice(a, &fp.line_info).map_err(|_| oom(self))?;
        for c in &fp.constants {
            let v = match c {
                Constant::Nil => Value::Nil,
                Constant::Bool(b) => Value::Bool(*b),
                Constant::Int(i) => Value::Int(*i),
                Constant::Float(f) => Value::Float(*f),
                Constant::Str(s) if s.len() > crate::object::string::MAX_SHORT_LEN => {
                    match long_strings.get(s) {
                        Some(&v) => v,
                        None => {
                            let v = self.new_str_value(s)?;
                            long_strings.insert(s.clone(), v);
                            v
                        }
                    }
                }
                Constant::Str(s) => self.new_str_value(s)?,
            };
            pr.k.push(&mut self.g().heap.alloc, v)
                .map_err(|_| oom(self))?;
        }
        for u in &fp.upvalues {
            // (No name: a stripped binary chunk; debug shows "(no name)".)
            let name = if u.name.is_empty() {
                std::ptr::null_mut()
            } else {
                self.new_string(&u.name)?
            };
            let info = UpvalInfo {
                name,
                in_stack: u.in_stack,
                index: u.index,
                kind: u.kind,
            };
            pr.upvals
                .push(&mut self.g().heap.alloc, info)
                .map_err(|_| oom(self))?;
        }
        for lv in &fp.loc_vars {
            let name = self.new_string(&lv.name)?;
            let info = LocVarInfo {
                name,
                start_pc: lv.start_pc,
                end_pc: lv.end_pc,
            };
            pr.loc_vars
                .push(&mut self.g().heap.alloc, info)
                .map_err(|_| oom(self))?;
        }
        for child in &fp.protos {
            let c = self.build_proto(child, source, long_strings)?;
            pr.protos
                .push(&mut self.g().heap.alloc, c)
                .map_err(|_| oom(self))?;
        }
        Ok(p)
    }

    /// Compiles `chunk` and pushes the main closure, or pushes the error
    /// message and returns its status (the reference's `lua_load`).
    pub fn load_chunk(
        &mut self,
        chunk: &[u8],
        chunkname: &[u8],
        mode: &[u8],
    ) -> Result<(), Status> {
        self.ensure_stack(1)?;
        let is_binary = chunk.first() == Some(&0x1b);
        let allowed = if is_binary {
            mode.contains(&b'b')
        } else {
            mode.contains(&b't')
        };
        if !allowed {
            let what = if is_binary { "binary" } else { "text" };
            let msg = format!(
                "attempt to load a {} chunk (mode is '{}')",
                what,
                String::from_utf8_lossy(mode)
            );
            let s = self.new_string(msg.as_bytes())?;
            self.push(Value::Str(s));
            return Err(Status::ErrSyntax);
        }
        if is_binary {
            return self.load_binary(chunk, chunkname);
        }
        // The compiler's nesting limit counts the C calls already active.
        let fp = match crate::parse::compile_at_depth(chunk, chunkname, self.n_ccalls) {
            Ok(fp) => fp,
            Err(e) => {
                let s = self.new_string(&e.msg)?;
                let st = match e.kind {
                    crate::parse::ErrorKind::Syntax => {
                        self.push(Value::Str(s));
                        return Err(Status::ErrSyntax);
                    }
                    // A runtime error ("C stack overflow") is raised as the
                    // reference raises it: through the message handler.
                    crate::parse::ErrorKind::Runtime => self.throw_value(Value::Str(s)),
                };
                let e = self.err_value;
                self.push_checked(e)?;
                return Err(st);
            }
        };
        let source = self.new_string(chunkname)?;
        self.push_main_closure(&fp, source)
    }

    /// Loads a binary chunk: read, verified, then made a closure as a
    /// compiled chunk is (its source is the one recorded in the chunk).
    fn load_binary(&mut self, chunk: &[u8], chunkname: &[u8]) -> Result<(), Status> {
        let fp = match crate::chunk::undump::undump(chunk, chunkname) {
            Ok((fp, nup)) => match crate::chunk::verify::verify_main(&fp, nup) {
                Ok(()) => fp,
                Err(why) => {
                    let name = crate::chunk::undump::message_name(chunkname);
                    let mut msg = name;
                    msg.extend_from_slice(b": bad binary format (invalid code: ");
                    msg.extend_from_slice(why.as_bytes());
                    msg.push(b')');
                    let s = self.new_string(&msg)?;
                    self.push(Value::Str(s));
                    return Err(Status::ErrSyntax);
                }
            },
            Err(msg) => {
                let s = self.new_string(&msg)?;
                self.push(Value::Str(s));
                return Err(Status::ErrSyntax);
            }
        };
        self.push_main_closure(&fp, std::ptr::null_mut())
    }

    /// Builds the prototypes of a main function and pushes its closure, with
    /// `_ENV` (the globals) as its first upvalue.
    fn push_main_closure(
        &mut self,
        fp: &FuncProto,
        source: *mut crate::object::LuaString,
    ) -> Result<(), Status> {
        let p = self.build_proto(fp, source, &mut Default::default())?;
        // SAFETY: a live prototype.
        let nup = unsafe { (*p).upvals.len() };
        let cl = LuaClosure::alloc(self.heap(), p, nup).map_err(|_| self.memory_error())?;
        for i in 0..nup {
            let uv =
                UpVal::alloc_closed(self.heap(), Value::Nil).map_err(|_| self.memory_error())?;
            // SAFETY: fresh closure with `nup` slots.
            unsafe { (*cl).upvals_mut()[i] = uv };
        }
        if nup > 0 {
            let g = self.globals();
            // SAFETY: the first upvalue was just created.
            unsafe { (*(*cl).upvals()[0]).set(Value::Table(g)) };
        }
        self.push(Value::LuaFn(cl));
        Ok(())
    }
}
