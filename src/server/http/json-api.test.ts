import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { apiLocale, methodNotAllowed, rateLimited, readApiJson, runApi } from './json-api.ts';
import { jsonOk } from './json-api.ts';

const post = (body: string, headers: Record<string, string>) =>
  new Request('http://localhost/api/v1/x', { method: 'POST', body, headers });

/** Runs readApiJson the way a route does and returns the answer. */
const answer = (request: Request) => runApi(request, async () => jsonOk({ read: await readApiJson(request) }));

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; details: unknown[] } }).error;
}

describe('apiLocale', () => {
  it('answers in Japanese only when the client prefers it', () => {
    expect(apiLocale('ja,en;q=0.8')).toBe('ja');
    expect(apiLocale('ja-JP')).toBe('ja');
    expect(apiLocale('en-GB,ja;q=0.5')).toBe('en');
    expect(apiLocale(null)).toBe('en');
  });
});

describe('readApiJson', () => {
  it('reads a JSON body sent as application/json (with a charset), with or without a byte-order mark', async () => {
    for (const body of ['{"a":1}', '\uFEFF{"a":1}']) {
      const response = await answer(post(body, { 'content-type': 'application/json; charset=utf-8' }));
      expect(await response.json()).toEqual({ read: { a: 1 } });
    }
  });

  it('answers 415 in the client language for another content type, with empty details', async () => {
    const response = await answer(post('a=1', { 'content-type': 'text/plain', 'accept-language': 'ja' }));
    expect(response.status).toBe(415);
    const error = await errorOf(response);
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toMatch(/送って/);
    expect(error.details).toEqual([]);
  });

  it('answers 400 invalid_json for broken JSON', async () => {
    const response = await answer(post('{"a":', { 'content-type': 'application/json' }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('invalid_json');
  });

  it('refuses control characters and prototype keys, naming where they are', async () => {
    const control = await answer(post('{"a":{"b":"x\\u0000y"}}', { 'content-type': 'application/json' }));
    expect(control.status).toBe(400);
    expect(await errorOf(control)).toMatchObject({
      code: 'control_characters',
      details: [{ path: 'a.b', code: 'control_characters' }],
    });
    const proto = await answer(post('{"answers":{"__proto__":"x"}}', { 'content-type': 'application/json' }));
    expect(proto.status).toBe(400);
    expect(await errorOf(proto)).toMatchObject({
      code: 'invalid_request',
      details: [{ path: 'answers.__proto__', code: 'forbidden_key' }],
    });
  });

  it('keeps tabs and new lines, and normalises text to NFC', async () => {
    const decomposed = 'ガ'.normalize('NFD');
    const response = await answer(
      post(JSON.stringify({ note: `a\tb\r\n${decomposed}` }), { 'content-type': 'application/json' }),
    );
    expect(await response.json()).toEqual({ read: { note: 'a\tb\r\nガ' } });
  });

  it('answers 413 as JSON for a body over the limit sent without a length (chunked)', async () => {
    const big = new Uint8Array(9 * 1024 * 1024).fill(32);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < big.length; offset += 65_536)
          controller.enqueue(big.slice(offset, offset + 65_536));
        controller.close();
      },
    });
    const request = new Request('http://localhost/api/v1/x', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    const response = await answer(request);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('payload_too_large');
  });
});

describe('refusals', () => {
  it('405 names the allowed method in a header and the message', async () => {
    const response = methodNotAllowed(new Request('http://localhost/api/v1/x'), 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await errorOf(response)).message).toContain('POST');
  });

  it('429 carries Retry-After and the wait in the message', async () => {
    const response = rateLimited(
      new Request('http://localhost/api/v1/x', { headers: { 'accept-language': 'en' } }),
      42,
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect((await errorOf(response)).message).toContain('42 seconds');
  });

  it('a domain error thrown by a route answers its status and code from the one table', async () => {
    const request = new Request('http://localhost/api/v1/x', { headers: { 'accept-language': 'en' } });
    const response = await runApi(request, () => Promise.reject(new AppError('no_organization')));
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: 'no_organization', details: [] });
  });
});
