//! Instruction encoding: the Lua 5.4 instruction set.
//!
//! Invariants:
//! - An instruction is a `u32`. The opcode lives in the low 7 bits; the
//!   operand layout is one of five formats (see [`OpMode`]):
//!
//!   ```text
//!   iABC   C(8) | B(8) | k(1) | A(8) | op(7)
//!   iABx        Bx(17)        | A(8) | op(7)
//!   iAsBx      sBx(17)        | A(8) | op(7)
//!   iAx              Ax(25)          | op(7)
//!   isJ              sJ(25)          | op(7)
//!   ```
//! - Signed operands (`sBx`, `sJ`, `sB`, `sC`) are stored in "excess K": the
//!   stored unsigned value minus half the unsigned maximum.
//! - The opcode list, its order and the operand formats are exactly those of
//!   the reference Lua 5.4, so a binary chunk of the reference decodes the same.
//! - Every decoder is total: any `u32` decodes to some operand values; only
//!   [`OpCode::from_u8`] can fail (opcode numbers past `EXTRAARG`).

/// One encoded instruction.
pub type Instruction = u32;

pub const SIZE_OP: u32 = 7;
pub const SIZE_A: u32 = 8;
pub const SIZE_B: u32 = 8;
pub const SIZE_C: u32 = 8;
pub const SIZE_BX: u32 = SIZE_B + SIZE_C + 1;
pub const SIZE_AX: u32 = SIZE_BX + SIZE_A;
pub const SIZE_SJ: u32 = SIZE_BX + SIZE_A;

pub const POS_OP: u32 = 0;
pub const POS_A: u32 = POS_OP + SIZE_OP;
pub const POS_K: u32 = POS_A + SIZE_A;
pub const POS_B: u32 = POS_K + 1;
pub const POS_C: u32 = POS_B + SIZE_B;
pub const POS_BX: u32 = POS_K;
pub const POS_AX: u32 = POS_A;
pub const POS_SJ: u32 = POS_A;

pub const MAXARG_A: u32 = (1 << SIZE_A) - 1;
pub const MAXARG_B: u32 = (1 << SIZE_B) - 1;
pub const MAXARG_C: u32 = (1 << SIZE_C) - 1;
pub const MAXARG_BX: u32 = (1 << SIZE_BX) - 1;
pub const MAXARG_AX: u32 = (1 << SIZE_AX) - 1;
pub const MAXARG_SJ: u32 = (1 << SIZE_SJ) - 1;
/// Excess-K offset of `sBx`.
pub const OFFSET_SBX: i32 = (MAXARG_BX >> 1) as i32;
/// Excess-K offset of `sJ`.
pub const OFFSET_SJ: i32 = (MAXARG_SJ >> 1) as i32;
/// Excess-K offset of `sB` and `sC`.
pub const OFFSET_SC: i32 = (MAXARG_C >> 1) as i32;
/// An invalid register that still fits in the A field.
pub const NO_REG: u32 = MAXARG_A;

