/**
 * A fixed-window counter per key held in this process's memory. Used for the anonymous JSON
 * API, where a database write per call would cost more than the call itself (PRODUCT.md P4);
 * the budget therefore applies per instance. Sign-in and the other account endpoints use the
 * database-backed limiter in rate-limit.ts, which all instances share.
 */
import type { RateLimitVerdict } from './rate-limit.ts';

export interface MemoryRateLimiter {
  consume(key: string, now?: number): RateLimitVerdict;
}

export function createMemoryRateLimiter(max: number, windowMs: number, maxKeys = 50_000): MemoryRateLimiter {
  const windows = new Map<string, { start: number; count: number }>();

  function forgetExpired(now: number): void {
    for (const [key, window] of windows) if (window.start + windowMs <= now) windows.delete(key);
    // Under a flood of distinct keys, drop the oldest rather than grow without bound.
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  }

  return {
    consume(key, now = Date.now()) {
      const start = now - (now % windowMs);
      let window = windows.get(key);
      if (!window || window.start !== start) {
        if (!window && windows.size >= maxKeys) forgetExpired(now);
        window = { start, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return window.count <= max
        ? { allowed: true, retryAfter: 0 }
        : { allowed: false, retryAfter: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
    },
  };
}
