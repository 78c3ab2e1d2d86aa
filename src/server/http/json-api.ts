/**
 * The parts every JSON API route shares: the message language, reading a JSON body through the
 * request pipeline, turning an AppError into the JSON error, 405s, success responses and the
 * per-client rate limit. Feature routes keep only their own logic and throw AppError for the rest.
 */
import { t, type Locale } from '../../i18n/index.ts';
import { AppError } from '../errors.ts';
import type { ApiRequest } from './api-request.ts';
import { jsonErrorReply, jsonReply, replyToResponse, type JsonReply } from './json-reply.ts';
import { parseJsonText, readBodyBytes } from './request-body.ts';

/** The language of API messages: Japanese when the client prefers it, English otherwise. */
export function apiLocale(acceptLanguage: string | null): Locale {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('ja') ? 'ja' : 'en';
}

export function requestLocale(request: Pick<ApiRequest, 'headers'>): Locale {
  return apiLocale(request.headers.get('accept-language'));
}

/**
 * The JSON body of an API request (request-body.ts rules: 415, 413, 400 invalid_json,
 * control characters and prototype keys refused). Throws AppError.
 */
export async function readApiJson(request: ApiRequest): Promise<unknown> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new AppError('unsupported_media_type');
  // A web Request is read as a counted stream; the server entry's plain request is already capped.
  const text =
    request instanceof Request ? new TextDecoder().decode(await readBodyBytes(request)) : await request.text();
  return parseJsonText(text);
}

/** An AppError as the API's JSON error, in the client's language. */
export function apiErrorReply(error: AppError, locale: Locale): JsonReply {
  return jsonErrorReply(error.status, error.code, t(locale, error.entry.message, error.vars), error.details);
}

/** Runs an API route whose errors are AppErrors, as a plain reply (direct server routes). */
export async function runApiReply(request: ApiRequest, run: () => Promise<JsonReply>): Promise<JsonReply> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return apiErrorReply(error, requestLocale(request));
    throw error;
  }
}

/** Runs an API route whose errors are AppErrors, as a web Response (Astro routes). */
export async function runApi(request: ApiRequest, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return replyToResponse(apiErrorReply(error, requestLocale(request)));
    throw error;
  }
}

/** The JSON error of one code as a Response, for refusals made before any route runs. */
export function apiError(request: Pick<ApiRequest, 'headers'>, error: AppError): Response {
  return replyToResponse(apiErrorReply(error, requestLocale(request)));
}

export function jsonOk(body: unknown, cacheControl = 'no-store'): Response {
  return replyToResponse(jsonReply(200, body, cacheControl));
}

/** Any method a route does not serve. */
export function methodNotAllowed(request: ApiRequest, allow: string): Response {
  const response = apiError(request, new AppError('method_not_allowed', { vars: { allow } }));
  response.headers.set('allow', allow);
  return response;
}

/** 429 with Retry-After, in the client's language. */
export function rateLimited(request: ApiRequest, retryAfter: number): Response {
  const response = apiError(request, new AppError('rate_limited', { vars: { seconds: String(retryAfter) } }));
  response.headers.set('retry-after', String(retryAfter));
  return response;
}