/// The opcodes, in the reference's order ("ORDER OP").
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OpCode {
    /// A B: R[A] := R[B]
    Move,
    /// A sBx: R[A] := sBx
    LoadI,
    /// A sBx: R[A] := (float)sBx
    LoadF,
    /// A Bx: R[A] := K[Bx]
    LoadK,
    /// A: R[A] := K[extra arg]
    LoadKX,
    /// A: R[A] := false
    LoadFalse,
    /// A: R[A] := false; pc++
    LFalseSkip,
    /// A: R[A] := true
    LoadTrue,
    /// A B: R[A], ..., R[A+B] := nil
    LoadNil,
    /// A B: R[A] := UpValue[B]
    GetUpval,
    /// A B: UpValue[B] := R[A]
    SetUpval,
    /// A B C: R[A] := UpValue[B][K[C]:shortstring]
    GetTabUp,
    /// A B C: R[A] := R[B][R[C]]
    GetTable,
    /// A B C: R[A] := R[B][C]
    GetI,
    /// A B C: R[A] := R[B][K[C]:shortstring]
    GetField,
    /// A B C: UpValue[A][K[B]:shortstring] := RK(C)
    SetTabUp,
    /// A B C: R[A][R[B]] := RK(C)
    SetTable,
    /// A B C: R[A][B] := RK(C)
    SetI,
    /// A B C: R[A][K[B]:shortstring] := RK(C)
    SetField,
    /// A B C k: R[A] := {} (B: log2(hash size)+1 or 0; C (+EXTRAARG if k): array size)
    NewTable,
    /// A B C: R[A+1] := R[B]; R[A] := R[B][RK(C):string]
    OpSelf,
    /// A B sC: R[A] := R[B] + sC
    AddI,
    /// A B C: R[A] := R[B] + K[C]:number
    AddK,
    SubK,
    MulK,
    ModK,
    PowK,
    DivK,
    IDivK,
    /// A B C: R[A] := R[B] & K[C]:integer
    BAndK,
    BOrK,
    BXorK,
    /// A B sC: R[A] := R[B] >> sC
    ShrI,
    /// A B sC: R[A] := sC << R[B]
    ShlI,
    /// A B C: R[A] := R[B] + R[C]
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
    /// A B C: call metamethod C (a [`TmEvent`]) over R[A] and R[B]
    MmBin,
    /// A sB C k: call metamethod C over R[A] and sB (k: operands flipped)
    MmBinI,
    /// A B C k: call metamethod C over R[A] and K[B] (k: operands flipped)
    MmBinK,
    /// A B: R[A] := -R[B]
    Unm,
    /// A B: R[A] := ~R[B]
    BNot,
    /// A B: R[A] := not R[B]
    Not,
    /// A B: R[A] := #R[B]
    Len,
    /// A B: R[A] := R[A] .. ... .. R[A+B-1]
    Concat,
    /// A: close all upvalues >= R[A]
    Close,
    /// A: mark variable A "to be closed"
    Tbc,
    /// sJ: pc += sJ
    Jmp,
    /// A B k: if ((R[A] == R[B]) ~= k) then pc++
    Eq,
    Lt,
    Le,
    /// A B k: if ((R[A] == K[B]) ~= k) then pc++
    EqK,
    /// A sB k: if ((R[A] == sB) ~= k) then pc++ (C: 1 if sB was a float)
    EqI,
    LtI,
    LeI,
    GtI,
    GeI,
    /// A k: if (not R[A] == k) then pc++
    Test,
    /// A B k: if (not R[B] == k) then pc++ else R[A] := R[B]
    TestSet,
    /// A B C: R[A], ..., R[A+C-2] := R[A](R[A+1], ..., R[A+B-1])
    Call,
    /// A B C k: return R[A](R[A+1], ..., R[A+B-1])
    TailCall,
    /// A B C k: return R[A], ..., R[A+B-2]
    Return,
    /// return
    Return0,
    /// A: return R[A]
    Return1,
    /// A Bx: update counters; if loop continues then pc -= Bx
    ForLoop,
    /// A Bx: check and prepare counters; if not to run then pc += Bx + 1
    ForPrep,
    /// A Bx: create upvalue for R[A+3]; pc += Bx
    TForPrep,
    /// A C: R[A+4], ..., R[A+3+C] := R[A](R[A+1], R[A+2])
    TForCall,
    /// A Bx: if R[A+4] ~= nil then { R[A+2] := R[A+4]; pc -= Bx }
    TForLoop,
    /// A B C k: R[A][C+i] := R[A+i], 1 <= i <= B
    SetList,
    /// A Bx: R[A] := closure(KPROTO[Bx])
    Closure,
    /// A C: R[A], ..., R[A+C-2] = vararg
    VarArg,
    /// A: adjust vararg parameters (A = number of fixed parameters)
    VarArgPrep,
    /// Ax: extra (larger) argument for the previous opcode
    ExtraArg,
}

/// Number of opcodes.
pub const NUM_OPCODES: usize = OpCode::ExtraArg as usize + 1;

