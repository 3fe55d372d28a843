//! Instruction encoding (owned by the compiler work).
