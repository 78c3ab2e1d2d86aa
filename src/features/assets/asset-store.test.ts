import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../server/db/index.ts';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../server/errors.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../tests/support/engines.ts';
import { openOrgScope, type OrgScope } from '../accounts/index.ts';
import type { AssetFields, RiskFields } from './asset.ts';
import {
  acceptResidualRisk,
  bulkSetCia,
  createAssets,
  deleteAsset,
  listAssetRatings,
  listAssets,
  readAsset,
  readMatrixChoice,
  updateAssetRisk,
  writeMatrixChoice,
} from './asset-store.ts';
import { commitImport, readStagedImport, stageImport } from './import-store.ts';
import { readRegisterSheet } from './sheet-import.ts';
import { standardMatrix } from './test-assets.ts';

const fields = (name: string): AssetFields => ({
  category: '営業',
  name,
  note: '',
  users: '',
  department: '',
  media: '',
  personal: false,
  sensitive: false,
  myNumber: false,
  critical: false,
  confidentiality: 2,
  integrity: 2,
  availability: 2,
  retention: '',
  registeredOn: '2026-04-01',
});

const rated: RiskFields = {
  threat: 2,
  vulnerability: 2,
  treatment: 'accept',
  measures: '',
  measureSections: [],
  residualThreat: null,
  residualVulnerability: null,
};

