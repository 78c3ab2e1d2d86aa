/** The asset register's tables in the organisation export/import/delete registry. */
import { registerOrgTable } from '../../server/db/org-data-registry.ts';

// Parents before children; staged imports are transient and stay out of exports.
registerOrgTable({ table: 'risk_settings', organizationColumn: 'organization_id', idColumn: 'id' });
registerOrgTable({ table: 'assets', organizationColumn: 'organization_id', idColumn: 'id' });
