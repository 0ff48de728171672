/**
 * The popup's watchdog: wait for a piece of work at most `ms`, then stop waiting and say so
 * (the work's late result, or failure, is ignored). Pure: the timer functions can be passed in.
 */
export type Watched<T> = { done: true; value: T } | { done: false };

export function withWatchdog<T>(
  work: Promise<T>,
  ms: number,
  timers: { set: (f: () => void, ms: number) => unknown; clear: (id: unknown) => void } = {
    set: (f, t) => setTimeout(f, t),
    clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  },
): Promise<Watched<T>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const id = timers.set(() => {
      if (settled) return;
      settled = true;
      resolve({ done: false });
    }, ms);
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        timers.clear(id);
        resolve({ done: true, value });
      },
      (e: unknown) => {
        if (settled) return;
        settled = true;
        timers.clear(id);
        reject(e);
      },
    );
  });
}