/// Every opcode, indexed by its number.
const ALL_OPCODES: [OpCode; NUM_OPCODES] = {
    use OpCode::*;
    [
        Move, LoadI, LoadF, LoadK, LoadKX, LoadFalse, LFalseSkip, LoadTrue, LoadNil, GetUpval,
        SetUpval, GetTabUp, GetTable, GetI, GetField, SetTabUp, SetTable, SetI, SetField, NewTable,
        OpSelf, AddI, AddK, SubK, MulK, ModK, PowK, DivK, IDivK, BAndK, BOrK, BXorK, ShrI, ShlI,
        Add, Sub, Mul, Mod, Pow, Div, IDiv, BAnd, BOr, BXor, Shl, Shr, MmBin, MmBinI, MmBinK, Unm,
        BNot, Not, Len, Concat, Close, Tbc, Jmp, Eq, Lt, Le, EqK, EqI, LtI, LeI, GtI, GeI, Test,
        TestSet, Call, TailCall, Return, Return0, Return1, ForLoop, ForPrep, TForPrep, TForCall,
        TForLoop, SetList, Closure, VarArg, VarArgPrep, ExtraArg,
    ]
};

/// Opcode names as the reference prints them (without the `OP_` prefix).
pub const OPCODE_NAMES: [&str; NUM_OPCODES] = [
    "MOVE",
    "LOADI",
    "LOADF",
    "LOADK",
    "LOADKX",
    "LOADFALSE",
    "LFALSESKIP",
    "LOADTRUE",
    "LOADNIL",
    "GETUPVAL",
    "SETUPVAL",
    "GETTABUP",
    "GETTABLE",
    "GETI",
    "GETFIELD",
    "SETTABUP",
    "SETTABLE",
    "SETI",
    "SETFIELD",
    "NEWTABLE",
    "SELF",
    "ADDI",
    "ADDK",
    "SUBK",
    "MULK",
    "MODK",
    "POWK",
    "DIVK",
    "IDIVK",
    "BANDK",
    "BORK",
    "BXORK",
    "SHRI",
    "SHLI",
    "ADD",
    "SUB",
    "MUL",
    "MOD",
    "POW",
    "DIV",
    "IDIV",
    "BAND",
    "BOR",
    "BXOR",
    "SHL",
    "SHR",
    "MMBIN",
    "MMBINI",
    "MMBINK",
    "UNM",
    "BNOT",
    "NOT",
    "LEN",
    "CONCAT",
    "CLOSE",
    "TBC",
    "JMP",
    "EQ",
    "LT",
    "LE",
    "EQK",
    "EQI",
    "LTI",
    "LEI",
    "GTI",
    "GEI",
    "TEST",
    "TESTSET",
    "CALL",
    "TAILCALL",
    "RETURN",
    "RETURN0",
    "RETURN1",
    "FORLOOP",
    "FORPREP",
    "TFORPREP",
    "TFORCALL",
    "TFORLOOP",
    "SETLIST",
    "CLOSURE",
    "VARARG",
    "VARARGPREP",
    "EXTRAARG",
];

/// The five instruction formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpMode {
    ABC,
    ABx,
    AsBx,
    Ax,
    SJ,
}

/// Static properties of an opcode (the reference's `luaP_opmodes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpProps {
    pub mode: OpMode,
    /// The instruction writes register A.
    pub sets_a: bool,
    /// The instruction is a test: the next instruction is a jump.
    pub is_test: bool,
    /// "In top": uses the top set by the previous instruction when B == 0.
    pub uses_top: bool,
    /// "Out top": sets the top for the next instruction when C == 0.
    pub sets_top: bool,
    /// The instruction calls a metamethod (MMBIN family).
    pub is_mm: bool,
}

const fn props(mm: bool, ot: bool, it: bool, t: bool, a: bool, mode: OpMode) -> OpProps {
    OpProps {
        mode,
        sets_a: a,
        is_test: t,
        uses_top: it,
        sets_top: ot,
        is_mm: mm,
    }
}