describe.each(testEngines())('asset store on %s', (engine) => {
  let database: TestDatabase;
  const scopes: Record<'owner' | 'manager' | 'member' | 'advisor' | 'other', OrgScope> = {} as never;

  beforeEach(async () => {
    database = await createTestDatabase(engine);
    await migrateToLatest(database.db);
    const now = new Date().toISOString();
    const org = { id: 'org-a' };
    const other = { id: 'org-b' };
    for (const { id } of [org, other]) {
      await database.db
        .insertInto('organizations')
        .values({ id, name: id, industry: 'E', size_band: 'small', created_at: now, updated_at: now })
        .execute();
    }
    const members = [
      [org.id, 'owner', 'owner'],
      [org.id, 'manager', 'manager'],
      [org.id, 'member', 'member'],
      [org.id, 'advisor', 'advisor'],
      [other.id, 'other', 'owner'],
    ] as const;
    for (const [organizationId, userId, role] of members) {
      await database.db
        .insertInto('memberships')
        .values({ organization_id: organizationId, user_id: userId, role, created_at: now })
        .execute();
    }
    for (const role of ['owner', 'manager', 'member', 'advisor'] as const) {
      scopes[role] = await openOrgScope(database.db, role, org.id);
    }
    scopes.other = await openOrgScope(database.db, 'other', other.id);
  });

  afterEach(async () => {
    await database.drop();
  });

  it('keeps each organisation to its own assets', async () => {
    const [id] = await createAssets(scopes.owner, [{ fields: fields('顧客名簿') }]);
    await createAssets(scopes.other, [{ fields: fields('他社の資産') }]);
    expect((await listAssets(scopes.member)).map((asset) => asset.name)).toEqual(['顧客名簿']);
    await expect(readAsset(scopes.other, id ?? '')).rejects.toThrow(NotFoundError);
    await expect(deleteAsset(scopes.other, id ?? '')).rejects.toThrow(NotFoundError);
    await expect(bulkSetCia(scopes.other, [id ?? ''], { confidentiality: 1 })).rejects.toThrow(NotFoundError);
    expect((await readAsset(scopes.owner, id ?? '')).confidentiality).toBe(2);
  });

  it('reads the ratings alone exactly as the full register has them, for its own organisation only', async () => {
    await createAssets(scopes.owner, [
      { fields: fields('顧客名簿'), risk: rated },
      { fields: { ...fields('給与データ'), myNumber: true, critical: true } },
    ]);
    await createAssets(scopes.other, [{ fields: fields('他社の資産') }]);
    const full = await listAssets(scopes.member);
    const ratings = await listAssetRatings(scopes.member);
    const pick = (asset: (typeof full)[number]) => ({
      id: asset.id,
      name: asset.name,
      personal: asset.personal,
      sensitive: asset.sensitive,
      myNumber: asset.myNumber,
      critical: asset.critical,
      confidentiality: asset.confidentiality,
      integrity: asset.integrity,
      availability: asset.availability,
      threat: asset.threat,
      vulnerability: asset.vulnerability,
      treatment: asset.treatment,
      residualThreat: asset.residualThreat,
      residualVulnerability: asset.residualVulnerability,
    });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...ratings].sort(byName)).toEqual(full.map(pick).sort(byName));
  });

  it('lets members read only, and only owners and managers accept residual risk', async () => {
    await expect(createAssets(scopes.member, [{ fields: fields('x') }])).rejects.toThrow(AccessDeniedError);
    const [id = ''] = await createAssets(scopes.advisor, [{ fields: fields('業務PC') }]);
    await updateAssetRisk(scopes.advisor, id, rated);
    const matrix = standardMatrix();
    await expect(acceptResidualRisk(scopes.advisor, { id, matrix, who: { name: 'Adv' }, comment: '' })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(acceptResidualRisk(scopes.member, { id, matrix, who: { name: 'Mem' }, comment: '' })).rejects.toThrow(
      AccessDeniedError,
    );
    await acceptResidualRisk(scopes.manager, { id, matrix, who: { name: '管理者' }, comment: 'OK' });
    expect((await readAsset(scopes.member, id)).acceptance).toMatchObject({ userId: 'manager', name: '管理者' });
    await expect(writeMatrixChoice(scopes.advisor, 'gokui-strict')).rejects.toThrow(AccessDeniedError);
    await writeMatrixChoice(scopes.manager, 'gokui-strict');
    expect(await readMatrixChoice(scopes.member)).toBe('gokui-strict');
    expect(await readMatrixChoice(scopes.other)).toBeUndefined();
  });

  it('refuses to accept a residual risk that is not known', async () => {
    const [id = ''] = await createAssets(scopes.owner, [{ fields: fields('図面') }]);
    await expect(
      acceptResidualRisk(scopes.owner, { id: id, matrix: standardMatrix(), who: { name: 'O' }, comment: '' }),
    ).rejects.toThrow(ConflictError);
  });

  it('changes C/I/A of all selected assets or none, clearing acceptances that no longer hold', async () => {
    const ids = await createAssets(scopes.owner, [
      { fields: fields('a'), risk: rated },
      { fields: fields('b'), risk: rated },
    ]);
    const [first = '', second = ''] = ids;
    await acceptResidualRisk(scopes.owner, { id: first, matrix: standardMatrix(), who: { name: 'O' }, comment: '' });
    const [foreign = ''] = await createAssets(scopes.other, [{ fields: fields('c') }]);
    await expect(bulkSetCia(scopes.owner, [first, foreign], { integrity: 3 })).rejects.toThrow(NotFoundError);
    expect((await readAsset(scopes.owner, first)).integrity).toBe(2);
    expect(await bulkSetCia(scopes.owner, [first, second], { integrity: 3 })).toBe(2);
    const after = await readAsset(scopes.owner, first);
    expect(after.integrity).toBe(3);
    expect(after.acceptance).toBeNull();
  });

  it('commits a staged import once, only in its own organisation, and never one with problems', async () => {
    const good = readRegisterSheet(
      [
        ['業務分類', '情報資産名称', '機密性', '完全性', '可用性'],
        ['経理', '請求書', '2', '2', '2'],
      ],
      '2026-11-26',
    );
    const id = await stageImport(scopes.owner, {
      fileName: 'good.csv',
      rows: good.rows,
      problemCount: good.problemCount,
    });
    await expect(readStagedImport(scopes.other, id)).rejects.toThrow(NotFoundError);
    await expect(commitImport(scopes.other, id)).rejects.toThrow(NotFoundError);
    await expect(commitImport(scopes.member, id)).rejects.toThrow(AccessDeniedError);
    expect(await commitImport(scopes.owner, id)).toBe(1);
    await expect(commitImport(scopes.owner, id)).rejects.toThrow(NotFoundError);
    const bad = readRegisterSheet(
      [
        ['業務分類', '情報資産名称', '機密性', '完全性', '可用性'],
        ['経理', '請求書2', '2', '2', '2'],
        ['経理', '', '2', '2', '2'],
      ],
      '2026-11-26',
    );
    const badId = await stageImport(scopes.owner, {
      fileName: 'bad.csv',
      rows: bad.rows,
      problemCount: bad.problemCount,
    });
    await expect(commitImport(scopes.owner, badId)).rejects.toThrow(ConflictError);
    expect((await listAssets(scopes.owner)).map((asset) => asset.name)).toEqual(['請求書']);
  });
});
