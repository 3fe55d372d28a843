//! The code generator: expression descriptors to instructions.
//!
//! This follows the reference 5.4 code generator's design, so the VM and
//! the debug machinery see the same code shapes:
//! - An expression is described by an [`ExpDesc`] until the parser decides
//!   where its value must go; only then is code emitted ("discharged").
//! - Registers form a stack: `freereg` is the first free one; locals occupy
//!   the bottom (`nvarstack`), temporaries are pushed and popped in order.
//! - Jump lists are threaded through the sJ fields of the OP_JMPs
//!   themselves; `NO_JUMP` ends a list.
//! - `lasttarget` is the last pc that may be a jump target: peephole
//!   merges (LOADNIL ranges, CONCAT chains) never cross it.
//!
//! Every instruction access is bounds-checked; an impossible index reads as
//! an invalid instruction and writes are dropped, never a panic.

use super::lexer::StrId;
use super::parser::Parser;
use super::{CompileError, ErrorKind};
use crate::vm::opcode::{self as op, Instruction, OpCode, TmEvent};

/// Boxed errors keep results (and so the recursive frames) small.
pub(super) type R<T> = Result<T, Box<CompileError>>;

/// End of a jump list.
pub(super) const NO_JUMP: i32 = -1;
/// Registers available to a function (must fit in 8 bits).
const MAXREGS: u32 = 255;
/// Largest constant index usable as an RK operand.
const MAXINDEXRK: u32 = op::MAXARG_B;
/// Array items stored per OP_SETLIST.
pub(super) const LFIELDS_PER_FLUSH: u32 = 50;
/// `LUA_MULTRET`.
pub(super) const MULTRET: i32 = -1;
/// Longest string that is "short" (interned) in the reference.
const MAXSHORTLEN: usize = 40;
/// Read for out-of-range instruction indices; matches no opcode.
const INVALID_INSTRUCTION: Instruction = !0;

/// Variable kinds (the reference's `VDKREG` ...), shared with upvalue
/// descriptions.
pub(super) use super::proto::{RDKCONST, RDKCTC, RDKTOCLOSE, VDKREG};

/// A constant value, during compilation (strings are interned ids).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum KValue {
    Nil,
    Bool(bool),
    Int(i64),
    Flt(f64),
    Str(StrId),
}

/// Key of the constant cache, as the reference's scanner table would see
/// it (floats with integral values get a perturbed key, so that they do
/// not collide with integers; keys that are integral floats are integers).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum KKey {
    Nil,
    Bool(bool),
    Int(i64),
    Flt(u64),
    Str(StrId),
}

/// What an expression is, before code puts it somewhere.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum ExpKind {
    /// No expression (empty list).
    Void,
    Nil,
    True,
    False,
    /// Constant at this index of the constant table.
    K(u32),
    KFlt(f64),
    KInt(i64),
    KStr(StrId),
    /// Value in this fixed register.
    NonReloc(u32),
    /// Local variable in register `ridx`, compiler index `vidx`.
    Local {
        ridx: u32,
        vidx: u32,
    },
    /// Upvalue with this index.
    Upval(u32),
    /// Compile-time constant: absolute index in the active variables.
    Const(u32),
    /// `R[t][R[idx]]`.
    Indexed {
        t: u32,
        idx: u32,
    },
    /// `Upval[t][K[idx]]` (short string key).
    IndexUp {
        t: u32,
        idx: u32,
    },
    /// `R[t][idx]` (small integer key).
    IndexI {
        t: u32,
        idx: u32,
    },
    /// `R[t][K[idx]]` (short string key).
    IndexStr {
        t: u32,
        idx: u32,
    },
    /// A test/comparison; the pc of its jump.
    Jmp(usize),
    /// Result can go to any register; the pc of the instruction.
    Reloc(usize),
    /// A call; the pc of the OP_CALL.
    Call(usize),
    /// `...`; the pc of the OP_VARARG.
    VarArg(usize),
}

/// An expression descriptor with its "exit when true/false" jump lists.
#[derive(Clone, Copy, Debug)]
pub(super) struct ExpDesc {
    pub k: ExpKind,
    pub t: i32,
    pub f: i32,
}

impl ExpDesc {
    pub fn new(k: ExpKind) -> ExpDesc {
        ExpDesc {
            k,
            t: NO_JUMP,
            f: NO_JUMP,
        }
    }

    #[inline]
    fn has_jumps(&self) -> bool {
        self.t != self.f
    }

    pub fn is_var(&self) -> bool {
        matches!(
            self.k,
            ExpKind::Local { .. }
                | ExpKind::Upval(_)
                | ExpKind::Const(_)
                | ExpKind::Indexed { .. }
                | ExpKind::IndexUp { .. }
                | ExpKind::IndexI { .. }
                | ExpKind::IndexStr { .. }
        )
    }

    pub fn is_indexed(&self) -> bool {
        matches!(
            self.k,
            ExpKind::Indexed { .. }
                | ExpKind::IndexUp { .. }
                | ExpKind::IndexI { .. }
                | ExpKind::IndexStr { .. }
        )
    }

    pub fn has_multret(&self) -> bool {
        matches!(self.k, ExpKind::Call(_) | ExpKind::VarArg(_))
    }
}

/// Binary operators, in priority-table order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BinOpr {
    Add,
    Sub,
    Mul,
    Mod,
    Pow,
    Div,
    IDiv,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    Concat,
    Eq,
    Lt,
    Le,
    Ne,
    Gt,
    Ge,
    And,
    Or,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum UnOpr {
    Minus,
    BNot,
    Not,
    Len,
}

/// Arithmetic for constant folding (the reference's `LUA_OP*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Arith {
    Add,
    Sub,
    Mul,
    Mod,
    Pow,
    Div,
    IDiv,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    Unm,
    BNot,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Num {
    I(i64),
    F(f64),
}

impl Num {
    fn to_f64(self) -> f64 {
        match self {
            Num::I(i) => i as f64,
            Num::F(f) => f,
        }
    }

    /// Exact conversion to an integer (the reference's `F2Ieq`).
    fn to_int(self) -> Option<i64> {
        match self {
            Num::I(i) => Some(i),
            Num::F(f) => float_to_int(f),
        }
    }
}

/// A float with an exact integer value in range, as that integer.
pub(super) fn float_to_int(f: f64) -> Option<i64> {
    crate::number::float_to_int_exact(f)
}

/// The reference's `luaO_rawarith` on numbers (the interpreter's own
/// arithmetic); `None` when not defined without metamethods.
fn raw_arith(op: Arith, a: Num, b: Num) -> Option<Num> {
    use crate::number::Num as N;
    let conv = |n: Num| match n {
        Num::I(i) => N::Int(i),
        Num::F(f) => N::Float(f),
    };
    match crate::number::arith(arith_event(op), conv(a), conv(b))? {
        N::Int(i) => Some(Num::I(i)),
        N::Float(f) => Some(Num::F(f)),
    }
}

fn arith_event(op: Arith) -> TmEvent {
    match op {
        Arith::Add => TmEvent::Add,
        Arith::Sub => TmEvent::Sub,
        Arith::Mul => TmEvent::Mul,
        Arith::Mod => TmEvent::Mod,
        Arith::Pow => TmEvent::Pow,
        Arith::Div => TmEvent::Div,
        Arith::IDiv => TmEvent::IDiv,
        Arith::BAnd => TmEvent::BAnd,
        Arith::BOr => TmEvent::BOr,
        Arith::BXor => TmEvent::BXor,
        Arith::Shl => TmEvent::Shl,
        Arith::Shr => TmEvent::Shr,
        Arith::Unm => TmEvent::Unm,
        Arith::BNot => TmEvent::BNot,
    }
}

/// Folding must not raise errors: bitwise operands must be integral and
/// divisors non-zero.
fn valid_op(op: Arith, a: Num, b: Num) -> bool {
    match op {
        Arith::BAnd | Arith::BOr | Arith::BXor | Arith::Shl | Arith::Shr | Arith::BNot => {
            a.to_int().is_some() && b.to_int().is_some()
        }
        Arith::Div | Arith::IDiv | Arith::Mod => b.to_f64() != 0.0,
        _ => true,
    }
}

