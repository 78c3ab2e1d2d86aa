/**
 * Bad bodies to the accounts forms: JSON, plain text, broken multipart and control characters
 * answer 400 or 415 with a translated page and change nothing — never 500 — on both engines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FormClient, signUpWithOrganization } from '../support/browserless-client.ts';
import { testEngines, useEngineServer } from '../support/engines.ts';

const formRoutes = [
  '/app/sign-in',
  '/app/sign-up',
  '/app/forgot-password',
  '/app/organizations',
  '/app/organizations/new',
  '/app/organizations/import',
  '/app/settings/organization',
  '/app/settings/security',
  '/app/settings/organization/delete',
];

const badBodies: { name: string; body: string; type?: string; status: number }[] = [
  { name: 'JSON', body: '{"email":"a@example.jp"}', type: 'application/json', status: 415 },
  { name: 'plain text', body: 'email=a@example.jp', type: 'text/plain', status: 415 },
  { name: 'no content type', body: 'email=a@example.jp', status: 415 },
  {
    name: 'broken multipart',
    body: '--xx\r\nContent-Disposition: form-data',
    type: 'multipart/form-data; boundary=xx',
    status: 400,
  },
];

describe.each(testEngines())('accounts forms refuse bad bodies on %s', (engine) => {
  const server = useEngineServer(engine);
  let owner: FormClient;

  beforeAll(async () => {
    owner = await signUpWithOrganization(server.url, 'badinput', 'Bad Input 株式会社');
  });

  it('answers 400/415 with a translated page to every bad body, signed in or not', async () => {
    for (const path of formRoutes) {
      for (const bad of badBodies) {
        for (const [prefix, text] of [
          ['', /送/],
          ['/en', /send|sent/i],
        ] as const) {
          const response = await owner.postRaw(`${prefix}${path}`, bad.body, bad.type);
          expect(response.status, `${bad.name} to ${prefix}${path}`).toBe(bad.status);
          expect(response.headers.get('content-type')).toMatch(/text\/html/);
          expect(await response.text(), `${bad.name} to ${prefix}${path}`).toMatch(text);
        }
      }
    }
    // Still the same organisation, still signed in.
    const settings = await owner.get('/en/app/settings/organization');
    expect(settings.status).toBe(200);
    expect(await settings.text()).toContain('Bad Input 株式会社');
  });

  it('refuses NUL and other control characters with a field error and stores nothing', async () => {
    const rename = await owner.post('/en/app/settings/organization', {
      intent: 'rename',
      name: 'Evil\u0000Name',
      industry: 'E',
      sizeBand: 'small',
    });
    expect(rename.status).toBe(400);
    expect(await rename.text()).toContain('control characters');
    const created = await owner.post('/app/organizations/new', {
      name: 'New\u0007Org',
      industry: 'E',
      sizeBand: 'small',
    });
    expect(created.status).toBe(400);
    expect(await created.text()).toContain('制御文字');
    const signUp = await new FormClient(server.url).post('/en/app/sign-up', {
      name: 'Nul\u0000',
      email: 'nul@example.jp',
      password: 'a long enough password',
    });
    expect(signUp.status).toBe(400);
    const switcher = await owner.get('/en/app/organizations');
    const page = await switcher.text();
    expect(page).toContain('Bad Input 株式会社');
    expect(page).not.toMatch(/Evil|New.Org/);
  });

  it('an unknown intent is a 400 page, not a 500', async () => {
    for (const path of ['/app/settings/organization', '/app/settings/security']) {
      const response = await owner.post(path, { intent: 'nonsense' });
      expect(response.status, path).toBe(400);
    }
  });

  it('confirms deletion with the name typed in another Unicode form (IME input is NFC, the stored name NFD)', async () => {
    const decomposed = 'ガイド株式会社'.normalize('NFD');
    const client = await signUpWithOrganization(server.url, 'nfc', decomposed);
    const wrong = await client.post('/en/app/settings/organization/delete', { confirmation: 'Other' });
    expect(wrong.status).toBe(400);
    const deleted = await client.post('/en/app/settings/organization/delete', {
      confirmation: 'ガイド株式会社'.normalize('NFC'),
    });
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe('/en/app?deleted=1');
  });

  it('the organisations API tells a user without an organisation to make one (403), a stranger to sign in (401)', async () => {
    const stranger = await fetch(`${server.url}/api/v1/org/assets`);
    expect(stranger.status).toBe(401);
    expect(((await stranger.json()) as { error: { code: string; details: unknown[] } }).error).toMatchObject({
      code: 'unauthorized',
      details: [],
    });
    const lonely = new FormClient(server.url);
    await lonely.post('/app/sign-up', {
      name: 'Lonely',
      email: 'lonely@example.jp',
      password: 'a long enough password',
    });
    const response = await lonely.get('/api/v1/org/assets');
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('no_organization');
  });
});
