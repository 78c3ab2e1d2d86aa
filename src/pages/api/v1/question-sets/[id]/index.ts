import type { APIRoute } from 'astro';
import { methodNotAllowed, questionSetResponse } from '../../../../../features/checks/index.ts';

export const prerender = false;

export const GET: APIRoute = ({ params, request }) => questionSetResponse(params.id, request);

export const ALL: APIRoute = ({ request }) => methodNotAllowed(request, 'GET');
