//! Lua 5.4 patterns: a backtracking matcher over byte slices with the
//! reference's semantics, limits and error messages.
//!
//! A pattern is first compiled (`Pattern::compile`) into a flat sequence of
//! items — a single-byte class with its repetition, a capture bracket, an
//! anchor, `%b`, `%f`, a back-reference — with every class and set turned
//! into a 256-bit table. The reference parses the pattern text while it
//! matches; the parse at a given pattern position is always the same, so
//! parsing once gives the same items. A malformed item becomes a
//! `Malformed` item that raises the reference's error only when the matcher
//! reaches it, exactly when the reference would report it.
//!
//! Positions are 0-based byte offsets into the subject; a match or capture
//! range is half-open. Character classes use the C locale (`%a` is ASCII
//! letters, `%s` is space, \t, \n, \v, \f, \r, ...), as in the reference
//! interpreter, which never calls `setlocale`.
//!
//! Invariants of a `Matcher` during a match:
//! - every subject position `s` satisfies `s <= src.len()`; reading at the
//!   end yields the NUL byte that terminates every Lua string, which is what
//!   the reference reads there (it matters for `%f`);
//! - `level <= MAX_CAPTURES` captures are open or closed, and a closed
//!   capture's range lies inside the subject;
//! - at most `MAX_DEPTH` calls of the recursive matcher are active at once
//!   ("pattern too complex" beyond). The recursion has the reference's
//!   shape (same calls recurse, the others loop), so Rust's stack use is
//!   bounded and the same patterns fail as in the reference.
//!
//! Errors are the reference's messages, without position (the string
//! library adds the `chunk:line:` prefix `luaL_error` would add).
//!
//! What the caller keeps: argument checks, `init` normalisation, the plain
//! search of `string.find` (see `has_specials` and `find_plain`), and for
//! `gsub` the calls of functions and tables (see `gsub`).

use crate::number::fmt_int;

/// Most captures a pattern may hold (`LUA_MAXCAPTURES`).
pub const MAX_CAPTURES: usize = 32;

/// Most nested calls of the matcher (the reference's `MAXCCALLS`).
const MAX_DEPTH: u32 = 200;

/// The escape character of patterns.
const ESC: u8 = b'%';

/// A capture's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capture {
    /// The bytes `start..end` of the subject.
    Range(usize, usize),
    /// A position capture `()`: the 0-based offset (Lua sees offset + 1).
    Position(usize),
}

/// A successful `find`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// Whole match, `start..end`.
    pub start: usize,
    pub end: usize,
    /// The pattern's captures, in order (empty when it has none).
    pub captures: Vec<Capture>,
}

/// State of one capture slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CapLen {
    Unfinished,
    Position,
    Closed(usize),
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    init: usize,
    len: CapLen,
}

/// Why a match was abandoned; turned into the reference's message only
/// at the API boundary so the hot path carries no allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fail {
    TooComplex,
    EndsWithEscape,
    MissingBracket,
    MissingBalanceArgs,
    MissingFrontierBracket,
    InvalidCaptureIndex(i32),
    InvalidPatternCapture,
    TooManyCaptures,
    UnfinishedCapture,
}

impl Fail {
    fn message(self) -> Vec<u8> {
        let text: &[u8] = match self {
            Fail::TooComplex => b"pattern too complex",
            Fail::EndsWithEscape => b"malformed pattern (ends with '%')",
            Fail::MissingBracket => b"malformed pattern (missing ']')",
            Fail::MissingBalanceArgs => b"malformed pattern (missing arguments to '%b')",
            Fail::MissingFrontierBracket => b"missing '[' after '%f' in pattern",
            Fail::InvalidPatternCapture => b"invalid pattern capture",
            Fail::TooManyCaptures => b"too many captures",
            Fail::UnfinishedCapture => b"unfinished capture",
            Fail::InvalidCaptureIndex(n) => {
                let mut m = b"invalid capture index %".to_vec();
                fmt_int(i64::from(n), &mut m);
                return m;
            }
        };
        text.to_vec()
    }
}

type Step = Result<Option<usize>, Fail>;

// ---------------------------------------------------------------------------
// Byte sets
// ---------------------------------------------------------------------------

/// A set of bytes: bit `c` is set when byte `c` belongs.
type Bits = [u64; 4];

#[inline]
fn bits_has(bits: &Bits, c: u8) -> bool {
    (bits[usize::from(c >> 6)] >> (c & 63)) & 1 != 0
}

#[inline]
fn bits_add(bits: &mut Bits, c: u8) {
    bits[usize::from(c >> 6)] |= 1 << (c & 63);
}

/// C `isspace` in the C locale (Rust's `is_ascii_whitespace` lacks \v).
const fn is_space(c: u8) -> bool {
    c == b' ' || (c >= b'\t' && c <= b'\r')
}

/// Membership of `c` in the class named by the lower-case letter `cl`
/// (`None` when `cl` names no class), with C-locale `ctype` semantics.
const fn in_named_class(c: u8, cl: u8) -> Option<bool> {
    Some(match cl {
        b'a' => c.is_ascii_alphabetic(),
        b'c' => c.is_ascii_control(),
        b'd' => c.is_ascii_digit(),
        b'g' => c.is_ascii_graphic(),
        b'l' => c.is_ascii_lowercase(),
        b'p' => c.is_ascii_punctuation(),
        b's' => is_space(c),
        b'u' => c.is_ascii_uppercase(),
        b'w' => c.is_ascii_alphanumeric(),
        b'x' => c.is_ascii_hexdigit(),
        b'z' => c == 0, // deprecated, still accepted by 5.4
        _ => return None,
    })
}

/// The class letters, in the order of `CLASS_BITS`.
const CLASS_LETTERS: &[u8; 11] = b"acdglpsuwxz";

const fn class_table() -> [Bits; 11] {
    let mut table = [[0u64; 4]; 11];
    let mut k = 0;
    while k < CLASS_LETTERS.len() {
        let mut c = 0usize;
        while c < 256 {
            if let Some(true) = in_named_class(c as u8, CLASS_LETTERS[k]) {
                table[k][c >> 6] |= 1 << (c & 63);
            }
            c += 1;
        }
        k += 1;
    }
    table
}

/// The bytes of each class (`%a`, `%c`, ...), computed at compile time.
static CLASS_BITS: [Bits; 11] = class_table();

/// The set `%<cl>` stands for: a class (complemented when `cl` is an
/// upper-case letter) or, for any other byte, that byte alone.
fn escape_bits(cl: u8) -> Bits {
    let lower = cl.to_ascii_lowercase();
    match CLASS_LETTERS.iter().position(|&l| l == lower) {
        Some(k) => {
            let bits = CLASS_BITS.get(k).copied().unwrap_or_default();
            if cl.is_ascii_lowercase() {
                bits
            } else {
                bits.map(|w| !w)
            }
        }
        None => {
            let mut bits = [0; 4];
            bits_add(&mut bits, cl);
            bits
        }
    }
}

// ---------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------

/// What one subject byte is tested against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Byte(u8),
    Any,
    /// Index into `Pattern::sets`.
    Set(usize),
}

/// The repetition suffix of a single-byte class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rep {
    One,
    Optional,
    Star,
    Plus,
    Lazy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Single(Class, Rep),
    OpenCapture,
    PositionCapture,
    CloseCapture,
    /// '$' as the last byte of the pattern.
    EndAnchor,
    /// `%bxy`.
    Balance(u8, u8),
    /// `%f[set]`, the set's index.
    Frontier(usize),
    /// `%0`..`%9` (the digit byte).
    BackRef(u8),
    /// Raises its error when reached; nothing follows it.
    Malformed(Fail),
}

/// A compiled pattern (without the anchor '^', which callers strip where
/// it applies). Compiling never fails: errors wait in `Malformed` items.
#[derive(Clone, Debug)]
pub struct Pattern {
    items: Vec<Item>,
    sets: Vec<Bits>,
}

/// End (exclusive) of the single-byte class starting at `p`: an escape,
/// a set, or one byte.
fn class_end(pat: &[u8], p: usize) -> Result<usize, Fail> {
    let at = |i: usize| pat.get(i).copied().unwrap_or(0);
    match at(p) {
        ESC => {
            if p + 1 >= pat.len() {
                return Err(Fail::EndsWithEscape);
            }
            Ok(p + 2)
        }
        b'[' => {
            let mut q = p + 1;
            if at(q) == b'^' {
                q += 1;
            }
            // The first byte of a set is never its closing ']'.
            loop {
                if q >= pat.len() {
                    return Err(Fail::MissingBracket);
                }
                let c = at(q);
                q += 1;
                if c == ESC && q < pat.len() {
                    q += 1; // an escaped byte, e.g. "%]"
                }
                if at(q) == b']' {
                    return Ok(q + 1);
                }
            }
        }
        _ => Ok(p + 1),
    }
}

/// The bytes of the set `pat[p..=ec]` (`pat[p]` is '[', `pat[ec]` its
/// closing ']'): escapes, ranges `x-y` and single bytes, complemented
/// after a leading '^'.
fn set_bits(pat: &[u8], mut p: usize, ec: usize) -> Bits {
    let at = |i: usize| pat.get(i).copied().unwrap_or(0);
    let mut bits = [0u64; 4];
    let negate = at(p + 1) == b'^';
    if negate {
        p += 1;
    }
    loop {
        p += 1;
        if p >= ec {
            break;
        }
        let c = at(p);
        if c == ESC {
            p += 1;
            let class = escape_bits(at(p));
            for (w, cw) in bits.iter_mut().zip(class) {
                *w |= cw;
            }
        } else if at(p + 1) == b'-' && p + 2 < ec {
            p += 2;
            for b in c..=at(p) {
                bits_add(&mut bits, b);
            }
        } else {
            bits_add(&mut bits, c);
        }
    }
    if negate { bits.map(|w| !w) } else { bits }
}

impl Pattern {
    /// Compiles `pat` (anchor already removed where it applies).
    pub fn compile(pat: &[u8]) -> Pattern {
        let at = |i: usize| pat.get(i).copied().unwrap_or(0);
        let mut items = Vec::new();
        let mut sets = Vec::new();
        let mut p = 0;
        while p < pat.len() {
            let c = at(p);
            let next = match c {
                b'(' if at(p + 1) == b')' => {
                    items.push(Item::PositionCapture);
                    p + 2
                }
                b'(' => {
                    items.push(Item::OpenCapture);
                    p + 1
                }
                b')' => {
                    items.push(Item::CloseCapture);
                    p + 1
                }
                b'$' if p + 1 == pat.len() => {
                    items.push(Item::EndAnchor);
                    p + 1
                }
                ESC if at(p + 1) == b'b' => {
                    if p + 3 >= pat.len() {
                        items.push(Item::Malformed(Fail::MissingBalanceArgs));
                        break;
                    }
                    items.push(Item::Balance(at(p + 2), at(p + 3)));
                    p + 4
                }
                ESC if at(p + 1) == b'f' => {
                    let q = p + 2;
                    if at(q) != b'[' {
                        items.push(Item::Malformed(Fail::MissingFrontierBracket));
                        break;
                    }
                    match class_end(pat, q) {
                        Ok(ep) => {
                            sets.push(set_bits(pat, q, ep - 1));
                            items.push(Item::Frontier(sets.len() - 1));
                            ep
                        }
                        Err(fail) => {
                            items.push(Item::Malformed(fail));
                            break;
                        }
                    }
                }
                ESC if at(p + 1).is_ascii_digit() => {
                    items.push(Item::BackRef(at(p + 1)));
                    p + 2
                }
                _ => {
                    let ep = match class_end(pat, p) {
                        Ok(ep) => ep,
                        Err(fail) => {
                            items.push(Item::Malformed(fail));
                            break;
                        }
                    };
                    let class = match c {
                        b'.' => Class::Any,
                        ESC => {
                            let cl = at(p + 1);
                            if CLASS_LETTERS.contains(&cl.to_ascii_lowercase()) {
                                sets.push(escape_bits(cl));
                                Class::Set(sets.len() - 1)
                            } else {
                                Class::Byte(cl)
                            }
                        }
                        b'[' => {
                            sets.push(set_bits(pat, p, ep - 1));
                            Class::Set(sets.len() - 1)
                        }
                        _ => Class::Byte(c),
                    };
                    let rep = match at(ep) {
                        b'?' => Rep::Optional,
                        b'*' => Rep::Star,
                        b'+' => Rep::Plus,
                        b'-' => Rep::Lazy,
                        _ => Rep::One,
                    };
                    items.push(Item::Single(class, rep));
                    if rep == Rep::One { ep } else { ep + 1 }
                }
            };
            p = next;
        }
        Pattern { items, sets }
    }

    /// When every match must start with a byte of one class, that class:
    /// the first item after any opening captures is a class that is not
    /// optional, or `%b` (whose first byte must be the opening one).
    /// Positions holding another byte (or the end) fail at once — a capture
    /// opened there is undone, nothing can be raised — so searches may skip
    /// them.
    /// More than `MAX_CAPTURES` leading captures raise "too many
    /// captures" at every position, so then no position may be skipped.
    fn first_class(&self) -> Option<Class> {
        let opens = self
            .items
            .iter()
            .take_while(|item| matches!(item, Item::OpenCapture | Item::PositionCapture))
            .count();
        if opens > MAX_CAPTURES {
            return None;
        }
        let first = self.items.get(opens)?;
        match *first {
            Item::Single(class, Rep::One | Rep::Plus) => Some(class),
            Item::Balance(open, _) => Some(Class::Byte(open)),
            _ => None,
        }
    }

    /// Whether byte `c` belongs to `class`.
    #[inline]
    fn class_has(&self, class: Class, c: u8) -> bool {
        match class {
            Class::Byte(b) => b == c,
            Class::Any => true,
            Class::Set(i) => self.sets.get(i).is_some_and(|bits| bits_has(bits, c)),
        }
    }

    /// The first position at or after `s` where a match may start, or
    /// `None` when there is none (see `first_class`).
    fn next_candidate(&self, src: &[u8], s: usize) -> Option<usize> {
        let Some(class) = self.first_class() else {
            return (s <= src.len()).then_some(s);
        };
        let rest = src.get(s..)?;
        // (One loop per kind of class: a loop matching on the class at each
        // byte gets unswitched by the compiler, which then reads a `Set`
        // index out of a `Byte` class; harmless, but valgrind reports it.)
        let k = match class {
            Class::Byte(b) => memchr(b, rest),
            Class::Any => (!rest.is_empty()).then_some(0),
            Class::Set(i) => {
                let bits = self.sets.get(i)?;
                rest.iter().position(|&c| bits_has(bits, c))
            }
        }?;
        Some(s + k)
    }

    /// How many bytes at the start of `rest` belong to `class` (one loop
    /// per kind of class, as in `next_candidate`).
    fn run_length(&self, rest: &[u8], class: Class) -> usize {
        match class {
            Class::Byte(b) => rest.iter().take_while(|&&c| c == b).count(),
            Class::Any => rest.len(),
            Class::Set(i) => match self.sets.get(i) {
                Some(bits) => rest.iter().take_while(|&&c| bits_has(bits, c)).count(),
                None => 0,
            },
        }
    }
}

/// Position of the first `b` in `hay` (the C library's vectorised
/// `memchr`).
fn memchr(b: u8, hay: &[u8]) -> Option<usize> {
    if hay.is_empty() {
        return None;
    }
    // SAFETY: `hay` is a live slice of `hay.len()` readable bytes; `memchr`
    // reads only within them and returns NULL or a pointer into them.
    let found = unsafe { libc::memchr(hay.as_ptr().cast(), i32::from(b), hay.len()) };
    if found.is_null() {
        None
    } else {
        Some((found as usize).wrapping_sub(hay.as_ptr() as usize))
    }
}

// ---------------------------------------------------------------------------
// Helpers for the string library
// ---------------------------------------------------------------------------

/// Splits a leading '^' (anchor) off a pattern, as `find`, `match` and
/// `gsub` do (`gmatch` does not: there '^' is an ordinary character).
pub fn split_anchor(pat: &[u8]) -> (bool, &[u8]) {
    match pat.split_first() {
        Some((b'^', rest)) => (true, rest),
        _ => (false, pat),
    }
}

/// Whether `pat` contains a magic character; `string.find` without one
/// does a plain search.
pub fn has_specials(pat: &[u8]) -> bool {
    pat.iter().any(|c| b"^$*+?.([%-".contains(c))
}

/// Plain substring search from `init`; returns the start of the first
/// occurrence. The empty needle is found at `init` (when `init <= len`).
pub fn find_plain(src: &[u8], needle: &[u8], init: usize) -> Option<usize> {
    let hay = src.get(init..)?;
    let Some((&first, rest)) = needle.split_first() else {
        return Some(init);
    };
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut i = 0;
    while i <= last_start {
        let window = hay.get(i..=last_start)?;
        let k = memchr(first, window)?;
        let at = i + k;
        if hay.get(at + 1..at + needle.len()) == Some(rest) {
            return Some(init + at);
        }
        i = at + 1;
    }
    None
}

// ---------------------------------------------------------------------------
// The matcher
// ---------------------------------------------------------------------------

/// The matcher of one compiled pattern over one subject.
pub struct Matcher<'a> {
    src: &'a [u8],
    pat: &'a Pattern,
    level: usize,
    depth: u32,
    caps: [Slot; MAX_CAPTURES],
}

impl<'a> Matcher<'a> {
    pub fn new(src: &'a [u8], pat: &'a Pattern) -> Self {
        Matcher {
            src,
            pat,
            level: 0,
            depth: MAX_DEPTH,
            caps: [Slot {
                init: 0,
                len: CapLen::Unfinished,
            }; MAX_CAPTURES],
        }
    }

    /// The subject.
    pub fn subject(&self) -> &'a [u8] {
        self.src
    }

    /// Tries to match the whole pattern starting exactly at `s`; returns
    /// the end of the match. Captures of a successful match are then
    /// available through `capture`/`captures`.
    pub fn match_at(&mut self, s: usize) -> Result<Option<usize>, Vec<u8>> {
        self.level = 0;
        self.depth = MAX_DEPTH;
        if s > self.src.len() {
            return Ok(None);
        }
        self.do_match(s, 0).map_err(Fail::message)
    }

    /// Number of captures of the last successful match (0 if none).
    pub fn num_captures(&self) -> usize {
        self.level
    }

    /// Capture `i` (0-based) of the last match `s..e`; when the pattern
    /// has no captures, capture 0 is the whole match. Errors: "invalid
    /// capture index %<i+1>", "unfinished capture".
    pub fn capture(&self, i: usize, s: usize, e: usize) -> Result<Capture, Vec<u8>> {
        self.get_capture(i, s, e).map_err(Fail::message)
    }

    fn get_capture(&self, i: usize, s: usize, e: usize) -> Result<Capture, Fail> {
        if i >= self.level {
            if i != 0 {
                return Err(Fail::InvalidCaptureIndex(
                    i32::try_from(i).unwrap_or(i32::MAX).saturating_add(1),
                ));
            }
            return Ok(Capture::Range(s, e));
        }
        let slot = self.caps.get(i).ok_or(Fail::UnfinishedCapture)?;
        match slot.len {
            CapLen::Unfinished => Err(Fail::UnfinishedCapture),
            CapLen::Position => Ok(Capture::Position(slot.init)),
            CapLen::Closed(len) => Ok(Capture::Range(slot.init, slot.init + len)),
        }
    }

    /// Appends the values a match returns: the captures, or, when `whole`
    /// is given and the pattern has none, the whole match (what
    /// `string.match`, `gmatch` and `gsub`'s function call get; `find`
    /// passes `None`).
    pub fn captures(
        &self,
        whole: Option<(usize, usize)>,
        out: &mut Vec<Capture>,
    ) -> Result<(), Vec<u8>> {
        if self.level == 0 {
            if let Some((s, e)) = whole {
                out.push(Capture::Range(s, e));
            }
            return Ok(());
        }
        for i in 0..self.level {
            out.push(self.capture(i, 0, 0)?);
        }
        Ok(())
    }

    /// Appends `gsub`'s replacement string `repl` for the match `s..e`:
    /// "%0" is the whole match, "%1".."%9" a capture (a position capture
    /// as its decimal value), "%%" a '%'. Error: "invalid use of '%' in
    /// replacement string", and those of `capture`.
    pub fn add_replacement(
        &self,
        repl: &[u8],
        s: usize,
        e: usize,
        out: &mut Vec<u8>,
    ) -> Result<(), Vec<u8>> {
        let mut rest = repl;
        while let Some(k) = rest.iter().position(|&c| c == ESC) {
            out.extend_from_slice(rest.get(..k).unwrap_or_default());
            let c = rest.get(k + 1).copied().unwrap_or(0);
            match c {
                ESC => out.push(ESC),
                b'0' => out.extend_from_slice(self.src.get(s..e).unwrap_or_default()),
                b'1'..=b'9' => match self.capture(usize::from(c - b'1'), s, e)? {
                    Capture::Position(p) => fmt_int(p as i64 + 1, out),
                    Capture::Range(a, b) => {
                        out.extend_from_slice(self.src.get(a..b).unwrap_or_default())
                    }
                },
                _ => return Err(b"invalid use of '%' in replacement string".to_vec()),
            }
            rest = rest.get(k + 2..).unwrap_or_default();
        }
        out.extend_from_slice(rest);
        Ok(())
    }

    // -- the matcher proper ------------------------------------------------

    /// Subject byte at `s`, NUL past the end.
    #[inline]
    fn src_at(&self, s: usize) -> u8 {
        self.src.get(s).copied().unwrap_or(0)
    }

    /// Whether the subject byte at `s` exists and belongs to `class`.
    #[inline]
    fn single_match(&self, s: usize, class: Class) -> bool {
        match self.src.get(s) {
            Some(&c) => self.pat.class_has(class, c),
            None => false,
        }
    }

    /// One level of the recursive matcher, counted against `MAX_DEPTH`.
    fn do_match(&mut self, s: usize, k: usize) -> Step {
        if self.depth == 0 {
            return Err(Fail::TooComplex);
        }
        self.depth -= 1;
        let res = self.match_here(s, k);
        self.depth += 1;
        res
    }

    /// Matches items `k..` at `src[s..]`. Items whose continuation needs
    /// no backtracking loop here instead of recursing (as the reference's
    /// `goto init`), which is what keeps simple patterns within the depth
    /// limit.
    fn match_here(&mut self, mut s: usize, mut k: usize) -> Step {
        loop {
            let Some(&item) = self.pat.items.get(k) else {
                return Ok(Some(s));
            };
            match item {
                Item::Single(class, rep) => {
                    if !self.single_match(s, class) {
                        if matches!(rep, Rep::Star | Rep::Optional | Rep::Lazy) {
                            k += 1; // zero repetitions are fine
                            continue;
                        }
                        return Ok(None);
                    }
                    match rep {
                        Rep::One => {
                            s += 1;
                            k += 1;
                        }
                        Rep::Optional => {
                            if let Some(end) = self.do_match(s + 1, k + 1)? {
                                return Ok(Some(end));
                            }
                            k += 1;
                        }
                        Rep::Plus => return self.max_expand(s + 1, class, k + 1),
                        Rep::Star => return self.max_expand(s, class, k + 1),
                        Rep::Lazy => return self.min_expand(s, class, k + 1),
                    }
                }
                Item::OpenCapture => return self.start_capture(s, k + 1, CapLen::Unfinished),
                Item::PositionCapture => return self.start_capture(s, k + 1, CapLen::Position),
                Item::CloseCapture => return self.end_capture(s, k + 1),
                Item::EndAnchor => return Ok((s == self.src.len()).then_some(s)),
                Item::Balance(open, close) => match self.match_balance(s, open, close) {
                    Some(end) => {
                        s = end;
                        k += 1;
                    }
                    None => return Ok(None),
                },
                Item::Frontier(set) => {
                    // Before the subject and at its end the byte is NUL.
                    let previous = if s == 0 { 0 } else { self.src_at(s - 1) };
                    let current = self.src_at(s);
                    let class = Class::Set(set);
                    if !self.pat.class_has(class, previous) && self.pat.class_has(class, current) {
                        k += 1;
                    } else {
                        return Ok(None);
                    }
                }
                Item::BackRef(digit) => match self.match_back_reference(s, digit)? {
                    Some(end) => {
                        s = end;
                        k += 1;
                    }
                    None => return Ok(None),
                },
                Item::Malformed(fail) => return Err(fail),
            }
        }
    }

    /// `%b` at `s`: the end of the balanced run opened by `open`.
    fn match_balance(&self, s: usize, open: u8, close: u8) -> Option<usize> {
        if self.src.get(s) != Some(&open) {
            return None;
        }
        let mut depth = 1usize;
        for (k, &c) in self.src.iter().enumerate().skip(s + 1) {
            if c == close {
                depth -= 1;
                if depth == 0 {
                    return Some(k + 1);
                }
            } else if c == open {
                depth += 1;
            }
        }
        None
    }

    /// Greedy repetition: the longest run of the class first, then shorter.
    fn max_expand(&mut self, s: usize, class: Class, next: usize) -> Step {
        let mut n = self
            .pat
            .run_length(self.src.get(s..).unwrap_or_default(), class);
        loop {
            if let Some(end) = self.do_match(s + n, next)? {
                return Ok(Some(end));
            }
            if n == 0 {
                return Ok(None);
            }
            n -= 1;
        }
    }

    /// Lazy repetition: the shortest run first, then longer.
    fn min_expand(&mut self, mut s: usize, class: Class, next: usize) -> Step {
        loop {
            if let Some(end) = self.do_match(s, next)? {
                return Ok(Some(end));
            }
            if self.single_match(s, class) {
                s += 1;
            } else {
                return Ok(None);
            }
        }
    }

    fn start_capture(&mut self, s: usize, next: usize, what: CapLen) -> Step {
        let level = self.level;
        let slot = self.caps.get_mut(level).ok_or(Fail::TooManyCaptures)?;
        *slot = Slot { init: s, len: what };
        self.level = level + 1;
        let res = self.do_match(s, next)?;
        if res.is_none() {
            self.level = level; // undo the capture
        }
        Ok(res)
    }

    fn end_capture(&mut self, s: usize, next: usize) -> Step {
        let l = self
            .caps
            .get(..self.level)
            .unwrap_or_default()
            .iter()
            .rposition(|slot| slot.len == CapLen::Unfinished)
            .ok_or(Fail::InvalidPatternCapture)?;
        if let Some(slot) = self.caps.get_mut(l) {
            slot.len = CapLen::Closed(s.saturating_sub(slot.init));
        }
        let res = self.do_match(s, next)?;
        if res.is_none()
            && let Some(slot) = self.caps.get_mut(l)
        {
            slot.len = CapLen::Unfinished; // undo
        }
        Ok(res)
    }

    /// `%1`..`%9` (`digit` is the byte after '%'; "%0" is invalid here).
    fn match_back_reference(&self, s: usize, digit: u8) -> Step {
        let l = i32::from(digit) - i32::from(b'1');
        let slot = usize::try_from(l)
            .ok()
            .filter(|&l| l < self.level)
            .and_then(|l| self.caps.get(l))
            .filter(|slot| slot.len != CapLen::Unfinished)
            .ok_or(Fail::InvalidCaptureIndex(l + 1))?;
        // A position capture has no text; the reference's length test
        // then fails, so the back-reference never matches.
        let CapLen::Closed(len) = slot.len else {
            return Ok(None);
        };
        let captured = self.src.get(slot.init..slot.init + len);
        let here = self.src.get(s..s.saturating_add(len));
        Ok(match (captured, here) {
            (Some(a), Some(b)) if a == b => Some(s + len),
            _ => None,
        })
    }
}

// ---------------------------------------------------------------------------
// find, gmatch, gsub
// ---------------------------------------------------------------------------

/// `string.find`/`string.match` with patterns: the first match starting
/// at or after `init` (anchored at `init` when `pat` starts with '^').
/// `captures` are the pattern's own (a caller implementing `match` uses
/// the whole match when there are none). `init > src.len()` finds nothing.
pub fn find(src: &[u8], pat: &[u8], init: usize) -> Result<Option<Match>, Vec<u8>> {
    let (anchor, pat) = split_anchor(pat);
    let pattern = Pattern::compile(pat);
    let mut m = Matcher::new(src, &pattern);
    let mut s = init;
    while s <= src.len() {
        if !anchor {
            match pattern.next_candidate(src, s) {
                Some(c) => s = c,
                None => break,
            }
        }
        if let Some(end) = m.match_at(s)? {
            let mut captures = Vec::new();
            m.captures(None, &mut captures)?;
            return Ok(Some(Match {
                start: s,
                end,
                captures,
            }));
        }
        if anchor {
            break;
        }
        s += 1;
    }
    Ok(None)
}

/// The position state of a `string.gmatch` iterator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GmatchState {
    /// Where the next search starts.
    pub pos: usize,
    /// End of the last match (an empty match may not end there again).
    pub last_match: Option<usize>,
}

impl GmatchState {
    /// A fresh iterator starting at `init` (0-based; anything past the end
    /// of the subject yields no match).
    pub fn new(init: usize) -> Self {
        GmatchState {
            pos: init,
            last_match: None,
        }
    }
}

/// One step of `string.gmatch` over `src` with `pat` compiled from the
/// whole pattern (no anchor handling: '^' is literal there): the next
/// match `start..end` and the matcher holding its captures (use
/// `captures(Some((start, end)), ..)`), or `None` when exhausted.
pub fn gmatch_next<'a>(
    src: &'a [u8],
    pat: &'a Pattern,
    state: &mut GmatchState,
) -> Result<Option<(Matcher<'a>, usize, usize)>, Vec<u8>> {
    let mut m = Matcher::new(src, pat);
    let mut s = state.pos;
    while s <= src.len() {
        match pat.next_candidate(src, s) {
            Some(c) => s = c,
            None => break,
        }
        if let Some(end) = m.match_at(s)?
            && Some(end) != state.last_match
        {
            state.pos = end;
            state.last_match = Some(end);
            return Ok(Some((m, s, end)));
        }
        s += 1;
    }
    state.pos = src.len() + 1;
    Ok(None)
}

/// Why `gsub` stopped early.
#[derive(Debug, PartialEq, Eq)]
pub enum GsubError<E> {
    /// A pattern error (the reference's message).
    Pattern(Vec<u8>),
    /// An error raised by the replacement callback.
    Replace(E),
}

