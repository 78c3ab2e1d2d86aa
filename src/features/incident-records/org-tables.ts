// The registry module only, not the accounts index: the middleware loads this file on every start.
import { registerOrgTable } from '../accounts/org-data-registry.ts';

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
