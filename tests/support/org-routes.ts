/**
 * Every route that shows or changes organisation data, for the tenant-isolation harness
 * (tests/integration/accounts.test.ts). Each feature adds ONE fixture to `orgFixtures`: a seed
 * that creates data in organisation A through A's owner (as a user would), the ids the routes
 * need and the secrets that must never appear in an answer to organisation B, plus its routes.
 * `{name}` in a path or field is replaced by the id of that name; `{org}` is A's id.
 */
import { FormClient } from './browserless-client.ts';
import { createDocumentVersion, documentAnswers } from './documents-client.ts';
import { manualStepFields } from './manual-steps.ts';

export interface OrgRoute {
  method: 'GET' | 'POST';
  path: string;
  /** Form fields for POST routes. */
  fields?: Record<string, string>;
}

export interface SeededData {
  /** Values for `{name}` placeholders. */
  ids: Record<string, string>;
  /** Strings from A's data that B must never see. */
  secrets: string[];
}

export interface OrgFixture {
  feature: string;
  /** Creates A's data through A's owner. Runs after the accounts fixture. */
  seed: (ownerA: FormClient, ids: Record<string, string>) => Promise<SeededData>;
  routes: OrgRoute[];
  /** Checks, through A's owner, that A's data is still there and unchanged. */
  verifyUntouched?: (ownerA: FormClient, ids: Record<string, string>) => Promise<void>;
}

const accountRoutes: OrgRoute[] = [
  { method: 'GET', path: '/app' },
  { method: 'GET', path: '/app/settings/organization' },
  { method: 'GET', path: '/app/settings/organization/export' },
  { method: 'GET', path: '/app/settings/organization/delete' },
  { method: 'GET', path: '/app/audit' },
  { method: 'GET', path: '/app/clients' },
  { method: 'GET', path: '/app/organizations' },
  { method: 'POST', path: '/app/organizations', fields: { organizationId: '{org}' } },
  {
    method: 'POST',
    path: '/app/settings/organization',
    fields: { intent: 'rename', name: 'hijacked', industry: 'A', sizeBand: 'micro' },
  },
  { method: 'POST', path: '/app/settings/organization', fields: { intent: 'remove', userId: '{ownerA}' } },
  { method: 'POST', path: '/app/settings/organization', fields: { intent: 'revoke', invitationId: '{invitationA}' } },
  { method: 'POST', path: '/app/settings/organization/delete', fields: { confirmation: '{orgNameA}' } },
];

/** The accounts fixture: ids are filled by the harness itself (org, ownerA, invitationA, orgNameA). */
const accounts: OrgFixture = {
  feature: 'accounts',
  seed: async () => ({ ids: {}, secrets: [] }),
  routes: accountRoutes,
};

