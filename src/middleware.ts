import { defineMiddleware } from 'astro:middleware';
import { localeFromPath, t } from './i18n/index.ts';
import { getEnv } from './server/env.ts';
import { checkCsrf } from './server/security/csrf.ts';
import { errorResponse } from './server/http/error-response.ts';
import { rateLimited } from './server/http/json-api.ts';
import { clientIp } from './server/http/client-ip.ts';
import { createMemoryRateLimiter, type MemoryRateLimiter } from './server/security/memory-rate-limit.ts';
import { registerDocumentTables } from './features/documents/org-tables.ts';
// Organisation tables register themselves when imported; importing them here, before any route
// runs, makes export, import and deletion of an organisation see them from the first request.
// Only the small org-tables modules: a feature's index would load its whole UI and exporters.
import './features/assets/org-tables.ts';
import './features/checks/history/org-tables.ts';
import './features/incident-records/org-tables.ts';
import './features/manual/org-tables.ts';

registerDocumentTables();

let apiLimiter: MemoryRateLimiter | undefined;

/** Refuses cross-site state-changing requests before any page or API code runs. */
export const onRequest = defineMiddleware(async (context, next) => {
  // Prerendered pages run through middleware at build time, where there is no real request.
  if (context.isPrerendered) return next();
  const { request } = context;
  const headers = request.headers;
  const verdict = checkCsrf({
    method: request.method,
    url: context.url,
    origin: headers.get('origin'),
    referer: headers.get('referer'),
    secFetchSite: headers.get('sec-fetch-site'),
    hasCookie: (headers.get('cookie') ?? '') !== '',
    publicOrigin: getEnv().PUBLIC_URL ? new URL(getEnv().PUBLIC_URL as string).origin : undefined,
  });
  if (!verdict.ok) {
    const locale = localeFromPath(context.url.pathname);
    return errorResponse(request, 403, 'forbidden_origin', t(locale, 'error.forbiddenOrigin'));
  }
  if (request.method === 'POST' && context.url.pathname.startsWith('/api/v1/')) {
    apiLimiter ??= createMemoryRateLimiter(getEnv().API_RATE_LIMIT_PER_MINUTE, 60_000);
    const limit = apiLimiter.consume(clientIp(request) ?? 'unknown');
    if (!limit.allowed) return rateLimited(request, limit.retryAfter);
  }
  return withFrameAncestors(await next());
});

/** Astro's CSP header for rendered pages lacks frame-ancestors (it cannot go in <meta>). */
function withFrameAncestors(response: Response): Response {
  const csp = response.headers.get('content-security-policy');
  if (csp && !csp.includes('frame-ancestors')) {
    response.headers.set('content-security-policy', `${csp.replace(/;\s*$/, '')}; frame-ancestors 'none'`);
  }
  return response;
}
