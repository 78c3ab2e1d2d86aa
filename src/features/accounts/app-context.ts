import type { Kysely } from 'kysely';
import { localizePath, type Locale } from '../../i18n/index.ts';
import type { Database } from '../../server/db/index.ts';
import { readSession, type CurrentSession } from '../../server/auth/auth-call.ts';
import { cookieDefaults } from '../../server/security/cookies.ts';
import { getEnv } from '../../server/env.ts';
import { clientIp } from '../../server/http/client-ip.ts';
import { seeOther } from '../../server/http/outcome.ts';
import { getDb } from '../../server/db/index.ts';

export { clientIp };
import { safeNextPath } from './forms.ts';
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

/** The context of one request to a signed-in area page. */
export function openAppContext(request: Request, url: URL, locale: Locale): AppContext {
  return { request, url, locale, db: getDb().db, ip: clientIp(request), cookies: [] };
}

export function appPath(ctx: AppContext, path: string): string {
  return localizePath(ctx.locale, `/app${path}`);
}

/** Where to go after a form: the `next` parameter when it stays inside the signed-in area. */
export function safeNext(ctx: AppContext): string {
  return safeNextPath(ctx.url.searchParams.get('next'), appPath(ctx, ''));
}

export function readSessionOf(ctx: AppContext): Promise<CurrentSession | null> {
  return readSession(ctx.request);
}

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireSession(ctx: AppContext): Promise<CurrentSession | Response> {
  const session = await readSession(ctx.request);
  if (session) return session;
  const next = ctx.url.pathname + ctx.url.search;
  return seeOther(`${appPath(ctx, '/sign-in')}?next=${encodeURIComponent(next)}`);
}

/** The active organisation, or a redirect to create one that comes back here afterwards. */
export async function requireActiveOrganization(
  ctx: AppContext,
  session: CurrentSession,
): Promise<ActiveOrganization | Response> {
  const active = await resolveActiveOrganization(ctx, session);
  if (active) return active;
  const create = appPath(ctx, '/organizations/new');
  // The app home (the dashboard) is where organisation creation leads anyway: no `next` needed.
  const home = appPath(ctx, '');
  if (ctx.url.pathname === home || ctx.url.pathname === `${home}/`) return seeOther(create);
  const next = ctx.url.pathname + ctx.url.search;
  return seeOther(`${create}?next=${encodeURIComponent(next)}`);
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