const F: bool = false;
const T: bool = true;

/// Properties of each opcode, indexed by opcode number.
pub const OPCODE_PROPS: [OpProps; NUM_OPCODES] = {
    use OpMode::*;
    [
        props(F, F, F, F, T, ABC),  // MOVE
        props(F, F, F, F, T, AsBx), // LOADI
        props(F, F, F, F, T, AsBx), // LOADF
        props(F, F, F, F, T, ABx),  // LOADK
        props(F, F, F, F, T, ABx),  // LOADKX
        props(F, F, F, F, T, ABC),  // LOADFALSE
        props(F, F, F, F, T, ABC),  // LFALSESKIP
        props(F, F, F, F, T, ABC),  // LOADTRUE
        props(F, F, F, F, T, ABC),  // LOADNIL
        props(F, F, F, F, T, ABC),  // GETUPVAL
        props(F, F, F, F, F, ABC),  // SETUPVAL
        props(F, F, F, F, T, ABC),  // GETTABUP
        props(F, F, F, F, T, ABC),  // GETTABLE
        props(F, F, F, F, T, ABC),  // GETI
        props(F, F, F, F, T, ABC),  // GETFIELD
        props(F, F, F, F, F, ABC),  // SETTABUP
        props(F, F, F, F, F, ABC),  // SETTABLE
        props(F, F, F, F, F, ABC),  // SETI
        props(F, F, F, F, F, ABC),  // SETFIELD
        props(F, F, F, F, T, ABC),  // NEWTABLE
        props(F, F, F, F, T, ABC),  // SELF
        props(F, F, F, F, T, ABC),  // ADDI
        props(F, F, F, F, T, ABC),  // ADDK
        props(F, F, F, F, T, ABC),  // SUBK
        props(F, F, F, F, T, ABC),  // MULK
        props(F, F, F, F, T, ABC),  // MODK
        props(F, F, F, F, T, ABC),  // POWK
        props(F, F, F, F, T, ABC),  // DIVK
        props(F, F, F, F, T, ABC),  // IDIVK
        props(F, F, F, F, T, ABC),  // BANDK
        props(F, F, F, F, T, ABC),  // BORK
        props(F, F, F, F, T, ABC),  // BXORK
        props(F, F, F, F, T, ABC),  // SHRI
        props(F, F, F, F, T, ABC),  // SHLI
        props(F, F, F, F, T, ABC),  // ADD
        props(F, F, F, F, T, ABC),  // SUB
        props(F, F, F, F, T, ABC),  // MUL
        props(F, F, F, F, T, ABC),  // MOD
        props(F, F, F, F, T, ABC),  // POW
        props(F, F, F, F, T, ABC),  // DIV
        props(F, F, F, F, T, ABC),  // IDIV
        props(F, F, F, F, T, ABC),  // BAND
        props(F, F, F, F, T, ABC),  // BOR
        props(F, F, F, F, T, ABC),  // BXOR
        props(F, F, F, F, T, ABC),  // SHL
        props(F, F, F, F, T, ABC),  // SHR
        props(T, F, F, F, F, ABC),  // MMBIN
        props(T, F, F, F, F, ABC),  // MMBINI
        props(T, F, F, F, F, ABC),  // MMBINK
        props(F, F, F, F, T, ABC),  // UNM
        props(F, F, F, F, T, ABC),  // BNOT
        props(F, F, F, F, T, ABC),  // NOT
        props(F, F, F, F, T, ABC),  // LEN
        props(F, F, F, F, T, ABC),  // CONCAT
        props(F, F, F, F, F, ABC),  // CLOSE
        props(F, F, F, F, F, ABC),  // TBC
        props(F, F, F, F, F, SJ),   // JMP
        props(F, F, F, T, F, ABC),  // EQ
        props(F, F, F, T, F, ABC),  // LT
        props(F, F, F, T, F, ABC),  // LE
        props(F, F, F, T, F, ABC),  // EQK
        props(F, F, F, T, F, ABC),  // EQI
        props(F, F, F, T, F, ABC),  // LTI
        props(F, F, F, T, F, ABC),  // LEI
        props(F, F, F, T, F, ABC),  // GTI
        props(F, F, F, T, F, ABC),  // GEI
        props(F, F, F, T, F, ABC),  // TEST
        props(F, F, F, T, T, ABC),  // TESTSET
        props(F, T, T, F, T, ABC),  // CALL
        props(F, T, T, F, T, ABC),  // TAILCALL
        props(F, F, T, F, F, ABC),  // RETURN
        props(F, F, F, F, F, ABC),  // RETURN0
        props(F, F, F, F, F, ABC),  // RETURN1
        props(F, F, F, F, T, ABx),  // FORLOOP
        props(F, F, F, F, T, ABx),  // FORPREP
        props(F, F, F, F, F, ABx),  // TFORPREP
        props(F, F, F, F, F, ABC),  // TFORCALL
        props(F, F, F, F, T, ABx),  // TFORLOOP
        props(F, F, T, F, F, ABC),  // SETLIST
        props(F, F, F, F, T, ABx),  // CLOSURE
        props(F, T, F, F, T, ABC),  // VARARG
        props(F, F, T, F, T, ABC),  // VARARGPREP
        props(F, F, F, F, F, Ax),   // EXTRAARG
    ]
};

