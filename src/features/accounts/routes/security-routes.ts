/**
 * The user's own security settings (/app/settings/security): two-step sign-in, password,
 * passkeys and signing out everywhere. One form with several actions, chosen by `intent`.
 */
import QRCode from 'qrcode';
import { z } from 'zod';
import { t, type MessageKey } from '../../../i18n/index.ts';
import { callAuth, type CurrentSession } from '../../../server/auth/auth-call.ts';
import { pageView, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import type { FieldErrors } from '../../../server/http/parse-fields.ts';
import { readForm } from '../../../server/http/request-body.ts';
import { recordAudit } from '../audit.ts';
import { appPath, requireSession, type AppContext } from '../app-context.ts';
import { parseAccountForm, schemas } from '../forms.ts';

interface TotpSetup {
  totpURI: string;
  qr: string;
  secret: string | null;
}

export interface SecurityProps {
  user: CurrentSession['user'];
  setup?: TotpSetup | undefined;
  backupCodes?: string[];
  passkeys: { id: string; name: string; createdAt: string }[];
  errors?: FieldErrors;
  formError?: MessageKey;
}

const securityIntents = z.discriminatedUnion('intent', [
  schemas.password.extend({ intent: z.literal('enable-2fa') }),
  schemas.totp.extend({ intent: z.literal('confirm-2fa'), totpURI: z.string().max(2_000).optional() }),
  schemas.password.extend({ intent: z.literal('disable-2fa') }),
  schemas.changePassword.extend({ intent: z.literal('change-password') }),
  z.object({ intent: z.literal('delete-passkey'), passkeyId: z.string().min(1).max(200) }),
  z.object({ intent: z.literal('sign-out-everywhere') }),
]);

async function totpSetup(totpURI: string | undefined): Promise<TotpSetup | undefined> {
  if (!totpURI?.startsWith('otpauth://')) return undefined;
  return {
    totpURI,
    qr: await QRCode.toString(totpURI, { type: 'svg', margin: 1 }),
    secret: new URL(totpURI).searchParams.get('secret'),
  };
}

async function securityView(
  ctx: AppContext,
  session: CurrentSession,
  extra: Partial<SecurityProps> = {},
  status = 200,
): Promise<PageOutcome<SecurityProps>> {
  const listed = await callAuth(ctx.request, '/passkey/list-user-passkeys', undefined, 'GET');
  const passkeys = Array.isArray(listed.body)
    ? (listed.body as { id: string; name?: string | null; createdAt?: string }[]).map((p) => ({
        id: p.id,
        name: p.name ?? '',
        createdAt: p.createdAt ?? '',
      }))
    : [];
  return pageView(t(ctx.locale, 'security.title'), { user: session.user, passkeys, ...extra }, status);
}

export function handleSecurity(ctx: AppContext): Promise<PageOutcome<SecurityProps>> {
  return runPage(ctx.locale, async () => {
    const session = await requireSession(ctx);
    if (session instanceof Response) return session;
    if (ctx.request.method !== 'POST') return securityView(ctx, session);
    const values = await readForm(ctx.request);
    const parsed = parseAccountForm(securityIntents, values);
    if (!parsed.ok) {
      const setup = values['intent'] === 'confirm-2fa' ? await totpSetup(values['totpURI']) : undefined;
      const known = securityIntents.options.some((option) => option.shape.intent.value === values['intent']);
      const extra = known ? { errors: parsed.errors, setup } : { formError: 'form.error.invalid' as const };
      return securityView(ctx, session, extra, 400);
    }
    const form = parsed.value;
    const audit = { actorUserId: session.user.id, actorEmail: session.user.email, ip: ctx.ip };
    const done = (what: string) => seeOther(`${appPath(ctx, '/settings/security')}?done=${what}`, ctx.cookies);
    switch (form.intent) {
      case 'enable-2fa': {
        const result = await callAuth(ctx.request, '/two-factor/enable', { password: form.password });
        if (result.status !== 200)
          return securityView(ctx, session, { errors: { password: 'auth.error.wrongPassword' } }, 400);
        const setup = await totpSetup(String(result.body['totpURI'] ?? ''));
        return securityView(ctx, session, {
          ...(setup ? { setup } : {}),
          backupCodes: result.body['backupCodes'] as string[],
        });
      }
      case 'confirm-2fa': {
        const setup = await totpSetup(form.totpURI);
        const result = await callAuth(ctx.request, '/two-factor/verify-totp', { code: form.code });
        if (result.status !== 200)
          return securityView(ctx, session, { setup, errors: { code: 'auth.error.invalidCode' } }, 400);
        ctx.cookies.push(...result.cookies);
        await recordAudit(ctx.db, { ...audit, event: 'auth.twoFactorEnabled' });
        return done('2fa-on');
      }
      case 'disable-2fa': {
        const result = await callAuth(ctx.request, '/two-factor/disable', { password: form.password });
        if (result.status !== 200)
          return securityView(ctx, session, { errors: { password: 'auth.error.wrongPassword' } }, 400);
        ctx.cookies.push(...result.cookies);
        await recordAudit(ctx.db, { ...audit, event: 'auth.twoFactorDisabled' });
        return done('2fa-off');
      }
      case 'change-password': {
        const result = await callAuth(ctx.request, '/change-password', {
          currentPassword: form.currentPassword,
          newPassword: form.newPassword,
          revokeOtherSessions: true,
        });
        if (result.status !== 200)
          return securityView(ctx, session, { errors: { currentPassword: 'auth.error.wrongPassword' } }, 400);
        ctx.cookies.push(...result.cookies);
        await recordAudit(ctx.db, { ...audit, event: 'auth.passwordChanged' });
        return done('password');
      }
      case 'delete-passkey': {
        const result = await callAuth(ctx.request, '/passkey/delete-passkey', { id: form.passkeyId });
        if (result.status !== 200) return securityView(ctx, session, { formError: 'form.error.invalid' }, 400);
        await recordAudit(ctx.db, { ...audit, event: 'auth.passkeyRemoved' });
        return done('passkey-removed');
      }
      case 'sign-out-everywhere': {
        const result = await callAuth(ctx.request, '/revoke-sessions', {});
        ctx.cookies.push(...result.cookies);
        await recordAudit(ctx.db, { ...audit, event: 'auth.signOutEverywhere' });
        const cleared = await callAuth(ctx.request, '/sign-out', {});
        ctx.cookies.push(...cleared.cookies);
        return seeOther(appPath(ctx, '/sign-in'), ctx.cookies);
      }
    }
  });
}
