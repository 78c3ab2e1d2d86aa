import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { callAuth, type CurrentSession } from '../../server/auth/auth-call.ts';
import { AppError } from '../../server/errors.ts';
import { mailConfigured, sendMail } from '../../server/mail.ts';
import { consumeRateLimit } from '../../server/security/rate-limit.ts';
import { recordAudit, listAudit } from './audit.ts';
import {
  ACTIVE_ORG_COOKIE,
  appPath,
  isResult,
  redirect,
  requireSession,
  resolveActiveOrganization,
  setCookie,
  view,
  type AppContext,
  type AppResult,
} from './app-context.ts';
import { exportOrganization, importOrganization, MAX_IMPORT_BYTES } from './org-transfer.ts';
import { parseForm, safeNextPath, schemas } from './forms.ts';
import {
  acceptInvitation,
  changeMemberRole,
  createInvitation,
  createOrganization,
  deleteOrganization,
  leaveOrganization,
  listInvitations,
  listMembers,
  listMyOrganizations,
  openOrgScope,
  previewInvitation,
  readOrganization,
  removeMember,
  revokeInvitation,
  transferOwnership,
  updateOrganization,
} from './organizations.ts';
import { can, invitableRoles } from './permissions.ts';

type Handler = (ctx: AppContext, params: Record<string, string>) => Promise<AppResult>;

const YEAR = 60 * 60 * 24 * 365;

async function formOf(ctx: AppContext): Promise<FormData> {
  return ctx.request.formData();
}

function nextParam(ctx: AppContext): string {
  return safeNextPath(ctx.url.searchParams.get('next'), appPath(ctx, ''));
}

function authFailure(status: number): 'auth.error.rateLimited' | 'auth.error.invalidCredentials' {
  return status === 429 ? 'auth.error.rateLimited' : 'auth.error.invalidCredentials';
}

// ---- signed out

const signUp: Handler = async (ctx) => {
  const next = nextParam(ctx);
  if (ctx.request.method !== 'POST') return view('sign-up', { next });
  const parsed = parseForm(schemas.signUp, await formOf(ctx));
  if (!parsed.ok) return view('sign-up', { next, errors: parsed.errors, values: parsed.values }, 400);
  const result = await callAuth(ctx.request, '/sign-up/email', parsed.value);
  if (result.status !== 200) {
    const formError = result.status === 429 ? 'auth.error.rateLimited' : 'auth.error.signUpFailed';
    return view(
      'sign-up',
      { next, formError, values: { name: parsed.value.name, email: parsed.value.email } },
      result.status === 429 ? 429 : 400,
    );
  }
  ctx.cookies.push(...result.cookies);
  const user = result.body['user'] as { id: string } | undefined;
  await recordAudit(ctx.db, {
    actorUserId: user?.id ?? null,
    actorEmail: parsed.value.email,
    event: 'auth.signUp',
    ip: ctx.ip,
  });
  return redirect(next === appPath(ctx, '') ? appPath(ctx, '/organizations/new') : next);
};

const signIn: Handler = async (ctx) => {
  const next = nextParam(ctx);
  if (ctx.request.method !== 'POST') return view('sign-in', { next, reset: ctx.url.searchParams.get('reset') === '1' });
  const parsed = parseForm(schemas.signIn, await formOf(ctx));
  if (!parsed.ok) return view('sign-in', { next, errors: parsed.errors, values: parsed.values }, 400);
  const result = await callAuth(ctx.request, '/sign-in/email', { ...parsed.value, rememberMe: true });
  if (result.status !== 200) {
    // Tie the failure to the account when there is one, so its organisations' owners see it.
    const account = await ctx.db
      .selectFrom('user')
      .select('id')
      .where('email', '=', parsed.value.email.toLowerCase())
      .executeTakeFirst();
    await recordAudit(ctx.db, {
      actorUserId: account?.id ?? null,
      actorEmail: parsed.value.email,
      event: 'auth.signInFailed',
      detail: { status: result.status },
      ip: ctx.ip,
    });
    return view(
      'sign-in',
      { next, formError: authFailure(result.status), values: { email: parsed.value.email } },
      result.status === 429 ? 429 : 401,
    );
  }
  ctx.cookies.push(...result.cookies);
  if (result.body['twoFactorRedirect'] === true) {
    return redirect(`${appPath(ctx, '/sign-in/two-factor')}?next=${encodeURIComponent(next)}`);
  }
  const user = result.body['user'] as { id: string } | undefined;
  await recordAudit(ctx.db, {
    actorUserId: user?.id ?? null,
    actorEmail: parsed.value.email,
    event: 'auth.signIn',
    ip: ctx.ip,
  });
  return redirect(next);
};

