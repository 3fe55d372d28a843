//! The interpreter: instruction encoding and the execution loop.
pub mod opcode;
