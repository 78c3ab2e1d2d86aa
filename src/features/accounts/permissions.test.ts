import { describe, expect, it } from 'vitest';
import { actions, can, invitableRoles, roles } from './permissions.ts';

describe('permission matrix', () => {
  it('gives the owner every action', () => {
    for (const action of actions) expect(can('owner', action), action).toBe(true);
  });

  it('keeps membership management with the owner', () => {
    for (const role of ['manager', 'member', 'advisor'] as const) {
      expect(can(role, 'members.changeRole')).toBe(false);
      expect(can(role, 'members.remove')).toBe(false);
      expect(can(role, 'org.delete')).toBe(false);
      expect(can(role, 'org.export')).toBe(false);
      expect(can(role, 'org.transferOwnership')).toBe(false);
      expect(can(role, 'audit.view')).toBe(false);
      expect(can(role, 'invitations.createAdvisor')).toBe(false);
    }
  });

  it('lets members read but not change organisation data', () => {
    expect(can('member', 'data.read')).toBe(true);
    expect(can('member', 'data.write')).toBe(false);
    expect(can('member', 'members.view')).toBe(false);
  });

  it('lets advisors work on data without managing people', () => {
    expect(can('advisor', 'data.write')).toBe(true);
    expect(can('advisor', 'documents.approve')).toBe(false);
    expect(invitableRoles('advisor')).toEqual([]);
  });

  it('keeps deleting saved results and sharing them with peers for the owner and managers', () => {
    for (const action of ['data.delete', 'benchmark.share'] as const) {
      expect(roles.filter((role) => can(role, action))).toEqual(['owner', 'manager']);
    }
  });

  it('lets managers invite members only', () => {
    expect(invitableRoles('manager')).toEqual(['member']);
    expect(invitableRoles('owner')).toEqual(['member', 'manager', 'advisor']);
  });

  it('covers every role', () => {
    expect(roles).toEqual(['owner', 'manager', 'member', 'advisor']);
  });
});
