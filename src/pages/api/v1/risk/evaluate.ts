import type { APIRoute } from 'astro';
import { evaluateMethodNotAllowed, evaluateResponse } from '../../../../features/risk/ui/api-route.ts';

export const prerender = false;

export const POST: APIRoute = ({ request }) => evaluateResponse(request);

export const ALL: APIRoute = ({ request }) => evaluateMethodNotAllowed(request);
