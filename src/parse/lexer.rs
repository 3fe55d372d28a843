//! The lexer: source bytes to tokens.
//!
//! Invariants:
//! - `current` is the byte at `pos - 1` (the next byte to examine), or
//!   `EOZ` (-1) at the end of the input. Any byte, including NUL, is input.
//! - `buff` holds the raw text of the token being (or last) read, as the
//!   reference keeps it: error messages quote it ("near '...'"), so it must
//!   match the reference byte for byte, including partial strings.
//! - `linenumber` counts `\n`, `\r`, `\r\n` and `\n\r` as one line break
//!   each; `lastline` is the line of the last token consumed by `next`.
//! - Names and strings are interned in `strings`; equal texts get equal ids.

use std::collections::HashMap;

use super::chunkid::chunkid;
use super::numeral::{Numeral, is_space, str2number, utf8esc};
use super::{CompileError, ErrorKind};

/// End of input.
const EOZ: i32 = -1;

/// Errors are boxed: a small `Result` keeps the parser's recursive frames
/// small, which bounds its stack use.
pub type LexResult<T> = Result<T, Box<CompileError>>;

/// An interned string.
pub type StrId = u32;

/// Interner for names and string literals of one compilation.
#[derive(Default)]
pub struct Interner {
    texts: Vec<Vec<u8>>,
    ids: HashMap<Vec<u8>, StrId>,
}

impl Interner {
    pub fn intern(&mut self, s: &[u8]) -> StrId {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.texts.len() as StrId;
        self.texts.push(s.to_vec());
        self.ids.insert(s.to_vec(), id);
        id
    }

    pub fn get(&self, id: StrId) -> &[u8] {
        self.texts.get(id as usize).map_or(&[], |v| v.as_slice())
    }
}

/// A token. Single-byte symbols are `Char`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Token {
    Char(u8),
    And,
    Break,
    Do,
    Else,
    ElseIf,
    End,
    False,
    For,
    Function,
    Goto,
    If,
    In,
    Local,
    Nil,
    Not,
    Or,
    Repeat,
    Return,
    Then,
    True,
    Until,
    While,
    IDiv,
    Concat,
    Dots,
    Eq,
    Ge,
    Le,
    Ne,
    Shl,
    Shr,
    DbColon,
    Eos,
    Flt(f64),
    Int(i64),
    Name(StrId),
    Str(StrId),
}

impl Token {
    /// The token as the reference's `luaX_token2str` names it.
    pub fn describe(self) -> Vec<u8> {
        let fixed: &str = match self {
            Token::Char(c) => {
                return if (0x20..0x7f).contains(&c) {
                    vec![b'\'', c, b'\'']
                } else {
                    format!("'<\\{c}>'").into_bytes()
                };
            }
            Token::And => "and",
            Token::Break => "break",
            Token::Do => "do",
            Token::Else => "else",
            Token::ElseIf => "elseif",
            Token::End => "end",
            Token::False => "false",
            Token::For => "for",
            Token::Function => "function",
            Token::Goto => "goto",
            Token::If => "if",
            Token::In => "in",
            Token::Local => "local",
            Token::Nil => "nil",
            Token::Not => "not",
            Token::Or => "or",
            Token::Repeat => "repeat",
            Token::Return => "return",
            Token::Then => "then",
            Token::True => "true",
            Token::Until => "until",
            Token::While => "while",
            Token::IDiv => "//",
            Token::Concat => "..",
            Token::Dots => "...",
            Token::Eq => "==",
            Token::Ge => ">=",
            Token::Le => "<=",
            Token::Ne => "~=",
            Token::Shl => "<<",
            Token::Shr => ">>",
            Token::DbColon => "::",
            // Not quoted in the reference.
            Token::Eos => return b"<eof>".to_vec(),
            Token::Flt(_) => return b"<number>".to_vec(),
            Token::Int(_) => return b"<integer>".to_vec(),
            Token::Name(_) => return b"<name>".to_vec(),
            Token::Str(_) => return b"<string>".to_vec(),
        };
        format!("'{fixed}'").into_bytes()
    }
}