const twoFactor: Handler = async (ctx) => {
  const next = nextParam(ctx);
  if (ctx.request.method !== 'POST') return view('two-factor', { next });
  const data = await formOf(ctx);
  const backup = data.get('mode') === 'backup';
  const parsed = parseForm(backup ? schemas.backupCode : schemas.totp, data);
  if (!parsed.ok) return view('two-factor', { next, errors: parsed.errors }, 400);
  const result = await callAuth(ctx.request, backup ? '/two-factor/verify-backup-code' : '/two-factor/verify-totp', {
    code: parsed.value.code,
    trustDevice: false,
  });
  if (result.status !== 200) {
    await recordAudit(ctx.db, {
      event: 'auth.signInFailed',
      detail: { step: 'two-factor', status: result.status },
      ip: ctx.ip,
    });
    const formError = result.status === 429 ? 'auth.error.rateLimited' : 'auth.error.invalidCode';
    return view('two-factor', { next, formError }, result.status === 429 ? 429 : 401);
  }
  ctx.cookies.push(...result.cookies);
  const user = (result.body['user'] ?? {}) as { id?: string; email?: string };
  await recordAudit(ctx.db, {
    actorUserId: user.id ?? null,
    actorEmail: user.email ?? null,
    event: 'auth.signIn',
    detail: { twoFactor: backup ? 'backup-code' : 'totp' },
    ip: ctx.ip,
  });
  return redirect(next);
};

const signOut: Handler = async (ctx) => {
  if (ctx.request.method !== 'POST') return redirect(appPath(ctx, ''));
  const session = await requireSession(ctx);
  const result = await callAuth(ctx.request, '/sign-out', {});
  ctx.cookies.push(...result.cookies);
  if (!isResult(session))
    await recordAudit(ctx.db, {
      actorUserId: session.user.id,
      actorEmail: session.user.email,
      event: 'auth.signOut',
      ip: ctx.ip,
    });
  return redirect(ctx.locale === 'ja' ? '/' : '/en/');
};

const forgotPassword: Handler = async (ctx) => {
  const mail = mailConfigured();
  if (ctx.request.method !== 'POST') return view('forgot-password', { mail });
  const parsed = parseForm(schemas.forgot, await formOf(ctx));
  if (!parsed.ok) return view('forgot-password', { mail, errors: parsed.errors, values: parsed.values }, 400);
  const redirectTo = new URL(appPath(ctx, '/reset-password'), ctx.url.origin).toString();
  const result = await callAuth(ctx.request, '/request-password-reset', { email: parsed.value.email, redirectTo });
  if (result.status === 429) return view('forgot-password', { mail, formError: 'auth.error.rateLimited' }, 429);
  await recordAudit(ctx.db, { actorEmail: parsed.value.email, event: 'auth.passwordResetRequested', ip: ctx.ip });
  // The same answer whether or not the address has an account.
  return view('notice', {
    title: 'auth.forgot.sentTitle',
    body: mail ? 'auth.forgot.sentBody' : 'auth.forgot.noMailBody',
  });
};

