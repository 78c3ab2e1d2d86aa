import type { APIRoute } from 'astro';
import { handleSignOut, openAppContext } from '../../../features/accounts/index.ts';
import { routeLocale } from '../../../server/http/locale-route.ts';

export const prerender = false;

export const ALL: APIRoute = async ({ request, url, params }) => {
  const locale = routeLocale(params.locale);
  if (locale instanceof Response) return locale;
  const outcome = await handleSignOut(openAppContext(request, url, locale));
  return outcome instanceof Response ? outcome : new Response(null, { status: outcome.status });
};
