import { dictionaries, t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { AppError } from '../../server/errors.ts';

/** What a signed-in feature page renders: a view with its props, a notice, or a ready Response. */
export type PageOutcome<P> =
  | Response
  | { kind: 'view'; status: number; title: string; props: P }
  | { kind: 'notice'; status: number; title: string; noticeTitle: MessageKey; body: MessageKey };

export function seeOther(to: string): Response {
  return new Response(null, { status: 303, headers: { location: to, 'cache-control': 'no-store' } });
}

/**
 * Reads what a download needs with `read`; a domain error (not found, not allowed) answers an
 * empty response with its status, as a file link cannot show a page.
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

/** Domain errors become the notice the accounts area shows for the same status. */
export async function catchAppErrors<P>(locale: Locale, run: () => Promise<PageOutcome<P>>): Promise<PageOutcome<P>> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const notice = (status: number, noticeTitle: MessageKey, body: MessageKey): PageOutcome<P> => ({
      kind: 'notice',
      status,
      title: t(locale, noticeTitle),
      noticeTitle,
      body,
    });
    if (error.status === 404) return notice(404, 'error.404.title', 'error.404.body');
    if (error.status === 403) return notice(403, 'app.forbidden.title', 'app.forbidden.body');
    const body = `error.conflict.${error.code}`;
    return notice(
      error.status,
      'error.conflictTitle',
      body in dictionaries[locale] ? (body as MessageKey) : 'error.conflict.general',
    );
  }
}
