/**
 * Integration tests run once per engine. Each call gets a fresh, empty database: a new SQLite
 * file, or a new database on the throwaway PostgreSQL server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectDb, type Db, type DbConfig, type Engine } from '../../src/server/db/index.ts';
import { startServer, type RunningServer } from './server.ts';

export interface TestDatabase extends Db {
  config: DbConfig;
  /** Closes connections and removes the database. */
  drop: () => Promise<void>;
}

/** The engines available in this run (PostgreSQL is required under REQUIRE_POSTGRES=1). */
export function testEngines(): Engine[] {
  return inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

let counter = 0;

/** A fresh database config for the engine, without opening it. */
export async function createDatabaseConfig(engine: Engine): Promise<{ config: DbConfig; remove: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gokui-test-'));
  if (engine === 'sqlite') {
    return { config: { dataDir }, remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const adminUrl = inject('postgresUrl');
  const name = `gokui_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { databaseUrl: url.toString(), dataDir },
    remove: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  const { config, remove } = await createDatabaseConfig(engine);
  const db = connectDb(config);
  return {
    ...db,
    config,
    drop: async () => {
      await db.db.destroy();
      await remove();
    },
  };
}

/**
 * A built server on a fresh, empty database of the engine; `cleanup` stops it and removes the
 * database. For a server of one test; a suite's server is useEngineServer.
 */
export async function startEngineServer(
  engine: Engine,
  env: Record<string, string> = {},
): Promise<{ server: RunningServer; cleanup: () => Promise<void> }> {
  const { config, remove } = await createDatabaseConfig(engine);
  const server = await startServer({
    ...(config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {}),
    GOKUI_DATA_DIR: config.dataDir,
    ...env,
  });
  return {
    server,
    cleanup: async () => {
      await server.stop();
      await remove();
    },
  };
}

/**
 * The server of an integration suite (or of a group of its tests): started on a fresh database of
 * the engine before the tests, stopped and its database removed after them. Read it only inside
 * tests and hooks, once it has started.
 */
export function useEngineServer(
  engine: Engine,
  env: Record<string, string> = {},
): Pick<RunningServer, 'url' | 'output'> {
  let running: Awaited<ReturnType<typeof startEngineServer>> | undefined;
  beforeAll(async () => {
    running = await startEngineServer(engine, env);
  });
  afterAll(() => running?.cleanup());
  const server = (): RunningServer => {
    if (!running) throw new Error('the suite server starts in beforeAll: use it inside a test or hook');
    return running.server;
  };
  return {
    get url() {
      return server().url;
    },
    output: () => server().output(),
  };
}
