//! One whole article through the pipeline: decode, front matter, clean, render, sanitise.
//! No panic, and the HTML has no script, no event handler and no unsafe URL.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::pipeline(data));
