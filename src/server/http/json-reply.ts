/**
 * A JSON answer as plain data. Routes the server entry answers itself (fast-routes.ts) write it
 * straight to the socket; Astro routes turn it into a web Response. Building a Response costs
 * more than the scoring it carries (budget P4), so the shared code produces this instead.
 */
export interface JsonReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function jsonReply(status: number, body: unknown, cacheControl = 'no-store'): JsonReply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': cacheControl },
    body: JSON.stringify(body),
  };
}

/** The error shape of the whole API: {"error": {"code", "message", "details"}}; details always present. */
export function jsonErrorReply(
  status: number,
  code: string,
  message: string,
  details: readonly unknown[] = [],
): JsonReply {
  return jsonReply(status, { error: { code, message, details } });
}

export function replyToResponse(reply: JsonReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
