import type { APIRoute } from 'astro';
import { listQuestionSetsResponse } from '../../../../features/checks/index.ts';
import { methodNotAllowed } from '../../../../server/http/json-api.ts';

export const prerender = false;

export const GET: APIRoute = () => listQuestionSetsResponse();

export const ALL: APIRoute = ({ request }) => methodNotAllowed(request, 'GET');
