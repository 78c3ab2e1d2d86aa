import type { APIRoute } from 'astro';
import { openOrgPage } from '../../../features/accounts/index.ts';
import { exportResponse } from '../../../features/assets/index.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request, url }) => {
  const page = await openOrgPage(request, url, 'ja');
  if (page instanceof Response) return page;
  return exportResponse(page, 'ja', 'xlsx');
};
