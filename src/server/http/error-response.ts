/** The JSON error shape of the whole API: {"error": {"code", "message", "details"?}}. */
export function jsonError(status: number, code: string, message: string, details?: unknown[]): Response {
  const body = { error: { code, message, ...(details ? { details } : {}) } };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** JSON for API callers, plain text for everyone else; never internals. */
export function errorResponse(request: Request, status: number, code: string, message: string): Response {
  const wantsJson =
    new URL(request.url).pathname.startsWith('/api/') ||
    (request.headers.get('accept') ?? '').includes('application/json');
  if (wantsJson) return jsonError(status, code, message);
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
