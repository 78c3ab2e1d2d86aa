import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from './memory-rate-limit.ts';

describe('createMemoryRateLimiter', () => {
  it('allows max calls per window and key, then refuses until the window turns', () => {
    const limiter = createMemoryRateLimiter(3, 60_000);
    const t0 = 120_000;
    expect([1, 2, 3].map(() => limiter.consume('a', t0).allowed)).toEqual([true, true, true]);
    expect(limiter.consume('a', t0 + 15_000)).toEqual({ allowed: false, retryAfter: 45 });
    expect(limiter.consume('b', t0 + 15_000).allowed).toBe(true);
    expect(limiter.consume('a', t0 + 60_000).allowed).toBe(true);
  });

  it('never allows more than max calls for one key within a window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: 59_999 })), (max, offsets) => {
        const limiter = createMemoryRateLimiter(max, 60_000);
        const allowed = [...offsets].sort((a, b) => a - b).filter((at) => limiter.consume('k', at).allowed);
        expect(allowed.length).toBe(Math.min(max, offsets.length));
      }),
    );
  });

  it('keeps at most maxKeys entries under a flood of distinct clients', () => {
    const limiter = createMemoryRateLimiter(1, 60_000, 100);
    for (let i = 0; i < 1_000; i += 1) limiter.consume(`client-${i}`, 1_000);
    // The most recent client still has its window: a second call is refused.
    expect(limiter.consume('client-999', 1_000).allowed).toBe(false);
  });
});
