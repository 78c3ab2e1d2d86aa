import { registerOrgTable } from '../../server/db/org-data-registry.ts';

/** The emergency manual's draft and versions are organisation data (export, import, deletion). */
registerOrgTable({ table: 'manual_drafts', organizationColumn: 'organization_id', idColumn: 'id' });
registerOrgTable({ table: 'manual_versions', organizationColumn: 'organization_id', idColumn: 'id' });