fn reserved(word: &[u8]) -> Option<Token> {
    Some(match word {
        b"and" => Token::And,
        b"break" => Token::Break,
        b"do" => Token::Do,
        b"else" => Token::Else,
        b"elseif" => Token::ElseIf,
        b"end" => Token::End,
        b"false" => Token::False,
        b"for" => Token::For,
        b"function" => Token::Function,
        b"goto" => Token::Goto,
        b"if" => Token::If,
        b"in" => Token::In,
        b"local" => Token::Local,
        b"nil" => Token::Nil,
        b"not" => Token::Not,
        b"or" => Token::Or,
        b"repeat" => Token::Repeat,
        b"return" => Token::Return,
        b"then" => Token::Then,
        b"true" => Token::True,
        b"until" => Token::Until,
        b"while" => Token::While,
        _ => return None,
    })
}

#[inline]
fn is_alpha(c: i32) -> bool {
    c == i32::from(b'_') || (c >= 0 && (c as u8).is_ascii_alphabetic())
}

#[inline]
fn is_alnum(c: i32) -> bool {
    is_alpha(c) || is_digit(c)
}

#[inline]
fn is_digit(c: i32) -> bool {
    (i32::from(b'0')..=i32::from(b'9')).contains(&c)
}

#[inline]
fn is_xdigit(c: i32) -> bool {
    c >= 0 && (c as u8).is_ascii_hexdigit()
}

#[inline]
fn is_newline(c: i32) -> bool {
    c == i32::from(b'\n') || c == i32::from(b'\r')
}

#[inline]
fn hexavalue(c: i32) -> u32 {
    let c = c as u8;
    if c.is_ascii_digit() {
        u32::from(c - b'0')
    } else {
        u32::from(c.to_ascii_lowercase() - b'a') + 10
    }
}

/// What a lexical error quotes after "near".
#[derive(Clone, Copy)]
enum Near {
    /// Nothing ("near" part omitted).
    Nothing,
    /// The raw text in `buff` (names, strings, numerals).
    Buffer,
    /// The end of the input.
    Eof,
}

pub struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    current: i32,
    pub linenumber: u32,
    pub lastline: u32,
    buff: Vec<u8>,
    /// The current token.
    pub t: Token,
    lookahead: Option<Token>,
    /// `chunkid` of the chunk name, for error messages.
    chunk_id: Vec<u8>,
    pub strings: Interner,
}

/// Lines are counted in an `int` by the reference.
const MAX_LINE: u32 = i32::MAX as u32;

