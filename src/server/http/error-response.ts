import { t, localeFromPath, type Locale } from '../../i18n/index.ts';
import type { AppError } from '../errors.ts';
import type { ApiRequest } from './api-request.ts';
import { apiError } from './json-api.ts';

/**
 * A refusal made before any route runs (CSRF): the JSON error for API callers, otherwise a short
 * plain-text message in the language of the path. Never internals.
 */
export function refusalResponse(
  request: Pick<ApiRequest, 'url' | 'headers'>,
  error: AppError,
  locale: Locale = localeFromPath(new URL(request.url).pathname),
): Response {
  const url = new URL(request.url);
  const wantsJson =
    url.pathname.startsWith('/api/') || (request.headers.get('accept') ?? '').includes('application/json');
  if (wantsJson) return apiError(request, error);
  return new Response(t(locale, error.entry.message, error.vars), {
    status: error.status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