impl OpCode {
    /// The opcode numbered `n`, if any.
    #[inline]
    pub fn from_u8(n: u8) -> Option<OpCode> {
        ALL_OPCODES.get(n as usize).copied()
    }

    /// The reference's name of this opcode (without `OP_`).
    #[inline]
    pub fn name(self) -> &'static str {
        OPCODE_NAMES[self as usize]
    }

    /// Static properties (format, flags).
    #[inline]
    pub fn props(self) -> OpProps {
        OPCODE_PROPS[self as usize]
    }

    /// Operand format.
    #[inline]
    pub fn mode(self) -> OpMode {
        self.props().mode
    }
}

#[inline(always)]
const fn mask1(n: u32) -> u32 {
    // n <= 25 for every caller, so the shift never overflows.
    !((!0u32) << n)
}

#[inline(always)]
const fn getarg(i: Instruction, pos: u32, size: u32) -> u32 {
    (i >> pos) & mask1(size)
}

/// The raw opcode number (may be past `EXTRAARG` for unverified input).
#[inline(always)]
pub const fn op_raw(i: Instruction) -> u8 {
    (i & mask1(SIZE_OP)) as u8
}

/// The opcode, or `None` for an invalid opcode number.
#[inline(always)]
pub fn op(i: Instruction) -> Option<OpCode> {
    OpCode::from_u8(op_raw(i))
}

#[inline(always)]
pub const fn a(i: Instruction) -> u32 {
    getarg(i, POS_A, SIZE_A)
}

#[inline(always)]
pub const fn b(i: Instruction) -> u32 {
    getarg(i, POS_B, SIZE_B)
}

#[inline(always)]
pub const fn c(i: Instruction) -> u32 {
    getarg(i, POS_C, SIZE_C)
}

#[inline(always)]
pub const fn k(i: Instruction) -> bool {
    getarg(i, POS_K, 1) != 0
}

#[inline(always)]
pub const fn bx(i: Instruction) -> u32 {
    getarg(i, POS_BX, SIZE_BX)
}

#[inline(always)]
pub const fn ax(i: Instruction) -> u32 {
    getarg(i, POS_AX, SIZE_AX)
}

/// Signed B (excess-K).
#[inline(always)]
pub const fn sb(i: Instruction) -> i32 {
    b(i) as i32 - OFFSET_SC
}

/// Signed C (excess-K).
#[inline(always)]
pub const fn sc(i: Instruction) -> i32 {
    c(i) as i32 - OFFSET_SC
}

/// Signed Bx (excess-K).
#[inline(always)]
pub const fn sbx(i: Instruction) -> i32 {
    bx(i) as i32 - OFFSET_SBX
}

