//! The parser: a one-pass recursive-descent parser over the Lua 5.4
//! grammar, driving the code generator.
//!
//! Invariants:
//! - `fs` is the function being compiled; `outer` holds the enclosing ones,
//!   innermost last. `actvar` holds the active local variables of all of
//!   them (each function's start at `FuncState::firstlocal`).
//! - Between statements, `fs.freereg == nvarstack()`: temporaries never
//!   outlive a statement.
//! - Nesting is counted exactly where the reference counts C levels
//!   (statements, sub-expressions, extra assignment targets); at
//!   `MAX_C_CALLS` compilation stops with "C stack overflow", so the Rust
//!   recursion depth is bounded (a handful of frames per level).

use std::collections::HashMap;

use super::codegen::{
    BinOpr, BlockCnt, ExpDesc, ExpKind, FuncState, KKey, KValue, LFIELDS_PER_FLUSH, LocVarInfo,
    MULTRET, NO_JUMP, R, RDKCONST, RDKCTC, RDKTOCLOSE, UnOpr, UpvalInfo, VDKREG, limit_error,
};
use super::lexer::{Lexer, StrId, Token};
use super::proto::{Constant, FuncProto, LocVar, UpvalDesc};
use super::{CompileError, ErrorKind};
use crate::vm::opcode::{self as op, OpCode};

/// Locals per function (must be below 250 for the bytecode format).
const MAXVARS: usize = 200;
/// Upvalues per function.
const MAXUPVAL: usize = 255;
/// The reference's `LUAI_MAXCCALLS`.
pub const MAX_C_CALLS: u32 = 200;
/// `SHRT_MAX`, the limit of several growing arrays.
const SHRT_MAX: usize = 32767;
/// Priority of unary operators.
const UNARY_PRIORITY: u8 = 12;

/// An active local variable.
#[derive(Clone, Copy, Debug)]
pub(super) struct VarDesc {
    pub name: StrId,
    pub kind: u8,
    /// Register holding the variable.
    pub ridx: u32,
    /// Index in the function's `locvars` (debug information).
    pub pidx: usize,
    /// Value of a compile-time constant.
    pub k: KValue,
}

const DUMMY_VAR: VarDesc = VarDesc {
    name: 0,
    kind: VDKREG,
    ridx: 0,
    pidx: 0,
    k: KValue::Nil,
};

/// A pending goto or an active label.
#[derive(Clone, Copy, Debug)]
struct LabelDesc {
    name: StrId,
    /// Position in the code (for a goto: its jump list, maybe NO_JUMP).
    pc: i32,
    line: u32,
    /// Active locals at that position.
    nactvar: u32,
    /// The goto escapes variables that need closing.
    close: bool,
}

/// Constructor bookkeeping.
struct ConsControl {
    /// Last list item read.
    v: ExpDesc,
    /// Register of the table.
    treg: u32,
    /// Record items.
    nh: u32,
    /// Array items already stored.
    na: u32,
    /// Array items pending.
    tostore: u32,
}

pub(super) struct Parser<'a> {
    pub lx: Lexer<'a>,
    pub fs: FuncState,
    outer: Vec<FuncState>,
    pub actvar: Vec<VarDesc>,
    gt: Vec<LabelDesc>,
    label: Vec<LabelDesc>,
    /// Current C-level count (the reference's `nCcalls`).
    ccalls: u32,
    /// `_ENV`.
    envn: StrId,
    /// `break`, the name of the implicit label of loops.
    break_name: StrId,
    /// The chunk name, stored in every prototype.
    source: Vec<u8>,
    /// Constant cache shared by all functions: value key to index.
    pub kcache: HashMap<KKey, u32>,
}

fn binopr(t: Token) -> Option<BinOpr> {
    Some(match t {
        Token::Char(b'+') => BinOpr::Add,
        Token::Char(b'-') => BinOpr::Sub,
        Token::Char(b'*') => BinOpr::Mul,
        Token::Char(b'%') => BinOpr::Mod,
        Token::Char(b'^') => BinOpr::Pow,
        Token::Char(b'/') => BinOpr::Div,
        Token::IDiv => BinOpr::IDiv,
        Token::Char(b'&') => BinOpr::BAnd,
        Token::Char(b'|') => BinOpr::BOr,
        Token::Char(b'~') => BinOpr::BXor,
        Token::Shl => BinOpr::Shl,
        Token::Shr => BinOpr::Shr,
        Token::Concat => BinOpr::Concat,
        Token::Ne => BinOpr::Ne,
        Token::Eq => BinOpr::Eq,
        Token::Char(b'<') => BinOpr::Lt,
        Token::Le => BinOpr::Le,
        Token::Char(b'>') => BinOpr::Gt,
        Token::Ge => BinOpr::Ge,
        Token::And => BinOpr::And,
        Token::Or => BinOpr::Or,
        _ => return None,
    })
}

fn unopr(t: Token) -> Option<UnOpr> {
    Some(match t {
        Token::Not => UnOpr::Not,
        Token::Char(b'-') => UnOpr::Minus,
        Token::Char(b'~') => UnOpr::BNot,
        Token::Char(b'#') => UnOpr::Len,
        _ => return None,
    })
}

