import type { ApiRequest } from './api-request.ts';
import { jsonErrorReply, replyToResponse } from './json-reply.ts';

/** The JSON error shape of the whole API (see json-reply.ts) as a Response. */
export function jsonError(status: number, code: string, message: string, details?: unknown[]): Response {
  return replyToResponse(jsonErrorReply(status, code, message, details));
}

/** JSON for API callers, plain text for everyone else; never internals. */
export function errorResponse(
  request: Pick<ApiRequest, 'url' | 'headers'>,
  status: number,
  code: string,
  message: string,
): Response {
  const wantsJson =
    new URL(request.url).pathname.startsWith('/api/') ||
    (request.headers.get('accept') ?? '').includes('application/json');
  if (wantsJson) return jsonError(status, code, message);
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
