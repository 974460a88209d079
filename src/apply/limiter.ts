/**
 * Client-side throttling for the ngrok API: a token bucket (smooth pacing with a small burst)
 * backed by a sliding 60-second window (a hard guarantee that no rolling minute ever carries
 * more than the limit, which is how ngrok counts), plus a counting semaphore for in-flight
 * requests. Both take an injectable clock so tests and estimates run on virtual time.
 */

/** A clock: current time in milliseconds and a way to wait. */
export interface Clock {
  /** The current time in milliseconds. */
  now: () => number;
  /** Resolves after `ms` milliseconds. */
  sleep: (ms: number) => Promise<void>;
}

/** The real clock. */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms))),
};

/** Options of {@link RateLimiter}. */
export interface RateLimiterOptions {
  /** Requests per rolling minute; `0` or `Infinity` turns throttling off. Default 120. */
  perMinute?: number;
  /** Bucket size: how many requests may go back to back. Default 10 (capped at `perMinute`). */
  burst?: number;
  clock?: Clock;
}

const WINDOW_MS = 60_000;

/** Token bucket + sliding window rate limiter. `acquire()` resolves when one request may go. */
export class RateLimiter {
  readonly perMinute: number;
  readonly burst: number;
  private readonly clock: Clock;
  private tokens: number;
  private last: number;
  /** Send times of the last `perMinute` requests (ring buffer), for the window check. */
  private readonly sent: number[] = [];
  private head = 0;
  private queue: Promise<void> = Promise.resolve();
  private pausedUntil = 0;

  constructor(options: RateLimiterOptions = {}) {
    const per = options.perMinute ?? 120;
    this.perMinute = per > 0 && Number.isFinite(per) ? per : Infinity;
    this.burst = Math.max(1, Math.min(options.burst ?? 10, this.perMinute));
    this.clock = options.clock ?? realClock;
    this.tokens = this.burst;
    this.last = this.clock.now();
  }

  /** True when throttling is on. */
  get enabled(): boolean {
    return this.perMinute !== Infinity;
  }

  /** Holds every request back until `until` (used after a 429 with Retry-After). */
  pauseUntil(until: number): void {
    if (until > this.pausedUntil) this.pausedUntil = until;
  }

  /** Waits for permission to send one request. Requests are served in call order. */
  acquire(): Promise<void> {
    const p = this.queue.then(() => this.take());
    this.queue = p.catch(() => undefined);
    return p;
  }

  private async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      let wait = Math.max(0, this.pausedUntil - now);
      if (this.enabled) {
        const rate = this.perMinute / WINDOW_MS;
        this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * rate);
        this.last = now;
        if (this.tokens < 1) wait = Math.max(wait, Math.ceil((1 - this.tokens) / rate));
        if (this.sent.length >= this.perMinute) {
          const oldest = this.sent[this.head]!;
          wait = Math.max(wait, oldest + WINDOW_MS - now);
        }
      }
      if (wait <= 0) {
        if (this.enabled) {
          this.tokens -= 1;
          if (this.sent.length < this.perMinute) this.sent.push(now);
          else {
            this.sent[this.head] = now;
            this.head = (this.head + 1) % this.sent.length;
          }
        }
        return;
      }
      await this.clock.sleep(wait);
    }
  }
}

/** A counting semaphore bounding concurrent work. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly size: number) {
    if (!(size >= 1)) this.size = 1;
  }
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
