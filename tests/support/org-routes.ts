/**
 * Every route that shows or changes organisation data, for the tenant-isolation harness
 * (tests/integration/accounts.test.ts). Each feature adds ONE fixture to `orgFixtures`: a seed
 * that creates data in organisation A through A's owner (as a user would), the ids the routes
 * need and the secrets that must never appear in an answer to organisation B, plus its routes.
 * `{name}` in a path or field is replaced by the id of that name; `{org}` is A's id.
 */
import type { FormClient } from './browserless-client.ts';
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

export const orgFixtures: OrgFixture[] = [accounts, checkResults, incidents, manual];

/** Replaces every `{name}` by its id; unknown names stay, so a typo fails loudly in the route. */
export function fillPlaceholders(text: string, ids: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => ids[name] ?? whole);
}