/** Incident records (issue 7): one open record with a timeline entry and a notice. */
const incidents: OrgFixture = {
  feature: 'incidents',
  seed: async (ownerA) => {
    const created = await ownerA.post('/app/incidents/new', {
      event: 'data-leak',
      title: 'ALPHA-INCIDENT-TITLE',
      discoveredDate: '2026-01-05',
      discoveredTime: '09:00',
    });
    const incidentA = /\/app\/incidents\/([0-9a-f-]{36})$/.exec(created.headers.get('location') ?? '')?.[1];
    if (!incidentA) throw new Error(`incident not created: ${created.status}`);
    await ownerA.post(`/app/incidents/${incidentA}`, {
      intent: 'entry',
      kind: 'event',
      occurredDate: '2026-01-05',
      occurredTime: '09:10',
      text: 'ALPHA-TIMELINE-SECRET',
      who: 'alpha',
    });
    return { ids: { incidentA }, secrets: ['ALPHA-INCIDENT-TITLE', 'ALPHA-TIMELINE-SECRET'] };
  },
  routes: [
    { method: 'GET', path: '/app/incidents' },
    { method: 'GET', path: '/en/app/incidents' },
    { method: 'GET', path: '/app/incidents/new?event=data-leak' },
    { method: 'GET', path: '/app/incidents/{incidentA}' },
    { method: 'GET', path: '/en/app/incidents/{incidentA}' },
    { method: 'GET', path: '/app/incidents/{incidentA}/report.pdf' },
    { method: 'GET', path: '/app/incidents/{incidentA}/report.docx' },
    { method: 'POST', path: '/app/incidents/{incidentA}', fields: { intent: 'level', damageLevel: '0' } },
    {
      method: 'POST',
      path: '/app/incidents/{incidentA}',
      fields: {
        intent: 'entry',
        kind: 'event',
        occurredDate: '2026-01-05',
        occurredTime: '10:00',
        text: 'B',
        who: 'B',
      },
    },
    {
      method: 'POST',
      path: '/app/incidents/{incidentA}',
      fields: { intent: 'notice', name: 'B', informedDate: '2026-01-05', informedTime: '10:00' },
    },
    { method: 'POST', path: '/app/incidents/{incidentA}', fields: { intent: 'close', lessons: 'B', actions: 'B' } },
  ],
  verifyUntouched: async (ownerA, ids) => {
    const page = await (await ownerA.get(`/app/incidents/${ids['incidentA']}`)).text();
    if (!page.includes('data-status="open"') || !page.includes('まだ決めていません'))
      throw new Error('incident A was changed by another organisation');
    if ((page.match(/<tr[\s>]/g) ?? []).length !== 2) throw new Error('incident A timeline was changed');
  },
};

/** Emergency manual (issue 7): every step saved, one version kept (not approved). */
const manual: OrgFixture = {
  feature: 'manual',
  seed: async (ownerA) => {
    const steps = manualStepFields('ALPHA-MANUAL-SECRET');
    for (const [step, fields] of Object.entries(steps)) {
      const saved = await ownerA.post(`/app/manual/steps/${step}`, fields);
      if (saved.status !== 303) throw new Error(`manual step ${step} not saved: ${saved.status}`);
    }
    const version = await ownerA.post('/app/manual', { intent: 'save' });
    const manualVersionA = /\/app\/manual\/versions\/([0-9a-f-]{36})$/.exec(version.headers.get('location') ?? '')?.[1];
    if (!manualVersionA) throw new Error(`manual version not saved: ${version.status}`);
    return { ids: { manualVersionA }, secrets: ['ALPHA-MANUAL-SECRET'] };
  },
  routes: [
    { method: 'GET', path: '/app/manual' },
    { method: 'GET', path: '/en/app/manual' },
    { method: 'GET', path: '/app/manual/preview' },
    { method: 'GET', path: '/app/manual/steps/4-1' },
    { method: 'GET', path: '/en/app/manual/steps/4-1' },
    { method: 'GET', path: '/app/manual/versions/{manualVersionA}' },
    { method: 'GET', path: '/en/app/manual/versions/{manualVersionA}' },
    { method: 'GET', path: '/app/manual/versions/{manualVersionA}/card' },
    { method: 'GET', path: '/app/manual/versions/{manualVersionA}/manual.docx' },
    { method: 'GET', path: '/app/manual/versions/{manualVersionA}/manual.pdf' },
    { method: 'GET', path: '/app/manual/versions/{manualVersionA}/card.pdf' },
    { method: 'POST', path: '/app/manual/versions/{manualVersionA}', fields: { intent: 'approve' } },
    { method: 'POST', path: '/app/manual', fields: { intent: 'save' } },
  ],
  verifyUntouched: async (ownerA, ids) => {
    const page = await (await ownerA.get(`/app/manual/versions/${ids['manualVersionA']}`)).text();
    if (!page.includes('この版はまだ承認されていません'))
      throw new Error('manual version A was approved by another organisation');
    const overview = await (await ownerA.get('/app/manual')).text();
    if (overview.includes('第2版')) throw new Error('a version was added to A by another organisation');
  },
};

