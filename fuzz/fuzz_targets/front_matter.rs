//! Front matter splitting and parsing: any bytes in, a SourceFile or diagnostics out,
//! never a panic; what parses is consistent.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::front_matter(data));
