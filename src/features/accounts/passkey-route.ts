import { callAuth, readSession } from '../../server/auth/auth-call.ts';
import { getDb } from '../../server/db/index.ts';
import { AppError } from '../../server/errors.ts';
import { readApiJson, runApi } from '../../server/http/json-api.ts';
import { clientIp } from './app-context.ts';
import { recordAudit } from './audit.ts';

/**
 * The four WebAuthn steps for the passkey islands. JSON in and out; the browser's cookies carry
 * the session and better-auth's challenge cookie, and the Set-Cookie answers are passed back.
 */
const steps: Record<string, { path: string; method: 'GET' | 'POST'; signedIn: boolean }> = {
  'register-options': { path: '/passkey/generate-register-options', method: 'GET', signedIn: true },
  'register-verify': { path: '/passkey/verify-registration', method: 'POST', signedIn: true },
  'sign-in-options': { path: '/passkey/generate-authenticate-options', method: 'GET', signedIn: false },
  'sign-in-verify': { path: '/passkey/verify-authentication', method: 'POST', signedIn: false },
};

export function passkeyResponse(request: Request, action: string): Promise<Response> {
  return runApi(request, () => runPasskeyStep(request, action));
}

async function runPasskeyStep(request: Request, action: string): Promise<Response> {
  const step = steps[action];
  if (!step) throw new AppError('not_found');
  const session = step.signedIn ? await readSession(request) : null;
  if (step.signedIn && !session) throw new AppError('unauthorized');
  let body: Record<string, unknown> | undefined;
  if (step.method === 'POST') {
    const parsed = await readApiJson(request);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AppError('invalid_json');
    body = parsed as Record<string, unknown>;
  }
  const result = await callAuth(request, step.path, body, step.method);
  const ok = result.status === 200;
  if (ok && (action === 'register-verify' || action === 'sign-in-verify')) {
    const user =
      (action === 'register-verify'
        ? session?.user
        : (result.body['user'] as { id?: string; email?: string } | undefined)) ?? {};
    await recordAudit(getDb().db, {
      actorUserId: user.id ?? null,
      actorEmail: user.email ?? null,
      event: action === 'register-verify' ? 'auth.passkeyAdded' : 'auth.signIn',
      detail: action === 'sign-in-verify' ? { method: 'passkey' } : {},
      ip: clientIp(request),
    });
  }
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  for (const cookie of result.cookies) headers.append('set-cookie', cookie);
  if (!ok) throw new AppError('passkey_failed', { details: [{ code: 'auth_status', message: String(result.status) }] });
  return new Response(JSON.stringify(result.body), { status: 200, headers });
}
