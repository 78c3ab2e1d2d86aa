/** Saved results and the peer benchmark in the database, on SQLite and PostgreSQL. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOrgScope, type OrgScope, type Role } from '../../accounts/index.ts';
import { migrateToLatest } from '../../../server/db/index.ts';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../../server/errors.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../../tests/support/engines.ts';
import { answersWith, loadFiveMinuteSet } from '../testing/five-minute-set.ts';
import { formatPeerPayload } from '../peer/peer-payload.ts';
import { lookupPeerStats } from '../peer/peer-lookup.ts';
import { insertSubmission, previewPeerPayload, shareWithPeers, withdrawFromPeers } from '../peer/peer-store.ts';
import {
  deleteCheckResult,
  listCheckResults,
  listLatestTotals,
  readCheckResult,
  saveCheckResult,
} from './results-store.ts';

const set = loadFiveMinuteSet();

describe.each(testEngines())('saved check results on %s', (engine) => {
  let database: TestDatabase;
  let scopes: Record<Role, OrgScope>;
  let other: OrgScope;

  async function organization(id: string, industry: string, sizeBand: string, members: [string, Role][]) {
    const now = new Date().toISOString();
    await database.db
      .insertInto('organizations')
      .values({ id, name: `Firm ${id}`, industry, size_band: sizeBand, created_at: now, updated_at: now })
      .execute();
    for (const [userId, role] of members) {
      await database.db
        .insertInto('memberships')
        .values({ organization_id: id, user_id: userId, role, created_at: now })
        .execute();
    }
  }

  beforeEach(async () => {
    database = await createTestDatabase(engine);
    await migrateToLatest(database.db);
    await organization('org-a', 'E', 'small', [
      ['u-owner', 'owner'],
      ['u-manager', 'manager'],
      ['u-member', 'member'],
      ['u-advisor', 'advisor'],
    ]);
    await organization('org-b', 'E', 'small', [['u-other', 'owner']]);
    scopes = {
      owner: await openOrgScope(database.db, 'u-owner', 'org-a'),
      manager: await openOrgScope(database.db, 'u-manager', 'org-a'),
      member: await openOrgScope(database.db, 'u-member', 'org-a'),
      advisor: await openOrgScope(database.db, 'u-advisor', 'org-a'),
    };
    other = await openOrgScope(database.db, 'u-other', 'org-b');
  });

  afterEach(async () => {
    await database.drop();
  });

  it('saves a result with its version, answers, total, band and parts, and lists it oldest first', async () => {
    const first = await saveCheckResult(scopes.owner, set, answersWith(set, { yes: 10 }));
    const second = await saveCheckResult(scopes.advisor, set, answersWith(set, { yes: 25 }));
    const saved = await readCheckResult(scopes.member, first);
    expect(saved).toMatchObject({
      questionSetId: 'five-minute-check',
      questionSetVersion: set.version,
      total: 40,
      min: -25,
      max: 100,
      band: 'critical',
      savedBy: { id: 'u-owner' },
      sharedWithPeers: false,
    });
    expect(saved.answers['q01']).toBe('yes');
    expect(saved.parts.map((part) => [part.id, part.score, part.max])).toEqual([
      ['basic', 20, 20],
      ['employee', 20, 52],
      ['organization', 0, 28],
    ]);
    expect((await listCheckResults(scopes.member, 'five-minute-check')).map((r) => r.id)).toEqual([first, second]);
  });

  it('gives the dashboard the latest totals in the order of the full list, for its own organisation only', async () => {
    for (const yes of [10, 25, 5]) await saveCheckResult(scopes.owner, set, answersWith(set, { yes }));
    await saveCheckResult(other, set, answersWith(set, { yes: 20 }));
    const all = (await listCheckResults(scopes.member, 'five-minute-check')).map(({ total, band }) => ({
      total,
      band,
    }));
    expect(all).toHaveLength(3);
    expect(await listLatestTotals(scopes.member, 'five-minute-check', 2)).toEqual(all.slice(-2));
    expect(await listLatestTotals(other, 'five-minute-check', 2)).toEqual([{ total: 80, band: 'mostly' }]);
    expect(await listLatestTotals(scopes.owner, 'another-set', 2)).toEqual([]);
  });

  it('refuses saving for members and invalid answers, and stores nothing then', async () => {
    await expect(saveCheckResult(scopes.member, set, answersWith(set, {}))).rejects.toBeInstanceOf(AccessDeniedError);
    const { q01: _dropped, ...missing } = answersWith(set, {});
    await expect(saveCheckResult(scopes.owner, set, missing)).rejects.toThrow();
    await expect(saveCheckResult(scopes.owner, set, { ...answersWith(set, {}), q02: 'maybe' })).rejects.toThrow();
    expect(await listCheckResults(scopes.owner, 'five-minute-check')).toEqual([]);
  });

  it('keeps each organisation to its own results', async () => {
    const id = await saveCheckResult(scopes.owner, set, answersWith(set, { yes: 5 }));
    await expect(readCheckResult(other, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCheckResult(other, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewPeerPayload(other, id, set)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawFromPeers(other, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listCheckResults(other, 'five-minute-check')).toEqual([]);
    expect((await readCheckResult(scopes.owner, id)).total).toBe(20);
  });

  it('lets only owners and managers delete', async () => {
    const id = await saveCheckResult(scopes.owner, set, answersWith(set, {}));
    await expect(deleteCheckResult(scopes.advisor, id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteCheckResult(scopes.member, id)).rejects.toBeInstanceOf(AccessDeniedError);
    await deleteCheckResult(scopes.manager, id);
    await expect(readCheckResult(scopes.owner, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('shares a result anonymously, keeps aggregates in step, and withdraws it', async () => {
    const id = await saveCheckResult(scopes.owner, set, answersWith(set, { yes: 20 }));
    const payload = await previewPeerPayload(scopes.member, id, set);
    expect(payload).toMatchObject({ industry: 'E', sizeBand: 'small', total: 80 });
    const shown = formatPeerPayload(payload);
    await expect(shareWithPeers(scopes.advisor, { resultId: id, model: set, shown })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      shareWithPeers(scopes.owner, { resultId: id, model: set, shown: shown.replace('"E"', '"F"') }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await database.db.selectFrom('peer_submissions').selectAll().execute()).toEqual([]);

    await shareWithPeers(scopes.manager, { resultId: id, model: set, shown });
    await expect(shareWithPeers(scopes.owner, { resultId: id, model: set, shown })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await readCheckResult(scopes.owner, id)).sharedWithPeers).toBe(true);
    const submissions = await database.db.selectFrom('peer_submissions').selectAll().execute();
    expect(submissions).toHaveLength(1);
    // The submission row carries no organisation, user or time.
    const stored = JSON.stringify(submissions[0]);
    for (const secret of ['org-a', 'Firm', 'u-owner', 'u-manager', new Date().toISOString().slice(0, 10)])
      expect(stored).not.toContain(secret);

    const query = { questionSetId: set.id, version: set.version, industry: 'E', sizeBand: 'small', total: 80 };
    expect((await lookupPeerStats(database.db, query)).map((s) => [s.group.key, s.submissions])).toEqual([
      ['industry-size:E:small', 1],
      ['industry:E', 1],
      ['size:small', 1],
      ['all', 1],
    ]);

    await withdrawFromPeers(scopes.owner, id);
    await expect(withdrawFromPeers(scopes.owner, id)).rejects.toBeInstanceOf(ConflictError);
    expect(await database.db.selectFrom('peer_submissions').selectAll().execute()).toEqual([]);
    expect((await lookupPeerStats(database.db, query)).every((s) => s.submissions === 0)).toBe(true);
  });

  it('withdraws the submission when its result is deleted', async () => {
    const id = await saveCheckResult(scopes.owner, set, answersWith(set, { yes: 20 }));
    await shareWithPeers(scopes.owner, {
      resultId: id,
      model: set,
      shown: formatPeerPayload(await previewPeerPayload(scopes.owner, id, set)),
    });
    await deleteCheckResult(scopes.owner, id);
    expect(await database.db.selectFrom('peer_submissions').selectAll().execute()).toEqual([]);
    const query = { questionSetId: set.id, version: set.version, industry: 'E', sizeBand: 'small', total: 80 };
    expect((await lookupPeerStats(database.db, query))[3]?.submissions).toBe(0);
  });

  it('shows group figures from ten submissions on, matching the raw totals', async () => {
    const totals = [10, 20, 30, 40, 50, 60, 70, 80, 90];
    const payload = (total: number, industry = 'E') => ({
      questionSet: { id: set.id, version: set.version },
      industry: industry as 'E',
      sizeBand: 'small' as const,
      total,
      scores: [total],
    });
    for (const total of totals) await insertSubmission(database.db, payload(total));
    await insertSubmission(database.db, payload(100, 'G'));
    const query = { questionSetId: set.id, version: set.version, industry: 'E', sizeBand: 'small', total: 55 };
    const [industrySize, industry, size, all] = await lookupPeerStats(database.db, query);
    expect(industrySize).toMatchObject({ kind: 'tooFew', submissions: 9, needed: 1 });
    expect(industry).toMatchObject({ kind: 'tooFew', needed: 1 });
    expect(size).toMatchObject({ kind: 'enough', submissions: 10, mean: 55, percentile: 50 });
    expect(all?.kind === 'enough' && all.deviation).toBeCloseTo(50, 9);
    const sd = Math.sqrt([...totals, 100].reduce((sum, t) => sum + (t - 55) ** 2, 0) / 10);
    expect(all?.kind === 'enough' && all.sd).toBeCloseTo(sd, 9);
  });
});
