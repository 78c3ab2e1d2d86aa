/**
 * Every route that shows or changes organisation data, for the tenant-isolation harness.
 * Features add their routes here. `{org}` is replaced by organisation A's id; other ids are
 * taken from A's data by the harness.
 */
export interface OrgRoute {
  method: 'GET' | 'POST';
  path: string;
  /** Form fields for POST routes. */
  fields?: Record<string, string>;
}

export const orgRoutes: OrgRoute[] = [
  { method: 'GET', path: '/app' },
  { method: 'GET', path: '/app/settings/organization' },
  { method: 'GET', path: '/app/settings/organization/export' },
  { method: 'GET', path: '/app/settings/organization/delete' },
  { method: 'GET', path: '/app/audit' },
  { method: 'GET', path: '/app/clients' },
  { method: 'GET', path: '/app/organizations' },
  { method: 'POST', path: '/app/organizations', fields: { organizationId: '{org}' } },
  {
    method: 'POST',
    path: '/app/settings/organization',
    fields: { intent: 'rename', name: 'hijacked', industry: 'A', sizeBand: 'micro' },
  },
  { method: 'POST', path: '/app/settings/organization', fields: { intent: 'remove', userId: '{ownerA}' } },
  { method: 'POST', path: '/app/settings/organization', fields: { intent: 'revoke', invitationId: '{invitationA}' } },
  { method: 'POST', path: '/app/settings/organization/delete', fields: { confirmation: '{orgNameA}' } },
];
