import { describe, expect, it } from 'vitest';
import { cookieDefaults } from './cookies.ts';
import { checkCsrf, type CsrfInput } from './csrf.ts';
import { baseSecurityHeaders } from './security-headers.ts';

const base: CsrfInput = {
  method: 'POST',
  url: new URL('http://localhost:4321/api/v1/anything'),
  origin: null,
  referer: null,
  secFetchSite: null,
  hasCookie: false,
};

describe('checkCsrf', () => {
  it('lets safe methods through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(checkCsrf({ ...base, method, origin: 'https://evil.example' }).ok).toBe(true);
    }
  });

  it('accepts a same-origin browser request', () => {
    expect(checkCsrf({ ...base, origin: 'http://localhost:4321', hasCookie: true }).ok).toBe(true);
    expect(checkCsrf({ ...base, secFetchSite: 'same-origin', hasCookie: true }).ok).toBe(true);
  });

  it('accepts the public origin behind a proxy', () => {
    const verdict = checkCsrf({
      ...base,
      origin: 'https://gokui.example.jp',
      publicOrigin: 'https://gokui.example.jp',
    });
    expect(verdict.ok).toBe(true);
  });

  it.each(['PUT', 'PATCH', 'DELETE', 'POST'])('refuses a cross-site %s', (method) => {
    expect(checkCsrf({ ...base, method, origin: 'https://evil.example' })).toEqual({
      ok: false,
      reason: 'cross-origin',
    });
  });

  it('refuses an opaque origin and a cross-site fetch hint', () => {
    expect(checkCsrf({ ...base, origin: 'null' }).ok).toBe(false);
    expect(checkCsrf({ ...base, secFetchSite: 'cross-site' }).ok).toBe(false);
    expect(checkCsrf({ ...base, secFetchSite: 'same-site' }).ok).toBe(false);
  });

  it('refuses a request with a foreign referer and no origin', () => {
    expect(checkCsrf({ ...base, referer: 'https://evil.example/page' }).ok).toBe(false);
    expect(checkCsrf({ ...base, referer: 'http://localhost:4321/page', hasCookie: true }).ok).toBe(true);
  });

  it('allows cookie-less API clients but not cookie-bearing requests without any origin signal', () => {
    expect(checkCsrf(base).ok).toBe(true);
    expect(checkCsrf({ ...base, hasCookie: true })).toEqual({ ok: false, reason: 'missing-origin' });
  });
});

describe('baseSecurityHeaders', () => {
  it('forbids framing and sniffing and sets a referrer policy', () => {
    const headers = baseSecurityHeaders({ https: false });
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(headers['Strict-Transport-Security']).toBeUndefined();
  });

  it('adds HSTS only behind TLS', () => {
    expect(baseSecurityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/max-age=\d+/);
  });
});

describe('cookieDefaults', () => {
  it('is HttpOnly and SameSite=Lax, Secure when served over https', () => {
    expect(cookieDefaults('https://gokui.example.jp', new URL('http://10.0.0.1/'))).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      path: '/',
    });
    expect(cookieDefaults(undefined, new URL('http://localhost:4321/')).secure).toBe(false);
  });
});
