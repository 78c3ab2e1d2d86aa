import type { APIRoute } from 'astro';
import { resultDownloadResponse } from '../../../../features/checks/index.ts';

export const prerender = false;

export const GET: APIRoute = ({ request }) => resultDownloadResponse('five-minute-check', 'en', request, 'pdf');
