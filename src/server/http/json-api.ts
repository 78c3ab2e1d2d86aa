/**
 * The parts every JSON API route shares: the message language, reading a JSON body, 405s,
 * success responses and the per-client rate limit. Feature routes keep only their own logic.
 */
import { t, type Locale } from '../../i18n/index.ts';
import type { ApiRequest } from './api-request.ts';
import { jsonError } from './error-response.ts';
import { jsonErrorReply, jsonReply, replyToResponse, type JsonReply } from './json-reply.ts';

/** The language of API messages: Japanese when the client prefers it, English otherwise. */
export function apiLocale(acceptLanguage: string | null): Locale {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('ja') ? 'ja' : 'en';
}

export function requestLocale(request: ApiRequest): Locale {
  return apiLocale(request.headers.get('accept-language'));
}

export type JsonBody = { ok: true; body: unknown } | { ok: false; response: Response };

/** Reads the body as JSON, answering 415 for another content type and 400 for broken JSON. */
export async function readJsonBody(request: ApiRequest): Promise<JsonBody> {
  const read = await parseJsonBody(request);
  return read.ok ? read : { ok: false, response: replyToResponse(read.reply) };
}

/** readJsonBody with the refusal as a plain reply. */
export async function parseJsonBody(
  request: ApiRequest,
): Promise<{ ok: true; body: unknown } | { ok: false; reply: JsonReply }> {
  const locale = requestLocale(request);
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return { ok: false, reply: jsonErrorReply(415, 'unsupported_media_type', t(locale, 'api.unsupportedMediaType')) };
  }
  try {
    return { ok: true, body: JSON.parse(await request.text()) as unknown };
  } catch {
    return { ok: false, reply: jsonErrorReply(400, 'invalid_json', t(locale, 'api.invalidJson')) };
  }
}

export function jsonOk(body: unknown, cacheControl = 'no-store'): Response {
  return replyToResponse(jsonReply(200, body, cacheControl));
}

/** Any method a route does not serve. */
export function methodNotAllowed(request: ApiRequest, allow: string): Response {
  const response = jsonError(405, 'method_not_allowed', t(requestLocale(request), 'api.methodNotAllowed', { allow }));
  response.headers.set('allow', allow);
  return response;
}

/** 429 with Retry-After, in the client's language. */
export function rateLimited(request: ApiRequest, retryAfter: number): Response {
  const response = jsonError(
    429,
    'rate_limited',
    t(requestLocale(request), 'api.rateLimited', { seconds: String(retryAfter) }),
  );
  response.headers.set('retry-after', String(retryAfter));
  return response;
}
