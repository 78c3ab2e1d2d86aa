import pkg from '../../package.json' with { type: 'json' };
import { getDb, readSetting, type Engine } from './db/index.ts';
import { describeError, log } from './log.ts';

export interface Health {
  status: 'ok' | 'error';
  db: Engine;
  version: string;
  installedAt?: string;
}

/** Proves the whole path works: the process answers and the database reads a real row. */
export async function readHealth(): Promise<Health> {
  const { db, engine } = getDb();
  try {
    const installedAt = await readSetting(db, 'installed_at');
    return { status: 'ok', db: engine, version: pkg.version, ...(installedAt ? { installedAt } : {}) };
  } catch (error) {
    log('error', 'health check failed', describeError(error));
    return { status: 'error', db: engine, version: pkg.version };
  }
}
