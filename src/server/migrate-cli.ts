/** `npm run migrate`: brings the configured database up to date and exits. */
import { closeDb, getDb, migrateToLatest } from './db/index.ts';
import { EnvError } from './env.ts';

try {
  const { db, engine } = getDb();
  const applied = await migrateToLatest(db);
  process.stdout.write(`gokui: ${engine} is up to date (${applied.length} migration(s) applied)\n`);
  await closeDb();
} catch (error) {
  process.stderr.write(`gokui: ${error instanceof EnvError ? error.message : String(error)}\n`);
  process.exit(1);
}
