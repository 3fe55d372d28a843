//! The interpreter: instruction encoding, state, calls, the execution loop
//! and the semantics it relies on (arithmetic, metamethods, debug names).
pub mod arith;
pub mod call;
pub mod close;
pub mod debug;
pub mod error;
pub mod execute;
pub mod foreign;
pub mod hook;
pub mod load;
pub mod meta;
pub mod opcode;
pub mod resume;
pub mod state;
pub mod strcmp;
