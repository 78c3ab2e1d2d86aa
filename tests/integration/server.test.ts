import { describe, expect, it } from 'vitest';
import { createDatabaseConfig, startEngineServer, testEngines, useEngineServer } from '../support/engines.ts';
import { spawnServer, startServer, waitForExit } from '../support/server.ts';

describe('production server on SQLite', () => {
  const server = useEngineServer('sqlite');

  it('answers /healthz with the engine, version and the install row', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', db: 'sqlite', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(typeof body['installedAt']).toBe('string');
  });

  it('serves the Japanese home at / and the English one at /en/', async () => {
    const ja = await (await fetch(`${server.url}/`)).text();
    const en = await (await fetch(`${server.url}/en/`)).text();
    expect(ja).toContain('<html lang="ja"');
    expect(ja).toContain('もしかしてサイバー攻撃');
    expect(en).toContain('<html lang="en"');
    expect(en).toContain('Under attack?');
  });

  it('answers unknown pages with a 404 in the language of the path, without internals', async () => {
    const en = await fetch(`${server.url}/en/no-such-page`);
    expect(en.status).toBe(404);
    const text = await en.text();
    expect(text).toContain('Page not found');
    const main = /<main[\s\S]*<\/main>/.exec(text)?.[0] ?? '';
    expect(main).not.toMatch(/\bat \S+ \(|node_modules|Error:|\.ts:\d+/);
    const ja = await fetch(`${server.url}/no-such-page`);
    expect(ja.status).toBe(404);
    expect(await ja.text()).toContain('ページが見つかりません');
  });

  it('serves one route file in both languages and no other prefix (ADR 0010)', async () => {
    const served = async (path: string) => {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      return `${response.status} ${/<html lang="(\w+)"/.exec(await response.text())?.[1] ?? '-'}`;
    };
    // Prerendered and on-demand pages, with and without a trailing slash.
    const pages: [path: string, expected: string][] = [
      ['/en', '200 en'],
      ['/guide/mission1/', '200 ja'],
      ['/en/guide/mission1', '200 en'],
      ['/search', '200 ja'],
      ['/en/search/', '200 en'],
      ['/app/sign-in', '200 ja'],
      ['/en/app/sign-in', '200 en'],
    ];
    for (const [path, expected] of pages) expect(`${path} ${await served(path)}`).toBe(`${path} ${expected}`);
    // The route parameter takes any prefix; only none and en are languages.
    for (const path of ['/fr/guide/', '/en/en/guide/', '/ja/guide/', '/foo/search', '/fr/app/sign-in', '/en/en']) {
      expect(`${path} ${(await served(path)).slice(0, 3)}`).toBe(`${path} 404`);
    }
  });

  it('sends a strict CSP without unsafe-inline scripts on rendered pages', async () => {
    const response = await fetch(`${server.url}/en/no-such-page`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends the security headers on prerendered pages too', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/);
    expect(html).not.toContain('unsafe-inline');
  });

  it('refuses a cross-site POST with a translated message', async () => {
    const response = await fetch(`${server.url}/en/any-rendered-page`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('came from another site');
    const api = await fetch(`${server.url}/api/v1/anything`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ error: { code: 'forbidden_origin' } });
  });

  it('answers a bad contacts filter with 400 and a translated message, changing nothing', async () => {
    const page = await fetch(`${server.url}/en/contacts?event=bogus`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('The filter you chose is not valid');
    const pdf = await fetch(`${server.url}/contacts/quick-list.pdf?region=mars`);
    expect(pdf.status).toBe(400);
    expect(await pdf.json()).toMatchObject({
      error: { code: 'invalid_filter', message: expect.stringContaining('条件') },
    });
  });

  it('serves the quick list as a PDF download', async () => {
    const response = await fetch(`${server.url}/en/contacts/quick-list.pdf?region=nationwide`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('gokui-quick-list-nationwide-en.pdf');
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('escapes the search query it shows back', async () => {
    const payload = '"><script>alert(1)</script>';
    const response = await fetch(`${server.url}/search?q=${encodeURIComponent(payload)}`);
    const html = await response.text();
    // In text it is shown as characters; in the input's value the quote cannot close the attribute.
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('value="&quot;><script>alert(1)</script>"');
    expect(html).not.toContain('"><script>alert(1)</script>');
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const response = await fetch(`${server.url}/healthz`, {
      method: 'POST',
      headers: { 'content-length': String(9 * 1024 * 1024), origin: server.url },
      body: 'x'.repeat(9 * 1024 * 1024),
    }).catch((error: unknown) => error);
    if (response instanceof Response) {
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
    } else {
      // The server may close the socket while the client is still sending; that also refuses it.
      expect(String(response)).toMatch(/fetch failed|other side closed|EPIPE|ECONNRESET/);
    }
  });
});

describe('server lifecycle', () => {
  it('stops with one line naming a bad environment variable', async () => {
    const { child, output } = spawnServer({ PORT: 'eighty' });
    expect(await waitForExit(child)).toBe(1);
    const lines = output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(lines[0]).toContain('eighty');
  });

  it('shuts down gracefully on SIGTERM', async () => {
    const { server, cleanup } = await startEngineServer('sqlite');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
    await cleanup();
  });
});

describe('rate limit of the anonymous JSON API', () => {
  it('answers 429 with Retry-After once a client has used its budget, and still serves pages', async () => {
    const { server, cleanup } = await startEngineServer('sqlite', { API_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const call = () =>
        fetch(`${server.url}/api/v1/risk/evaluate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'ja' },
          body: '{}',
        });
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await call()).status);
      expect(statuses).toEqual([400, 400, 400, 429]);
      const refused = await call();
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('rate_limited');
      expect(body.error.message).toContain('秒');
      // One budget per client: the scoring API, which the server entry answers without Astro, counts too.
      const score = await fetch(`${server.url}/api/v1/question-sets/five-minute-check/score`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(score.status).toBe(429);
      expect(((await score.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      expect((await fetch(`${server.url}/api/v1/question-sets`)).status).toBe(200);
    } finally {
      await cleanup();
    }
  });
});

describe.runIf(testEngines().includes('postgres'))('production server on PostgreSQL', () => {
  it('runs two instances started at the same moment on one database', async () => {
    const { config, remove } = await createDatabaseConfig('postgres');
    const env = { DATABASE_URL: config.databaseUrl ?? '', GOKUI_DATA_DIR: config.dataDir };
    const servers = await Promise.all([startServer(env), startServer(env)]);
    try {
      for (const server of servers) {
        const body = (await (await fetch(`${server.url}/healthz`)).json()) as Record<string, unknown>;
        expect(body).toMatchObject({ status: 'ok', db: 'postgres' });
      }
      const installs = servers.map((server) => /"msg":"migrations applied"/.test(server.output()));
      expect(installs.filter(Boolean)).toHaveLength(1);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await remove();
    }
  });
});
