//! The `briefing` binary: parse the command line, call the library, report.

use std::process::ExitCode;

use clap::Parser;

use briefing::cli::{Cli, Command};

/// mimalloc: the cleaner and the renderer make many small, short-lived allocations,
/// which glibc's allocator serves more slowly (measured in bench/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    briefing::use_small_pages();
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", render_error(&e));
            ExitCode::FAILURE
        }
    }
}

fn render_error(e: &briefing::Error) -> String {
    match e {
        briefing::Error::Input(_) => e.to_string(),
        other => format!("error: {}", briefing::render::templates::error_chain(other)),
    }
}

fn run(command: Command) -> briefing::Result<()> {
    match command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            verbose,
        } => {
            let report = briefing::build(&briefing::BuildOptions {
                root,
                output,
                base_url,
                drafts,
            })?;
            for w in &report.warnings {
                eprintln!("warning: {w}");
            }
            if verbose {
                for (step, secs) in &report.timings {
                    eprintln!("time: {step}: {:.1} ms", secs * 1000.0);
                }
                for (path, body_line, removals) in &report.cleaning.details {
                    for r in removals {
                        eprintln!(
                            "cleaned: {}:{}: {:?} ({})",
                            path.display(),
                            r.line + body_line - 1,
                            r.text,
                            r.reason
                        );
                    }
                }
            }
            println!(
                "Built {} articles, {} pages in {:.2}s into {} (cleaned {} lines of boilerplate from {} articles)",
                report.articles,
                report.pages,
                report.seconds,
                report.output.display(),
                report.cleaning.lines_removed,
                report.cleaning.articles_touched,
            );
            Ok(())
        }
        Command::Clean {
            files,
            root,
            explain,
        } => {
            let outcome = briefing::clean_files(&root, &files)?;
            for file in &outcome {
                print!("{}", file.cleaned_markdown);
                if explain {
                    for r in &file.removals {
                        eprintln!(
                            "{}:{}: removed {:?}: {}",
                            file.path.display(),
                            r.line + file.body_line - 1,
                            r.text,
                            r.reason
                        );
                    }
                    eprintln!(
                        "{}: {} lines removed",
                        file.path.display(),
                        file.removals.len()
                    );
                }
            }
            Ok(())
        }
        Command::Serve {
            root,
            port,
            bind,
            open,
            drafts,
        } => briefing::serve::serve(briefing::serve::ServeOptions {
            root,
            port,
            bind,
            open,
            drafts,
        }),
        Command::Check { root, drafts } => {
            let report = briefing::check::check(&root, drafts)?;
            for w in &report.warnings {
                eprintln!("warning: {w}");
            }
            for b in &report.broken {
                eprintln!("error: {b}");
            }
            println!(
                "Checked {} links on {} pages: {} broken",
                report.links,
                report.pages,
                report.broken.len()
            );
            if report.broken.is_empty() {
                Ok(())
            } else {
                Err(briefing::Error::Other(format!(
                    "{} broken links",
                    report.broken.len()
                )))
            }
        }
        Command::Init { dir } => {
            briefing::init::init(&dir)?;
            println!(
                "Created a new briefing in {}. Build it with: briefing build --root {}",
                dir.display(),
                dir.display()
            );
            Ok(())
        }
    }
}
