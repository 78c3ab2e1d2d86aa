import { registerOrgTable } from '../../server/db/org-data-registry.ts';
import { randomSlug } from './slug.ts';

/**
 * The document tables in the organisation export/import/delete registry. An imported
 * organisation gets a fresh random slug and starts unpublished: the slug is unique across
 * organisations, and publishing is a choice its owner makes again.
 */
export function registerDocumentTables(): void {
  registerOrgTable({ table: 'document_answers', organizationColumn: 'organization_id', idColumn: 'id' });
  registerOrgTable({ table: 'document_versions', organizationColumn: 'organization_id', idColumn: 'id' });
  registerOrgTable({
    table: 'document_publications',
    organizationColumn: 'organization_id',
    idColumn: 'id',
    prepareImport: (row) => ({ ...row, slug: randomSlug(), published: 0, published_by: null, published_at: null }),
  });
  registerOrgTable({
    table: 'document_acknowledgements',
    organizationColumn: 'organization_id',
    idColumn: 'id',
    references: { version_id: 'document_versions' },
  });
}
