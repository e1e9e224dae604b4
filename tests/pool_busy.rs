//! The cleaner's patterns compile on first use. That first use may come from any
//! thread while every thread of rayon's pool is busy (or waiting for the patterns):
//! compiling must not need the pool, or the build would hang. Its own test binary, so
//! that nothing has compiled the patterns before.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use briefing::clean::{self, CleanRules, CleaningConfig, Learned, SourceContext};

#[test]
fn patterns_compile_while_every_pool_thread_is_busy() {
    let workers = rayon::current_num_threads();
    let started = Arc::new(AtomicUsize::new(0));
    let release = Arc::new(AtomicBool::new(false));
    // Occupy every thread of the pool until the main thread has cleaned a body.
    for _ in 0..workers {
        let (started, release) = (Arc::clone(&started), Arc::clone(&release));
        rayon::spawn(move || {
            started.fetch_add(1, Ordering::SeqCst);
            while !release.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(1));
            }
        });
    }
    while started.load(Ordering::SeqCst) < workers {
        std::thread::sleep(Duration::from_millis(1));
    }
    // If compiling waited for the pool, this would never return: fail instead of hanging.
    let release_later = Arc::clone(&release);
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(60));
        if !release_later.load(Ordering::SeqCst) {
            eprintln!("cleaning waited for rayon's pool to compile its patterns");
            std::process::exit(1);
        }
    });
    let clock = Instant::now();
    let rules = CleanRules::compile(&CleaningConfig::default()).expect("default rules compile");
    let ctx = SourceContext {
        source: Some("Harbour Courier"),
        ..Default::default()
    };
    let body = "The harbour board met on Tuesday.\n\nFollow us on Mastodon.\n© 2025 Harbour Courier. All rights reserved.\n";
    let cleaned = clean::clean(body, &ctx, &rules, &Learned::default());
    release.store(true, Ordering::SeqCst);
    assert_eq!(cleaned.body, "The harbour board met on Tuesday.\n");
    assert!(clock.elapsed() < Duration::from_secs(60));
}