impl<'a> Lexer<'a> {
    pub fn new(src: &'a [u8], chunkname: &[u8]) -> Lexer<'a> {
        let mut lx = Lexer {
            src,
            pos: 0,
            current: EOZ,
            linenumber: 1,
            lastline: 1,
            buff: Vec::new(),
            t: Token::Eos,
            lookahead: None,
            chunk_id: chunkid(chunkname),
            strings: Interner::default(),
        };
        lx.advance();
        lx
    }

    #[inline]
    fn advance(&mut self) {
        self.current = match self.src.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                i32::from(b)
            }
            None => EOZ,
        };
    }

    #[inline]
    fn save(&mut self, c: i32) {
        self.buff.push(c as u8);
    }

    #[inline]
    fn save_and_next(&mut self) {
        self.save(self.current);
        self.advance();
    }

    fn check_next1(&mut self, c: u8) -> bool {
        if self.current == i32::from(c) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn check_next2(&mut self, set: &[u8; 2]) -> bool {
        if self.current == i32::from(set[0]) || self.current == i32::from(set[1]) {
            self.save_and_next();
            true
        } else {
            false
        }
    }

    /// Prefix a message with the chunk id and current line.
    pub fn add_position(&self, msg: &[u8]) -> Vec<u8> {
        let mut out = self.chunk_id.clone();
        out.extend_from_slice(format!(":{}: ", self.linenumber).as_bytes());
        out.extend_from_slice(msg);
        out
    }

    fn buffer_text(&self) -> Vec<u8> {
        // The reference prints the buffer with "%s": it stops at a NUL.
        let end = self
            .buff
            .iter()
            .position(|&b| b == 0)
            .unwrap_or(self.buff.len());
        let mut out = Vec::with_capacity(end + 2);
        out.push(b'\'');
        out.extend_from_slice(&self.buff[..end]);
        out.push(b'\'');
        out
    }

    fn error(&self, msg: &[u8], near: Near) -> Box<CompileError> {
        let mut m = self.add_position(msg);
        let what = match near {
            Near::Nothing => None,
            Near::Buffer => Some(self.buffer_text()),
            Near::Eof => Some(Token::Eos.describe()),
        };
        if let Some(w) = what {
            m.extend_from_slice(b" near ");
            m.extend_from_slice(&w);
        }
        Box::new(CompileError {
            kind: ErrorKind::Syntax,
            msg: m,
        })
    }

    /// A syntax error at the current token ("... near <token>").
    pub fn syntax_error(&self, msg: &[u8]) -> Box<CompileError> {
        match self.t {
            Token::Name(_) | Token::Str(_) | Token::Flt(_) | Token::Int(_) => {
                self.error(msg, Near::Buffer)
            }
            // The reference uses token 0 as "no token": a NUL byte token
            // therefore prints no "near" part.
            Token::Char(0) => self.error(msg, Near::Nothing),
            tok => {
                let mut m = self.add_position(msg);
                m.extend_from_slice(b" near ");
                m.extend_from_slice(&tok.describe());
                Box::new(CompileError {
                    kind: ErrorKind::Syntax,
                    msg: m,
                })
            }
        }
    }

    /// A semantic error: position but no "near" part.
    pub fn sem_error(&self, msg: &[u8]) -> Box<CompileError> {
        self.error(msg, Near::Nothing)
    }

    /// Move to the next token.
    pub fn next_token(&mut self) -> LexResult<()> {
        self.lastline = self.linenumber;
        self.t = match self.lookahead.take() {
            Some(t) => t,
            None => self.lex()?,
        };
        Ok(())
    }

    /// Read the token after the current one without consuming it.
    pub fn lookahead(&mut self) -> LexResult<Token> {
        if let Some(t) = self.lookahead {
            return Ok(t);
        }
        let t = self.lex()?;
        self.lookahead = Some(t);
        Ok(t)
    }

    fn inclinenumber(&mut self) -> LexResult<()> {
        let old = self.current;
        self.advance(); // skip '\n' or '\r'
        if is_newline(self.current) && self.current != old {
            self.advance(); // skip '\n\r' or '\r\n'
        }
        self.linenumber += 1;
        if self.linenumber >= MAX_LINE {
            return Err(self.error(b"chunk has too many lines", Near::Nothing));
        }
        Ok(())
    }

    fn read_numeral(&mut self) -> LexResult<Token> {
        let mut expo = b"Ee";
        let first = self.current;
        self.save_and_next();
        if first == i32::from(b'0') && self.check_next2(b"xX") {
            expo = b"Pp";
        }
        loop {
            if self.check_next2(expo) {
                self.check_next2(b"-+");
            } else if is_xdigit(self.current) || self.current == i32::from(b'.') {
                self.save_and_next();
            } else {
                break;
            }
        }
        if is_alpha(self.current) {
            // A numeral touching a letter: take it to force an error.
            self.save_and_next();
        }
        match str2number(&self.buff) {
            Some(Numeral::Int(i)) => Ok(Token::Int(i)),
            Some(Numeral::Float(f)) => Ok(Token::Flt(f)),
            None => Err(self.error(b"malformed number", Near::Buffer)),
        }
    }

    /// Read `[=*[` or `]=*]`, leaving the last bracket current. Returns the
    /// number of `=` plus 2 if well formed, 1 for a lone bracket, 0 for an
    /// unfinished `[==`.
    fn skip_sep(&mut self) -> usize {
        let s = self.current;
        let mut count = 0;
        self.save_and_next();
        while self.current == i32::from(b'=') {
            self.save_and_next();
            count += 1;
        }
        if self.current == s {
            count + 2
        } else if count == 0 {
            1
        } else {
            0
        }
    }

    /// Read a long string (or comment, when `is_string` is false) whose
    /// opening bracket has level `sep`.
    fn read_long_string(&mut self, is_string: bool, sep: usize) -> LexResult<Token> {
        let line = self.linenumber;
        self.save_and_next(); // skip the second '['
        if is_newline(self.current) {
            self.inclinenumber()?; // a first newline is skipped
        }
        loop {
            match self.current {
                EOZ => {
                    let what = if is_string { "string" } else { "comment" };
                    let msg = format!("unfinished long {what} (starting at line {line})");
                    return Err(self.error(msg.as_bytes(), Near::Eof));
                }
                0x5d /* ']' */ => {
                    if self.skip_sep() == sep {
                        self.save_and_next(); // skip the second ']'
                        break;
                    }
                }
                0x0a | 0x0d => {
                    self.save(i32::from(b'\n'));
                    self.inclinenumber()?;
                    if !is_string {
                        self.buff.clear(); // comments need no text
                    }
                }
                _ => {
                    if is_string {
                        self.save_and_next();
                    } else {
                        self.advance();
                    }
                }
            }
        }
        if is_string {
            let end = self.buff.len().saturating_sub(sep);
            let text = self.buff.get(sep..end).unwrap_or(&[]);
            Ok(Token::Str(self.strings.intern(text)))
        } else {
            Ok(Token::Eos) // ignored by the caller
        }
    }

    /// Fail with `msg` unless `ok`; the offending character joins the
    /// quoted text, as in the reference.
    fn esc_check(&mut self, ok: bool, msg: &[u8]) -> LexResult<()> {
        if ok {
            return Ok(());
        }
        if self.current != EOZ {
            self.save_and_next();
        }
        Err(self.error(msg, Near::Buffer))
    }

    fn gethexa(&mut self) -> LexResult<u32> {
        self.save_and_next();
        self.esc_check(is_xdigit(self.current), b"hexadecimal digit expected")?;
        Ok(hexavalue(self.current))
    }

    fn read_hex_esc(&mut self) -> LexResult<u32> {
        let mut r = self.gethexa()?;
        r = (r << 4) + self.gethexa()?;
        let n = self.buff.len().saturating_sub(2);
        self.buff.truncate(n); // drop the 'x' and the first digit
        Ok(r)
    }

    fn read_utf8_esc(&mut self) -> LexResult<u32> {
        let mut removed = 4; // '\', 'u', '{' and the first digit
        self.save_and_next(); // skip 'u'
        self.esc_check(self.current == i32::from(b'{'), b"missing '{'")?;
        let mut r = self.gethexa()?; // at least one digit
        loop {
            self.save_and_next();
            if !is_xdigit(self.current) {
                break;
            }
            removed += 1;
            self.esc_check(r <= (0x7FFF_FFFF >> 4), b"UTF-8 value too large")?;
            r = (r << 4) + hexavalue(self.current);
        }
        self.esc_check(self.current == i32::from(b'}'), b"missing '}'")?;
        self.advance(); // skip '}'
        let n = self.buff.len().saturating_sub(removed);
        self.buff.truncate(n);
        Ok(r)
    }

    fn read_dec_esc(&mut self) -> LexResult<u32> {
        let mut r: u32 = 0;
        let mut i = 0;
        while i < 3 && is_digit(self.current) {
            r = 10 * r + (self.current as u32 - u32::from(b'0'));
            self.save_and_next();
            i += 1;
        }
        self.esc_check(r <= 255, b"decimal escape too large")?;
        let n = self.buff.len().saturating_sub(i);
        self.buff.truncate(n);
        Ok(r)
    }

    fn read_string(&mut self, del: i32) -> LexResult<Token> {
        self.save_and_next(); // keep the delimiter for error messages
        while self.current != del {
            match self.current {
                EOZ => return Err(self.error(b"unfinished string", Near::Eof)),
                0x0a | 0x0d => return Err(self.error(b"unfinished string", Near::Buffer)),
                0x5c /* '\\' */ => {
                    self.save_and_next(); // keep '\\' for error messages
                    let c: u32 = match self.current {
                        EOZ => continue, // the loop reports the error
                        0x0a | 0x0d => {
                            self.inclinenumber()?;
                            self.buff.pop(); // drop '\\'
                            self.save(i32::from(b'\n'));
                            continue;
                        }
                        0x7a /* 'z' */ => {
                            self.buff.pop(); // drop '\\'
                            self.advance(); // skip 'z'
                            while self.current >= 0 && is_space(self.current as u8) {
                                if is_newline(self.current) {
                                    self.inclinenumber()?;
                                } else {
                                    self.advance();
                                }
                            }
                            continue;
                        }
                        0x75 /* 'u' */ => {
                            let v = self.read_utf8_esc()?;
                            let mut bytes = Vec::with_capacity(6);
                            utf8esc(v, &mut bytes);
                            self.buff.extend_from_slice(&bytes);
                            continue;
                        }
                        0x61 => 0x07, // \a
                        0x62 => 0x08, // \b
                        0x66 => 0x0c, // \f
                        0x6e => 0x0a, // \n
                        0x72 => 0x0d, // \r
                        0x74 => 0x09, // \t
                        0x76 => 0x0b, // \v
                        0x78 /* 'x' */ => self.read_hex_esc()?,
                        0x5c | 0x22 | 0x27 => self.current as u32,
                        _ => {
                            self.esc_check(is_digit(self.current), b"invalid escape sequence")?;
                            let v = self.read_dec_esc()?;
                            self.buff.pop(); // drop '\\'
                            self.save(v as i32);
                            continue;
                        }
                    };
                    // Escapes whose last character is still current.
                    self.advance();
                    self.buff.pop(); // drop '\\'
                    self.save(c as i32);
                }
                _ => self.save_and_next(),
            }
        }
        self.save_and_next(); // skip the closing delimiter
        let end = self.buff.len().saturating_sub(1);
        let text = self.buff.get(1..end).unwrap_or(&[]);
        Ok(Token::Str(self.strings.intern(text)))
    }

    fn lex(&mut self) -> LexResult<Token> {
        self.buff.clear();
        loop {
            let c = self.current;
            if c == EOZ {
                return Ok(Token::Eos);
            }
            let c = c as u8;
            match c {
                b'\n' | b'\r' => self.inclinenumber()?,
                b' ' | b'\t' | 0x0b | 0x0c => self.advance(),
                b'-' => {
                    self.advance();
                    if self.current != i32::from(b'-') {
                        return Ok(Token::Char(b'-'));
                    }
                    self.advance();
                    if self.current == i32::from(b'[') {
                        let sep = self.skip_sep();
                        self.buff.clear();
                        if sep >= 2 {
                            self.read_long_string(false, sep)?;
                            self.buff.clear();
                            continue;
                        }
                    }
                    while !is_newline(self.current) && self.current != EOZ {
                        self.advance();
                    }
                }
                b'[' => {
                    let sep = self.skip_sep();
                    if sep >= 2 {
                        return self.read_long_string(true, sep);
                    } else if sep == 0 {
                        return Err(self.error(b"invalid long string delimiter", Near::Buffer));
                    }
                    return Ok(Token::Char(b'['));
                }
                b'=' => {
                    self.advance();
                    return Ok(if self.check_next1(b'=') {
                        Token::Eq
                    } else {
                        Token::Char(b'=')
                    });
                }
                b'<' => {
                    self.advance();
                    return Ok(if self.check_next1(b'=') {
                        Token::Le
                    } else if self.check_next1(b'<') {
                        Token::Shl
                    } else {
                        Token::Char(b'<')
                    });
                }
                b'>' => {
                    self.advance();
                    return Ok(if self.check_next1(b'=') {
                        Token::Ge
                    } else if self.check_next1(b'>') {
                        Token::Shr
                    } else {
                        Token::Char(b'>')
                    });
                }
                b'/' => {
                    self.advance();
                    return Ok(if self.check_next1(b'/') {
                        Token::IDiv
                    } else {
                        Token::Char(b'/')
                    });
                }
                b'~' => {
                    self.advance();
                    return Ok(if self.check_next1(b'=') {
                        Token::Ne
                    } else {
                        Token::Char(b'~')
                    });
                }
                b':' => {
                    self.advance();
                    return Ok(if self.check_next1(b':') {
                        Token::DbColon
                    } else {
                        Token::Char(b':')
                    });
                }
                b'"' | b'\'' => return self.read_string(i32::from(c)),
                b'.' => {
                    self.save_and_next();
                    if self.check_next1(b'.') {
                        return Ok(if self.check_next1(b'.') {
                            Token::Dots
                        } else {
                            Token::Concat
                        });
                    } else if !is_digit(self.current) {
                        return Ok(Token::Char(b'.'));
                    }
                    return self.read_numeral();
                }
                b'0'..=b'9' => return self.read_numeral(),
                _ => {
                    if is_alpha(self.current) {
                        loop {
                            self.save_and_next();
                            if !is_alnum(self.current) {
                                break;
                            }
                        }
                        if let Some(t) = reserved(&self.buff) {
                            return Ok(t);
                        }
                        return Ok(Token::Name(self.strings.intern(&self.buff)));
                    }
                    self.advance();
                    return Ok(Token::Char(c));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(src: &str) -> Result<Vec<Token>, String> {
        let mut lx = Lexer::new(src.as_bytes(), b"=t");
        let mut out = Vec::new();
        loop {
            lx.next_token()
                .map_err(|e| String::from_utf8_lossy(&e.msg).into_owned())?;
            if lx.t == Token::Eos {
                return Ok(out);
            }
            out.push(lx.t);
        }
    }

    fn strings(src: &str) -> Result<Vec<Vec<u8>>, String> {
        let mut lx = Lexer::new(src.as_bytes(), b"=t");
        let mut out = Vec::new();
        loop {
            lx.next_token()
                .map_err(|e| String::from_utf8_lossy(&e.msg).into_owned())?;
            match lx.t {
                Token::Eos => return Ok(out),
                Token::Str(id) | Token::Name(id) => out.push(lx.strings.get(id).to_vec()),
                _ => {}
            }
        }
    }

    #[test]
    fn symbols_and_words() {
        use Token::*;
        assert_eq!(
            tokens("a.b:c::d // .. ... == >= <= ~= << >> ~ < > = / end").unwrap()[1..],
            [
                Char(b'.'),
                Name(1),
                Char(b':'),
                Name(2),
                DbColon,
                Name(3),
                IDiv,
                Concat,
                Dots,
                Eq,
                Ge,
                Le,
                Ne,
                Shl,
                Shr,
                Char(b'~'),
                Char(b'<'),
                Char(b'>'),
                Char(b'='),
                Char(b'/'),
                End
            ]
        );
    }

    #[test]
    fn numbers() {
        use Token::*;
        assert_eq!(
            tokens("3 3.0 3.25 325.0e-2 0.325E1 34e1 0x0.1E 0xA23p-4 0X1.921FB54442D18P+1")
                .unwrap(),
            [
                Int(3),
                Flt(3.0),
                Flt(3.25),
                Flt(3.25),
                Flt(3.25),
                Flt(340.0),
                Flt(0.1171875),
                Flt(162.1875),
                Flt(std::f64::consts::PI)
            ]
        );
        assert_eq!(
            tokens("0xff 0x7fffffffffffffff").unwrap(),
            [Int(255), Int(i64::MAX)]
        );
        assert_eq!(
            tokens(".5 3-4").unwrap(),
            [Flt(0.5), Int(3), Char(b'-'), Int(4)]
        );
        assert_eq!(tokens("0xe+1").unwrap(), [Int(14), Char(b'+'), Int(1)]);
        assert_eq!(tokens("3x").unwrap_err(), "t:1: malformed number near '3x'");
        assert_eq!(tokens("0x").unwrap_err(), "t:1: malformed number near '0x'");
        assert_eq!(
            tokens("1..2").unwrap_err(),
            "t:1: malformed number near '1..2'"
        );
    }

    #[test]
    fn string_escapes() {
        assert_eq!(
            strings(
                r#""a\tb\\\"\'" '\65\066\x41\u{48}\u{20AC}' "x\z   
               y" "\0end""#
            )
            .unwrap(),
            [
                b"a\tb\\\"'".to_vec(),
                b"ABAH\xE2\x82\xAC".to_vec(),
                b"xy".to_vec(),
                b"\0end".to_vec()
            ]
        );
        assert_eq!(strings("'a\\\nb'").unwrap(), [b"a\nb".to_vec()]);
        assert_eq!(strings("'a\\\r\nb'").unwrap(), [b"a\nb".to_vec()]);
        assert_eq!(strings("[[\nfoo]]").unwrap(), [b"foo".to_vec()]);
        assert_eq!(strings("[==[a]]b]=]c]==]").unwrap(), [b"a]]b]=]c".to_vec()]);
        assert_eq!(
            strings("--[==[ comment ]] ]==] x").unwrap(),
            [b"x".to_vec()]
        );
        assert_eq!(strings("[[a\r\nb\n\rc]]").unwrap(), [b"a\nb\nc".to_vec()]);
    }

    #[test]
    fn line_counting() {
        // \n, \r, \r\n and \n\r each end one line.
        let mut lx = Lexer::new(b"a\nb\rc\r\nd\n\re\n\nf", b"=t");
        let mut lines = Vec::new();
        loop {
            lx.next_token().unwrap();
            if lx.t == Token::Eos {
                break;
            }
            lines.push(lx.linenumber);
        }
        assert_eq!(lines, [1, 2, 3, 4, 5, 7]);
        assert_eq!(
            tokens("x = 'a\\\r\nb\n").unwrap_err(),
            "t:2: unfinished string near ''a\nb'"
        );
    }

    #[test]
    fn lexical_errors() {
        let cases = [
            (r#""abc"#, "t:1: unfinished string near <eof>"),
            ("\"abc\nx\"", "t:1: unfinished string near '\"abc'"),
            (r#""a\qb""#, r#"t:1: invalid escape sequence near '"a\q'"#),
            (
                r#""\300abc""#,
                r#"t:1: decimal escape too large near '"\300a'"#,
            ),
            (
                r#""\xZZ""#,
                r#"t:1: hexadecimal digit expected near '"\xZ'"#,
            ),
            (
                r#""\u{7FFFFFFFF}""#,
                r#"t:1: UTF-8 value too large near '"\u{7FFFFFFFF'"#,
            ),
            (r#""\u123""#, r#"t:1: missing '{' near '"\u1'"#),
            (r#""\u{123""#, r#"t:1: missing '}' near '"\u{123"'"#),
            ("[==x", "t:1: invalid long string delimiter near '[=='"),
            (
                "x = [[\n\nabc",
                "t:3: unfinished long string (starting at line 1) near <eof>",
            ),
            (
                "--[[\n\nabc",
                "t:3: unfinished long comment (starting at line 1) near <eof>",
            ),
        ];
        for (src, want) in cases {
            assert_eq!(tokens(src).unwrap_err(), want, "source {src:?}");
        }
    }
}
