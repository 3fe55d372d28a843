//! The compiler's output: a plain-data function prototype.
//!
//! Invariants (for prototypes produced by `compile`):
//! - `line_info.len() == code.len()`; each entry is the absolute source line
//!   of the instruction at the same index.
//! - Every register operand is `< max_stack_size`; every constant index is
//!   `< constants.len()`; every OP_CLOSURE index is `< protos.len()`; every
//!   upvalue index is `< upvalues.len()`.
//! - The main chunk is vararg, has no parameters and exactly one upvalue,
//!   `_ENV`, with `in_stack == true` and `index == 0`.
//! - Nothing here points into the heap: the VM turns a `FuncProto` into its
//!   own heap object.

/// A constant in a prototype's constant table.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
}

/// Upvalue kinds (the reference's variable kinds).
pub const VDKREG: u8 = 0;
/// A `<const>` variable whose value is not a compile-time constant.
pub const RDKCONST: u8 = 1;
/// A `<close>` variable.
pub const RDKTOCLOSE: u8 = 2;
/// A compile-time constant (never appears as an upvalue: it is folded).
pub const RDKCTC: u8 = 3;

/// How a closure finds one of its upvalues when it is created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpvalDesc {
    pub name: Vec<u8>,
    /// True: the upvalue is register `index` of the enclosing function.
    /// False: it is upvalue `index` of the enclosing function.
    pub in_stack: bool,
    pub index: u8,
    /// 0 regular, 1 `<const>`, 2 `<close>`, 3 compile-time constant.
    pub kind: u8,
}

/// Debug information about a local variable: active for pcs in
/// `start_pc .. end_pc`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocVar {
    pub name: Vec<u8>,
    pub start_pc: u32,
    pub end_pc: u32,
}

/// A compiled function.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FuncProto {
    /// Chunk name as given to `load`, e.g. `b"@x.lua"`, `b"=stdin"`, or the source text.
    pub source: Vec<u8>,
    pub line_defined: u32,
    pub last_line_defined: u32,
    pub num_params: u8,
    pub is_vararg: bool,
    pub max_stack_size: u8,
    pub code: Vec<u32>,
    /// Absolute source line of each instruction (same length as `code`).
    pub line_info: Vec<u32>,
    pub constants: Vec<Constant>,
    pub upvalues: Vec<UpvalDesc>,
    pub protos: Vec<FuncProto>,
    pub loc_vars: Vec<LocVar>,
}
