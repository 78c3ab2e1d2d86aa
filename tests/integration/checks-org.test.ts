/**
 * Saved check results, history, comparison and the peer benchmark over HTTP on the built
 * server, on SQLite and PostgreSQL.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormClient, inviteMember, signUpWithOrganization } from '../support/browserless-client.ts';
import { testEngines, useEngineServer } from '../support/engines.ts';

/** The answer code of a result URL: one character per question (0 yes, 1 partial, 2 no, 3 unknown). */
const code = (pattern: { yes?: number; partial?: number; unknown?: number }) =>
  [...'0'.repeat(pattern.yes ?? 0), ...'1'.repeat(pattern.partial ?? 0), ...'3'.repeat(pattern.unknown ?? 0)]
    .join('')
    .padEnd(25, '2');
const savePath = (answerCode: string, version = '1') =>
  `/app/checks/save?set=five-minute-check&v=${version}&a=${answerCode}`;

const resultIdOf = (location: string | null) => /\/app\/checks\/([0-9a-f-]{36})\?saved=1$/.exec(location ?? '')?.[1];
const payloadOf = (html: string) =>
  (/<pre[^>]*data-testid="peer-payload"[^>]*>([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"');

describe.each(testEngines())('signed-in check results on %s', (engine) => {
  const server = useEngineServer(engine);
  let owner: FormClient;

  beforeAll(async () => {
    owner = await signUpWithOrganization(server.url, 'check-owner', 'Check Owner Firm');
  });

  async function savedIds(client: FormClient): Promise<string[]> {
    const html = await (await client.get('/app/checks')).text();
    return [...html.matchAll(/data-result="([0-9a-f-]{36})"/g)].map((match) => match[1] as string);
  }

  it('leads a signed-out visitor through sign-in back to the result, then saves it', async () => {
    const visitor = new FormClient(server.url);
    const path = savePath(code({ yes: 15 }));
    const refused = await visitor.post(`/en${path}`, {});
    expect(refused.status).toBe(303);
    const signIn = refused.headers.get('location') ?? '';
    expect(signIn).toBe(`/en/app/sign-in?next=${encodeURIComponent(`/en${path}`)}`);
    const signedIn = await visitor.post(signIn, {
      email: 'check-owner@example.jp',
      password: 'a long enough password',
    });
    expect(signedIn.headers.get('location')).toBe(`/en${path}`);
    const confirm = await visitor.get(`/en${path}`);
    expect(confirm.status).toBe(200);
    const confirmHtml = await confirm.text();
    expect(confirmHtml).toContain('Check Owner Firm');
    expect(confirmHtml).toContain('60 points');
    const saved = await visitor.post(`/en${path}`, {});
    expect(saved.status).toBe(303);
    const id = resultIdOf(saved.headers.get('location'));
    expect(id).toBeDefined();
    const detail = await visitor.get(`/en/app/checks/${id}?saved=1`);
    expect(detail.status).toBe(200);
    const html = await detail.text();
    expect(html).toContain('data-testid="saved-notice"');
    expect(html).toMatch(/data-testid="total"[^>]*>\s*60 points/);
    expect(html).toContain('Saved on');
    expect(html).toContain('check-owner');
  });

  it('brings a new visitor through sign-up and organisation creation back to the result to save', async () => {
    const visitor = new FormClient(server.url);
    const path = savePath(code({ yes: 25 }));
    const signIn = (await visitor.post(path, {})).headers.get('location') ?? '';
    const next = new URL(signIn, server.url).searchParams.get('next') ?? '';
    expect(next).toBe(path);
    const signedUp = await visitor.post(`/app/sign-up?next=${encodeURIComponent(next)}`, {
      name: 'newcomer',
      email: 'newcomer@example.jp',
      password: 'a long enough password',
    });
    expect(signedUp.headers.get('location')).toBe(path);
    const noOrganization = await visitor.get(path);
    expect(noOrganization.status).toBe(303);
    const create = noOrganization.headers.get('location') ?? '';
    expect(create).toBe(`/app/organizations/new?next=${encodeURIComponent(path)}`);
    const created = await visitor.post(create, { name: 'Newcomer Ltd', industry: 'I', sizeBand: 'micro' });
    expect(created.headers.get('location')).toBe(path);
    const confirm = await visitor.get(path);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('Newcomer Ltd');
    expect((await visitor.post(path, {})).status).toBe(303);
    expect(await savedIds(visitor)).toHaveLength(1);
  });

  it('lists results with a trend, and compares two of them per question and per part', async () => {
    const second = await owner.post(savePath(code({ yes: 20, partial: 2 })), {});
    expect(second.status).toBe(303);
    const ids = await savedIds(owner);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const history = await (await owner.get('/app/checks')).text();
    expect(history).toContain('data-testid="trend-chart" data-direction="up"');
    expect(history).toContain('<table class="data-table trend-table"');
    const [before, after] = ids.slice(-2);
    const compare = await owner.get(`/app/checks/compare?before=${before}&after=${after}`);
    expect(compare.status).toBe(200);
    const html = await compare.text();
    expect(html).toMatch(/60点 → 84点（\+24）/);
    expect(html).toContain('data-question="q16" data-change="better"');
    expect(html).toContain('data-question="q01" data-change="same"');
    const bad = await owner.get(`/app/checks/compare?before=${before}&after=not-an-id`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('data-testid="compare-error"');
    // The dashboard card shows the latest score and the trend.
    const dashboard = await (await owner.get('/app')).text();
    expect(dashboard).toContain('最新の結果：84点');
    expect(dashboard).toContain('data-direction="up"');
  });

  it('refuses tampered saves with a translated message and stores nothing', async () => {
    const before = (await savedIds(owner)).length;
    for (const path of [
      savePath(code({ yes: 3 }).slice(0, 24)),
      savePath(code({ yes: 3 }).replace(/.$/, 'z')),
      savePath(code({ yes: 3 }), '2'),
      `${savePath(code({ yes: 3 }))}&organizationId=other`,
      '/app/checks/save?set=unknown-set&v=1&a=0000000000000000000000000',
      '/app/checks/save',
    ]) {
      const response = await owner.post(path, {});
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain('data-testid="save-error"');
    }
    const english = await owner.post(`/en${savePath('x')}`, {});
    expect(await english.text()).toContain('could not be read');
    expect((await savedIds(owner)).length).toBe(before);
  });

  it('shows the exact anonymous payload, shares on consent, shows group counts and withdraws', async () => {
    const [id] = await savedIds(owner);
    const preview = await owner.get(`/en/app/checks/${id}/benchmark`);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    const payload = payloadOf(html);
    expect(JSON.parse(payload)).toEqual({
      questionSet: { id: 'five-minute-check', version: 1 },
      industry: 'E',
      sizeBand: 'small',
      total: 60,
      scores: [...Array<number>(15).fill(4), ...Array<number>(10).fill(0)],
    });
    for (const secret of ['Check Owner Firm', 'check-owner', id as string]) expect(payload).not.toContain(secret);

    const noConsent = await owner.post(`/en/app/checks/${id}/benchmark`, { intent: 'share', payload });
    expect(noConsent.status).toBe(400);
    expect(await noConsent.text()).toContain('Tick the box');
    const changed = await owner.post(`/en/app/checks/${id}/benchmark`, {
      intent: 'share',
      consent: 'yes',
      payload: payload.replace('"E"', '"G"'),
    });
    expect(changed.status).toBe(409);
    expect(
      (await (await owner.get(`/en/app/checks/${id}/benchmark`)).text()).includes('data-testid="peer-stats"'),
    ).toBe(false);

    const shared = await owner.post(`/en/app/checks/${id}/benchmark`, { intent: 'share', consent: 'yes', payload });
    expect(shared.status).toBe(303);
    const stats = await (await owner.get(`/en/app/checks/${id}/benchmark?shared=1`)).text();
    expect(stats).toContain('data-testid="peer-stats"');
    expect(stats).toContain('shown after 9 more');
    expect(stats).not.toContain('data-kind="enough"');
    const again = await owner.post(`/en/app/checks/${id}/benchmark`, { intent: 'share', consent: 'yes', payload });
    expect(again.status).toBe(409);
    expect((await (await owner.get('/app/checks')).text()).match(/参加中/g)?.length).toBe(1);

    const withdrawn = await owner.post(`/en/app/checks/${id}/benchmark`, { intent: 'withdraw' });
    expect(withdrawn.status).toBe(303);
    const after = await (await owner.get(`/en/app/checks/${id}/benchmark?withdrawn=1`)).text();
    expect(after).toContain('data-testid="peer-payload"');
    expect(after).toContain('withdrawn');
  });

  it('lets members read but not save, share or delete', async () => {
    const member = new FormClient(server.url);
    await inviteMember(owner, { member, who: 'check-member' });
    const ids = await savedIds(member);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect((await member.get(`/app/checks/${ids[0]}`)).status).toBe(200);
    expect((await member.get(savePath(code({ yes: 1 })))).status).toBe(403);
    expect((await member.post(savePath(code({ yes: 1 })), {})).status).toBe(403);
    const share = await member.post(`/app/checks/${ids[0]}/benchmark`, {
      intent: 'share',
      consent: 'yes',
      payload: '',
    });
    expect(share.status).toBe(403);
    expect((await member.post(`/app/checks/${ids[0]}/delete`, { confirmation: '削除' })).status).toBe(403);
    expect(await savedIds(member)).toEqual(ids);
  });

  it('deletes a result after the typed confirmation, withdrawing its submission', async () => {
    const ids = await savedIds(owner);
    const id = ids.at(-1) as string;
    const page = await (await owner.get(`/en/app/checks/${id}/benchmark`)).text();
    await owner.post(`/en/app/checks/${id}/benchmark`, { intent: 'share', consent: 'yes', payload: payloadOf(page) });
    const wrong = await owner.post(`/app/checks/${id}/delete`, { confirmation: 'はい' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('「削除」と入力してください。');
    const deleted = await owner.post(`/app/checks/${id}/delete`, { confirmation: '削除' });
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe('/app/checks?deleted=1');
    expect(await savedIds(owner)).toEqual(ids.slice(0, -1));
    expect((await owner.get(`/app/checks/${id}`)).status).toBe(404);
    // Another result shares; its group now counts one, not two: the deleted one was withdrawn.
    const [first] = ids;
    const preview = await (await owner.get(`/en/app/checks/${first}/benchmark`)).text();
    await owner.post(`/en/app/checks/${first}/benchmark`, {
      intent: 'share',
      consent: 'yes',
      payload: payloadOf(preview),
    });
    expect(await (await owner.get(`/en/app/checks/${first}/benchmark`)).text()).toContain('shown after 9 more');
  });

  it('includes saved results in the organisation export', async () => {
    const exported = unzipSync(
      new Uint8Array(await (await owner.get('/app/settings/organization/export')).arrayBuffer()),
    );
    const rows = JSON.parse(strFromU8(exported['tables/check_results.json'] ?? new Uint8Array())) as {
      id: string;
      total: number;
      question_set_id: string;
    }[];
    expect(rows.map((row) => row.id).sort()).toEqual((await savedIds(owner)).sort());
    expect(rows.every((row) => row.question_set_id === 'five-minute-check')).toBe(true);
  });
});
