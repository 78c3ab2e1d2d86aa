import type { APIRoute } from 'astro';
import { readHealth } from '../server/health.ts';

export const prerender = false;

export const GET: APIRoute = async () => {
  const health = await readHealth();
  return new Response(JSON.stringify(health), {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
};
