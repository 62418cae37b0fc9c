//! Work spread over the machine's cores.

/// What a thread gave; its panic goes on.
pub fn joined<T>(worker: std::thread::ScopedJoinHandle<'_, T>) -> T {
    worker
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

thread_local! {
    /// Set on a thread that is itself one of several workers: its work stays on it.
    static ALONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `work` on this thread only: [`in_parallel`] inside it spreads nothing. For work that is
/// already one of several running at once (the province's checks, an agency each), where more
/// threads would only take turns on the same cores.
pub fn on_this_thread<R>(work: impl FnOnce() -> R) -> R {
    let before = ALONE.with(|alone| alone.replace(true));
    let result = work();
    ALONE.with(|alone| alone.set(before));
    result
}

/// Whether this thread's work stays on it (see [`on_this_thread`]).
pub fn alone() -> bool {
    ALONE.with(std::cell::Cell::get)
}

/// `work` done on every item, in place, spread over the machine's cores. Each result goes
/// straight into its item, so no thread gathers results of its own to be copied over later (at
/// 100 000 records, each copy of every record is tens of megabytes).
pub fn in_parallel<T: Send>(items: &mut [T], work: impl Fn(&mut T) + Sync) {
    // Items are handed out in small batches, so that a slow one does not hold the others up.
    const BATCH: usize = 32;
    let threads = match alone() {
        true => 1,
        false => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let threads = threads.min(items.len().div_ceil(BATCH));
    if threads <= 1 {
        items.iter_mut().for_each(work);
        return;
    }
    let batches = std::sync::Mutex::new(items.chunks_mut(BATCH));
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    loop {
                        let batch = {
                            let mut batches = batches
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner);
                            batches.next()
                        };
                        let Some(batch) = batch else {
                            return;
                        };
                        batch.iter_mut().for_each(&work);
                    }
                })
            })
            .collect();
        for worker in workers {
            joined(worker);
        }
    });
}
