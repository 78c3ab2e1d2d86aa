import { describe, expect, it } from 'vitest';
import { findFastRoute, registerFastRoute, type FastRoute } from './fast-routes.ts';
import { jsonReply } from './json-reply.ts';
import type { ApiRequest } from './api-request.ts';

const request = (url: string, method = 'POST'): ApiRequest => ({
  method,
  url,
  headers: { get: () => null },
  text: () => Promise.resolve(''),
});

describe('fast routes', () => {
  const echo: FastRoute = {
    method: 'POST',
    pattern: /^\/test\/fast-routes\/([^/]+)\/echo$/,
    handle: (_request, params) => Promise.resolve(jsonReply(200, { params })),
  };
  registerFastRoute(echo, (req) => (req.url.includes('refuse') ? new Response('no', { status: 403 }) : undefined));

  it('matches method and path, with the captured parts URL-decoded', () => {
    const found = findFastRoute('POST', '/test/fast-routes/a%20b/echo');
    expect(found?.params).toEqual(['a b']);
    expect(findFastRoute('GET', '/test/fast-routes/a/echo')).toBeUndefined();
    expect(findFastRoute('POST', '/test/fast-routes/a/echo/')).toBeUndefined();
    expect(findFastRoute('POST', '/test/fast-routes/%E0%A4%A/echo')).toBeUndefined();
  });

  it('registers a route once, however often the registering module runs', () => {
    registerFastRoute(echo, () => undefined);
    const found = findFastRoute('POST', '/test/fast-routes/x/echo');
    expect(found).toBeDefined();
    // The first registration (with its guard) is the one kept.
    return expect(
      found!.route.handle(request('http://localhost/test/fast-routes/refuse/echo'), ['refuse']),
    ).resolves.toBeInstanceOf(Response);
  });

  it('answers with the guard’s refusal before the route runs, and with the route otherwise', async () => {
    const found = findFastRoute('POST', '/test/fast-routes/ok/echo')!;
    const refused = await found.route.handle(request('http://localhost/test/fast-routes/refuse/echo'), ['refuse']);
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(403);
    const answered = await found.route.handle(request('http://localhost/test/fast-routes/ok/echo'), ['ok']);
    expect(answered).toEqual(jsonReply(200, { params: ['ok'] }));
  });
});