/// Signed jump offset (excess-K).
#[inline(always)]
pub const fn sj(i: Instruction) -> i32 {
    getarg(i, POS_SJ, SIZE_SJ) as i32 - OFFSET_SJ
}

/// Encode an iABC instruction. Operands are masked to their field widths.
#[inline(always)]
pub const fn abck(op: OpCode, a: u32, b: u32, c: u32, k: bool) -> Instruction {
    ((op as u32) << POS_OP)
        | ((a & MAXARG_A) << POS_A)
        | ((b & MAXARG_B) << POS_B)
        | ((c & MAXARG_C) << POS_C)
        | ((k as u32) << POS_K)
}

/// Encode an iABx instruction.
#[inline(always)]
pub const fn abx(op: OpCode, a: u32, bx: u32) -> Instruction {
    ((op as u32) << POS_OP) | ((a & MAXARG_A) << POS_A) | ((bx & MAXARG_BX) << POS_BX)
}

/// Encode an iAsBx instruction (`sbx` in `-OFFSET_SBX ..= MAXARG_BX - OFFSET_SBX`).
#[inline(always)]
pub const fn asbx(op: OpCode, a: u32, sbx: i32) -> Instruction {
    abx(op, a, sbx.wrapping_add(OFFSET_SBX) as u32)
}

/// Encode an iAx instruction.
#[inline(always)]
pub const fn ax_(op: OpCode, ax: u32) -> Instruction {
    ((op as u32) << POS_OP) | ((ax & MAXARG_AX) << POS_AX)
}

/// Encode an isJ instruction (`sj` in `-OFFSET_SJ ..= MAXARG_SJ - OFFSET_SJ`).
#[inline(always)]
pub const fn sj_(op: OpCode, sj: i32) -> Instruction {
    ((op as u32) << POS_OP) | (((sj.wrapping_add(OFFSET_SJ) as u32) & MAXARG_SJ) << POS_SJ)
}

/// Encode a signed value as an excess-K `sB`/`sC` field.
#[inline(always)]
pub const fn int2sc(v: i32) -> u32 {
    (v.wrapping_add(OFFSET_SC) as u32) & MAXARG_C
}

/// Replace field A.
#[inline(always)]
pub const fn set_a(i: Instruction, v: u32) -> Instruction {
    (i & !(MAXARG_A << POS_A)) | ((v & MAXARG_A) << POS_A)
}

/// Replace field B.
#[inline(always)]
pub const fn set_b(i: Instruction, v: u32) -> Instruction {
    (i & !(MAXARG_B << POS_B)) | ((v & MAXARG_B) << POS_B)
}

/// Replace field C.
#[inline(always)]
pub const fn set_c(i: Instruction, v: u32) -> Instruction {
    (i & !(MAXARG_C << POS_C)) | ((v & MAXARG_C) << POS_C)
}

/// Replace flag k.
#[inline(always)]
pub const fn set_k(i: Instruction, v: bool) -> Instruction {
    (i & !(1 << POS_K)) | ((v as u32) << POS_K)
}

/// Replace field Bx.
#[inline(always)]
pub const fn set_bx(i: Instruction, v: u32) -> Instruction {
    (i & !(MAXARG_BX << POS_BX)) | ((v & MAXARG_BX) << POS_BX)
}

/// Replace field sJ.
#[inline(always)]
pub const fn set_sj(i: Instruction, v: i32) -> Instruction {
    (i & !(MAXARG_SJ << POS_SJ)) | (((v.wrapping_add(OFFSET_SJ) as u32) & MAXARG_SJ) << POS_SJ)
}

/// Replace the opcode.
#[inline(always)]
pub const fn set_op(i: Instruction, o: OpCode) -> Instruction {
    (i & !mask1(SIZE_OP)) | (o as u32)
}

/// Metamethod events, in the reference's order (`ltm.h`, "ORDER TM").
/// OP_MMBIN* carry one of these (as a number) in their C operand.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TmEvent {
    Index,
    NewIndex,
    Gc,
    Mode,
    Len,
    Eq,
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
    Lt,
    Le,
    Concat,
    Call,
    Close,
}

