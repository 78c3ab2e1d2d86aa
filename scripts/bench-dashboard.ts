/**
 * P5: the signed-in dashboard under load, with the database holding 1,000 organisations of 20
 * saved check results each; and the server's memory under that load (P9). One engine per call.
 * The organisations other than the signed-in user's are synthetic and live only in this
 * benchmark's throwaway database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDb, type Engine } from '../src/server/db/index.ts';
import { createOrganization, listMyOrganizations } from '../src/features/accounts/organizations.ts';
import { scoreAnswers } from '../src/features/checks/scoring.ts';
import { randomUUID } from 'node:crypto';
import { answersWith, loadFiveMinuteSet } from '../src/features/checks/testing/five-minute-set.ts';
import { signUpWithOrganization } from '../tests/support/browserless-client.ts';
import { startServer } from '../tests/support/server.ts';
import { pacedLoad, type PacedLoadResult } from './paced-load.ts';

export const P5_ORGANIZATIONS = 1000;
export const P5_RESULTS = 20;
/** Requests/s of the paced run: every one of the 1,000 firms opening its dashboard within 10 s. */
export const P5_RATE = 100;

export interface DashboardFigures {
  engine: Engine;
  seedSeconds: number;
  paced: PacedLoadResult;
  saturated: { requestsPerSec: number; p99: number; errors: number };
  rssMb: number;
}

function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

/** 1,000 organisations (the user's own first) with 20 results each, stored as the app stores them. */
async function seed(databaseUrl: string | undefined, dataDir: string, email: string): Promise<number> {
  const started = performance.now();
  const { db } = connectDb({ databaseUrl, dataDir });
  try {
    const user = await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const own = (await listMyOrganizations(db, user.id))[0];
    if (!own) throw new Error('P5: the signed-up user has no organisation');
    const set = loadFiveMinuteSet();
    const industries = ['A', 'D', 'E', 'G', 'I', 'K', 'P', 'R'];
    for (let i = 0; i < P5_ORGANIZATIONS; i++) {
      const owner = i === 0 ? user.id : `bench-owner-${i}`;
      const organizationId =
        i === 0
          ? own.id
          : (
              await createOrganization(db, owner, {
                name: `Bench firm ${i}`,
                industry: industries[i % industries.length]!,
                sizeBand: i % 3 === 0 ? 'micro' : 'small',
              })
            ).id;
      // The row saveCheckResult writes (its module loads the accounts UI, which plain Node cannot).
      const rows = Array.from({ length: P5_RESULTS }, (_, r) => {
        const yes = (i + r) % 26;
        const answers = answersWith(set, { yes, partial: Math.min(25 - yes, r % 5) });
        const result = scoreAnswers(set, answers);
        return {
          id: randomUUID(),
          organization_id: organizationId,
          question_set_id: set.id,
          question_set_version: set.version,
          answers: JSON.stringify(answers),
          total: result.total,
          min: result.min,
          max: result.max,
          band: result.band,
          part_scores: JSON.stringify(result.parts.map(({ id, score, min, max }) => ({ id, score, min, max }))),
          saved_by: owner,
          created_at: new Date(Date.UTC(2026, 0, 1 + r)).toISOString(),
          peer_submission_id: null,
        };
      });
      await db.insertInto('check_results').values(rows).execute();
    }
  } finally {
    await db.destroy();
  }
  return Math.round((performance.now() - started) / 100) / 10;
}

export async function measureDashboard(
  engine: Engine,
  databaseUrl: string | undefined,
  durationS: number,
  autocannon: (url: string, options: { headers: Record<string, string> }) => DashboardFigures['saturated'],
): Promise<DashboardFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), `gokui-bench-p5-${engine}-`));
  const server = await startServer({
    GOKUI_DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  try {
    const who = `bench-p5-${engine}-${Date.now()}`;
    const client = await signUpWithOrganization(server.url, who, 'Bench Dashboard Ltd');
    const seedSeconds = await seed(databaseUrl, dataDir, `${who}@example.jp`);
    const url = `${server.url}/app`;
    const headers = { cookie: client.cookieHeader() };
    const page = await fetch(url, { headers, redirect: 'manual' });
    const html = await page.text();
    if (page.status !== 200 || !html.includes('data-testid="check-card-latest"')) {
      throw new Error(`P5: the dashboard answered ${page.status} without the latest-check card`);
    }
    for (let i = 0; i < 100; i++) await fetch(url, { headers }).then((r) => r.arrayBuffer());
    const paced = await pacedLoad({ url, connections: 50, rate: P5_RATE, durationS, headers });
    const saturated = autocannon(url, { headers });
    const rss = rssMb(server.child.pid ?? 0);
    return { engine, seedSeconds, paced, saturated, rssMb: rss };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
