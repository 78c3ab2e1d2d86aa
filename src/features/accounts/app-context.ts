import type { Kysely } from 'kysely';
import { localizePath, type Locale } from '../../i18n/index.ts';
import type { Database } from '../../server/db/index.ts';
import { readSession, type CurrentSession } from '../../server/auth/auth-call.ts';
import { cookieDefaults } from '../../server/security/cookies.ts';
import { getEnv } from '../../server/env.ts';
import type { FieldErrors } from './forms.ts';

export { clientIp } from '../../server/http/client-ip.ts';
import { listMyOrganizations, scopeOfMembership, type MyOrganization, type OrgScope } from './organizations.ts';

export const ACTIVE_ORG_COOKIE = 'gokui_org';

export interface AppContext {
  request: Request;
  url: URL;
  locale: Locale;
  db: Kysely<Database>;
  ip: string | null;
  /** Set-Cookie headers to send with the answer. */
  cookies: string[];
}

export type ViewProps = Record<string, unknown> & { errors?: FieldErrors; values?: Record<string, string> };

export type AppResult =
  | { kind: 'redirect'; to: string }
  | { kind: 'view'; view: string; props: ViewProps; status?: number }
  | { kind: 'response'; response: Response };

export const redirect = (to: string): AppResult => ({ kind: 'redirect', to });
export const view = (name: string, props: ViewProps = {}, status?: number): AppResult =>
  status === undefined ? { kind: 'view', view: name, props } : { kind: 'view', view: name, props, status };

export function appPath(ctx: AppContext, path: string): string {
  return localizePath(ctx.locale, `/app${path}`);
}

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireSession(ctx: AppContext): Promise<CurrentSession | AppResult> {
  const session = await readSession(ctx.request);
  if (session) return session;
  const next = ctx.url.pathname + ctx.url.search;
  return redirect(`${appPath(ctx, '/sign-in')}?next=${encodeURIComponent(next)}`);
}

export function isResult(value: unknown): value is AppResult {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function setCookie(ctx: AppContext, name: string, value: string, maxAgeSeconds: number): void {
  const options = cookieDefaults(getEnv().PUBLIC_URL, ctx.url);
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (options.secure) parts.push('Secure');
  ctx.cookies.push(parts.join('; '));
}

export interface ActiveOrganization {
  scope: OrgScope;
  organizations: MyOrganization[];
  current: MyOrganization;
}

/**
 * The organisation the user works in: the one the cookie names if the user (still) belongs to
 * it, otherwise their first one. The cookie is only a preference; membership decides.
 */
export async function resolveActiveOrganization(
  ctx: AppContext,
  session: CurrentSession,
): Promise<ActiveOrganization | null> {
  const organizations = await listMyOrganizations(ctx.db, session.user.id);
  if (organizations.length === 0) return null;
  const wanted = readCookie(ctx.request, ACTIVE_ORG_COOKIE);
  const current = organizations.find((org) => org.id === wanted) ?? organizations[0]!;
  const scope = scopeOfMembership(ctx.db, session.user.id, current);
  return { scope, organizations, current };
}
