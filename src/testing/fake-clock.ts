import type { Clock } from '../core/clock.js';

/** A clock whose sleep advances time instantly; for unit tests. */
export class FakeClock implements Clock {
  constructor(private time = 0) {}
  readonly sleeps: number[] = [];
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }
}
