/**
 * The checks every rendered request passes before any page or API code runs: cross-site
 * state-changing requests are refused, and `POST /api/v1/…` is rate-limited per client. Used by
 * the Astro middleware and by the routes the server entry answers itself, so both refuse alike.
 */
import { AppError } from '../errors.ts';
import { getEnv } from '../env.ts';
import type { ApiRequest } from '../http/api-request.ts';
import { clientIp } from '../http/client-ip.ts';
import { refusalResponse } from '../http/error-response.ts';
import { rateLimited } from '../http/json-api.ts';
import { checkCsrf } from './csrf.ts';
import { createMemoryRateLimiter, type MemoryRateLimiter } from './memory-rate-limit.ts';

let apiLimiter: MemoryRateLimiter | undefined;
let publicOrigin: string | undefined | null = null;

/** Returns the refusal to send, or undefined when the request may proceed. */
export function guardRequest(request: ApiRequest, url: URL): Response | undefined {
  const headers = request.headers;
  if (publicOrigin === null) {
    const configured = getEnv().PUBLIC_URL;
    publicOrigin = configured ? new URL(configured).origin : undefined;
  }
  const verdict = checkCsrf({
    method: request.method,
    url,
    origin: headers.get('origin'),
    referer: headers.get('referer'),
    secFetchSite: headers.get('sec-fetch-site'),
    hasCookie: (headers.get('cookie') ?? '') !== '',
    publicOrigin,
  });
  if (!verdict.ok) {
    return refusalResponse(request, new AppError('forbidden_origin'));
  }
  if (request.method === 'POST' && url.pathname.startsWith('/api/v1/')) {
    apiLimiter ??= createMemoryRateLimiter(getEnv().API_RATE_LIMIT_PER_MINUTE, 60_000);
    const limit = apiLimiter.consume(clientIp(request) ?? 'unknown');
    if (!limit.allowed) return rateLimited(request, limit.retryAfter);
  }
  return undefined;
}
