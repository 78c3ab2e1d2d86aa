import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgres, type RunningPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the throwaway PostgreSQL server, or '' when there is none. */
    postgresUrl: string;
  }
}

let running: RunningPostgres | undefined;

export async function setup(project: TestProject): Promise<void> {
  const bin = findPostgresBin();
  if (!bin) {
    if (process.env['REQUIRE_POSTGRES'] === '1') {
      throw new Error('REQUIRE_POSTGRES=1 but no PostgreSQL binaries (initdb, pg_ctl) were found.');
    }
    process.stdout.write('\n[gokui] PostgreSQL not installed: integration tests run on SQLite only.\n');
    project.provide('postgresUrl', '');
    return;
  }
  running = await startPostgres(bin);
  project.provide('postgresUrl', running.url);
}

export function teardown(): void {
  running?.stop();
}
