import { getMigrations } from 'better-auth/db/migration';
import type { Db } from '../db/index.ts';
import { authOptions } from './auth.ts';

/**
 * What better-auth, with our options, would still create or add in a database our migrations
 * have brought up to date: nothing, as long as migration 0050 matches the installed version.
 * Only tests call this; the server does not load better-auth to start (ADR 0009).
 */
export async function findAuthSchemaDrift(db: Db): Promise<string[]> {
  const { toBeCreated, toBeAdded } = await getMigrations(
    authOptions(db, 'schema-only-secret-schema-only-secret', undefined),
  );
  return [
    ...toBeCreated.map((table) => `create table ${table.table}`),
    ...toBeAdded.map((table) => `add to ${table.table}: ${Object.keys(table.fields).join(', ')}`),
  ];
}