const resetPassword: Handler = async (ctx) => {
  const token = ctx.url.searchParams.get('token') ?? '';
  if (ctx.request.method !== 'POST') return view('reset-password', { token });
  const parsed = parseForm(schemas.reset, await formOf(ctx));
  if (!parsed.ok) return view('reset-password', { token, errors: parsed.errors }, 400);
  const result = await callAuth(ctx.request, '/reset-password', {
    token: parsed.value.token,
    newPassword: parsed.value.password,
  });
  if (result.status !== 200) return view('reset-password', { token, formError: 'auth.error.resetFailed' }, 400);
  await recordAudit(ctx.db, { event: 'auth.passwordReset', ip: ctx.ip });
  return redirect(`${appPath(ctx, '/sign-in')}?reset=1`);
};

// ---- signed in

async function withSession(ctx: AppContext, body: (session: CurrentSession) => Promise<AppResult>): Promise<AppResult> {
  const session = await requireSession(ctx);
  if (isResult(session)) return session;
  return body(session);
}

const newOrganization: Handler = (ctx) =>
  withSession(ctx, async (session) => {
    if (ctx.request.method !== 'POST') return view('organization-new', {});
    const parsed = parseForm(schemas.organization, await formOf(ctx));
    if (!parsed.ok) return view('organization-new', { errors: parsed.errors, values: parsed.values }, 400);
    const organization = await createOrganization(ctx.db, session.user.id, parsed.value);
    await recordAudit(ctx.db, {
      organizationId: organization.id,
      actorUserId: session.user.id,
      actorEmail: session.user.email,
      event: 'org.created',
      detail: { name: organization.name },
      ip: ctx.ip,
    });
    setCookie(ctx, ACTIVE_ORG_COOKIE, organization.id, YEAR);
    return redirect(nextParam(ctx));
  });

const switchOrganization: Handler = (ctx) =>
  withSession(ctx, async (session) => {
    if (ctx.request.method !== 'POST') {
      return view('organizations', { organizations: await listMyOrganizations(ctx.db, session.user.id) });
    }
    const organizationId = String((await formOf(ctx)).get('organizationId') ?? '');
    const scope = await openOrgScope(ctx.db, session.user.id, organizationId);
    setCookie(ctx, ACTIVE_ORG_COOKIE, scope.organizationId, YEAR);
    return redirect(appPath(ctx, ''));
  });

const clients: Handler = (ctx) =>
  withSession(ctx, async (session) => {
    const organizations = (await listMyOrganizations(ctx.db, session.user.id)).filter((org) => org.role === 'advisor');
    return view('clients', { organizations });
  });

async function organizationSettingsView(
  ctx: AppContext,
  session: CurrentSession,
  extra: Record<string, unknown> = {},
  status?: number,
) {
  const active = await resolveActiveOrganization(ctx, session);
  if (!active) return redirect(appPath(ctx, '/organizations/new'));
  const { scope } = active;
  const organization = await readOrganization(scope);
  const members = can(scope.role, 'members.view') ? await listMembers(scope) : [];
  const invitations = can(scope.role, 'members.view') ? await listInvitations(scope) : [];
  return view(
    'organization-settings',
    {
      organization,
      role: scope.role,
      userId: session.user.id,
      members,
      invitations,
      invitable: invitableRoles(scope.role),
      mail: mailConfigured(),
      ...extra,
    },
    status,
  );
}