/** Saved check results and the peer benchmark (src/features/checks). */
const checkResults: OrgFixture = {
  feature: 'checks',
  seed: async (ownerA) => {
    const saved = await ownerA.post('/app/checks/save?set=five-minute-check&v=1&a=0000000000111112222233333', {});
    const resultA = /\/app\/checks\/([0-9a-f-]{36})\?saved=1$/.exec(saved.headers.get('location') ?? '')?.[1];
    if (!resultA) throw new Error(`check result not saved: ${saved.status}`);
    const preview = await (await ownerA.get(`/app/checks/${resultA}/benchmark`)).text();
    const payload = (/data-testid="peer-payload"[^>]*>([\s\S]*?)<\/pre>/.exec(preview)?.[1] ?? '').replace(
      /&quot;/g,
      '"',
    );
    const shared = await ownerA.post(`/app/checks/${resultA}/benchmark`, { intent: 'share', consent: 'yes', payload });
    if (shared.status !== 303) throw new Error(`check result not shared: ${shared.status}`);
    // The page of A's result names who saved it; the id itself is in the URL B asks for, so not a secret.
    return { ids: { resultA }, secrets: ['alpha-owner'] };
  },
  routes: [
    { method: 'GET', path: '/app/checks' },
    { method: 'GET', path: '/app/checks/{resultA}' },
    { method: 'GET', path: '/en/app/checks/{resultA}' },
    { method: 'GET', path: '/app/checks/{resultA}/benchmark' },
    { method: 'GET', path: '/app/checks/{resultA}/delete' },
    { method: 'GET', path: '/app/checks/compare?before={resultA}&after={resultA}' },
    { method: 'GET', path: '/app/checks/save?set=five-minute-check&v=1&a=0000000000000000000000000' },
    { method: 'POST', path: '/app/checks/save?set=five-minute-check&v=1&a=0000000000000000000000000' },
    { method: 'POST', path: '/app/checks/{resultA}/benchmark', fields: { intent: 'withdraw' } },
    {
      method: 'POST',
      path: '/app/checks/{resultA}/benchmark',
      fields: { intent: 'share', consent: 'yes', payload: '' },
    },
    { method: 'POST', path: '/app/checks/{resultA}/delete', fields: { confirmation: '削除' } },
    { method: 'POST', path: '/en/app/checks/{resultA}/delete', fields: { confirmation: 'delete' } },
  ],
  verifyUntouched: async (ownerA, ids) => {
    const list = await (await ownerA.get('/app/checks')).text();
    const listed = [...list.matchAll(/data-result="([0-9a-f-]{36})"/g)].map((match) => match[1]);
    if (listed.length !== 1 || listed[0] !== ids['resultA'])
      throw new Error(`A's results changed: ${listed.join(',')}`);
    const benchmark = await (await ownerA.get(`/app/checks/${ids['resultA']}/benchmark`)).text();
    if (!benchmark.includes('data-testid="peer-stats"')) throw new Error("A's result is no longer shared");
  },
};

