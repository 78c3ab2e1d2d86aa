import { registerOrgTable } from '../../server/db/org-data-registry.ts';

/** Incident records are organisation data: export, import and deletion of an organisation cover them. */
registerOrgTable({ table: 'incidents', organizationColumn: 'organization_id', idColumn: 'id' });
for (const table of ['incident_entries', 'incident_notices', 'incident_action_items']) {
  registerOrgTable({
    table,
    organizationColumn: 'organization_id',
    idColumn: 'id',
    references: { incident_id: 'incidents' },
  });
}
