import type { APIRoute } from 'astro';
import { openOrgPage } from '../../../../../features/accounts/index.ts';
import { manualDownloadResponse } from '../../../../../features/manual/index.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request, url, params }) => {
  const page = await openOrgPage(request, url, 'ja');
  if (page instanceof Response) return page;
  return manualDownloadResponse(page, 'ja', params['id'] ?? '', 'manual.docx');
};
