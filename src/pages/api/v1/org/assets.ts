import type { APIRoute } from 'astro';
import { assetsApi } from '../../../../features/assets/index.ts';
import { methodNotAllowed } from '../../../../server/http/json-api.ts';

export const prerender = false;

export const GET: APIRoute = ({ request }) => assetsApi(request);

export const ALL: APIRoute = ({ request }) => methodNotAllowed(request, 'GET');
