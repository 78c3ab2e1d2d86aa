import type { APIRoute } from 'astro';
import { quickListResponse } from '../../../features/contacts/index.ts';
import { routeLocale } from '../../../server/http/locale-route.ts';

export const prerender = false;

export const GET: APIRoute = ({ url, params }) => {
  const locale = routeLocale(params['locale']);
  if (locale instanceof Response) return locale;
  return quickListResponse(locale, url);
};
