import type { APIRoute } from 'astro';
import { openOrgPage } from '../../../../../features/accounts/index.ts';
import { incidentReportResponse } from '../../../../../features/incident-records/index.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request, url, params }) => {
  const page = await openOrgPage(request, url, 'en');
  if (page instanceof Response) return page;
  return incidentReportResponse(page, 'en', params['id'] ?? '', 'docx');
};
