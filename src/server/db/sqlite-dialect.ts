import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { SqliteDialect, type SqliteDatabase } from 'kysely';

/** node:sqlite cannot bind booleans or Dates; store them the way the PostgreSQL side does. */
function toSqliteValue(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value as SQLInputValue;
}

/** Opens a SQLite file with the settings Gokui relies on for durability and concurrency. */
export function openSqlite(file: string): DatabaseSync {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { timeout: 5000 });
  // WAL lets readers run beside a writer; FULL makes an acknowledged commit survive a crash.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  return db;
}

type AdaptedStatement = ReturnType<SqliteDatabase['prepare']>;

/** Prepared statements kept per SQL text; a page runs the same few dozen queries each time. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Adapts node:sqlite's DatabaseSync to the interface Kysely's SqliteDialect expects. Statements
 * are prepared once per SQL text and reused: preparing was the largest cost of a signed-in page,
 * and each discarded statement holds native memory until the garbage collector finalises it.
 * Reuse is safe because Kysely's SQLite driver runs one query at a time per connection.
 */
export function adaptSqlite(db: DatabaseSync): SqliteDatabase {
  const cache = new Map<string, AdaptedStatement>();
  const bind = (parameters: ReadonlyArray<unknown>) => parameters.map(toSqliteValue);
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached) {
        // Most recently used last, so the oldest is the first to go.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = db.prepare(sql);
      const adapted: AdaptedStatement = {
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...bind(parameters)),
        run: (parameters) => statement.run(...bind(parameters)),
        iterate: (parameters) => statement.iterate(...bind(parameters)),
      };
      cache.set(sql, adapted);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return adapted;
    },
  };
}

export function createSqliteDialect(file: string): SqliteDialect {
  return new SqliteDialect({ database: adaptSqlite(openSqlite(file)) });
}
