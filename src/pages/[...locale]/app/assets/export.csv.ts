import type { APIRoute } from 'astro';
import { openOrgPage } from '../../../../features/accounts/index.ts';
import { exportResponse } from '../../../../features/assets/index.ts';
import { routeLocale } from '../../../../server/http/locale-route.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request, url, params }) => {
  const locale = routeLocale(params.locale);
  if (locale instanceof Response) return locale;
  const page = await openOrgPage(request, url, locale);
  if (page instanceof Response) return page;
  return exportResponse(page, locale, 'csv');
};
