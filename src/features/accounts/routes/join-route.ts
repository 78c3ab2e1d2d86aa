/** Joining an organisation from an invitation link (/app/join/{token}). */
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../server/errors.ts';
import { readSession } from '../../../server/auth/auth-call.ts';
import { pageNotice, pageView, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import { consumeRateLimit } from '../../../server/security/rate-limit.ts';
import { recordAudit } from '../audit.ts';
import { ACTIVE_ORG_COOKIE, appPath, setCookie, type AppContext } from '../app-context.ts';
import { acceptInvitation, previewInvitation, type InvitationPreview } from '../invitations.ts';

const YEAR = 60 * 60 * 24 * 365;
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export interface JoinProps {
  preview: InvitationPreview;
  signedIn: boolean;
  next: string;
}

export function handleJoin(ctx: AppContext, token: string): Promise<PageOutcome<JoinProps>> {
  return runPage(ctx.locale, async () => {
    const invalid = (status: number, body: 'invite.invalidBody' | 'auth.error.rateLimited' | 'invite.alreadyMember') =>
      pageNotice(ctx.locale, { status, title: 'invite.invalidTitle', body });
    if (!TOKEN.test(token)) throw new AppError('not_found');
    // Invitation tokens are long and random; this only stops someone from trying many of them.
    const limit = await consumeRateLimit(ctx.db, `join:${ctx.ip ?? 'unknown'}`, 30, 600_000);
    if (!limit.allowed) return invalid(429, 'auth.error.rateLimited');
    let preview: InvitationPreview;
    try {
      preview = await previewInvitation(ctx.db, token);
    } catch (error) {
      if (error instanceof AppError) return invalid(404, 'invite.invalidBody');
      throw error;
    }
    if (preview.status !== 'pending')
      return pageNotice(ctx.locale, {
        status: 410,
        title: 'invite.invalidTitle',
        body: `invite.status.${preview.status}`,
      });
    const session = await readSession(ctx.request);
    if (!session || ctx.request.method !== 'POST')
      return pageView(t(ctx.locale, 'invite.join.title'), {
        preview,
        signedIn: session !== null,
        next: ctx.url.pathname,
      });
    try {
      const accepted = await acceptInvitation(ctx.db, { token, userId: session.user.id });
      await recordAudit(ctx.db, {
        organizationId: accepted.organizationId,
        actorUserId: session.user.id,
        actorEmail: session.user.email,
        event: 'member.joined',
        detail: { role: accepted.role },
        ip: ctx.ip,
      });
      setCookie(ctx, ACTIVE_ORG_COOKIE, accepted.organizationId, YEAR);
      return seeOther(`${appPath(ctx, '')}?joined=1`, ctx.cookies);
    } catch (error) {
      if (error instanceof AppError && error.status === 409) return invalid(409, 'invite.alreadyMember');
      throw error;
    }
  });
}
