import type { Locale } from '../../../i18n/index.ts';
import { getDb } from '../../../server/db/index.ts';
import { clientIp, type AppContext, type ViewProps } from '../app-context.ts';
import { handleAppRequest } from '../app-handlers.ts';

/** Runs an /app request: a Response for redirects and downloads, otherwise a view to render. */
export async function runAppRequest(
  request: Request,
  url: URL,
  locale: Locale,
  path: string,
): Promise<Response | { view: string; props: ViewProps; status: number; cookies: string[] }> {
  const ctx: AppContext = { request, url, locale, db: getDb().db, ip: clientIp(request), cookies: [] };
  const result = await handleAppRequest(ctx, path);
  if (result.kind === 'response') {
    for (const cookie of ctx.cookies) result.response.headers.append('set-cookie', cookie);
    return result.response;
  }
  if (result.kind === 'redirect') {
    const headers = new Headers({ location: result.to, 'cache-control': 'no-store' });
    for (const cookie of ctx.cookies) headers.append('set-cookie', cookie);
    return new Response(null, { status: 303, headers });
  }
  return { view: result.view, props: result.props, status: result.status ?? 200, cookies: ctx.cookies };
}
