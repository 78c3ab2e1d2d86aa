/**
 * What an assets route answers: a Response (redirect, download) or a view to render with its
 * status. Domain errors become translated notices: 404 for anything outside the organisation,
 * 403 for a role that may not act, 409 for a state conflict.
 */
import type { MessageKey } from '../../../i18n/index.ts';
import { recordAudit, type OrgPage } from '../../accounts/index.ts';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../../server/errors.ts';

export type AssetViewName =
  'register' | 'asset-form' | 'starter' | 'risk' | 'risks' | 'import' | 'import-preview' | 'notice';

export interface ViewOutcome {
  status: number;
  view: AssetViewName;
  title: MessageKey;
  props: Record<string, unknown>;
}

export type Outcome = Response | ViewOutcome;

export function seeOther(to: string): Response {
  return new Response(null, { status: 303, headers: { location: to, 'cache-control': 'no-store' } });
}

export function notice(status: number, title: MessageKey, body: MessageKey): ViewOutcome {
  return { status, view: 'notice', title, props: { title, body } };
}

/** Runs a handler and turns domain errors into notices. */
export async function guarded(run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof NotFoundError) return notice(404, 'error.404.title', 'assets.notFound');
    if (error instanceof AccessDeniedError) return notice(403, 'app.forbidden.title', 'app.forbidden.body');
    if (error instanceof ConflictError) {
      return notice(409, 'error.conflictTitle', `assets.conflict.${error.code}` as MessageKey);
    }
    throw error;
  }
}

/** Form fields from a POST; a body that is not a form counts as an empty one. */
export async function formOf(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

type RegisterEvent = 'assets.imported' | 'risk.accepted' | 'risk.acceptanceWithdrawn' | 'risk.matrixChanged';

/** Records a decision about the register in the organisation's audit log. */
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
