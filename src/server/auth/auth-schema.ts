import { sql } from 'kysely';
import { getMigrations } from 'better-auth/db/migration';
import type { Db } from '../db/index.ts';
import { authOptions } from './auth.ts';

/**
 * Creates or updates better-auth's own tables (user, session, account, verification,
 * twoFactor, rateLimit) with the column types it expects on each engine. Runs after our
 * migrations on every start; on PostgreSQL under an advisory lock so that instances starting
 * together do not race.
 */
export async function ensureAuthSchema(db: Db): Promise<void> {
  const apply = async () => {
    // The secret does not matter for creating tables.
    const { runMigrations } = await getMigrations(authOptions(db, 'schema-only-secret-schema-only-secret', undefined));
    await runMigrations();
  };
  if (db.engine !== 'postgres') return apply();
  await db.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(80512311)`.execute(connection);
    try {
      await apply();
    } finally {
      await sql`select pg_advisory_unlock(80512311)`.execute(connection);
    }
  });
}
