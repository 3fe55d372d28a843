//! Number <-> text conversions with the reference's rules.
