/**
 * The one result type of page and form routes, and the one place that turns an error into
 * what the user sees. A route (named `handleXxx`) returns a `PageOutcome`: a ready Response
 * (a 303 redirect, a download), a view with its props, or a notice. `runPage` wraps a route so
 * that any AppError it throws, including the request pipeline's 400/413/415, becomes the
 * notice of that error's code (src/server/errors.ts); anything else is a real fault and
 * propagates to the 500 page.
 */
import { t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { AppError } from '../errors.ts';

export interface PageView<P> {
  kind: 'view';
  status: number;
  /** The page title, already translated. */
  title: string;
  props: P;
}

export interface PageNotice {
  kind: 'notice';
  status: number;
  /** The page title, already translated (the notice's title). */
  title: string;
  noticeTitle: MessageKey;
  body: MessageKey;
}

export type PageOutcome<P> = Response | PageView<P> | PageNotice;

export function pageView<P>(title: string, props: P, status = 200): PageView<P> {
  return { kind: 'view', status, title, props };
}

/** The notice for a domain error, from the one table. */
export function noticeOf(locale: Locale, error: AppError): PageNotice {
  const { title, message } = error.entry;
  return pageNotice(locale, { status: error.status, title, body: message });
}

/** A notice with its own wording where a page has a more precise message than the table. */
export function pageNotice(
  locale: Locale,
  notice: { status: number; title: MessageKey; body: MessageKey },
): PageNotice {
  return {
    kind: 'notice',
    status: notice.status,
    title: t(locale, notice.title),
    noticeTitle: notice.title,
    body: notice.body,
  };
}

/** Runs a page route; domain and request errors become their notice. */
export async function runPage<P>(locale: Locale, run: () => Promise<PageOutcome<P>>): Promise<PageOutcome<P>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return noticeOf(locale, error);
    throw error;
  }
}

/** The answer to a successful POST and every other redirect: 303, never cached. */
export function seeOther(to: string, cookies: readonly string[] = []): Response {
  const headers = new Headers({ location: to, 'cache-control': 'no-store' });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * Reads what a download needs with `read`; a domain error answers an empty response with its
 * status, as a file link cannot show a page.
 */
export async function readForDownload<T>(read: () => Promise<T>): Promise<T | Response> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError)
      return new Response(null, { status: error.status, headers: { 'cache-control': 'no-store' } });
    throw error;
  }
}
