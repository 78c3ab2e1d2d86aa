/**
 * Invitations to an organisation: a member with the right creates a single-use link for a role,
 * and whoever opens it signs in and joins. Only a hash of the link's token is stored.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/index.ts';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../server/errors.ts';
import { requirePermission, type OrgScope } from './organizations.ts';
import { invitableRoles, isRole, type Role } from './permissions.ts';

export const INVITATION_DAYS = 7;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Invitation {
  id: string;
  role: Role;
  email: string | null;
  createdAt: string;
  expiresAt: string;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
}

export async function createInvitation(
  scope: OrgScope,
  input: { role: Role; email?: string | undefined },
  now = new Date(),
): Promise<{ id: string; token: string; expiresAt: string }> {
  if (!invitableRoles(scope.role).includes(input.role)) throw new AccessDeniedError();
  const id = randomUUID();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
  await scope.db
    .insertInto('invitations')
    .values({
      id,
      organization_id: scope.organizationId,
      role: input.role,
      email: input.email ?? null,
      token_hash: hashToken(token),
      created_by: scope.userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    })
    .execute();
  return { id, token, expiresAt };
}

function invitationStatus(
  row: { accepted_at: string | null; revoked_at: string | null; expires_at: string },
  now: Date,
): Invitation['status'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= now.toISOString() ? 'expired' : 'pending';
}

export async function listInvitations(scope: OrgScope, now = new Date()): Promise<Invitation[]> {
  requirePermission(scope, 'members.view');
  const rows = await scope.db
    .selectFrom('invitations')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    role: isRole(row.role) ? row.role : 'member',
    email: row.email,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    status: invitationStatus(row, now),
  }));
}

export async function revokeInvitation(scope: OrgScope, invitationId: string): Promise<void> {
  requirePermission(scope, 'invitations.revoke');
  const result = await scope.db
    .updateTable('invitations')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', invitationId)
    .where('organization_id', '=', scope.organizationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('invitation_not_found');
}

export interface InvitationPreview {
  organizationName: string;
  role: Role;
  status: Invitation['status'];
}

/** What the invitation link shows before it is accepted. Unknown tokens are simply not found. */
export async function previewInvitation(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<InvitationPreview> {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('organizations', 'organizations.id', 'invitations.organization_id')
    .select([
      'invitations.role',
      'invitations.accepted_at',
      'invitations.revoked_at',
      'invitations.expires_at',
      'organizations.name',
    ])
    .where('invitations.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || !isRole(row.role)) throw new NotFoundError('invitation_not_found');
  return { organizationName: row.name, role: row.role, status: invitationStatus(row, now) };
}

/** Accepts an invitation once: single use, not after expiry or revocation. */
export async function acceptInvitation(
  db: Kysely<Database>,
  { token, userId, now = new Date() }: { token: string; userId: string; now?: Date },
): Promise<{ organizationId: string; role: Role }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('invitations')
      .selectAll()
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (!row || !isRole(row.role)) throw new NotFoundError('invitation_not_found');
    const status = invitationStatus(row, now);
    if (status !== 'pending') throw new ConflictError(`invitation_${status}`);
    const claimed = await trx
      .updateTable('invitations')
      .set({ accepted_at: now.toISOString(), accepted_by: userId })
      .where('id', '=', row.id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new ConflictError('invitation_accepted');
    const existing = await trx
      .selectFrom('memberships')
      .select('role')
      .where('organization_id', '=', row.organization_id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (existing) throw new ConflictError('already_member');
    await trx
      .insertInto('memberships')
      .values({ organization_id: row.organization_id, user_id: userId, role: row.role, created_at: now.toISOString() })
      .execute();
    return { organizationId: row.organization_id, role: row.role };
  });
}
