//! Binary chunks in the reference's 5.4 format: `dump` writes a function's
//! prototype (`string.dump`, `lua_dump`), `undump` reads one back into the
//! compiler's plain prototype, and `verify` checks what the interpreter
//! relies on before the prototype reaches the heap.
//!
//! The reference does not check loaded bytecode; we promise never to
//! crash, so a chunk whose code would let the interpreter index past a
//! register window, the constants, the upvalues or the code is refused
//! with "bad binary format (invalid code)".
pub mod dump;
pub mod undump;
pub mod verify;

/// The first bytes of every binary chunk (`LUA_SIGNATURE`).
pub const SIGNATURE: &[u8] = b"\x1bLua";
/// Version byte (5.4).
pub const VERSION: u8 = 0x54;
/// Format byte (the official format).
pub const FORMAT: u8 = 0;
/// Bytes that catch conversion errors (`LUAC_DATA`).
pub const DATA: &[u8] = b"\x19\x93\r\n\x1a\n";
/// Integer and float written to check their formats.
pub const CHECK_INT: i64 = 0x5678;
pub const CHECK_NUM: f64 = 370.5;

/// Constant tags (the reference's variant tags).
pub const TAG_NIL: u8 = 0x00;
pub const TAG_FALSE: u8 = 0x01;
pub const TAG_TRUE: u8 = 0x11;
pub const TAG_INT: u8 = 0x03;
pub const TAG_FLOAT: u8 = 0x13;
pub const TAG_SHORT_STR: u8 = 0x04;
pub const TAG_LONG_STR: u8 = 0x14;

/// Line information encoding: deltas from the previous line fit in a
/// signed byte; a larger jump, or every `MAX_WITHOUT_ABS` instructions,
/// an absolute entry is written instead (marked by `ABS_LINE`).
pub const ABS_LINE: i8 = -0x80;
pub const LIM_LINE_DIFF: i64 = 0x80;
pub const MAX_WITHOUT_ABS: u32 = 128;
