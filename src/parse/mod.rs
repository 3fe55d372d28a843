//! Source text to `FuncProto`: lexer, parser, code generator.
