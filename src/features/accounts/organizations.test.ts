import { betterAuth } from 'better-auth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../server/db/index.ts';
import { authOptions } from '../../server/auth/auth.ts';
import { AccessDeniedError, ConflictError, NotFoundError } from '../../server/errors.ts';
import { consumeRateLimit } from '../../server/security/rate-limit.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../tests/support/engines.ts';
import { listAudit, recordAudit } from './audit.ts';
import { exportOrganization, importOrganization } from './org-transfer.ts';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from './invitations.ts';
import {
  changeMemberRole,
  createOrganization,
  deleteOrganization,
  leaveOrganization,
  listMembers,
  listMyOrganizations,
  openOrgScope,
  readOrganization,
  removeMember,
  transferOwnership,
  updateOrganization,
} from './organizations.ts';

/** The one better-auth call these tests need, typed narrowly. */
interface SignUpApi {
  api: {
    signUpEmail: (input: {
      body: { name: string; email: string; password: string };
    }) => Promise<{ user: { id: string } }>;
  };
}

describe.each(testEngines())('organisations on %s', (engine) => {
  let database: TestDatabase;
  let users: Record<'owner' | 'manager' | 'member' | 'advisor' | 'outsider', string>;

  async function createUser(auth: SignUpApi, name: string): Promise<string> {
    const result = await auth.api.signUpEmail({
      body: { name, email: `${name}@example.jp`, password: 'a long enough password' },
    });
    return result.user.id;
  }

  async function join(organizationId: string, inviter: string, role: 'manager' | 'member' | 'advisor', userId: string) {
    const scope = await openOrgScope(database.db, inviter, organizationId);
    const { token } = await createInvitation(scope, { role });
    await acceptInvitation(database.db, { token, userId });
  }

  beforeEach(async () => {
    database = await createTestDatabase(engine);
    await migrateToLatest(database.db);
    const auth = betterAuth(
      authOptions(database, 'test-secret-test-secret-test-secret-00', undefined),
    ) as unknown as SignUpApi;
    users = {
      owner: await createUser(auth, 'owner'),
      manager: await createUser(auth, 'manager'),
      member: await createUser(auth, 'member'),
      advisor: await createUser(auth, 'advisor'),
      outsider: await createUser(auth, 'outsider'),
    };
  });

  afterEach(async () => {
    await database.drop();
  });

  async function firmWithEveryRole() {
    const org = await createOrganization(database.db, users.owner, {
      name: '山田製作所',
      industry: 'E',
      sizeBand: 'small',
    });
    await join(org.id, users.owner, 'manager', users.manager);
    await join(org.id, users.owner, 'member', users.member);
    await join(org.id, users.owner, 'advisor', users.advisor);
    return org;
  }

  it('makes the creator the owner and lists the organisation for each member with their role', async () => {
    const org = await firmWithEveryRole();
    expect(await listMyOrganizations(database.db, users.owner)).toEqual([
      expect.objectContaining({ id: org.id, role: 'owner' }),
    ]);
    expect((await listMyOrganizations(database.db, users.advisor))[0]?.role).toBe('advisor');
    const members = await listMembers(await openOrgScope(database.db, users.owner, org.id));
    expect(members.map((m) => [m.email, m.role])).toEqual([
      ['owner@example.jp', 'owner'],
      ['manager@example.jp', 'manager'],
      ['member@example.jp', 'member'],
      ['advisor@example.jp', 'advisor'],
    ]);
  });

  it('answers "not found" to anyone outside the organisation', async () => {
    const org = await firmWithEveryRole();
    await expect(openOrgScope(database.db, users.outsider, org.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewInvitation(database.db, 'no-such-token')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('enforces the permission matrix in the data layer', async () => {
    const org = await firmWithEveryRole();
    const scopeOf = (user: keyof typeof users) => openOrgScope(database.db, users[user], org.id);
    const details = { name: '改名', industry: 'E', sizeBand: 'small' };
    await expect(updateOrganization(await scopeOf('member'), details)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateOrganization(await scopeOf('advisor'), details)).rejects.toBeInstanceOf(AccessDeniedError);
    await updateOrganization(await scopeOf('manager'), details);
    expect((await readOrganization(await scopeOf('member'))).name).toBe('改名');

    await expect(listMembers(await scopeOf('member'))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(createInvitation(await scopeOf('member'), { role: 'member' })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(createInvitation(await scopeOf('manager'), { role: 'advisor' })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(createInvitation(await scopeOf('advisor'), { role: 'member' })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await createInvitation(await scopeOf('manager'), { role: 'member' });

    for (const user of ['manager', 'member', 'advisor'] as const) {
      const scope = await scopeOf(user);
      await expect(changeMemberRole(scope, users.member, 'manager')).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(removeMember(scope, users.member)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(transferOwnership(scope, users.member)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(deleteOrganization(scope)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(exportOrganization(scope)).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it('keeps exactly one owner: roles change only by transfer, and not to an advisor', async () => {
    const org = await firmWithEveryRole();
    const owner = await openOrgScope(database.db, users.owner, org.id);
    await expect(changeMemberRole(owner, users.owner, 'member')).rejects.toBeInstanceOf(ConflictError);
    await expect(removeMember(owner, users.owner)).rejects.toBeInstanceOf(ConflictError);
    await expect(leaveOrganization(owner)).rejects.toBeInstanceOf(ConflictError);
    await expect(transferOwnership(owner, users.advisor)).rejects.toBeInstanceOf(ConflictError);
    expect(await changeMemberRole(owner, users.member, 'manager')).toBe('member');
    await transferOwnership(owner, users.manager);
    const roles = Object.fromEntries(
      (await listMembers(await openOrgScope(database.db, users.manager, org.id))).map((m) => [m.email, m.role]),
    );
    expect(roles['manager@example.jp']).toBe('owner');
    expect(roles['owner@example.jp']).toBe('manager');
  });

  it('lets an owner remove an advisor at any time, and a member leave', async () => {
    const org = await firmWithEveryRole();
    await removeMember(await openOrgScope(database.db, users.owner, org.id), users.advisor);
    await expect(openOrgScope(database.db, users.advisor, org.id)).rejects.toBeInstanceOf(NotFoundError);
    await leaveOrganization(await openOrgScope(database.db, users.member, org.id));
    expect(await listMyOrganizations(database.db, users.member)).toEqual([]);
  });

  it('uses each invitation once, never after expiry or revocation, and never across organisations', async () => {
    const org = await firmWithEveryRole();
    const owner = await openOrgScope(database.db, users.owner, org.id);
    const now = new Date('2026-11-25T00:00:00Z');
    const used = await createInvitation(owner, { role: 'member' }, now);
    await acceptInvitation(database.db, { token: used.token, userId: users.outsider, now });
    await expect(
      acceptInvitation(database.db, { token: used.token, userId: users.outsider, now }),
    ).rejects.toBeInstanceOf(ConflictError);

    const late = await createInvitation(owner, { role: 'member' }, now);
    const afterExpiry = new Date(now.getTime() + 8 * 86_400_000);
    expect((await previewInvitation(database.db, late.token, afterExpiry)).status).toBe('expired');
    await expect(
      acceptInvitation(database.db, { token: late.token, userId: users.outsider, now: afterExpiry }),
    ).rejects.toBeInstanceOf(ConflictError);

    const revoked = await createInvitation(owner, { role: 'member' }, now);
    await revokeInvitation(owner, revoked.id);
    await expect(
      acceptInvitation(database.db, { token: revoked.token, userId: users.outsider, now }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await listInvitations(owner, now)).map((i) => i.status).sort()).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'pending',
      'revoked',
    ]);

    const other = await createOrganization(database.db, users.outsider, {
      name: 'B社',
      industry: 'I',
      sizeBand: 'micro',
    });
    const otherScope = await openOrgScope(database.db, users.outsider, other.id);
    await expect(revokeInvitation(otherScope, late.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('deletes an organisation with its memberships and invitations, keeping other organisations', async () => {
    const org = await firmWithEveryRole();
    const other = await createOrganization(database.db, users.outsider, {
      name: 'B社',
      industry: 'I',
      sizeBand: 'micro',
    });
    await recordAudit(database.db, { organizationId: org.id, event: 'org.renamed' });
    await deleteOrganization(await openOrgScope(database.db, users.owner, org.id));
    for (const user of Object.values(users)) {
      expect((await listMyOrganizations(database.db, user)).map((o) => o.id)).not.toContain(org.id);
    }
    expect(
      await database.db.selectFrom('invitations').select('id').where('organization_id', '=', org.id).execute(),
    ).toEqual([]);
    expect(await listAudit(database.db, org.id)).toEqual([]);
    expect((await listMyOrganizations(database.db, users.outsider)).map((o) => o.id)).toEqual([other.id]);
  });

  it('exports an organisation and imports it as a new one owned by the importer', async () => {
    const org = await firmWithEveryRole();
    const { bytes } = await exportOrganization(await openOrgScope(database.db, users.owner, org.id));
    const imported = await importOrganization(database.db, users.outsider, bytes);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.organizationId).not.toBe(org.id);
    const copy = await readOrganization(await openOrgScope(database.db, users.outsider, imported.organizationId));
    expect(copy).toMatchObject({ name: '山田製作所', industry: 'E', sizeBand: 'small' });
    expect(await importOrganization(database.db, users.outsider, new Uint8Array([1, 2, 3]))).toEqual({
      ok: false,
      error: 'org.import.notZip',
    });
  });

  it('shows an owner the sign-ins of the members in the audit log', async () => {
    const org = await firmWithEveryRole();
    await recordAudit(database.db, {
      actorUserId: users.member,
      actorEmail: 'member@example.jp',
      event: 'auth.signIn',
      ip: '192.0.2.1',
    });
    await recordAudit(database.db, {
      actorUserId: users.outsider,
      actorEmail: 'outsider@example.jp',
      event: 'auth.signIn',
    });
    const entries = await listAudit(database.db, org.id);
    expect(entries.map((e) => e.actorEmail)).toContain('member@example.jp');
    expect(entries.map((e) => e.actorEmail)).not.toContain('outsider@example.jp');
    expect(entries.find((e) => e.actorEmail === 'member@example.jp')?.ip).toBe('192.0.2.1');
  });

  it('counts rate-limited attempts in the database and resets after the window', async () => {
    const t0 = 1_800_000_000_000;
    for (let i = 0; i < 3; i++)
      expect((await consumeRateLimit(database.db, 'k', 3, 60_000, t0 + i)).allowed).toBe(true);
    const blocked = await consumeRateLimit(database.db, 'k', 3, 60_000, t0 + 10);
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfter).toBeGreaterThan(0);
    expect((await consumeRateLimit(database.db, 'k', 3, 60_000, t0 + 60_000)).allowed).toBe(true);
    expect((await consumeRateLimit(database.db, 'other', 3, 60_000, t0 + 10)).allowed).toBe(true);
  });
});
