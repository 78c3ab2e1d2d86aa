import { resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database, Engine } from './schema.ts';
import { createSqliteDialect } from './sqlite-dialect.ts';
import { log } from '../log.ts';

export interface DbConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
}

export interface Db {
  db: Kysely<Database>;
  engine: Engine;
}

/** The file the embedded database lives in. */
export function sqliteFile(dataDir: string): string {
  return resolve(dataDir, 'gokui.sqlite');
}

/** Opens the database the configuration names: PostgreSQL when a URL is given, else SQLite. */
export function connectDb(config: DbConfig): Db {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    // An idle client can lose its connection (server restart, failover); the pool replaces it.
    // Without a listener that event would crash the process.
    pool.on('error', (error) => log('warn', 'idle database connection lost', { error: error.message }));
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres' };
  }
  return {
    db: new Kysely<Database>({ dialect: createSqliteDialect(sqliteFile(config.dataDir)) }),
    engine: 'sqlite',
  };
}
