//! Printable chunk identifiers for error messages (the reference's
//! `luaO_chunkid` rules).
//!
//! - `=name`: `name` itself, cut to `LUA_IDSIZE - 1` bytes.
//! - `@file`: the file name; a long name keeps its tail, prefixed by `...`.
//! - anything else is source text: `[string "first line"]`, with `...` when
//!   the text had more lines or was too long.
//!
//! The result never exceeds `LUA_IDSIZE - 1` bytes. Chunk names are C strings
//! in the reference, so everything from the first NUL byte on is ignored.

/// Size of the reference's `short_src` buffer, including its final NUL.
pub const LUA_IDSIZE: usize = 60;

const RETS: &[u8] = b"...";
const PRE: &[u8] = b"[string \"";
const POS: &[u8] = b"\"]";

/// The printable form of a chunk name.
pub fn chunkid(source: &[u8]) -> Vec<u8> {
    let source = match source.iter().position(|&b| b == 0) {
        Some(n) => &source[..n],
        None => source,
    };
    let mut out = Vec::with_capacity(LUA_IDSIZE);
    match source.first() {
        Some(b'=') => {
            let rest = &source[1..];
            out.extend_from_slice(&rest[..rest.len().min(LUA_IDSIZE - 1)]);
        }
        Some(b'@') => {
            let rest = &source[1..];
            if rest.len() < LUA_IDSIZE {
                out.extend_from_slice(rest);
            } else {
                // Keep the end of the name: it is the most informative part.
                let keep = LUA_IDSIZE - 1 - RETS.len();
                out.extend_from_slice(RETS);
                out.extend_from_slice(&rest[rest.len() - keep..]);
            }
        }
        _ => {
            // Room for the text between the prefix, the dots, the suffix and a NUL.
            let room = LUA_IDSIZE - (PRE.len() + RETS.len() + POS.len()) - 1;
            let nl = source.iter().position(|&b| b == b'\n');
            out.extend_from_slice(PRE);
            if source.len() < room && nl.is_none() {
                out.extend_from_slice(source);
            } else {
                let len = nl.unwrap_or(source.len()).min(room);
                out.extend_from_slice(&source[..len]);
                out.extend_from_slice(RETS);
            }
            out.extend_from_slice(POS);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::chunkid;

    fn id(s: &str) -> String {
        String::from_utf8(chunkid(s.as_bytes())).unwrap()
    }

    #[test]
    fn literal_and_file_names() {
        assert_eq!(id("=stdin"), "stdin");
        assert_eq!(id("@x.lua"), "x.lua");
        assert_eq!(id("="), "");
        let long = format!("={}", "a".repeat(100));
        assert_eq!(id(&long), "a".repeat(59));
        let long = format!("@{}", "b".repeat(59));
        assert_eq!(id(&long), "b".repeat(59));
        let long = format!("@{}c", "b".repeat(59));
        assert_eq!(id(&long), format!("...{}c", "b".repeat(55)));
    }

    #[test]
    fn source_strings() {
        assert_eq!(id("x = 1"), "[string \"x = 1\"]");
        assert_eq!(id("x = 1\ny = 2"), "[string \"x = 1...\"]");
        assert_eq!(id(""), "[string \"\"]");
        let s = "a".repeat(44);
        assert_eq!(id(&s), format!("[string \"{s}\"]"));
        let s = "a".repeat(45);
        assert_eq!(id(&s), format!("[string \"{}...\"]", "a".repeat(45)));
        assert_eq!(id("a\0b"), "[string \"a\"]");
    }
}
