import { AUTH_BASE_PATH, CLIENT_IP_HEADER, getAuth } from './auth.ts';

export interface AuthCallResult {
  status: number;
  body: Record<string, unknown>;
  /** Set-Cookie headers to pass on to the browser. */
  cookies: string[];
}

/**
 * Calls a better-auth endpoint on behalf of a form post, through its router so that its rate
 * limits and origin checks apply, with the browser's cookies and the client address.
 */
export async function callAuth(
  request: Request,
  path: string,
  body: Record<string, unknown> | undefined,
  method: 'POST' | 'GET' = 'POST',
): Promise<AuthCallResult> {
  const auth = await getAuth();
  const origin = new URL(request.url).origin;
  const headers = new Headers({ origin, accept: 'application/json' });
  const cookie = request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const ip = request.headers.get(CLIENT_IP_HEADER);
  if (ip) headers.set(CLIENT_IP_HEADER, ip);
  if (body) headers.set('content-type', 'application/json');
  const url = new URL(`${AUTH_BASE_PATH}${path}`, origin);
  if (method === 'GET' && body) for (const [k, v] of Object.entries(body)) url.searchParams.set(k, String(v));
  const response = await auth.handler(
    new Request(url, { method, headers, ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}) }),
  );
  const text = await response.text();
  let parsed: Record<string, unknown>;
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    parsed = {};
  }
  return { status: response.status, body: parsed, cookies: response.headers.getSetCookie() };
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  twoFactorEnabled: boolean;
}

export interface CurrentSession {
  user: SessionUser;
  sessionId: string;
}

/** The signed-in user of a request, or null. */
export async function readSession(request: Request): Promise<CurrentSession | null> {
  if (!(request.headers.get('cookie') ?? '').includes('session_token')) return null;
  const auth = await getAuth();
  const result = await auth.api.getSession({ headers: request.headers });
  if (!result) return null;
  const user = result.user as { id: string; email: string; name: string; twoFactorEnabled?: boolean | null };
  return {
    user: { id: user.id, email: user.email, name: user.name, twoFactorEnabled: user.twoFactorEnabled === true },
    sessionId: result.session.id,
  };
}
