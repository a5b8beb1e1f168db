//! An ordered pool of scoped threads: jobs are numbered as they are given, run side by side,
//! and their answers are taken back by number — so whoever takes them can keep the order the
//! jobs came in, whatever order the threads finish in. A job's panic comes back to the taker.

use std::collections::HashMap;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::Scope;

/// The giving and taking ends of the pool (its threads end when it is dropped).
pub struct Ordered<J, A> {
    jobs: Sender<(u64, J)>,
    results: Receiver<(u64, std::thread::Result<A>)>,
    /// Answers that came before they were asked for (another thread was quicker).
    arrived: HashMap<u64, A>,
    next: u64,
}

impl<J: Send, A: Send> Ordered<J, A> {
    /// Starts `threads` threads in `scope`, each running the job function `worker` makes for
    /// it (called once per thread, on this one: a thread's own connection, say).
    pub fn start<'scope, W>(
        scope: &'scope Scope<'scope, '_>,
        threads: usize,
        mut worker: impl FnMut() -> W,
    ) -> Self
    where
        J: 'scope,
        A: 'scope,
        W: FnMut(J) -> A + Send + 'scope,
    {
        let (jobs, queue) = mpsc::channel::<(u64, J)>();
        let (answers, results) = mpsc::channel();
        let queue = Arc::new(Mutex::new(queue));
        for _ in 0..threads {
            let (queue, answers, mut run) = (queue.clone(), answers.clone(), worker());
            scope.spawn(move || {
                loop {
                    let job = match queue.lock() {
                        Ok(q) => q.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, job)) = job else {
                        return;
                    };
                    // A panic is handed back, to be resumed where the answer is taken.
                    let answer =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(job)));
                    if answers.send((seq, answer)).is_err() {
                        return;
                    }
                }
            });
        }
        Ordered {
            jobs,
            results,
            arrived: HashMap::new(),
            next: 0,
        }
    }

    /// Hands a job to the threads; returns its number.
    pub fn give(&mut self, job: J) -> u64 {
        let seq = self.next;
        self.next += 1;
        // The threads outlive the sender (they end when it is dropped): this cannot fail
        // unless they all panicked, which `take` resumes.
        let _ = self.jobs.send((seq, job));
        seq
    }

    /// The answer to job `seq`, waiting for it if need be. A job's panic is resumed on the
    /// taker's thread by the first `take` that receives it (which may be one waiting for an
    /// earlier job): the pool is then done.
    pub fn take(&mut self, seq: u64) -> A {
        loop {
            if let Some(found) = self.arrived.remove(&seq) {
                return found;
            }
            let Ok((got, answer)) = self.results.recv() else {
                // Every thread ended without it: only after a panic, resumed below.
                panic!("the pool's threads ended before answering");
            };
            match answer {
                Ok(a) => {
                    self.arrived.insert(got, a);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_taken_in_the_order_the_jobs_were_given() {
        std::thread::scope(|scope| {
            let mut pool = Ordered::start(scope, 3, || {
                |n: u64| {
                    // Later jobs finish first.
                    std::thread::sleep(std::time::Duration::from_millis(30 - n * 3));
                    n * n
                }
            });
            let seqs: Vec<u64> = (0..10).map(|n| pool.give(n)).collect();
            let got: Vec<u64> = seqs.into_iter().map(|s| pool.take(s)).collect();
            assert_eq!(got, (0..10).map(|n| n * n).collect::<Vec<_>>());
        });
    }

    #[test]
    fn a_panicking_job_panics_on_the_takers_thread() {
        let taken = std::panic::catch_unwind(|| {
            std::thread::scope(|scope| {
                let mut pool = Ordered::start(scope, 2, || {
                    |n: u32| {
                        assert!(n != 1, "job one fails");
                        n
                    }
                });
                let (a, b) = (pool.give(0), pool.give(1));
                assert_eq!(pool.take(a), 0);
                pool.take(b)
            })
        });
        assert!(taken.is_err());
    }
}
