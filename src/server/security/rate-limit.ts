import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/index.ts';

export interface RateLimitVerdict {
  allowed: boolean;
  /** Seconds until the window frees up, when not allowed. */
  retryAfter: number;
}

/**
 * Counts one attempt for `key` in a fixed window, in the database so that every instance sees
 * the same count. The upsert is a single statement, so concurrent attempts cannot both slip
 * under the limit.
 */
export async function consumeRateLimit(
  db: Kysely<Database>,
  key: string,
  max: number,
  windowMs: number,
  now = Date.now(),
): Promise<RateLimitVerdict> {
  const windowStart = now - (now % windowMs);
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when rate_limits.window_start = ${windowStart} then rate_limits.count + 1 else 1 end`,
        window_start: windowStart,
      }),
    )
    .returning(['count'])
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  return count <= max
    ? { allowed: true, retryAfter: 0 }
    : { allowed: false, retryAfter: Math.ceil((windowStart + windowMs - now) / 1000) };
}
