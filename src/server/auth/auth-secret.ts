import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { readSetting } from '../db/app-settings.ts';

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when the operator sets one (needed
 * when instances do not share a database), otherwise one generated per install and kept in the
 * database, so every instance on that database agrees and nothing secret lives in the repository.
 */
export async function readOrCreateAuthSecret(db: Kysely<Database>, fromEnv?: string): Promise<string> {
  if (fromEnv) return fromEnv;
  const existing = await readSetting(db, 'auth_secret');
  if (existing) return existing;
  const now = new Date().toISOString();
  const secret = randomBytes(32).toString('base64url');
  // Two instances may race here; the first insert wins and both then read the same value.
  await db
    .insertInto('app_settings')
    .values({ key: 'auth_secret', value: secret, updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await readSetting(db, 'auth_secret')) ?? secret;
}
