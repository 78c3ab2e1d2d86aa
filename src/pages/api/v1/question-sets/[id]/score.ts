import type { APIRoute } from 'astro';
import { scoreResponse } from '../../../../../features/checks/index.ts';
import { methodNotAllowed } from '../../../../../server/http/json-api.ts';

export const prerender = false;

export const POST: APIRoute = ({ params, request }) => scoreResponse(params.id, request);

export const ALL: APIRoute = ({ request }) => methodNotAllowed(request, 'POST');
