import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/index.ts';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../server/errors.ts';
import { can, invitableRoles, isRole, type Action, type Role } from './permissions.ts';
import { deleteOrganizationData } from '../../server/db/org-data-registry.ts';

export interface Organization {
  id: string;
  name: string;
  industry: string;
  sizeBand: string;
}

/**
 * Proof that a user belongs to an organisation, with the role they hold. Every function that
 * touches organisation data takes a scope, and the only way to get one is openOrgScope(), which
 * reads the membership from the database: the organisation id never comes from a request body.
 */
export interface OrgScope {
  readonly db: Kysely<Database>;
  readonly organizationId: string;
  readonly userId: string;
  readonly role: Role;
}

export async function openOrgScope(db: Kysely<Database>, userId: string, organizationId: string): Promise<OrgScope> {
  const membership = await db
    .selectFrom('memberships')
    .select('role')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  // Not a member: answer as if the organisation did not exist, so ids cannot be probed.
  if (!membership || !isRole(membership.role)) throw new NotFoundError('organization_not_found');
  return { db, organizationId, userId, role: membership.role };
}

/**
 * The scope of one of the user's organisations as listMyOrganizations just read it (membership
 * and role from the same query), so a page does not ask the database for the role twice.
 */
export function scopeOfMembership(db: Kysely<Database>, userId: string, organization: MyOrganization): OrgScope {
  return { db, organizationId: organization.id, userId, role: organization.role };
}

export function requirePermission(scope: OrgScope, action: Action): void {
  if (!can(scope.role, action)) throw new AccessDeniedError();
}

export async function createOrganization(
  db: Kysely<Database>,
  userId: string,
  input: { name: string; industry: string; sizeBand: string },
): Promise<Organization> {
  const now = new Date().toISOString();
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organizations')
      .values({
        id,
        name: input.name,
        industry: input.industry,
        size_band: input.sizeBand,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('memberships')
      .values({ organization_id: id, user_id: userId, role: 'owner', created_at: now })
      .execute();
  });
  return { id, ...input };
}

export interface MyOrganization extends Organization {
  role: Role;
}

export async function listMyOrganizations(db: Kysely<Database>, userId: string): Promise<MyOrganization[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
    .select([
      'organizations.id',
      'organizations.name',
      'organizations.industry',
      'organizations.size_band',
      'memberships.role',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('organizations.name')
    .execute();
  return rows
    .filter((row) => isRole(row.role))
    .map((row) => ({
      id: row.id,
      name: row.name,
      industry: row.industry,
      sizeBand: row.size_band,
      role: row.role as Role,
    }));
}

export async function readOrganization(scope: OrgScope): Promise<Organization> {
  requirePermission(scope, 'org.view');
  const row = await scope.db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', scope.organizationId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('organization_not_found');
  return { id: row.id, name: row.name, industry: row.industry, sizeBand: row.size_band };
}

export async function updateOrganization(
  scope: OrgScope,
  input: { name: string; industry: string; sizeBand: string },
): Promise<void> {
  requirePermission(scope, 'org.rename');
  await scope.db
    .updateTable('organizations')
    .set({
      name: input.name,
      industry: input.industry,
      size_band: input.sizeBand,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', scope.organizationId)
    .execute();
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export async function listMembers(scope: OrgScope): Promise<Member[]> {
  requirePermission(scope, 'members.view');
  const rows = await scope.db
    .selectFrom('memberships')
    .innerJoin('user', 'user.id', 'memberships.user_id')
    .select(['memberships.user_id', 'memberships.role', 'memberships.created_at', 'user.name', 'user.email'])
    .where('memberships.organization_id', '=', scope.organizationId)
    .orderBy('memberships.created_at')
    .execute();
  return rows
    .filter((row) => isRole(row.role))
    .map((row) => ({
      userId: row.user_id,
      name: row.name,
      email: row.email,
      role: row.role as Role,
      joinedAt: row.created_at,
    }));
}

async function memberRole(scope: OrgScope, userId: string): Promise<Role> {
  const row = await scope.db
    .selectFrom('memberships')
    .select('role')
    .where('organization_id', '=', scope.organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row || !isRole(row.role)) throw new NotFoundError('member_not_found');
  return row.role;
}

export async function changeMemberRole(scope: OrgScope, userId: string, role: Role): Promise<Role> {
  requirePermission(scope, 'members.changeRole');
  const current = await memberRole(scope, userId);
  // Ownership moves only by transfer, so an organisation always has exactly one owner.
  if (role === 'owner' || current === 'owner') throw new ConflictError('owner_role_by_transfer_only');
  await scope.db
    .updateTable('memberships')
    .set({ role })
    .where('organization_id', '=', scope.organizationId)
    .where('user_id', '=', userId)
    .execute();
  return current;
}

export async function removeMember(scope: OrgScope, userId: string): Promise<void> {
  requirePermission(scope, 'members.remove');
  if ((await memberRole(scope, userId)) === 'owner') throw new ConflictError('owner_cannot_be_removed');
  await scope.db
    .deleteFrom('memberships')
    .where('organization_id', '=', scope.organizationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function leaveOrganization(scope: OrgScope): Promise<void> {
  if (scope.role === 'owner') throw new ConflictError('owner_must_transfer_first');
  await scope.db
    .deleteFrom('memberships')
    .where('organization_id', '=', scope.organizationId)
    .where('user_id', '=', scope.userId)
    .execute();
}

export async function transferOwnership(scope: OrgScope, toUserId: string): Promise<void> {
  requirePermission(scope, 'org.transferOwnership');
  const target = await memberRole(scope, toUserId);
  if (target === 'owner') throw new ConflictError('already_owner');
  // An external advisor cannot become the firm's owner.
  if (target === 'advisor') throw new ConflictError('advisor_cannot_own');
  await scope.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('memberships')
      .set({ role: 'owner' })
      .where('organization_id', '=', scope.organizationId)
      .where('user_id', '=', toUserId)
      .execute();
    await trx
      .updateTable('memberships')
      .set({ role: 'manager' })
      .where('organization_id', '=', scope.organizationId)
      .where('user_id', '=', scope.userId)
      .execute();
  });
}

export async function deleteOrganization(scope: OrgScope): Promise<void> {
  requirePermission(scope, 'org.delete');
  await scope.db.transaction().execute(async (trx) => {
    await deleteOrganizationData(trx, scope.organizationId);
    await trx.deleteFrom('invitations').where('organization_id', '=', scope.organizationId).execute();
    await trx.deleteFrom('memberships').where('organization_id', '=', scope.organizationId).execute();
    await trx.deleteFrom('audit_events').where('organization_id', '=', scope.organizationId).execute();
    await trx.deleteFrom('organizations').where('id', '=', scope.organizationId).execute();
  });
}

// ---- invitations

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
  token: string,
  userId: string,
  now = new Date(),
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
