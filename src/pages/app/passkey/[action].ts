import type { APIRoute } from 'astro';
import { passkeyResponse } from '../../../features/accounts/index.ts';

export const prerender = false;

export const POST: APIRoute = ({ request, params }) => passkeyResponse(request, params.action ?? '');
