/**
 * Bodies a browser form never sends, against the signed-in form pages on both engines: JSON,
 * text/plain and broken multipart bodies answer 415/400 with the translated notice, fields
 * holding control characters (NUL …) answer 400, and none of them changes anything. Ids in a
 * route that cannot exist (NUL) answer 404, also on PostgreSQL, which refuses NUL in text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { signUpWithOrganization, type FormClient } from '../support/browserless-client.ts';
import { createDocumentVersion, documentAnswers } from '../support/documents-client.ts';
import { startEngineServer, testEngines } from '../support/engines.ts';
import { type RunningServer } from '../support/server.ts';

type Ids = Record<'asset' | 'result' | 'incident', string>;

interface FormRoute {
  name: string;
  path: (ids: Ids) => string;
  /** Form fields with a control character in at least one of them. */
  controlled: (ids: Ids) => Record<string, string>;
}

const assetForm = (fields: Record<string, string> = {}) => ({
  intent: 'save',
  category: '経理',
  name: '請求書データ',
  confidentiality: '2',
  integrity: '2',
  availability: '2',
  registeredOn: '2026-04-01',
  ...fields,
});

const saveQuery = '/app/checks/save?set=five-minute-check&v=1&a=0000000000111112222233333';

const routes: FormRoute[] = [
  { name: 'new asset', path: () => '/app/assets/new', controlled: () => assetForm({ name: 'Bad\u0000name' }) },
  { name: 'asset edit', path: (ids) => `/app/assets/${ids.asset}`, controlled: () => assetForm({ note: '\u0000' }) },
  {
    name: 'asset delete',
    path: (ids) => `/app/assets/${ids.asset}`,
    controlled: () => ({ intent: 'delete', confirmation: '請求書\u0000データ' }),
  },
  {
    name: 'asset risk',
    path: (ids) => `/app/assets/${ids.asset}/risk`,
    controlled: () => ({ intent: 'rate', threat: '2', vulnerability: '2', measures: 'backup\u0000' }),
  },
  {
    name: 'risk acceptance',
    path: (ids) => `/app/assets/${ids.asset}/risk`,
    controlled: () => ({ intent: 'accept', comment: 'later\u0007' }),
  },
  { name: 'asset import', path: () => '/app/assets/import', controlled: () => ({ file: 'x\u0000' }) },
  { name: 'check save', path: () => saveQuery, controlled: () => ({ note: '\u0000' }) },
  {
    name: 'check delete',
    path: (ids) => `/app/checks/${ids.result}/delete`,
    controlled: () => ({ confirmation: '削除\u0000' }),
  },
  {
    name: 'check benchmark',
    path: (ids) => `/app/checks/${ids.result}/benchmark`,
    controlled: () => ({ intent: 'share', consent: 'yes', payload: '{\u0000}' }),
  },
  {
    name: 'document questionnaire',
    path: () => '/app/documents',
    controlled: () => documentAnswers({ firmName: 'テスト\u0000製作所' }),
  },
  {
    name: 'document approve',
    path: () => '/app/documents/policy',
    controlled: () => ({ intent: 'approve', version: '1\u0000' }),
  },
  {
    name: 'document publish',
    path: () => '/app/documents/policy',
    controlled: () => ({ intent: 'publish', slug: 'alpha\u0000slug' }),
  },
  {
    name: 'manual step',
    path: () => '/app/manual/steps/4-1',
    controlled: () => ({ scope: '', storage: '総務の棚\u0000', reviewMonth: '4' }),
  },
  {
    name: 'incident new',
    path: () => '/app/incidents/new',
    controlled: () => ({
      event: 'data-leak',
      title: 'Leak\u0000',
      discoveredDate: '2026-01-05',
      discoveredTime: '09:00',
    }),
  },
  {
    name: 'incident detail',
    path: (ids) => `/app/incidents/${ids.incident}`,
    controlled: () => ({
      intent: 'entry',
      kind: 'event',
      occurredDate: '2026-01-05',
      occurredTime: '09:10',
      text: 'called the bank\u0000',
      who: 'owner',
    }),
  },
];

/** Text as a page shows it, with the entities Astro writes for quotes and ampersands undone. */
const plain = (html: string) =>
  html
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const boundary = '----gokui-broken';
const brokenMultipart = `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nno end`;

/** What a change would show: the register, the results, documents, records and manual answers. */
async function snapshot(owner: FormClient, ids: Ids): Promise<string[]> {
  const text = async (path: string) => {
    const response = await owner.get(path);
    expect(response.status, path).toBe(200);
    return response.text();
  };
  const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]).join('|');
  const values = /\svalue="([^"]*)"/g;
  return [
    await text('/api/v1/org/assets'),
    await text('/api/v1/org/risks'),
    all(await text('/app/checks'), /data-result="([^"]+)"/g),
    String((await text(`/app/checks/${ids.result}/benchmark`)).includes('data-testid="peer-stats"')),
    all(await text('/app/documents'), values),
    all(await text('/app/documents/policy'), /data-version="(\d+)"|data-testid="publication-state">([^<]*)/g),
    all(await text('/app/incidents'), /href="\/app\/incidents\/([0-9a-f-]{36})"/g),
    all(await text(`/app/incidents/${ids.incident}`), /(data-status="\w+"|<tr[\s>])/g),
    all(await text('/app/manual/steps/4-1'), values),
  ];
}

