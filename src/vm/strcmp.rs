//! String ordering as the reference does it: `strcoll` on the pieces
//! between embedded zeros, so the C locale's order holds byte for byte.
use std::cmp::Ordering;

pub fn compare(a: &[u8], b: &[u8]) -> Ordering {
    // In the C locale strcoll is strcmp; comparing bytes is equivalent and
    // handles embedded zeros the same way (a shorter prefix sorts first).
    a.cmp(b)
}
