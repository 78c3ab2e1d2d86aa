import { getMigrations } from 'better-auth/db/migration';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../tests/support/engines.ts';
import { migrateToLatest } from '../db/index.ts';
import { migrations } from '../db/migrations/index.ts';
import { authOptions } from './auth.ts';
import { findAuthSchemaDrift } from './auth-schema.ts';

describe.each(testEngines())('better-auth tables on %s', (engine) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('come from our migrations exactly as the installed better-auth wants them', async () => {
    database = await createTestDatabase(engine);
    expect(await migrateToLatest(database.db)).toContain('0050-auth-tables');
    expect(await findAuthSchemaDrift(database)).toEqual([]);
  });

  it('are left as they are in an install where better-auth created them itself', async () => {
    database = await createTestDatabase(engine);
    // Before migration 0050 the server asked better-auth to create its tables after our migrations.
    const migrator = new Migrator({
      db: database.db as Kysely<unknown>,
      provider: { getMigrations: async () => migrations },
    });
    expect((await migrator.migrateTo('0040-documents')).error).toBeUndefined();
    const options = authOptions(database, 'schema-only-secret-schema-only-secret', undefined);
    await (await getMigrations(options)).runMigrations();
    await database.db.insertInto('user').values(userRow(engine)).execute();

    expect(await migrateToLatest(database.db)).toEqual(['0050-auth-tables']);
    expect(await findAuthSchemaDrift(database)).toEqual([]);
    const users = await database.db.selectFrom('user').select('email').execute();
    expect(users).toEqual([{ email: 'kept@example.jp' }]);
  });
});

function userRow(engine: string) {
  const now = engine === 'postgres' ? new Date() : new Date().toISOString();
  return {
    id: 'u1',
    name: 'Kept',
    email: 'kept@example.jp',
    emailVerified: engine === 'postgres' ? false : 0,
    createdAt: now,
    updatedAt: now,
  } as never;
}