/// Number of metamethod events.
pub const TM_N: usize = TmEvent::Close as usize + 1;

const ALL_TMS: [TmEvent; TM_N] = {
    use TmEvent::*;
    [
        Index, NewIndex, Gc, Mode, Len, Eq, Add, Sub, Mul, Mod, Pow, Div, IDiv, BAnd, BOr, BXor,
        Shl, Shr, Unm, BNot, Lt, Le, Concat, Call, Close,
    ]
};

/// Event names as metatable keys (`"__index"`, ...), in event order.
pub const TM_NAMES: [&str; TM_N] = [
    "__index",
    "__newindex",
    "__gc",
    "__mode",
    "__len",
    "__eq",
    "__add",
    "__sub",
    "__mul",
    "__mod",
    "__pow",
    "__div",
    "__idiv",
    "__band",
    "__bor",
    "__bxor",
    "__shl",
    "__shr",
    "__unm",
    "__bnot",
    "__lt",
    "__le",
    "__concat",
    "__call",
    "__close",
];

impl TmEvent {
    /// The event numbered `n`, if any.
    #[inline]
    pub fn from_u8(n: u8) -> Option<TmEvent> {
        ALL_TMS.get(n as usize).copied()
    }

    /// The metatable key, e.g. `"__add"`.
    #[inline]
    pub fn name(self) -> &'static str {
        TM_NAMES[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_numbers_match_reference() {
        assert_eq!(OpCode::Move as u8, 0);
        assert_eq!(OpCode::GetTabUp as u8, 11);
        assert_eq!(OpCode::Add as u8, 34);
        assert_eq!(OpCode::MmBin as u8, 46);
        assert_eq!(OpCode::Jmp as u8, 56);
        assert_eq!(OpCode::Call as u8, 68);
        assert_eq!(OpCode::ExtraArg as u8, 82);
        assert_eq!(NUM_OPCODES, 83);
        for n in 0..=255u8 {
            match OpCode::from_u8(n) {
                Some(o) => assert_eq!(o as u8, n),
                None => assert!(n as usize >= NUM_OPCODES),
            }
        }
    }

    #[test]
    fn encode_decode_roundtrip() {
        let i = abck(OpCode::Add, 1, 2, 3, true);
        assert_eq!(op(i), Some(OpCode::Add));
        assert_eq!((a(i), b(i), c(i), k(i)), (1, 2, 3, true));
        let i = asbx(OpCode::LoadI, 5, -65535);
        assert_eq!(sbx(i), -65535);
        assert_eq!(a(i), 5);
        let i = asbx(OpCode::LoadI, 5, 65536);
        assert_eq!(sbx(i), 65536);
        let i = sj_(OpCode::Jmp, -(OFFSET_SJ));
        assert_eq!(sj(i), -(OFFSET_SJ));
        let i = sj_(OpCode::Jmp, 12345);
        assert_eq!(sj(i), 12345);
        assert_eq!(op(i), Some(OpCode::Jmp));
        let i = ax_(OpCode::ExtraArg, MAXARG_AX);
        assert_eq!(ax(i), MAXARG_AX);
        let i = abck(OpCode::EqI, 0, int2sc(-127), 0, false);
        assert_eq!(sb(i), -127);
        let i = set_sj(i, 7);
        assert_eq!(sj(i), 7);
        // Reference constants.
        assert_eq!(OFFSET_SBX, 65535);
        assert_eq!(OFFSET_SJ, 16777215);
        assert_eq!(OFFSET_SC, 127);
    }

    #[test]
    fn tm_order() {
        assert_eq!(TmEvent::Add as u8, 6);
        assert_eq!(TmEvent::Close as u8, 24);
        assert_eq!(TmEvent::from_u8(6), Some(TmEvent::Add));
        assert_eq!(TmEvent::Concat.name(), "__concat");
    }
}
