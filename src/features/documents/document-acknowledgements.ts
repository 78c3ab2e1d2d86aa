/** Data access of the staff handbook's acknowledgements: who confirmed the version in force, and when. */
import { randomUUID } from 'node:crypto';
import { AccessDeniedError, ConflictError } from '../../server/errors.ts';
import { listMembers, requirePermission, type OrgScope } from '../accounts/index.ts';
import { findVersionInForce } from './document-versions.ts';

/** Confirms that the signed-in member has read the handbook version in force. */
export async function acknowledgeHandbook(scope: OrgScope, versionNumber: number): Promise<void> {
  requirePermission(scope, 'org.view');
  // The staff handbook binds the firm's people, not the outside advisors it invited.
  if (scope.role === 'advisor') throw new AccessDeniedError();
  const current = await findVersionInForce(scope.db, scope.organizationId, 'handbook');
  // Only the version in force can be confirmed: an old page must not confirm a newer text.
  if (!current || current.number !== versionNumber) throw new ConflictError('not_in_force');
  const existing = await scope.db
    .selectFrom('document_acknowledgements')
    .select('id')
    .where('version_id', '=', current.id)
    .where('user_id', '=', scope.userId)
    .executeTakeFirst();
  if (existing) return;
  await scope.db
    .insertInto('document_acknowledgements')
    .values({
      id: randomUUID(),
      organization_id: scope.organizationId,
      version_id: current.id,
      user_id: scope.userId,
      acknowledged_at: new Date().toISOString(),
    })
    .execute();
}

/** When the signed-in member confirmed the handbook version in force, or null. */
export async function myAcknowledgement(scope: OrgScope): Promise<string | null> {
  requirePermission(scope, 'org.view');
  const current = await findVersionInForce(scope.db, scope.organizationId, 'handbook');
  if (!current) return null;
  const row = await scope.db
    .selectFrom('document_acknowledgements')
    .select('acknowledged_at')
    .where('organization_id', '=', scope.organizationId)
    .where('version_id', '=', current.id)
    .where('user_id', '=', scope.userId)
    .executeTakeFirst();
  return row?.acknowledged_at ?? null;
}

export interface AcknowledgementRow {
  userId: string;
  name: string;
  email: string;
  role: string;
  acknowledgedAt: string | null;
}

/**
 * The firm's people (owner, managers, members) with the date they confirmed the handbook in force
 * (null: not yet). Advisors are outside the firm: the staff handbook does not bind them.
 */
export async function listAcknowledgements(scope: OrgScope): Promise<AcknowledgementRow[]> {
  const members = (await listMembers(scope)).filter((member) => member.role !== 'advisor');
  const current = await findVersionInForce(scope.db, scope.organizationId, 'handbook');
  const rows = current
    ? await scope.db
        .selectFrom('document_acknowledgements')
        .select(['user_id', 'acknowledged_at'])
        .where('organization_id', '=', scope.organizationId)
        .where('version_id', '=', current.id)
        .execute()
    : [];
  const byUser = new Map(rows.map((row) => [row.user_id, row.acknowledged_at]));
  return members.map((member) => ({
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    acknowledgedAt: byUser.get(member.userId) ?? null,
  }));
}