describe.each(testEngines())('bad request bodies on %s', (engine) => {
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  let owner: FormClient;
  let ids: Ids;
  let before: string[];

  beforeAll(async () => {
    ({ server, cleanup } = await startEngineServer(engine));
    owner = await signUpWithOrganization(server.url, `bad-input-${engine}`, 'Bad Input Ltd');
    const asset = await owner.post('/app/assets/new', assetForm());
    const saved = await owner.post(saveQuery, {});
    await owner.post('/app/documents', documentAnswers());
    await createDocumentVersion(owner, 'policy');
    // A version in force, so the policy page shows the publish form and its slug messages.
    await owner.post('/app/documents/policy', { intent: 'approve', version: '1' });
    const incident = await owner.post('/app/incidents/new', {
      event: 'data-leak',
      title: 'Leak',
      discoveredDate: '2026-01-05',
      discoveredTime: '09:00',
    });
    const id = (response: Response, pattern: RegExp) => {
      const found = pattern.exec(response.headers.get('location') ?? '')?.[1];
      if (!found) throw new Error(`nothing created: ${response.status} ${response.headers.get('location')}`);
      return found;
    };
    ids = {
      asset: id(asset, /\/app\/assets\/([0-9a-f-]{36})\/risk/),
      result: id(saved, /\/app\/checks\/([0-9a-f-]{36})\?saved=1$/),
      incident: id(incident, /\/app\/incidents\/([0-9a-f-]{36})$/),
    };
    before = await snapshot(owner, ids);
  });

  afterAll(() => cleanup());

  for (const route of routes) {
    for (const [prefix, dictionary, lang] of [
      ['', ja, 'ja'],
      ['/en', en, 'en'],
    ] as const) {
      it(`refuses what a form never sends to ${route.name} (${lang})`, async () => {
        const path = `${prefix}${route.path(ids)}`;
        const expectPage = async (response: Response, status: number, message: keyof typeof ja) => {
          expect(response.status, `${path} ${message}`).toBe(status);
          expect(response.headers.get('content-type'), path).toContain('text/html');
          const html = plain(await response.text());
          expect(html, path).toContain(`lang="${lang}"`);
          expect(html, `${path} ${message}`).toContain(dictionary[message]);
        };
        await expectPage(
          await owner.postRaw(path, '{"name":"x"}', 'application/json'),
          415,
          'error.unsupportedMediaType.body',
        );
        await expectPage(await owner.postRaw(path, 'name=x', 'text/plain'), 415, 'error.unsupportedMediaType.body');
        await expectPage(
          await owner.postRaw(path, brokenMultipart, `multipart/form-data; boundary=${boundary}`),
          400,
          'error.badRequest.body',
        );
        const controlled = await owner.post(path, route.controlled(ids));
        expect(controlled.status, `${path} control characters`).toBe(400);
        const html = plain(await controlled.text());
        expect(html).toContain(`lang="${lang}"`);
        const fieldMessage = html.includes(dictionary['form.error.controlCharacters']);
        const requestMessage = html.includes(dictionary['error.controlCharacters']);
        expect(fieldMessage || requestMessage, `${path}: no message about control characters`).toBe(true);
      });
    }
  }

  it('refuses a file name and a spreadsheet cell holding control characters', async () => {
    // A CSV with NUL bytes is no text file at all (415); other control characters are row problems.
    const csv = '\uFEFF業務分類,情報資産名称,機密性,完全性,可用性\r\n経理,請求\u0007書,2,2,2\r\n';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="reg\u0001ister.csv"',
      'Content-Type: text/csv',
      '',
      csv,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const named = await owner.postRaw('/app/assets/import', body, `multipart/form-data; boundary=${boundary}`);
    expect(named.status).toBe(400);
    expect(plain(await named.text())).toContain(ja['form.error.controlCharacters']);

    const staged = await owner.postFile('/app/assets/import', {
      field: 'file',
      name: 'register.csv',
      bytes: new TextEncoder().encode(csv),
    });
    expect(staged.status).toBe(303);
    const preview = staged.headers.get('location') ?? '';
    expect(plain(await (await owner.get(preview)).text())).toContain(ja['assets.rowProblem.controlCharacters']);
    expect((await owner.post(preview, { intent: 'commit' })).status).toBe(409);
  });

  it('answers 404 for ids that cannot exist, before asking the database', async () => {
    for (const path of [
      '/app/assets/%00',
      '/en/app/assets/%00',
      '/app/assets/%00/risk',
      '/app/assets/import/%00',
      '/app/checks/%00',
      '/app/checks/%00/benchmark',
      '/app/checks/%00/delete',
      '/app/checks/not-a-result',
      '/app/incidents/%00',
      '/en/app/incidents/%00',
      '/app/manual/versions/%00',
    ]) {
      const response = await owner.get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain(path.startsWith('/en/') ? 'lang="en"' : 'lang="ja"');
    }
    const posted = await owner.post('/app/assets/%00', assetForm());
    expect(posted.status).toBe(404);
  });

  it('changed nothing', async () => {
    expect(await snapshot(owner, ids)).toEqual(before);
  });
});