/// (left, right) priorities; right < left means right associative.
fn priority(op: BinOpr) -> (u8, u8) {
    match op {
        BinOpr::Add | BinOpr::Sub => (10, 10),
        BinOpr::Mul | BinOpr::Mod | BinOpr::Div | BinOpr::IDiv => (11, 11),
        BinOpr::Pow => (14, 13),
        BinOpr::BAnd => (6, 6),
        BinOpr::BOr => (4, 4),
        BinOpr::BXor => (5, 5),
        BinOpr::Shl | BinOpr::Shr => (7, 7),
        BinOpr::Concat => (9, 8),
        BinOpr::Eq | BinOpr::Lt | BinOpr::Le | BinOpr::Ne | BinOpr::Gt | BinOpr::Ge => (3, 3),
        BinOpr::And => (2, 2),
        BinOpr::Or => (1, 1),
    }
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

impl<'a> Parser<'a> {
    pub(super) fn new(src: &'a [u8], chunkname: &[u8], ccalls: u32) -> Parser<'a> {
        let mut lx = Lexer::new(src, chunkname);
        let envn = lx.strings.intern(b"_ENV");
        let break_name = lx.strings.intern(b"break");
        Parser {
            lx,
            fs: FuncState::new(0, 0, 0),
            outer: Vec::new(),
            actvar: Vec::new(),
            gt: Vec::new(),
            label: Vec::new(),
            ccalls,
            envn,
            break_name,
            source: chunkname.to_vec(),
            kcache: HashMap::new(),
        }
    }

    // ---------------------------------------------------------------
    // Errors and token helpers
    // ---------------------------------------------------------------

    fn error_expected(&self, t: Token) -> Box<CompileError> {
        let mut m = t.describe();
        m.extend_from_slice(b" expected");
        self.lx.syntax_error(&m)
    }

    fn errorlimit(&self, line_defined: u32, limit: usize, what: &str) -> Box<CompileError> {
        let place = if line_defined == 0 {
            "main function".to_string()
        } else {
            format!("function at line {line_defined}")
        };
        self.lx
            .syntax_error(format!("too many {what} (limit is {limit}) in {place}").as_bytes())
    }

    fn checklimit(&self, v: usize, l: usize, what: &str) -> R<()> {
        if v > l {
            Err(self.errorlimit(self.fs.line_defined, l, what))
        } else {
            Ok(())
        }
    }

    fn testnext(&mut self, t: Token) -> R<bool> {
        if self.lx.t == t {
            self.lx.next_token()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn check(&self, t: Token) -> R<()> {
        if self.lx.t != t {
            Err(self.error_expected(t))
        } else {
            Ok(())
        }
    }

    fn checknext(&mut self, t: Token) -> R<()> {
        self.check(t)?;
        self.lx.next_token()
    }

    /// Expect `what` closing `who` opened at line `where_`.
    fn check_match(&mut self, what: Token, who: Token, where_: u32) -> R<()> {
        if self.testnext(what)? {
            return Ok(());
        }
        if where_ == self.lx.linenumber {
            Err(self.error_expected(what))
        } else {
            let msg = cat(&[
                &what.describe(),
                b" expected (to close ",
                &who.describe(),
                format!(" at line {where_})").as_bytes(),
            ]);
            Err(self.lx.syntax_error(&msg))
        }
    }

    fn str_checkname(&mut self) -> R<StrId> {
        match self.lx.t {
            Token::Name(s) => {
                self.lx.next_token()?;
                Ok(s)
            }
            _ => Err(self.error_expected(Token::Name(0))),
        }
    }

    fn name(&self, s: StrId) -> &[u8] {
        self.lx.strings.get(s)
    }

    /// Count one C level (the reference's `luaE_incCstack`).
    fn enter_level(&mut self) -> R<()> {
        self.ccalls = self.ccalls.saturating_add(1);
        if self.ccalls >= MAX_C_CALLS {
            let msg: &[u8] = if self.ccalls == MAX_C_CALLS {
                b"C stack overflow"
            } else {
                // Only when starting past the limit (see `ErrorKind`).
                b"error in error handling"
            };
            return Err(Box::new(CompileError {
                kind: ErrorKind::Runtime,
                msg: msg.to_vec(),
            }));
        }
        Ok(())
    }

    fn leave_level(&mut self) {
        self.ccalls = self.ccalls.saturating_sub(1);
    }

    // ---------------------------------------------------------------
    // Variables
    // ---------------------------------------------------------------

    fn fs_at(&self, level: usize) -> Option<&FuncState> {
        if level == 0 {
            Some(&self.fs)
        } else {
            self.outer
                .len()
                .checked_sub(level)
                .and_then(|i| self.outer.get(i))
        }
    }

    fn fs_at_mut(&mut self, level: usize) -> Option<&mut FuncState> {
        if level == 0 {
            Some(&mut self.fs)
        } else {
            let n = self.outer.len();
            n.checked_sub(level)
                .and_then(move |i| self.outer.get_mut(i))
        }
    }

    /// The variable with compiler index `vidx` of the current function.
    pub(super) fn vardesc(&self, vidx: u32) -> &VarDesc {
        self.actvar
            .get(self.fs.firstlocal + vidx as usize)
            .unwrap_or(&DUMMY_VAR)
    }

    fn vardesc_mut(&mut self, vidx: u32) -> Option<&mut VarDesc> {
        self.actvar.get_mut(self.fs.firstlocal + vidx as usize)
    }

    /// Register level of the first `nvar` variables: one past the highest
    /// register they use (compile-time constants use none).
    pub(super) fn reglevel(&self, nvar: u32) -> u32 {
        let base = self.fs.firstlocal;
        for v in (0..nvar as usize).rev() {
            if let Some(vd) = self.actvar.get(base + v)
                && vd.kind != RDKCTC
            {
                return vd.ridx + 1;
            }
        }
        0
    }

    /// Registers used by active variables.
    pub(super) fn nvarstack(&self) -> u32 {
        self.reglevel(self.fs.nactvar)
    }

    fn registerlocalvar(&mut self, name: StrId) -> R<usize> {
        if self.fs.locvars.len() >= SHRT_MAX {
            return Err(limit_error("local variables", SHRT_MAX));
        }
        let pc = self.pc() as u32;
        self.fs.locvars.push(LocVarInfo {
            name,
            start_pc: pc,
            end_pc: 0,
        });
        Ok(self.fs.locvars.len() - 1)
    }

    /// Declare a local (not yet active); returns its compiler index.
    fn new_localvar(&mut self, name: StrId) -> R<u32> {
        self.checklimit(
            self.actvar.len() + 1 - self.fs.firstlocal,
            MAXVARS,
            "local variables",
        )?;
        if self.actvar.len() + 2 > SHRT_MAX {
            return Err(limit_error("local variables", SHRT_MAX));
        }
        self.actvar.push(VarDesc { name, ..DUMMY_VAR });
        Ok((self.actvar.len() - 1 - self.fs.firstlocal) as u32)
    }

    fn new_localvar_literal(&mut self, name: &[u8]) -> R<u32> {
        let id = self.lx.strings.intern(name);
        self.new_localvar(id)
    }

    fn localdebuginfo_mut(&mut self, vidx: u32) -> Option<&mut LocVarInfo> {
        let vd = *self.vardesc(vidx);
        if vd.kind == RDKCTC {
            None
        } else {
            self.fs.locvars.get_mut(vd.pidx)
        }
    }

    fn check_readonly(&self, e: &ExpDesc) -> R<()> {
        let name = match e.k {
            ExpKind::Const(idx) => self.actvar.get(idx as usize).map(|v| v.name),
            ExpKind::Local { vidx, .. } => {
                let vd = self.vardesc(vidx);
                (vd.kind != VDKREG).then_some(vd.name)
            }
            ExpKind::Upval(i) => self
                .fs
                .upvalues
                .get(i as usize)
                .and_then(|u| (u.kind != VDKREG).then_some(u.name)),
            _ => None,
        };
        match name {
            Some(n) => {
                let msg = cat(&[b"attempt to assign to const variable '", self.name(n), b"'"]);
                Err(self.lx.sem_error(&msg))
            }
            None => Ok(()),
        }
    }

    /// Activate the last `nvars` declared variables.
    fn adjustlocalvars(&mut self, nvars: u32) -> R<()> {
        let first = self.nvarstack();
        for reglevel in first..first + nvars {
            let vidx = self.fs.nactvar;
            self.fs.nactvar += 1;
            let name = self.vardesc(vidx).name;
            let pidx = self.registerlocalvar(name)?;
            if let Some(v) = self.vardesc_mut(vidx) {
                v.ridx = reglevel;
                v.pidx = pidx;
            }
        }
        Ok(())
    }

    /// End the scope of variables down to `tolevel` (debug information);
    /// returns how many were removed. Their descriptions stay in `actvar`
    /// until the caller truncates it: like the reference, pending gotos
    /// still look at them to compute register levels.
    fn removevars(&mut self, tolevel: u32) -> usize {
        let pc = self.pc() as u32;
        let removed = self.fs.nactvar.saturating_sub(tolevel);
        while self.fs.nactvar > tolevel {
            self.fs.nactvar -= 1;
            let v = self.fs.nactvar;
            if let Some(info) = self.localdebuginfo_mut(v) {
                info.end_pc = pc;
            }
        }
        removed as usize
    }

    fn searchupvalue(&self, level: usize, name: StrId) -> Option<u32> {
        let fs = self.fs_at(level)?;
        fs.upvalues
            .iter()
            .position(|u| u.name == name)
            .map(|i| i as u32)
    }

    fn allocupvalue(&mut self, level: usize, up: UpvalInfo) -> R<u32> {
        let (n, line) = match self.fs_at(level) {
            Some(fs) => (fs.upvalues.len(), fs.line_defined),
            None => return Ok(0),
        };
        if n + 1 > MAXUPVAL {
            return Err(self.errorlimit(line, MAXUPVAL, "upvalues"));
        }
        if let Some(fs) = self.fs_at_mut(level) {
            fs.upvalues.push(up);
        }
        Ok(n as u32)
    }

    /// Add upvalue `name` to the function at `level`, for `v` found in the
    /// enclosing function.
    fn newupvalue(&mut self, level: usize, name: StrId, v: &ExpDesc) -> R<u32> {
        let prev = level + 1;
        let (in_stack, idx, kind) = match v.k {
            ExpKind::Local { ridx, vidx } => {
                let kind = self
                    .fs_at(prev)
                    .and_then(|fs| self.actvar.get(fs.firstlocal + vidx as usize))
                    .map_or(VDKREG, |vd| vd.kind);
                (true, ridx, kind)
            }
            ExpKind::Upval(i) => {
                let kind = self
                    .fs_at(prev)
                    .and_then(|fs| fs.upvalues.get(i as usize))
                    .map_or(VDKREG, |u| u.kind);
                (false, i, kind)
            }
            _ => (false, 0, VDKREG),
        };
        self.allocupvalue(
            level,
            UpvalInfo {
                name,
                in_stack,
                idx,
                kind,
            },
        )
    }

    /// Look for an active local `n` in the function at `level`.
    fn searchvar(&self, level: usize, n: StrId) -> Option<ExpDesc> {
        let fs = self.fs_at(level)?;
        for i in (0..fs.nactvar).rev() {
            let abs = fs.firstlocal + i as usize;
            let vd = self.actvar.get(abs)?;
            if vd.name == n {
                return Some(if vd.kind == RDKCTC {
                    ExpDesc::new(ExpKind::Const(abs as u32))
                } else {
                    ExpDesc::new(ExpKind::Local {
                        ridx: vd.ridx,
                        vidx: i,
                    })
                });
            }
        }
        None
    }

    /// Mark the block of the function at `level` where variable `vidx` was
    /// declared: it is captured as an upvalue.
    fn markupval(&mut self, level: usize, vidx: u32) {
        if let Some(fs) = self.fs_at_mut(level) {
            if let Some(bl) = fs.blocks.iter_mut().rev().find(|b| b.nactvar <= vidx) {
                bl.upval = true;
            }
            fs.needclose = true;
        }
    }

    fn marktobeclosed(&mut self) {
        if let Some(bl) = self.fs.blocks.last_mut() {
            bl.upval = true;
            bl.insidetbc = true;
        }
        self.fs.needclose = true;
    }

    /// Resolve `n` from the function at `level` outwards; `Void` for a
    /// global. Recursion depth is bounded by function nesting.
    fn singlevaraux(&mut self, level: usize, n: StrId, base: bool) -> R<ExpDesc> {
        if self.fs_at(level).is_none() {
            return Ok(ExpDesc::new(ExpKind::Void));
        }
        if let Some(var) = self.searchvar(level, n) {
            if let (ExpKind::Local { vidx, .. }, false) = (var.k, base) {
                self.markupval(level, vidx);
            }
            return Ok(var);
        }
        let idx = match self.searchupvalue(level, n) {
            Some(idx) => idx,
            None => {
                let var = self.singlevaraux(level + 1, n, false)?;
                if matches!(var.k, ExpKind::Local { .. } | ExpKind::Upval(_)) {
                    self.newupvalue(level, n, &var)?
                } else {
                    return Ok(var); // a global or a compile-time constant
                }
            }
        };
        Ok(ExpDesc::new(ExpKind::Upval(idx)))
    }

    /// A variable reference: local, upvalue, or `_ENV.name`.
    fn singlevar(&mut self) -> R<ExpDesc> {
        let name = self.str_checkname()?;
        let mut var = self.singlevaraux(0, name, true)?;
        if var.k == ExpKind::Void {
            var = self.singlevaraux(0, self.envn, true)?;
            self.exp2anyregup(&mut var)?;
            let mut key = ExpDesc::new(ExpKind::KStr(name));
            self.indexed(&mut var, &mut key)?;
        }
        Ok(var)
    }

    /// Adjust `nexps` values (last one `e`) to `nvars` targets.
    fn adjust_assign(&mut self, nvars: u32, nexps: u32, e: &mut ExpDesc) -> R<()> {
        let needed = nvars as i32 - nexps as i32;
        if e.has_multret() {
            let extra = (needed + 1).max(0);
            self.setreturns(e, extra)?;
        } else {
            if e.k != ExpKind::Void {
                self.exp2nextreg(e)?;
            }
            if needed > 0 {
                let r = self.fs.freereg;
                self.nil(r, needed as u32)?;
            }
        }
        if needed > 0 {
            self.reserveregs(needed as u32)?;
        } else {
            self.fs.freereg = (self.fs.freereg as i32 + needed).max(0) as u32;
        }
        Ok(())
    }

    // ---------------------------------------------------------------
    // Labels, gotos and blocks
    // ---------------------------------------------------------------

    fn jumpscopeerror(&self, gt: &LabelDesc) -> Box<CompileError> {
        let var = self.name(self.vardesc(gt.nactvar).name);
        let msg = cat(&[
            b"<goto ",
            self.name(gt.name),
            format!("> at line {} jumps into the scope of local '", gt.line).as_bytes(),
            var,
            b"'",
        ]);
        self.lx.sem_error(&msg)
    }

    /// Resolve pending goto `g` to `label` and remove it from the list.
    fn solvegoto(&mut self, g: usize, label: &LabelDesc) -> R<()> {
        let Some(gt) = self.gt.get(g).copied() else {
            return Ok(());
        };
        if gt.nactvar < label.nactvar {
            return Err(self.jumpscopeerror(&gt));
        }
        self.patchlist(gt.pc, label.pc.max(0) as usize)?;
        self.gt.remove(g);
        Ok(())
    }

    fn findlabel(&self, name: StrId) -> Option<LabelDesc> {
        self.label
            .get(self.fs.firstlabel..)?
            .iter()
            .find(|l| l.name == name)
            .copied()
    }

    fn newlabelentry(&mut self, is_goto: bool, name: StrId, line: u32, pc: i32) -> R<usize> {
        let entry = LabelDesc {
            name,
            pc,
            line,
            nactvar: self.fs.nactvar,
            close: false,
        };
        let list = if is_goto {
            &mut self.gt
        } else {
            &mut self.label
        };
        if list.len() >= SHRT_MAX {
            return Err(limit_error("labels/gotos", SHRT_MAX));
        }
        list.push(entry);
        Ok(list.len() - 1)
    }

    /// Solve the pending gotos of the current block that target `lb`;
    /// true if some of them need to close variables.
    fn solvegotos(&mut self, lb: &LabelDesc) -> R<bool> {
        let mut i = self.fs.blocks.last().map_or(0, |b| b.firstgoto);
        let mut needsclose = false;
        while let Some(g) = self.gt.get(i).copied() {
            if g.name == lb.name {
                needsclose |= g.close;
                self.solvegoto(i, lb)?;
            } else {
                i += 1;
            }
        }
        Ok(needsclose)
    }

    /// Create a label here; `last` when it is the last statement of its
    /// block (its locals are then out of scope). True if a CLOSE was added.
    fn createlabel(&mut self, name: StrId, line: u32, last: bool) -> R<bool> {
        let pc = self.getlabel() as i32;
        let l = self.newlabelentry(false, name, line, pc)?;
        if last {
            let bl_nactvar = self.fs.blocks.last().map_or(0, |b| b.nactvar);
            if let Some(lb) = self.label.get_mut(l) {
                lb.nactvar = bl_nactvar;
            }
        }
        let Some(lb) = self.label.get(l).copied() else {
            return Ok(false);
        };
        if self.solvegotos(&lb)? {
            let lvl = self.nvarstack();
            self.code_abc(OpCode::Close, lvl, 0, 0)?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Pending gotos of a block being left now belong to the outer block.
    fn movegotosout(&mut self, bl: &BlockCnt) {
        let outer_level = self.reglevel(bl.nactvar);
        for i in bl.firstgoto..self.gt.len() {
            let Some(g) = self.gt.get(i).copied() else {
                break;
            };
            let close = g.close || (self.reglevel(g.nactvar) > outer_level && bl.upval);
            if let Some(g) = self.gt.get_mut(i) {
                g.close = close;
                g.nactvar = bl.nactvar;
            }
        }
    }

    fn enterblock(&mut self, isloop: bool) {
        let insidetbc = self.fs.blocks.last().is_some_and(|b| b.insidetbc);
        self.fs.blocks.push(BlockCnt {
            firstlabel: self.label.len(),
            firstgoto: self.gt.len(),
            nactvar: self.fs.nactvar,
            upval: false,
            isloop,
            insidetbc,
        });
    }

    fn undefgoto(&self, gt: &LabelDesc) -> Box<CompileError> {
        let msg = if gt.name == self.break_name {
            format!("break outside loop at line {}", gt.line).into_bytes()
        } else {
            cat(&[
                b"no visible label '",
                self.name(gt.name),
                format!("' for <goto> at line {}", gt.line).as_bytes(),
            ])
        };
        self.lx.sem_error(&msg)
    }

    fn leaveblock(&mut self) -> R<()> {
        let Some(bl) = self.fs.blocks.last().cloned() else {
            return Ok(());
        };
        let has_previous = self.fs.blocks.len() > 1;
        let stklevel = self.reglevel(bl.nactvar);
        let removed = self.removevars(bl.nactvar);
        let mut hasclose = false;
        if bl.isloop {
            hasclose = self.createlabel(self.break_name, 0, false)?;
        }
        if !hasclose && has_previous && bl.upval {
            self.code_abc(OpCode::Close, stklevel, 0, 0)?;
        }
        self.fs.freereg = stklevel;
        self.label.truncate(bl.firstlabel);
        self.fs.blocks.pop();
        if has_previous {
            self.movegotosout(&bl);
        } else if let Some(g) = self.gt.get(bl.firstgoto) {
            return Err(self.undefgoto(g));
        }
        let n = self.actvar.len().saturating_sub(removed);
        self.actvar.truncate(n);
        Ok(())
    }

    // ---------------------------------------------------------------
    // Functions
    // ---------------------------------------------------------------

    fn open_func(&mut self, line_defined: u32) {
        let new = FuncState::new(line_defined, self.actvar.len(), self.label.len());
        let old = std::mem::replace(&mut self.fs, new);
        self.outer.push(old);
        self.enterblock(false);
    }

    /// Finish the current function and return its prototype; the enclosing
    /// function becomes current.
    fn close_func(&mut self) -> R<FuncProto> {
        let first = self.nvarstack();
        self.ret(first, 0)?;
        self.leaveblock()?;
        self.finish()?;
        let parent = self.outer.pop().unwrap_or_else(|| FuncState::new(0, 0, 0));
        let fs = std::mem::replace(&mut self.fs, parent);
        Ok(self.build_proto(fs))
    }

    fn build_proto(&self, fs: FuncState) -> FuncProto {
        let strings = &self.lx.strings;
        FuncProto {
            source: self.source.clone(),
            line_defined: fs.line_defined,
            last_line_defined: fs.last_line_defined,
            num_params: fs.num_params as u8,
            is_vararg: fs.is_vararg,
            max_stack_size: fs.max_stack_size as u8,
            code: fs.code,
            line_info: fs.lines,
            constants: fs
                .k
                .iter()
                .map(|k| match *k {
                    KValue::Nil => Constant::Nil,
                    KValue::Bool(b) => Constant::Bool(b),
                    KValue::Int(i) => Constant::Int(i),
                    KValue::Flt(f) => Constant::Float(f),
                    KValue::Str(s) => Constant::Str(strings.get(s).to_vec()),
                })
                .collect(),
            upvalues: fs
                .upvalues
                .iter()
                .map(|u| UpvalDesc {
                    name: strings.get(u.name).to_vec(),
                    in_stack: u.in_stack,
                    index: u.idx as u8,
                    kind: u.kind,
                })
                .collect(),
            protos: fs.protos,
            loc_vars: fs
                .locvars
                .iter()
                .map(|l| LocVar {
                    name: strings.get(l.name).to_vec(),
                    start_pc: l.start_pc,
                    end_pc: l.end_pc,
                })
                .collect(),
        }
    }

    /// Compile the main function: vararg, with upvalue `_ENV`.
    pub(super) fn mainfunc(&mut self) -> R<FuncProto> {
        self.enterblock(false);
        self.setvararg(0)?;
        let env = UpvalInfo {
            name: self.envn,
            in_stack: true,
            idx: 0,
            kind: VDKREG,
        };
        self.allocupvalue(0, env)?;
        self.lx.next_token()?;
        self.statlist()?;
        self.check(Token::Eos)?;
        self.close_func()
    }

    fn setvararg(&mut self, nparams: u32) -> R<()> {
        self.fs.is_vararg = true;
        self.code_abc(OpCode::VarArgPrep, nparams, 0, 0)?;
        Ok(())
    }

    // ---------------------------------------------------------------
    // Grammar: blocks and expressions
    // ---------------------------------------------------------------

    fn block_follow(&self, withuntil: bool) -> bool {
        match self.lx.t {
            Token::Else | Token::ElseIf | Token::End | Token::Eos => true,
            Token::Until => withuntil,
            _ => false,
        }
    }

    fn statlist(&mut self) -> R<()> {
        while !self.block_follow(true) {
            if self.lx.t == Token::Return {
                return self.statement(); // 'return' must be the last statement
            }
            self.statement()?;
        }
        Ok(())
    }

    /// `['.' | ':'] NAME`
    fn fieldsel(&mut self, v: &mut ExpDesc) -> R<()> {
        self.exp2anyregup(v)?;
        self.lx.next_token()?; // skip the dot or colon
        let name = self.str_checkname()?;
        let mut key = ExpDesc::new(ExpKind::KStr(name));
        self.indexed(v, &mut key)
    }

    /// `'[' expr ']'`
    fn yindex(&mut self) -> R<ExpDesc> {
        self.lx.next_token()?; // skip '['
        let mut v = self.expr()?;
        self.exp2val(&mut v)?;
        self.checknext(Token::Char(b']'))?;
        Ok(v)
    }

    fn recfield(&mut self, cc: &mut ConsControl) -> R<()> {
        let reg = self.fs.freereg;
        let mut key = if let Token::Name(name) = self.lx.t {
            self.lx.next_token()?;
            ExpDesc::new(ExpKind::KStr(name))
        } else {
            self.yindex()?
        };
        self.checklimit(cc.nh as usize, i32::MAX as usize, "items in a constructor")?;
        cc.nh += 1;
        self.checknext(Token::Char(b'='))?;
        let mut tab = ExpDesc::new(ExpKind::NonReloc(cc.treg));
        self.indexed(&mut tab, &mut key)?;
        let mut val = self.expr()?;
        self.storevar(&tab, &mut val)?;
        self.fs.freereg = reg;
        Ok(())
    }

    fn closelistfield(&mut self, cc: &mut ConsControl) -> R<()> {
        if cc.v.k == ExpKind::Void {
            return Ok(());
        }
        let mut v = cc.v;
        self.exp2nextreg(&mut v)?;
        cc.v = ExpDesc::new(ExpKind::Void);
        if cc.tostore == LFIELDS_PER_FLUSH {
            self.setlist(cc.treg, cc.na, cc.tostore as i32)?;
            cc.na += cc.tostore;
            cc.tostore = 0;
        }
        Ok(())
    }

    fn lastlistfield(&mut self, cc: &mut ConsControl) -> R<()> {
        if cc.tostore == 0 {
            return Ok(());
        }
        let mut v = cc.v;
        if v.has_multret() {
            self.setmultret(&v)?;
            self.setlist(cc.treg, cc.na, MULTRET)?;
            cc.na = cc.na.wrapping_sub(1); // the open item is not counted
        } else {
            if v.k != ExpKind::Void {
                self.exp2nextreg(&mut v)?;
            }
            self.setlist(cc.treg, cc.na, cc.tostore as i32)?;
        }
        cc.na = cc.na.wrapping_add(cc.tostore);
        Ok(())
    }

    fn field(&mut self, cc: &mut ConsControl) -> R<()> {
        match self.lx.t {
            Token::Name(_) => {
                if self.lx.lookahead()? != Token::Char(b'=') {
                    cc.v = self.expr()?;
                    cc.tostore += 1;
                } else {
                    self.recfield(cc)?;
                }
            }
            Token::Char(b'[') => self.recfield(cc)?,
            _ => {
                cc.v = self.expr()?;
                cc.tostore += 1;
            }
        }
        Ok(())
    }

    /// `'{' [ field { sep field } [sep] ] '}'`
    fn constructor(&mut self) -> R<ExpDesc> {
        let line = self.lx.linenumber;
        let pc = self.code_abc(OpCode::NewTable, 0, 0, 0)?;
        self.code(0)?; // space for the extra argument
        let treg = self.fs.freereg;
        let t = ExpDesc::new(ExpKind::NonReloc(treg));
        self.reserveregs(1)?;
        let mut cc = ConsControl {
            v: ExpDesc::new(ExpKind::Void),
            treg,
            nh: 0,
            na: 0,
            tostore: 0,
        };
        self.checknext(Token::Char(b'{'))?;
        loop {
            if self.lx.t == Token::Char(b'}') {
                break;
            }
            self.closelistfield(&mut cc)?;
            self.field(&mut cc)?;
            let total = cc.tostore as usize + cc.na as usize + cc.nh as usize;
            self.checklimit(total, (i32::MAX / 2) as usize, "items in a constructor")?;
            if !(self.testnext(Token::Char(b','))? || self.testnext(Token::Char(b';'))?) {
                break;
            }
        }
        self.check_match(Token::Char(b'}'), Token::Char(b'{'), line)?;
        self.lastlistfield(&mut cc)?;
        self.settablesize(pc, treg, cc.na, cc.nh);
        Ok(t)
    }

    fn parlist(&mut self) -> R<()> {
        let mut nparams = 0;
        let mut isvararg = false;
        if self.lx.t != Token::Char(b')') {
            loop {
                match self.lx.t {
                    Token::Name(n) => {
                        self.lx.next_token()?;
                        self.new_localvar(n)?;
                        nparams += 1;
                    }
                    Token::Dots => {
                        self.lx.next_token()?;
                        isvararg = true;
                    }
                    _ => return Err(self.lx.syntax_error(b"<name> or '...' expected")),
                }
                if isvararg || !self.testnext(Token::Char(b','))? {
                    break;
                }
            }
        }
        self.adjustlocalvars(nparams)?;
        self.fs.num_params = self.fs.nactvar;
        if isvararg {
            self.setvararg(self.fs.num_params)?;
        }
        self.reserveregs(self.fs.nactvar)
    }

    /// `'(' parlist ')' block END`; the closure lands in the next register.
    fn body(&mut self, ismethod: bool, line: u32) -> R<ExpDesc> {
        if self.fs.protos.len() >= op::MAXARG_BX as usize {
            return Err(limit_error("functions", op::MAXARG_BX as usize));
        }
        self.open_func(line);
        self.checknext(Token::Char(b'('))?;
        if ismethod {
            self.new_localvar_literal(b"self")?;
            self.adjustlocalvars(1)?;
        }
        self.parlist()?;
        self.checknext(Token::Char(b')'))?;
        self.statlist()?;
        self.fs.last_line_defined = self.lx.linenumber;
        self.check_match(Token::End, Token::Function, line)?;
        let e = self.codeclosure()?;
        let proto = self.close_func()?;
        self.fs.protos.push(proto);
        Ok(e)
    }

    /// Emit OP_CLOSURE for the function being finished into its parent
    /// (before the child is closed, as the reference orders it).
    fn codeclosure(&mut self) -> R<ExpDesc> {
        let Some(parent) = self.outer.pop() else {
            return Ok(ExpDesc::new(ExpKind::Void));
        };
        let child = std::mem::replace(&mut self.fs, parent);
        let result = (|| {
            let idx = self.fs.protos.len() as u32;
            let pc = self.code_abx(OpCode::Closure, 0, idx)?;
            let mut v = ExpDesc::new(ExpKind::Reloc(pc));
            self.exp2nextreg(&mut v)?;
            Ok(v)
        })();
        let parent = std::mem::replace(&mut self.fs, child);
        self.outer.push(parent);
        result
    }

    /// `expr { ',' expr }`: all but the last value go to registers.
    fn explist(&mut self) -> R<(u32, ExpDesc)> {
        let mut n = 1;
        let mut v = self.expr()?;
        while self.testnext(Token::Char(b','))? {
            self.exp2nextreg(&mut v)?;
            v = self.expr()?;
            n += 1;
        }
        Ok((n, v))
    }

    fn funcargs(&mut self, f: &mut ExpDesc) -> R<()> {
        let line = self.lx.linenumber;
        let mut args = match self.lx.t {
            Token::Char(b'(') => {
                self.lx.next_token()?;
                let args = if self.lx.t == Token::Char(b')') {
                    ExpDesc::new(ExpKind::Void)
                } else {
                    let (_, args) = self.explist()?;
                    if args.has_multret() {
                        self.setmultret(&args)?;
                    }
                    args
                };
                self.check_match(Token::Char(b')'), Token::Char(b'('), line)?;
                args
            }
            Token::Char(b'{') => self.constructor()?,
            Token::Str(s) => {
                self.lx.next_token()?;
                ExpDesc::new(ExpKind::KStr(s))
            }
            _ => return Err(self.lx.syntax_error(b"function arguments expected")),
        };
        let base = match f.k {
            ExpKind::NonReloc(r) => r,
            _ => 0,
        };
        let nparams = if args.has_multret() {
            MULTRET
        } else {
            if args.k != ExpKind::Void {
                self.exp2nextreg(&mut args)?;
            }
            self.fs.freereg as i32 - (base as i32 + 1)
        };
        let pc = self.code_abc(OpCode::Call, base, (nparams + 1) as u32, 2)?;
        *f = ExpDesc::new(ExpKind::Call(pc));
        self.fixline(line);
        // The call removes function and arguments and leaves one result.
        self.fs.freereg = base + 1;
        Ok(())
    }

    /// `NAME | '(' expr ')'`
    fn primaryexp(&mut self) -> R<ExpDesc> {
        match self.lx.t {
            Token::Char(b'(') => {
                let line = self.lx.linenumber;
                self.lx.next_token()?;
                let mut v = self.expr()?;
                self.check_match(Token::Char(b')'), Token::Char(b'('), line)?;
                self.dischargevars(&mut v)?;
                Ok(v)
            }
            Token::Name(_) => self.singlevar(),
            _ => Err(self.lx.syntax_error(b"unexpected symbol")),
        }
    }

    /// `primaryexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs }`
    fn suffixedexp(&mut self) -> R<ExpDesc> {
        let mut v = self.primaryexp()?;
        loop {
            match self.lx.t {
                Token::Char(b'.') => self.fieldsel(&mut v)?,
                Token::Char(b'[') => {
                    self.exp2anyregup(&mut v)?;
                    let mut key = self.yindex()?;
                    self.indexed(&mut v, &mut key)?;
                }
                Token::Char(b':') => {
                    self.lx.next_token()?;
                    let name = self.str_checkname()?;
                    let mut key = ExpDesc::new(ExpKind::KStr(name));
                    self.self_(&mut v, &mut key)?;
                    self.funcargs(&mut v)?;
                }
                Token::Char(b'(' | b'{') | Token::Str(_) => {
                    self.exp2nextreg(&mut v)?;
                    self.funcargs(&mut v)?;
                }
                _ => return Ok(v),
            }
        }
    }

    fn simpleexp(&mut self) -> R<ExpDesc> {
        let v = match self.lx.t {
            Token::Flt(f) => ExpDesc::new(ExpKind::KFlt(f)),
            Token::Int(i) => ExpDesc::new(ExpKind::KInt(i)),
            Token::Str(s) => ExpDesc::new(ExpKind::KStr(s)),
            Token::Nil => ExpDesc::new(ExpKind::Nil),
            Token::True => ExpDesc::new(ExpKind::True),
            Token::False => ExpDesc::new(ExpKind::False),
            Token::Dots => {
                if !self.fs.is_vararg {
                    return Err(self
                        .lx
                        .syntax_error(b"cannot use '...' outside a vararg function"));
                }
                ExpDesc::new(ExpKind::VarArg(self.code_abc(OpCode::VarArg, 0, 0, 1)?))
            }
            Token::Char(b'{') => return self.constructor(),
            Token::Function => {
                self.lx.next_token()?;
                let line = self.lx.linenumber;
                return self.body(false, line);
            }
            _ => return self.suffixedexp(),
        };
        self.lx.next_token()?;
        Ok(v)
    }

    /// `(simpleexp | unop subexpr) { binop subexpr }` for binary operators
    /// with a left priority above `limit`; returns the first operator not
    /// consumed.
    fn subexpr(&mut self, v: &mut ExpDesc, limit: u8) -> R<Option<BinOpr>> {
        self.enter_level()?;
        if let Some(uop) = unopr(self.lx.t) {
            let line = self.lx.linenumber;
            self.lx.next_token()?;
            self.subexpr(v, UNARY_PRIORITY)?;
            self.prefix(uop, v, line)?;
        } else {
            *v = self.simpleexp()?;
        }
        let mut op = binopr(self.lx.t);
        while let Some(o) = op {
            let (left, right) = priority(o);
            if left <= limit {
                break;
            }
            let line = self.lx.linenumber;
            self.lx.next_token()?;
            self.infix(o, v)?;
            let mut v2 = ExpDesc::new(ExpKind::Void);
            let nextop = self.subexpr(&mut v2, right)?;
            self.posfix(o, v, &mut v2, line)?;
            op = nextop;
        }
        self.leave_level();
        Ok(op)
    }

    fn expr(&mut self) -> R<ExpDesc> {
        let mut v = ExpDesc::new(ExpKind::Void);
        self.subexpr(&mut v, 0)?;
        Ok(v)
    }

    // ---------------------------------------------------------------
    // Grammar: statements
    // ---------------------------------------------------------------

    fn block(&mut self) -> R<()> {
        self.enterblock(false);
        self.statlist()?;
        self.leaveblock()
    }

    /// In `a, b = ...`, when `v` (a local or upvalue being assigned) is the
    /// table or key of an earlier indexed target, that target must use a
    /// copy of the old value.
    fn check_conflict(&mut self, lhs: &mut [ExpDesc], v: &ExpDesc) -> R<()> {
        let extra = self.fs.freereg;
        let mut conflict = false;
        for lh in lhs.iter_mut().rev() {
            match lh.k {
                ExpKind::IndexUp { t, idx } if v.k == ExpKind::Upval(t) => {
                    conflict = true;
                    lh.k = ExpKind::IndexStr { t: extra, idx };
                }
                ExpKind::Indexed { t, idx } => {
                    if let ExpKind::Local { ridx, .. } = v.k {
                        let t = if t == ridx {
                            conflict = true;
                            extra
                        } else {
                            t
                        };
                        let idx = if idx == ridx {
                            conflict = true;
                            extra
                        } else {
                            idx
                        };
                        lh.k = ExpKind::Indexed { t, idx };
                    }
                }
                ExpKind::IndexI { t, idx } => {
                    if matches!(v.k, ExpKind::Local { ridx, .. } if ridx == t) {
                        conflict = true;
                        lh.k = ExpKind::IndexI { t: extra, idx };
                    }
                }
                ExpKind::IndexStr { t, idx } => {
                    if matches!(v.k, ExpKind::Local { ridx, .. } if ridx == t) {
                        conflict = true;
                        lh.k = ExpKind::IndexStr { t: extra, idx };
                    }
                }
                _ => {}
            }
        }
        if conflict {
            match v.k {
                ExpKind::Local { ridx, .. } => {
                    self.code_abc(OpCode::Move, extra, ridx, 0)?;
                }
                ExpKind::Upval(i) => {
                    self.code_abc(OpCode::GetUpval, extra, i, 0)?;
                }
                _ => {}
            }
            self.reserveregs(1)?;
        }
        Ok(())
    }

    /// `suffixedexp { ',' suffixedexp } '=' explist`, the first target
    /// already read. Iterative, but counting one level per extra target as
    /// the reference's recursion does.
    fn restassign(&mut self, first: ExpDesc) -> R<()> {
        let mut lhs = vec![first];
        let mut levels = 0;
        let result = (|| {
            while let Some(last) = lhs.last().copied() {
                if !last.is_var() {
                    return Err(self.lx.syntax_error(b"syntax error"));
                }
                self.check_readonly(&last)?;
                if !self.testnext(Token::Char(b','))? {
                    break;
                }
                let nv = self.suffixedexp()?;
                if !nv.is_indexed() {
                    self.check_conflict(&mut lhs, &nv)?;
                }
                self.enter_level()?;
                levels += 1;
                lhs.push(nv);
            }
            self.checknext(Token::Char(b'='))?;
            let nvars = lhs.len() as u32;
            let (nexps, mut e) = self.explist()?;
            let Some(last) = lhs.pop() else {
                return Ok(());
            };
            if nexps != nvars {
                self.adjust_assign(nvars, nexps, &mut e)?;
                let mut top = ExpDesc::new(ExpKind::NonReloc(self.fs.freereg.saturating_sub(1)));
                self.storevar(&last, &mut top)?;
            } else {
                self.setoneret(&mut e);
                self.storevar(&last, &mut e)?;
            }
            // The other targets take the values left on the stack, last first.
            while let Some(v) = lhs.pop() {
                let mut top = ExpDesc::new(ExpKind::NonReloc(self.fs.freereg.saturating_sub(1)));
                self.storevar(&v, &mut top)?;
            }
            Ok(())
        })();
        self.ccalls = self.ccalls.saturating_sub(levels);
        result
    }

    /// A condition: returns the list of jumps taken when it is false.
    fn cond(&mut self) -> R<i32> {
        let mut v = self.expr()?;
        if v.k == ExpKind::Nil {
            v.k = ExpKind::False; // all falses are equal here
        }
        self.goiftrue(&mut v)?;
        Ok(v.f)
    }

    fn gotostat(&mut self) -> R<()> {
        let line = self.lx.linenumber;
        let name = self.str_checkname()?;
        match self.findlabel(name) {
            None => {
                // Forward jump, resolved when the label is declared.
                let j = self.jump()?;
                self.newlabelentry(true, name, line, j)?;
            }
            Some(lb) => {
                // Backward jump.
                let lblevel = self.reglevel(lb.nactvar);
                if self.nvarstack() > lblevel {
                    self.code_abc(OpCode::Close, lblevel, 0, 0)?;
                }
                let j = self.jump()?;
                self.patchlist(j, lb.pc.max(0) as usize)?;
            }
        }
        Ok(())
    }

    fn breakstat(&mut self) -> R<()> {
        let line = self.lx.linenumber;
        self.lx.next_token()?; // skip 'break'
        let j = self.jump()?;
        self.newlabelentry(true, self.break_name, line, j)?;
        Ok(())
    }

    fn checkrepeated(&self, name: StrId) -> R<()> {
        if let Some(lb) = self.findlabel(name) {
            let msg = cat(&[
                b"label '",
                self.name(name),
                format!("' already defined on line {}", lb.line).as_bytes(),
            ]);
            return Err(self.lx.sem_error(&msg));
        }
        Ok(())
    }

    fn labelstat(&mut self, name: StrId, line: u32) -> R<()> {
        self.checknext(Token::DbColon)?;
        while self.lx.t == Token::Char(b';') || self.lx.t == Token::DbColon {
            self.statement()?; // skip other no-op statements
        }
        self.checkrepeated(name)?;
        let last = self.block_follow(false);
        self.createlabel(name, line, last)?;
        Ok(())
    }

    fn whilestat(&mut self, line: u32) -> R<()> {
        self.lx.next_token()?; // skip WHILE
        let whileinit = self.getlabel();
        let condexit = self.cond()?;
        self.enterblock(true);
        self.checknext(Token::Do)?;
        self.block()?;
        self.jumpto(whileinit)?;
        self.check_match(Token::End, Token::While, line)?;
        self.leaveblock()?;
        self.patchtohere(condexit)
    }

    fn repeatstat(&mut self, line: u32) -> R<()> {
        let repeat_init = self.getlabel();
        self.enterblock(true); // loop block
        self.enterblock(false); // scope block
        self.lx.next_token()?; // skip REPEAT
        self.statlist()?;
        self.check_match(Token::Until, Token::Repeat, line)?;
        let mut condexit = self.cond()?; // read the condition inside the scope
        let scope = self.fs.blocks.last().cloned();
        self.leaveblock()?;
        if let Some(bl2) = scope.filter(|b| b.upval) {
            // Repetition must close the upvalues of the scope.
            let exit = self.jump()?;
            self.patchtohere(condexit)?;
            let lvl = self.reglevel(bl2.nactvar);
            self.code_abc(OpCode::Close, lvl, 0, 0)?;
            condexit = self.jump()?;
            self.patchtohere(exit)?;
        }
        self.patchlist(condexit, repeat_init)?;
        self.leaveblock()
    }

    /// An expression into the next register.
    fn exp1(&mut self) -> R<()> {
        let mut e = self.expr()?;
        self.exp2nextreg(&mut e)
    }

    /// Make the for-loop jump at `pc` go to `dest`.
    fn fixforjump(&mut self, pc: usize, dest: usize, back: bool) -> R<()> {
        let mut offset = dest as i64 - (pc as i64 + 1);
        if back {
            offset = -offset;
        }
        if offset > i64::from(op::MAXARG_BX) {
            return Err(self.lx.syntax_error(b"control structure too long"));
        }
        let i = op::set_bx(self.inst(pc), offset.max(0) as u32);
        self.set_inst(pc, i);
        Ok(())
    }

    fn forbody(&mut self, base: u32, line: u32, nvars: u32, isgen: bool) -> R<()> {
        self.checknext(Token::Do)?;
        let prep = if isgen {
            self.code_abx(OpCode::TForPrep, base, 0)?
        } else {
            self.code_abx(OpCode::ForPrep, base, 0)?
        };
        self.enterblock(false); // scope of the declared variables
        self.adjustlocalvars(nvars)?;
        self.reserveregs(nvars)?;
        self.block()?;
        self.leaveblock()?;
        let here = self.getlabel();
        self.fixforjump(prep, here, false)?;
        if isgen {
            self.code_abc(OpCode::TForCall, base, 0, nvars)?;
            self.fixline(line);
        }
        let endfor = if isgen {
            self.code_abx(OpCode::TForLoop, base, 0)?
        } else {
            self.code_abx(OpCode::ForLoop, base, 0)?
        };
        self.fixforjump(endfor, prep + 1, true)?;
        self.fixline(line);
        Ok(())
    }

    fn fornum(&mut self, varname: StrId, line: u32) -> R<()> {
        let base = self.fs.freereg;
        self.new_localvar_literal(b"(for state)")?;
        self.new_localvar_literal(b"(for state)")?;
        self.new_localvar_literal(b"(for state)")?;
        self.new_localvar(varname)?;
        self.checknext(Token::Char(b'='))?;
        self.exp1()?; // initial value
        self.checknext(Token::Char(b','))?;
        self.exp1()?; // limit
        if self.testnext(Token::Char(b','))? {
            self.exp1()?; // step
        } else {
            let r = self.fs.freereg;
            self.int(r, 1)?;
            self.reserveregs(1)?;
        }
        self.adjustlocalvars(3)?; // control variables
        self.forbody(base, line, 1, false)
    }

    fn forlist(&mut self, indexname: StrId) -> R<()> {
        let mut nvars = 5; // gen, state, control, toclose, 'indexname'
        let base = self.fs.freereg;
        for _ in 0..4 {
            self.new_localvar_literal(b"(for state)")?;
        }
        self.new_localvar(indexname)?;
        while self.testnext(Token::Char(b','))? {
            let n = self.str_checkname()?;
            self.new_localvar(n)?;
            nvars += 1;
        }
        self.checknext(Token::In)?;
        let line = self.lx.linenumber;
        let (nexps, mut e) = self.explist()?;
        self.adjust_assign(4, nexps, &mut e)?;
        self.adjustlocalvars(4)?; // control variables
        self.marktobeclosed(); // the last control variable must be closed
        self.checkstack(3)?; // extra space to call the generator
        self.forbody(base, line, nvars - 4, true)
    }

    fn forstat(&mut self, line: u32) -> R<()> {
        self.enterblock(true); // scope for loop and control variables
        self.lx.next_token()?; // skip 'for'
        let varname = self.str_checkname()?;
        match self.lx.t {
            Token::Char(b'=') => self.fornum(varname, line)?,
            Token::Char(b',') | Token::In => self.forlist(varname)?,
            _ => return Err(self.lx.syntax_error(b"'=' or 'in' expected")),
        }
        self.check_match(Token::End, Token::For, line)?;
        self.leaveblock() // loop scope ('break' jumps to this point)
    }

    /// `[IF | ELSEIF] cond THEN block`
    fn test_then_block(&mut self, escapelist: &mut i32) -> R<()> {
        self.lx.next_token()?; // skip IF or ELSEIF
        let mut v = self.expr()?;
        self.checknext(Token::Then)?;
        let jf = if self.lx.t == Token::Break {
            // 'if x then break': jump straight to the loop exit when true.
            let line = self.lx.linenumber;
            self.goiffalse(&mut v)?;
            self.lx.next_token()?; // skip 'break'
            self.enterblock(false); // must enter the block before the goto
            // (With a constant false condition the list is empty, but the
            // entry still counts, e.g. for "break outside loop".)
            self.newlabelentry(true, self.break_name, line, v.t)?;
            while self.testnext(Token::Char(b';'))? {}
            if self.block_follow(false) {
                return self.leaveblock(); // the jump is the whole block
            }
            self.jump()? // skip over the 'then' part when false
        } else {
            self.goiftrue(&mut v)?;
            self.enterblock(false);
            v.f
        };
        self.statlist()?; // 'then' part
        self.leaveblock()?;
        if self.lx.t == Token::Else || self.lx.t == Token::ElseIf {
            let j = self.jump()?; // jump over the rest
            self.concat(escapelist, j)?;
        }
        self.patchtohere(jf)
    }

    fn ifstat(&mut self, line: u32) -> R<()> {
        let mut escapelist = NO_JUMP;
        self.test_then_block(&mut escapelist)?;
        while self.lx.t == Token::ElseIf {
            self.test_then_block(&mut escapelist)?;
        }
        if self.testnext(Token::Else)? {
            self.block()?;
        }
        self.check_match(Token::End, Token::If, line)?;
        self.patchtohere(escapelist)
    }

    fn localfunc(&mut self) -> R<()> {
        let fvar = self.fs.nactvar;
        let name = self.str_checkname()?;
        self.new_localvar(name)?;
        self.adjustlocalvars(1)?;
        let line = self.lx.linenumber;
        self.body(false, line)?;
        // Debug information sees the variable only after its definition.
        let pc = self.pc() as u32;
        if let Some(info) = self.localdebuginfo_mut(fvar) {
            info.start_pc = pc;
        }
        Ok(())
    }

    /// `['<' NAME '>']`
    fn getlocalattribute(&mut self) -> R<u8> {
        if self.testnext(Token::Char(b'<'))? {
            let attr = self.str_checkname()?;
            self.checknext(Token::Char(b'>'))?;
            return match self.name(attr) {
                b"const" => Ok(RDKCONST),
                b"close" => Ok(RDKTOCLOSE),
                other => {
                    let msg = cat(&[b"unknown attribute '", other, b"'"]);
                    Err(self.lx.sem_error(&msg))
                }
            };
        }
        Ok(VDKREG)
    }

    fn checktoclose(&mut self, level: Option<u32>) -> R<()> {
        if let Some(level) = level {
            self.marktobeclosed();
            let r = self.reglevel(level);
            self.code_abc(OpCode::Tbc, r, 0, 0)?;
        }
        Ok(())
    }

    /// `LOCAL NAME ATTRIB { ',' NAME ATTRIB } ['=' explist]`
    fn localstat(&mut self) -> R<()> {
        let mut toclose = None;
        let mut nvars = 0;
        let mut vidx;
        loop {
            let name = self.str_checkname()?;
            vidx = self.new_localvar(name)?;
            let kind = self.getlocalattribute()?;
            if let Some(v) = self.vardesc_mut(vidx) {
                v.kind = kind;
            }
            if kind == RDKTOCLOSE {
                if toclose.is_some() {
                    return Err(self
                        .lx
                        .sem_error(b"multiple to-be-closed variables in local list"));
                }
                toclose = Some(self.fs.nactvar + nvars);
            }
            nvars += 1;
            if !self.testnext(Token::Char(b','))? {
                break;
            }
        }
        let (nexps, mut e) = if self.testnext(Token::Char(b'='))? {
            self.explist()?
        } else {
            (0, ExpDesc::new(ExpKind::Void))
        };
        let last_kind = self.vardesc(vidx).kind;
        let folded = if nvars == nexps && last_kind == RDKCONST {
            self.exp2const(&e)
        } else {
            None
        };
        if let Some(k) = folded {
            // A compile-time constant: it takes no register.
            if let Some(v) = self.vardesc_mut(vidx) {
                v.kind = RDKCTC;
                v.k = k;
            }
            self.adjustlocalvars(nvars - 1)?;
            self.fs.nactvar += 1;
        } else {
            self.adjust_assign(nvars, nexps, &mut e)?;
            self.adjustlocalvars(nvars)?;
        }
        self.checktoclose(toclose)
    }

    /// `NAME {fieldsel} [':' NAME]`; true for a method.
    fn funcname(&mut self, v: &mut ExpDesc) -> R<bool> {
        *v = self.singlevar()?;
        while self.lx.t == Token::Char(b'.') {
            self.fieldsel(v)?;
        }
        if self.lx.t == Token::Char(b':') {
            self.fieldsel(v)?;
            return Ok(true);
        }
        Ok(false)
    }

    fn funcstat(&mut self, line: u32) -> R<()> {
        self.lx.next_token()?; // skip FUNCTION
        let mut v = ExpDesc::new(ExpKind::Void);
        let ismethod = self.funcname(&mut v)?;
        let mut b = self.body(ismethod, line)?;
        self.check_readonly(&v)?;
        self.storevar(&v, &mut b)?;
        self.fixline(line); // the definition "happens" in the first line
        Ok(())
    }

    fn exprstat(&mut self) -> R<()> {
        let v = self.suffixedexp()?;
        if self.lx.t == Token::Char(b'=') || self.lx.t == Token::Char(b',') {
            self.restassign(v)
        } else {
            let ExpKind::Call(pc) = v.k else {
                return Err(self.lx.syntax_error(b"syntax error"));
            };
            let i = op::set_c(self.inst(pc), 1); // a call statement uses no results
            self.set_inst(pc, i);
            Ok(())
        }
    }

    fn retstat(&mut self) -> R<()> {
        let mut first = self.nvarstack();
        let nret;
        if self.block_follow(true) || self.lx.t == Token::Char(b';') {
            nret = 0;
        } else {
            let (n, mut e) = self.explist()?;
            if e.has_multret() {
                self.setmultret(&e)?;
                let insidetbc = self.fs.blocks.last().is_some_and(|b| b.insidetbc);
                if let (ExpKind::Call(pc), 1, false) = (e.k, n, insidetbc) {
                    let i = op::set_op(self.inst(pc), OpCode::TailCall);
                    self.set_inst(pc, i);
                }
                nret = MULTRET;
            } else if n == 1 {
                first = self.exp2anyreg(&mut e)?;
                nret = 1;
            } else {
                self.exp2nextreg(&mut e)?;
                nret = n as i32;
            }
        }
        self.ret(first, nret)?;
        self.testnext(Token::Char(b';'))?;
        Ok(())
    }

    fn statement(&mut self) -> R<()> {
        let line = self.lx.linenumber;
        self.enter_level()?;
        match self.lx.t {
            Token::Char(b';') => self.lx.next_token()?,
            Token::If => self.ifstat(line)?,
            Token::While => self.whilestat(line)?,
            Token::Do => {
                self.lx.next_token()?;
                self.block()?;
                self.check_match(Token::End, Token::Do, line)?;
            }
            Token::For => self.forstat(line)?,
            Token::Repeat => self.repeatstat(line)?,
            Token::Function => self.funcstat(line)?,
            Token::Local => {
                self.lx.next_token()?;
                if self.testnext(Token::Function)? {
                    self.localfunc()?;
                } else {
                    self.localstat()?;
                }
            }
            Token::DbColon => {
                self.lx.next_token()?;
                let name = self.str_checkname()?;
                self.labelstat(name, line)?;
            }
            Token::Return => {
                self.lx.next_token()?;
                self.retstat()?;
            }
            Token::Break => self.breakstat()?,
            Token::Goto => {
                self.lx.next_token()?;
                self.gotostat()?;
            }
            _ => self.exprstat()?,
        }
        self.fs.freereg = self.nvarstack();
        self.leave_level();
        Ok(())
    }
}
