/**
 * The entry of every signed-in feature page under /app/…: the session, the active
 * organisation and a scope whose role the data layer checks. Feature pages live in their own
 * src/pages/[...locale]/app/<feature>/ files and call this first; they never read an organisation
 * id from the request.
 */
import type { Locale } from '../../i18n/index.ts';
import type { CurrentSession } from '../../server/auth/auth-call.ts';
import { AppError } from '../../server/errors.ts';
import {
  openAppContext,
  requireActiveOrganization,
  requireSession,
  resolveActiveOrganization,
  type AppContext,
} from './app-context.ts';
import type { MyOrganization, OrgScope } from './organizations.ts';

export interface OrgPage {
  ctx: AppContext;
  session: CurrentSession;
  scope: OrgScope;
  organization: MyOrganization;
  organizations: MyOrganization[];
}

/**
 * The signed-in context of a feature page, or the redirect to answer instead: to sign-in (and
 * back here afterwards) when signed out, to organisation creation (and back here afterwards)
 * when the user has none.
 */
export async function openOrgPage(request: Request, url: URL, locale: Locale): Promise<OrgPage | Response> {
  const ctx = openAppContext(request, url, locale);
  const session = await requireSession(ctx);
  if (session instanceof Response) return session;
  // A new user comes back here once the organisation exists (e.g. to save a check result).
  const active = await requireActiveOrganization(ctx, session);
  if (active instanceof Response) return active;
  return {
    ctx,
    session,
    scope: active.scope,
    organization: active.current,
    organizations: active.organizations,
  };
}

/**
 * The scope of the signed-in user's active organisation, or undefined when nobody is signed in
 * or the user has none: for public pages that show more to members (e.g. the SECURITY ACTION
 * readiness of a check result) and never redirect.
 */
export async function findOrgScope(request: Request, url: URL, locale: Locale): Promise<OrgScope | undefined> {
  if (!(request.headers.get('cookie') ?? '').includes('session_token')) return undefined;
  return (await openOrgSession(request, url, locale))?.scope;
}

/**
 * The signed-in context for a JSON API route: the same session and active organisation as the
 * pages, or null when there is no session or no organisation (the route answers 401 itself).
 */
export async function openOrgSession(
  request: Request,
  url = new URL(request.url),
  locale: Locale = 'en',
): Promise<OrgPage | null> {
  const ctx = openAppContext(request, url, locale);
  const session = await requireSession(ctx);
  if (session instanceof Response) return null;
  const active = await resolveActiveOrganization(ctx, session);
  if (!active) return null;
  return { ctx, session, scope: active.scope, organization: active.current, organizations: active.organizations };
}

/**
 * The signed-in context for a JSON API route, or the AppError to answer: 401 `unauthorized`
 * without a session, 403 `no_organization` for a user who has none yet.
 */
export async function requireOrgSession(request: Request): Promise<OrgPage> {
  const ctx: AppContext = openAppContext(request, new URL(request.url), 'en');
  const session = await requireSession(ctx);
  if (session instanceof Response) throw new AppError('unauthorized');
  const active = await resolveActiveOrganization(ctx, session);
  if (!active) throw new AppError('no_organization');
  return { ctx, session, scope: active.scope, organization: active.current, organizations: active.organizations };
}
