import type { APIRoute } from 'astro';
import { openApiDocument } from '../../../features/api-docs/index.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(openApiDocument), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