/** The document generator: answers, versions (one approved, one not), the published policy. */
const documents: OrgFixture = {
  feature: 'documents',
  seed: async (ownerA) => {
    await ownerA.post(
      '/app/documents',
      documentAnswers({ firmName: 'ALPHA-DOC-FIRM', representative: 'ALPHA-DOC-REPRESENTATIVE', myNumber: 'yes' }),
    );
    for (const kind of ['policy', 'rules', 'handbook']) await createDocumentVersion(ownerA, kind);
    await ownerA.post('/app/documents/policy', { intent: 'approve', version: '1' });
    await ownerA.post('/app/documents/handbook', { intent: 'approve', version: '1' });
    await createDocumentVersion(ownerA, 'policy');
    const published = await ownerA.post('/app/documents/policy', { intent: 'publish', slug: 'alpha-doc-slug' });
    if (published.status !== 303) throw new Error(`publish failed: ${published.status}`);
    return {
      ids: { docSlug: 'alpha-doc-slug' },
      secrets: ['ALPHA-DOC-FIRM', 'ALPHA-DOC-REPRESENTATIVE', 'alpha-doc-slug'],
    };
  },
  routes: [
    { method: 'GET', path: '/app/documents' },
    { method: 'GET', path: '/app/documents/policy' },
    { method: 'GET', path: '/app/documents/rules' },
    { method: 'GET', path: '/en/app/documents/handbook' },
    { method: 'GET', path: '/app/documents/policy/versions/1' },
    { method: 'GET', path: '/app/documents/policy/versions/2' },
    { method: 'GET', path: '/app/documents/policy/diff?from=1&to=2' },
    { method: 'GET', path: '/app/documents/policy/v1.docx' },
    { method: 'GET', path: '/app/documents/rules/v1.pdf' },
    { method: 'GET', path: '/app/documents/rules/draft.docx' },
    { method: 'GET', path: '/app/documents/handbook/draft.pdf' },
    { method: 'POST', path: '/app/documents', fields: documentAnswers({ firmName: 'hijacked' }) },
    { method: 'POST', path: '/app/documents/policy', fields: { intent: 'approve', version: '2' } },
    { method: 'POST', path: '/app/documents/policy', fields: { intent: 'unpublish' } },
    { method: 'POST', path: '/app/documents/policy', fields: { intent: 'publish', slug: '{docSlug}' } },
    { method: 'POST', path: '/app/documents/handbook', fields: { intent: 'acknowledge', version: '1' } },
    { method: 'POST', path: '/app/documents/rules', fields: { intent: 'create-version' } },
  ],
  verifyUntouched: async (ownerA, ids) => {
    const policy = await (await ownerA.get('/en/app/documents/policy')).text();
    if (!policy.includes('Approve version 2')) throw new Error('version 2 of A was approved by someone else');
    const answers = await (await ownerA.get('/app/documents')).text();
    if (!answers.includes('value="ALPHA-DOC-FIRM"')) throw new Error("A's answers changed");
    const rules = await (await ownerA.get('/app/documents/rules')).text();
    if (rules.includes('data-version="2"')) throw new Error('a version was added to A');
    const handbook = await (await ownerA.get('/en/app/documents/handbook')).text();
    if (!handbook.includes('0 of 1 people have confirmed.')) throw new Error("A's handbook was acknowledged");
    const publicPage = await new FormClient(ownerA.base).get(`/p/${ids['docSlug']}/policy`);
    if (publicPage.status !== 200) throw new Error("A's policy is no longer published");
  },
};

