import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/index.ts';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../server/errors.ts';
import { can, isRole, type Action, type Role } from './permissions.ts';
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
