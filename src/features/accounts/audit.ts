import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/index.ts';

export const auditEvents = [
  'auth.signUp',
  'auth.signIn',
  'auth.signInFailed',
  'auth.signOut',
  'auth.signOutEverywhere',
  'auth.passwordResetRequested',
  'auth.passwordReset',
  'auth.passwordChanged',
  'auth.twoFactorEnabled',
  'auth.twoFactorDisabled',
  'auth.passkeyAdded',
  'auth.passkeyRemoved',
  'org.created',
  'org.renamed',
  'org.deleted',
  'org.exported',
  'org.imported',
  'org.ownershipTransferred',
  'member.roleChanged',
  'member.removed',
  'member.left',
  'member.joined',
  'invitation.created',
  'invitation.revoked',
  'check.saved',
  'check.deleted',
  'peer.shared',
  'peer.withdrawn',
  'document.approved',
  'document.published',
  'document.unpublished',
  'assets.imported',
  'risk.accepted',
  'risk.acceptanceWithdrawn',
  'risk.matrixChanged',
] as const;
export type AuditEvent = (typeof auditEvents)[number];

export interface AuditInput {
  organizationId?: string | null;
  actorUserId?: string | null;
  actorEmail?: string | null;
  event: AuditEvent;
  detail?: Record<string, string | number | boolean | null>;
  ip?: string | null;
}

/** Appends one security-relevant event; never throws into the caller's flow for logging reasons. */
export async function recordAudit(db: Kysely<Database>, input: AuditInput): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: randomUUID(),
      organization_id: input.organizationId ?? null,
      actor_user_id: input.actorUserId ?? null,
      actor_email: input.actorEmail ?? null,
      event: input.event,
      detail: JSON.stringify(input.detail ?? {}),
      ip: input.ip ?? null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export interface AuditEntry {
  id: string;
  event: string;
  actorEmail: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
  createdAt: string;
}

/** Events of one organisation plus the sign-in events of its current members, newest first. */
export async function listAudit(db: Kysely<Database>, organizationId: string, limit = 200): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('organization_id', '=', organizationId),
        eb.and([
          eb('organization_id', 'is', null),
          eb(
            'actor_user_id',
            'in',
            eb.selectFrom('memberships').select('user_id').where('organization_id', '=', organizationId),
          ),
        ]),
      ]),
    )
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    event: row.event,
    actorEmail: row.actor_email,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    ip: row.ip,
    createdAt: row.created_at,
  }));
}