const organizationSettings: Handler = (ctx) =>
  withSession(ctx, async (session) => {
    if (ctx.request.method !== 'POST') return organizationSettingsView(ctx, session);
    const active = await resolveActiveOrganization(ctx, session);
    if (!active) return redirect(appPath(ctx, '/organizations/new'));
    const { scope } = active;
    const data = await formOf(ctx);
    const intent = String(data.get('intent') ?? '');
    const audit = {
      organizationId: scope.organizationId,
      actorUserId: session.user.id,
      actorEmail: session.user.email,
      ip: ctx.ip,
    };
    const back = redirect(`${appPath(ctx, '/settings/organization')}?done=${encodeURIComponent(intent)}`);
    switch (intent) {
      case 'rename': {
        const parsed = parseForm(schemas.organization, data);
        if (!parsed.ok)
          return organizationSettingsView(ctx, session, { errors: parsed.errors, values: parsed.values }, 400);
        await updateOrganization(scope, parsed.value);
        await recordAudit(ctx.db, { ...audit, event: 'org.renamed', detail: { name: parsed.value.name } });
        return back;
      }
      case 'invite': {
        const limit = await consumeRateLimit(ctx.db, `invite:${session.user.id}`, 30, 3_600_000);
        if (!limit.allowed) return organizationSettingsView(ctx, session, { formError: 'auth.error.rateLimited' }, 429);
        const parsed = parseForm(schemas.invite, data);
        if (!parsed.ok)
          return organizationSettingsView(ctx, session, { errors: parsed.errors, values: parsed.values }, 400);
        const email = parsed.value.email || undefined;
        const invitation = await createInvitation(scope, { role: parsed.value.role, email });
        const link = new URL(appPath(ctx, `/join/${invitation.token}`), ctx.url.origin).toString();
        if (email && mailConfigured()) await sendMail({ kind: 'invitation', to: email, link });
        await recordAudit(ctx.db, {
          ...audit,
          event: 'invitation.created',
          detail: { role: parsed.value.role, invitationId: invitation.id },
        });
        return organizationSettingsView(ctx, session, {
          invitationLink: link,
          invitationExpiresAt: invitation.expiresAt,
        });
      }
      case 'revoke': {
        const parsed = parseForm(schemas.invitationAction, data);
        if (!parsed.ok) return organizationSettingsView(ctx, session, { formError: 'form.error.invalid' }, 400);
        await revokeInvitation(scope, parsed.value.invitationId);
        await recordAudit(ctx.db, {
          ...audit,
          event: 'invitation.revoked',
          detail: { invitationId: parsed.value.invitationId },
        });
        return back;
      }
      case 'role': {
        const parsed = parseForm(schemas.roleChange, data);
        if (!parsed.ok) return organizationSettingsView(ctx, session, { formError: 'form.error.invalid' }, 400);
        const before = await changeMemberRole(scope, parsed.value.userId, parsed.value.role);
        await recordAudit(ctx.db, {
          ...audit,
          event: 'member.roleChanged',
          detail: { userId: parsed.value.userId, from: before, to: parsed.value.role },
        });
        return back;
      }
      case 'remove': {
        const parsed = parseForm(schemas.memberAction, data);
        if (!parsed.ok) return organizationSettingsView(ctx, session, { formError: 'form.error.invalid' }, 400);
        await removeMember(scope, parsed.value.userId);
        await recordAudit(ctx.db, { ...audit, event: 'member.removed', detail: { userId: parsed.value.userId } });
        return back;
      }
      case 'transfer': {
        const parsed = parseForm(schemas.memberAction, data);
        if (!parsed.ok) return organizationSettingsView(ctx, session, { formError: 'form.error.invalid' }, 400);
        await transferOwnership(scope, parsed.value.userId);
        await recordAudit(ctx.db, { ...audit, event: 'org.ownershipTransferred', detail: { to: parsed.value.userId } });
        return back;
      }
      case 'leave': {
        await leaveOrganization(scope);
        await recordAudit(ctx.db, { ...audit, event: 'member.left' });
        return redirect(appPath(ctx, ''));
      }
      default:
        return organizationSettingsView(ctx, session, { formError: 'form.error.invalid' }, 400);
    }
  });

const deleteOrganizationPage: Handler = (ctx) =>
  withSession(ctx, async (session) => {
    const active = await resolveActiveOrganization(ctx, session);
    if (!active) return redirect(appPath(ctx, '/organizations/new'));
    const organization = await readOrganization(active.scope);
    if (!can(active.scope.role, 'org.delete')) return view('forbidden', {}, 403);
    if (ctx.request.method !== 'POST') return view('organization-delete', { organization });
    const parsed = parseForm(schemas.confirmDelete, await formOf(ctx));
    if (!parsed.ok || parsed.value.confirmation.trim() !== organization.name) {
      return view('organization-delete', { organization, errors: { confirmation: 'org.delete.mismatch' } }, 400);
    }
    await deleteOrganization(active.scope);
    // Recorded without the organisation id: the organisation's own log is deleted with it.
    await recordAudit(ctx.db, {
      actorUserId: session.user.id,
      actorEmail: session.user.email,
      event: 'org.deleted',
      detail: { organizationId: organization.id, name: organization.name },
      ip: ctx.ip,
    });
    setCookie(ctx, ACTIVE_ORG_COOKIE, '', 0);
    return redirect(`${appPath(ctx, '')}?deleted=1`);
  });