/// `string.gsub`: replaces up to `max_n` matches of `pat` in `src`
/// (`max_n <= 0` replaces nothing). For each match `start..end`,
/// `replace(matcher, start, end, out)` appends the replacement to `out`
/// and returns whether the subject changed (`false` when a function or
/// table gave nil/false and the original text was kept — the callback
/// appends that text itself); for a string replacement it is
/// `matcher.add_replacement(repl, start, end, out)` and `true`. The result
/// is appended to `out`; returns (number of matches, whether anything
/// changed) — when nothing changed the reference returns the subject
/// itself.
pub fn gsub<E>(
    src: &[u8],
    pat: &[u8],
    max_n: i64,
    out: &mut Vec<u8>,
    mut replace: impl FnMut(&Matcher<'_>, usize, usize, &mut Vec<u8>) -> Result<bool, E>,
) -> Result<(i64, bool), GsubError<E>> {
    let (anchor, pat) = split_anchor(pat);
    let pattern = Pattern::compile(pat);
    let mut m = Matcher::new(src, &pattern);
    let mut s = 0;
    let mut last_match = None;
    let mut n: i64 = 0;
    let mut changed = false;
    while n < max_n {
        if !anchor {
            // Bytes before the next candidate are copied unchanged.
            let c = pattern.next_candidate(src, s).unwrap_or(src.len());
            out.extend_from_slice(src.get(s..c).unwrap_or_default());
            s = c;
        }
        match m.match_at(s).map_err(GsubError::Pattern)? {
            Some(end) if Some(end) != last_match => {
                n += 1;
                changed |= replace(&m, s, end, out).map_err(GsubError::Replace)?;
                s = end;
                last_match = Some(end);
            }
            _ => match src.get(s) {
                Some(&c) => {
                    out.push(c);
                    s += 1;
                }
                None => break,
            },
        }
        if anchor {
            break;
        }
    }
    out.extend_from_slice(src.get(s..).unwrap_or_default());
    Ok((n, changed))
}

#[cfg(test)]
mod tests {
    //! Each case runs `string.find`, `string.match`, `string.gsub` and a
    //! `string.gmatch` loop the way the string library will drive this
    //! module, and compares with the reference interpreter's results
    //! (values written as `<string>`, numbers, `nil`; or the error text).
    use super::*;

    fn repr_capture(src: &[u8], c: Capture, out: &mut Vec<u8>) {
        match c {
            Capture::Range(a, b) => {
                out.push(b'<');
                out.extend_from_slice(&src[a..b]);
                out.push(b'>');
            }
            Capture::Position(p) => fmt_int(p as i64 + 1, out),
        }
    }

    fn repr_list(src: &[u8], caps: &[Capture], out: &mut Vec<u8>) {
        for (i, &c) in caps.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            repr_capture(src, c, out);
        }
    }

    fn wrap(r: Result<Vec<u8>, Vec<u8>>) -> Vec<u8> {
        match r {
            Ok(v) => [b"ok:".as_slice(), &v].concat(),
            Err(e) => [b"err:".as_slice(), &e].concat(),
        }
    }

    fn lua_find(s: &[u8], p: &[u8], init: usize, whole: bool) -> Vec<u8> {
        wrap((|| {
            let mut out = Vec::new();
            if init - 1 > s.len() {
                return Ok(b"nil".to_vec());
            }
            if !whole && !has_specials(p) {
                return Ok(match find_plain(s, p, init - 1) {
                    Some(k) => format!("{},{}", k + 1, k + p.len()).into_bytes(),
                    None => b"nil".to_vec(),
                });
            }
            match find(s, p, init - 1)? {
                None => out.extend_from_slice(b"nil"),
                Some(m) => {
                    if whole {
                        let caps = if m.captures.is_empty() {
                            vec![Capture::Range(m.start, m.end)]
                        } else {
                            m.captures
                        };
                        repr_list(s, &caps, &mut out);
                    } else {
                        fmt_int(m.start as i64 + 1, &mut out);
                        out.push(b',');
                        fmt_int(m.end as i64, &mut out);
                        if !m.captures.is_empty() {
                            out.push(b',');
                            repr_list(s, &m.captures, &mut out);
                        }
                    }
                }
            }
            Ok(out)
        })())
    }

    fn lua_gsub(s: &[u8], p: &[u8], repl: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let res = gsub(s, p, s.len() as i64 + 1, &mut out, |m, a, b, out| {
            m.add_replacement(repl, a, b, out).map(|()| true)
        });
        wrap(match res {
            Ok((n, changed)) => {
                let text = if changed { out } else { s.to_vec() };
                let mut v = b"<".to_vec();
                v.extend_from_slice(&text);
                v.extend_from_slice(b">,");
                fmt_int(n, &mut v);
                Ok(v)
            }
            Err(GsubError::Pattern(e)) => Err(e),
            Err(GsubError::Replace(e)) => Err(e),
        })
    }

    fn lua_gmatch(s: &[u8], p: &[u8]) -> Vec<u8> {
        wrap((|| {
            let mut out = b"<".to_vec();
            let mut state = GmatchState::new(0);
            let mut first = true;
            let pattern = Pattern::compile(p);
            while let Some((m, a, b)) = gmatch_next(s, &pattern, &mut state)? {
                let mut caps = Vec::new();
                m.captures(Some((a, b)), &mut caps)?;
                if !first {
                    out.push(b';');
                }
                first = false;
                for i in 0..3 {
                    if i > 0 {
                        out.push(b',');
                    }
                    match caps.get(i) {
                        Some(&c) => repr_capture(s, c, &mut out),
                        None => out.extend_from_slice(b"nil"),
                    }
                }
            }
            out.push(b'>');
            Ok(out)
        })())
    }

    #[test]
    fn find_match_gsub_gmatch_match_reference() {
        for &(s, p, init, repl, find_r, match_r, gsub_r, gmatch_r) in CASES {
            let ctx = format!(
                "subject {:?} pattern {:?} init {init} repl {:?}",
                String::from_utf8_lossy(s),
                String::from_utf8_lossy(p),
                String::from_utf8_lossy(repl)
            );
            let show = |v: &[u8]| String::from_utf8_lossy(v).into_owned();
            assert_eq!(
                show(&lua_find(s, p, init, false)),
                show(find_r),
                "find: {ctx}"
            );
            assert_eq!(
                show(&lua_find(s, p, init, true)),
                show(match_r),
                "match: {ctx}"
            );
            assert_eq!(show(&lua_gsub(s, p, repl)), show(gsub_r), "gsub: {ctx}");
            assert_eq!(show(&lua_gmatch(s, p)), show(gmatch_r), "gmatch: {ctx}");
        }
    }

    fn find_range(s: &[u8], p: &[u8]) -> Result<Option<(usize, usize)>, Vec<u8>> {
        find(s, p, 0).map(|m| m.map(|m| (m.start + 1, m.end)))
    }

    /// Depth limit: expected results from the reference (`a?` repeated
    /// recurses once per item; `a*` after a greedy run does not).
    #[test]
    fn depth_limit_matches_reference() {
        let subject = b"a".repeat(300);
        for (k, ok) in [(190, true), (199, true), (200, false), (250, false)] {
            let got = find_range(&subject, &b"a?".repeat(k));
            if ok {
                assert_eq!(got, Ok(Some((1, k))), "a? x {k}");
            } else {
                assert_eq!(got, Err(b"pattern too complex".to_vec()), "a? x {k}");
            }
            assert_eq!(find_range(&subject, &b"a*".repeat(k)), Ok(Some((1, 300))));
            let mut lazy = b"a".repeat(k);
            lazy.push(b'b');
            assert_eq!(find_range(&lazy, b"a-b"), Ok(Some((1, k + 1))));
            let dots = b"^.-.-.-$";
            assert_eq!(find_range(&subject[..k], dots), Ok(Some((1, k))));
        }
    }

    #[test]
    fn capture_limit_matches_reference() {
        for k in [31, 32] {
            let pat = b"()".repeat(k);
            assert_eq!(find_range(b"x", &pat), Ok(Some((1, 0))));
            let mut out = Vec::new();
            let r = gsub(b"abc", &pat, 4, &mut out, |m, a, b, out| {
                m.add_replacement(b"%9", a, b, out).map(|()| true)
            });
            assert_eq!(r, Ok((4, true)));
            assert_eq!(out, b"1a2b3c4");
        }
        let pat = b"()".repeat(33);
        assert_eq!(find_range(b"x", &pat), Err(b"too many captures".to_vec()));
    }

    fn gsub_str(s: &[u8], p: &[u8], r: &[u8], n: i64) -> (Vec<u8>, i64) {
        let mut out = Vec::new();
        let res = gsub(s, p, n, &mut out, |m, a, b, out| {
            m.add_replacement(r, a, b, out).map(|()| true)
        });
        let Ok((count, changed)) = res else {
            panic!("gsub failed: {res:?}");
        };
        (if changed { out } else { s.to_vec() }, count)
    }

    #[test]
    fn gsub_limits_and_anchor_match_reference() {
        assert_eq!(gsub_str(b"aaa", b"a", b"b", 2), (b"bba".to_vec(), 2));
        assert_eq!(gsub_str(b"aaa", b"a", b"b", 0), (b"aaa".to_vec(), 0));
        assert_eq!(gsub_str(b"aaa", b"a", b"b", -1), (b"aaa".to_vec(), 0));
        assert_eq!(gsub_str(b"aaa", b"^a", b"b", 4), (b"baa".to_vec(), 1));
        assert_eq!(gsub_str(b"abc", b"", b"-", 4), (b"-a-b-c-".to_vec(), 4));
        assert_eq!(gsub_str(b"abc", b"b*", b"-", 4), (b"-a-c-".to_vec(), 3));
    }

    #[test]
    fn gsub_callback_may_keep_the_original() {
        let mut out = Vec::new();
        let r: Result<_, GsubError<&str>> = gsub(b"a1b2", b"%d", 5, &mut out, |m, a, b, out| {
            out.extend_from_slice(&m.subject()[a..b]);
            Ok(false)
        });
        assert_eq!(r, Ok((2, false)));
        assert_eq!(out, b"a1b2");
        let r = gsub(b"a1b2", b"%d", 5, &mut Vec::new(), |_, _, _, _| Err("boom"));
        assert_eq!(r, Err(GsubError::Replace("boom")));
    }

    #[test]
    fn gmatch_start_and_literal_caret() {
        let mut st = GmatchState::new(4);
        assert!(matches!(
            gmatch_next(b"abc", &Pattern::compile(b""), &mut st),
            Ok(None)
        ));
        let mut st = GmatchState::new(3);
        let Ok(Some((_, a, b))) = gmatch_next(b"abc", &Pattern::compile(b""), &mut st) else {
            panic!("expected an empty match at the end");
        };
        assert_eq!((a, b), (3, 3));
        assert!(matches!(
            gmatch_next(b"abc", &Pattern::compile(b""), &mut st),
            Ok(None)
        ));
        // In gmatch '^' is an ordinary character.
        let mut st = GmatchState::new(0);
        let caret = Pattern::compile(b"^a");
        let mut found = Vec::new();
        while let Ok(Some((_, a, b))) = gmatch_next(b"^a^a", &caret, &mut st) {
            found.push((a, b));
        }
        assert_eq!(found, [(0, 2), (2, 4)]);
    }

    #[test]
    fn plain_search() {
        assert_eq!(find_plain(b"a\0b", b"\0", 0), Some(1));
        assert_eq!(find_plain(b"a.b", b".", 0), Some(1));
        assert_eq!(find_plain(b"abc", b"", 3), Some(3));
        assert_eq!(find_plain(b"abc", b"", 4), None);
        assert_eq!(find_plain(b"abc", b"abcd", 0), None);
        assert_eq!(find_plain(b"ababc", b"abc", 0), Some(2));
        assert_eq!(find_plain(b"ababc", b"abc", 3), None);
        assert!(!has_specials(b"a\0b)]"));
        assert!(has_specials(b"a\0b."));
        // Embedded zeros are ordinary pattern bytes.
        assert_eq!(find_range(b"a\0b.", b"\0b%."), Ok(Some((2, 4))));
    }

    type Case = (
        &'static [u8],
        &'static [u8],
        usize,
        &'static [u8],
        &'static [u8],
        &'static [u8],
        &'static [u8],
        &'static [u8],
    );
    #[rustfmt::skip]
    const CASES: &[Case] = &[
        (b"", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b".", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"^$", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<>"),
        (b"", b"$", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<>"),
        (b"", b"%a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%A+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%D", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%l+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%S+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%w+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%W", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%x+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%g+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[^abc]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[%a%d]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[^]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[^%s]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]>,1", b"ok:<1,nil,nil>"),
        (b"", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%f[%w]%w+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%f[%W]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%f[%a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%f[^%z]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%f[%z]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]>,1", b"err:unfinished capture"),
        (b"", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]>,1", b"err:unfinished capture"),
        (b"", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]>,1", b"ok:<>"),
        (b"", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[%w_]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"().", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b".*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b".+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"b*$", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"%x*$", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"[%s%p]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"a", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]>,2", b"ok:<<>,nil,nil;<>,nil,nil>"),
        (b"a", b"a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b".", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"a*", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"a+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]>,2", b"ok:<<>,nil,nil;<>,nil,nil>"),
        (b"a", b"a?", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"^a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<>"),
        (b"a", b"a$", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"$", 1, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<a[]>,1", b"ok:<<>,nil,nil>"),
        (b"a", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a>,1", b"ok:<>"),
        (b"a", b"%a+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"%A+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"%l+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%S+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"%w+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"%W", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%x+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%g+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"[abc]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"[^abc]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"[a-c]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"[%a%d]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"[a-]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"[-a]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"[^%s]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"(a)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"(a*)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]a[]>,2", b"ok:<1,nil,nil;2,nil,nil>"),
        (b"a", b"()a()", 1, b"[%0]", b"ok:1,1,1,2", b"ok:1,2", b"ok:<[a]>,1", b"ok:<1,2,nil>"),
        (b"a", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"%f[%W]", 1, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<a[]>,1", b"ok:<<>,nil,nil>"),
        (b"a", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a>,1", b"ok:<<>,nil,nil>"),
        (b"a", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a>,1", b"ok:<<>,nil,nil>"),
        (b"a", b"%f[%z]", 1, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<a[]>,1", b"ok:<<>,nil,nil>"),
        (b"a", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"a", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"a", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"a", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"a", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"a", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]>,2", b"err:unfinished capture"),
        (b"a", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"a", b"a)", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"a", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]>,2", b"err:unfinished capture"),
        (b"a", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"a", b"(a)%2", 1, b"[%0]", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2"),
        (b"a", b"(a%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"a", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"a", b"(a)%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"a", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a", b"a%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"a", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]>,2", b"ok:<<>,nil,nil;<>,nil,nil>"),
        (b"a", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]a>,1", b"ok:<>"),
        (b"a", b"[a-c%-]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"[%w_]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[a]>,1", b"ok:<1,nil,nil>"),
        (b"a", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b".*", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b".+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"a", b"b*$", 1, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<a[]>,1", b"ok:<<>,nil,nil>"),
        (b"a", b"%x*$", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"a", b"[%s%p]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b"hello world", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b".", 1, b"[%0]", b"ok:1,1", b"ok:<h>", b"ok:<[h][e][l][l][o][ ][w][o][r][l][d]>,11", b"ok:<<h>,nil,nil;<e>,nil,nil;<l>,nil,nil;<l>,nil,nil;<o>,nil,nil;< >,nil,nil;<w>,nil,nil;<o>,nil,nil;<r>,nil,nil;<l>,nil,nil;<d>,nil,nil>"),
        (b"hello world", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"$", 1, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]hello world>,1", b"ok:<>"),
        (b"hello world", b"%a+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"%A+", 1, b"[%0]", b"ok:6,6", b"ok:< >", b"ok:<hello[ ]world>,1", b"ok:<< >,nil,nil>"),
        (b"hello world", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<h>", b"ok:<[h][e][l][l][o][ ][w][o][r][l][d]>,11", b"ok:<<h>,nil,nil;<e>,nil,nil;<l>,nil,nil;<l>,nil,nil;<o>,nil,nil;< >,nil,nil;<w>,nil,nil;<o>,nil,nil;<r>,nil,nil;<l>,nil,nil;<d>,nil,nil>"),
        (b"hello world", b"%l+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%s+", 1, b"[%0]", b"ok:6,6", b"ok:< >", b"ok:<hello[ ]world>,1", b"ok:<< >,nil,nil>"),
        (b"hello world", b"%S+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"%w+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"%W", 1, b"[%0]", b"ok:6,6", b"ok:< >", b"ok:<hello[ ]world>,1", b"ok:<< >,nil,nil>"),
        (b"hello world", b"%x+", 1, b"[%0]", b"ok:2,2", b"ok:<e>", b"ok:<h[e]llo worl[d]>,2", b"ok:<<e>,nil,nil;<d>,nil,nil>"),
        (b"hello world", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%g+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[^abc]+", 1, b"[%0]", b"ok:1,11", b"ok:<hello world>", b"ok:<[hello world]>,1", b"ok:<<hello world>,nil,nil>"),
        (b"hello world", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[%a%d]+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<h>", b"ok:<[h][e][l][l][o][ ][w][o][r][l][d]>,11", b"ok:<<h>,nil,nil;<e>,nil,nil;<l>,nil,nil;<l>,nil,nil;<o>,nil,nil;< >,nil,nil;<w>,nil,nil;<o>,nil,nil;<r>,nil,nil;<l>,nil,nil;<d>,nil,nil>"),
        (b"hello world", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[^%s]+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"%f[%W]", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<hello[] world[]>,2", b"ok:<<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]hello []world>,2", b"ok:<<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]hello world>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"%f[%z]", 1, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"(.)%1", 1, b"[%0]", b"ok:3,4,<l>", b"ok:<l>", b"ok:<he[ll]o world>,1", b"ok:<<l>,nil,nil>"),
        (b"hello world", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"hello world", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"hello world", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"hello world", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"hello world", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"hello world", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"hello world", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"hello world", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"hello world", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"err:unfinished capture"),
        (b"hello world", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"hello world", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"err:unfinished capture"),
        (b"hello world", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"hello world", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"hello world", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"hello world", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"hello world", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"(.-)%s", 1, b"[%0]", b"ok:1,6,<hello>", b"ok:<hello>", b"ok:<[hello ]world>,1", b"ok:<<hello>,nil,nil>"),
        (b"hello world", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,11,<hello world>", b"ok:<hello world>", b"ok:<[hello world]>,1", b"ok:<<hello world>,nil,nil>"),
        (b"hello world", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]hello world>,1", b"ok:<>"),
        (b"hello world", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"[%w_]+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[h][e][l][l][o][ ][w][o][r][l][d]>,11", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil>"),
        (b"hello world", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:1,5,<h>,<e>,<l>,<l>,<o>", b"ok:<h>,<e>,<l>,<l>,<o>", b"ok:<[hello] world>,1", b"ok:<<h>,<e>,<l>>"),
        (b"hello world", b".*", 1, b"[%0]", b"ok:1,11", b"ok:<hello world>", b"ok:<[hello world]>,1", b"ok:<<hello world>,nil,nil>"),
        (b"hello world", b".+", 1, b"[%0]", b"ok:1,11", b"ok:<hello world>", b"ok:<[hello world]>,1", b"ok:<<hello world>,nil,nil>"),
        (b"hello world", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world>,0", b"ok:<>"),
        (b"hello world", b"b*$", 1, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"%x*$", 1, b"[%0]", b"ok:11,11", b"ok:<d>", b"ok:<hello worl[d]>,1", b"ok:<<d>,nil,nil>"),
        (b"hello world", b"[%s%p]+", 1, b"[%0]", b"ok:6,6", b"ok:< >", b"ok:<hello[ ]world>,1", b"ok:<< >,nil,nil>"),
        (b"aaa", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]a[]a[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"aaa", b"a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][a][a]>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"aaa", b".", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][a][a]>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"aaa", b"a*", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"a+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]a[]a[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"aaa", b"a?", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][a][a]>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"aaa", b"^a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]aa>,1", b"ok:<>"),
        (b"aaa", b"a$", 1, b"[%0]", b"ok:3,3", b"ok:<a>", b"ok:<aa[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"aaa", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"$", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<aaa[]>,1", b"ok:<<>,nil,nil>"),
        (b"aaa", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]aaa>,1", b"ok:<>"),
        (b"aaa", b"%a+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"%A+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][a][a]>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"aaa", b"%l+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%S+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"%w+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"%W", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%x+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%g+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"[abc]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][a][a]>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"aaa", b"[^abc]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"[a-c]+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"[%a%d]+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][a][a]>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"aaa", b"[a-]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][a][a]>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"aaa", b"[-a]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][a][a]>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"aaa", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"[^%s]+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"(a)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a][a][a]>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"aaa", b"(a*)", 1, b"[%0]", b"ok:1,3,<aaa>", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]a[]a[]a[]>,4", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil>"),
        (b"aaa", b"()a()", 1, b"[%0]", b"ok:1,1,1,2", b"ok:1,2", b"ok:<[a][a][a]>,3", b"ok:<1,2,nil;2,3,nil;3,4,nil>"),
        (b"aaa", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"%f[%W]", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<aaa[]>,1", b"ok:<<>,nil,nil>"),
        (b"aaa", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]aaa>,1", b"ok:<<>,nil,nil>"),
        (b"aaa", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]aaa>,1", b"ok:<<>,nil,nil>"),
        (b"aaa", b"%f[%z]", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<aaa[]>,1", b"ok:<<>,nil,nil>"),
        (b"aaa", b"(a)%1", 1, b"[%0]", b"ok:1,2,<a>", b"ok:<a>", b"ok:<[aa]a>,1", b"ok:<<a>,nil,nil>"),
        (b"aaa", b"(.)%1", 1, b"[%0]", b"ok:1,2,<a>", b"ok:<a>", b"ok:<[aa]a>,1", b"ok:<<a>,nil,nil>"),
        (b"aaa", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"aaa", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aaa", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aaa", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aaa", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"aaa", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"aaa", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"aaa", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"aaa", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]a[]a[]>,4", b"err:unfinished capture"),
        (b"aaa", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"aaa", b"a)", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"aaa", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]a[]a[]>,4", b"err:unfinished capture"),
        (b"aaa", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"aaa", b"(a)%2", 1, b"[%0]", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2"),
        (b"aaa", b"(a%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"aaa", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"aaa", b"(a)%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"aaa", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aaa", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aaa", b"a%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"aaa", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]a[]a[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"aaa", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,3,<aaa>", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]aaa>,1", b"ok:<>"),
        (b"aaa", b"[a-c%-]+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"[%w_]+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[a][a][a]>,3", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil>"),
        (b"aaa", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b".*", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b".+", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"aaa", b"b*$", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<aaa[]>,1", b"ok:<<>,nil,nil>"),
        (b"aaa", b"%x*$", 1, b"[%0]", b"ok:1,3", b"ok:<aaa>", b"ok:<[aaa]>,1", b"ok:<<aaa>,nil,nil>"),
        (b"aaa", b"[%s%p]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"abcabc", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]b[]c[]a[]b[]c[]>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"abcabc", b"a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]bc[a]bc>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"abcabc", b".", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][b][c][a][b][c]>,6", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"abcabc", b"a*", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]b[]c[a]b[]c[]>,5", b"ok:<<a>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"abcabc", b"a+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]bc[a]bc>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"abcabc", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]b[]c[]a[]b[]c[]>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"abcabc", b"a?", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]b[]c[a]b[]c[]>,5", b"ok:<<a>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"abcabc", b"^a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]bcabc>,1", b"ok:<>"),
        (b"abcabc", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"$", 1, b"[%0]", b"ok:7,6", b"ok:<>", b"ok:<abcabc[]>,1", b"ok:<<>,nil,nil>"),
        (b"abcabc", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]abcabc>,1", b"ok:<>"),
        (b"abcabc", b"%a+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"%A+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][b][c][a][b][c]>,6", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"abcabc", b"%l+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%S+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"%w+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"%W", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%x+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%g+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"[abc]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][b][c][a][b][c]>,6", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"abcabc", b"[^abc]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"[a-c]+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"[%a%d]+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][b][c][a][b][c]>,6", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"abcabc", b"[a-]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]bc[a]bc>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"abcabc", b"[-a]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]bc[a]bc>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"abcabc", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"[^%s]+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"(a)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a]bc[a]bc>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"abcabc", b"(a*)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a]b[]c[a]b[]c[]>,5", b"ok:<<a>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"abcabc", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]a[]b[]c[]a[]b[]c[]>,7", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil>"),
        (b"abcabc", b"()a()", 1, b"[%0]", b"ok:1,1,1,2", b"ok:1,2", b"ok:<[a]bc[a]bc>,2", b"ok:<1,2,nil;4,5,nil>"),
        (b"abcabc", b"(a)(b)", 1, b"[%0]", b"ok:1,2,<a>,<b>", b"ok:<a>,<b>", b"ok:<[ab]c[ab]c>,2", b"ok:<<a>,<b>,nil;<a>,<b>,nil>"),
        (b"abcabc", b"((a)(b))", 1, b"[%0]", b"ok:1,2,<ab>,<a>,<b>", b"ok:<ab>,<a>,<b>", b"ok:<[ab]c[ab]c>,2", b"ok:<<ab>,<a>,<b>;<ab>,<a>,<b>>"),
        (b"abcabc", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"%f[%W]", 1, b"[%0]", b"ok:7,6", b"ok:<>", b"ok:<abcabc[]>,1", b"ok:<<>,nil,nil>"),
        (b"abcabc", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]abcabc>,1", b"ok:<<>,nil,nil>"),
        (b"abcabc", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]abcabc>,1", b"ok:<<>,nil,nil>"),
        (b"abcabc", b"%f[%z]", 1, b"[%0]", b"ok:7,6", b"ok:<>", b"ok:<abcabc[]>,1", b"ok:<<>,nil,nil>"),
        (b"abcabc", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"abcabc", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"abcabc", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"abcabc", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"abcabc", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"abcabc", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"abcabc", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"abcabc", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"abcabc", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]b[]c[]a[]b[]c[]>,7", b"err:unfinished capture"),
        (b"abcabc", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"abcabc", b"a)", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"abcabc", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]b[]c[]a[]b[]c[]>,7", b"err:unfinished capture"),
        (b"abcabc", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"abcabc", b"(a)%2", 1, b"[%0]", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2"),
        (b"abcabc", b"(a%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"abcabc", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"abcabc", b"(a)%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"abcabc", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"abcabc", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"abcabc", b"a%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"abcabc", b".-b", 1, b"[%0]", b"ok:1,2", b"ok:<ab>", b"ok:<[ab][cab]c>,2", b"ok:<<ab>,nil,nil;<cab>,nil,nil>"),
        (b"abcabc", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]b[]c[]a[]b[]c[]>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"abcabc", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,6,<abcabc>", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]abcabc>,1", b"ok:<>"),
        (b"abcabc", b"[a-c%-]+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"[%w_]+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[a][b][c][a][b][c]>,6", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil>"),
        (b"abcabc", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"abcabc", b".*", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b".+", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"a.-c", 1, b"[%0]", b"ok:1,3", b"ok:<abc>", b"ok:<[abc][abc]>,2", b"ok:<<abc>,nil,nil;<abc>,nil,nil>"),
        (b"abcabc", b"b*$", 1, b"[%0]", b"ok:7,6", b"ok:<>", b"ok:<abcabc[]>,1", b"ok:<<>,nil,nil>"),
        (b"abcabc", b"%x*$", 1, b"[%0]", b"ok:1,6", b"ok:<abcabc>", b"ok:<[abcabc]>,1", b"ok:<<abcabc>,nil,nil>"),
        (b"abcabc", b"[%s%p]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abcabc>,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[] [] []x[] []=[] []1[]0[],[] []y[] []=[] []2[]0[] [] []>,19", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b".", 1, b"[%0]", b"ok:1,1", b"ok:< >", b"ok:<[ ][ ][x][ ][=][ ][1][0][,][ ][y][ ][=][ ][2][0][ ][ ]>,18", b"ok:<< >,nil,nil;< >,nil,nil;<x>,nil,nil;< >,nil,nil;<=>,nil,nil;< >,nil,nil;<1>,nil,nil;<0>,nil,nil;<,>,nil,nil;< >,nil,nil;<y>,nil,nil;< >,nil,nil;<=>,nil,nil;< >,nil,nil;<2>,nil,nil;<0>,nil,nil;< >,nil,nil;< >,nil,nil>"),
        (b"  x = 10, y = 20  ", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[] [] []x[] []=[] []1[]0[],[] []y[] []=[] []2[]0[] [] []>,19", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[] [] []x[] []=[] []1[]0[],[] []y[] []=[] []2[]0[] [] []>,19", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[] [] []x[] []=[] []1[]0[],[] []y[] []=[] []2[]0[] [] []>,19", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"$", 1, b"[%0]", b"ok:19,18", b"ok:<>", b"ok:<  x = 10, y = 20  []>,1", b"ok:<<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]  x = 10, y = 20  >,1", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%a+", 1, b"[%0]", b"ok:3,3", b"ok:<x>", b"ok:<  [x] = 10, [y] = 20  >,2", b"ok:<<x>,nil,nil;<y>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%A+", 1, b"[%0]", b"ok:1,2", b"ok:<  >", b"ok:<[  ]x[ = 10, ]y[ = 20  ]>,3", b"ok:<<  >,nil,nil;< = 10, >,nil,nil;< = 20  >,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%d+", 1, b"[%0]", b"ok:7,8", b"ok:<10>", b"ok:<  x = [10], y = [20]  >,2", b"ok:<<10>,nil,nil;<20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:< >", b"ok:<[ ][ ][x][ ][=][ ]10[,][ ][y][ ][=][ ]20[ ][ ]>,14", b"ok:<< >,nil,nil;< >,nil,nil;<x>,nil,nil;< >,nil,nil;<=>,nil,nil;< >,nil,nil;<,>,nil,nil;< >,nil,nil;<y>,nil,nil;< >,nil,nil;<=>,nil,nil;< >,nil,nil;< >,nil,nil;< >,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%l+", 1, b"[%0]", b"ok:3,3", b"ok:<x>", b"ok:<  [x] = 10, [y] = 20  >,2", b"ok:<<x>,nil,nil;<y>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%s+", 1, b"[%0]", b"ok:1,2", b"ok:<  >", b"ok:<[  ]x[ ]=[ ]10,[ ]y[ ]=[ ]20[  ]>,7", b"ok:<<  >,nil,nil;< >,nil,nil;< >,nil,nil;< >,nil,nil;< >,nil,nil;< >,nil,nil;<  >,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%S+", 1, b"[%0]", b"ok:3,3", b"ok:<x>", b"ok:<  [x] [=] [10,] [y] [=] [20]  >,6", b"ok:<<x>,nil,nil;<=>,nil,nil;<10,>,nil,nil;<y>,nil,nil;<=>,nil,nil;<20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%w+", 1, b"[%0]", b"ok:3,3", b"ok:<x>", b"ok:<  [x] = [10], [y] = [20]  >,4", b"ok:<<x>,nil,nil;<10>,nil,nil;<y>,nil,nil;<20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%W", 1, b"[%0]", b"ok:1,1", b"ok:< >", b"ok:<[ ][ ]x[ ][=][ ]10[,][ ]y[ ][=][ ]20[ ][ ]>,12", b"ok:<< >,nil,nil;< >,nil,nil;< >,nil,nil;<=>,nil,nil;< >,nil,nil;<,>,nil,nil;< >,nil,nil;< >,nil,nil;<=>,nil,nil;< >,nil,nil;< >,nil,nil;< >,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%x+", 1, b"[%0]", b"ok:7,8", b"ok:<10>", b"ok:<  x = [10], y = [20]  >,2", b"ok:<<10>,nil,nil;<20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%p+", 1, b"[%0]", b"ok:5,5", b"ok:<=>", b"ok:<  x [=] 10[,] y [=] 20  >,3", b"ok:<<=>,nil,nil;<,>,nil,nil;<=>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%g+", 1, b"[%0]", b"ok:3,3", b"ok:<x>", b"ok:<  [x] [=] [10,] [y] [=] [20]  >,6", b"ok:<<x>,nil,nil;<=>,nil,nil;<10,>,nil,nil;<y>,nil,nil;<=>,nil,nil;<20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[^abc]+", 1, b"[%0]", b"ok:1,18", b"ok:<  x = 10, y = 20  >", b"ok:<[  x = 10, y = 20  ]>,1", b"ok:<<  x = 10, y = 20  >,nil,nil>"),
        (b"  x = 10, y = 20  ", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[%a%d]+", 1, b"[%0]", b"ok:3,3", b"ok:<x>", b"ok:<  [x] = [10], [y] = [20]  >,4", b"ok:<<x>,nil,nil;<10>,nil,nil;<y>,nil,nil;<20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:< >", b"ok:<[ ][ ][x][ ][=][ ][1][0][,][ ][y][ ][=][ ][2][0][ ][ ]>,18", b"ok:<< >,nil,nil;< >,nil,nil;<x>,nil,nil;< >,nil,nil;<=>,nil,nil;< >,nil,nil;<1>,nil,nil;<0>,nil,nil;<,>,nil,nil;< >,nil,nil;<y>,nil,nil;< >,nil,nil;<=>,nil,nil;< >,nil,nil;<2>,nil,nil;<0>,nil,nil;< >,nil,nil;< >,nil,nil>"),
        (b"  x = 10, y = 20  ", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[^%s]+", 1, b"[%0]", b"ok:3,3", b"ok:<x>", b"ok:<  [x] [=] [10,] [y] [=] [20]  >,6", b"ok:<<x>,nil,nil;<=>,nil,nil;<10,>,nil,nil;<y>,nil,nil;<=>,nil,nil;<20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[] [] []x[] []=[] []1[]0[],[] []y[] []=[] []2[]0[] [] []>,19", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[] [] []x[] []=[] []1[]0[],[] []y[] []=[] []2[]0[] [] []>,19", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil;14,nil,nil;15,nil,nil;16,nil,nil;17,nil,nil;18,nil,nil;19,nil,nil>"),
        (b"  x = 10, y = 20  ", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%f[%w]%w+", 1, b"[%0]", b"ok:3,3", b"ok:<x>", b"ok:<  [x] = [10], [y] = [20]  >,4", b"ok:<<x>,nil,nil;<10>,nil,nil;<y>,nil,nil;<20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%f[%W]", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<  x[] = 10[], y[] = 20[]  >,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%f[%a]", 1, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<  []x = 10, []y = 20  >,2", b"ok:<<>,nil,nil;<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]  x = 10, y = 20  >,1", b"ok:<<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%f[%z]", 1, b"[%0]", b"ok:19,18", b"ok:<>", b"ok:<  x = 10, y = 20  []>,1", b"ok:<<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"(.)%1", 1, b"[%0]", b"ok:1,2,< >", b"ok:< >", b"ok:<[  ]x = 10, y = 20[  ]>,2", b"ok:<< >,nil,nil;< >,nil,nil>"),
        (b"  x = 10, y = 20  ", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"  x = 10, y = 20  ", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"  x = 10, y = 20  ", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"  x = 10, y = 20  ", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"  x = 10, y = 20  ", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"  x = 10, y = 20  ", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"  x = 10, y = 20  ", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"  x = 10, y = 20  ", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"  x = 10, y = 20  ", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[] [] []x[] []=[] []1[]0[],[] []y[] []=[] []2[]0[] [] []>,19", b"err:unfinished capture"),
        (b"  x = 10, y = 20  ", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"  x = 10, y = 20  ", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[] [] []x[] []=[] []1[]0[],[] []y[] []=[] []2[]0[] [] []>,19", b"err:unfinished capture"),
        (b"  x = 10, y = 20  ", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"  x = 10, y = 20  ", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"  x = 10, y = 20  ", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"  x = 10, y = 20  ", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"  x = 10, y = 20  ", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[] [] []x[] []=[] []1[]0[],[] []y[] []=[] []2[]0[] [] []>,19", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"(.-)%s", 1, b"[%0]", b"ok:1,1,<>", b"ok:<>", b"ok:<[ ][ ][x ][= ][10, ][y ][= ][20 ][ ]>,9", b"ok:<<>,nil,nil;<>,nil,nil;<x>,nil,nil;<=>,nil,nil;<10,>,nil,nil;<y>,nil,nil;<=>,nil,nil;<20>,nil,nil;<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,18,<x = 10, y = 20>", b"ok:<x = 10, y = 20>", b"ok:<[  x = 10, y = 20  ]>,1", b"ok:<<x = 10, y = 20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"^(%s*)", 1, b"[%0]", b"ok:1,2,<  >", b"ok:<  >", b"ok:<[  ]x = 10, y = 20  >,1", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"[%w_]+", 1, b"[%0]", b"ok:3,3", b"ok:<x>", b"ok:<  [x] = [10], [y] = [20]  >,4", b"ok:<<x>,nil,nil;<10>,nil,nil;<y>,nil,nil;<20>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[ ][ ][x][ ][=][ ][1][0][,][ ][y][ ][=][ ][2][0][ ][ ]>,18", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil;14,nil,nil;15,nil,nil;16,nil,nil;17,nil,nil;18,nil,nil>"),
        (b"  x = 10, y = 20  ", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b".*", 1, b"[%0]", b"ok:1,18", b"ok:<  x = 10, y = 20  >", b"ok:<[  x = 10, y = 20  ]>,1", b"ok:<<  x = 10, y = 20  >,nil,nil>"),
        (b"  x = 10, y = 20  ", b".+", 1, b"[%0]", b"ok:1,18", b"ok:<  x = 10, y = 20  >", b"ok:<[  x = 10, y = 20  ]>,1", b"ok:<<  x = 10, y = 20  >,nil,nil>"),
        (b"  x = 10, y = 20  ", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  x = 10, y = 20  >,0", b"ok:<>"),
        (b"  x = 10, y = 20  ", b"b*$", 1, b"[%0]", b"ok:19,18", b"ok:<>", b"ok:<  x = 10, y = 20  []>,1", b"ok:<<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"%x*$", 1, b"[%0]", b"ok:19,18", b"ok:<>", b"ok:<  x = 10, y = 20  []>,1", b"ok:<<>,nil,nil>"),
        (b"  x = 10, y = 20  ", b"[%s%p]+", 1, b"[%0]", b"ok:1,2", b"ok:<  >", b"ok:<[  ]x[ = ]10[, ]y[ = ]20[  ]>,5", b"ok:<<  >,nil,nil;< = >,nil,nil;<, >,nil,nil;< = >,nil,nil;<  >,nil,nil>"),
        (b"(foo(bar))baz", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]([]f[]o[]o[]([]b[]a[]r[])[])[]b[]a[]z[]>,14", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"(foo(bar))baz", b"a", 1, b"[%0]", b"ok:7,7", b"ok:<a>", b"ok:<(foo(b[a]r))b[a]z>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"(foo(bar))baz", b".", 1, b"[%0]", b"ok:1,1", b"ok:<(>", b"ok:<[(][f][o][o][(][b][a][r][)][)][b][a][z]>,13", b"ok:<<(>,nil,nil;<f>,nil,nil;<o>,nil,nil;<o>,nil,nil;<(>,nil,nil;<b>,nil,nil;<a>,nil,nil;<r>,nil,nil;<)>,nil,nil;<)>,nil,nil;<b>,nil,nil;<a>,nil,nil;<z>,nil,nil>"),
        (b"(foo(bar))baz", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]([]f[]o[]o[]([]b[a]r[])[])[]b[a]z[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil>"),
        (b"(foo(bar))baz", b"a+", 1, b"[%0]", b"ok:7,7", b"ok:<a>", b"ok:<(foo(b[a]r))b[a]z>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"(foo(bar))baz", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]([]f[]o[]o[]([]b[]a[]r[])[])[]b[]a[]z[]>,14", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"(foo(bar))baz", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]([]f[]o[]o[]([]b[a]r[])[])[]b[a]z[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil>"),
        (b"(foo(bar))baz", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"$", 1, b"[%0]", b"ok:14,13", b"ok:<>", b"ok:<(foo(bar))baz[]>,1", b"ok:<<>,nil,nil>"),
        (b"(foo(bar))baz", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[](foo(bar))baz>,1", b"ok:<>"),
        (b"(foo(bar))baz", b"%a+", 1, b"[%0]", b"ok:2,4", b"ok:<foo>", b"ok:<([foo]([bar]))[baz]>,3", b"ok:<<foo>,nil,nil;<bar>,nil,nil;<baz>,nil,nil>"),
        (b"(foo(bar))baz", b"%A+", 1, b"[%0]", b"ok:1,1", b"ok:<(>", b"ok:<[(]foo[(]bar[))]baz>,3", b"ok:<<(>,nil,nil;<(>,nil,nil;<))>,nil,nil>"),
        (b"(foo(bar))baz", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<(>", b"ok:<[(][f][o][o][(][b][a][r][)][)][b][a][z]>,13", b"ok:<<(>,nil,nil;<f>,nil,nil;<o>,nil,nil;<o>,nil,nil;<(>,nil,nil;<b>,nil,nil;<a>,nil,nil;<r>,nil,nil;<)>,nil,nil;<)>,nil,nil;<b>,nil,nil;<a>,nil,nil;<z>,nil,nil>"),
        (b"(foo(bar))baz", b"%l+", 1, b"[%0]", b"ok:2,4", b"ok:<foo>", b"ok:<([foo]([bar]))[baz]>,3", b"ok:<<foo>,nil,nil;<bar>,nil,nil;<baz>,nil,nil>"),
        (b"(foo(bar))baz", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%S+", 1, b"[%0]", b"ok:1,13", b"ok:<(foo(bar))baz>", b"ok:<[(foo(bar))baz]>,1", b"ok:<<(foo(bar))baz>,nil,nil>"),
        (b"(foo(bar))baz", b"%w+", 1, b"[%0]", b"ok:2,4", b"ok:<foo>", b"ok:<([foo]([bar]))[baz]>,3", b"ok:<<foo>,nil,nil;<bar>,nil,nil;<baz>,nil,nil>"),
        (b"(foo(bar))baz", b"%W", 1, b"[%0]", b"ok:1,1", b"ok:<(>", b"ok:<[(]foo[(]bar[)][)]baz>,4", b"ok:<<(>,nil,nil;<(>,nil,nil;<)>,nil,nil;<)>,nil,nil>"),
        (b"(foo(bar))baz", b"%x+", 1, b"[%0]", b"ok:2,2", b"ok:<f>", b"ok:<([f]oo([ba]r))[ba]z>,3", b"ok:<<f>,nil,nil;<ba>,nil,nil;<ba>,nil,nil>"),
        (b"(foo(bar))baz", b"%p+", 1, b"[%0]", b"ok:1,1", b"ok:<(>", b"ok:<[(]foo[(]bar[))]baz>,3", b"ok:<<(>,nil,nil;<(>,nil,nil;<))>,nil,nil>"),
        (b"(foo(bar))baz", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%g+", 1, b"[%0]", b"ok:1,13", b"ok:<(foo(bar))baz>", b"ok:<[(foo(bar))baz]>,1", b"ok:<<(foo(bar))baz>,nil,nil>"),
        (b"(foo(bar))baz", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"[abc]", 1, b"[%0]", b"ok:6,6", b"ok:<b>", b"ok:<(foo([b][a]r))[b][a]z>,4", b"ok:<<b>,nil,nil;<a>,nil,nil;<b>,nil,nil;<a>,nil,nil>"),
        (b"(foo(bar))baz", b"[^abc]+", 1, b"[%0]", b"ok:1,5", b"ok:<(foo(>", b"ok:<[(foo(]ba[r))]ba[z]>,3", b"ok:<<(foo(>,nil,nil;<r))>,nil,nil;<z>,nil,nil>"),
        (b"(foo(bar))baz", b"[a-c]+", 1, b"[%0]", b"ok:6,7", b"ok:<ba>", b"ok:<(foo([ba]r))[ba]z>,2", b"ok:<<ba>,nil,nil;<ba>,nil,nil>"),
        (b"(foo(bar))baz", b"[%a%d]+", 1, b"[%0]", b"ok:2,4", b"ok:<foo>", b"ok:<([foo]([bar]))[baz]>,3", b"ok:<<foo>,nil,nil;<bar>,nil,nil;<baz>,nil,nil>"),
        (b"(foo(bar))baz", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<(>", b"ok:<[(][f][o][o][(][b][a][r][)][)][b][a][z]>,13", b"ok:<<(>,nil,nil;<f>,nil,nil;<o>,nil,nil;<o>,nil,nil;<(>,nil,nil;<b>,nil,nil;<a>,nil,nil;<r>,nil,nil;<)>,nil,nil;<)>,nil,nil;<b>,nil,nil;<a>,nil,nil;<z>,nil,nil>"),
        (b"(foo(bar))baz", b"[a-]", 1, b"[%0]", b"ok:7,7", b"ok:<a>", b"ok:<(foo(b[a]r))b[a]z>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"(foo(bar))baz", b"[-a]", 1, b"[%0]", b"ok:7,7", b"ok:<a>", b"ok:<(foo(b[a]r))b[a]z>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"(foo(bar))baz", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"[^%s]+", 1, b"[%0]", b"ok:1,13", b"ok:<(foo(bar))baz>", b"ok:<[(foo(bar))baz]>,1", b"ok:<<(foo(bar))baz>,nil,nil>"),
        (b"(foo(bar))baz", b"(a)", 1, b"[%0]", b"ok:7,7,<a>", b"ok:<a>", b"ok:<(foo(b[a]r))b[a]z>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"(foo(bar))baz", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]([]f[]o[]o[]([]b[a]r[])[])[]b[a]z[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil>"),
        (b"(foo(bar))baz", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]([]f[]o[]o[]([]b[]a[]r[])[])[]b[]a[]z[]>,14", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil;14,nil,nil>"),
        (b"(foo(bar))baz", b"()a()", 1, b"[%0]", b"ok:7,7,7,8", b"ok:7,8", b"ok:<(foo(b[a]r))b[a]z>,2", b"ok:<7,8,nil;12,13,nil>"),
        (b"(foo(bar))baz", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%((%w+)%)", 1, b"[%0]", b"ok:5,9,<bar>", b"ok:<bar>", b"ok:<(foo[(bar)])baz>,1", b"ok:<<bar>,nil,nil>"),
        (b"(foo(bar))baz", b"%b()", 1, b"[%0]", b"ok:1,10", b"ok:<(foo(bar))>", b"ok:<[(foo(bar))]baz>,1", b"ok:<<(foo(bar))>,nil,nil>"),
        (b"(foo(bar))baz", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%f[%w]%w+", 1, b"[%0]", b"ok:2,4", b"ok:<foo>", b"ok:<([foo]([bar]))[baz]>,3", b"ok:<<foo>,nil,nil;<bar>,nil,nil;<baz>,nil,nil>"),
        (b"(foo(bar))baz", b"%f[%W]", 1, b"[%0]", b"ok:5,4", b"ok:<>", b"ok:<(foo[](bar[]))baz[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"(foo(bar))baz", b"%f[%a]", 1, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<([]foo([]bar))[]baz>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"(foo(bar))baz", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[](foo(bar))baz>,1", b"ok:<<>,nil,nil>"),
        (b"(foo(bar))baz", b"%f[%z]", 1, b"[%0]", b"ok:14,13", b"ok:<>", b"ok:<(foo(bar))baz[]>,1", b"ok:<<>,nil,nil>"),
        (b"(foo(bar))baz", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"(.)%1", 1, b"[%0]", b"ok:3,4,<o>", b"ok:<o>", b"ok:<(f[oo](bar[))]baz>,2", b"ok:<<o>,nil,nil;<)>,nil,nil>"),
        (b"(foo(bar))baz", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"(foo(bar))baz", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"(foo(bar))baz", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"(foo(bar))baz", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"(foo(bar))baz", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"(foo(bar))baz", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"(foo(bar))baz", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"(foo(bar))baz", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"(foo(bar))baz", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]([]f[]o[]o[]([]b[]a[]r[])[])[]b[]a[]z[]>,14", b"err:unfinished capture"),
        (b"(foo(bar))baz", b")", 1, b"[%0]", b"ok:9,9", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"(foo(bar))baz", b"a)", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"(foo(bar))baz", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]([]f[]o[]o[]([]b[]a[]r[])[])[]b[]a[]z[]>,14", b"err:unfinished capture"),
        (b"(foo(bar))baz", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"(foo(bar))baz", b"(a)%2", 1, b"[%0]", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2"),
        (b"(foo(bar))baz", b"(a%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"(foo(bar))baz", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"(foo(bar))baz", b"(a)%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"(foo(bar))baz", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"(foo(bar))baz", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"(foo(bar))baz", b"a%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"(foo(bar))baz", b".-b", 1, b"[%0]", b"ok:1,6", b"ok:<(foo(b>", b"ok:<[(foo(b][ar))b]az>,2", b"ok:<<(foo(b>,nil,nil;<ar))b>,nil,nil>"),
        (b"(foo(bar))baz", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]([]f[]o[]o[]([]b[]a[]r[])[])[]b[]a[]z[]>,14", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"(foo(bar))baz", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,13,<(foo(bar))baz>", b"ok:<(foo(bar))baz>", b"ok:<[(foo(bar))baz]>,1", b"ok:<<(foo(bar))baz>,nil,nil>"),
        (b"(foo(bar))baz", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[](foo(bar))baz>,1", b"ok:<>"),
        (b"(foo(bar))baz", b"[a-c%-]+", 1, b"[%0]", b"ok:6,7", b"ok:<ba>", b"ok:<(foo([ba]r))[ba]z>,2", b"ok:<<ba>,nil,nil;<ba>,nil,nil>"),
        (b"(foo(bar))baz", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"[%w_]+", 1, b"[%0]", b"ok:2,4", b"ok:<foo>", b"ok:<([foo]([bar]))[baz]>,3", b"ok:<<foo>,nil,nil;<bar>,nil,nil;<baz>,nil,nil>"),
        (b"(foo(bar))baz", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[(][f][o][o][(][b][a][r][)][)][b][a][z]>,13", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil>"),
        (b"(foo(bar))baz", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b".*", 1, b"[%0]", b"ok:1,13", b"ok:<(foo(bar))baz>", b"ok:<[(foo(bar))baz]>,1", b"ok:<<(foo(bar))baz>,nil,nil>"),
        (b"(foo(bar))baz", b".+", 1, b"[%0]", b"ok:1,13", b"ok:<(foo(bar))baz>", b"ok:<[(foo(bar))baz]>,1", b"ok:<<(foo(bar))baz>,nil,nil>"),
        (b"(foo(bar))baz", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(foo(bar))baz>,0", b"ok:<>"),
        (b"(foo(bar))baz", b"b*$", 1, b"[%0]", b"ok:14,13", b"ok:<>", b"ok:<(foo(bar))baz[]>,1", b"ok:<<>,nil,nil>"),
        (b"(foo(bar))baz", b"%x*$", 1, b"[%0]", b"ok:14,13", b"ok:<>", b"ok:<(foo(bar))baz[]>,1", b"ok:<<>,nil,nil>"),
        (b"(foo(bar))baz", b"[%s%p]+", 1, b"[%0]", b"ok:1,1", b"ok:<(>", b"ok:<[(]foo[(]bar[))]baz>,3", b"ok:<<(>,nil,nil;<(>,nil,nil;<))>,nil,nil>"),
        (b"THE (quick) fox", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]T[]H[]E[] []([]q[]u[]i[]c[]k[])[] []f[]o[]x[]>,16", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"THE (quick) fox", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b".", 1, b"[%0]", b"ok:1,1", b"ok:<T>", b"ok:<[T][H][E][ ][(][q][u][i][c][k][)][ ][f][o][x]>,15", b"ok:<<T>,nil,nil;<H>,nil,nil;<E>,nil,nil;< >,nil,nil;<(>,nil,nil;<q>,nil,nil;<u>,nil,nil;<i>,nil,nil;<c>,nil,nil;<k>,nil,nil;<)>,nil,nil;< >,nil,nil;<f>,nil,nil;<o>,nil,nil;<x>,nil,nil>"),
        (b"THE (quick) fox", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]T[]H[]E[] []([]q[]u[]i[]c[]k[])[] []f[]o[]x[]>,16", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"THE (quick) fox", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]T[]H[]E[] []([]q[]u[]i[]c[]k[])[] []f[]o[]x[]>,16", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"THE (quick) fox", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]T[]H[]E[] []([]q[]u[]i[]c[]k[])[] []f[]o[]x[]>,16", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"THE (quick) fox", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"$", 1, b"[%0]", b"ok:16,15", b"ok:<>", b"ok:<THE (quick) fox[]>,1", b"ok:<<>,nil,nil>"),
        (b"THE (quick) fox", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]THE (quick) fox>,1", b"ok:<>"),
        (b"THE (quick) fox", b"%a+", 1, b"[%0]", b"ok:1,3", b"ok:<THE>", b"ok:<[THE] ([quick]) [fox]>,3", b"ok:<<THE>,nil,nil;<quick>,nil,nil;<fox>,nil,nil>"),
        (b"THE (quick) fox", b"%A+", 1, b"[%0]", b"ok:4,5", b"ok:< (>", b"ok:<THE[ (]quick[) ]fox>,2", b"ok:<< (>,nil,nil;<) >,nil,nil>"),
        (b"THE (quick) fox", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<T>", b"ok:<[T][H][E][ ][(][q][u][i][c][k][)][ ][f][o][x]>,15", b"ok:<<T>,nil,nil;<H>,nil,nil;<E>,nil,nil;< >,nil,nil;<(>,nil,nil;<q>,nil,nil;<u>,nil,nil;<i>,nil,nil;<c>,nil,nil;<k>,nil,nil;<)>,nil,nil;< >,nil,nil;<f>,nil,nil;<o>,nil,nil;<x>,nil,nil>"),
        (b"THE (quick) fox", b"%l+", 1, b"[%0]", b"ok:6,10", b"ok:<quick>", b"ok:<THE ([quick]) [fox]>,2", b"ok:<<quick>,nil,nil;<fox>,nil,nil>"),
        (b"THE (quick) fox", b"%u+", 1, b"[%0]", b"ok:1,3", b"ok:<THE>", b"ok:<[THE] (quick) fox>,1", b"ok:<<THE>,nil,nil>"),
        (b"THE (quick) fox", b"%s+", 1, b"[%0]", b"ok:4,4", b"ok:< >", b"ok:<THE[ ](quick)[ ]fox>,2", b"ok:<< >,nil,nil;< >,nil,nil>"),
        (b"THE (quick) fox", b"%S+", 1, b"[%0]", b"ok:1,3", b"ok:<THE>", b"ok:<[THE] [(quick)] [fox]>,3", b"ok:<<THE>,nil,nil;<(quick)>,nil,nil;<fox>,nil,nil>"),
        (b"THE (quick) fox", b"%w+", 1, b"[%0]", b"ok:1,3", b"ok:<THE>", b"ok:<[THE] ([quick]) [fox]>,3", b"ok:<<THE>,nil,nil;<quick>,nil,nil;<fox>,nil,nil>"),
        (b"THE (quick) fox", b"%W", 1, b"[%0]", b"ok:4,4", b"ok:< >", b"ok:<THE[ ][(]quick[)][ ]fox>,4", b"ok:<< >,nil,nil;<(>,nil,nil;<)>,nil,nil;< >,nil,nil>"),
        (b"THE (quick) fox", b"%x+", 1, b"[%0]", b"ok:3,3", b"ok:<E>", b"ok:<TH[E] (qui[c]k) [f]ox>,3", b"ok:<<E>,nil,nil;<c>,nil,nil;<f>,nil,nil>"),
        (b"THE (quick) fox", b"%p+", 1, b"[%0]", b"ok:5,5", b"ok:<(>", b"ok:<THE [(]quick[)] fox>,2", b"ok:<<(>,nil,nil;<)>,nil,nil>"),
        (b"THE (quick) fox", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%g+", 1, b"[%0]", b"ok:1,3", b"ok:<THE>", b"ok:<[THE] [(quick)] [fox]>,3", b"ok:<<THE>,nil,nil;<(quick)>,nil,nil;<fox>,nil,nil>"),
        (b"THE (quick) fox", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"[abc]", 1, b"[%0]", b"ok:9,9", b"ok:<c>", b"ok:<THE (qui[c]k) fox>,1", b"ok:<<c>,nil,nil>"),
        (b"THE (quick) fox", b"[^abc]+", 1, b"[%0]", b"ok:1,8", b"ok:<THE (qui>", b"ok:<[THE (qui]c[k) fox]>,2", b"ok:<<THE (qui>,nil,nil;<k) fox>,nil,nil>"),
        (b"THE (quick) fox", b"[a-c]+", 1, b"[%0]", b"ok:9,9", b"ok:<c>", b"ok:<THE (qui[c]k) fox>,1", b"ok:<<c>,nil,nil>"),
        (b"THE (quick) fox", b"[%a%d]+", 1, b"[%0]", b"ok:1,3", b"ok:<THE>", b"ok:<[THE] ([quick]) [fox]>,3", b"ok:<<THE>,nil,nil;<quick>,nil,nil;<fox>,nil,nil>"),
        (b"THE (quick) fox", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<T>", b"ok:<[T][H][E][ ][(][q][u][i][c][k][)][ ][f][o][x]>,15", b"ok:<<T>,nil,nil;<H>,nil,nil;<E>,nil,nil;< >,nil,nil;<(>,nil,nil;<q>,nil,nil;<u>,nil,nil;<i>,nil,nil;<c>,nil,nil;<k>,nil,nil;<)>,nil,nil;< >,nil,nil;<f>,nil,nil;<o>,nil,nil;<x>,nil,nil>"),
        (b"THE (quick) fox", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"[^%s]+", 1, b"[%0]", b"ok:1,3", b"ok:<THE>", b"ok:<[THE] [(quick)] [fox]>,3", b"ok:<<THE>,nil,nil;<(quick)>,nil,nil;<fox>,nil,nil>"),
        (b"THE (quick) fox", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]T[]H[]E[] []([]q[]u[]i[]c[]k[])[] []f[]o[]x[]>,16", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"THE (quick) fox", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]T[]H[]E[] []([]q[]u[]i[]c[]k[])[] []f[]o[]x[]>,16", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil;14,nil,nil;15,nil,nil;16,nil,nil>"),
        (b"THE (quick) fox", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%((%w+)%)", 1, b"[%0]", b"ok:5,11,<quick>", b"ok:<quick>", b"ok:<THE [(quick)] fox>,1", b"ok:<<quick>,nil,nil>"),
        (b"THE (quick) fox", b"%b()", 1, b"[%0]", b"ok:5,11", b"ok:<(quick)>", b"ok:<THE [(quick)] fox>,1", b"ok:<<(quick)>,nil,nil>"),
        (b"THE (quick) fox", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,3", b"ok:<THE>", b"ok:<[THE] ([quick]) [fox]>,3", b"ok:<<THE>,nil,nil;<quick>,nil,nil;<fox>,nil,nil>"),
        (b"THE (quick) fox", b"%f[%W]", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<THE[] (quick[]) fox[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"THE (quick) fox", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]THE ([]quick) []fox>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"THE (quick) fox", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]THE (quick) fox>,1", b"ok:<<>,nil,nil>"),
        (b"THE (quick) fox", b"%f[%z]", 1, b"[%0]", b"ok:16,15", b"ok:<>", b"ok:<THE (quick) fox[]>,1", b"ok:<<>,nil,nil>"),
        (b"THE (quick) fox", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"THE (quick) fox", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"THE (quick) fox", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"THE (quick) fox", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"THE (quick) fox", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"THE (quick) fox", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"THE (quick) fox", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"THE (quick) fox", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"THE (quick) fox", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]T[]H[]E[] []([]q[]u[]i[]c[]k[])[] []f[]o[]x[]>,16", b"err:unfinished capture"),
        (b"THE (quick) fox", b")", 1, b"[%0]", b"ok:11,11", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"THE (quick) fox", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]T[]H[]E[] []([]q[]u[]i[]c[]k[])[] []f[]o[]x[]>,16", b"err:unfinished capture"),
        (b"THE (quick) fox", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"THE (quick) fox", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"THE (quick) fox", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"THE (quick) fox", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"THE (quick) fox", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]T[]H[]E[] []([]q[]u[]i[]c[]k[])[] []f[]o[]x[]>,16", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"THE (quick) fox", b"(.-)%s", 1, b"[%0]", b"ok:1,4,<THE>", b"ok:<THE>", b"ok:<[THE ][(quick) ]fox>,2", b"ok:<<THE>,nil,nil;<(quick)>,nil,nil>"),
        (b"THE (quick) fox", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,15,<THE (quick) fox>", b"ok:<THE (quick) fox>", b"ok:<[THE (quick) fox]>,1", b"ok:<<THE (quick) fox>,nil,nil>"),
        (b"THE (quick) fox", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]THE (quick) fox>,1", b"ok:<>"),
        (b"THE (quick) fox", b"[a-c%-]+", 1, b"[%0]", b"ok:9,9", b"ok:<c>", b"ok:<THE (qui[c]k) fox>,1", b"ok:<<c>,nil,nil>"),
        (b"THE (quick) fox", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"[%w_]+", 1, b"[%0]", b"ok:1,3", b"ok:<THE>", b"ok:<[THE] ([quick]) [fox]>,3", b"ok:<<THE>,nil,nil;<quick>,nil,nil;<fox>,nil,nil>"),
        (b"THE (quick) fox", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[T][H][E][ ][(][q][u][i][c][k][)][ ][f][o][x]>,15", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil;14,nil,nil;15,nil,nil>"),
        (b"THE (quick) fox", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b".*", 1, b"[%0]", b"ok:1,15", b"ok:<THE (quick) fox>", b"ok:<[THE (quick) fox]>,1", b"ok:<<THE (quick) fox>,nil,nil>"),
        (b"THE (quick) fox", b".+", 1, b"[%0]", b"ok:1,15", b"ok:<THE (quick) fox>", b"ok:<[THE (quick) fox]>,1", b"ok:<<THE (quick) fox>,nil,nil>"),
        (b"THE (quick) fox", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<THE (quick) fox>,0", b"ok:<>"),
        (b"THE (quick) fox", b"b*$", 1, b"[%0]", b"ok:16,15", b"ok:<>", b"ok:<THE (quick) fox[]>,1", b"ok:<<>,nil,nil>"),
        (b"THE (quick) fox", b"%x*$", 1, b"[%0]", b"ok:16,15", b"ok:<>", b"ok:<THE (quick) fox[]>,1", b"ok:<<>,nil,nil>"),
        (b"THE (quick) fox", b"[%s%p]+", 1, b"[%0]", b"ok:4,5", b"ok:< (>", b"ok:<THE[ (]quick[) ]fox>,2", b"ok:<< (>,nil,nil;<) >,nil,nil>"),
        (b"a.b.c", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[].[]b[].[]c[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a.b.c", b"a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].b.c>,1", b"ok:<<a>,nil,nil>"),
        (b"a.b.c", b".", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][.][b][.][c]>,5", b"ok:<<a>,nil,nil;<.>,nil,nil;<b>,nil,nil;<.>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"a*", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[]b[].[]c[]>,5", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a.b.c", b"a+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].b.c>,1", b"ok:<<a>,nil,nil>"),
        (b"a.b.c", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[].[]b[].[]c[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a.b.c", b"a?", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[]b[].[]c[]>,5", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a.b.c", b"^a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].b.c>,1", b"ok:<>"),
        (b"a.b.c", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<a.b.c[]>,1", b"ok:<<>,nil,nil>"),
        (b"a.b.c", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a.b.c>,1", b"ok:<>"),
        (b"a.b.c", b"%a+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"%A+", 1, b"[%0]", b"ok:2,2", b"ok:<.>", b"ok:<a[.]b[.]c>,2", b"ok:<<.>,nil,nil;<.>,nil,nil>"),
        (b"a.b.c", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][.][b][.][c]>,5", b"ok:<<a>,nil,nil;<.>,nil,nil;<b>,nil,nil;<.>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"%l+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%S+", 1, b"[%0]", b"ok:1,5", b"ok:<a.b.c>", b"ok:<[a.b.c]>,1", b"ok:<<a.b.c>,nil,nil>"),
        (b"a.b.c", b"%w+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"%W", 1, b"[%0]", b"ok:2,2", b"ok:<.>", b"ok:<a[.]b[.]c>,2", b"ok:<<.>,nil,nil;<.>,nil,nil>"),
        (b"a.b.c", b"%x+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"%p+", 1, b"[%0]", b"ok:2,2", b"ok:<.>", b"ok:<a[.]b[.]c>,2", b"ok:<<.>,nil,nil;<.>,nil,nil>"),
        (b"a.b.c", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%g+", 1, b"[%0]", b"ok:1,5", b"ok:<a.b.c>", b"ok:<[a.b.c]>,1", b"ok:<<a.b.c>,nil,nil>"),
        (b"a.b.c", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"[abc]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"[^abc]+", 1, b"[%0]", b"ok:2,2", b"ok:<.>", b"ok:<a[.]b[.]c>,2", b"ok:<<.>,nil,nil;<.>,nil,nil>"),
        (b"a.b.c", b"[a-c]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"[%a%d]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][.][b][.][c]>,5", b"ok:<<a>,nil,nil;<.>,nil,nil;<b>,nil,nil;<.>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"[a-]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].b.c>,1", b"ok:<<a>,nil,nil>"),
        (b"a.b.c", b"[-a]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].b.c>,1", b"ok:<<a>,nil,nil>"),
        (b"a.b.c", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"[.]", 1, b"[%0]", b"ok:2,2", b"ok:<.>", b"ok:<a[.]b[.]c>,2", b"ok:<<.>,nil,nil;<.>,nil,nil>"),
        (b"a.b.c", b"[^%s]+", 1, b"[%0]", b"ok:1,5", b"ok:<a.b.c>", b"ok:<[a.b.c]>,1", b"ok:<<a.b.c>,nil,nil>"),
        (b"a.b.c", b"(a)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a].b.c>,1", b"ok:<<a>,nil,nil>"),
        (b"a.b.c", b"(a*)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a].[]b[].[]c[]>,5", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a.b.c", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]a[].[]b[].[]c[]>,6", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil>"),
        (b"a.b.c", b"()a()", 1, b"[%0]", b"ok:1,1,1,2", b"ok:1,2", b"ok:<[a].b.c>,1", b"ok:<1,2,nil>"),
        (b"a.b.c", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"%f[%W]", 1, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<a[].b[].c[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a.b.c", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a.[]b.[]c>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a.b.c", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a.b.c>,1", b"ok:<<>,nil,nil>"),
        (b"a.b.c", b"%f[%z]", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<a.b.c[]>,1", b"ok:<<>,nil,nil>"),
        (b"a.b.c", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"a.b.c", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a.b.c", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a.b.c", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a.b.c", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"a.b.c", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"a.b.c", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"a.b.c", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"a.b.c", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[].[]b[].[]c[]>,6", b"err:unfinished capture"),
        (b"a.b.c", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"a.b.c", b"a)", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"a.b.c", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[].[]b[].[]c[]>,6", b"err:unfinished capture"),
        (b"a.b.c", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"a.b.c", b"(a)%2", 1, b"[%0]", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2"),
        (b"a.b.c", b"(a%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"a.b.c", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"a.b.c", b"(a)%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"a.b.c", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a.b.c", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a.b.c", b"a%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"a.b.c", b".-b", 1, b"[%0]", b"ok:1,3", b"ok:<a.b>", b"ok:<[a.b].c>,1", b"ok:<<a.b>,nil,nil>"),
        (b"a.b.c", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[].[]b[].[]c[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a.b.c", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,5,<a.b.c>", b"ok:<a.b.c>", b"ok:<[a.b.c]>,1", b"ok:<<a.b.c>,nil,nil>"),
        (b"a.b.c", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]a.b.c>,1", b"ok:<>"),
        (b"a.b.c", b"[a-c%-]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"%.", 1, b"[%0]", b"ok:2,2", b"ok:<.>", b"ok:<a[.]b[.]c>,2", b"ok:<<.>,nil,nil;<.>,nil,nil>"),
        (b"a.b.c", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"[%w_]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a].[b].[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a.b.c", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[a][.][b][.][c]>,5", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil>"),
        (b"a.b.c", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a.b.c>,0", b"ok:<>"),
        (b"a.b.c", b".*", 1, b"[%0]", b"ok:1,5", b"ok:<a.b.c>", b"ok:<[a.b.c]>,1", b"ok:<<a.b.c>,nil,nil>"),
        (b"a.b.c", b".+", 1, b"[%0]", b"ok:1,5", b"ok:<a.b.c>", b"ok:<[a.b.c]>,1", b"ok:<<a.b.c>,nil,nil>"),
        (b"a.b.c", b"a.-c", 1, b"[%0]", b"ok:1,5", b"ok:<a.b.c>", b"ok:<[a.b.c]>,1", b"ok:<<a.b.c>,nil,nil>"),
        (b"a.b.c", b"b*$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<a.b.c[]>,1", b"ok:<<>,nil,nil>"),
        (b"a.b.c", b"%x*$", 1, b"[%0]", b"ok:5,5", b"ok:<c>", b"ok:<a.b.[c]>,1", b"ok:<<c>,nil,nil>"),
        (b"a.b.c", b"[%s%p]+", 1, b"[%0]", b"ok:2,2", b"ok:<.>", b"ok:<a[.]b[.]c>,2", b"ok:<<.>,nil,nil;<.>,nil,nil>"),
        (b"x\x00y\x00z", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]x[]\x00[]y[]\x00[]z[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b".", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x][\x00][y][\x00][z]>,5", b"ok:<<x>,nil,nil;<\x00>,nil,nil;<y>,nil,nil;<\x00>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]x[]\x00[]y[]\x00[]z[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]x[]\x00[]y[]\x00[]z[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]x[]\x00[]y[]\x00[]z[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<x\x00y\x00z[]>,1", b"ok:<<>,nil,nil>"),
        (b"x\x00y\x00z", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]x\x00y\x00z>,1", b"ok:<>"),
        (b"x\x00y\x00z", b"%a+", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x]\x00[y]\x00[z]>,3", b"ok:<<x>,nil,nil;<y>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"%A+", 1, b"[%0]", b"ok:2,2", b"ok:<\x00>", b"ok:<x[\x00]y[\x00]z>,2", b"ok:<<\x00>,nil,nil;<\x00>,nil,nil>"),
        (b"x\x00y\x00z", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x][\x00][y][\x00][z]>,5", b"ok:<<x>,nil,nil;<\x00>,nil,nil;<y>,nil,nil;<\x00>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"%l+", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x]\x00[y]\x00[z]>,3", b"ok:<<x>,nil,nil;<y>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%S+", 1, b"[%0]", b"ok:1,5", b"ok:<x\x00y\x00z>", b"ok:<[x\x00y\x00z]>,1", b"ok:<<x\x00y\x00z>,nil,nil>"),
        (b"x\x00y\x00z", b"%w+", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x]\x00[y]\x00[z]>,3", b"ok:<<x>,nil,nil;<y>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"%W", 1, b"[%0]", b"ok:2,2", b"ok:<\x00>", b"ok:<x[\x00]y[\x00]z>,2", b"ok:<<\x00>,nil,nil;<\x00>,nil,nil>"),
        (b"x\x00y\x00z", b"%x+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%c", 1, b"[%0]", b"ok:2,2", b"ok:<\x00>", b"ok:<x[\x00]y[\x00]z>,2", b"ok:<<\x00>,nil,nil;<\x00>,nil,nil>"),
        (b"x\x00y\x00z", b"%g+", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x]\x00[y]\x00[z]>,3", b"ok:<<x>,nil,nil;<y>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"%z", 1, b"[%0]", b"ok:2,2", b"ok:<\x00>", b"ok:<x[\x00]y[\x00]z>,2", b"ok:<<\x00>,nil,nil;<\x00>,nil,nil>"),
        (b"x\x00y\x00z", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[^abc]+", 1, b"[%0]", b"ok:1,5", b"ok:<x\x00y\x00z>", b"ok:<[x\x00y\x00z]>,1", b"ok:<<x\x00y\x00z>,nil,nil>"),
        (b"x\x00y\x00z", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[%a%d]+", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x]\x00[y]\x00[z]>,3", b"ok:<<x>,nil,nil;<y>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x][\x00][y][\x00][z]>,5", b"ok:<<x>,nil,nil;<\x00>,nil,nil;<y>,nil,nil;<\x00>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[^%s]+", 1, b"[%0]", b"ok:1,5", b"ok:<x\x00y\x00z>", b"ok:<[x\x00y\x00z]>,1", b"ok:<<x\x00y\x00z>,nil,nil>"),
        (b"x\x00y\x00z", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]x[]\x00[]y[]\x00[]z[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]x[]\x00[]y[]\x00[]z[]>,6", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil>"),
        (b"x\x00y\x00z", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x]\x00[y]\x00[z]>,3", b"ok:<<x>,nil,nil;<y>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"%f[%W]", 1, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<x[]\x00y[]\x00z[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]x\x00[]y\x00[]z>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]x\x00[]y\x00[]z>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"%f[%z]", 1, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<x[]\x00y[]\x00z[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"x%zy", 1, b"[%0]", b"ok:1,3", b"ok:<x\x00y>", b"ok:<[x\x00y]\x00z>,1", b"ok:<<x\x00y>,nil,nil>"),
        (b"x\x00y\x00z", b"x%z", 1, b"[%0]", b"ok:1,2", b"ok:<x\x00>", b"ok:<[x\x00]y\x00z>,1", b"ok:<<x\x00>,nil,nil>"),
        (b"x\x00y\x00z", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"x\x00y\x00z", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"x\x00y\x00z", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"x\x00y\x00z", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"x\x00y\x00z", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"x\x00y\x00z", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"x\x00y\x00z", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"x\x00y\x00z", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"x\x00y\x00z", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]x[]\x00[]y[]\x00[]z[]>,6", b"err:unfinished capture"),
        (b"x\x00y\x00z", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"x\x00y\x00z", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]x[]\x00[]y[]\x00[]z[]>,6", b"err:unfinished capture"),
        (b"x\x00y\x00z", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"x\x00y\x00z", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"x\x00y\x00z", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"x\x00y\x00z", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"x\x00y\x00z", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]x[]\x00[]y[]\x00[]z[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"x\x00y\x00z", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,5,<x\x00y\x00z>", b"ok:<x\x00y\x00z>", b"ok:<[x\x00y\x00z]>,1", b"ok:<<x\x00y\x00z>,nil,nil>"),
        (b"x\x00y\x00z", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]x\x00y\x00z>,1", b"ok:<>"),
        (b"x\x00y\x00z", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"[%w_]+", 1, b"[%0]", b"ok:1,1", b"ok:<x>", b"ok:<[x]\x00[y]\x00[z]>,3", b"ok:<<x>,nil,nil;<y>,nil,nil;<z>,nil,nil>"),
        (b"x\x00y\x00z", b"[\x00]", 1, b"[%0]", b"ok:2,2", b"ok:<\x00>", b"ok:<x[\x00]y[\x00]z>,2", b"ok:<<\x00>,nil,nil;<\x00>,nil,nil>"),
        (b"x\x00y\x00z", b"%z+", 1, b"[%0]", b"ok:2,2", b"ok:<\x00>", b"ok:<x[\x00]y[\x00]z>,2", b"ok:<<\x00>,nil,nil;<\x00>,nil,nil>"),
        (b"x\x00y\x00z", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[x][\x00][y][\x00][z]>,5", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil>"),
        (b"x\x00y\x00z", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b".*", 1, b"[%0]", b"ok:1,5", b"ok:<x\x00y\x00z>", b"ok:<[x\x00y\x00z]>,1", b"ok:<<x\x00y\x00z>,nil,nil>"),
        (b"x\x00y\x00z", b".+", 1, b"[%0]", b"ok:1,5", b"ok:<x\x00y\x00z>", b"ok:<[x\x00y\x00z]>,1", b"ok:<<x\x00y\x00z>,nil,nil>"),
        (b"x\x00y\x00z", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"x\x00y\x00z", b"b*$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<x\x00y\x00z[]>,1", b"ok:<<>,nil,nil>"),
        (b"x\x00y\x00z", b"%x*$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<x\x00y\x00z[]>,1", b"ok:<<>,nil,nil>"),
        (b"x\x00y\x00z", b"[%s%p]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x\x00y\x00z>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]k[]e[]y[]=[]v[]a[]l[];[] []k[]2[]=[]v[]2[]>,15", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"key=val; k2=v2", b"a", 1, b"[%0]", b"ok:6,6", b"ok:<a>", b"ok:<key=v[a]l; k2=v2>,1", b"ok:<<a>,nil,nil>"),
        (b"key=val; k2=v2", b".", 1, b"[%0]", b"ok:1,1", b"ok:<k>", b"ok:<[k][e][y][=][v][a][l][;][ ][k][2][=][v][2]>,14", b"ok:<<k>,nil,nil;<e>,nil,nil;<y>,nil,nil;<=>,nil,nil;<v>,nil,nil;<a>,nil,nil;<l>,nil,nil;<;>,nil,nil;< >,nil,nil;<k>,nil,nil;<2>,nil,nil;<=>,nil,nil;<v>,nil,nil;<2>,nil,nil>"),
        (b"key=val; k2=v2", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]k[]e[]y[]=[]v[a]l[];[] []k[]2[]=[]v[]2[]>,14", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"key=val; k2=v2", b"a+", 1, b"[%0]", b"ok:6,6", b"ok:<a>", b"ok:<key=v[a]l; k2=v2>,1", b"ok:<<a>,nil,nil>"),
        (b"key=val; k2=v2", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]k[]e[]y[]=[]v[]a[]l[];[] []k[]2[]=[]v[]2[]>,15", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"key=val; k2=v2", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]k[]e[]y[]=[]v[a]l[];[] []k[]2[]=[]v[]2[]>,14", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"key=val; k2=v2", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"$", 1, b"[%0]", b"ok:15,14", b"ok:<>", b"ok:<key=val; k2=v2[]>,1", b"ok:<<>,nil,nil>"),
        (b"key=val; k2=v2", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]key=val; k2=v2>,1", b"ok:<>"),
        (b"key=val; k2=v2", b"%a+", 1, b"[%0]", b"ok:1,3", b"ok:<key>", b"ok:<[key]=[val]; [k]2=[v]2>,4", b"ok:<<key>,nil,nil;<val>,nil,nil;<k>,nil,nil;<v>,nil,nil>"),
        (b"key=val; k2=v2", b"%A+", 1, b"[%0]", b"ok:4,4", b"ok:<=>", b"ok:<key[=]val[; ]k[2=]v[2]>,4", b"ok:<<=>,nil,nil;<; >,nil,nil;<2=>,nil,nil;<2>,nil,nil>"),
        (b"key=val; k2=v2", b"%d+", 1, b"[%0]", b"ok:11,11", b"ok:<2>", b"ok:<key=val; k[2]=v[2]>,2", b"ok:<<2>,nil,nil;<2>,nil,nil>"),
        (b"key=val; k2=v2", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<k>", b"ok:<[k][e][y][=][v][a][l][;][ ][k]2[=][v]2>,12", b"ok:<<k>,nil,nil;<e>,nil,nil;<y>,nil,nil;<=>,nil,nil;<v>,nil,nil;<a>,nil,nil;<l>,nil,nil;<;>,nil,nil;< >,nil,nil;<k>,nil,nil;<=>,nil,nil;<v>,nil,nil>"),
        (b"key=val; k2=v2", b"%l+", 1, b"[%0]", b"ok:1,3", b"ok:<key>", b"ok:<[key]=[val]; [k]2=[v]2>,4", b"ok:<<key>,nil,nil;<val>,nil,nil;<k>,nil,nil;<v>,nil,nil>"),
        (b"key=val; k2=v2", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%s+", 1, b"[%0]", b"ok:9,9", b"ok:< >", b"ok:<key=val;[ ]k2=v2>,1", b"ok:<< >,nil,nil>"),
        (b"key=val; k2=v2", b"%S+", 1, b"[%0]", b"ok:1,8", b"ok:<key=val;>", b"ok:<[key=val;] [k2=v2]>,2", b"ok:<<key=val;>,nil,nil;<k2=v2>,nil,nil>"),
        (b"key=val; k2=v2", b"%w+", 1, b"[%0]", b"ok:1,3", b"ok:<key>", b"ok:<[key]=[val]; [k2]=[v2]>,4", b"ok:<<key>,nil,nil;<val>,nil,nil;<k2>,nil,nil;<v2>,nil,nil>"),
        (b"key=val; k2=v2", b"%W", 1, b"[%0]", b"ok:4,4", b"ok:<=>", b"ok:<key[=]val[;][ ]k2[=]v2>,4", b"ok:<<=>,nil,nil;<;>,nil,nil;< >,nil,nil;<=>,nil,nil>"),
        (b"key=val; k2=v2", b"%x+", 1, b"[%0]", b"ok:2,2", b"ok:<e>", b"ok:<k[e]y=v[a]l; k[2]=v[2]>,4", b"ok:<<e>,nil,nil;<a>,nil,nil;<2>,nil,nil;<2>,nil,nil>"),
        (b"key=val; k2=v2", b"%p+", 1, b"[%0]", b"ok:4,4", b"ok:<=>", b"ok:<key[=]val[;] k2[=]v2>,3", b"ok:<<=>,nil,nil;<;>,nil,nil;<=>,nil,nil>"),
        (b"key=val; k2=v2", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%g+", 1, b"[%0]", b"ok:1,8", b"ok:<key=val;>", b"ok:<[key=val;] [k2=v2]>,2", b"ok:<<key=val;>,nil,nil;<k2=v2>,nil,nil>"),
        (b"key=val; k2=v2", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"[abc]", 1, b"[%0]", b"ok:6,6", b"ok:<a>", b"ok:<key=v[a]l; k2=v2>,1", b"ok:<<a>,nil,nil>"),
        (b"key=val; k2=v2", b"[^abc]+", 1, b"[%0]", b"ok:1,5", b"ok:<key=v>", b"ok:<[key=v]a[l; k2=v2]>,2", b"ok:<<key=v>,nil,nil;<l; k2=v2>,nil,nil>"),
        (b"key=val; k2=v2", b"[a-c]+", 1, b"[%0]", b"ok:6,6", b"ok:<a>", b"ok:<key=v[a]l; k2=v2>,1", b"ok:<<a>,nil,nil>"),
        (b"key=val; k2=v2", b"[%a%d]+", 1, b"[%0]", b"ok:1,3", b"ok:<key>", b"ok:<[key]=[val]; [k2]=[v2]>,4", b"ok:<<key>,nil,nil;<val>,nil,nil;<k2>,nil,nil;<v2>,nil,nil>"),
        (b"key=val; k2=v2", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<k>", b"ok:<[k][e][y][=][v][a][l][;][ ][k][2][=][v][2]>,14", b"ok:<<k>,nil,nil;<e>,nil,nil;<y>,nil,nil;<=>,nil,nil;<v>,nil,nil;<a>,nil,nil;<l>,nil,nil;<;>,nil,nil;< >,nil,nil;<k>,nil,nil;<2>,nil,nil;<=>,nil,nil;<v>,nil,nil;<2>,nil,nil>"),
        (b"key=val; k2=v2", b"[a-]", 1, b"[%0]", b"ok:6,6", b"ok:<a>", b"ok:<key=v[a]l; k2=v2>,1", b"ok:<<a>,nil,nil>"),
        (b"key=val; k2=v2", b"[-a]", 1, b"[%0]", b"ok:6,6", b"ok:<a>", b"ok:<key=v[a]l; k2=v2>,1", b"ok:<<a>,nil,nil>"),
        (b"key=val; k2=v2", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"[^%s]+", 1, b"[%0]", b"ok:1,8", b"ok:<key=val;>", b"ok:<[key=val;] [k2=v2]>,2", b"ok:<<key=val;>,nil,nil;<k2=v2>,nil,nil>"),
        (b"key=val; k2=v2", b"(a)", 1, b"[%0]", b"ok:6,6,<a>", b"ok:<a>", b"ok:<key=v[a]l; k2=v2>,1", b"ok:<<a>,nil,nil>"),
        (b"key=val; k2=v2", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]k[]e[]y[]=[]v[a]l[];[] []k[]2[]=[]v[]2[]>,14", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"key=val; k2=v2", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]k[]e[]y[]=[]v[]a[]l[];[] []k[]2[]=[]v[]2[]>,15", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil;14,nil,nil;15,nil,nil>"),
        (b"key=val; k2=v2", b"()a()", 1, b"[%0]", b"ok:6,6,6,7", b"ok:6,7", b"ok:<key=v[a]l; k2=v2>,1", b"ok:<6,7,nil>"),
        (b"key=val; k2=v2", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:1,7,<key>,<val>", b"ok:<key>,<val>", b"ok:<[key=val]; [k2=v2]>,2", b"ok:<<key>,<val>,nil;<k2>,<v2>,nil>"),
        (b"key=val; k2=v2", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,3", b"ok:<key>", b"ok:<[key]=[val]; [k2]=[v2]>,4", b"ok:<<key>,nil,nil;<val>,nil,nil;<k2>,nil,nil;<v2>,nil,nil>"),
        (b"key=val; k2=v2", b"%f[%W]", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<key[]=val[]; k2[]=v2[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"key=val; k2=v2", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]key=[]val; []k2=[]v2>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"key=val; k2=v2", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]key=val; k2=v2>,1", b"ok:<<>,nil,nil>"),
        (b"key=val; k2=v2", b"%f[%z]", 1, b"[%0]", b"ok:15,14", b"ok:<>", b"ok:<key=val; k2=v2[]>,1", b"ok:<<>,nil,nil>"),
        (b"key=val; k2=v2", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"key=val; k2=v2", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"key=val; k2=v2", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"key=val; k2=v2", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"key=val; k2=v2", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"key=val; k2=v2", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"key=val; k2=v2", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"key=val; k2=v2", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"key=val; k2=v2", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]k[]e[]y[]=[]v[]a[]l[];[] []k[]2[]=[]v[]2[]>,15", b"err:unfinished capture"),
        (b"key=val; k2=v2", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"key=val; k2=v2", b"a)", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"key=val; k2=v2", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]k[]e[]y[]=[]v[]a[]l[];[] []k[]2[]=[]v[]2[]>,15", b"err:unfinished capture"),
        (b"key=val; k2=v2", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"key=val; k2=v2", b"(a)%2", 1, b"[%0]", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2"),
        (b"key=val; k2=v2", b"(a%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"key=val; k2=v2", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"key=val; k2=v2", b"(a)%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"key=val; k2=v2", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"key=val; k2=v2", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"key=val; k2=v2", b"a%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"key=val; k2=v2", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]k[]e[]y[]=[]v[]a[]l[];[] []k[]2[]=[]v[]2[]>,15", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"key=val; k2=v2", b"(.-)%s", 1, b"[%0]", b"ok:1,9,<key=val;>", b"ok:<key=val;>", b"ok:<[key=val; ]k2=v2>,1", b"ok:<<key=val;>,nil,nil>"),
        (b"key=val; k2=v2", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,14,<key=val; k2=v2>", b"ok:<key=val; k2=v2>", b"ok:<[key=val; k2=v2]>,1", b"ok:<<key=val; k2=v2>,nil,nil>"),
        (b"key=val; k2=v2", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]key=val; k2=v2>,1", b"ok:<>"),
        (b"key=val; k2=v2", b"[a-c%-]+", 1, b"[%0]", b"ok:6,6", b"ok:<a>", b"ok:<key=v[a]l; k2=v2>,1", b"ok:<<a>,nil,nil>"),
        (b"key=val; k2=v2", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"[%w_]+", 1, b"[%0]", b"ok:1,3", b"ok:<key>", b"ok:<[key]=[val]; [k2]=[v2]>,4", b"ok:<<key>,nil,nil;<val>,nil,nil;<k2>,nil,nil;<v2>,nil,nil>"),
        (b"key=val; k2=v2", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[k][e][y][=][v][a][l][;][ ][k][2][=][v][2]>,14", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil;14,nil,nil>"),
        (b"key=val; k2=v2", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b".*", 1, b"[%0]", b"ok:1,14", b"ok:<key=val; k2=v2>", b"ok:<[key=val; k2=v2]>,1", b"ok:<<key=val; k2=v2>,nil,nil>"),
        (b"key=val; k2=v2", b".+", 1, b"[%0]", b"ok:1,14", b"ok:<key=val; k2=v2>", b"ok:<[key=val; k2=v2]>,1", b"ok:<<key=val; k2=v2>,nil,nil>"),
        (b"key=val; k2=v2", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<key=val; k2=v2>,0", b"ok:<>"),
        (b"key=val; k2=v2", b"b*$", 1, b"[%0]", b"ok:15,14", b"ok:<>", b"ok:<key=val; k2=v2[]>,1", b"ok:<<>,nil,nil>"),
        (b"key=val; k2=v2", b"%x*$", 1, b"[%0]", b"ok:14,14", b"ok:<2>", b"ok:<key=val; k2=v[2]>,1", b"ok:<<2>,nil,nil>"),
        (b"key=val; k2=v2", b"[%s%p]+", 1, b"[%0]", b"ok:4,4", b"ok:<=>", b"ok:<key[=]val[; ]k2[=]v2>,3", b"ok:<<=>,nil,nil;<; >,nil,nil;<=>,nil,nil>"),
        (b"[[nested]]", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[][[][[]n[]e[]s[]t[]e[]d[]][]][]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"[[nested]]", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b".", 1, b"[%0]", b"ok:1,1", b"ok:<[>", b"ok:<[[][[][n][e][s][t][e][d][]][]]>,10", b"ok:<<[>,nil,nil;<[>,nil,nil;<n>,nil,nil;<e>,nil,nil;<s>,nil,nil;<t>,nil,nil;<e>,nil,nil;<d>,nil,nil;<]>,nil,nil;<]>,nil,nil>"),
        (b"[[nested]]", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[][[][[]n[]e[]s[]t[]e[]d[]][]][]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"[[nested]]", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[][[][[]n[]e[]s[]t[]e[]d[]][]][]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"[[nested]]", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[][[][[]n[]e[]s[]t[]e[]d[]][]][]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"[[nested]]", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"$", 1, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<[[nested]][]>,1", b"ok:<<>,nil,nil>"),
        (b"[[nested]]", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[][[nested]]>,1", b"ok:<>"),
        (b"[[nested]]", b"%a+", 1, b"[%0]", b"ok:3,8", b"ok:<nested>", b"ok:<[[[nested]]]>,1", b"ok:<<nested>,nil,nil>"),
        (b"[[nested]]", b"%A+", 1, b"[%0]", b"ok:1,2", b"ok:<[[>", b"ok:<[[[]nested[]]]>,2", b"ok:<<[[>,nil,nil;<]]>,nil,nil>"),
        (b"[[nested]]", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<[>", b"ok:<[[][[][n][e][s][t][e][d][]][]]>,10", b"ok:<<[>,nil,nil;<[>,nil,nil;<n>,nil,nil;<e>,nil,nil;<s>,nil,nil;<t>,nil,nil;<e>,nil,nil;<d>,nil,nil;<]>,nil,nil;<]>,nil,nil>"),
        (b"[[nested]]", b"%l+", 1, b"[%0]", b"ok:3,8", b"ok:<nested>", b"ok:<[[[nested]]]>,1", b"ok:<<nested>,nil,nil>"),
        (b"[[nested]]", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%S+", 1, b"[%0]", b"ok:1,10", b"ok:<[[nested]]>", b"ok:<[[[nested]]]>,1", b"ok:<<[[nested]]>,nil,nil>"),
        (b"[[nested]]", b"%w+", 1, b"[%0]", b"ok:3,8", b"ok:<nested>", b"ok:<[[[nested]]]>,1", b"ok:<<nested>,nil,nil>"),
        (b"[[nested]]", b"%W", 1, b"[%0]", b"ok:1,1", b"ok:<[>", b"ok:<[[][[]nested[]][]]>,4", b"ok:<<[>,nil,nil;<[>,nil,nil;<]>,nil,nil;<]>,nil,nil>"),
        (b"[[nested]]", b"%x+", 1, b"[%0]", b"ok:4,4", b"ok:<e>", b"ok:<[[n[e]st[ed]]]>,2", b"ok:<<e>,nil,nil;<ed>,nil,nil>"),
        (b"[[nested]]", b"%p+", 1, b"[%0]", b"ok:1,2", b"ok:<[[>", b"ok:<[[[]nested[]]]>,2", b"ok:<<[[>,nil,nil;<]]>,nil,nil>"),
        (b"[[nested]]", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%g+", 1, b"[%0]", b"ok:1,10", b"ok:<[[nested]]>", b"ok:<[[[nested]]]>,1", b"ok:<<[[nested]]>,nil,nil>"),
        (b"[[nested]]", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"[^abc]+", 1, b"[%0]", b"ok:1,10", b"ok:<[[nested]]>", b"ok:<[[[nested]]]>,1", b"ok:<<[[nested]]>,nil,nil>"),
        (b"[[nested]]", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"[%a%d]+", 1, b"[%0]", b"ok:3,8", b"ok:<nested>", b"ok:<[[[nested]]]>,1", b"ok:<<nested>,nil,nil>"),
        (b"[[nested]]", b"[%]]", 1, b"[%0]", b"ok:9,9", b"ok:<]>", b"ok:<[[nested[]][]]>,2", b"ok:<<]>,nil,nil;<]>,nil,nil>"),
        (b"[[nested]]", b"[]]", 1, b"[%0]", b"ok:9,9", b"ok:<]>", b"ok:<[[nested[]][]]>,2", b"ok:<<]>,nil,nil;<]>,nil,nil>"),
        (b"[[nested]]", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<[>", b"ok:<[[][[][n][e][s][t][e][d]]]>,8", b"ok:<<[>,nil,nil;<[>,nil,nil;<n>,nil,nil;<e>,nil,nil;<s>,nil,nil;<t>,nil,nil;<e>,nil,nil;<d>,nil,nil>"),
        (b"[[nested]]", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"[^%s]+", 1, b"[%0]", b"ok:1,10", b"ok:<[[nested]]>", b"ok:<[[[nested]]]>,1", b"ok:<<[[nested]]>,nil,nil>"),
        (b"[[nested]]", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[][[][[]n[]e[]s[]t[]e[]d[]][]][]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"[[nested]]", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[][[][[]n[]e[]s[]t[]e[]d[]][]][]>,11", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil>"),
        (b"[[nested]]", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%b[]", 1, b"[%0]", b"ok:1,10", b"ok:<[[nested]]>", b"ok:<[[[nested]]]>,1", b"ok:<<[[nested]]>,nil,nil>"),
        (b"[[nested]]", b"%f[%w]%w+", 1, b"[%0]", b"ok:3,8", b"ok:<nested>", b"ok:<[[[nested]]]>,1", b"ok:<<nested>,nil,nil>"),
        (b"[[nested]]", b"%f[%W]", 1, b"[%0]", b"ok:9,8", b"ok:<>", b"ok:<[[nested[]]]>,1", b"ok:<<>,nil,nil>"),
        (b"[[nested]]", b"%f[%a]", 1, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<[[[]nested]]>,1", b"ok:<<>,nil,nil>"),
        (b"[[nested]]", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[][[nested]]>,1", b"ok:<<>,nil,nil>"),
        (b"[[nested]]", b"%f[%z]", 1, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<[[nested]][]>,1", b"ok:<<>,nil,nil>"),
        (b"[[nested]]", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"(.)%1", 1, b"[%0]", b"ok:1,2,<[>", b"ok:<[>", b"ok:<[[[]nested[]]]>,2", b"ok:<<[>,nil,nil;<]>,nil,nil>"),
        (b"[[nested]]", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"[[nested]]", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"[[nested]]", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"[[nested]]", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"[[nested]]", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"[[nested]]", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"[[nested]]", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"[[nested]]", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"[[nested]]", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[][[][[]n[]e[]s[]t[]e[]d[]][]][]>,11", b"err:unfinished capture"),
        (b"[[nested]]", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"[[nested]]", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[][[][[]n[]e[]s[]t[]e[]d[]][]][]>,11", b"err:unfinished capture"),
        (b"[[nested]]", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"[[nested]]", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"[[nested]]", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"[[nested]]", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"[[nested]]", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[][[][[]n[]e[]s[]t[]e[]d[]][]][]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"[[nested]]", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,10,<[[nested]]>", b"ok:<[[nested]]>", b"ok:<[[[nested]]]>,1", b"ok:<<[[nested]]>,nil,nil>"),
        (b"[[nested]]", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[][[nested]]>,1", b"ok:<>"),
        (b"[[nested]]", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"[%w_]+", 1, b"[%0]", b"ok:3,8", b"ok:<nested>", b"ok:<[[[nested]]]>,1", b"ok:<<nested>,nil,nil>"),
        (b"[[nested]]", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[[][[][n][e][s][t][e][d][]][]]>,10", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil>"),
        (b"[[nested]]", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b".*", 1, b"[%0]", b"ok:1,10", b"ok:<[[nested]]>", b"ok:<[[[nested]]]>,1", b"ok:<<[[nested]]>,nil,nil>"),
        (b"[[nested]]", b".+", 1, b"[%0]", b"ok:1,10", b"ok:<[[nested]]>", b"ok:<[[[nested]]]>,1", b"ok:<<[[nested]]>,nil,nil>"),
        (b"[[nested]]", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[[nested]]>,0", b"ok:<>"),
        (b"[[nested]]", b"b*$", 1, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<[[nested]][]>,1", b"ok:<<>,nil,nil>"),
        (b"[[nested]]", b"%x*$", 1, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<[[nested]][]>,1", b"ok:<<>,nil,nil>"),
        (b"[[nested]]", b"[%s%p]+", 1, b"[%0]", b"ok:1,2", b"ok:<[[>", b"ok:<[[[]nested[]]]>,2", b"ok:<<[[>,nil,nil;<]]>,nil,nil>"),
        (b"1234567890", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]1[]2[]3[]4[]5[]6[]7[]8[]9[]0[]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"1234567890", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b".", 1, b"[%0]", b"ok:1,1", b"ok:<1>", b"ok:<[1][2][3][4][5][6][7][8][9][0]>,10", b"ok:<<1>,nil,nil;<2>,nil,nil;<3>,nil,nil;<4>,nil,nil;<5>,nil,nil;<6>,nil,nil;<7>,nil,nil;<8>,nil,nil;<9>,nil,nil;<0>,nil,nil>"),
        (b"1234567890", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]1[]2[]3[]4[]5[]6[]7[]8[]9[]0[]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"1234567890", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]1[]2[]3[]4[]5[]6[]7[]8[]9[]0[]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"1234567890", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]1[]2[]3[]4[]5[]6[]7[]8[]9[]0[]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"1234567890", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"$", 1, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<1234567890[]>,1", b"ok:<<>,nil,nil>"),
        (b"1234567890", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]1234567890>,1", b"ok:<>"),
        (b"1234567890", b"%a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%A+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"%d+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"%D", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%l+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%S+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"%w+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"%W", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%x+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%g+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[^abc]+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[%a%d]+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<1>", b"ok:<[1][2][3][4][5][6][7][8][9][0]>,10", b"ok:<<1>,nil,nil;<2>,nil,nil;<3>,nil,nil;<4>,nil,nil;<5>,nil,nil;<6>,nil,nil;<7>,nil,nil;<8>,nil,nil;<9>,nil,nil;<0>,nil,nil>"),
        (b"1234567890", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[^%s]+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]1[]2[]3[]4[]5[]6[]7[]8[]9[]0[]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"1234567890", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]1[]2[]3[]4[]5[]6[]7[]8[]9[]0[]>,11", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil>"),
        (b"1234567890", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"%f[%W]", 1, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<1234567890[]>,1", b"ok:<<>,nil,nil>"),
        (b"1234567890", b"%f[%a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]1234567890>,1", b"ok:<<>,nil,nil>"),
        (b"1234567890", b"%f[%z]", 1, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<1234567890[]>,1", b"ok:<<>,nil,nil>"),
        (b"1234567890", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"1234567890", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"1234567890", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"1234567890", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"1234567890", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"1234567890", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"1234567890", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"1234567890", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"1234567890", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]1[]2[]3[]4[]5[]6[]7[]8[]9[]0[]>,11", b"err:unfinished capture"),
        (b"1234567890", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"1234567890", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]1[]2[]3[]4[]5[]6[]7[]8[]9[]0[]>,11", b"err:unfinished capture"),
        (b"1234567890", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"1234567890", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"1234567890", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"1234567890", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"1234567890", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]1[]2[]3[]4[]5[]6[]7[]8[]9[]0[]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"1234567890", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,10,<1234567890>", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]1234567890>,1", b"ok:<>"),
        (b"1234567890", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"[%w_]+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:1,3,<1>,<2>,<3>", b"ok:<1>,<2>,<3>", b"ok:<[123][456][789]0>,3", b"ok:<<1>,<2>,<3>;<4>,<5>,<6>;<7>,<8>,<9>>"),
        (b"1234567890", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[1][2][3][4][5][6][7][8][9][0]>,10", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil>"),
        (b"1234567890", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b".*", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b".+", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"1234567890", b"b*$", 1, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<1234567890[]>,1", b"ok:<<>,nil,nil>"),
        (b"1234567890", b"%x*$", 1, b"[%0]", b"ok:1,10", b"ok:<1234567890>", b"ok:<[1234567890]>,1", b"ok:<<1234567890>,nil,nil>"),
        (b"1234567890", b"[%s%p]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1234567890>,0", b"ok:<>"),
        (b"a+b-c*d", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]+[]b[]-[]c[]*[]d[]>,8", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a+b-c*d", b"a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+b-c*d>,1", b"ok:<<a>,nil,nil>"),
        (b"a+b-c*d", b".", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][+][b][-][c][*][d]>,7", b"ok:<<a>,nil,nil;<+>,nil,nil;<b>,nil,nil;<->,nil,nil;<c>,nil,nil;<*>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"a*", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[]b[]-[]c[]*[]d[]>,7", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a+b-c*d", b"a+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+b-c*d>,1", b"ok:<<a>,nil,nil>"),
        (b"a+b-c*d", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]+[]b[]-[]c[]*[]d[]>,8", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a+b-c*d", b"a?", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[]b[]-[]c[]*[]d[]>,7", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a+b-c*d", b"^a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+b-c*d>,1", b"ok:<>"),
        (b"a+b-c*d", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"$", 1, b"[%0]", b"ok:8,7", b"ok:<>", b"ok:<a+b-c*d[]>,1", b"ok:<<>,nil,nil>"),
        (b"a+b-c*d", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a+b-c*d>,1", b"ok:<>"),
        (b"a+b-c*d", b"%a+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b]-[c]*[d]>,4", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"%A+", 1, b"[%0]", b"ok:2,2", b"ok:<+>", b"ok:<a[+]b[-]c[*]d>,3", b"ok:<<+>,nil,nil;<->,nil,nil;<*>,nil,nil>"),
        (b"a+b-c*d", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][+][b][-][c][*][d]>,7", b"ok:<<a>,nil,nil;<+>,nil,nil;<b>,nil,nil;<->,nil,nil;<c>,nil,nil;<*>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"%l+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b]-[c]*[d]>,4", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%S+", 1, b"[%0]", b"ok:1,7", b"ok:<a+b-c*d>", b"ok:<[a+b-c*d]>,1", b"ok:<<a+b-c*d>,nil,nil>"),
        (b"a+b-c*d", b"%w+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b]-[c]*[d]>,4", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"%W", 1, b"[%0]", b"ok:2,2", b"ok:<+>", b"ok:<a[+]b[-]c[*]d>,3", b"ok:<<+>,nil,nil;<->,nil,nil;<*>,nil,nil>"),
        (b"a+b-c*d", b"%x+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b]-[c]*[d]>,4", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"%p+", 1, b"[%0]", b"ok:2,2", b"ok:<+>", b"ok:<a[+]b[-]c[*]d>,3", b"ok:<<+>,nil,nil;<->,nil,nil;<*>,nil,nil>"),
        (b"a+b-c*d", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%g+", 1, b"[%0]", b"ok:1,7", b"ok:<a+b-c*d>", b"ok:<[a+b-c*d]>,1", b"ok:<<a+b-c*d>,nil,nil>"),
        (b"a+b-c*d", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"[abc]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b]-[c]*d>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a+b-c*d", b"[^abc]+", 1, b"[%0]", b"ok:2,2", b"ok:<+>", b"ok:<a[+]b[-]c[*d]>,3", b"ok:<<+>,nil,nil;<->,nil,nil;<*d>,nil,nil>"),
        (b"a+b-c*d", b"[a-c]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b]-[c]*d>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"a+b-c*d", b"[%a%d]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b]-[c]*[d]>,4", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][+][b][-][c][*][d]>,7", b"ok:<<a>,nil,nil;<+>,nil,nil;<b>,nil,nil;<->,nil,nil;<c>,nil,nil;<*>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"[a-]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+b[-]c*d>,2", b"ok:<<a>,nil,nil;<->,nil,nil>"),
        (b"a+b-c*d", b"[-a]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+b[-]c*d>,2", b"ok:<<a>,nil,nil;<->,nil,nil>"),
        (b"a+b-c*d", b"[%-]", 1, b"[%0]", b"ok:4,4", b"ok:<->", b"ok:<a+b[-]c*d>,1", b"ok:<<->,nil,nil>"),
        (b"a+b-c*d", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"[^%s]+", 1, b"[%0]", b"ok:1,7", b"ok:<a+b-c*d>", b"ok:<[a+b-c*d]>,1", b"ok:<<a+b-c*d>,nil,nil>"),
        (b"a+b-c*d", b"(a)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a]+b-c*d>,1", b"ok:<<a>,nil,nil>"),
        (b"a+b-c*d", b"(a*)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a]+[]b[]-[]c[]*[]d[]>,7", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a+b-c*d", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]a[]+[]b[]-[]c[]*[]d[]>,8", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil>"),
        (b"a+b-c*d", b"()a()", 1, b"[%0]", b"ok:1,1,1,2", b"ok:1,2", b"ok:<[a]+b-c*d>,1", b"ok:<1,2,nil>"),
        (b"a+b-c*d", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b]-[c]*[d]>,4", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"%f[%W]", 1, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<a[]+b[]-c[]*d[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a+b-c*d", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a+[]b-[]c*[]d>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a+b-c*d", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a+b-c*d>,1", b"ok:<<>,nil,nil>"),
        (b"a+b-c*d", b"%f[%z]", 1, b"[%0]", b"ok:8,7", b"ok:<>", b"ok:<a+b-c*d[]>,1", b"ok:<<>,nil,nil>"),
        (b"a+b-c*d", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"a+b-c*d", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a+b-c*d", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a+b-c*d", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a+b-c*d", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"a+b-c*d", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"a+b-c*d", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"a+b-c*d", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"a+b-c*d", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]+[]b[]-[]c[]*[]d[]>,8", b"err:unfinished capture"),
        (b"a+b-c*d", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"a+b-c*d", b"a)", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"a+b-c*d", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]+[]b[]-[]c[]*[]d[]>,8", b"err:unfinished capture"),
        (b"a+b-c*d", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"a+b-c*d", b"(a)%2", 1, b"[%0]", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2"),
        (b"a+b-c*d", b"(a%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"a+b-c*d", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"a+b-c*d", b"(a)%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"a+b-c*d", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a+b-c*d", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"a+b-c*d", b"a%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"a+b-c*d", b".-b", 1, b"[%0]", b"ok:1,3", b"ok:<a+b>", b"ok:<[a+b]-c*d>,1", b"ok:<<a+b>,nil,nil>"),
        (b"a+b-c*d", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]+[]b[]-[]c[]*[]d[]>,8", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"a+b-c*d", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,7,<a+b-c*d>", b"ok:<a+b-c*d>", b"ok:<[a+b-c*d]>,1", b"ok:<<a+b-c*d>,nil,nil>"),
        (b"a+b-c*d", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]a+b-c*d>,1", b"ok:<>"),
        (b"a+b-c*d", b"[a-c%-]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b-c]*d>,2", b"ok:<<a>,nil,nil;<b-c>,nil,nil>"),
        (b"a+b-c*d", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"[%w_]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]+[b]-[c]*[d]>,4", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil;<d>,nil,nil>"),
        (b"a+b-c*d", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[a][+][b][-][c][*][d]>,7", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil>"),
        (b"a+b-c*d", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a+b-c*d>,0", b"ok:<>"),
        (b"a+b-c*d", b".*", 1, b"[%0]", b"ok:1,7", b"ok:<a+b-c*d>", b"ok:<[a+b-c*d]>,1", b"ok:<<a+b-c*d>,nil,nil>"),
        (b"a+b-c*d", b".+", 1, b"[%0]", b"ok:1,7", b"ok:<a+b-c*d>", b"ok:<[a+b-c*d]>,1", b"ok:<<a+b-c*d>,nil,nil>"),
        (b"a+b-c*d", b"a.-c", 1, b"[%0]", b"ok:1,5", b"ok:<a+b-c>", b"ok:<[a+b-c]*d>,1", b"ok:<<a+b-c>,nil,nil>"),
        (b"a+b-c*d", b"b*$", 1, b"[%0]", b"ok:8,7", b"ok:<>", b"ok:<a+b-c*d[]>,1", b"ok:<<>,nil,nil>"),
        (b"a+b-c*d", b"%x*$", 1, b"[%0]", b"ok:7,7", b"ok:<d>", b"ok:<a+b-c*[d]>,1", b"ok:<<d>,nil,nil>"),
        (b"a+b-c*d", b"[%s%p]+", 1, b"[%0]", b"ok:2,2", b"ok:<+>", b"ok:<a[+]b[-]c[*]d>,3", b"ok:<<+>,nil,nil;<->,nil,nil;<*>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]\x0a[]\x09[]\x0b[]\x0c[]\x0d[] []>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b".", 1, b"[%0]", b"ok:1,1", b"ok:<\x0a>", b"ok:<[\x0a][\x09][\x0b][\x0c][\x0d][ ]>,6", b"ok:<<\x0a>,nil,nil;<\x09>,nil,nil;<\x0b>,nil,nil;<\x0c>,nil,nil;<\x0d>,nil,nil;< >,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]\x0a[]\x09[]\x0b[]\x0c[]\x0d[] []>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]\x0a[]\x09[]\x0b[]\x0c[]\x0d[] []>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]\x0a[]\x09[]\x0b[]\x0c[]\x0d[] []>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"$", 1, b"[%0]", b"ok:7,6", b"ok:<>", b"ok:<\x0a\x09\x0b\x0c\x0d []>,1", b"ok:<<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]\x0a\x09\x0b\x0c\x0d >,1", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%A+", 1, b"[%0]", b"ok:1,6", b"ok:<\x0a\x09\x0b\x0c\x0d >", b"ok:<[\x0a\x09\x0b\x0c\x0d ]>,1", b"ok:<<\x0a\x09\x0b\x0c\x0d >,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<\x0a>", b"ok:<[\x0a][\x09][\x0b][\x0c][\x0d][ ]>,6", b"ok:<<\x0a>,nil,nil;<\x09>,nil,nil;<\x0b>,nil,nil;<\x0c>,nil,nil;<\x0d>,nil,nil;< >,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%l+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%s+", 1, b"[%0]", b"ok:1,6", b"ok:<\x0a\x09\x0b\x0c\x0d >", b"ok:<[\x0a\x09\x0b\x0c\x0d ]>,1", b"ok:<<\x0a\x09\x0b\x0c\x0d >,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%S+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%w+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%W", 1, b"[%0]", b"ok:1,1", b"ok:<\x0a>", b"ok:<[\x0a][\x09][\x0b][\x0c][\x0d][ ]>,6", b"ok:<<\x0a>,nil,nil;<\x09>,nil,nil;<\x0b>,nil,nil;<\x0c>,nil,nil;<\x0d>,nil,nil;< >,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%x+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%c", 1, b"[%0]", b"ok:1,1", b"ok:<\x0a>", b"ok:<[\x0a][\x09][\x0b][\x0c][\x0d] >,5", b"ok:<<\x0a>,nil,nil;<\x09>,nil,nil;<\x0b>,nil,nil;<\x0c>,nil,nil;<\x0d>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%g+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[^abc]+", 1, b"[%0]", b"ok:1,6", b"ok:<\x0a\x09\x0b\x0c\x0d >", b"ok:<[\x0a\x09\x0b\x0c\x0d ]>,1", b"ok:<<\x0a\x09\x0b\x0c\x0d >,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[%a%d]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<\x0a>", b"ok:<[\x0a][\x09][\x0b][\x0c][\x0d][ ]>,6", b"ok:<<\x0a>,nil,nil;<\x09>,nil,nil;<\x0b>,nil,nil;<\x0c>,nil,nil;<\x0d>,nil,nil;< >,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[^%s]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]\x0a[]\x09[]\x0b[]\x0c[]\x0d[] []>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]\x0a[]\x09[]\x0b[]\x0c[]\x0d[] []>,7", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%f[%w]%w+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%f[%W]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%f[%a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]\x0a\x09\x0b\x0c\x0d >,1", b"ok:<<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%f[%z]", 1, b"[%0]", b"ok:7,6", b"ok:<>", b"ok:<\x0a\x09\x0b\x0c\x0d []>,1", b"ok:<<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]\x0a[]\x09[]\x0b[]\x0c[]\x0d[] []>,7", b"err:unfinished capture"),
        (b"\x0a\x09\x0b\x0c\x0d ", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]\x0a[]\x09[]\x0b[]\x0c[]\x0d[] []>,7", b"err:unfinished capture"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]\x0a[]\x09[]\x0b[]\x0c[]\x0d[] []>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(.-)%s", 1, b"[%0]", b"ok:1,1,<>", b"ok:<>", b"ok:<[\x0a][\x09][\x0b][\x0c][\x0d][ ]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,6,<>", b"ok:<>", b"ok:<[\x0a\x09\x0b\x0c\x0d ]>,1", b"ok:<<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"^(%s*)", 1, b"[%0]", b"ok:1,6,<\x0a\x09\x0b\x0c\x0d >", b"ok:<\x0a\x09\x0b\x0c\x0d >", b"ok:<[\x0a\x09\x0b\x0c\x0d ]>,1", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[%w_]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[\x0a][\x09][\x0b][\x0c][\x0d][ ]>,6", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b".*", 1, b"[%0]", b"ok:1,6", b"ok:<\x0a\x09\x0b\x0c\x0d >", b"ok:<[\x0a\x09\x0b\x0c\x0d ]>,1", b"ok:<<\x0a\x09\x0b\x0c\x0d >,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b".+", 1, b"[%0]", b"ok:1,6", b"ok:<\x0a\x09\x0b\x0c\x0d >", b"ok:<[\x0a\x09\x0b\x0c\x0d ]>,1", b"ok:<<\x0a\x09\x0b\x0c\x0d >,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<\x0a\x09\x0b\x0c\x0d >,0", b"ok:<>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"b*$", 1, b"[%0]", b"ok:7,6", b"ok:<>", b"ok:<\x0a\x09\x0b\x0c\x0d []>,1", b"ok:<<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"%x*$", 1, b"[%0]", b"ok:7,6", b"ok:<>", b"ok:<\x0a\x09\x0b\x0c\x0d []>,1", b"ok:<<>,nil,nil>"),
        (b"\x0a\x09\x0b\x0c\x0d ", b"[%s%p]+", 1, b"[%0]", b"ok:1,6", b"ok:<\x0a\x09\x0b\x0c\x0d >", b"ok:<[\x0a\x09\x0b\x0c\x0d ]>,1", b"ok:<<\x0a\x09\x0b\x0c\x0d >,nil,nil>"),
        (b"caf\xc3\xa9", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]c[]a[]f[]\xc3[]\xa9[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"caf\xc3\xa9", b"a", 1, b"[%0]", b"ok:2,2", b"ok:<a>", b"ok:<c[a]f\xc3\xa9>,1", b"ok:<<a>,nil,nil>"),
        (b"caf\xc3\xa9", b".", 1, b"[%0]", b"ok:1,1", b"ok:<c>", b"ok:<[c][a][f][\xc3][\xa9]>,5", b"ok:<<c>,nil,nil;<a>,nil,nil;<f>,nil,nil;<\xc3>,nil,nil;<\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]c[a]f[]\xc3[]\xa9[]>,5", b"ok:<<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"caf\xc3\xa9", b"a+", 1, b"[%0]", b"ok:2,2", b"ok:<a>", b"ok:<c[a]f\xc3\xa9>,1", b"ok:<<a>,nil,nil>"),
        (b"caf\xc3\xa9", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]c[]a[]f[]\xc3[]\xa9[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"caf\xc3\xa9", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]c[a]f[]\xc3[]\xa9[]>,5", b"ok:<<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"caf\xc3\xa9", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<caf\xc3\xa9[]>,1", b"ok:<<>,nil,nil>"),
        (b"caf\xc3\xa9", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]caf\xc3\xa9>,1", b"ok:<>"),
        (b"caf\xc3\xa9", b"%a+", 1, b"[%0]", b"ok:1,3", b"ok:<caf>", b"ok:<[caf]\xc3\xa9>,1", b"ok:<<caf>,nil,nil>"),
        (b"caf\xc3\xa9", b"%A+", 1, b"[%0]", b"ok:4,5", b"ok:<\xc3\xa9>", b"ok:<caf[\xc3\xa9]>,1", b"ok:<<\xc3\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<c>", b"ok:<[c][a][f][\xc3][\xa9]>,5", b"ok:<<c>,nil,nil;<a>,nil,nil;<f>,nil,nil;<\xc3>,nil,nil;<\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"%l+", 1, b"[%0]", b"ok:1,3", b"ok:<caf>", b"ok:<[caf]\xc3\xa9>,1", b"ok:<<caf>,nil,nil>"),
        (b"caf\xc3\xa9", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%S+", 1, b"[%0]", b"ok:1,5", b"ok:<caf\xc3\xa9>", b"ok:<[caf\xc3\xa9]>,1", b"ok:<<caf\xc3\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"%w+", 1, b"[%0]", b"ok:1,3", b"ok:<caf>", b"ok:<[caf]\xc3\xa9>,1", b"ok:<<caf>,nil,nil>"),
        (b"caf\xc3\xa9", b"%W", 1, b"[%0]", b"ok:4,4", b"ok:<\xc3>", b"ok:<caf[\xc3][\xa9]>,2", b"ok:<<\xc3>,nil,nil;<\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"%x+", 1, b"[%0]", b"ok:1,3", b"ok:<caf>", b"ok:<[caf]\xc3\xa9>,1", b"ok:<<caf>,nil,nil>"),
        (b"caf\xc3\xa9", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%g+", 1, b"[%0]", b"ok:1,3", b"ok:<caf>", b"ok:<[caf]\xc3\xa9>,1", b"ok:<<caf>,nil,nil>"),
        (b"caf\xc3\xa9", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"[abc]", 1, b"[%0]", b"ok:1,1", b"ok:<c>", b"ok:<[c][a]f\xc3\xa9>,2", b"ok:<<c>,nil,nil;<a>,nil,nil>"),
        (b"caf\xc3\xa9", b"[^abc]+", 1, b"[%0]", b"ok:3,5", b"ok:<f\xc3\xa9>", b"ok:<ca[f\xc3\xa9]>,1", b"ok:<<f\xc3\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"[a-c]+", 1, b"[%0]", b"ok:1,2", b"ok:<ca>", b"ok:<[ca]f\xc3\xa9>,1", b"ok:<<ca>,nil,nil>"),
        (b"caf\xc3\xa9", b"[%a%d]+", 1, b"[%0]", b"ok:1,3", b"ok:<caf>", b"ok:<[caf]\xc3\xa9>,1", b"ok:<<caf>,nil,nil>"),
        (b"caf\xc3\xa9", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<c>", b"ok:<[c][a][f][\xc3][\xa9]>,5", b"ok:<<c>,nil,nil;<a>,nil,nil;<f>,nil,nil;<\xc3>,nil,nil;<\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"[a-]", 1, b"[%0]", b"ok:2,2", b"ok:<a>", b"ok:<c[a]f\xc3\xa9>,1", b"ok:<<a>,nil,nil>"),
        (b"caf\xc3\xa9", b"[-a]", 1, b"[%0]", b"ok:2,2", b"ok:<a>", b"ok:<c[a]f\xc3\xa9>,1", b"ok:<<a>,nil,nil>"),
        (b"caf\xc3\xa9", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"[^%s]+", 1, b"[%0]", b"ok:1,5", b"ok:<caf\xc3\xa9>", b"ok:<[caf\xc3\xa9]>,1", b"ok:<<caf\xc3\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"(a)", 1, b"[%0]", b"ok:2,2,<a>", b"ok:<a>", b"ok:<c[a]f\xc3\xa9>,1", b"ok:<<a>,nil,nil>"),
        (b"caf\xc3\xa9", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]c[a]f[]\xc3[]\xa9[]>,5", b"ok:<<>,nil,nil;<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"caf\xc3\xa9", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]c[]a[]f[]\xc3[]\xa9[]>,6", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil>"),
        (b"caf\xc3\xa9", b"()a()", 1, b"[%0]", b"ok:2,2,2,3", b"ok:2,3", b"ok:<c[a]f\xc3\xa9>,1", b"ok:<2,3,nil>"),
        (b"caf\xc3\xa9", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,3", b"ok:<caf>", b"ok:<[caf]\xc3\xa9>,1", b"ok:<<caf>,nil,nil>"),
        (b"caf\xc3\xa9", b"%f[%W]", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<caf[]\xc3\xa9>,1", b"ok:<<>,nil,nil>"),
        (b"caf\xc3\xa9", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]caf\xc3\xa9>,1", b"ok:<<>,nil,nil>"),
        (b"caf\xc3\xa9", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]caf\xc3\xa9>,1", b"ok:<<>,nil,nil>"),
        (b"caf\xc3\xa9", b"%f[%z]", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<caf\xc3\xa9[]>,1", b"ok:<<>,nil,nil>"),
        (b"caf\xc3\xa9", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"caf\xc3\xa9", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"caf\xc3\xa9", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"caf\xc3\xa9", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"caf\xc3\xa9", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"caf\xc3\xa9", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"caf\xc3\xa9", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"caf\xc3\xa9", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"caf\xc3\xa9", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]c[]a[]f[]\xc3[]\xa9[]>,6", b"err:unfinished capture"),
        (b"caf\xc3\xa9", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"caf\xc3\xa9", b"a)", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"caf\xc3\xa9", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]c[]a[]f[]\xc3[]\xa9[]>,6", b"err:unfinished capture"),
        (b"caf\xc3\xa9", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"caf\xc3\xa9", b"(a)%2", 1, b"[%0]", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2"),
        (b"caf\xc3\xa9", b"(a%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"caf\xc3\xa9", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"caf\xc3\xa9", b"(a)%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"caf\xc3\xa9", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"caf\xc3\xa9", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"caf\xc3\xa9", b"a%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"caf\xc3\xa9", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]c[]a[]f[]\xc3[]\xa9[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"caf\xc3\xa9", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,5,<caf\xc3\xa9>", b"ok:<caf\xc3\xa9>", b"ok:<[caf\xc3\xa9]>,1", b"ok:<<caf\xc3\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]caf\xc3\xa9>,1", b"ok:<>"),
        (b"caf\xc3\xa9", b"[a-c%-]+", 1, b"[%0]", b"ok:1,2", b"ok:<ca>", b"ok:<[ca]f\xc3\xa9>,1", b"ok:<<ca>,nil,nil>"),
        (b"caf\xc3\xa9", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"[%w_]+", 1, b"[%0]", b"ok:1,3", b"ok:<caf>", b"ok:<[caf]\xc3\xa9>,1", b"ok:<<caf>,nil,nil>"),
        (b"caf\xc3\xa9", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[c][a][f][\xc3][\xa9]>,5", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil>"),
        (b"caf\xc3\xa9", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b".*", 1, b"[%0]", b"ok:1,5", b"ok:<caf\xc3\xa9>", b"ok:<[caf\xc3\xa9]>,1", b"ok:<<caf\xc3\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b".+", 1, b"[%0]", b"ok:1,5", b"ok:<caf\xc3\xa9>", b"ok:<[caf\xc3\xa9]>,1", b"ok:<<caf\xc3\xa9>,nil,nil>"),
        (b"caf\xc3\xa9", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"caf\xc3\xa9", b"b*$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<caf\xc3\xa9[]>,1", b"ok:<<>,nil,nil>"),
        (b"caf\xc3\xa9", b"%x*$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<caf\xc3\xa9[]>,1", b"ok:<<>,nil,nil>"),
        (b"caf\xc3\xa9", b"[%s%p]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<caf\xc3\xa9>,0", b"ok:<>"),
        (b"%%%", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]%[]%[]%[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"%%%", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b".", 1, b"[%0]", b"ok:1,1", b"ok:<%>", b"ok:<[%][%][%]>,3", b"ok:<<%>,nil,nil;<%>,nil,nil;<%>,nil,nil>"),
        (b"%%%", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]%[]%[]%[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"%%%", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]%[]%[]%[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"%%%", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]%[]%[]%[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"%%%", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"$", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<%%%[]>,1", b"ok:<<>,nil,nil>"),
        (b"%%%", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]%%%>,1", b"ok:<>"),
        (b"%%%", b"%a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%A+", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<%>", b"ok:<[%][%][%]>,3", b"ok:<<%>,nil,nil;<%>,nil,nil;<%>,nil,nil>"),
        (b"%%%", b"%l+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%S+", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b"%w+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%W", 1, b"[%0]", b"ok:1,1", b"ok:<%>", b"ok:<[%][%][%]>,3", b"ok:<<%>,nil,nil;<%>,nil,nil;<%>,nil,nil>"),
        (b"%%%", b"%x+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%p+", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%g+", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[^abc]+", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[%a%d]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<%>", b"ok:<[%][%][%]>,3", b"ok:<<%>,nil,nil;<%>,nil,nil;<%>,nil,nil>"),
        (b"%%%", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[^%s]+", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]%[]%[]%[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"%%%", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]%[]%[]%[]>,4", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil>"),
        (b"%%%", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%f[%w]%w+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%f[%W]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%f[%a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]%%%>,1", b"ok:<<>,nil,nil>"),
        (b"%%%", b"%f[%z]", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<%%%[]>,1", b"ok:<<>,nil,nil>"),
        (b"%%%", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"(.)%1", 1, b"[%0]", b"ok:1,2,<%>", b"ok:<%>", b"ok:<[%%]%>,1", b"ok:<<%>,nil,nil>"),
        (b"%%%", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"%%%", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"%%%", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"%%%", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"%%%", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"%%%", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"%%%", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"%%%", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"%%%", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]%[]%[]%[]>,4", b"err:unfinished capture"),
        (b"%%%", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"%%%", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]%[]%[]%[]>,4", b"err:unfinished capture"),
        (b"%%%", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"%%%", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"%%%", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"%%%", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"%%%", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]%[]%[]%[]>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"%%%", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,3,<%%%>", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]%%%>,1", b"ok:<>"),
        (b"%%%", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%%", 1, b"[%0]", b"ok:1,1", b"ok:<%>", b"ok:<[%][%][%]>,3", b"ok:<<%>,nil,nil;<%>,nil,nil;<%>,nil,nil>"),
        (b"%%%", b"%%+", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[%w_]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[%][%][%]>,3", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil>"),
        (b"%%%", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b".*", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b".+", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"%%%", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<%%%>,0", b"ok:<>"),
        (b"%%%", b"b*$", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<%%%[]>,1", b"ok:<<>,nil,nil>"),
        (b"%%%", b"%x*$", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<%%%[]>,1", b"ok:<<>,nil,nil>"),
        (b"%%%", b"[%s%p]+", 1, b"[%0]", b"ok:1,3", b"ok:<%%%>", b"ok:<[%%%]>,1", b"ok:<<%%%>,nil,nil>"),
        (b"^$", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]^[]$[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"^$", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b".", 1, b"[%0]", b"ok:1,1", b"ok:<^>", b"ok:<[^][$]>,2", b"ok:<<^>,nil,nil;<$>,nil,nil>"),
        (b"^$", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]^[]$[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"^$", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]^[]$[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"^$", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]^[]$[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"^$", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"$", 1, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<^$[]>,1", b"ok:<<>,nil,nil>"),
        (b"^$", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]^$>,1", b"ok:<<^>,nil,nil>"),
        (b"^$", b"%a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%A+", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<^>", b"ok:<[^][$]>,2", b"ok:<<^>,nil,nil;<$>,nil,nil>"),
        (b"^$", b"%l+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%S+", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b"%w+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%W", 1, b"[%0]", b"ok:1,1", b"ok:<^>", b"ok:<[^][$]>,2", b"ok:<<^>,nil,nil;<$>,nil,nil>"),
        (b"^$", b"%x+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%p+", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%g+", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[^abc]+", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[%a%d]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<^>", b"ok:<[^][$]>,2", b"ok:<<^>,nil,nil;<$>,nil,nil>"),
        (b"^$", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[^%s]+", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]^[]$[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"^$", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]^[]$[]>,3", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil>"),
        (b"^$", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%f[%w]%w+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%f[%W]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%f[%a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]^$>,1", b"ok:<<>,nil,nil>"),
        (b"^$", b"%f[%z]", 1, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<^$[]>,1", b"ok:<<>,nil,nil>"),
        (b"^$", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"^$", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"^$", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"^$", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"^$", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"^$", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"^$", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"^$", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"^$", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]^[]$[]>,3", b"err:unfinished capture"),
        (b"^$", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"^$", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]^[]$[]>,3", b"err:unfinished capture"),
        (b"^$", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"^$", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"^$", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"^$", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"^$", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]^[]$[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"^$", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,2,<^$>", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]^$>,1", b"ok:<<>,nil,nil>"),
        (b"^$", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%$", 1, b"[%0]", b"ok:2,2", b"ok:<$>", b"ok:<^[$]>,1", b"ok:<<$>,nil,nil>"),
        (b"^$", b"^%^", 1, b"[%0]", b"ok:1,1", b"ok:<^>", b"ok:<[^]$>,1", b"ok:<>"),
        (b"^$", b"%^%$", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b"[%w_]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[^][$]>,2", b"ok:<1,nil,nil;2,nil,nil>"),
        (b"^$", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b".*", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b".+", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"^$", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<^$>,0", b"ok:<>"),
        (b"^$", b"b*$", 1, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<^$[]>,1", b"ok:<<>,nil,nil>"),
        (b"^$", b"%x*$", 1, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<^$[]>,1", b"ok:<<>,nil,nil>"),
        (b"^$", b"[%s%p]+", 1, b"[%0]", b"ok:1,2", b"ok:<^$>", b"ok:<[^$]>,1", b"ok:<<^$>,nil,nil>"),
        (b"aXbXc", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]X[]b[]X[]c[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"aXbXc", b"a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]XbXc>,1", b"ok:<<a>,nil,nil>"),
        (b"aXbXc", b".", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][X][b][X][c]>,5", b"ok:<<a>,nil,nil;<X>,nil,nil;<b>,nil,nil;<X>,nil,nil;<c>,nil,nil>"),
        (b"aXbXc", b"a*", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]X[]b[]X[]c[]>,5", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"aXbXc", b"a+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]XbXc>,1", b"ok:<<a>,nil,nil>"),
        (b"aXbXc", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]X[]b[]X[]c[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"aXbXc", b"a?", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]X[]b[]X[]c[]>,5", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"aXbXc", b"^a", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]XbXc>,1", b"ok:<>"),
        (b"aXbXc", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<aXbXc[]>,1", b"ok:<<>,nil,nil>"),
        (b"aXbXc", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]aXbXc>,1", b"ok:<>"),
        (b"aXbXc", b"%a+", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"%A+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][X][b][X][c]>,5", b"ok:<<a>,nil,nil;<X>,nil,nil;<b>,nil,nil;<X>,nil,nil;<c>,nil,nil>"),
        (b"aXbXc", b"%l+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]X[b]X[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"aXbXc", b"%u+", 1, b"[%0]", b"ok:2,2", b"ok:<X>", b"ok:<a[X]b[X]c>,2", b"ok:<<X>,nil,nil;<X>,nil,nil>"),
        (b"aXbXc", b"%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%S+", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"%w+", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"%W", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%x+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]X[b]X[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"aXbXc", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%g+", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"[abc]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]X[b]X[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"aXbXc", b"[^abc]+", 1, b"[%0]", b"ok:2,2", b"ok:<X>", b"ok:<a[X]b[X]c>,2", b"ok:<<X>,nil,nil;<X>,nil,nil>"),
        (b"aXbXc", b"[a-c]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]X[b]X[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"aXbXc", b"[%a%d]+", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][X][b][X][c]>,5", b"ok:<<a>,nil,nil;<X>,nil,nil;<b>,nil,nil;<X>,nil,nil;<c>,nil,nil>"),
        (b"aXbXc", b"[a-]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]XbXc>,1", b"ok:<<a>,nil,nil>"),
        (b"aXbXc", b"[-a]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]XbXc>,1", b"ok:<<a>,nil,nil>"),
        (b"aXbXc", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"[^%s]+", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"(a)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a]XbXc>,1", b"ok:<<a>,nil,nil>"),
        (b"aXbXc", b"(a*)", 1, b"[%0]", b"ok:1,1,<a>", b"ok:<a>", b"ok:<[a]X[]b[]X[]c[]>,5", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"aXbXc", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]a[]X[]b[]X[]c[]>,6", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil>"),
        (b"aXbXc", b"()a()", 1, b"[%0]", b"ok:1,1,1,2", b"ok:1,2", b"ok:<[a]XbXc>,1", b"ok:<1,2,nil>"),
        (b"aXbXc", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"%f[%W]", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<aXbXc[]>,1", b"ok:<<>,nil,nil>"),
        (b"aXbXc", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]aXbXc>,1", b"ok:<<>,nil,nil>"),
        (b"aXbXc", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]aXbXc>,1", b"ok:<<>,nil,nil>"),
        (b"aXbXc", b"%f[%z]", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<aXbXc[]>,1", b"ok:<<>,nil,nil>"),
        (b"aXbXc", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"(.)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"aXbXc", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aXbXc", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aXbXc", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aXbXc", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"aXbXc", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"aXbXc", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"aXbXc", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"aXbXc", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]X[]b[]X[]c[]>,6", b"err:unfinished capture"),
        (b"aXbXc", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"aXbXc", b"a)", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"aXbXc", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]X[]b[]X[]c[]>,6", b"err:unfinished capture"),
        (b"aXbXc", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"aXbXc", b"(a)%2", 1, b"[%0]", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2", b"err:invalid capture index %2"),
        (b"aXbXc", b"(a%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"aXbXc", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"aXbXc", b"(a)%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"aXbXc", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aXbXc", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"aXbXc", b"a%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"aXbXc", b".-b", 1, b"[%0]", b"ok:1,3", b"ok:<aXb>", b"ok:<[aXb]Xc>,1", b"ok:<<aXb>,nil,nil>"),
        (b"aXbXc", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]X[]b[]X[]c[]>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"aXbXc", b"(.-)%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,5,<aXbXc>", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]aXbXc>,1", b"ok:<>"),
        (b"aXbXc", b"[a-c%-]+", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a]X[b]X[c]>,3", b"ok:<<a>,nil,nil;<b>,nil,nil;<c>,nil,nil>"),
        (b"aXbXc", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"[%w_]+", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[a][X][b][X][c]>,5", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil>"),
        (b"aXbXc", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"aXbXc", b".*", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b".+", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"a.-c", 1, b"[%0]", b"ok:1,5", b"ok:<aXbXc>", b"ok:<[aXbXc]>,1", b"ok:<<aXbXc>,nil,nil>"),
        (b"aXbXc", b"b*$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<aXbXc[]>,1", b"ok:<<>,nil,nil>"),
        (b"aXbXc", b"%x*$", 1, b"[%0]", b"ok:5,5", b"ok:<c>", b"ok:<aXbX[c]>,1", b"ok:<<c>,nil,nil>"),
        (b"aXbXc", b"[%s%p]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aXbXc>,0", b"ok:<>"),
        (b"one two  three", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]o[]n[]e[] []t[]w[]o[] [] []t[]h[]r[]e[]e[]>,15", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"one two  three", b"a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b".", 1, b"[%0]", b"ok:1,1", b"ok:<o>", b"ok:<[o][n][e][ ][t][w][o][ ][ ][t][h][r][e][e]>,14", b"ok:<<o>,nil,nil;<n>,nil,nil;<e>,nil,nil;< >,nil,nil;<t>,nil,nil;<w>,nil,nil;<o>,nil,nil;< >,nil,nil;< >,nil,nil;<t>,nil,nil;<h>,nil,nil;<r>,nil,nil;<e>,nil,nil;<e>,nil,nil>"),
        (b"one two  three", b"a*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]o[]n[]e[] []t[]w[]o[] [] []t[]h[]r[]e[]e[]>,15", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"one two  three", b"a+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]o[]n[]e[] []t[]w[]o[] [] []t[]h[]r[]e[]e[]>,15", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"one two  three", b"a?", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]o[]n[]e[] []t[]w[]o[] [] []t[]h[]r[]e[]e[]>,15", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"one two  three", b"^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"a$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"$", 1, b"[%0]", b"ok:15,14", b"ok:<>", b"ok:<one two  three[]>,1", b"ok:<<>,nil,nil>"),
        (b"one two  three", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]one two  three>,1", b"ok:<>"),
        (b"one two  three", b"%a+", 1, b"[%0]", b"ok:1,3", b"ok:<one>", b"ok:<[one] [two]  [three]>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<three>,nil,nil>"),
        (b"one two  three", b"%A+", 1, b"[%0]", b"ok:4,4", b"ok:< >", b"ok:<one[ ]two[  ]three>,2", b"ok:<< >,nil,nil;<  >,nil,nil>"),
        (b"one two  three", b"%d+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%D", 1, b"[%0]", b"ok:1,1", b"ok:<o>", b"ok:<[o][n][e][ ][t][w][o][ ][ ][t][h][r][e][e]>,14", b"ok:<<o>,nil,nil;<n>,nil,nil;<e>,nil,nil;< >,nil,nil;<t>,nil,nil;<w>,nil,nil;<o>,nil,nil;< >,nil,nil;< >,nil,nil;<t>,nil,nil;<h>,nil,nil;<r>,nil,nil;<e>,nil,nil;<e>,nil,nil>"),
        (b"one two  three", b"%l+", 1, b"[%0]", b"ok:1,3", b"ok:<one>", b"ok:<[one] [two]  [three]>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<three>,nil,nil>"),
        (b"one two  three", b"%u+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%s+", 1, b"[%0]", b"ok:4,4", b"ok:< >", b"ok:<one[ ]two[  ]three>,2", b"ok:<< >,nil,nil;<  >,nil,nil>"),
        (b"one two  three", b"%S+", 1, b"[%0]", b"ok:1,3", b"ok:<one>", b"ok:<[one] [two]  [three]>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<three>,nil,nil>"),
        (b"one two  three", b"%w+", 1, b"[%0]", b"ok:1,3", b"ok:<one>", b"ok:<[one] [two]  [three]>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<three>,nil,nil>"),
        (b"one two  three", b"%W", 1, b"[%0]", b"ok:4,4", b"ok:< >", b"ok:<one[ ]two[ ][ ]three>,3", b"ok:<< >,nil,nil;< >,nil,nil;< >,nil,nil>"),
        (b"one two  three", b"%x+", 1, b"[%0]", b"ok:3,3", b"ok:<e>", b"ok:<on[e] two  thr[ee]>,2", b"ok:<<e>,nil,nil;<ee>,nil,nil>"),
        (b"one two  three", b"%p+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%g+", 1, b"[%0]", b"ok:1,3", b"ok:<one>", b"ok:<[one] [two]  [three]>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<three>,nil,nil>"),
        (b"one two  three", b"%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[abc]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[^abc]+", 1, b"[%0]", b"ok:1,14", b"ok:<one two  three>", b"ok:<[one two  three]>,1", b"ok:<<one two  three>,nil,nil>"),
        (b"one two  three", b"[a-c]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[%a%d]+", 1, b"[%0]", b"ok:1,3", b"ok:<one>", b"ok:<[one] [two]  [three]>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<three>,nil,nil>"),
        (b"one two  three", b"[%]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[]]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[^]]", 1, b"[%0]", b"ok:1,1", b"ok:<o>", b"ok:<[o][n][e][ ][t][w][o][ ][ ][t][h][r][e][e]>,14", b"ok:<<o>,nil,nil;<n>,nil,nil;<e>,nil,nil;< >,nil,nil;<t>,nil,nil;<w>,nil,nil;<o>,nil,nil;< >,nil,nil;< >,nil,nil;<t>,nil,nil;<h>,nil,nil;<r>,nil,nil;<e>,nil,nil;<e>,nil,nil>"),
        (b"one two  three", b"[a-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[-a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[%-]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[.]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[^%s]+", 1, b"[%0]", b"ok:1,3", b"ok:<one>", b"ok:<[one] [two]  [three]>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<three>,nil,nil>"),
        (b"one two  three", b"(a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"(a*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]o[]n[]e[] []t[]w[]o[] [] []t[]h[]r[]e[]e[]>,15", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"one two  three", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]o[]n[]e[] []t[]w[]o[] [] []t[]h[]r[]e[]e[]>,15", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil;14,nil,nil;15,nil,nil>"),
        (b"one two  three", b"()a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"(a)(b)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"((a)(b))", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"(%w+)=(%w+)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%((%w+)%)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%b[]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%f[%w]%w+", 1, b"[%0]", b"ok:1,3", b"ok:<one>", b"ok:<[one] [two]  [three]>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<three>,nil,nil>"),
        (b"one two  three", b"%f[%W]", 1, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<one[] two[]  three[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"one two  three", b"%f[%a]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]one []two  []three>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"one two  three", b"%f[^%z]", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]one two  three>,1", b"ok:<<>,nil,nil>"),
        (b"one two  three", b"%f[%z]", 1, b"[%0]", b"ok:15,14", b"ok:<>", b"ok:<one two  three[]>,1", b"ok:<<>,nil,nil>"),
        (b"one two  three", b"(a)%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"(.)%1", 1, b"[%0]", b"ok:8,9,< >", b"ok:< >", b"ok:<one two[  ]thr[ee]>,2", b"ok:<< >,nil,nil;<e>,nil,nil>"),
        (b"one two  three", b"(%w+) %1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"x%zy", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"x%z", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"one two  three", b"[a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"one two  three", b"[^", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"one two  three", b"[a-", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"one two  three", b"%b", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"one two  three", b"%ba", 1, b"[%0]", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')", b"err:malformed pattern (missing arguments to '%b')"),
        (b"one two  three", b"%f", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"one two  three", b"%fa", 1, b"[%0]", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern", b"err:missing '[' after '%f' in pattern"),
        (b"one two  three", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]o[]n[]e[] []t[]w[]o[] [] []t[]h[]r[]e[]e[]>,15", b"err:unfinished capture"),
        (b"one two  three", b")", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"one two  three", b"a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]o[]n[]e[] []t[]w[]o[] [] []t[]h[]r[]e[]e[]>,15", b"err:unfinished capture"),
        (b"one two  three", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"one two  three", b"(a)%2", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"(a%1)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%0", 1, b"[%0]", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0", b"err:invalid capture index %0"),
        (b"one two  three", b"(a)%0", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[%", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"one two  three", b"[%a", 1, b"[%0]", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')", b"err:malformed pattern (missing ']')"),
        (b"one two  three", b"a%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b".-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b".-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]o[]n[]e[] []t[]w[]o[] [] []t[]h[]r[]e[]e[]>,15", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"one two  three", b"(.-)%s", 1, b"[%0]", b"ok:1,4,<one>", b"ok:<one>", b"ok:<[one ][two ][ ]three>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<>,nil,nil>"),
        (b"one two  three", b"%s*(.-)%s*$", 1, b"[%0]", b"ok:1,14,<one two  three>", b"ok:<one two  three>", b"ok:<[one two  three]>,1", b"ok:<<one two  three>,nil,nil>"),
        (b"one two  three", b"^(%s*)", 1, b"[%0]", b"ok:1,0,<>", b"ok:<>", b"ok:<[]one two  three>,1", b"ok:<>"),
        (b"one two  three", b"[a-c%-]+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%%+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"^%^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%^%$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"[%w_]+", 1, b"[%0]", b"ok:1,3", b"ok:<one>", b"ok:<[one] [two]  [three]>,3", b"ok:<<one>,nil,nil;<two>,nil,nil;<three>,nil,nil>"),
        (b"one two  three", b"[\x00]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"%z+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"(%d)(%d)(%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"().", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[o][n][e][ ][t][w][o][ ][ ][t][h][r][e][e]>,14", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil;13,nil,nil;14,nil,nil>"),
        (b"one two  three", b"(h)(e)(l)(l)(o)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b".*", 1, b"[%0]", b"ok:1,14", b"ok:<one two  three>", b"ok:<[one two  three]>,1", b"ok:<<one two  three>,nil,nil>"),
        (b"one two  three", b".+", 1, b"[%0]", b"ok:1,14", b"ok:<one two  three>", b"ok:<[one two  three]>,1", b"ok:<<one two  three>,nil,nil>"),
        (b"one two  three", b"a.-c", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<one two  three>,0", b"ok:<>"),
        (b"one two  three", b"b*$", 1, b"[%0]", b"ok:15,14", b"ok:<>", b"ok:<one two  three[]>,1", b"ok:<<>,nil,nil>"),
        (b"one two  three", b"%x*$", 1, b"[%0]", b"ok:13,14", b"ok:<ee>", b"ok:<one two  thr[ee]>,1", b"ok:<<ee>,nil,nil>"),
        (b"one two  three", b"[%s%p]+", 1, b"[%0]", b"ok:4,4", b"ok:< >", b"ok:<one[ ]two[  ]three>,2", b"ok:<< >,nil,nil;<  >,nil,nil>"),
        (b"hello world", b"o", 1, b"[%0]", b"ok:5,5", b"ok:<o>", b"ok:<hell[o] w[o]rld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"%w+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"^%w+", 1, b"[%0]", b"ok:1,5", b"ok:<hello>", b"ok:<[hello] world>,1", b"ok:<>"),
        (b"hello world", b"", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"$", 1, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"l*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]h[]e[ll]o[] []w[]o[]r[l]d[]>,9", b"ok:<<>,nil,nil;<>,nil,nil;<ll>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<l>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"^", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]hello world>,1", b"ok:<>"),
        (b"hello world", b"o", 2, b"[%0]", b"ok:5,5", b"ok:<o>", b"ok:<hell[o] w[o]rld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"%w+", 2, b"[%0]", b"ok:2,5", b"ok:<ello>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"^%w+", 2, b"[%0]", b"ok:2,5", b"ok:<ello>", b"ok:<[hello] world>,1", b"ok:<>"),
        (b"hello world", b"", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"()", 2, b"[%0]", b"ok:2,1,2", b"ok:2", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"$", 2, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"l*", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[]h[]e[ll]o[] []w[]o[]r[l]d[]>,9", b"ok:<<>,nil,nil;<>,nil,nil;<ll>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<l>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"^", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[]hello world>,1", b"ok:<>"),
        (b"hello world", b"o", 3, b"[%0]", b"ok:5,5", b"ok:<o>", b"ok:<hell[o] w[o]rld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"%w+", 3, b"[%0]", b"ok:3,5", b"ok:<llo>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"^%w+", 3, b"[%0]", b"ok:3,5", b"ok:<llo>", b"ok:<[hello] world>,1", b"ok:<>"),
        (b"hello world", b"", 3, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"()", 3, b"[%0]", b"ok:3,2,3", b"ok:3", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"$", 3, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"l*", 3, b"[%0]", b"ok:3,4", b"ok:<ll>", b"ok:<[]h[]e[ll]o[] []w[]o[]r[l]d[]>,9", b"ok:<<>,nil,nil;<>,nil,nil;<ll>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<l>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"^", 3, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<[]hello world>,1", b"ok:<>"),
        (b"hello world", b"o", 5, b"[%0]", b"ok:5,5", b"ok:<o>", b"ok:<hell[o] w[o]rld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"%w+", 5, b"[%0]", b"ok:5,5", b"ok:<o>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"^%w+", 5, b"[%0]", b"ok:5,5", b"ok:<o>", b"ok:<[hello] world>,1", b"ok:<>"),
        (b"hello world", b"", 5, b"[%0]", b"ok:5,4", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"()", 5, b"[%0]", b"ok:5,4,5", b"ok:5", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"$", 5, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"l*", 5, b"[%0]", b"ok:5,4", b"ok:<>", b"ok:<[]h[]e[ll]o[] []w[]o[]r[l]d[]>,9", b"ok:<<>,nil,nil;<>,nil,nil;<ll>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<l>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"^", 5, b"[%0]", b"ok:5,4", b"ok:<>", b"ok:<[]hello world>,1", b"ok:<>"),
        (b"hello world", b"o", 11, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hell[o] w[o]rld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"%w+", 11, b"[%0]", b"ok:11,11", b"ok:<d>", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"^%w+", 11, b"[%0]", b"ok:11,11", b"ok:<d>", b"ok:<[hello] world>,1", b"ok:<>"),
        (b"hello world", b"", 11, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"()", 11, b"[%0]", b"ok:11,10,11", b"ok:11", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"$", 11, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"l*", 11, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<[]h[]e[ll]o[] []w[]o[]r[l]d[]>,9", b"ok:<<>,nil,nil;<>,nil,nil;<ll>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<l>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"^", 11, b"[%0]", b"ok:11,10", b"ok:<>", b"ok:<[]hello world>,1", b"ok:<>"),
        (b"hello world", b"o", 12, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hell[o] w[o]rld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"%w+", 12, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"^%w+", 12, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[hello] world>,1", b"ok:<>"),
        (b"hello world", b"", 12, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"()", 12, b"[%0]", b"ok:12,11,12", b"ok:12", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"$", 12, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"l*", 12, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<[]h[]e[ll]o[] []w[]o[]r[l]d[]>,9", b"ok:<<>,nil,nil;<>,nil,nil;<ll>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<l>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"^", 12, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<[]hello world>,1", b"ok:<>"),
        (b"hello world", b"o", 13, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hell[o] w[o]rld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"%w+", 13, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[hello] [world]>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"^%w+", 13, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[hello] world>,1", b"ok:<>"),
        (b"hello world", b"", 13, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"()", 13, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[]h[]e[]l[]l[]o[] []w[]o[]r[]l[]d[]>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"$", 13, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<hello world[]>,1", b"ok:<<>,nil,nil>"),
        (b"hello world", b"l*", 13, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[]h[]e[ll]o[] []w[]o[]r[l]d[]>,9", b"ok:<<>,nil,nil;<>,nil,nil;<ll>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<l>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"^", 13, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[]hello world>,1", b"ok:<>"),
        (b"hello world", b"%w+", 1, b"%0", b"ok:1,5", b"ok:<hello>", b"ok:<hello world>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"%0", b"ok:1,5,<hello>", b"ok:<hello>", b"ok:<hello world>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"%0", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"ok:<hello world>,2", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"%0", b"ok:1,0,1", b"ok:1", b"ok:<hello world>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"%0", b"ok:5,5,<o>", b"ok:<o>", b"ok:<hello world>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"%0", b"ok:1,1", b"ok:<h>", b"ok:<hello world>,1", b"ok:<>"),
        (b"hello world", b"x*", 1, b"%0", b"ok:1,0", b"ok:<>", b"ok:<hello world>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"%0", b"ok:1,0", b"ok:<>", b"ok:<hello world>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"%0", b"ok:3,4", b"ok:<ll>", b"ok:<hello world>,2", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"%0", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"ok:<hello world>,1", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"<%1>", b"ok:1,5", b"ok:<hello>", b"ok:<<hello> <world>>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"<%1>", b"ok:1,5,<hello>", b"ok:<hello>", b"ok:<<hello> <world>>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"<%1>", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"ok:<<h> <w>>,2", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"<%1>", b"ok:1,0,1", b"ok:1", b"ok:<<1>h<2>e<3>l<4>l<5>o<6> <7>w<8>o<9>r<10>l<11>d<12>>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"<%1>", b"ok:5,5,<o>", b"ok:<o>", b"ok:<hell<o> w<o>rld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"<%1>", b"ok:1,1", b"ok:<h>", b"ok:<<h>ello world>,1", b"ok:<>"),
        (b"hello world", b"x*", 1, b"<%1>", b"ok:1,0", b"ok:<>", b"ok:<<>h<>e<>l<>l<>o<> <>w<>o<>r<>l<>d<>>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"<%1>", b"ok:1,0", b"ok:<>", b"ok:<<>h<>e<>l<>l<>o<> <>w<>o<>r<>l<>d<>>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"<%1>", b"ok:3,4", b"ok:<ll>", b"ok:<he<ll>o wor<l>d>,2", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"<%1>", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"ok:<he<l>o world>,1", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"%%", b"ok:1,5", b"ok:<hello>", b"ok:<% %>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"%%", b"ok:1,5,<hello>", b"ok:<hello>", b"ok:<% %>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"%%", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"ok:<% %>,2", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"%%", b"ok:1,0,1", b"ok:1", b"ok:<%h%e%l%l%o% %w%o%r%l%d%>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"%%", b"ok:5,5,<o>", b"ok:<o>", b"ok:<hell% w%rld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"%%", b"ok:1,1", b"ok:<h>", b"ok:<%ello world>,1", b"ok:<>"),
        (b"hello world", b"x*", 1, b"%%", b"ok:1,0", b"ok:<>", b"ok:<%h%e%l%l%o% %w%o%r%l%d%>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"%%", b"ok:1,0", b"ok:<>", b"ok:<%h%e%l%l%o% %w%o%r%l%d%>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"%%", b"ok:3,4", b"ok:<ll>", b"ok:<he%o wor%d>,2", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"%%", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"ok:<he%o world>,1", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"%2%1", b"ok:1,5", b"ok:<hello>", b"err:invalid capture index %2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"%2%1", b"ok:1,5,<hello>", b"ok:<hello>", b"err:invalid capture index %2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"%2%1", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"ok:<elloh orldw>,2", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"%2%1", b"ok:1,0,1", b"ok:1", b"err:invalid capture index %2", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"%2%1", b"ok:5,5,<o>", b"ok:<o>", b"err:invalid capture index %2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"%2%1", b"ok:1,1", b"ok:<h>", b"err:invalid capture index %2", b"ok:<>"),
        (b"hello world", b"x*", 1, b"%2%1", b"ok:1,0", b"ok:<>", b"err:invalid capture index %2", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"%2%1", b"ok:1,0", b"ok:<>", b"err:invalid capture index %2", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"%2%1", b"ok:3,4", b"ok:<ll>", b"err:invalid capture index %2", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"%2%1", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"ok:<hello world>,1", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"x", b"ok:1,5", b"ok:<hello>", b"ok:<x x>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"x", b"ok:1,5,<hello>", b"ok:<hello>", b"ok:<x x>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"x", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"ok:<x x>,2", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"x", b"ok:1,0,1", b"ok:1", b"ok:<xhxexlxlxox xwxoxrxlxdx>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"x", b"ok:5,5,<o>", b"ok:<o>", b"ok:<hellx wxrld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"x", b"ok:1,1", b"ok:<h>", b"ok:<xello world>,1", b"ok:<>"),
        (b"hello world", b"x*", 1, b"x", b"ok:1,0", b"ok:<>", b"ok:<xhxexlxlxox xwxoxrxlxdx>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"x", b"ok:1,0", b"ok:<>", b"ok:<xhxexlxlxox xwxoxrxlxdx>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"x", b"ok:3,4", b"ok:<ll>", b"ok:<hexo worxd>,2", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"x", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"ok:<hexo world>,1", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"", b"ok:1,5", b"ok:<hello>", b"ok:< >,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"", b"ok:1,5,<hello>", b"ok:<hello>", b"ok:< >,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"ok:< >,2", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"", b"ok:1,0,1", b"ok:1", b"ok:<hello world>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"", b"ok:5,5,<o>", b"ok:<o>", b"ok:<hell wrld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"", b"ok:1,1", b"ok:<h>", b"ok:<ello world>,1", b"ok:<>"),
        (b"hello world", b"x*", 1, b"", b"ok:1,0", b"ok:<>", b"ok:<hello world>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"", b"ok:1,0", b"ok:<>", b"ok:<hello world>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"", b"ok:3,4", b"ok:<ll>", b"ok:<heo word>,2", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"ok:<heo world>,1", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"%", b"ok:1,5", b"ok:<hello>", b"err:invalid use of '%' in replacement string", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"%", b"ok:1,5,<hello>", b"ok:<hello>", b"err:invalid use of '%' in replacement string", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"%", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"err:invalid use of '%' in replacement string", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"%", b"ok:1,0,1", b"ok:1", b"err:invalid use of '%' in replacement string", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"%", b"ok:5,5,<o>", b"ok:<o>", b"err:invalid use of '%' in replacement string", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"%", b"ok:1,1", b"ok:<h>", b"err:invalid use of '%' in replacement string", b"ok:<>"),
        (b"hello world", b"x*", 1, b"%", b"ok:1,0", b"ok:<>", b"err:invalid use of '%' in replacement string", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"%", b"ok:1,0", b"ok:<>", b"err:invalid use of '%' in replacement string", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"%", b"ok:3,4", b"ok:<ll>", b"err:invalid use of '%' in replacement string", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"%", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"err:invalid use of '%' in replacement string", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"%a", b"ok:1,5", b"ok:<hello>", b"err:invalid use of '%' in replacement string", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"%a", b"ok:1,5,<hello>", b"ok:<hello>", b"err:invalid use of '%' in replacement string", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"%a", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"err:invalid use of '%' in replacement string", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"%a", b"ok:1,0,1", b"ok:1", b"err:invalid use of '%' in replacement string", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"%a", b"ok:5,5,<o>", b"ok:<o>", b"err:invalid use of '%' in replacement string", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"%a", b"ok:1,1", b"ok:<h>", b"err:invalid use of '%' in replacement string", b"ok:<>"),
        (b"hello world", b"x*", 1, b"%a", b"ok:1,0", b"ok:<>", b"err:invalid use of '%' in replacement string", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"%a", b"ok:1,0", b"ok:<>", b"err:invalid use of '%' in replacement string", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"%a", b"ok:3,4", b"ok:<ll>", b"err:invalid use of '%' in replacement string", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"%a", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"err:invalid use of '%' in replacement string", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"%9", b"ok:1,5", b"ok:<hello>", b"err:invalid capture index %9", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"%9", b"ok:1,5,<hello>", b"ok:<hello>", b"err:invalid capture index %9", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"%9", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"err:invalid capture index %9", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"%9", b"ok:1,0,1", b"ok:1", b"err:invalid capture index %9", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"%9", b"ok:5,5,<o>", b"ok:<o>", b"err:invalid capture index %9", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"%9", b"ok:1,1", b"ok:<h>", b"err:invalid capture index %9", b"ok:<>"),
        (b"hello world", b"x*", 1, b"%9", b"ok:1,0", b"ok:<>", b"err:invalid capture index %9", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"%9", b"ok:1,0", b"ok:<>", b"err:invalid capture index %9", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"%9", b"ok:3,4", b"ok:<ll>", b"err:invalid capture index %9", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"%9", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"err:invalid capture index %9", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"%1%1", b"ok:1,5", b"ok:<hello>", b"ok:<hellohello worldworld>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"%1%1", b"ok:1,5,<hello>", b"ok:<hello>", b"ok:<hellohello worldworld>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"%1%1", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"ok:<hh ww>,2", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"%1%1", b"ok:1,0,1", b"ok:1", b"ok:<11h22e33l44l55o66 77w88o99r1010l1111d1212>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"%1%1", b"ok:5,5,<o>", b"ok:<o>", b"ok:<helloo woorld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"%1%1", b"ok:1,1", b"ok:<h>", b"ok:<hhello world>,1", b"ok:<>"),
        (b"hello world", b"x*", 1, b"%1%1", b"ok:1,0", b"ok:<>", b"ok:<hello world>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"%1%1", b"ok:1,0", b"ok:<>", b"ok:<hello world>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"%1%1", b"ok:3,4", b"ok:<ll>", b"ok:<hellllo worlld>,2", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"%1%1", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"ok:<hello world>,1", b"ok:<<l>,<l>,nil>"),
        (b"hello world", b"%w+", 1, b"a%%b%0c", b"ok:1,5", b"ok:<hello>", b"ok:<a%bhelloc a%bworldc>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w+)", 1, b"a%%b%0c", b"ok:1,5,<hello>", b"ok:<hello>", b"ok:<a%bhelloc a%bworldc>,2", b"ok:<<hello>,nil,nil;<world>,nil,nil>"),
        (b"hello world", b"(%w)(%w*)", 1, b"a%%b%0c", b"ok:1,5,<h>,<ello>", b"ok:<h>,<ello>", b"ok:<a%bhelloc a%bworldc>,2", b"ok:<<h>,<ello>,nil;<w>,<orld>,nil>"),
        (b"hello world", b"()", 1, b"a%%b%0c", b"ok:1,0,1", b"ok:1", b"ok:<a%bcha%bcea%bcla%bcla%bcoa%bc a%bcwa%bcoa%bcra%bcla%bcda%bc>,12", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil;12,nil,nil>"),
        (b"hello world", b"(o)", 1, b"a%%b%0c", b"ok:5,5,<o>", b"ok:<o>", b"ok:<hella%boc wa%bocrld>,2", b"ok:<<o>,nil,nil;<o>,nil,nil>"),
        (b"hello world", b"^h", 1, b"a%%b%0c", b"ok:1,1", b"ok:<h>", b"ok:<a%bhcello world>,1", b"ok:<>"),
        (b"hello world", b"x*", 1, b"a%%b%0c", b"ok:1,0", b"ok:<>", b"ok:<a%bcha%bcea%bcla%bcla%bcoa%bc a%bcwa%bcoa%bcra%bcla%bcda%bc>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"", 1, b"a%%b%0c", b"ok:1,0", b"ok:<>", b"ok:<a%bcha%bcea%bcla%bcla%bcoa%bc a%bcwa%bcoa%bcra%bcla%bcda%bc>,12", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"hello world", b"l+", 1, b"a%%b%0c", b"ok:3,4", b"ok:<ll>", b"ok:<hea%bllco wora%blcd>,2", b"ok:<<ll>,nil,nil;<l>,nil,nil>"),
        (b"hello world", b"(l)(l)", 1, b"a%%b%0c", b"ok:3,4,<l>,<l>", b"ok:<l>,<l>", b"ok:<hea%bllco world>,1", b"ok:<<l>,<l>,nil>"),
        (b" aab", b"%1%a", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"bxa1bc", b"(%1%d", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"cc))", b"x", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cc))>,0", b"ok:<>"),
        (b"abbx)bb", b"[^a]%s+*.?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abbx)bb>,0", b"ok:<>"),
        (b"(1b(()(ba", b"^++", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(1b(()(ba>,0", b"ok:<>"),
        (b"x)ab1(", b"[ab]x$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x)ab1(>,0", b"ok:<>"),
        (b"baabab1xba", b"%f[a][ab][ab]%%d", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baabab1xba>,0", b"ok:<>"),
        (b" x", b"[ab]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< x>,0", b"ok:<>"),
        (b"()x", b"%f[a]+.*x", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<()x>,0", b"ok:<>"),
        (b"", b"%a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"babaa", b")*", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"bx", b"[ab]b", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bx>,0", b"ok:<>"),
        (b"x(", b"%f[a]*a.*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x(>,0", b"ok:<>"),
        (b"(1ac1abab", b"[ab]-", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[]([]1[]a[]c[]1[]a[]b[]a[]b[]>,10", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"abba x(", b"%a-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]b[]b[]a[] []x[]([]>,8", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b" ba1baa", b"-%?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< ba1baa>,0", b"ok:<>"),
        (b"", b"*", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1(x1bcab", b"%a%1%1)", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"x)1", b"?%1", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x)1>,0", b"ok:<>"),
        (b"ac", b"[^a]%%a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ac>,0", b"ok:<>"),
        (b"1baab)1", b"b+*%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1baab)1>,0", b"ok:<>"),
        (b"a))", b"%%a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a))>,0", b"ok:<>"),
        (b"ba", b"?[^a]%f[a].()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba>,0", b"ok:<>"),
        (b"c  (c(", b"%s+%d%a)", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c  (c(>,0", b"ok:<>"),
        (b")1", b"x", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)1>,0", b"ok:<>"),
        (b"))1a1baba", b"$x%s%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<))1a1baba>,0", b"ok:<>"),
        (b"b", b"%da-+%d%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b"", b"?%a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"ab", b"%[ab]+%f[a]*$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab>,0", b"ok:<>"),
        (b" (", b")()$^", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"", b".", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"( ", b")+%s%", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"cbaa ab", b"%f[a]+", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cbaa ab>,0", b"ok:<>"),
        (b"ab(", b"[ab]a(", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab(>,0", b"ok:<>"),
        (b"ba)baab x", b"a*^)x()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba)baab x>,0", b"ok:<>"),
        (b" 1 ", b"%d*?()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< 1 >,0", b"ok:<>"),
        (b"xa1xx", b"()%a", 1, b"[%0]", b"ok:1,1,1", b"ok:1", b"ok:<[x][a]1[x][x]>,4", b"ok:<1,nil,nil;2,nil,nil;4,nil,nil;5,nil,nil>"),
        (b"", b"x?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"[^a])*-a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"ax", b"%f[a]^%s+(()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ax>,0", b"ok:<>"),
        (b"(b1", b"[ab]", 2, b"[%0]", b"ok:2,2", b"ok:<b>", b"ok:<([b]1>,1", b"ok:<<b>,nil,nil>"),
        (b"c1b)babx)", b"-*$*))", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"1x(", b")%b()^", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b" abab b", b"*", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< abab b>,0", b"ok:<>"),
        (b"ab ba(1 baab", b"xb", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab ba(1 baab>,0", b"ok:<>"),
        (b"c)1()a", b"$a%f[a][^a].^", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c)1()a>,0", b"ok:<>"),
        (b"cxab ", b"a.", 3, b"[%0]", b"ok:3,4", b"ok:<ab>", b"ok:<cx[ab] >,1", b"ok:<<ab>,nil,nil>"),
        (b"c ", b"[^a]%dbx$", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c >,0", b"ok:<>"),
        (b"( 1)b", b"%?[ab](", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<( 1)b>,0", b"ok:<>"),
        (b"(xab1", b"%ab%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(xab1>,0", b"ok:<>"),
        (b"x)))a)", b"%b()+", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x)))a)>,0", b"ok:<>"),
        (b"", b"(+-.[ab]%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"a", b"x*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]>,2", b"ok:<<>,nil,nil;<>,nil,nil>"),
        (b"", b".(()?--", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"11c)ab", b"[^a]%s%$).", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<11c)ab>,0", b"ok:<>"),
        (b"ba1bab1", b"+", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba1bab1>,0", b"ok:<>"),
        (b"a(", b"%", 3, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"ba", b"*", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba>,0", b"ok:<>"),
        (b"(x ab1() ", b"xx()+", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(x ab1() >,0", b"ok:<>"),
        (b"1xc ", b"b%s?%d$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1xc >,0", b"ok:<>"),
        (b"ba", b"($", 3, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<ba[]>,1", b"err:unfinished capture"),
        (b"ba", b"x%b()$%d[ab]b", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba>,0", b"ok:<>"),
        (b")cba))abcab", b"[^a]%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)cba))abcab>,0", b"ok:<>"),
        (b"aa", b"(%b()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aa>,0", b"ok:<>"),
        (b"", b"%s().-%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"ax(", b"+x*$%f[a]%", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ax(>,0", b"ok:<>"),
        (b"baababbb abx", b"(?a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baababbb abx>,0", b"ok:<>"),
        (b"ba", b"[^a]([^a])%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba>,0", b"ok:<>"),
        (b"abx b)bx", b".$?%a^b", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abx b)bx>,0", b"ok:<>"),
        (b")x1ba)xba", b"-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)x1ba)xba>,0", b"ok:<>"),
        (b"ababc11", b"bb", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ababc11>,0", b"ok:<>"),
        (b"a( x( ", b"%d+x", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a( x( >,0", b"ok:<>"),
        (b"xcx)", b"%d-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]x[]c[]x[])[]>,5", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"ca", b"a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"1 babb", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"", b"%a.(b-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1)(baxx)", b"[ab].%%%.", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1)(baxx)>,0", b"ok:<>"),
        (b"ab", b"^))%", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"ok:<>"),
        (b"(b1c)a", b"()-", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(b1c)a>,0", b"ok:<>"),
        (b"1cx()", b".%1$^", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"", b"%1[^a]^%()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"(aa", b"x", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(aa>,0", b"ok:<>"),
        (b" caacab", b"[ab]%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< caacab>,0", b"ok:<>"),
        (b"ba", b"*%a*x[ab].", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba>,0", b"ok:<>"),
        (b"", b"()$%a)%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"bba1()c x", b"%1%%b()", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"((1aa)", b"%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<((1aa)>,0", b"ok:<>"),
        (b")cxx11", b"[^a]%d?.%f[a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)cxx11>,0", b"ok:<>"),
        (b" babab1", b"%b().%-[^a][^a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< babab1>,0", b"ok:<>"),
        (b"axx1baxx", b"[^a]", 2, b"[%0]", b"ok:2,2", b"ok:<x>", b"ok:<a[x][x][1][b]a[x][x]>,6", b"ok:<<x>,nil,nil;<x>,nil,nil;<1>,nil,nil;<b>,nil,nil;<x>,nil,nil;<x>,nil,nil>"),
        (b"ababb(xab1ab", b"?x%b())", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ababb(xab1ab>,0", b"ok:<>"),
        (b"c", b"^ba.?(", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c>,0", b"ok:<>"),
        (b"  b", b"%1%s%s%d%f[a]", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"x(c)", b"x%1%?", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b" c b(c(", b"[^a]b(*a(", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< c b(c(>,0", b"ok:<>"),
        (b"bbaa)", b"%f[a]%s[^a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bbaa)>,0", b"ok:<>"),
        (b"bcab", b"^[ab]^", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bcab>,0", b"ok:<>"),
        (b"xba", b"%a+", 2, b"[%0]", b"ok:2,3", b"ok:<ba>", b"ok:<[xba]>,1", b"ok:<<xba>,nil,nil>"),
        (b"a1aabc", b"(()", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]a[]1[]a[]a[]b[]c[]>,7", b"err:unfinished capture"),
        (b"(ab", b"+?%d[^a]%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(ab>,0", b"ok:<>"),
        (b")a", b"%d*", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[])[]a[]>,3", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"((", b"*+^$(()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<((>,0", b"ok:<>"),
        (b"baxx)", b"(.)%f[a]%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[b]axx)>,1", b"ok:<<b>,nil,nil>"),
        (b" baca", b"+", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< baca>,0", b"ok:<>"),
        (b"", b"[^a]-b%d", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"11  (ab1", b"$%b())", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<11  (ab1>,0", b"ok:<>"),
        (b"1 abbacca(", b"a", 1, b"[%0]", b"ok:3,3", b"ok:<a>", b"ok:<1 [a]bb[a]cc[a](>,3", b"ok:<<a>,nil,nil;<a>,nil,nil;<a>,nil,nil>"),
        (b"ca)aa", b"%d-%1^%f[a]-", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"xxbaaa", b"?[^a]()b.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<xxbaaa>,0", b"ok:<>"),
        (b"baaxab)", b"%b()%1%", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baaxab)>,0", b"ok:<>"),
        (b"b)xc", b"()%a.%s%f[a]%d", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b)xc>,0", b"ok:<>"),
        (b"", b"%s-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[]>,1", b"ok:<<>,nil,nil>"),
        (b"((a(", b".(", 2, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[(][(][a][(]>,4", b"err:unfinished capture"),
        (b"abbaabx1baa", b"$", 1, b"[%0]", b"ok:12,11", b"ok:<>", b"ok:<abbaabx1baa[]>,1", b"ok:<<>,nil,nil>"),
        (b") abaa b", b"?x.?%b()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<) abaa b>,0", b"ok:<>"),
        (b"(", b"%db%b()^xb", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(>,0", b"ok:<>"),
        (b"(cbbbaba", b"[^a]", 3, b"[%0]", b"ok:3,3", b"ok:<b>", b"ok:<[(][c][b][b][b]a[b]a>,6", b"ok:<<(>,nil,nil;<c>,nil,nil;<b>,nil,nil;<b>,nil,nil;<b>,nil,nil;<b>,nil,nil>"),
        (b"(ba", b"x$b%a*", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(ba>,0", b"ok:<>"),
        (b"bx", b".$$a%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bx>,0", b"ok:<>"),
        (b"ba(", b"a*?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba(>,0", b"ok:<>"),
        (b"b", b"(*[ab]%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b"", b"?%b().", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"a a(c", b"+-%%d$%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a a(c>,0", b"ok:<>"),
        (b"1ccababaa", b"*%db?[ab]%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1ccababaa>,0", b"ok:<>"),
        (b"x", b"b$*x%f[a]%d", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b")ba)bacab", b".%b()%d[^a]%1", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)ba)bacab>,0", b"ok:<>"),
        (b"(", b"%s[ab](a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(>,0", b"ok:<>"),
        (b"baxbaabc", b"()", 2, b"[%0]", b"ok:2,1,2", b"ok:2", b"ok:<[]b[]a[]x[]b[]a[]a[]b[]c[]>,9", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil>"),
        (b"ab))( )ab", b"%s%f[a](-)%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab))( )ab>,0", b"ok:<>"),
        (b"xab)abaab))", b"^..%", 3, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"ok:<>"),
        (b"abaabx)", b"(x%(", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abaabx)>,0", b"ok:<>"),
        (b"ba ", b"a$%b()%a[ab]b", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba >,0", b"ok:<>"),
        (b"", b"a%a?([^a]?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1 abab(a1a", b"[ab]%f[a]()[ab][^a]", 2, b"[%0]", b"ok:4,6,5", b"ok:5", b"ok:<1 a[bab](a1a>,1", b"ok:<5,nil,nil>"),
        (b" ", b"$-[^a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[ ]>,1", b"ok:<< >,nil,nil>"),
        (b" () (c ", b"%%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< () (c >,0", b"ok:<>"),
        (b"cb)", b"a.$%%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cb)>,0", b"ok:<>"),
        (b"", b"$x", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"(ab1  ab", b"()^^()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(ab1  ab>,0", b"ok:<>"),
        (b" ab)abc", b"a%a%f[a]%f[a])", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< ab)abc>,0", b"ok:<>"),
        (b"b  xc)b", b"x%1%1[^a]*[ab]", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"()ba", b"b()", 2, b"[%0]", b"ok:3,3,4", b"ok:4", b"ok:<()[b]a>,1", b"ok:<4,nil,nil>"),
        (b"b)(ab c1 ", b"[^a])(%sa", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"(1c((baba", b"?%a%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(1c((baba>,0", b"ok:<>"),
        (b" xa", b"+%f[a]%f[a][^a].)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< xa>,0", b"ok:<>"),
        (b"", b"-%s(", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"aba1", b"(^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aba1>,0", b"ok:<>"),
        (b"", b"%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"bbb1", b")%s[ab]+", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"c1baac(baba", b"-%a*%1(", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c1baac(baba>,0", b"ok:<>"),
        (b")abb", b"?-%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"x1", b"?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x1>,0", b"ok:<>"),
        (b"cc(1x xba", b".%1%d%f[a]", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"aaxxca", b")%%f[a].", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"x", b"[ab][^a]*()%d%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b"b)) c)(", b"xa.(-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b)) c)(>,0", b"ok:<>"),
        (b"ab1(ba)c)", b"a^a(", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab1(ba)c)>,0", b"ok:<>"),
        (b"baac ", b"$%d*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baac >,0", b"ok:<>"),
        (b"ba", b"a+%a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba>,0", b"ok:<>"),
        (b"abbab1xx))", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]a[]b[]b[]a[]b[]1[]x[]x[])[])[]>,11", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil>"),
        (b"aa(", b"aa%1%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"1c)abbaa", b"x%%d[^a]x", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1c)abbaa>,0", b"ok:<>"),
        (b"", b"-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"c 1((", b"%b()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c 1((>,0", b"ok:<>"),
        (b"bbax c", b"*aa%f[a]a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bbax c>,0", b"ok:<>"),
        (b"ab(bba1 ", b")-%d%1.%d", 1, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"c  (b", b"-+%sxx*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c  (b>,0", b"ok:<>"),
        (b"ab) ", b"%aaa", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab) >,0", b"ok:<>"),
        (b"cabb", b"b", 2, b"[%0]", b"ok:3,3", b"ok:<b>", b"ok:<ca[b][b]>,2", b"ok:<<b>,nil,nil;<b>,nil,nil>"),
        (b")1", b"-%f[a]x()[^a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)1>,0", b"ok:<>"),
        (b"baabxaxa", b"-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baabxaxa>,0", b"ok:<>"),
        (b"", b"%b()b%s)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"bxa1x1c", b"a-%1.", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"a", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"xa1", b"%a%1x%sx?", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"xababa(1x ", b"%f[a]b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<xababa(1x >,0", b"ok:<>"),
        (b"ba1bba1 c ", b"-..)x$", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba1bba1 c >,0", b"ok:<>"),
        (b"(xbxa", b".%d[^a]%1*()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(xbxa>,0", b"ok:<>"),
        (b"c1ba", b".)", 1, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"bababacba ", b"%dx%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bababacba >,0", b"ok:<>"),
        (b"( c)baba c", b"^^a$", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<( c)baba c>,0", b"ok:<>"),
        (b"bab)abbaxabc", b"b.[ab]%s%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bab)abbaxabc>,0", b"ok:<>"),
        (b"11c", b"$()%1.%1", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<11c>,0", b"ok:<>"),
        (b"c c( bc ", b".)%a", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b")bcbax (", b"^%b()..%", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)bcbax (>,0", b"ok:<>"),
        (b"1ab()", b"[^a]%a%a[^a]", 1, b"[%0]", b"ok:1,4", b"ok:<1ab(>", b"ok:<[1ab(])>,1", b"ok:<<1ab(>,nil,nil>"),
        (b"cbaxacb ba", b"%d[^a]%1x^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cbaxacb ba>,0", b"ok:<>"),
        (b") 1 xba", b")", 1, b"[%0]", b"ok:1,1", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"bac)1x", b"()?%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bac)1x>,0", b"ok:<>"),
        (b"b1ababbaxab", b"b%a%a", 1, b"[%0]", b"ok:4,6", b"ok:<bab>", b"ok:<b1a[bab][bax]ab>,2", b"ok:<<bab>,nil,nil;<bax>,nil,nil>"),
        (b"ab", b"%*^[ab].", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab>,0", b"ok:<>"),
        (b"", b"a?[^a][^a]+b", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"?[^a]()^%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b" ababx", b")", 3, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"b", b"?", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b"aaxab1a)ba", b"-+?%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaxab1a)ba>,0", b"ok:<>"),
        (b"abba ", b"%b()b.((%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abba >,0", b"ok:<>"),
        (b"1", b"x%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1>,0", b"ok:<>"),
        (b"", b"*", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"aba1", b"*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aba1>,0", b"ok:<>"),
        (b"aabxax", b"b*-", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aabxax>,0", b"ok:<>"),
        (b"abc", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]a[]b[]c[]>,4", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil>"),
        (b"c (", b"%b()*", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c (>,0", b"ok:<>"),
        (b"1b1 a", b"?.", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1b1 a>,0", b"ok:<>"),
        (b"c", b"a.", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c>,0", b"ok:<>"),
        (b"(1x", b"+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(1x>,0", b"ok:<>"),
        (b"bac)b(abx", b".(xa", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bac)b(abx>,0", b"ok:<>"),
        (b"bab1)", b"+%d%s%[ab]b", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bab1)>,0", b"ok:<>"),
        (b"aabx((aab", b"-)%s%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aabx((aab>,0", b"ok:<>"),
        (b"(ba1)ba", b"+*bb-%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(ba1)ba>,0", b"ok:<>"),
        (b"(ab(x", b")", 2, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"(", b"%b())-*", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(>,0", b"ok:<>"),
        (b"x()abax( ", b"x%f[a]^%s+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x()abax( >,0", b"ok:<>"),
        (b"1xa1bxaa", b"%%b()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1xa1bxaa>,0", b"ok:<>"),
        (b"x1  a11", b"a())()", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"", b"%d$", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"ba(1(", b"x^b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba(1(>,0", b"ok:<>"),
        (b"ba", b"%s%sxx", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba>,0", b"ok:<>"),
        (b")bab", b"($+-a%a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)bab>,0", b"ok:<>"),
        (b"", b".()%s^%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1x  ba) x", b"ax", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1x  ba) x>,0", b"ok:<>"),
        (b" cx", b"%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< cx>,0", b"ok:<>"),
        (b"aba", b"$ab^%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aba>,0", b"ok:<>"),
        (b")xabbaaabxx", b".%%s[^a]%1()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)xabbaaabxx>,0", b"ok:<>"),
        (b"", b"%d*^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"(x)ba)", b"%b()*", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(x)ba)>,0", b"ok:<>"),
        (b"(baabb)c)ab", b"%x.(.x", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(baabb)c)ab>,0", b"ok:<>"),
        (b"1", b"(*+?%d", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1>,0", b"ok:<>"),
        (b"  (a 1)ba", b"%aa%s%%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  (a 1)ba>,0", b"ok:<>"),
        (b"x cbab", b"%b()[ab]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x cbab>,0", b"ok:<>"),
        (b"ab1aab", b".+%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab1aab>,0", b"ok:<>"),
        (b"1)cxbab ab", b"^[ab]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1)cxbab ab>,0", b"ok:<>"),
        (b"", b"%s*^x%?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b")()abb", b"%f[a]", 2, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<)()[]abb>,1", b"ok:<<>,nil,nil>"),
        (b"c)c)abab ", b"%b()%1-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c)c)abab >,0", b"ok:<>"),
        (b"(bab", b"%f[a]b?+(", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(bab>,0", b"ok:<>"),
        (b"(", b"%s+%a)()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(>,0", b"ok:<>"),
        (b"(ab", b"%d%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(ab>,0", b"ok:<>"),
        (b"abx ", b".", 2, b"[%0]", b"ok:2,2", b"ok:<b>", b"ok:<[a][b][x][ ]>,4", b"ok:<<a>,nil,nil;<b>,nil,nil;<x>,nil,nil;< >,nil,nil>"),
        (b"abbax1a", b".+b(", 2, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[abb]ax1a>,1", b"err:unfinished capture"),
        (b"ab(1", b"+[ab]$a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab(1>,0", b"ok:<>"),
        (b"x) b", b"[^a]%aa%f[a]%d", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x) b>,0", b"ok:<>"),
        (b"(ab", b"?%da$-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(ab>,0", b"ok:<>"),
        (b" abc(a  ", b"[ab]%b()%s(", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< abc(a  >,0", b"ok:<>"),
        (b"", b"b", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"ba", b"%a%", 2, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"ab)1b(ba(ab", b"?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab)1b(ba(ab>,0", b"ok:<>"),
        (b")ccc", b"%).()b+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)ccc>,0", b"ok:<>"),
        (b"", b"?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"((", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b" caab)", b"?%d", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< caab)>,0", b"ok:<>"),
        (b"ba1xx(x)1", b"ab%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba1xx(x)1>,0", b"ok:<>"),
        (b")1ab())(c", b"()[ab]%1()%d(", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)1ab())(c>,0", b"ok:<>"),
        (b"x()ax)cb", b"%1xba[ab]%", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"", b"*)%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"bba1ba(", b"%a", 2, b"[%0]", b"ok:2,2", b"ok:<b>", b"ok:<[b][b][a]1[b][a](>,5", b"ok:<<b>,nil,nil;<b>,nil,nil;<a>,nil,nil;<b>,nil,nil;<a>,nil,nil>"),
        (b"  c()b", b"%a%f[a]%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  c()b>,0", b"ok:<>"),
        (b"", b"[^a]%d*%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1 )xxbb", b"()[^a]%f[a]-$-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1 )xxbb>,0", b"ok:<>"),
        (b"x", b"?-*", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b"(1xcaxab1", b"((($%f[a](", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(1xcaxab1>,0", b"ok:<>"),
        (b"11b)bx", b"a*b-*%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<11b)bx>,0", b"ok:<>"),
        (b"  bcababa)", b"[ab]$()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  bcababa)>,0", b"ok:<>"),
        (b"ax", b"%1b", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"xxab1bax", b"+[ab].)", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<xxab1bax>,0", b"ok:<>"),
        (b"1x 1", b"%s%a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1x 1>,0", b"ok:<>"),
        (b"a)c", b"%1%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"xbxc  xab", b"xa.", 2, b"[%0]", b"ok:7,9", b"ok:<xab>", b"ok:<xbxc  [xab]>,1", b"ok:<<xab>,nil,nil>"),
        (b")1x)1x", b"([ab][^a]a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)1x)1x>,0", b"ok:<>"),
        (b"ab (", b"?", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab (>,0", b"ok:<>"),
        (b")ba ab", b"+[ab]$*()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)ba ab>,0", b"ok:<>"),
        (b"b", b"-x.($%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b"ab(abbaabac", b"()%a", 2, b"[%0]", b"ok:2,2,2", b"ok:2", b"ok:<[a][b]([a][b][b][a][a][b][a][c]>,10", b"ok:<1,nil,nil;2,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil;7,nil,nil;8,nil,nil;9,nil,nil;10,nil,nil;11,nil,nil>"),
        (b" x1", b"^-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< x1>,0", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"c ba(", b"(%f[a]", 2, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<c b[]a(>,1", b"err:unfinished capture"),
        (b"abx1abc1", b"(*+%.%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abx1abc1>,0", b"ok:<>"),
        (b"11c", b"%a", 2, b"[%0]", b"ok:3,3", b"ok:<c>", b"ok:<11[c]>,1", b"ok:<<c>,nil,nil>"),
        (b"cbbax", b".-%d^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cbbax>,0", b"ok:<>"),
        (b"b()bcc", b"[^a]+%b()()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[b()]bcc>,1", b"ok:<4,nil,nil>"),
        (b"xa", b"a%1%f[a]^[^a]()", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b")ab  )cba", b")*%a", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"ab", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab>,0", b"ok:<>"),
        (b"ba( abab", b"^[ab](*(*", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba( abab>,0", b"ok:<>"),
        (b"1c)(1ba1", b"%1%b()", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"a(c(a", b"[ab]%s%s%d%d", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a(c(a>,0", b"ok:<>"),
        (b"x", b"()%%d%s*?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b"bcbababa1a", b"(.%s$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bcbababa1a>,0", b"ok:<>"),
        (b" axbax ", b"%dxb[ab]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< axbax >,0", b"ok:<>"),
        (b" b(bbab ba", b"%b()%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< b(bbab ba>,0", b"ok:<>"),
        (b")1ab)c", b"(a%a**", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)1ab)c>,0", b"ok:<>"),
        (b"ab)a", b"[ab]+", 1, b"[%0]", b"ok:1,2", b"ok:<ab>", b"ok:<[ab])[a]>,2", b"ok:<<ab>,nil,nil;<a>,nil,nil>"),
        (b"bbba a1", b".(+^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bbba a1>,0", b"ok:<>"),
        (b"", b"%%db.*.", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"acb)", b"++(", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<acb)>,0", b"ok:<>"),
        (b"bc()cab()", b"b^a)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bc()cab()>,0", b"ok:<>"),
        (b"bax (babax)", b"[ab]a-", 1, b"[%0]", b"ok:1,1", b"ok:<b>", b"ok:<[b][a]x ([b][a][b][a]x)>,6", b"ok:<<b>,nil,nil;<a>,nil,nil;<b>,nil,nil;<a>,nil,nil;<b>,nil,nil;<a>,nil,nil>"),
        (b"  ab", b"[^a]x?$()%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  ab>,0", b"ok:<>"),
        (b"b11)bcbb", b"-+%b()?)a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b11)bcbb>,0", b"ok:<>"),
        (b"(ba", b"()%b()%f[a]b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(ba>,0", b"ok:<>"),
        (b"1xba ba1)", b"$*^%sx.", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1xba ba1)>,0", b"ok:<>"),
        (b"ba a", b"%ax", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba a>,0", b"ok:<>"),
        (b"ba xbac ", b")$%d)", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"cca1", b"(", 3, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]c[]c[]a[]1[]>,5", b"err:unfinished capture"),
        (b"ab)1ba1", b"%b()%b()()%f[a](", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab)1ba1>,0", b"ok:<>"),
        (b"ab)(a11(b", b"%s*[^a]", 3, b"[%0]", b"ok:3,3", b"ok:<)>", b"ok:<a[b][)][(]a[1][1][(][b]>,7", b"ok:<<b>,nil,nil;<)>,nil,nil;<(>,nil,nil;<1>,nil,nil;<1>,nil,nil;<(>,nil,nil;<b>,nil,nil>"),
        (b"cax 1b", b"b%1%%f[a]a%b()", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"1", b"^b%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1>,0", b"ok:<>"),
        (b"xxcb", b"^*ab.b", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<xxcb>,0", b"ok:<>"),
        (b"c ab1aba", b".", 3, b"[%0]", b"ok:3,3", b"ok:<a>", b"ok:<[c][ ][a][b][1][a][b][a]>,8", b"ok:<<c>,nil,nil;< >,nil,nil;<a>,nil,nil;<b>,nil,nil;<1>,nil,nil;<a>,nil,nil;<b>,nil,nil;<a>,nil,nil>"),
        (b"ba1x1", b"%f[a]%sb", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba1x1>,0", b"ok:<>"),
        (b")xbac cb", b"%a+(%f[a]%aa", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)xbac cb>,0", b"ok:<>"),
        (b"bx  xab)", b"^^%d", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bx  xab)>,0", b"ok:<>"),
        (b") ba abba", b"%b()^x?%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<) ba abba>,0", b"ok:<>"),
        (b"aba", b"*-$", 3, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<aba[]>,1", b"ok:<<>,nil,nil>"),
        (b"b)ab(ba)ba", b"^", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[]b)ab(ba)ba>,1", b"ok:<>"),
        (b"cb", b"a(", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cb>,0", b"ok:<>"),
        (b"1bab", b"%1a-[^a]b?", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"ax", b"%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ax>,0", b"ok:<>"),
        (b"", b".*$%1$%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"*^+(()?", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"ba x xab1)", b"?%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba x xab1)>,0", b"ok:<>"),
        (b"baba", b"-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baba>,0", b"ok:<>"),
        (b")bba(ab", b"%1*+%b^", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"b", b"(%sx[ab][^a](", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b"1cabbab1 a", b".%s)-", 1, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"", b"?-%%a.%a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"cbabaab", b"*", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cbabaab>,0", b"ok:<>"),
        (b" a", b"%1*", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"b1baabbac ", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b")bbcba", b"^.b[^a])", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"ok:<>"),
        (b"", b"xb^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"bcbacab(11", b"?*", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[]b[]c[]b[]a[]c[]a[]b[]([]1[]1[]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"xcx bc1c", b"($", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<xcx bc1c[]>,1", b"err:unfinished capture"),
        (b")accab)x", b"%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)accab)x>,0", b"ok:<>"),
        (b"xc(", b"%f[a]*)%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<xc(>,0", b"ok:<>"),
        (b"b) )x()", b"%f[a]%d()[^a]%f[a]%a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b) )x()>,0", b"ok:<>"),
        (b" x ()1(b", b"*%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< x ()1(b>,0", b"ok:<>"),
        (b"", b"a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"abx)b)", b"%d%%a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abx)b)>,0", b"ok:<>"),
        (b"", b"%a[^a]%a-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b" xa) b(", b"%b()^$", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< xa) b(>,0", b"ok:<>"),
        (b"b", b"-.$%f[a]^.", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b"", b"(().-x", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"( ccba1baab", b".()-.?%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<( ccba1baab>,0", b"ok:<>"),
        (b"1bb ", b"[^a]%d%1%b()()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1bb >,0", b"ok:<>"),
        (b"(", b"^", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[](>,1", b"ok:<>"),
        (b"ababbaaca", b"?%a+%da(", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ababbaaca>,0", b"ok:<>"),
        (b")", b".%f[a][ab]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)>,0", b"ok:<>"),
        (b"a)1abbc(", b"(b.%a", 2, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<a)1a[bbc](>,1", b"err:unfinished capture"),
        (b"(ba1  )", b"-%s$%f[a]()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(ba1  )>,0", b"ok:<>"),
        (b"baa", b"a[^a]a%d$.", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baa>,0", b"ok:<>"),
        (b" (", b"..%sb", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< (>,0", b"ok:<>"),
        (b"1ax1baab", b"$bb.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1ax1baab>,0", b"ok:<>"),
        (b")) ab((bba", b"%(", 1, b"[%0]", b"ok:6,6", b"ok:<(>", b"ok:<)) ab[(][(]bba>,2", b"ok:<<(>,nil,nil;<(>,nil,nil>"),
        (b"()ab", b"$((%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<()ab>,0", b"ok:<>"),
        (b")a(1cx ", b"$[ab]%1)*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)a(1cx >,0", b"ok:<>"),
        (b"cbx abb", b"%da", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cbx abb>,0", b"ok:<>"),
        (b"ccab1(", b")", 2, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"a1", b"%b()[ab]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a1>,0", b"ok:<>"),
        (b"", b"().a(a%f[a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"(())ba", b"x-", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[]([]([])[])[]b[]a[]>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"(ba", b"%%b()%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(ba>,0", b"ok:<>"),
        (b"cc(1)(", b"()%f[a][^a](-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cc(1)(>,0", b"ok:<>"),
        (b"abx", b"-)x%d(", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abx>,0", b"ok:<>"),
        (b"b)ababba)ab", b"xx%b()b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b)ababba)ab>,0", b"ok:<>"),
        (b"cba", b"a%a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cba>,0", b"ok:<>"),
        (b"aba1(", b"%a(", 2, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[a][b][a]1(>,3", b"err:unfinished capture"),
        (b"1a1baba", b"%a", 2, b"[%0]", b"ok:2,2", b"ok:<a>", b"ok:<1[a]1[b][a][b][a]>,5", b"ok:<<a>,nil,nil;<b>,nil,nil;<a>,nil,nil;<b>,nil,nil;<a>,nil,nil>"),
        (b"1aa", b")(^[^a]?", 1, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"1( ", b")b", 3, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"ba11a", b"()b", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[b]a11a>,1", b"ok:<1,nil,nil>"),
        (b"bax", b"$", 3, b"[%0]", b"ok:4,3", b"ok:<>", b"ok:<bax[]>,1", b"ok:<<>,nil,nil>"),
        (b"", b"[ab].+", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"%a%d$%b()%1[ab]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b") bcxbaxa", b"%f[a]", 3, b"[%0]", b"ok:7,6", b"ok:<>", b"ok:<) bcxb[]ax[]a>,2", b"ok:<<>,nil,nil;<>,nil,nil>"),
        (b"(ab1abcxabab", b"%1", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"ab1ab1", b"-%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab1ab1>,0", b"ok:<>"),
        (b"1b", b"%b()-[^a])?%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1b>,0", b"ok:<>"),
        (b")cx(c", b"$", 1, b"[%0]", b"ok:6,5", b"ok:<>", b"ok:<)cx(c[]>,1", b"ok:<<>,nil,nil>"),
        (b"ababxb)", b"%s^%a$%d)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ababxb)>,0", b"ok:<>"),
        (b"bab(", b"^", 3, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<[]bab(>,1", b"ok:<>"),
        (b"", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]>,1", b"ok:<1,nil,nil>"),
        (b" bbbaaba)", b"%d%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< bbbaaba)>,0", b"ok:<>"),
        (b"(", b"[ab])", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(>,0", b"ok:<>"),
        (b"(aba", b"b%1%1^a^", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"", b"?-?", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"x1", b"%b()[ab]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x1>,0", b"ok:<>"),
        (b"1a)abx ", b"%s", 1, b"[%0]", b"ok:7,7", b"ok:< >", b"ok:<1a)abx[ ]>,1", b"ok:<< >,nil,nil>"),
        (b"cbab ) ", b"%a", 1, b"[%0]", b"ok:1,1", b"ok:<c>", b"ok:<[c][b][a][b] ) >,4", b"ok:<<c>,nil,nil;<b>,nil,nil;<a>,nil,nil;<b>,nil,nil>"),
        (b"ab(xbaaba1", b"[ab]%$%a%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab(xbaaba1>,0", b"ok:<>"),
        (b"cxab", b"%d", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cxab>,0", b"ok:<>"),
        (b" cba", b"++%s$)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< cba>,0", b"ok:<>"),
        (b"(ba", b"[ab]a?", 1, b"[%0]", b"ok:2,3", b"ok:<ba>", b"ok:<([ba]>,1", b"ok:<<ba>,nil,nil>"),
        (b"1xaba", b"-?^()b%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1xaba>,0", b"ok:<>"),
        (b"a", b"b%", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a>,0", b"ok:<>"),
        (b" abab(b", b"%%x*b", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< abab(b>,0", b"ok:<>"),
        (b"", b"x", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1", b"%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1>,0", b"ok:<>"),
        (b"(xba(acbab", b"b%%1%s)", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(xba(acbab>,0", b"ok:<>"),
        (b"(axb)x", b"*[^a].%-b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(axb)x>,0", b"ok:<>"),
        (b"(xabab a)", b"%d)%1[^a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(xabab a)>,0", b"ok:<>"),
        (b"xba)bcbbab", b"-?", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[]x[]b[]a[])[]b[]c[]b[]b[]a[]b[]>,11", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"bacax()", b"%a", 2, b"[%0]", b"ok:2,2", b"ok:<a>", b"ok:<[b][a][c][a][x]()>,5", b"ok:<<b>,nil,nil;<a>,nil,nil;<c>,nil,nil;<a>,nil,nil;<x>,nil,nil>"),
        (b"1(c)", b".%f[a]^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1(c)>,0", b"ok:<>"),
        (b"ab)c", b"(%s%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab)c>,0", b"ok:<>"),
        (b"(b)abab1a", b")(a", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b" )) ", b"?x[^a]%b()()-", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< )) >,0", b"ok:<>"),
        (b"b)(11 c(", b"%d%(-?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b)(11 c(>,0", b"ok:<>"),
        (b"c", b".-b%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c>,0", b"ok:<>"),
        (b"1(", b"?()%f[a]b^%b()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1(>,0", b"ok:<>"),
        (b"b", b"b.$%x?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b")1xba)", b"%a%1)[ab]", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"", b"($", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[]>,1", b"err:unfinished capture"),
        (b"", b"-(()b", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1bc)ba", b"(%b()*%f[a]^[^a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1bc)ba>,0", b"ok:<>"),
        (b" c(ba", b"%1%f[a]", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"1c1()", b"%1%%f[a]^%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b")b1ab (", b"-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)b1ab (>,0", b"ok:<>"),
        (b"aab", b"[ab]b[^a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aab>,0", b"ok:<>"),
        (b"(bacbaab  ", b"^%1", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"ok:<>"),
        (b"b1 b ab(", b"b%d", 1, b"[%0]", b"ok:1,2", b"ok:<b1>", b"ok:<[b1] b ab(>,1", b"ok:<<b1>,nil,nil>"),
        (b"", b")(a$", 3, b"[%0]", b"ok:nil", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"(cb)1", b"$^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(cb)1>,0", b"ok:<>"),
        (b"bb", b"^%a*^(?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bb>,0", b"ok:<>"),
        (b"1cab()c", b"a?()$^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1cab()c>,0", b"ok:<>"),
        (b"  xa", b"().*a%b()$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<  xa>,0", b"ok:<>"),
        (b" (1(aba1", b"[^a]()%f[a][ab]%f[a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< (1(aba1>,0", b"ok:<>"),
        (b"()", b")", 2, b"[%0]", b"ok:2,2", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"", b"*$%b()*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"ba)1ab)", b"%%b()^-[^a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba)1ab)>,0", b"ok:<>"),
        (b"c( abab(", b"-?+%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c( abab(>,0", b"ok:<>"),
        (b"ab1ba", b"))%a+", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"a ba1", b"%b()[^a]%d", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a ba1>,0", b"ok:<>"),
        (b"b11a)(cba", b"-[^a])[ab]%b()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b11a)(cba>,0", b"ok:<>"),
        (b"c", b"-%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c>,0", b"ok:<>"),
        (b"a))", b"%d^.*[^a](", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a))>,0", b"ok:<>"),
        (b"", b"?%[ab]%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"(baba)))ab", b"%d[^a]a+%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(baba)))ab>,0", b"ok:<>"),
        (b"bbxc", b"%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bbxc>,0", b"ok:<>"),
        (b"(b", b"%1($", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"b", b"b%()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b"", b"%%a%a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"baccxcba)ba", b"*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baccxcba)ba>,0", b"ok:<>"),
        (b"c)ab ab", b"x[ab]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c)ab ab>,0", b"ok:<>"),
        (b"", b"--[^a]%f[a]$%f[a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b")1b", b"(%[^a]^%a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)1b>,0", b"ok:<>"),
        (b"b c", b"[ab]%b()[^a]()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b c>,0", b"ok:<>"),
        (b"", b".x(^a(", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"ababb1(", b"%d^-(%b().", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ababb1(>,0", b"ok:<>"),
        (b"ab1abb ", b".%sa([^a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab1abb >,0", b"ok:<>"),
        (b"", b"^()b[^a]%1", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"bx(", b"%b()*", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bx(>,0", b"ok:<>"),
        (b"c (bac1", b"[ab][^a]^$", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c (bac1>,0", b"ok:<>"),
        (b"(bab11 (ab", b"*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(bab11 (ab>,0", b"ok:<>"),
        (b"()(x", b")^[^a]", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"11bb)aaab", b"?%d", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<11bb)aaab>,0", b"ok:<>"),
        (b"abc)b11", b".-%.x", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abc)b11>,0", b"ok:<>"),
        (b")", b"[ab].()a)?", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)>,0", b"ok:<>"),
        (b")", b"%dx()-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)>,0", b"ok:<>"),
        (b"x)ba", b"[^a](%s%1.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x)ba>,0", b"ok:<>"),
        (b"a(xa  ", b"[ab]$()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a(xa  >,0", b"ok:<>"),
        (b")", b"%a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)>,0", b"ok:<>"),
        (b"abxxabc)", b")", 3, b"[%0]", b"ok:8,8", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"()ab1aax", b")*%1*", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"b) x)", b"+^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b) x)>,0", b"ok:<>"),
        (b")baa)xcx", b".%abb()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)baa)xcx>,0", b"ok:<>"),
        (b"a(x(ab", b"%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a(x(ab>,0", b"ok:<>"),
        (b"abcc ", b"b-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]a[]b[]c[]c[] []>,6", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"(bb", b"$%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(bb>,0", b"ok:<>"),
        (b" bcbbx", b"%a-%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< bcbbx>,0", b"ok:<>"),
        (b"ba baba b", b"+[^a][^a])[ab]()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba baba b>,0", b"ok:<>"),
        (b"ab", b"[^a]*", 3, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<[]a[b]>,2", b"ok:<<>,nil,nil;<b>,nil,nil>"),
        (b"(acab", b"%b()[^a]x", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(acab>,0", b"ok:<>"),
        (b"(a", b"?a%a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(a>,0", b"ok:<>"),
        (b"", b"%f[a](?(%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b")()xba", b"a%b().a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)()xba>,0", b"ok:<>"),
        (b"1xa", b"x%b()*%d.$", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1xa>,0", b"ok:<>"),
        (b"x a(", b"$%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x a(>,0", b"ok:<>"),
        (b"", b"a-%d%a[ab]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"(baxbab ", b".^.", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(baxbab >,0", b"ok:<>"),
        (b"xc( c()", b"*[^a]*^a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<xc( c()>,0", b"ok:<>"),
        (b"ab", b"%^+()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab>,0", b"ok:<>"),
        (b"", b".%1%f[a]%%f[a]%f[a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b" (", b"b?%f[a]a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< (>,0", b"ok:<>"),
        (b" c", b".%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< c>,0", b"ok:<>"),
        (b"", b"%d(^)", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"11)11x", b"[^a].%1", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"cbax)", b"%s%d(", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cbax)>,0", b"ok:<>"),
        (b"c1) xxba", b")[ab]", 1, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"aa1baba)1b", b"?%a*%1%d?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aa1baba)1b>,0", b"ok:<>"),
        (b"x", b")-[ab]%b()b", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"baab", b"^x%x*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baab>,0", b"ok:<>"),
        (b"baba (x", b"(%f[a]%aa%f[a]-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baba (x>,0", b"ok:<>"),
        (b"baxa ((xx", b"*%.*^", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baxa ((xx>,0", b"ok:<>"),
        (b"axcbaa", b")-", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"aaa", b"%d$(", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aaa>,0", b"ok:<>"),
        (b"bccac", b"%1(", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"a ) ba", b"%", 1, b"[%0]", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"c(ab1cbax ", b"^%b()^%%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c(ab1cbax >,0", b"ok:<>"),
        (b"ab)ba1", b".%a-.", 1, b"[%0]", b"ok:1,2", b"ok:<ab>", b"ok:<[ab][)b][a1]>,3", b"ok:<<ab>,nil,nil;<)b>,nil,nil;<a1>,nil,nil>"),
        (b"1ababc(ab1", b"(%f[a]%b()-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1ababc(ab1>,0", b"ok:<>"),
        (b"", b"(x+%s%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"11ab1cba(", b"a", 3, b"[%0]", b"ok:3,3", b"ok:<a>", b"ok:<11[a]b1cb[a](>,2", b"ok:<<a>,nil,nil;<a>,nil,nil>"),
        (b"baca(ba", b"()(a.%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baca(ba>,0", b"ok:<>"),
        (b"b", b"+.", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b"bax )a", b"+", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bax )a>,0", b"ok:<>"),
        (b"ba1abab", b"?%d(^*+", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba1abab>,0", b"ok:<>"),
        (b"ba", b"%1-?%f[a]", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b")abaab) 1", b"b%f[a]", 2, b"[%0]", b"ok:3,3", b"ok:<b>", b"ok:<)a[b]aab) 1>,1", b"ok:<<b>,nil,nil>"),
        (b"ba1 x", b"[ab]%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba1 x>,0", b"ok:<>"),
        (b"xab", b"(+([^a]%a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<xab>,0", b"ok:<>"),
        (b"1", b"a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1>,0", b"ok:<>"),
        (b"a", b"[ab]+", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"c ", b"^)", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"ok:<>"),
        (b"1 ", b"%ax?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1 >,0", b"ok:<>"),
        (b"", b"%b()%f[a]?-*)", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"", b"(", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[]>,1", b"err:unfinished capture"),
        (b"xb ", b"[^a].*", 3, b"[%0]", b"ok:3,3", b"ok:< >", b"ok:<[xb ]>,1", b"ok:<<xb >,nil,nil>"),
        (b"(", b"[^a][^a]x", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(>,0", b"ok:<>"),
        (b" 1bx)ab", b"%%1xa+", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< 1bx)ab>,0", b"ok:<>"),
        (b"abbab", b"b", 3, b"[%0]", b"ok:3,3", b"ok:<b>", b"ok:<a[b][b]a[b]>,3", b"ok:<<b>,nil,nil;<b>,nil,nil;<b>,nil,nil>"),
        (b"1cb(aba)(", b"%a", 3, b"[%0]", b"ok:3,3", b"ok:<b>", b"ok:<1[c][b]([a][b][a])(>,5", b"ok:<<c>,nil,nil;<b>,nil,nil;<a>,nil,nil;<b>,nil,nil;<a>,nil,nil>"),
        (b"ccc1b", b"**bb", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ccc1b>,0", b"ok:<>"),
        (b" ", b"x*+%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< >,0", b"ok:<>"),
        (b"ba)c)", b"[ab]x()+*", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba)c)>,0", b"ok:<>"),
        (b"a1 )( ", b"b+(^a%a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a1 )( >,0", b"ok:<>"),
        (b" ac1", b"[^a]a[^a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[ ac]1>,1", b"ok:<< ac>,nil,nil>"),
        (b"cb(11a1", b"$()-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cb(11a1>,0", b"ok:<>"),
        (b"a1)cacab)", b"?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a1)cacab)>,0", b"ok:<>"),
        (b"(b", b"%s%a%d[ab]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(b>,0", b"ok:<>"),
        (b" cba", b"$b$a-%a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< cba>,0", b"ok:<>"),
        (b"ax b)bc ", b"(%ab)a()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ax b)bc >,0", b"ok:<>"),
        (b" 1baac", b"+().%da", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< 1baac>,0", b"ok:<>"),
        (b"1", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1>,0", b"ok:<>"),
        (b"", b"$).-?", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"bba(x1", b"([^a][^a]x%s()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bba(x1>,0", b"ok:<>"),
        (b"1bax1c", b"().%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1bax1c>,0", b"ok:<>"),
        (b" (b ( ab", b"a+^+", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< (b ( ab>,0", b"ok:<>"),
        (b"baaca", b"-%f[a][^a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baaca>,0", b"ok:<>"),
        (b"x", b"%s", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b"aba (", b"%a%1", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"aa", b"()", 1, b"[%0]", b"ok:1,0,1", b"ok:1", b"ok:<[]a[]a[]>,3", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil>"),
        (b"1ab", b"?%d()%ax", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1ab>,0", b"ok:<>"),
        (b"bac1c b1ba", b"+", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bac1c b1ba>,0", b"ok:<>"),
        (b"1x)1(baba", b"%a%s()%d+$", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1x)1(baba>,0", b"ok:<>"),
        (b" cbabaab", b"$[^a]-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< cbabaab>,0", b"ok:<>"),
        (b"b1ab", b"%a.x)", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b1ab>,0", b"ok:<>"),
        (b"cx xaabbc", b"^", 3, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<[]cx xaabbc>,1", b"ok:<>"),
        (b"()c xba)ab", b"%1?", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"aabcab", b"*%[ab]?", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aabcab>,0", b"ok:<>"),
        (b"baabxcab", b"?-", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]b[]a[]a[]b[]x[]c[]a[]b[]>,9", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"cb ", b"x%b())%%b()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cb >,0", b"ok:<>"),
        (b"b ", b"%1a", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b")abba)", b"*?[ab](-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)abba)>,0", b"ok:<>"),
        (b"))", b"?+b%a[ab]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<))>,0", b"ok:<>"),
        (b"xbaab", b"a%a", 2, b"[%0]", b"ok:3,4", b"ok:<aa>", b"ok:<xb[aa]b>,1", b"ok:<<aa>,nil,nil>"),
        (b"(b", b"?%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(b>,0", b"ok:<>"),
        (b"1)1ba", b"%f[a]+[ab]a)+", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1)1ba>,0", b"ok:<>"),
        (b"abc", b"[ab]", 1, b"[%0]", b"ok:1,1", b"ok:<a>", b"ok:<[a][b]c>,2", b"ok:<<a>,nil,nil;<b>,nil,nil>"),
        (b"abb", b"?*+-%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[]abb>,1", b"ok:<<>,nil,nil>"),
        (b"( b x ", b"**", 1, b"[%0]", b"ok:1,0", b"ok:<>", b"ok:<[]([] []b[] []x[] []>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"abx(xbab", b"+", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abx(xbab>,0", b"ok:<>"),
        (b"1", b"b(.^", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1>,0", b"ok:<>"),
        (b"", b"%s++%", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"bax", b"%s%f[a]%f[a])", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bax>,0", b"ok:<>"),
        (b")xb", b".$x.*b", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)xb>,0", b"ok:<>"),
        (b")abc", b"*x", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)abc>,0", b"ok:<>"),
        (b"xxba())x(", b"$)b-", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<xxba())x(>,0", b"ok:<>"),
        (b"(", b"%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(>,0", b"ok:<>"),
        (b"abax)", b"+a", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abax)>,0", b"ok:<>"),
        (b"()a ab", b")%1%d(?", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"(b( bax1", b")a", 1, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"a1aba1ba", b"$^-[^a]()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a1aba1ba>,0", b"ok:<>"),
        (b"b)bax", b"[ab]%?x+-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b)bax>,0", b"ok:<>"),
        (b"ba11bax )", b"?.", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba11bax )>,0", b"ok:<>"),
        (b"1 aababb1x", b"+??%s()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1 aababb1x>,0", b"ok:<>"),
        (b"1cbcbaa1c", b"a[ab]", 1, b"[%0]", b"ok:6,7", b"ok:<aa>", b"ok:<1cbcb[aa]1c>,1", b"ok:<<aa>,nil,nil>"),
        (b"ba1", b"[ab]%s+", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba1>,0", b"ok:<>"),
        (b"1babb", b"%a%f[a])", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"", b"+xax$[ab]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1 ((a(", b"b*", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<[]1[] []([]([]a[]([]>,7", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b" ", b"(?+a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< >,0", b"ok:<>"),
        (b")(a xxba ", b"%()%f[a]+%b()%d", 1, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"x", b"x*^)%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b"ab(x", b"+^%a%1[^a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab(x>,0", b"ok:<>"),
        (b" )ax)baba", b"ax[^a]%ab[^a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< )ax)baba>,0", b"ok:<>"),
        (b"ab a", b"%b().%d", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab a>,0", b"ok:<>"),
        (b") bbaxbax)", b"x%b()?%a^%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<) bbaxbax)>,0", b"ok:<>"),
        (b"x", b"axx", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b"aaabaxxbac", b"^", 3, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<[]aaabaxxbac>,1", b"ok:<>"),
        (b"baab", b".[ab].%", 3, b"[%0]", b"ok:nil", b"ok:nil", b"err:malformed pattern (ends with '%')", b"err:malformed pattern (ends with '%')"),
        (b"ccx(", b"*x%b()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ccx(>,0", b"ok:<>"),
        (b")x)a)", b"[^a]", 2, b"[%0]", b"ok:2,2", b"ok:<x>", b"ok:<[)][x][)]a[)]>,4", b"ok:<<)>,nil,nil;<x>,nil,nil;<)>,nil,nil;<)>,nil,nil>"),
        (b"bab)c x(x", b".)*^", 1, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"11)", b"()+.%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<11)>,0", b"ok:<>"),
        (b"abca", b"*", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abca>,0", b"ok:<>"),
        (b"", b".", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1bab", b"%f[a]*", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1bab>,0", b"ok:<>"),
        (b"bx", b"+).()[^a]()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bx>,0", b"ok:<>"),
        (b"ba x1 ab(", b".b%a", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba x1 ab(>,0", b"ok:<>"),
        (b"(b", b"[^a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<[(][b]>,2", b"ok:<<(>,nil,nil;<b>,nil,nil>"),
        (b"ab", b"?b[^a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab>,0", b"ok:<>"),
        (b")", b"[^a]*-[^a]%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)>,0", b"ok:<>"),
        (b"bbaaxc", b"(%f[a]%b()%f[a]", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bbaaxc>,0", b"ok:<>"),
        (b"bax))bababa", b"a-%f[a]", 2, b"[%0]", b"ok:2,1", b"ok:<>", b"ok:<b[]ax))b[]ab[]ab[]a>,4", b"ok:<<>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"1ccab1", b"%[ab]%b()..", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1ccab1>,0", b"ok:<>"),
        (b"ba)a", b"%a(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[b][a])[a]>,3", b"err:unfinished capture"),
        (b"x", b"%ab%b()[ab]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b"baabab", b"[^a]%aa%f[a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baabab>,0", b"ok:<>"),
        (b"bc a", b"?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bc a>,0", b"ok:<>"),
        (b"c ab1xc", b"%s%b%f[a]?", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c ab1xc>,0", b"ok:<>"),
        (b"x()", b"?%s%^()[^a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x()>,0", b"ok:<>"),
        (b"abxba", b"-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abxba>,0", b"ok:<>"),
        (b"bac", b"-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bac>,0", b"ok:<>"),
        (b"x1abx(1()", b"%s", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x1abx(1()>,0", b"ok:<>"),
        (b"", b")", 3, b"[%0]", b"ok:nil", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"(c 1 baa", b"%d", 2, b"[%0]", b"ok:4,4", b"ok:<1>", b"ok:<(c [1] baa>,1", b"ok:<<1>,nil,nil>"),
        (b"((b ", b"(*", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<((b >,0", b"ok:<>"),
        (b"", b"%1^.b-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"1ba", b"?$()[^a]?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1ba>,0", b"ok:<>"),
        (b"1)abbc", b"-?-.$%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1)abbc>,0", b"ok:<>"),
        (b" c", b".x", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< c>,0", b"ok:<>"),
        (b"ab", b"[^a]$-(%1()", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"1", b".^?.)?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1>,0", b"ok:<>"),
        (b"ab1axxbabaa", b"-.++%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab1axxbabaa>,0", b"ok:<>"),
        (b"", b"([^a]+%a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"  abab)(", b".", 1, b"[%0]", b"ok:1,1", b"ok:< >", b"ok:<[ ][ ][a][b][a][b][)][(]>,8", b"ok:<< >,nil,nil;< >,nil,nil;<a>,nil,nil;<b>,nil,nil;<a>,nil,nil;<b>,nil,nil;<)>,nil,nil;<(>,nil,nil>"),
        (b"cc", b"x?%1[ab]", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"(cbaa1(", b"%da-+?", 1, b"[%0]", b"ok:6,6", b"ok:<1>", b"ok:<(cbaa[1](>,1", b"ok:<<1>,nil,nil>"),
        (b"x", b"%f[a]%aa", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b"x", b"b[ab]a+$%f[a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x>,0", b"ok:<>"),
        (b"", b".x*", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"b)(ba(1x", b")", 2, b"[%0]", b"ok:2,2", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"c ba ", b"%a?%%f[a])%a", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c ba >,0", b"ok:<>"),
        (b"ab", b"%s^x?.%1", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab>,0", b"ok:<>"),
        (b"cba", b"x$+^()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<cba>,0", b"ok:<>"),
        (b"", b"?", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"abab", b"%f[a]%f[a]%()^[^a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abab>,0", b"ok:<>"),
        (b") x(xabc1", b"x%b().%b()($", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<) x(xabc1>,0", b"ok:<>"),
        (b"( ab ba 1", b"%1*%b()", 3, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"ba abba()", b"-^[ab]%s%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba abba()>,0", b"ok:<>"),
        (b"b(ab", b"%a-[ab]b%s%", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b(ab>,0", b"ok:<>"),
        (b"1", b"%d%1%a+()(", 3, b"[%0]", b"ok:nil", b"ok:nil", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"c)abxbba", b"%a?%b()%1^%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c)abxbba>,0", b"ok:<>"),
        (b"abab(a aa)", b"[^a]+%a%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abab(a aa)>,0", b"ok:<>"),
        (b"caab", b"(", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]c[]a[]a[]b[]>,5", b"err:unfinished capture"),
        (b" ( ", b"[^a])", 1, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"x 11caab", b"%%sx", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x 11caab>,0", b"ok:<>"),
        (b"bab", b"%a%b()x%d", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bab>,0", b"ok:<>"),
        (b"baax1", b"%b()", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baax1>,0", b"ok:<>"),
        (b"x1)", b"^%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<x1)>,0", b"ok:<>"),
        (b"1(a)ba", b"%1", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"", b".%1()(", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"c", b"(%b()()[ab]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c>,0", b"ok:<>"),
        (b"ab", b"a%s)bx", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ab>,0", b"ok:<>"),
        (b"1)a(cba", b"*%b()[^a]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1)a(cba>,0", b"ok:<>"),
        (b" )b1)a", b"^^", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:< )b1)a>,0", b"ok:<>"),
        (b"xaa(ab1xb", b"x)", 3, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"b", b"?[ab]%d", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b>,0", b"ok:<>"),
        (b")1ab1", b"[^a][ab]%f[a]", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)1ab1>,0", b"ok:<>"),
        (b"c ab", b"()[^a][ab]%s%b()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c ab>,0", b"ok:<>"),
        (b"(a", b"())%a()*", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"abxb", b"a?", 3, b"[%0]", b"ok:3,2", b"ok:<>", b"ok:<[a]b[]x[]b[]>,4", b"ok:<<a>,nil,nil;<>,nil,nil;<>,nil,nil;<>,nil,nil>"),
        (b"", b"xa%f[a]?.", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1baab", b"()", 3, b"[%0]", b"ok:3,2,3", b"ok:3", b"ok:<[]1[]b[]a[]a[]b[]>,6", b"ok:<1,nil,nil;2,nil,nil;3,nil,nil;4,nil,nil;5,nil,nil;6,nil,nil>"),
        (b"ba1ca", b"+b%d%a%d", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba1ca>,0", b"ok:<>"),
        (b"c((abaaab", b"()%d", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<c((abaaab>,0", b"ok:<>"),
        (b"baabcaba ", b"%f[a]^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<baabcaba >,0", b"ok:<>"),
        (b"abbab(xbb", b".%b()[ab].[ab]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abbab(xbb>,0", b"ok:<>"),
        (b"a(", b"(b^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<a(>,0", b"ok:<>"),
        (b"ababcab1", b"(^[ab]", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ababcab1>,0", b"ok:<>"),
        (b"bax)ab", b"?**b", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bax)ab>,0", b"ok:<>"),
        (b"", b"x+", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"(c)ba", b")a?^%f[a]+", 3, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"", b"%d$)x", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"1bcx)xbab", b"()(b", 1, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<1[b]cx)x[b]a[b]>,3", b"err:unfinished capture"),
        (b"", b"%d(", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"b(1baa", b"%f[a]%sx%a%f[a]^", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<b(1baa>,0", b"ok:<>"),
        (b")a1", b"b%b()*$", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<)a1>,0", b"ok:<>"),
        (b"1((a", b"$b.", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1((a>,0", b"ok:<>"),
        (b"(1)a", b"?*%a", 3, b"[%0]", b"ok:4,4", b"ok:<a>", b"ok:<(1)[a]>,1", b"ok:<<a>,nil,nil>"),
        (b"(", b"%1", 1, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"xabaabbaabbaba", b"(", 3, b"[%0]", b"err:unfinished capture", b"err:unfinished capture", b"ok:<[]x[]a[]b[]a[]a[]b[]b[]a[]a[]b[]b[]a[]b[]a[]>,15", b"err:unfinished capture"),
        (b"bc", b"[^a]%s", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<bc>,0", b"ok:<>"),
        (b"bbax", b")", 2, b"[%0]", b"ok:nil", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"ba(ab)abbab", b"()%d^x", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<ba(ab)abbab>,0", b"ok:<>"),
        (b"xabac", b"()().%?", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<xabac>,0", b"ok:<>"),
        (b"a1ab))a", b".[ab]", 1, b"[%0]", b"ok:2,3", b"ok:<1a>", b"ok:<a[1a]b)[)a]>,2", b"ok:<<1a>,nil,nil;<)a>,nil,nil>"),
        (b"1( ", b"%d$", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1( >,0", b"ok:<>"),
        (b"baa)1xbc1", b")+()%b()+b", 2, b"[%0]", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture", b"err:invalid pattern capture"),
        (b"", b"x%aba", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<>,0", b"ok:<>"),
        (b"c1)baa", b"[^a]", 1, b"[%0]", b"ok:1,1", b"ok:<c>", b"ok:<[c][1][)][b]aa>,4", b"ok:<<c>,nil,nil;<1>,nil,nil;<)>,nil,nil;<b>,nil,nil>"),
        (b"1ccab(a", b"+%1x%1", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1ccab(a>,0", b"ok:<>"),
        (b"(", b"+-(%b()", 2, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<(>,0", b"ok:<>"),
        (b"()bx", b"()(*%*", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<()bx>,0", b"ok:<>"),
        (b"1x", b"?%s%d%s(", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1x>,0", b"ok:<>"),
        (b"aca bbab", b"(-", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<aca bbab>,0", b"ok:<>"),
        (b"abxbaaa)1ab", b"*()", 3, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<abxbaaa)1ab>,0", b"ok:<>"),
        (b"(xaba(1ba", b"%1%?", 2, b"[%0]", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1", b"err:invalid capture index %1"),
        (b"1)x1)xb", b"+.-", 1, b"[%0]", b"ok:nil", b"ok:nil", b"ok:<1)x1)xb>,0", b"ok:<>"),
    ];
}
