/** Decisions about the register that the organisation's audit log keeps. */
import { recordAudit, type OrgPage } from '../../accounts/index.ts';

type RegisterEvent = 'assets.imported' | 'risk.accepted' | 'risk.acceptanceWithdrawn' | 'risk.matrixChanged';

export async function auditRegister(
  page: OrgPage,
  event: RegisterEvent,
  detail: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  await recordAudit(page.ctx.db, {
    organizationId: page.scope.organizationId,
    actorUserId: page.session.user.id,
    actorEmail: page.session.user.email,
    event,
    detail,
    ip: page.ctx.ip,
  });
}