const exportPage: Handler = (ctx) =>
  withSession(ctx, async (session) => {
    const active = await resolveActiveOrganization(ctx, session);
    if (!active) return redirect(appPath(ctx, '/organizations/new'));
    if (!can(active.scope.role, 'org.export')) return view('forbidden', {}, 403);
    const { bytes, filename } = await exportOrganization(active.scope);
    await recordAudit(ctx.db, {
      organizationId: active.scope.organizationId,
      actorUserId: session.user.id,
      actorEmail: session.user.email,
      event: 'org.exported',
      ip: ctx.ip,
    });
    return {
      kind: 'response',
      response: new Response(new Uint8Array(bytes), {
        headers: {
          'content-type': 'application/zip',
          'content-disposition': `attachment; filename="${filename}"`,
          'cache-control': 'no-store',
        },
      }),
    };
  });

const importPage: Handler = (ctx) =>
  withSession(ctx, async (session) => {
    if (ctx.request.method !== 'POST') return view('organization-import', {});
    const data = await formOf(ctx);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0)
      return view('organization-import', { errors: { file: 'org.import.missingFile' } }, 400);
    if (file.size > MAX_IMPORT_BYTES)
      return view('organization-import', { errors: { file: 'org.import.tooLarge' } }, 413);
    const imported = await importOrganization(ctx.db, session.user.id, new Uint8Array(await file.arrayBuffer()));
    if (!imported.ok) return view('organization-import', { errors: { file: imported.error } }, 400);
    await recordAudit(ctx.db, {
      organizationId: imported.organizationId,
      actorUserId: session.user.id,
      actorEmail: session.user.email,
      event: 'org.imported',
      detail: { rows: imported.rows },
      ip: ctx.ip,
    });
    setCookie(ctx, ACTIVE_ORG_COOKIE, imported.organizationId, YEAR);
    return redirect(`${appPath(ctx, '')}?imported=1`);
  });

const auditPage: Handler = (ctx) =>
  withSession(ctx, async (session) => {
    const active = await resolveActiveOrganization(ctx, session);
    if (!active) return redirect(appPath(ctx, '/organizations/new'));
    if (!can(active.scope.role, 'audit.view')) return view('forbidden', {}, 403);
    return view('audit', {
      organization: active.current,
      entries: await listAudit(ctx.db, active.scope.organizationId),
    });
  });

async function securityView(
  _ctx: AppContext,
  session: CurrentSession,
  extra: Record<string, unknown> = {},
  status?: number,
) {
  const listed = await callAuth(_ctx.request, '/passkey/list-user-passkeys', undefined, 'GET');
  const passkeys = Array.isArray(listed.body)
    ? (listed.body as { id: string; name?: string | null; createdAt?: string }[]).map((p) => ({
        id: p.id,
        name: p.name ?? '',
        createdAt: p.createdAt ?? '',
      }))
    : [];
  return view('security', { user: session.user, passkeys, ...extra }, status);
}

