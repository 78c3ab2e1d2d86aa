import type { APIRoute } from 'astro';
import { methodNotAllowed, scoreResponse } from '../../../../../features/checks/index.ts';

export const prerender = false;

export const POST: APIRoute = ({ params, request }) => scoreResponse(params.id, request);

export const ALL: APIRoute = ({ request }) => methodNotAllowed(request, 'POST');
