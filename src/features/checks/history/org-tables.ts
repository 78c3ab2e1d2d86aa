/**
 * The checks feature's organisation table, for export, import and deletion of an organisation.
 * peer_submission_id "references" a table that is not registered, so an import sets it to null:
 * a copied organisation never shares (or could withdraw) the original's submission. Deleting an
 * organisation removes its results and so the only link to its submissions; those stay in the
 * statistics as the anonymous rows they always were (docs/security.md, "Peer benchmark").
 */
import { registerOrgTable } from '../../../server/db/org-data-registry.ts';

registerOrgTable({
  table: 'check_results',
  organizationColumn: 'organization_id',
  idColumn: 'id',
  references: { peer_submission_id: 'peer_submissions' },
});
