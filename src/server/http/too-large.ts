/**
 * The 413 the server entry sends before Astro sees a request whose body is over the limit: the
 * API's JSON error for /api/…, a small translated page for everything else (a form post).
 */
import { localeFromPath, t } from '../../i18n/index.ts';
import { escapeHtml } from './escape-html.ts';
import { apiLocale } from './json-api.ts';
import { jsonErrorReply, type JsonReply } from './json-reply.ts';

export function tooLargeReply(rawUrl: string, acceptLanguage: string | string[] | undefined): JsonReply {
  const pathname = new URL(rawUrl, 'http://localhost').pathname;
  if (pathname.startsWith('/api/')) {
    const locale = apiLocale(Array.isArray(acceptLanguage) ? (acceptLanguage[0] ?? null) : (acceptLanguage ?? null));
    return jsonErrorReply(413, 'payload_too_large', t(locale, 'error.payloadTooLarge'));
  }
  const locale = localeFromPath(pathname);
  const title = escapeHtml(t(locale, 'error.payloadTooLarge.title'));
  const body = escapeHtml(t(locale, 'error.payloadTooLarge'));
  const home = locale === 'ja' ? '/' : '/en/';
  return {
    status: 413,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="${home}">${escapeHtml(t(locale, 'error.backHome'))}</a></p></main></body></html>`,
  };
}
