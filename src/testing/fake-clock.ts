import type { Clock } from '../core/clock.js';

interface Timer {
  next: number;
  ms: number;
  fn: () => void;
}

/** A clock whose sleep advances time instantly, firing `every` timers that fall due on the way; for unit tests. */
export class FakeClock implements Clock {
  constructor(private time = 0) {}
  readonly sleeps: number[] = [];
  private readonly timers = new Set<Timer>();
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.advance(ms);
  }
  every(ms: number, fn: () => void): () => void {
    const timer = { next: this.time + ms, ms, fn };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }
  /** Moves time on by ms, firing each timer as often as it falls due, in time order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.time = due.next;
      due.next += due.ms;
      due.fn();
    }
    this.time = end;
  }
}