const security: Handler = (ctx) =>
  withSession(ctx, async (session) => {
    if (ctx.request.method !== 'POST') return securityView(ctx, session);
    const data = await formOf(ctx);
    const intent = String(data.get('intent') ?? '');
    const audit = { actorUserId: session.user.id, actorEmail: session.user.email, ip: ctx.ip };
    if (intent === 'enable-2fa') {
      const parsed = parseForm(schemas.password, data);
      if (!parsed.ok) return securityView(ctx, session, { errors: parsed.errors }, 400);
      const result = await callAuth(ctx.request, '/two-factor/enable', { password: parsed.value.password });
      if (result.status !== 200)
        return securityView(ctx, session, { errors: { password: 'auth.error.wrongPassword' } }, 400);
      const totpURI = String(result.body['totpURI'] ?? '');
      return securityView(ctx, session, {
        setup: {
          totpURI,
          qr: await QRCode.toString(totpURI, { type: 'svg', margin: 1 }),
          secret: new URL(totpURI).searchParams.get('secret'),
        },
        backupCodes: result.body['backupCodes'],
      });
    }
    if (intent === 'confirm-2fa') {
      const parsed = parseForm(schemas.totp, data);
      const totpURI = String(data.get('totpURI') ?? '');
      const setup = totpURI.startsWith('otpauth://')
        ? {
            totpURI,
            qr: await QRCode.toString(totpURI, { type: 'svg', margin: 1 }),
            secret: new URL(totpURI).searchParams.get('secret'),
          }
        : undefined;
      if (!parsed.ok) return securityView(ctx, session, { setup, errors: parsed.errors }, 400);
      const result = await callAuth(ctx.request, '/two-factor/verify-totp', { code: parsed.value.code });
      if (result.status !== 200)
        return securityView(ctx, session, { setup, errors: { code: 'auth.error.invalidCode' } }, 400);
      ctx.cookies.push(...result.cookies);
      await recordAudit(ctx.db, { ...audit, event: 'auth.twoFactorEnabled' });
      return redirect(`${appPath(ctx, '/settings/security')}?done=2fa-on`);
    }
    if (intent === 'disable-2fa') {
      const parsed = parseForm(schemas.password, data);
      if (!parsed.ok) return securityView(ctx, session, { errors: parsed.errors }, 400);
      const result = await callAuth(ctx.request, '/two-factor/disable', { password: parsed.value.password });
      if (result.status !== 200)
        return securityView(ctx, session, { errors: { password: 'auth.error.wrongPassword' } }, 400);
      ctx.cookies.push(...result.cookies);
      await recordAudit(ctx.db, { ...audit, event: 'auth.twoFactorDisabled' });
      return redirect(`${appPath(ctx, '/settings/security')}?done=2fa-off`);
    }
    if (intent === 'change-password') {
      const parsed = parseForm(schemas.changePassword, data);
      if (!parsed.ok) return securityView(ctx, session, { errors: parsed.errors }, 400);
      const result = await callAuth(ctx.request, '/change-password', { ...parsed.value, revokeOtherSessions: true });
      if (result.status !== 200)
        return securityView(ctx, session, { errors: { currentPassword: 'auth.error.wrongPassword' } }, 400);
      ctx.cookies.push(...result.cookies);
      await recordAudit(ctx.db, { ...audit, event: 'auth.passwordChanged' });
      return redirect(`${appPath(ctx, '/settings/security')}?done=password`);
    }
    if (intent === 'delete-passkey') {
      const passkeyId = String(data.get('passkeyId') ?? '');
      const result = await callAuth(ctx.request, '/passkey/delete-passkey', { id: passkeyId });
      if (result.status !== 200) return securityView(ctx, session, { formError: 'form.error.invalid' }, 400);
      await recordAudit(ctx.db, { ...audit, event: 'auth.passkeyRemoved' });
      return redirect(`${appPath(ctx, '/settings/security')}?done=passkey-removed`);
    }
    if (intent === 'sign-out-everywhere') {
      const result = await callAuth(ctx.request, '/revoke-sessions', {});
      ctx.cookies.push(...result.cookies);
      await recordAudit(ctx.db, { ...audit, event: 'auth.signOutEverywhere' });
      const cleared = await callAuth(ctx.request, '/sign-out', {});
      ctx.cookies.push(...cleared.cookies);
      return redirect(appPath(ctx, '/sign-in'));
    }
    return securityView(ctx, session, { formError: 'form.error.invalid' }, 400);
  });

