/**
 * The asset register against the built server on both engines: CRUD scoped to the organisation,
 * risks and acceptance, the spreadsheet import (all or nothing, broken files), export and
 * re-import into an empty organisation, and the signed-in JSON API.
 */
import { describe, expect, it } from 'vitest';
import { signUpWithOrganization, type FormClient } from '../support/browserless-client.ts';
import { testEngines, useEngineServer } from '../support/engines.ts';

interface ApiAsset {
  id: string;
  name: string;
  category: string;
  confidentiality: number;
  integrity: number;
  availability: number;
  importance: number;
  [key: string]: unknown;
}

const form = (fields: Record<string, string>) => ({
  category: '経理',
  name: '請求書データ',
  note: '',
  users: '',
  department: '',
  media: '',
  confidentiality: '2',
  integrity: '3',
  availability: '2',
  retention: '7年',
  registeredOn: '2026-04-01',
  ...fields,
});

async function apiAssets(client: FormClient): Promise<ApiAsset[]> {
  const response = await client.get('/api/v1/org/assets');
  expect(response.status).toBe(200);
  return ((await response.json()) as { assets: ApiAsset[] }).assets;
}

async function apiRisks(client: FormClient) {
  const response = await client.get('/api/v1/org/risks');
  expect(response.status).toBe(200);
  return ((await response.json()) as { risks: Record<string, unknown>[] }).risks;
}

function idFrom(location: string | null): string {
  const id = /\/app\/assets\/([0-9a-f-]{36})/.exec(location ?? '')?.[1];
  if (!id) throw new Error(`no asset id in ${location}`);
  return id;
}

const csv = (lines: string[]) => new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
const csvHeader = '業務分類,情報資産名称,機密性,完全性,可用性,個人情報,脅威,脆弱性';