fn binopr_arith(opr: BinOpr) -> Option<Arith> {
    Some(match opr {
        BinOpr::Add => Arith::Add,
        BinOpr::Sub => Arith::Sub,
        BinOpr::Mul => Arith::Mul,
        BinOpr::Mod => Arith::Mod,
        BinOpr::Pow => Arith::Pow,
        BinOpr::Div => Arith::Div,
        BinOpr::IDiv => Arith::IDiv,
        BinOpr::BAnd => Arith::BAnd,
        BinOpr::BOr => Arith::BOr,
        BinOpr::BXor => Arith::BXor,
        BinOpr::Shl => Arith::Shl,
        BinOpr::Shr => Arith::Shr,
        _ => return None,
    })
}

/// Register-register opcode of an arithmetic/bitwise operator.
fn binopr_op(opr: BinOpr) -> OpCode {
    match opr {
        BinOpr::Add => OpCode::Add,
        BinOpr::Sub => OpCode::Sub,
        BinOpr::Mul => OpCode::Mul,
        BinOpr::Mod => OpCode::Mod,
        BinOpr::Pow => OpCode::Pow,
        BinOpr::Div => OpCode::Div,
        BinOpr::IDiv => OpCode::IDiv,
        BinOpr::BAnd => OpCode::BAnd,
        BinOpr::BOr => OpCode::BOr,
        BinOpr::BXor => OpCode::BXor,
        BinOpr::Shl => OpCode::Shl,
        _ => OpCode::Shr,
    }
}

/// Register-constant opcode of an arithmetic/bitwise operator.
fn binopr_kop(opr: BinOpr) -> OpCode {
    match opr {
        BinOpr::Add => OpCode::AddK,
        BinOpr::Sub => OpCode::SubK,
        BinOpr::Mul => OpCode::MulK,
        BinOpr::Mod => OpCode::ModK,
        BinOpr::Pow => OpCode::PowK,
        BinOpr::Div => OpCode::DivK,
        BinOpr::IDiv => OpCode::IDivK,
        BinOpr::BAnd => OpCode::BAndK,
        BinOpr::BOr => OpCode::BOrK,
        _ => OpCode::BXorK,
    }
}

fn binopr_tm(opr: BinOpr) -> TmEvent {
    match opr {
        BinOpr::Add => TmEvent::Add,
        BinOpr::Sub => TmEvent::Sub,
        BinOpr::Mul => TmEvent::Mul,
        BinOpr::Mod => TmEvent::Mod,
        BinOpr::Pow => TmEvent::Pow,
        BinOpr::Div => TmEvent::Div,
        BinOpr::IDiv => TmEvent::IDiv,
        BinOpr::BAnd => TmEvent::BAnd,
        BinOpr::BOr => TmEvent::BOr,
        BinOpr::BXor => TmEvent::BXor,
        BinOpr::Shl => TmEvent::Shl,
        _ => TmEvent::Shr,
    }
}

/// Does `i` fit in an sC operand?
fn fits_c(i: i64) -> bool {
    (i as u64).wrapping_add(op::OFFSET_SC as u64) <= u64::from(op::MAXARG_C)
}

/// Does `i` fit in an sBx operand?
fn fits_bx(i: i64) -> bool {
    -i64::from(op::OFFSET_SBX) <= i && i <= i64::from(op::MAXARG_BX) - i64::from(op::OFFSET_SBX)
}

/// ceil(log2(x)) for x >= 1.
fn ceil_log2(x: u32) -> u32 {
    if x <= 1 {
        0
    } else {
        32 - (x - 1).leading_zeros()
    }
}

/// An upvalue being built.
#[derive(Clone, Debug)]
pub(super) struct UpvalInfo {
    pub name: StrId,
    pub in_stack: bool,
    pub idx: u32,
    pub kind: u8,
}

/// Debug information of a local, being built.
#[derive(Clone, Debug)]
pub(super) struct LocVarInfo {
    pub name: StrId,
    pub start_pc: u32,
    pub end_pc: u32,
}

/// A block (scope) of the function being compiled.
#[derive(Clone, Debug)]
pub(super) struct BlockCnt {
    /// Index of the first label of this block.
    pub firstlabel: usize,
    /// Index of the first pending goto of this block.
    pub firstgoto: usize,
    /// Active locals outside the block.
    pub nactvar: u32,
    /// Some variable of the block is an upvalue (or to-be-closed).
    pub upval: bool,
    pub isloop: bool,
    /// Inside the scope of a to-be-closed variable.
    pub insidetbc: bool,
}

/// State of one function being compiled.
pub(super) struct FuncState {
    pub code: Vec<Instruction>,
    pub lines: Vec<u32>,
    pub k: Vec<KValue>,
    pub protos: Vec<super::proto::FuncProto>,
    pub upvalues: Vec<UpvalInfo>,
    pub locvars: Vec<LocVarInfo>,
    pub line_defined: u32,
    pub last_line_defined: u32,
    pub num_params: u32,
    pub is_vararg: bool,
    pub max_stack_size: u32,
    /// Last pc that may be a jump target.
    pub lasttarget: usize,
    /// First free register.
    pub freereg: u32,
    /// Active locals (compiler indices).
    pub nactvar: u32,
    /// Index of this function's first local in `Parser::actvar`.
    pub firstlocal: usize,
    /// Index of this function's first label in `Parser::label`.
    pub firstlabel: usize,
    /// The function must close upvalues/tbc variables when returning.
    pub needclose: bool,
    pub blocks: Vec<BlockCnt>,
}

impl FuncState {
    pub fn new(line_defined: u32, firstlocal: usize, firstlabel: usize) -> FuncState {
        FuncState {
            code: Vec::new(),
            lines: Vec::new(),
            k: Vec::new(),
            protos: Vec::new(),
            upvalues: Vec::new(),
            locvars: Vec::new(),
            line_defined,
            last_line_defined: 0,
            num_params: 0,
            is_vararg: false,
            max_stack_size: 2, // registers 0/1 are always valid
            lasttarget: 0,
            freereg: 0,
            nactvar: 0,
            firstlocal,
            firstlabel,
            needclose: false,
            blocks: Vec::new(),
        }
    }
}

/// A runtime-kind error ("too many X (limit is N)"), as the reference's
/// growth checks raise them.
pub(super) fn limit_error(what: &str, limit: usize) -> Box<CompileError> {
    Box::new(CompileError {
        kind: ErrorKind::Runtime,
        msg: format!("too many {what} (limit is {limit})").into_bytes(),
    })
}

