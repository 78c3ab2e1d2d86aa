import type { APIRoute } from 'astro';
import { quickListResponse } from '../../../features/contacts/index.ts';

export const prerender = false;

export const GET: APIRoute = ({ url }) => quickListResponse('en', url);
