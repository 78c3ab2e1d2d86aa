import { describe, expect, it } from 'vitest';
import { apiLocale, methodNotAllowed, rateLimited, readJsonBody } from './json-api.ts';

const post = (body: string, headers: Record<string, string>) =>
  new Request('http://localhost/api/v1/x', { method: 'POST', body, headers });

describe('apiLocale', () => {
  it('answers in Japanese only when the client prefers it', () => {
    expect(apiLocale('ja,en;q=0.8')).toBe('ja');
    expect(apiLocale('ja-JP')).toBe('ja');
    expect(apiLocale('en-GB,ja;q=0.5')).toBe('en');
    expect(apiLocale(null)).toBe('en');
  });
});

describe('readJsonBody', () => {
  it('reads a JSON body sent as application/json (with a charset)', async () => {
    const read = await readJsonBody(post('{"a":1}', { 'content-type': 'application/json; charset=utf-8' }));
    expect(read).toEqual({ ok: true, body: { a: 1 } });
  });

  it('answers 415 in the client language for another content type', async () => {
    const read = await readJsonBody(post('a=1', { 'content-type': 'text/plain', 'accept-language': 'ja' }));
    if (read.ok) throw new Error('expected a refusal');
    expect(read.response.status).toBe(415);
    const body = (await read.response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unsupported_media_type');
    expect(body.error.message).toContain('application/json');
    expect(body.error.message).toMatch(/送って/);
  });

  it('answers 400 invalid_json for broken JSON', async () => {
    const read = await readJsonBody(post('{"a":', { 'content-type': 'application/json' }));
    if (read.ok) throw new Error('expected a refusal');
    expect(read.response.status).toBe(400);
    expect(((await read.response.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
  });
});

describe('refusals', () => {
  it('405 names the allowed method in a header and the message', async () => {
    const response = methodNotAllowed(new Request('http://localhost/api/v1/x'), 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('POST');
  });

  it('429 carries Retry-After and the wait in the message', async () => {
    const response = rateLimited(
      new Request('http://localhost/api/v1/x', { headers: { 'accept-language': 'en' } }),
      42,
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('42 seconds');
  });
});
