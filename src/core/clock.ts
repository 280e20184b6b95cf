/** Time as core code sees it: injected, so tests never really wait. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /**
   * Calls fn every `ms` until the returned stop function is called. Background work (the lease's
   * renewal) goes through here, so a fake clock fires it as its time passes.
   */
  every(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  every: (ms, fn) => {
    // unref: a timer that only keeps a lease fresh must not keep a finished process alive.
    const timer = setInterval(fn, ms).unref();
    return () => clearInterval(timer);
  },
};
