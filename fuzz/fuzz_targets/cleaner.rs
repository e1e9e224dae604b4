//! The cleaner with the default rules and boilerplate learned from the input itself
//! (split into two articles of one publisher at the first NUL): it never grows a body,
//! keeps lines in order, and is idempotent.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::cleaner(data));
