import { afterEach, describe, expect, it } from 'vitest';
import { connectDb, migrateToLatest, readSetting, writeSetting } from './index.ts';
import { migrations } from './migrations/index.ts';
import {
  createDatabaseConfig,
  createTestDatabase,
  testEngines,
  type TestDatabase,
} from '../../../tests/support/engines.ts';

describe.each(testEngines())('database on %s', (engine) => {
  let current: TestDatabase | undefined;
  afterEach(async () => {
    await current?.drop();
    current = undefined;
  });

  it('reports the engine it runs on', async () => {
    current = await createTestDatabase(engine);
    expect(current.engine).toBe(engine);
  });

  it('migrates an empty database once and then has nothing to do', async () => {
    current = await createTestDatabase(engine);
    expect(await migrateToLatest(current.db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(current.db)).toEqual([]);
    const installedAt = await readSetting(current.db, 'installed_at');
    expect(new Date(installedAt ?? '').getTime()).toBeGreaterThan(Date.parse('2026-01-01'));
  });

  it('writes, reads and overwrites a setting', async () => {
    current = await createTestDatabase(engine);
    await migrateToLatest(current.db);
    expect(await readSetting(current.db, 'greeting')).toBeUndefined();
    await writeSetting(current.db, 'greeting', 'こんにちは');
    expect(await readSetting(current.db, 'greeting')).toBe('こんにちは');
    await writeSetting(current.db, 'greeting', 'hello');
    expect(await readSetting(current.db, 'greeting')).toBe('hello');
  });

  it('keeps a committed write after the connection is closed and reopened', async () => {
    const { config, remove } = await createDatabaseConfig(engine);
    const first = connectDb(config);
    await migrateToLatest(first.db);
    await writeSetting(first.db, 'durable', 'yes');
    await first.db.destroy();
    const second = connectDb(config);
    expect(await readSetting(second.db, 'durable')).toBe('yes');
    await second.db.destroy();
    await remove();
  });
});

describe.runIf(testEngines().includes('postgres'))('migrations on PostgreSQL under contention', () => {
  it('run exactly once when several instances migrate at the same moment', async () => {
    const { config, remove } = await createDatabaseConfig('postgres');
    const instances = Array.from({ length: 4 }, () => connectDb(config));
    const applied = await Promise.all(instances.map((instance) => migrateToLatest(instance.db)));
    expect(applied.flat()).toEqual(Object.keys(migrations));
    const rows = await instances[0]!.db
      .selectFrom('app_settings')
      .select('key')
      .where('key', '=', 'installed_at')
      .execute();
    expect(rows).toHaveLength(1);
    await Promise.all(instances.map((instance) => instance.db.destroy()));
    await remove();
  });
});