/** The asset register: an asset with a rated risk and a staged (uncommitted) import in A. */
const assets: OrgFixture = {
  feature: 'assets',
  seed: async (ownerA) => {
    const created = await ownerA.post('/app/assets/new', {
      category: 'ALPHA-CATEGORY-SECRET',
      name: 'ALPHA-ASSET-SECRET',
      note: 'ALPHA-NOTE-SECRET',
      confidentiality: '3',
      integrity: '2',
      availability: '2',
    });
    const assetA = /\/app\/assets\/([0-9a-f-]{36})\/risk/.exec(created.headers.get('location') ?? '')?.[1];
    if (!assetA) throw new Error(`asset not created: ${created.status}`);
    await ownerA.post(`/app/assets/${assetA}/risk`, {
      intent: 'rate',
      threat: '2',
      vulnerability: '2',
      treatment: 'accept',
      measures: 'ALPHA-MEASURE-SECRET',
    });
    const file = new TextEncoder().encode(
      '業務分類,情報資産名称,機密性,完全性,可用性\r\n営業,ALPHA-IMPORT-SECRET,1,1,1\r\n',
    );
    const staged = await ownerA.postFile('/app/assets/import', { field: 'file', name: 'a.csv', bytes: file });
    const importA = /\/app\/assets\/import\/([0-9a-f-]{36})/.exec(staged.headers.get('location') ?? '')?.[1];
    if (!importA) throw new Error(`import not staged: ${staged.status}`);
    return {
      ids: { assetA, importA },
      secrets: [
        'ALPHA-ASSET-SECRET',
        'ALPHA-CATEGORY-SECRET',
        'ALPHA-NOTE-SECRET',
        'ALPHA-MEASURE-SECRET',
        'ALPHA-IMPORT-SECRET',
      ],
    };
  },
  routes: [
    { method: 'GET', path: '/app/assets' },
    { method: 'GET', path: '/app/assets?q=ALPHA' },
    { method: 'GET', path: '/en/app/assets' },
    { method: 'GET', path: '/app/assets/new' },
    { method: 'GET', path: '/app/assets/starter' },
    { method: 'GET', path: '/app/assets/risks' },
    { method: 'GET', path: '/app/assets/{assetA}' },
    { method: 'GET', path: '/en/app/assets/{assetA}' },
    { method: 'GET', path: '/app/assets/{assetA}/risk' },
    { method: 'GET', path: '/en/app/assets/{assetA}/risk' },
    { method: 'GET', path: '/app/assets/export.xlsx' },
    { method: 'GET', path: '/app/assets/export.csv' },
    { method: 'GET', path: '/en/app/assets/export.csv' },
    { method: 'GET', path: '/app/assets/template.xlsx' },
    { method: 'GET', path: '/app/assets/import' },
    { method: 'GET', path: '/app/assets/import/{importA}' },
    { method: 'GET', path: '/en/app/assets/import/{importA}' },
    { method: 'GET', path: '/api/v1/org/assets' },
    { method: 'GET', path: '/api/v1/org/risks' },
    { method: 'POST', path: '/app/assets', fields: { ids: '{assetA}', bulkConfidentiality: '1' } },
    {
      method: 'POST',
      path: '/app/assets/{assetA}',
      fields: {
        intent: 'save',
        category: 'x',
        name: 'hijacked',
        confidentiality: '1',
        integrity: '1',
        availability: '1',
      },
    },
    { method: 'POST', path: '/app/assets/{assetA}', fields: { intent: 'delete', confirmation: 'ALPHA-ASSET-SECRET' } },
    { method: 'POST', path: '/app/assets/{assetA}/risk', fields: { intent: 'rate', threat: '1', vulnerability: '1' } },
    { method: 'POST', path: '/app/assets/{assetA}/risk', fields: { intent: 'accept', comment: 'hijacked' } },
    { method: 'POST', path: '/app/assets/{assetA}/risk', fields: { intent: 'withdraw' } },
    { method: 'POST', path: '/app/assets/import/{importA}', fields: { intent: 'commit' } },
    { method: 'POST', path: '/app/assets/import/{importA}', fields: { intent: 'discard' } },
    { method: 'POST', path: '/app/assets/risks', fields: { matrix: 'gokui-strict' } },
  ],
  verifyUntouched: async (ownerA, ids) => {
    const assetsA = (await (await ownerA.get('/api/v1/org/assets')).json()) as {
      matrix: string;
      assets: { id: string; name: string; confidentiality: number }[];
    };
    if (assetsA.matrix !== 'gokui-default') throw new Error('A’s matrix was changed');
    const asset = assetsA.assets.find((entry) => entry.id === ids['assetA']);
    if (asset?.name !== 'ALPHA-ASSET-SECRET' || asset.confidentiality !== 3 || assetsA.assets.length !== 1) {
      throw new Error(`A’s assets were changed: ${JSON.stringify(assetsA.assets)}`);
    }
    const risks = (await (await ownerA.get('/api/v1/org/risks')).json()) as {
      risks: { threat: number; acceptance: unknown }[];
    };
    if (risks.risks[0]?.threat !== 2 || risks.risks[0]?.acceptance !== null) throw new Error('A’s risk was changed');
    const preview = await ownerA.get(`/app/assets/import/${ids['importA']}`);
    if (preview.status !== 200) throw new Error('A’s staged import was touched');
  },
};

export const orgFixtures: OrgFixture[] = [accounts, checkResults, documents, assets, incidents, manual];

/** Replaces every `{name}` by its id; unknown names stay, so a typo fails loudly in the route. */
export function fillPlaceholders(text: string, ids: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => ids[name] ?? whole);
}
