import { getEnv } from '../env.ts';
import { connectDb, type Db } from './connect.ts';

export { connectDb, sqliteFile, type Db, type DbConfig } from './connect.ts';
export { migrateToLatest } from './migrate.ts';
export { readSetting, writeSetting } from './app-settings.ts';
export type { Database, Engine } from './schema.ts';

// The server entry (run by Node) and the Astro bundle each load their own copy of this module;
// a global slot makes them share one handle, so shutdown closes the connection pages use.
const slot = globalThis as { [key: symbol]: Db | undefined };
const key = Symbol.for('gokui.db');

/** The process-wide database handle, opened on first use from the environment. */
export function getDb(): Db {
  let current = slot[key];
  if (!current) {
    const env = getEnv();
    current = connectDb({ databaseUrl: env.DATABASE_URL, dataDir: env.GOKUI_DATA_DIR });
    slot[key] = current;
  }
  return current;
}

/** Closes the process-wide handle (graceful shutdown, tests). */
export async function closeDb(): Promise<void> {
  const current = slot[key];
  slot[key] = undefined;
  await current?.db.destroy();
}
