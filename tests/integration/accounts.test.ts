import { describe, expect, it } from 'vitest';
import { FormClient, signUpWithOrganization } from '../support/browserless-client.ts';
import { startEngineServer, testEngines, useEngineServer } from '../support/engines.ts';
import { fillPlaceholders, orgFixtures } from '../support/org-routes.ts';

describe.each(testEngines())('signed-in area on %s', (engine) => {
  const server = useEngineServer(engine);

  it('sends anonymous visitors of /app to sign-in and back afterwards', async () => {
    const response = await fetch(`${server.url}/en/app/settings/security`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/app/sign-in?next=%2Fen%2Fapp%2Fsettings%2Fsecurity');
    const client = new FormClient(server.url);
    await client.post('/en/app/sign-up', {
      name: 'Back',
      email: 'back@example.jp',
      password: 'a long enough password',
    });
    const signIn = await new FormClient(server.url).post('/en/app/sign-in?next=%2Fen%2Fapp%2Fsettings%2Fsecurity', {
      email: 'back@example.jp',
      password: 'a long enough password',
    });
    expect(signIn.headers.get('location')).toBe('/en/app/settings/security');
    const evil = await new FormClient(server.url).post('/app/sign-in?next=https%3A%2F%2Fevil.example%2Fapp', {
      email: 'back@example.jp',
      password: 'a long enough password',
    });
    expect(evil.headers.get('location')).toBe('/app');
  });

  it('does not reveal whether an e-mail address is registered', async () => {
    await signUpWithOrganization(server.url, 'known', 'Known Ltd');
    const wrongPassword = await new FormClient(server.url).post('/en/app/sign-in', {
      email: 'known@example.jp',
      password: 'wrong password!',
    });
    const unknownUser = await new FormClient(server.url).post('/en/app/sign-in', {
      email: 'nobody@example.jp',
      password: 'wrong password!',
    });
    expect(wrongPassword.status).toBe(unknownUser.status);
    const texts = [await wrongPassword.text(), await unknownUser.text()].map((t) =>
      t.match(/<main[\s\S]*<\/main>/)?.[0].replace(/value="[^"]*"/g, ''),
    );
    expect(texts[0]).toBe(texts[1]);
    const reset = await new FormClient(server.url).post('/en/app/forgot-password', { email: 'known@example.jp' });
    const resetUnknown = await new FormClient(server.url).post('/en/app/forgot-password', {
      email: 'nobody@example.jp',
    });
    expect(reset.status).toBe(resetUnknown.status);
  });

  it('slows down brute-forcing of sign-in with a rate limit', async () => {
    const owner = await signUpWithOrganization(server.url, 'target', 'Target Ltd');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await new FormClient(server.url).post('/en/app/sign-in', {
        email: 'target@example.jp',
        password: `guess number ${i}`,
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const blocked = await new FormClient(server.url).post('/en/app/sign-in', {
      email: 'target@example.jp',
      password: 'a long enough password',
    });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('Too many attempts');
    const audit = await (await owner.get('/en/app/audit')).text();
    expect(audit.match(/data-event="auth.signInFailed"/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
  });

  it('never shows or changes organisation A for a member of organisation B (isolation harness)', async () => {
    const ownerA = await signUpWithOrganization(server.url, 'alpha-owner', 'ALPHA-SECRET-FIRM');
    const settingsA = await (
      await ownerA.post('/app/settings/organization', { intent: 'invite', role: 'member', email: '' })
    ).text();
    const invitationLink = /value="(http[^"]*\/app\/join\/[^"]+)"/.exec(settingsA)?.[1];
    expect(invitationLink).toBeDefined();
    const orgIdA = await idOfActiveOrganization(ownerA);
    const invitationA =
      /name="invitationId" value="([^"]+)"/.exec(await (await ownerA.get('/app/settings/organization')).text())?.[1] ??
      '';
    const ownerIdA =
      /name="userId" value="([^"]+)"/.exec(await (await ownerA.get('/app/settings/organization')).text())?.[1] ??
      'unknown';

    const ids: Record<string, string> = {
      org: orgIdA,
      ownerA: ownerIdA,
      invitationA,
      orgNameA: 'ALPHA-SECRET-FIRM',
    };
    const secrets = ['ALPHA-SECRET-FIRM', 'alpha-owner@example.jp'];
    for (const fixture of orgFixtures) {
      const seeded = await fixture.seed(ownerA, ids);
      Object.assign(ids, seeded.ids);
      secrets.push(...seeded.secrets);
    }

    const memberB = await signUpWithOrganization(server.url, 'beta-owner', 'Beta Firm');
    memberB.setCookie('gokui_org', orgIdA);
    for (const route of orgFixtures.flatMap((fixture) => fixture.routes)) {
      const path = fillPlaceholders(route.path, ids);
      const fields = Object.fromEntries(
        Object.entries(route.fields ?? {}).map(([key, value]) => [key, fillPlaceholders(value, ids)]),
      );
      expect(`${path} ${JSON.stringify(fields)}`, 'unfilled placeholder').not.toMatch(/\{\w+\}/);
      const response = route.method === 'GET' ? await memberB.get(path) : await memberB.post(path, fields);
      const body = await response.text();
      for (const secret of secrets) {
        expect(body.includes(secret), `${route.method} ${path} leaked ${secret}`).toBe(false);
      }
    }
    for (const fixture of orgFixtures) await fixture.verifyUntouched?.(ownerA, ids);
    // A is untouched: still named, still owned, invitation still pending.
    const after = await (await ownerA.get('/app/settings/organization')).text();
    expect(after).toContain('ALPHA-SECRET-FIRM');
    expect(after).toContain('alpha-owner@example.jp');
    expect(await (await ownerA.get('/app')).text()).toContain('ALPHA-SECRET-FIRM');
  });
});

describe('password reset without SMTP in development', () => {
  it('logs the link, which sets a new password once and signs out old sessions', async () => {
    const { server, cleanup } = await startEngineServer('sqlite', { NODE_ENV: 'development' });
    try {
      const first = await signUpWithOrganization(server.url, 'forgetful', 'Forgetful Ltd');
      const request = await new FormClient(server.url).post('/en/app/forgot-password', {
        email: 'forgetful@example.jp',
      });
      expect(request.status).toBe(200);
      expect(await request.text()).toContain('cannot send e-mail');
      await expect.poll(() => /"link":"([^"]+reset-password[^"]+)"/.exec(server.output())?.[1]).toBeDefined();
      const link = new URL(/"link":"([^"]+reset-password[^"]+)"/.exec(server.output())?.[1] ?? '');
      expect(link.pathname).toBe('/en/app/reset-password');
      const token = link.searchParams.get('token') ?? '';
      const client = new FormClient(server.url);
      const reset = await client.post(`/en/app/reset-password?token=${token}`, {
        token,
        password: 'a brand new password',
      });
      expect(reset.status).toBe(303);
      expect(
        (await client.post(`/en/app/reset-password?token=${token}`, { token, password: 'yet another password' }))
          .status,
      ).toBe(400);
      expect((await first.get('/app')).status).toBe(303);
      const signIn = await new FormClient(server.url).post('/en/app/sign-in', {
        email: 'forgetful@example.jp',
        password: 'a brand new password',
      });
      expect(signIn.status).toBe(303);
    } finally {
      await cleanup();
    }
  });
});

async function idOfActiveOrganization(client: FormClient): Promise<string> {
  const page = await (await client.get('/app/settings/organization/export')).arrayBuffer();
  expect(page.byteLength).toBeGreaterThan(0);
  const settings = await (await client.get('/app/organizations')).text();
  const id = /name="organizationId" value="([^"]+)"/.exec(settings)?.[1];
  if (!id) throw new Error('no organisation id found');
  return id;
}
