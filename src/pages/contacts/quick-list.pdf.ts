import type { APIRoute } from 'astro';
import { quickListResponse } from '../../features/contacts/ui/quick-list-route.ts';

export const prerender = false;

export const GET: APIRoute = ({ url }) => quickListResponse('ja', url);