impl Parser<'_> {
    // ---------------------------------------------------------------
    // Instructions and line information
    // ---------------------------------------------------------------

    #[inline]
    pub(super) fn pc(&self) -> usize {
        self.fs.code.len()
    }

    #[inline]
    pub(super) fn inst(&self, pc: usize) -> Instruction {
        self.fs.code.get(pc).copied().unwrap_or(INVALID_INSTRUCTION)
    }

    #[inline]
    pub(super) fn set_inst(&mut self, pc: usize, i: Instruction) {
        if let Some(slot) = self.fs.code.get_mut(pc) {
            *slot = i;
        }
    }

    fn inst_op(&self, pc: usize) -> Option<OpCode> {
        op::op(self.inst(pc))
    }

    /// Emit `i` with the line of the last consumed token.
    pub(super) fn code(&mut self, i: Instruction) -> R<usize> {
        let pc = self.pc();
        if pc >= i32::MAX as usize {
            return Err(limit_error("opcodes", i32::MAX as usize));
        }
        self.fs.code.push(i);
        self.fs.lines.push(self.lx.lastline);
        Ok(pc)
    }

    pub(super) fn code_abck(&mut self, o: OpCode, a: u32, b: u32, c: u32, k: bool) -> R<usize> {
        self.code(op::abck(o, a, b, c, k))
    }

    pub(super) fn code_abc(&mut self, o: OpCode, a: u32, b: u32, c: u32) -> R<usize> {
        self.code(op::abck(o, a, b, c, false))
    }

    pub(super) fn code_abx(&mut self, o: OpCode, a: u32, bx: u32) -> R<usize> {
        self.code(op::abx(o, a, bx))
    }

    fn code_asbx(&mut self, o: OpCode, a: u32, sbx: i32) -> R<usize> {
        self.code(op::asbx(o, a, sbx))
    }

    fn code_extraarg(&mut self, a: u32) -> R<usize> {
        self.code(op::ax_(OpCode::ExtraArg, a))
    }

    /// Load constant `k` into `reg` (LOADKX beyond the Bx range).
    fn code_k(&mut self, reg: u32, k: u32) -> R<usize> {
        if k <= op::MAXARG_BX {
            self.code_abx(OpCode::LoadK, reg, k)
        } else {
            let p = self.code_abx(OpCode::LoadKX, reg, 0)?;
            self.code_extraarg(k)?;
            Ok(p)
        }
    }

    /// Attribute the last instruction to `line`.
    pub(super) fn fixline(&mut self, line: u32) {
        if let Some(l) = self.fs.lines.last_mut() {
            *l = line;
        }
    }

    fn remove_last_instruction(&mut self) {
        self.fs.code.pop();
        self.fs.lines.pop();
    }

    /// The previous instruction, unless a jump target may lie in between.
    fn previous_instruction(&self) -> Instruction {
        let pc = self.pc();
        if pc > self.fs.lasttarget && pc > 0 {
            self.inst(pc - 1)
        } else {
            INVALID_INSTRUCTION
        }
    }

    /// Set `n` registers from `from` to nil, merging with a previous LOADNIL
    /// when the ranges touch.
    pub(super) fn nil(&mut self, from: u32, n: u32) -> R<()> {
        let mut from = from;
        let mut l = from + n - 1;
        let prev = self.previous_instruction();
        if op::op(prev) == Some(OpCode::LoadNil) {
            let pfrom = op::a(prev);
            let pl = pfrom + op::b(prev);
            if (pfrom <= from && from <= pl + 1) || (from <= pfrom && pfrom <= l + 1) {
                from = from.min(pfrom);
                l = l.max(pl);
                let pc = self.pc() - 1;
                let i = op::set_b(op::set_a(prev, from), l - from);
                self.set_inst(pc, i);
                return Ok(());
            }
        }
        self.code_abc(OpCode::LoadNil, from, n - 1, 0)?;
        Ok(())
    }

    // ---------------------------------------------------------------
    // Jumps
    // ---------------------------------------------------------------

    /// Destination of the jump at `pc`, or NO_JUMP at the end of a list.
    fn getjump(&self, pc: i32) -> i32 {
        if pc < 0 {
            return NO_JUMP;
        }
        let offset = op::sj(self.inst(pc as usize));
        if offset == NO_JUMP {
            NO_JUMP
        } else {
            // In range for any code the size limits allow.
            pc.saturating_add(1).saturating_add(offset)
        }
    }

    /// Make the jump at `pc` go to `dest`.
    fn fixjump(&mut self, pc: i32, dest: i32) -> R<()> {
        let offset = i64::from(dest) - (i64::from(pc) + 1);
        let lim = i64::from(op::OFFSET_SJ);
        if !(-lim <= offset && offset <= i64::from(op::MAXARG_SJ) - lim) {
            return Err(self.lx.syntax_error(b"control structure too long"));
        }
        if pc >= 0 {
            let i = op::set_sj(self.inst(pc as usize), offset as i32);
            self.set_inst(pc as usize, i);
        }
        Ok(())
    }

    /// Append list `l2` to list `l1`.
    pub(super) fn concat(&mut self, l1: &mut i32, l2: i32) -> R<()> {
        if l2 == NO_JUMP {
            return Ok(());
        }
        if *l1 == NO_JUMP {
            *l1 = l2;
            return Ok(());
        }
        let mut list = *l1;
        loop {
            let next = self.getjump(list);
            if next == NO_JUMP {
                break;
            }
            list = next;
        }
        self.fixjump(list, l2)
    }

    /// Emit a jump to be patched later; returns its pc.
    pub(super) fn jump(&mut self) -> R<i32> {
        Ok(self.code(op::sj_(OpCode::Jmp, NO_JUMP))? as i32)
    }

    /// Emit a return of `nret` values (MULTRET: up to top) from `first`.
    pub(super) fn ret(&mut self, first: u32, nret: i32) -> R<()> {
        let o = match nret {
            0 => OpCode::Return0,
            1 => OpCode::Return1,
            _ => OpCode::Return,
        };
        self.code_abc(o, first, (nret + 1) as u32, 0)?;
        Ok(())
    }

    fn condjump(&mut self, o: OpCode, a: u32, b: u32, c: u32, k: bool) -> R<i32> {
        self.code_abck(o, a, b, c, k)?;
        self.jump()
    }

    /// The current pc, marked as a jump target.
    pub(super) fn getlabel(&mut self) -> usize {
        let pc = self.pc();
        self.fs.lasttarget = pc;
        pc
    }

    /// The pc of the instruction controlling the jump at `pc` (its test), or
    /// the jump itself when unconditional.
    fn jumpcontrol(&self, pc: i32) -> usize {
        let pc = pc.max(0) as usize;
        if pc >= 1 && self.inst_op(pc - 1).is_some_and(|o| o.props().is_test) {
            pc - 1
        } else {
            pc
        }
    }

    /// Give a TESTSET controlling jump `node` the destination `reg`, or turn
    /// it into a TEST when `reg` is NO_REG or the source itself. False when
    /// the control is not a TESTSET.
    fn patchtestreg(&mut self, node: i32, reg: u32) -> bool {
        let ipc = self.jumpcontrol(node);
        let i = self.inst(ipc);
        if op::op(i) != Some(OpCode::TestSet) {
            return false;
        }
        let ni = if reg != op::NO_REG && reg != op::b(i) {
            op::set_a(i, reg)
        } else {
            op::abck(OpCode::Test, op::b(i), 0, 0, op::k(i))
        };
        self.set_inst(ipc, ni);
        true
    }

    fn removevalues(&mut self, mut list: i32) {
        while list != NO_JUMP {
            self.patchtestreg(list, op::NO_REG);
            list = self.getjump(list);
        }
    }

    /// Patch a list: value-producing tests go to `vtarget` with their value
    /// in `reg`, the others to `dtarget`.
    fn patchlistaux(&mut self, mut list: i32, vtarget: i32, reg: u32, dtarget: i32) -> R<()> {
        while list != NO_JUMP {
            let next = self.getjump(list);
            if self.patchtestreg(list, reg) {
                self.fixjump(list, vtarget)?;
            } else {
                self.fixjump(list, dtarget)?;
            }
            list = next;
        }
        Ok(())
    }

    pub(super) fn patchlist(&mut self, list: i32, target: usize) -> R<()> {
        self.patchlistaux(list, target as i32, op::NO_REG, target as i32)
    }

    pub(super) fn patchtohere(&mut self, list: i32) -> R<()> {
        let here = self.getlabel();
        self.patchlist(list, here)
    }

    /// Jump back to `target`.
    pub(super) fn jumpto(&mut self, target: usize) -> R<()> {
        let j = self.jump()?;
        self.patchlist(j, target)
    }

    // ---------------------------------------------------------------
    // Registers
    // ---------------------------------------------------------------

    /// Ensure `n` more registers fit, tracking the maximum.
    pub(super) fn checkstack(&mut self, n: u32) -> R<()> {
        let newstack = self.fs.freereg + n;
        if newstack > self.fs.max_stack_size {
            if newstack >= MAXREGS {
                return Err(self
                    .lx
                    .syntax_error(b"function or expression needs too many registers"));
            }
            self.fs.max_stack_size = newstack;
        }
        Ok(())
    }

    pub(super) fn reserveregs(&mut self, n: u32) -> R<()> {
        self.checkstack(n)?;
        self.fs.freereg += n;
        Ok(())
    }

    /// Free `reg` if it is a temporary (not a local variable).
    fn freereg(&mut self, reg: u32) {
        if reg >= self.nvarstack() {
            self.fs.freereg = self.fs.freereg.saturating_sub(1);
            debug_assert_eq!(reg, self.fs.freereg);
        }
    }

    fn freeregs(&mut self, r1: u32, r2: u32) {
        if r1 > r2 {
            self.freereg(r1);
            self.freereg(r2);
        } else {
            self.freereg(r2);
            self.freereg(r1);
        }
    }

    fn freeexp(&mut self, e: &ExpDesc) {
        if let ExpKind::NonReloc(r) = e.k {
            self.freereg(r);
        }
    }

    fn freeexps(&mut self, e1: &ExpDesc, e2: &ExpDesc) {
        match (e1.k, e2.k) {
            (ExpKind::NonReloc(r1), ExpKind::NonReloc(r2)) => self.freeregs(r1, r2),
            (ExpKind::NonReloc(r1), _) => self.freereg(r1),
            (_, ExpKind::NonReloc(r2)) => self.freereg(r2),
            _ => {}
        }
    }

    // ---------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------

    /// Add a constant, reusing an equal one. The cache is shared by all
    /// functions of the chunk, as the reference's is, so a hit must be
    /// checked against this function's table (which reproduces the
    /// reference's constant numbering, duplicates included).
    fn addk(&mut self, v: KValue) -> R<u32> {
        let key = match v {
            KValue::Nil => KKey::Nil,
            KValue::Bool(b) => KKey::Bool(b),
            KValue::Int(i) => KKey::Int(i),
            KValue::Flt(r) => match float_to_int(r) {
                None => KKey::Flt(r.to_bits()),
                Some(ik) => {
                    // Perturb by the last significant bit of the mantissa.
                    let q = 2f64.powi(-52);
                    let k = if ik == 0 { q } else { r + r * q };
                    match float_to_int(k) {
                        Some(i) => KKey::Int(i),
                        None => KKey::Flt(k.to_bits()),
                    }
                }
            },
            KValue::Str(s) => KKey::Str(s),
        };
        if let Some(&idx) = self.kcache.get(&key) {
            let same = match (self.fs.k.get(idx as usize), v) {
                (Some(KValue::Flt(a)), KValue::Flt(b)) => *a == b,
                (Some(a), b) => *a == b,
                (None, _) => false,
            };
            if same {
                return Ok(idx);
            }
        }
        let idx = self.fs.k.len();
        if idx >= op::MAXARG_AX as usize {
            return Err(limit_error("constants", op::MAXARG_AX as usize));
        }
        self.fs.k.push(v);
        self.kcache.insert(key, idx as u32);
        Ok(idx as u32)
    }

    pub(super) fn string_k(&mut self, s: StrId) -> R<u32> {
        self.addk(KValue::Str(s))
    }

    fn int_k(&mut self, i: i64) -> R<u32> {
        self.addk(KValue::Int(i))
    }

    fn number_k(&mut self, f: f64) -> R<u32> {
        self.addk(KValue::Flt(f))
    }

    /// Load integer `i` into `reg`.
    pub(super) fn int(&mut self, reg: u32, i: i64) -> R<()> {
        if fits_bx(i) {
            self.code_asbx(OpCode::LoadI, reg, i as i32)?;
        } else {
            let k = self.int_k(i)?;
            self.code_k(reg, k)?;
        }
        Ok(())
    }

    fn float(&mut self, reg: u32, f: f64) -> R<()> {
        match float_to_int(f) {
            Some(fi) if fits_bx(fi) => {
                self.code_asbx(OpCode::LoadF, reg, fi as i32)?;
            }
            _ => {
                let k = self.number_k(f)?;
                self.code_k(reg, k)?;
            }
        }
        Ok(())
    }

    /// The numeric value of a numeral expression without jumps.
    fn tonumeral(e: &ExpDesc) -> Option<Num> {
        if e.has_jumps() {
            return None;
        }
        match e.k {
            ExpKind::KInt(i) => Some(Num::I(i)),
            ExpKind::KFlt(f) => Some(Num::F(f)),
            _ => None,
        }
    }

    /// The compile-time value of a constant expression, if it is one.
    pub(super) fn exp2const(&self, e: &ExpDesc) -> Option<KValue> {
        if e.has_jumps() {
            return None;
        }
        match e.k {
            ExpKind::False => Some(KValue::Bool(false)),
            ExpKind::True => Some(KValue::Bool(true)),
            ExpKind::Nil => Some(KValue::Nil),
            ExpKind::KStr(s) => Some(KValue::Str(s)),
            ExpKind::Const(idx) => self.actvar.get(idx as usize).map(|v| v.k),
            ExpKind::KInt(i) => Some(KValue::Int(i)),
            ExpKind::KFlt(f) => Some(KValue::Flt(f)),
            _ => None,
        }
    }

    fn const2exp(v: KValue) -> ExpKind {
        match v {
            KValue::Int(i) => ExpKind::KInt(i),
            KValue::Flt(f) => ExpKind::KFlt(f),
            KValue::Bool(false) => ExpKind::False,
            KValue::Bool(true) => ExpKind::True,
            KValue::Nil => ExpKind::Nil,
            KValue::Str(s) => ExpKind::KStr(s),
        }
    }

    // ---------------------------------------------------------------
    // Discharging expressions
    // ---------------------------------------------------------------

    /// Fix a multi-result expression to produce `nresults` (MULTRET: all).
    pub(super) fn setreturns(&mut self, e: &ExpDesc, nresults: i32) -> R<()> {
        match e.k {
            ExpKind::Call(pc) => {
                let i = op::set_c(self.inst(pc), (nresults + 1) as u32);
                self.set_inst(pc, i);
            }
            ExpKind::VarArg(pc) => {
                let i = op::set_c(self.inst(pc), (nresults + 1) as u32);
                let i = op::set_a(i, self.fs.freereg);
                self.set_inst(pc, i);
                self.reserveregs(1)?;
            }
            _ => {}
        }
        Ok(())
    }

    pub(super) fn setmultret(&mut self, e: &ExpDesc) -> R<()> {
        self.setreturns(e, MULTRET)
    }

    fn str2k(&mut self, e: &mut ExpDesc) -> R<()> {
        if let ExpKind::KStr(s) = e.k {
            e.k = ExpKind::K(self.string_k(s)?);
        }
        Ok(())
    }

    /// Fix a multi-result expression to produce exactly one value.
    pub(super) fn setoneret(&mut self, e: &mut ExpDesc) {
        match e.k {
            ExpKind::Call(pc) => {
                // Calls are created returning one value already.
                e.k = ExpKind::NonReloc(op::a(self.inst(pc)));
            }
            ExpKind::VarArg(pc) => {
                let i = op::set_c(self.inst(pc), 2);
                self.set_inst(pc, i);
                e.k = ExpKind::Reloc(pc);
            }
            _ => {}
        }
    }

    /// Make sure `e` is not a variable (its value is somewhere usable).
    pub(super) fn dischargevars(&mut self, e: &mut ExpDesc) -> R<()> {
        match e.k {
            ExpKind::Const(idx) => {
                let v = self.actvar.get(idx as usize).map_or(KValue::Nil, |v| v.k);
                e.k = Self::const2exp(v);
            }
            ExpKind::Local { ridx, .. } => e.k = ExpKind::NonReloc(ridx),
            ExpKind::Upval(idx) => {
                e.k = ExpKind::Reloc(self.code_abc(OpCode::GetUpval, 0, idx, 0)?);
            }
            ExpKind::IndexUp { t, idx } => {
                e.k = ExpKind::Reloc(self.code_abc(OpCode::GetTabUp, 0, t, idx)?);
            }
            ExpKind::IndexI { t, idx } => {
                self.freereg(t);
                e.k = ExpKind::Reloc(self.code_abc(OpCode::GetI, 0, t, idx)?);
            }
            ExpKind::IndexStr { t, idx } => {
                self.freereg(t);
                e.k = ExpKind::Reloc(self.code_abc(OpCode::GetField, 0, t, idx)?);
            }
            ExpKind::Indexed { t, idx } => {
                self.freeregs(t, idx);
                e.k = ExpKind::Reloc(self.code_abc(OpCode::GetTable, 0, t, idx)?);
            }
            ExpKind::VarArg(_) | ExpKind::Call(_) => self.setoneret(e),
            _ => {}
        }
        Ok(())
    }

    /// Put the value of `e` (jumps aside) into `reg`.
    fn discharge2reg(&mut self, e: &mut ExpDesc, reg: u32) -> R<()> {
        self.dischargevars(e)?;
        match e.k {
            ExpKind::Nil => self.nil(reg, 1)?,
            ExpKind::False => {
                self.code_abc(OpCode::LoadFalse, reg, 0, 0)?;
            }
            ExpKind::True => {
                self.code_abc(OpCode::LoadTrue, reg, 0, 0)?;
            }
            ExpKind::KStr(s) => {
                let k = self.string_k(s)?;
                self.code_k(reg, k)?;
            }
            ExpKind::K(k) => {
                self.code_k(reg, k)?;
            }
            ExpKind::KFlt(f) => self.float(reg, f)?,
            ExpKind::KInt(i) => self.int(reg, i)?,
            ExpKind::Reloc(pc) => {
                let i = op::set_a(self.inst(pc), reg);
                self.set_inst(pc, i);
            }
            ExpKind::NonReloc(r) => {
                if r != reg {
                    self.code_abc(OpCode::Move, reg, r, 0)?;
                }
            }
            _ => return Ok(()), // a Jmp: nothing to do yet
        }
        e.k = ExpKind::NonReloc(reg);
        Ok(())
    }

    fn discharge2anyreg(&mut self, e: &mut ExpDesc) -> R<()> {
        if !matches!(e.k, ExpKind::NonReloc(_)) {
            self.reserveregs(1)?;
            let r = self.fs.freereg - 1;
            self.discharge2reg(e, r)?;
        }
        Ok(())
    }

    fn code_loadbool(&mut self, a: u32, o: OpCode) -> R<i32> {
        self.getlabel(); // these may be jump targets
        Ok(self.code_abc(o, a, 0, 0)? as i32)
    }

    /// Does the list have a jump that produces no value (not a TESTSET)?
    fn need_value(&self, mut list: i32) -> bool {
        while list != NO_JUMP {
            let i = self.inst(self.jumpcontrol(list));
            if op::op(i) != Some(OpCode::TestSet) {
                return true;
            }
            list = self.getjump(list);
        }
        false
    }

    /// Put the final value of `e`, including its jump lists, in `reg`.
    fn exp2reg(&mut self, e: &mut ExpDesc, reg: u32) -> R<()> {
        self.discharge2reg(e, reg)?;
        if let ExpKind::Jmp(pc) = e.k {
            let mut t = e.t;
            self.concat(&mut t, pc as i32)?;
            e.t = t;
        }
        if e.has_jumps() {
            let mut p_f = NO_JUMP;
            let mut p_t = NO_JUMP;
            if self.need_value(e.t) || self.need_value(e.f) {
                let fj = if matches!(e.k, ExpKind::Jmp(_)) {
                    NO_JUMP
                } else {
                    self.jump()?
                };
                p_f = self.code_loadbool(reg, OpCode::LFalseSkip)?;
                p_t = self.code_loadbool(reg, OpCode::LoadTrue)?;
                self.patchtohere(fj)?;
            }
            let end = self.getlabel() as i32;
            self.patchlistaux(e.f, end, reg, p_f)?;
            self.patchlistaux(e.t, end, reg, p_t)?;
        }
        e.f = NO_JUMP;
        e.t = NO_JUMP;
        e.k = ExpKind::NonReloc(reg);
        Ok(())
    }

    /// Put the value of `e` in the next free register.
    pub(super) fn exp2nextreg(&mut self, e: &mut ExpDesc) -> R<()> {
        self.dischargevars(e)?;
        self.freeexp(e);
        self.reserveregs(1)?;
        let r = self.fs.freereg - 1;
        self.exp2reg(e, r)
    }

    /// Put the value of `e` in some register and return it.
    pub(super) fn exp2anyreg(&mut self, e: &mut ExpDesc) -> R<u32> {
        self.dischargevars(e)?;
        if let ExpKind::NonReloc(r) = e.k {
            if !e.has_jumps() {
                return Ok(r);
            }
            if r >= self.nvarstack() {
                // A temporary can receive the values of the jumps too.
                self.exp2reg(e, r)?;
                return Ok(r);
            }
            // A local cannot: use a new register.
        }
        self.exp2nextreg(e)?;
        match e.k {
            ExpKind::NonReloc(r) => Ok(r),
            _ => Ok(0),
        }
    }

    /// Put the value of `e` in a register or leave it as an upvalue.
    pub(super) fn exp2anyregup(&mut self, e: &mut ExpDesc) -> R<()> {
        if !matches!(e.k, ExpKind::Upval(_)) || e.has_jumps() {
            self.exp2anyreg(e)?;
        }
        Ok(())
    }

    /// Put the value of `e` in a register or leave it as a constant.
    pub(super) fn exp2val(&mut self, e: &mut ExpDesc) -> R<()> {
        if matches!(e.k, ExpKind::Jmp(_)) || e.has_jumps() {
            self.exp2anyreg(e)?;
        } else {
            self.dischargevars(e)?;
        }
        Ok(())
    }

    /// Try to make `e` a constant usable as an RK operand.
    fn exp2k(&mut self, e: &mut ExpDesc) -> R<bool> {
        if !e.has_jumps() {
            let info = match e.k {
                ExpKind::True => self.addk(KValue::Bool(true))?,
                ExpKind::False => self.addk(KValue::Bool(false))?,
                ExpKind::Nil => self.addk(KValue::Nil)?,
                ExpKind::KInt(i) => self.int_k(i)?,
                ExpKind::KFlt(f) => self.number_k(f)?,
                ExpKind::KStr(s) => self.string_k(s)?,
                ExpKind::K(k) => k,
                _ => return Ok(false),
            };
            if info <= MAXINDEXRK {
                e.k = ExpKind::K(info);
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Make `e` an RK operand; true iff it is a constant.
    fn exp2rk(&mut self, e: &mut ExpDesc) -> R<bool> {
        if self.exp2k(e)? {
            Ok(true)
        } else {
            self.exp2anyreg(e)?;
            Ok(false)
        }
    }

    fn rk_index(e: &ExpDesc) -> u32 {
        match e.k {
            ExpKind::K(i) | ExpKind::NonReloc(i) => i,
            _ => 0,
        }
    }

    fn code_abrk(&mut self, o: OpCode, a: u32, b: u32, ec: &mut ExpDesc) -> R<()> {
        let k = self.exp2rk(ec)?;
        self.code_abck(o, a, b, Self::rk_index(ec), k)?;
        Ok(())
    }

    /// Store the value of `ex` into variable `var`.
    pub(super) fn storevar(&mut self, var: &ExpDesc, ex: &mut ExpDesc) -> R<()> {
        match var.k {
            ExpKind::Local { ridx, .. } => {
                self.freeexp(ex);
                return self.exp2reg(ex, ridx);
            }
            ExpKind::Upval(idx) => {
                let e = self.exp2anyreg(ex)?;
                self.code_abc(OpCode::SetUpval, e, idx, 0)?;
            }
            ExpKind::IndexUp { t, idx } => self.code_abrk(OpCode::SetTabUp, t, idx, ex)?,
            ExpKind::IndexI { t, idx } => self.code_abrk(OpCode::SetI, t, idx, ex)?,
            ExpKind::IndexStr { t, idx } => self.code_abrk(OpCode::SetField, t, idx, ex)?,
            ExpKind::Indexed { t, idx } => self.code_abrk(OpCode::SetTable, t, idx, ex)?,
            _ => {}
        }
        self.freeexp(ex);
        Ok(())
    }

    /// `e:key(` — OP_SELF: method and receiver in two new registers.
    pub(super) fn self_(&mut self, e: &mut ExpDesc, key: &mut ExpDesc) -> R<()> {
        self.exp2anyreg(e)?;
        let ereg = match e.k {
            ExpKind::NonReloc(r) => r,
            _ => 0,
        };
        self.freeexp(e);
        let base = self.fs.freereg;
        e.k = ExpKind::NonReloc(base);
        self.reserveregs(2)?;
        self.code_abrk(OpCode::OpSelf, base, ereg, key)?;
        self.freeexp(key);
        Ok(())
    }

    fn negatecondition(&mut self, pc: usize) {
        let ipc = self.jumpcontrol(pc as i32);
        let i = self.inst(ipc);
        self.set_inst(ipc, op::set_k(i, !op::k(i)));
    }

    /// Emit a jump taken when `e` is `cond`; a preceding NOT is folded into
    /// the test.
    fn jumponcond(&mut self, e: &mut ExpDesc, cond: bool) -> R<i32> {
        if let ExpKind::Reloc(pc) = e.k {
            let ie = self.inst(pc);
            if op::op(ie) == Some(OpCode::Not) {
                self.remove_last_instruction();
                return self.condjump(OpCode::Test, op::b(ie), 0, 0, !cond);
            }
        }
        self.discharge2anyreg(e)?;
        self.freeexp(e);
        let r = Self::rk_index(e);
        self.condjump(OpCode::TestSet, op::NO_REG, r, 0, cond)
    }

    /// Fall through when `e` is true, jump otherwise.
    pub(super) fn goiftrue(&mut self, e: &mut ExpDesc) -> R<()> {
        self.dischargevars(e)?;
        let pc = match e.k {
            ExpKind::Jmp(pc) => {
                self.negatecondition(pc);
                pc as i32
            }
            ExpKind::K(_)
            | ExpKind::KFlt(_)
            | ExpKind::KInt(_)
            | ExpKind::KStr(_)
            | ExpKind::True => NO_JUMP,
            _ => self.jumponcond(e, false)?,
        };
        let mut f = e.f;
        self.concat(&mut f, pc)?;
        e.f = f;
        self.patchtohere(e.t)?;
        e.t = NO_JUMP;
        Ok(())
    }

    /// Fall through when `e` is false, jump otherwise.
    pub(super) fn goiffalse(&mut self, e: &mut ExpDesc) -> R<()> {
        self.dischargevars(e)?;
        let pc = match e.k {
            ExpKind::Jmp(pc) => pc as i32,
            ExpKind::Nil | ExpKind::False => NO_JUMP,
            _ => self.jumponcond(e, true)?,
        };
        let mut t = e.t;
        self.concat(&mut t, pc)?;
        e.t = t;
        self.patchtohere(e.f)?;
        e.f = NO_JUMP;
        Ok(())
    }

    fn codenot(&mut self, e: &mut ExpDesc) -> R<()> {
        match e.k {
            ExpKind::Nil | ExpKind::False => e.k = ExpKind::True,
            ExpKind::K(_)
            | ExpKind::KFlt(_)
            | ExpKind::KInt(_)
            | ExpKind::KStr(_)
            | ExpKind::True => e.k = ExpKind::False,
            ExpKind::Jmp(pc) => self.negatecondition(pc),
            ExpKind::Reloc(_) | ExpKind::NonReloc(_) => {
                self.discharge2anyreg(e)?;
                self.freeexp(e);
                let r = Self::rk_index(e);
                e.k = ExpKind::Reloc(self.code_abc(OpCode::Not, 0, r, 0)?);
            }
            _ => {}
        }
        std::mem::swap(&mut e.f, &mut e.t);
        self.removevalues(e.f);
        self.removevalues(e.t);
        Ok(())
    }

    /// Is `e` a short string constant usable as a B/C operand?
    fn is_kstr(&self, e: &ExpDesc) -> bool {
        match e.k {
            ExpKind::K(i) if !e.has_jumps() && i <= op::MAXARG_B => match self.fs.k.get(i as usize)
            {
                Some(KValue::Str(s)) => self.lx.strings.get(*s).len() <= MAXSHORTLEN,
                _ => false,
            },
            _ => false,
        }
    }

    fn is_kint(e: &ExpDesc) -> Option<i64> {
        match e.k {
            ExpKind::KInt(i) if !e.has_jumps() => Some(i),
            _ => None,
        }
    }

    /// An integer literal fitting in a C operand.
    fn is_cint(e: &ExpDesc) -> Option<u32> {
        Self::is_kint(e)
            .filter(|&i| (i as u64) <= u64::from(op::MAXARG_C))
            .map(|i| i as u32)
    }

    /// An integer literal fitting in an sC operand.
    fn is_scint(e: &ExpDesc) -> bool {
        Self::is_kint(e).is_some_and(fits_c)
    }

    /// A numeral (integer, or float with an integral value) fitting in an
    /// sB/sC operand, encoded. Like the reference, sets `isfloat` for any
    /// integral float, even one that does not fit (the flag then reaches
    /// the C operand of register comparisons, where the VM ignores it).
    fn is_scnumber(e: &ExpDesc, isfloat: &mut bool) -> Option<u32> {
        let i = match e.k {
            ExpKind::KInt(i) => i,
            ExpKind::KFlt(f) => {
                let i = float_to_int(f)?;
                *isfloat = true;
                i
            }
            _ => return None,
        };
        if !e.has_jumps() && fits_c(i) {
            Some(op::int2sc(i as i32))
        } else {
            None
        }
    }

    /// Turn `t` (in a register or upvalue) into the indexed expression `t[k]`.
    pub(super) fn indexed(&mut self, t: &mut ExpDesc, k: &mut ExpDesc) -> R<()> {
        if let ExpKind::KStr(_) = k.k {
            self.str2k(k)?;
        }
        if matches!(t.k, ExpKind::Upval(_)) && !self.is_kstr(k) {
            self.exp2anyreg(t)?;
        }
        if let ExpKind::Upval(up) = t.k {
            t.k = ExpKind::IndexUp {
                t: up,
                idx: Self::rk_index(k),
            };
        } else {
            let treg = match t.k {
                ExpKind::Local { ridx, .. } => ridx,
                ExpKind::NonReloc(r) => r,
                _ => 0,
            };
            if self.is_kstr(k) {
                t.k = ExpKind::IndexStr {
                    t: treg,
                    idx: Self::rk_index(k),
                };
            } else if let Some(c) = Self::is_cint(k) {
                t.k = ExpKind::IndexI { t: treg, idx: c };
            } else {
                let idx = self.exp2anyreg(k)?;
                t.k = ExpKind::Indexed { t: treg, idx };
            }
        }
        Ok(())
    }

    /// Fold `e1 op e2` when both are numerals and folding is safe.
    fn constfolding(op: Arith, e1: &mut ExpDesc, e2: &ExpDesc) -> bool {
        let (Some(v1), Some(v2)) = (Self::tonumeral(e1), Self::tonumeral(e2)) else {
            return false;
        };
        if !valid_op(op, v1, v2) {
            return false;
        }
        match raw_arith(op, v1, v2) {
            Some(Num::I(i)) => {
                e1.k = ExpKind::KInt(i);
                true
            }
            Some(Num::F(n)) => {
                // Neither NaN nor 0.0 (which could be -0.0) is folded.
                if n.is_nan() || n == 0.0 {
                    return false;
                }
                e1.k = ExpKind::KFlt(n);
                true
            }
            None => false,
        }
    }

    fn codeunexpval(&mut self, o: OpCode, e: &mut ExpDesc, line: u32) -> R<()> {
        let r = self.exp2anyreg(e)?;
        self.freeexp(e);
        e.k = ExpKind::Reloc(self.code_abc(o, 0, r, 0)?);
        self.fixline(line);
        Ok(())
    }

    /// Emit a value-producing binary instruction and its MMBIN* follower.
    #[allow(clippy::too_many_arguments)]
    fn finishbinexpval(
        &mut self,
        e1: &mut ExpDesc,
        e2: &ExpDesc,
        o: OpCode,
        v2: u32,
        flip: bool,
        line: u32,
        mmop: OpCode,
        event: TmEvent,
    ) -> R<()> {
        let v1 = self.exp2anyreg(e1)?;
        let pc = self.code_abck(o, 0, v1, v2, false)?;
        self.freeexps(e1, e2);
        e1.k = ExpKind::Reloc(pc);
        self.fixline(line);
        self.code_abck(mmop, v1, v2, event as u32, flip)?;
        self.fixline(line);
        Ok(())
    }

    /// Binary operation over two registers.
    fn codebinexpval(
        &mut self,
        opr: BinOpr,
        e1: &mut ExpDesc,
        e2: &mut ExpDesc,
        line: u32,
    ) -> R<()> {
        let o = binopr_op(opr);
        let v2 = self.exp2anyreg(e2)?;
        self.finishbinexpval(e1, e2, o, v2, false, line, OpCode::MmBin, binopr_tm(opr))
    }

    /// Binary operation with an immediate (integer in sC) second operand.
    #[allow(clippy::too_many_arguments)]
    fn codebini(
        &mut self,
        o: OpCode,
        e1: &mut ExpDesc,
        e2: &ExpDesc,
        flip: bool,
        line: u32,
        event: TmEvent,
    ) -> R<()> {
        let i = Self::is_kint(e2).unwrap_or(0);
        let v2 = op::int2sc(i as i32);
        self.finishbinexpval(e1, e2, o, v2, flip, line, OpCode::MmBinI, event)
    }

    /// Binary operation with a constant second operand.
    fn codebink(
        &mut self,
        opr: BinOpr,
        e1: &mut ExpDesc,
        e2: &ExpDesc,
        flip: bool,
        line: u32,
    ) -> R<()> {
        let v2 = Self::rk_index(e2);
        self.finishbinexpval(
            e1,
            e2,
            binopr_kop(opr),
            v2,
            flip,
            line,
            OpCode::MmBinK,
            binopr_tm(opr),
        )
    }

    /// Code `e1 op -e2` with an immediate when `e2` is a small integer
    /// literal (subtraction as ADDI, left shift as SHRI); the metamethod
    /// still sees the original operand.
    fn finishbinexpneg(
        &mut self,
        e1: &mut ExpDesc,
        e2: &ExpDesc,
        o: OpCode,
        line: u32,
        event: TmEvent,
    ) -> R<bool> {
        let Some(i2) = Self::is_kint(e2) else {
            return Ok(false);
        };
        if !(fits_c(i2) && fits_c(i2.wrapping_neg())) {
            return Ok(false);
        }
        let v2 = i2 as i32;
        self.finishbinexpval(
            e1,
            e2,
            o,
            op::int2sc(-v2),
            false,
            line,
            OpCode::MmBinI,
            event,
        )?;
        let pc = self.pc() - 1;
        let i = op::set_b(self.inst(pc), op::int2sc(v2));
        self.set_inst(pc, i);
        Ok(true)
    }

    fn codebinnok(
        &mut self,
        opr: BinOpr,
        e1: &mut ExpDesc,
        e2: &mut ExpDesc,
        flip: bool,
        line: u32,
    ) -> R<()> {
        if flip {
            std::mem::swap(e1, e2);
        }
        self.codebinexpval(opr, e1, e2, line)
    }

    fn codearith(
        &mut self,
        opr: BinOpr,
        e1: &mut ExpDesc,
        e2: &mut ExpDesc,
        flip: bool,
        line: u32,
    ) -> R<()> {
        if Self::tonumeral(e2).is_some() && self.exp2k(e2)? {
            self.codebink(opr, e1, e2, flip, line)
        } else {
            self.codebinnok(opr, e1, e2, flip, line)
        }
    }

    /// `+` and `*`: a numeral first operand is swapped to the second place
    /// to use an immediate or constant operand.
    fn codecommutative(
        &mut self,
        opr: BinOpr,
        e1: &mut ExpDesc,
        e2: &mut ExpDesc,
        line: u32,
    ) -> R<()> {
        let mut flip = false;
        if Self::tonumeral(e1).is_some() {
            std::mem::swap(e1, e2);
            flip = true;
        }
        if opr == BinOpr::Add && Self::is_scint(e2) {
            self.codebini(OpCode::AddI, e1, e2, flip, line, TmEvent::Add)
        } else {
            self.codearith(opr, e1, e2, flip, line)
        }
    }

    fn codebitwise(&mut self, opr: BinOpr, e1: &mut ExpDesc, e2: &mut ExpDesc, line: u32) -> R<()> {
        let mut flip = false;
        if matches!(e1.k, ExpKind::KInt(_)) {
            std::mem::swap(e1, e2);
            flip = true;
        }
        if matches!(e2.k, ExpKind::KInt(_)) && self.exp2k(e2)? {
            self.codebink(opr, e1, e2, flip, line)
        } else {
            self.codebinnok(opr, e1, e2, flip, line)
        }
    }

    /// `<` and `<=` (after `>`/`>=` were swapped into them).
    fn codeorder(&mut self, opr: BinOpr, e1: &mut ExpDesc, e2: &mut ExpDesc) -> R<()> {
        let (r1, r2, o);
        let mut isfloat = false;
        if let Some(im) = Self::is_scnumber(e2, &mut isfloat) {
            r1 = self.exp2anyreg(e1)?;
            r2 = im;
            o = if opr == BinOpr::Lt {
                OpCode::LtI
            } else {
                OpCode::LeI
            };
        } else if let Some(im) = Self::is_scnumber(e1, &mut isfloat) {
            // (A < B) is (B > A); (A <= B) is (B >= A).
            r1 = self.exp2anyreg(e2)?;
            r2 = im;
            o = if opr == BinOpr::Lt {
                OpCode::GtI
            } else {
                OpCode::GeI
            };
        } else {
            r1 = self.exp2anyreg(e1)?;
            r2 = self.exp2anyreg(e2)?;
            o = if opr == BinOpr::Lt {
                OpCode::Lt
            } else {
                OpCode::Le
            };
        }
        self.freeexps(e1, e2);
        e1.k = ExpKind::Jmp(self.condjump(o, r1, r2, u32::from(isfloat), true)? as usize);
        Ok(())
    }

    /// `==` and `~=`; `e1` was already made an RK operand by `infix`.
    fn codeeq(&mut self, opr: BinOpr, e1: &mut ExpDesc, e2: &mut ExpDesc) -> R<()> {
        if !matches!(e1.k, ExpKind::NonReloc(_)) {
            // e1 is a constant: compare the other way around.
            std::mem::swap(e1, e2);
        }
        let r1 = self.exp2anyreg(e1)?;
        let (o, r2);
        let mut isfloat = false;
        if let Some(im) = Self::is_scnumber(e2, &mut isfloat) {
            o = OpCode::EqI;
            r2 = im;
        } else if self.exp2rk(e2)? {
            o = OpCode::EqK;
            r2 = Self::rk_index(e2);
        } else {
            o = OpCode::Eq;
            r2 = self.exp2anyreg(e2)?;
        }
        self.freeexps(e1, e2);
        e1.k =
            ExpKind::Jmp(self.condjump(o, r1, r2, u32::from(isfloat), opr == BinOpr::Eq)? as usize);
        Ok(())
    }

    /// Apply a prefix operator to `e`.
    pub(super) fn prefix(&mut self, opr: UnOpr, e: &mut ExpDesc, line: u32) -> R<()> {
        const ZERO: ExpDesc = ExpDesc {
            k: ExpKind::KInt(0),
            t: NO_JUMP,
            f: NO_JUMP,
        };
        self.dischargevars(e)?;
        match opr {
            UnOpr::Minus => {
                if !Self::constfolding(Arith::Unm, e, &ZERO) {
                    self.codeunexpval(OpCode::Unm, e, line)?;
                }
            }
            UnOpr::BNot => {
                if !Self::constfolding(Arith::BNot, e, &ZERO) {
                    self.codeunexpval(OpCode::BNot, e, line)?;
                }
            }
            UnOpr::Len => self.codeunexpval(OpCode::Len, e, line)?,
            UnOpr::Not => self.codenot(e)?,
        }
        Ok(())
    }

    /// Process the first operand of a binary operator before the second is
    /// read.
    pub(super) fn infix(&mut self, opr: BinOpr, v: &mut ExpDesc) -> R<()> {
        self.dischargevars(v)?;
        match opr {
            BinOpr::And => self.goiftrue(v)?,
            BinOpr::Or => self.goiffalse(v)?,
            BinOpr::Concat => self.exp2nextreg(v)?,
            BinOpr::Eq | BinOpr::Ne => {
                if Self::tonumeral(v).is_none() {
                    self.exp2rk(v)?;
                }
            }
            BinOpr::Lt | BinOpr::Le | BinOpr::Gt | BinOpr::Ge => {
                if Self::is_scnumber(v, &mut false).is_none() {
                    self.exp2anyreg(v)?;
                }
            }
            _ => {
                // Arithmetic: keep a numeral for folding or as an immediate.
                if Self::tonumeral(v).is_none() {
                    self.exp2anyreg(v)?;
                }
            }
        }
        Ok(())
    }

    /// `e1 .. e2`, merging into a CONCAT that `e2` already ends with.
    fn codeconcat(&mut self, e1: &mut ExpDesc, e2: &ExpDesc, line: u32) -> R<()> {
        let ie2 = self.previous_instruction();
        let r1 = Self::rk_index(e1);
        if op::op(ie2) == Some(OpCode::Concat) {
            let n = op::b(ie2);
            self.freeexp(e2);
            let pc = self.pc() - 1;
            self.set_inst(pc, op::set_b(op::set_a(ie2, r1), n + 1));
        } else {
            self.code_abc(OpCode::Concat, r1, 2, 0)?;
            self.freeexp(e2);
            self.fixline(line);
        }
        Ok(())
    }

    /// Finish a binary operation after its second operand was read.
    pub(super) fn posfix(
        &mut self,
        opr: BinOpr,
        e1: &mut ExpDesc,
        e2: &mut ExpDesc,
        line: u32,
    ) -> R<()> {
        self.dischargevars(e2)?;
        if let Some(a) = binopr_arith(opr)
            && Self::constfolding(a, e1, e2)
        {
            return Ok(());
        }
        match opr {
            BinOpr::And => {
                let mut f = e2.f;
                self.concat(&mut f, e1.f)?;
                e2.f = f;
                *e1 = *e2;
            }
            BinOpr::Or => {
                let mut t = e2.t;
                self.concat(&mut t, e1.t)?;
                e2.t = t;
                *e1 = *e2;
            }
            BinOpr::Concat => {
                self.exp2nextreg(e2)?;
                self.codeconcat(e1, e2, line)?;
            }
            BinOpr::Add | BinOpr::Mul => self.codecommutative(opr, e1, e2, line)?,
            BinOpr::Sub => {
                if !self.finishbinexpneg(e1, e2, OpCode::AddI, line, TmEvent::Sub)? {
                    self.codearith(opr, e1, e2, false, line)?;
                }
            }
            BinOpr::Div | BinOpr::IDiv | BinOpr::Mod | BinOpr::Pow => {
                self.codearith(opr, e1, e2, false, line)?
            }
            BinOpr::BAnd | BinOpr::BOr | BinOpr::BXor => self.codebitwise(opr, e1, e2, line)?,
            BinOpr::Shl => {
                if Self::is_scint(e1) {
                    std::mem::swap(e1, e2);
                    self.codebini(OpCode::ShlI, e1, e2, true, line, TmEvent::Shl)?; // I << r2
                } else if !self.finishbinexpneg(e1, e2, OpCode::ShrI, line, TmEvent::Shl)? {
                    self.codebinexpval(opr, e1, e2, line)?;
                }
            }
            BinOpr::Shr => {
                if Self::is_scint(e2) {
                    self.codebini(OpCode::ShrI, e1, e2, false, line, TmEvent::Shr)?;
                } else {
                    self.codebinexpval(opr, e1, e2, line)?;
                }
            }
            BinOpr::Eq | BinOpr::Ne => self.codeeq(opr, e1, e2)?,
            BinOpr::Gt | BinOpr::Ge => {
                // (a > b) is (b < a); (a >= b) is (b <= a).
                std::mem::swap(e1, e2);
                let o = if opr == BinOpr::Gt {
                    BinOpr::Lt
                } else {
                    BinOpr::Le
                };
                self.codeorder(o, e1, e2)?;
            }
            BinOpr::Lt | BinOpr::Le => self.codeorder(opr, e1, e2)?,
        }
        Ok(())
    }

    // ---------------------------------------------------------------
    // Tables
    // ---------------------------------------------------------------

    /// Fill in the sizes of the NEWTABLE at `pc` (and its EXTRAARG).
    pub(super) fn settablesize(&mut self, pc: usize, ra: u32, asize: u32, hsize: u32) {
        let rb = if hsize != 0 { ceil_log2(hsize) + 1 } else { 0 };
        let extra = asize / (op::MAXARG_C + 1);
        let rc = asize % (op::MAXARG_C + 1);
        self.set_inst(pc, op::abck(OpCode::NewTable, ra, rb, rc, extra > 0));
        self.set_inst(pc + 1, op::ax_(OpCode::ExtraArg, extra));
    }

    /// Emit a SETLIST storing `tostore` values (MULTRET: up to top) after
    /// `nelems - tostore` existing items of the table in `base`.
    pub(super) fn setlist(&mut self, base: u32, nelems: u32, tostore: i32) -> R<()> {
        let tostore = if tostore == MULTRET {
            0
        } else {
            tostore as u32
        };
        if nelems <= op::MAXARG_C {
            self.code_abc(OpCode::SetList, base, tostore, nelems)?;
        } else {
            let extra = nelems / (op::MAXARG_C + 1);
            self.code_abck(
                OpCode::SetList,
                base,
                tostore,
                nelems % (op::MAXARG_C + 1),
                true,
            )?;
            self.code_extraarg(extra)?;
        }
        self.fs.freereg = base + 1;
        Ok(())
    }

    // ---------------------------------------------------------------
    // Final pass
    // ---------------------------------------------------------------

    /// Follow chains of jumps to their final target.
    fn finaltarget(&self, mut i: usize) -> usize {
        for _ in 0..100 {
            let ins = self.inst(i);
            if op::op(ins) != Some(OpCode::Jmp) {
                break;
            }
            let t = i as i64 + i64::from(op::sj(ins)) + 1;
            if t < 0 {
                break;
            }
            i = t as usize;
        }
        i
    }

    /// Peephole pass: returns that must close upvalues or fix a vararg
    /// frame become full OP_RETURNs with k/C set; jumps to jumps are
    /// threaded.
    pub(super) fn finish(&mut self) -> R<()> {
        let needclose = self.fs.needclose;
        let is_vararg = self.fs.is_vararg;
        let nparams = self.fs.num_params;
        for pc in 0..self.pc() {
            let mut i = self.inst(pc);
            match op::op(i) {
                Some(OpCode::Return0 | OpCode::Return1 | OpCode::Return | OpCode::TailCall) => {
                    let o = op::op(i);
                    if matches!(o, Some(OpCode::Return0 | OpCode::Return1)) {
                        if !(needclose || is_vararg) {
                            continue;
                        }
                        i = op::set_op(i, OpCode::Return);
                    }
                    if needclose {
                        i = op::set_k(i, true);
                    }
                    if is_vararg {
                        i = op::set_c(i, nparams + 1);
                    }
                    self.set_inst(pc, i);
                }
                Some(OpCode::Jmp) => {
                    let target = self.finaltarget(pc);
                    self.fixjump(pc as i32, target as i32)?;
                }
                _ => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_arithmetic() {
        assert_eq!(
            raw_arith(Arith::IDiv, Num::I(7), Num::I(-2)),
            Some(Num::I(-4))
        );
        assert_eq!(
            raw_arith(Arith::Mod, Num::I(-7), Num::I(3)),
            Some(Num::I(2))
        );
        assert_eq!(
            raw_arith(Arith::Mod, Num::I(i64::MIN), Num::I(-1)),
            Some(Num::I(0))
        );
        assert_eq!(
            raw_arith(Arith::IDiv, Num::I(i64::MIN), Num::I(-1)),
            Some(Num::I(i64::MIN))
        );
        assert_eq!(
            raw_arith(Arith::Mod, Num::F(-7.0), Num::F(3.0)),
            Some(Num::F(2.0))
        );
        assert_eq!(
            raw_arith(Arith::Mod, Num::F(7.0), Num::F(-3.0)),
            Some(Num::F(-2.0))
        );
        assert_eq!(
            raw_arith(Arith::Shl, Num::I(1), Num::I(64)),
            Some(Num::I(0))
        );
        assert_eq!(
            raw_arith(Arith::Shr, Num::I(-1), Num::I(63)),
            Some(Num::I(1))
        );
        assert_eq!(
            raw_arith(Arith::Shl, Num::I(1), Num::I(-1)),
            Some(Num::I(0))
        );
        assert_eq!(
            raw_arith(Arith::BAnd, Num::F(3.0), Num::I(1)),
            Some(Num::I(1))
        );
        assert_eq!(raw_arith(Arith::BAnd, Num::F(3.5), Num::I(1)), None);
        assert_eq!(
            raw_arith(Arith::Pow, Num::I(2), Num::I(10)),
            Some(Num::F(1024.0))
        );
        assert_eq!(
            raw_arith(Arith::Div, Num::I(1), Num::I(2)),
            Some(Num::F(0.5))
        );
        assert!(!valid_op(Arith::Mod, Num::I(1), Num::I(0)));
        assert!(!valid_op(Arith::Div, Num::F(1.0), Num::F(0.0)));
        assert!(!valid_op(Arith::BOr, Num::F(0.5), Num::I(0)));
    }

    #[test]
    fn helpers() {
        assert!(fits_c(128) && fits_c(-127) && !fits_c(129) && !fits_c(-128));
        assert!(fits_bx(65536) && fits_bx(-65535) && !fits_bx(65537) && !fits_bx(-65536));
        assert_eq!(ceil_log2(1), 0);
        assert_eq!(ceil_log2(2), 1);
        assert_eq!(ceil_log2(3), 2);
        assert_eq!(ceil_log2(4), 2);
        assert_eq!(ceil_log2(5), 3);
        assert_eq!(float_to_int(2.0), Some(2));
        assert_eq!(float_to_int(2.5), None);
        assert_eq!(float_to_int(9223372036854775808.0), None);
        assert_eq!(float_to_int(-9223372036854775808.0), Some(i64::MIN));
    }
}
