/** `npm run migrate`: brings the configured database up to date and exits. */
import { closeDb, getDb, migrateToLatest } from './db/index.ts';
import { EnvError } from './env.ts';
import { ensureAuthSchema } from './auth/auth-schema.ts';

try {
  const database = getDb();
  const { db, engine } = database;
  const applied = await migrateToLatest(db);
  await ensureAuthSchema(database);
  process.stdout.write(`gokui: ${engine} is up to date (${applied.length} migration(s) applied)\n`);
  await closeDb();
} catch (error) {
  process.stderr.write(`gokui: ${error instanceof EnvError ? error.message : String(error)}\n`);
  process.exit(1);
}
