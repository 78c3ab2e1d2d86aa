import type { APIRoute } from 'astro';
import { questionSetResponse } from '../../../../../features/checks/index.ts';
import { methodNotAllowed } from '../../../../../server/http/json-api.ts';

export const prerender = false;

export const GET: APIRoute = ({ params, request }) => questionSetResponse(params.id, request);

export const ALL: APIRoute = ({ request }) => methodNotAllowed(request, 'GET');
