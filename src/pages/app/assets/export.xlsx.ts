import type { APIRoute } from 'astro';
import { openOrgPage } from '../../../features/accounts/index.ts';
import { exportRoute } from '../../../features/assets/index.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request, url }) => {
  const page = await openOrgPage(request, url, 'ja');
  if (page instanceof Response) return page;
  const outcome = await exportRoute(page, 'xlsx');
  return outcome instanceof Response ? outcome : new Response(null, { status: outcome.status });
};
