//! Progress of long work (`ingest` of a large folder, `reprocess`): a bar with the rate and
//! the time left when standard error is a terminal, a plain line every few seconds when not
//! (a log, a pipe, a service manager).

use std::fmt::Write;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressState, ProgressStyle};

/// How often the plain lines come when standard error is not a terminal.
const EVERY: Duration = Duration::from_secs(5);

/// Work below this many messages shows no progress (it is over before anyone looks).
const AT_LEAST: usize = 100;

pub struct Progress {
    what: &'static str,
    total: usize,
    done: usize,
    started: Instant,
    last_line: Instant,
    bar: Option<ProgressBar>,
    quiet: bool,
}

impl Progress {
    /// Progress of `what` ("analysed") over `total` messages.
    pub fn new(what: &'static str, total: usize) -> Self {
        let quiet = total < AT_LEAST;
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new(total as u64);
            if let Ok(style) = ProgressStyle::with_template(
                "{msg} [{bar:40}] {pos}/{len} messages, {rate} a second, about {eta} left",
            ) {
                // Whole messages a second ("2834"), not indicatif's "2834.1259/s".
                let style = style.with_key("rate", |state: &ProgressState, w: &mut dyn Write| {
                    let _ = write!(w, "{:.0}", state.per_sec());
                });
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_message(what);
            bar
        });
        let now = Instant::now();
        Progress {
            what,
            total,
            done: 0,
            started: now,
            last_line: now,
            bar,
            quiet,
        }
    }

    /// One more message done.
    pub fn tick(&mut self) {
        self.done += 1;
        if let Some(bar) = &self.bar {
            bar.inc(1);
        } else if !self.quiet && self.last_line.elapsed() >= EVERY {
            self.last_line = Instant::now();
            eprintln!("zvit: {}", self.line());
        }
    }

    /// The work is over: the bar goes, a last line stays.
    pub fn finish(self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if !self.quiet {
            eprintln!("zvit: {}", self.line());
        }
    }

    fn line(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64();
        let rate = self.done as f64 / secs.max(1e-9);
        let left = (self.total.saturating_sub(self.done)) as f64 / rate.max(1e-9);
        format!(
            "{} {} of {} messages, {rate:.0} a second, {secs:.0} s so far, about {left:.0} s left",
            self.what, self.done, self.total
        )
    }
}