describe.each(testEngines())('asset register on %s', (engine) => {
  const server = useEngineServer(engine);

  it('creates, edits and deletes assets; bad input stores nothing', async () => {
    const owner = await signUpWithOrganization(server.url, `crud-${engine}`, 'Crud Ltd');
    const bad = await owner.post('/app/assets/new', form({ name: '', confidentiality: '7' }));
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toContain('情報資産の名称を入力してください。');
    expect(page).toContain('機密性は1、2、3のどれかを選んでください。');
    expect(await apiAssets(owner)).toEqual([]);

    const created = await owner.post('/app/assets/new', form({ personal: 'on', integrity: '2' }));
    expect(created.status).toBe(303);
    const id = idFrom(created.headers.get('location'));
    expect(created.headers.get('location')).toBe(`/app/assets/${id}/risk?done=added`);
    const [asset] = await apiAssets(owner);
    expect(asset).toMatchObject({
      name: '請求書データ',
      importance: 3,
      forcedReason: 'personalData',
      retention: '7年',
    });

    const edited = await owner.post(`/en/app/assets/${id}`, form({ name: 'Invoices', availability: '3' }));
    expect(edited.status).toBe(303);
    expect((await apiAssets(owner))[0]).toMatchObject({
      name: 'Invoices',
      availability: 3,
      personalData: { personal: false },
    });

    const wrong = await owner.post(`/app/assets/${id}`, { intent: 'delete', confirmation: 'invoices' });
    expect(wrong.status).toBe(400);
    expect(await apiAssets(owner)).toHaveLength(1);
    const deleted = await owner.post(`/app/assets/${id}`, { intent: 'delete', confirmation: 'Invoices' });
    expect(deleted.status).toBe(303);
    expect(await apiAssets(owner)).toEqual([]);
  });

  it('adds starter assets in one step and changes C/I/A of selected rows together', async () => {
    const owner = await signUpWithOrganization(server.url, `starter-${engine}`, 'Starter Ltd');
    const page = await (await owner.get('/app/assets/starter')).text();
    expect(page).toContain('value="customer-list"');
    const added = await owner.post('/app/assets/starter', { starter: 'customer-list' });
    expect(added.status).toBe(303);
    const unknown = await owner.post('/app/assets/starter', { starter: 'no-such-asset' });
    expect(unknown.status).toBe(400);
    const created = await owner.post(
      '/app/assets/new',
      form({ confidentiality: '1', integrity: '1', availability: '1' }),
    );
    expect(created.status).toBe(303);
    const assets = await apiAssets(owner);
    expect(assets.map((asset) => asset.name).sort()).toEqual(['請求書データ', '顧客名簿'].sort());

    const body = new URLSearchParams();
    for (const asset of assets) body.append('ids', asset.id);
    body.set('bulkConfidentiality', '3');
    body.set('bulkIntegrity', '');
    body.set('bulkAvailability', '');
    const bulk = await owner.post('/app/assets', body);
    expect(bulk.status).toBe(303);
    const after = await apiAssets(owner);
    expect(after.every((asset) => asset.confidentiality === 3)).toBe(true);
    expect(after.find((asset) => asset.name === '請求書データ')?.integrity).toBe(1);
    const none = await owner.post('/app/assets', { bulkConfidentiality: '2' });
    expect(none.status).toBe(400);
  });

  it('rates a risk, records acceptance of the residual risk and clears it when the risk changes', async () => {
    const owner = await signUpWithOrganization(server.url, `risk-${engine}`, 'Risk Ltd');
    const id = idFrom((await owner.post('/app/assets/new', form({ confidentiality: '3' }))).headers.get('location'));
    const half = await owner.post(`/app/assets/${id}/risk`, { intent: 'rate', threat: '3' });
    expect(half.status).toBe(400);
    const rated = await owner.post(`/app/assets/${id}/risk`, {
      intent: 'rate',
      threat: '3',
      vulnerability: '3',
      treatment: 'reduce',
      measures: 'バックアップを毎週取る',
      measureSections: '2-4',
      residualThreat: '3',
      residualVulnerability: '1',
    });
    expect(rated.status).toBe(303);
    const riskPage = await (await owner.get(`/app/assets/${id}/risk`)).text();
    expect(riskPage).toContain('href="/guide/mission2/2-4/"');
    const accepted = await owner.post(`/app/assets/${id}/risk`, { intent: 'accept', comment: '来年見直す' });
    expect(accepted.status).toBe(303);
    const [line] = await apiRisks(owner);
    expect(line).toMatchObject({
      risk: { value: 9, level: 'high' },
      residual: { value: 3, level: 'medium' },
      acceptance: { name: `risk-${engine}`, comment: '来年見直す' },
    });
    await owner.post(`/app/assets/${id}/risk`, {
      intent: 'rate',
      threat: '3',
      vulnerability: '3',
      treatment: 'reduce',
      residualThreat: '2',
      residualVulnerability: '1',
    });
    expect((await apiRisks(owner))[0]?.['acceptance']).toBeNull();
    expect(await (await owner.get('/app')).text()).toContain('data-testid="top-risks"');
    const audit = await (await owner.get('/app/audit')).text();
    expect(audit).toContain('data-event="risk.accepted"');
  });

  it('imports all rows or none, with row-level errors and checks of size and type', async () => {
    const owner = await signUpWithOrganization(server.url, `import-${engine}`, 'Import Ltd');
    const withBadRow = csv([csvHeader, '経理,請求書,2,3,2,無,,', '人事,給与データ,3,3,5,有,2,', '営業,名刺,1,1,1,,,']);
    const upload = await owner.postFile('/app/assets/import', {
      field: 'file',
      name: 'register.csv',
      bytes: withBadRow,
    });
    expect(upload.status).toBe(303);
    const preview = upload.headers.get('location') ?? '';
    const page = await (await owner.get(preview)).text();
    expect(page).toContain('3行目の「可用性」：「5」は使えません。1、2、3のどれかを入れてください。');
    expect(page).toContain('3行目の「脆弱性」');
    expect((await owner.post(preview, { intent: 'commit' })).status).toBe(409);
    expect(await apiAssets(owner)).toEqual([]);

    const missingColumn = csv(['業務分類,機密性,完全性,可用性', '経理,2,2,2']);
    const missing = await owner.postFile('/app/assets/import', { field: 'file', name: 'x.csv', bytes: missingColumn });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('「情報資産名称」の列がありません。');

    const big = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    const tooLarge = await owner.postFile('/app/assets/import', { field: 'file', name: 'big.csv', bytes: big });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain('5MBを超えています');

    const wrongType = await owner.postFile('/en/app/assets/import', {
      field: 'file',
      name: 'register.xlsx',
      bytes: new TextEncoder().encode('not a workbook'),
    });
    expect(wrongType.status).toBe(415);
    expect(await wrongType.text()).toContain('This file cannot be imported.');
    const exe = await owner.postFile('/app/assets/import', { field: 'file', name: 'run.exe', bytes: withBadRow });
    expect(exe.status).toBe(415);
    expect(await apiAssets(owner)).toEqual([]);

    const good = csv([csvHeader, '経理,請求書,2,3,2,無,,', '人事,給与データ,3,3,3,有,2,2']);
    const staged = await owner.postFile('/app/assets/import', { field: 'file', name: 'good.csv', bytes: good });
    const committed = await owner.post(staged.headers.get('location') ?? '', { intent: 'commit' });
    expect(committed.status).toBe(303);
    expect(committed.headers.get('location')).toBe('/app/assets?done=imported&n=2');
    expect((await apiAssets(owner)).map((asset) => asset.name).sort()).toEqual(['給与データ', '請求書'].sort());
    // A staged import is used once.
    expect((await owner.post(staged.headers.get('location') ?? '', { intent: 'commit' })).status).toBe(404);
  });

  it('exports .xlsx that imports into an empty organisation as the same register', async () => {
    const source = await signUpWithOrganization(server.url, `export-${engine}`, 'Export Ltd');
    await source.post('/app/assets/starter', { starter: 'customer-list' });
    const id = idFrom(
      (await source.post('/app/assets/new', form({ name: '=SUM(A1:A2)', note: '@note, "quoted"\n2行目' }))).headers.get(
        'location',
      ),
    );
    await source.post(`/app/assets/${id}/risk`, {
      intent: 'rate',
      threat: '2',
      vulnerability: '3',
      treatment: 'transfer',
      measureSections: '2-4',
    });
    const exported = await source.get('/app/assets/export.xlsx');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = new Uint8Array(await exported.arrayBuffer());
    const csvExport = await (await source.get('/en/app/assets/export.csv')).text();
    expect(csvExport).toContain("'=SUM(A1:A2)");

    const target = await signUpWithOrganization(server.url, `target-${engine}`, 'Target Ltd');
    const staged = await target.postFile('/app/assets/import', { field: 'file', name: 'export.xlsx', bytes });
    expect(staged.status).toBe(303);
    expect((await target.post(staged.headers.get('location') ?? '', { intent: 'commit' })).status).toBe(303);
    const strip = (list: Record<string, unknown>[]) =>
      list
        .map(({ id: _id, assetId: _assetId, acceptance: _acceptance, ...rest }) => rest)
        .sort((a, b) => String(a['name'] ?? a['assetName']).localeCompare(String(b['name'] ?? b['assetName'])));
    expect(strip(await apiAssets(target))).toEqual(strip(await apiAssets(source)));
    expect(strip(await apiRisks(target))).toEqual(strip(await apiRisks(source)));
  });

  it('answers the API only with a session, for the session organisation', async () => {
    const anonymous = await fetch(`${server.url}/api/v1/org/assets`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    const post = await fetch(`${server.url}/api/v1/org/risks`, { method: 'POST', headers: { origin: server.url } });
    expect(post.status).toBe(405);
  });
});
