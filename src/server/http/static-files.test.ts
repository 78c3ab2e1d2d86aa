import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaticFile, loadStaticFiles, serveStaticFile } from './static-files.ts';

const page = `<!doctype html><html lang="ja"><body>${'ガイドブック '.repeat(200)}</body></html>`;
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gokui-static-'));
  mkdirSync(join(dir, 'en'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'en', 'index.html'), page.replace('lang="ja"', 'lang="en"'));
  writeFileSync(join(dir, '_astro', 'app.abc123.css'), 'body{color:#000}');
  const files = loadStaticFiles(dir, { 'x-content-type-options': 'nosniff' });
  server = createServer((req, res) => {
    if (!serveStaticFile(files, req, res)) {
      res.writeHead(418);
      res.end('not static');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static files', () => {
  it('maps directory paths to their index page', () => {
    const files = loadStaticFiles(dir, {});
    expect(findStaticFile(files, '/')).toBe(files.get('/index.html'));
    expect(findStaticFile(files, '/en/')).toBe(files.get('/en/index.html'));
    expect(findStaticFile(files, '/en')).toBe(files.get('/en/index.html'));
    expect(findStaticFile(files, '/nope/')).toBeUndefined();
  });

  it('serves the page with the extra headers, a validator and no-cache', async () => {
    const response = await fetch(`${base}/en/`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('lang="en"');
  });

  it('answers 304 when the client already has the same version', async () => {
    const first = await fetch(`${base}/`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const second = await fetch(`${base}/`, { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
  });

  it('compresses with brotli or gzip as the client accepts, with the same content', async () => {
    const http = await import('node:http');
    const get = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve) => {
        http.get(`${base}/`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
      });
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);
    expect(gz.headers['vary']).toBe('Accept-Encoding');
  });

  it('marks hashed build assets immutable', async () => {
    const response = await fetch(`${base}/_astro/app.abc123.css`);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('leaves other requests to the app', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(418);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(418);
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(418);
  });
});