const join: Handler = async (ctx, params) => {
  const token = params['token'] ?? '';
  // Invitation tokens are long and random; this only stops someone from trying many of them.
  const limit = await consumeRateLimit(ctx.db, `join:${ctx.ip ?? 'unknown'}`, 30, 600_000);
  if (!limit.allowed) return view('notice', { title: 'invite.invalidTitle', body: 'auth.error.rateLimited' }, 429);
  let preview;
  try {
    preview = await previewInvitation(ctx.db, token);
  } catch (error) {
    if (error instanceof AppError)
      return view('notice', { title: 'invite.invalidTitle', body: 'invite.invalidBody' }, 404);
    throw error;
  }
  const { readSession } = await import('../../server/auth/auth-call.ts');
  const session = await readSession(ctx.request);
  const here = ctx.url.pathname;
  if (preview.status !== 'pending')
    return view('notice', { title: 'invite.invalidTitle', body: `invite.status.${preview.status}` }, 410);
  if (!session || ctx.request.method !== 'POST')
    return view('join', { preview, signedIn: session !== null, next: here });
  try {
    const accepted = await acceptInvitation(ctx.db, token, session.user.id);
    await recordAudit(ctx.db, {
      organizationId: accepted.organizationId,
      actorUserId: session.user.id,
      actorEmail: session.user.email,
      event: 'member.joined',
      detail: { role: accepted.role },
      ip: ctx.ip,
    });
    setCookie(ctx, ACTIVE_ORG_COOKIE, accepted.organizationId, YEAR);
    return redirect(`${appPath(ctx, '')}?joined=1`);
  } catch (error) {
    if (error instanceof AppError && error.status === 409)
      return view('notice', { title: 'invite.invalidTitle', body: 'invite.alreadyMember' }, 409);
    throw error;
  }
};

export const appRoutes: { pattern: RegExp; handler: Handler; signedIn: boolean }[] = [
  { pattern: /^sign-up$/, handler: signUp, signedIn: false },
  { pattern: /^sign-in$/, handler: signIn, signedIn: false },
  { pattern: /^sign-in\/two-factor$/, handler: twoFactor, signedIn: false },
  { pattern: /^sign-out$/, handler: signOut, signedIn: false },
  { pattern: /^forgot-password$/, handler: forgotPassword, signedIn: false },
  { pattern: /^reset-password$/, handler: resetPassword, signedIn: false },
  { pattern: /^organizations\/new$/, handler: newOrganization, signedIn: true },
  { pattern: /^organizations$/, handler: switchOrganization, signedIn: true },
  { pattern: /^organizations\/import$/, handler: importPage, signedIn: true },
  { pattern: /^clients$/, handler: clients, signedIn: true },
  { pattern: /^settings\/organization$/, handler: organizationSettings, signedIn: true },
  { pattern: /^settings\/organization\/delete$/, handler: deleteOrganizationPage, signedIn: true },
  { pattern: /^settings\/organization\/export$/, handler: exportPage, signedIn: true },
  { pattern: /^settings\/security$/, handler: security, signedIn: true },
  { pattern: /^audit$/, handler: auditPage, signedIn: true },
  { pattern: /^join\/(?<token>[A-Za-z0-9_-]{20,100})$/, handler: join, signedIn: false },
];

/** Finds and runs the handler of an /app path; domain errors become translated pages. */
export async function handleAppRequest(ctx: AppContext, path: string): Promise<AppResult> {
  const clean = path.replace(/^\/+|\/+$/g, '');
  for (const route of appRoutes) {
    const match = route.pattern.exec(clean);
    if (!match) continue;
    try {
      return await route.handler(ctx, match.groups ?? {});
    } catch (error) {
      if (error instanceof AppError) {
        if (error.status === 404) return view('not-found', {}, 404);
        if (error.status === 403) return view('forbidden', {}, 403);
        return view('notice', { title: 'error.conflictTitle', body: `error.conflict.${error.code}` }, error.status);
      }
      throw error;
    }
  }
  return view('not-found', {}, 404);
}

export const newId = (): string => randomUUID();
