/**
 * Signing up, in (with a second factor), out, and resetting a password: one controller per
 * page, each answering a PageOutcome (src/server/http/outcome.ts). better-auth does the
 * password and session work (callAuth); these read the form, record the audit and choose the page.
 */
import { t, type MessageKey } from '../../../i18n/index.ts';
import { callAuth } from '../../../server/auth/auth-call.ts';
import { mailConfigured } from '../../../server/mail.ts';
import { pageNotice, pageView, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import type { FieldErrors } from '../../../server/http/parse-fields.ts';
import { readForm, type FormValues } from '../../../server/http/request-body.ts';
import { recordAudit } from '../audit.ts';
import { appPath, readSessionOf, safeNext, type AppContext } from '../app-context.ts';
import { parseAccountForm, schemas } from '../forms.ts';

interface FormState {
  errors?: FieldErrors;
  formError?: MessageKey;
  values?: FormValues;
}

export interface SignUpProps extends FormState {
  next: string;
}
export interface SignInProps extends FormState {
  next: string;
  reset?: boolean;
}
export type TwoFactorProps = Omit<FormState, 'values'>;
export interface ForgotPasswordProps extends FormState {
  mail: boolean;
}
export interface ResetPasswordProps extends Omit<FormState, 'values'> {
  token: string;
}

const isPost = (ctx: AppContext) => ctx.request.method === 'POST';

export function handleSignUp(ctx: AppContext): Promise<PageOutcome<SignUpProps>> {
  return runPage(ctx.locale, async () => {
    const title = t(ctx.locale, 'auth.signUp.title');
    const next = safeNext(ctx);
    if (!isPost(ctx)) return pageView<SignUpProps>(title, { next });
    const parsed = parseAccountForm(schemas.signUp, await readForm(ctx.request));
    if (!parsed.ok) return pageView<SignUpProps>(title, { next, errors: parsed.errors, values: parsed.values }, 400);
    const result = await callAuth(ctx.request, '/sign-up/email', parsed.value);
    if (result.status !== 200) {
      const limited = result.status === 429;
      return pageView<SignUpProps>(
        title,
        {
          next,
          formError: limited ? 'auth.error.rateLimited' : 'auth.error.signUpFailed',
          values: { name: parsed.value.name, email: parsed.value.email },
        },
        limited ? 429 : 400,
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
    return seeOther(next === appPath(ctx, '') ? appPath(ctx, '/organizations/new') : next, ctx.cookies);
  });
}

export function handleSignIn(ctx: AppContext): Promise<PageOutcome<SignInProps>> {
  return runPage(ctx.locale, async () => {
    const title = t(ctx.locale, 'auth.signIn.title');
    const next = safeNext(ctx);
    if (!isPost(ctx)) return pageView<SignInProps>(title, { next, reset: ctx.url.searchParams.get('reset') === '1' });
    const parsed = parseAccountForm(schemas.signIn, await readForm(ctx.request));
    if (!parsed.ok) return pageView<SignInProps>(title, { next, errors: parsed.errors, values: parsed.values }, 400);
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
      const limited = result.status === 429;
      return pageView<SignInProps>(
        title,
        {
          next,
          formError: limited ? 'auth.error.rateLimited' : 'auth.error.invalidCredentials',
          values: { email: parsed.value.email },
        },
        limited ? 429 : 401,
      );
    }
    ctx.cookies.push(...result.cookies);
    if (result.body['twoFactorRedirect'] === true) {
      return seeOther(`${appPath(ctx, '/sign-in/two-factor')}?next=${encodeURIComponent(next)}`, ctx.cookies);
    }
    const user = result.body['user'] as { id: string } | undefined;
    await recordAudit(ctx.db, {
      actorUserId: user?.id ?? null,
      actorEmail: parsed.value.email,
      event: 'auth.signIn',
      ip: ctx.ip,
    });
    return seeOther(next, ctx.cookies);
  });
}

export function handleTwoFactor(ctx: AppContext): Promise<PageOutcome<TwoFactorProps>> {
  return runPage(ctx.locale, async () => {
    const title = t(ctx.locale, 'auth.twoFactor.title');
    const next = safeNext(ctx);
    if (!isPost(ctx)) return pageView<TwoFactorProps>(title, {});
    const values = await readForm(ctx.request);
    const backup = values['mode'] === 'backup';
    const parsed = parseAccountForm(backup ? schemas.backupCode : schemas.totp, values);
    if (!parsed.ok) return pageView<TwoFactorProps>(title, { errors: parsed.errors }, 400);
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
      const limited = result.status === 429;
      return pageView<TwoFactorProps>(
        title,
        { formError: limited ? 'auth.error.rateLimited' : 'auth.error.invalidCode' },
        limited ? 429 : 401,
      );
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
    return seeOther(next, ctx.cookies);
  });
}

/** Sign-out is a POST from the menu; a GET just goes back to the dashboard. */
export function handleSignOut(ctx: AppContext): Promise<PageOutcome<never>> {
  return runPage(ctx.locale, async () => {
    if (!isPost(ctx)) return seeOther(appPath(ctx, ''));
    const session = await readSessionOf(ctx);
    const result = await callAuth(ctx.request, '/sign-out', {});
    ctx.cookies.push(...result.cookies);
    if (session)
      await recordAudit(ctx.db, {
        actorUserId: session.user.id,
        actorEmail: session.user.email,
        event: 'auth.signOut',
        ip: ctx.ip,
      });
    return seeOther(ctx.locale === 'ja' ? '/' : '/en/', ctx.cookies);
  });
}

export function handleForgotPassword(ctx: AppContext): Promise<PageOutcome<ForgotPasswordProps>> {
  return runPage(ctx.locale, async () => {
    const title = t(ctx.locale, 'auth.forgot.title');
    const mail = mailConfigured();
    if (!isPost(ctx)) return pageView<ForgotPasswordProps>(title, { mail });
    const parsed = parseAccountForm(schemas.forgot, await readForm(ctx.request));
    if (!parsed.ok)
      return pageView<ForgotPasswordProps>(title, { mail, errors: parsed.errors, values: parsed.values }, 400);
    const redirectTo = new URL(appPath(ctx, '/reset-password'), ctx.url.origin).toString();
    const result = await callAuth(ctx.request, '/request-password-reset', { email: parsed.value.email, redirectTo });
    if (result.status === 429)
      return pageView<ForgotPasswordProps>(title, { mail, formError: 'auth.error.rateLimited' }, 429);
    await recordAudit(ctx.db, { actorEmail: parsed.value.email, event: 'auth.passwordResetRequested', ip: ctx.ip });
    // The same answer whether or not the address has an account.
    return pageNotice(ctx.locale, {
      status: 200,
      title: 'auth.forgot.sentTitle',
      body: mail ? 'auth.forgot.sentBody' : 'auth.forgot.noMailBody',
    });
  });
}

export function handleResetPassword(ctx: AppContext): Promise<PageOutcome<ResetPasswordProps>> {
  return runPage(ctx.locale, async () => {
    const title = t(ctx.locale, 'auth.reset.title');
    const token = ctx.url.searchParams.get('token') ?? '';
    if (!isPost(ctx)) return pageView<ResetPasswordProps>(title, { token });
    const parsed = parseAccountForm(schemas.reset, await readForm(ctx.request));
    if (!parsed.ok) return pageView<ResetPasswordProps>(title, { token, errors: parsed.errors }, 400);
    const result = await callAuth(ctx.request, '/reset-password', {
      token: parsed.value.token,
      newPassword: parsed.value.password,
    });
    if (result.status !== 200)
      return pageView<ResetPasswordProps>(title, { token, formError: 'auth.error.resetFailed' }, 400);
    await recordAudit(ctx.db, { event: 'auth.passwordReset', ip: ctx.ip });
    return seeOther(`${appPath(ctx, '/sign-in')}?reset=1`);
  });
}
