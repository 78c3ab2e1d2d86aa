import type { APIRoute } from 'astro';
import { resultDownloadResponse } from '../../../../features/checks/index.ts';
import { routeLocale } from '../../../../server/http/locale-route.ts';

export const prerender = false;

export const GET: APIRoute = ({ request, params }) => {
  const locale = routeLocale(params['locale']);
  if (locale instanceof Response) return locale;
  return resultDownloadResponse('five-minute-check', locale, request, 'xlsx');
};
