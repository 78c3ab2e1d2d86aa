/**
 * Who may do what in an organisation. The single source of the permission matrix in
 * docs/permissions.md; every data-layer function that changes an organisation checks it.
 */
export const roles = ['owner', 'manager', 'member', 'advisor'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'org.view',
  'org.rename',
  'org.delete',
  'org.export',
  'org.transferOwnership',
  'members.view',
  'members.changeRole',
  'members.remove',
  'invitations.createMember',
  'invitations.createManager',
  'invitations.createAdvisor',
  'invitations.revoke',
  'audit.view',
  'data.read',
  'data.write',
  'data.delete',
  'benchmark.share',
  'documents.approve',
  'documents.publish',
  'risks.accept',
  'risks.chooseMatrix',
] as const;
export type Action = (typeof actions)[number];

const matrix: Record<Role, readonly Action[]> = {
  owner: actions,
  manager: [
    'org.view',
    'org.rename',
    'members.view',
    'invitations.createMember',
    'invitations.revoke',
    'data.read',
    'data.write',
    'data.delete',
    'benchmark.share',
    'documents.approve',
    'risks.accept',
    'risks.chooseMatrix',
  ],
  member: ['org.view', 'data.read'],
  // An advisor supports the firm's work but never manages who belongs to it.
  advisor: ['org.view', 'members.view', 'data.read', 'data.write'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function can(role: Role, action: Action): boolean {
  return matrix[role].includes(action);
}

/** Which roles a given role may invite. */
export function invitableRoles(role: Role): Role[] {
  const result: Role[] = [];
  if (can(role, 'invitations.createMember')) result.push('member');
  if (can(role, 'invitations.createManager')) result.push('manager');
  if (can(role, 'invitations.createAdvisor')) result.push('advisor');
  return result;
}
