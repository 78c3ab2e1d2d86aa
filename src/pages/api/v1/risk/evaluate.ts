import type { APIRoute } from 'astro';
import { evaluateResponse } from '../../../../features/risk/index.ts';
import { methodNotAllowed } from '../../../../server/http/json-api.ts';

export const prerender = false;

export const POST: APIRoute = ({ request }) => evaluateResponse(request);

export const ALL: APIRoute = ({ request }) => methodNotAllowed(request, 'POST');
