//! Source text to `FuncProto`: lexer, parser, code generator.
//!
//! The compiler is plain Rust over byte slices: it allocates nothing on the
//! VM heap and never calls back into the VM. Its output, [`FuncProto`], is
//! plain data that the VM turns into heap objects.
//!
//! Errors carry the complete message the reference would produce; see
//! [`ErrorKind`] for how the VM must raise each kind.

pub mod chunkid;
mod codegen;
pub mod disasm;
pub mod lexer;
pub mod numeral;
mod parser;
pub mod proto;

pub use disasm::disassemble;
pub use parser::MAX_C_CALLS;
pub use proto::{Constant, FuncProto, LocVar, UpvalDesc};

/// How a compilation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A syntax error (the reference's `LUA_ERRSYNTAX`); the message carries
    /// the chunk id and line: `chunk:line: msg [near token]`.
    Syntax,
    /// An error the reference raises as a runtime error while parsing
    /// (`luaG_runerror`: "C stack overflow", "too many ... (limit is N)"):
    /// no position; status `LUA_ERRRUN`, and the message handler applies.
    /// (Compiling from a C-call depth already past [`MAX_C_CALLS`] fails at
    /// once with "error in error handling", also of this kind, where the
    /// reference would have status `LUA_ERRERR` past 220.)
    Runtime,
}

/// A compilation error with its complete message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: Vec<u8>,
}

/// Compile a chunk, as `load` does, starting at C-call depth 0.
///
/// `chunkname` is the name given to `load` (`=stdin`, `@file.lua`, or the
/// source itself); like the reference's C string, it ends at its first NUL.
/// On error, returns the complete message (e.g.
/// `[string "x = "]:1: unexpected symbol near <eof>`) and its kind.
pub fn compile(source: &[u8], chunkname: &[u8]) -> Result<FuncProto, CompileError> {
    compile_at_depth(source, chunkname, 0)
}

/// Compile a chunk, counting nesting from `c_calls`, the caller's current
/// number of nested C calls (the reference's `getCcalls(L)` when the parser
/// starts). Each nesting level of the source adds one; reaching
/// [`MAX_C_CALLS`] fails with "C stack overflow" ([`ErrorKind::Runtime`]).
/// For reference: `load` called from a main chunk run by the stand-alone
/// interpreter starts at 2; the interpreter loading a script file, at 1.
pub fn compile_at_depth(
    source: &[u8],
    chunkname: &[u8],
    c_calls: u32,
) -> Result<FuncProto, CompileError> {
    let name = match chunkname.iter().position(|&b| b == 0) {
        Some(n) => &chunkname[..n],
        None => chunkname,
    };
    let mut p = parser::Parser::new(source, name, c_calls);
    p.mainfunc().map_err(|e| *e)
}

#[cfg(test)]
mod tests;
