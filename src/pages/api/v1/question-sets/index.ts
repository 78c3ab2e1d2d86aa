import type { APIRoute } from 'astro';
import { listQuestionSetsResponse, methodNotAllowed } from '../../../../features/checks/index.ts';

export const prerender = false;

export const GET: APIRoute = () => listQuestionSetsResponse();

export const ALL: APIRoute = ({ request }) => methodNotAllowed(request, 'GET');
