/**
 * Staged imports: the parsed and validated spreadsheet is kept server-side between the preview
 * and the commit, scoped by organisation, for one hour. The commit reads only what was staged
 * here, so nothing the browser sends after the preview can change what is imported.
 */
import { randomUUID } from 'node:crypto';
import { requirePermission, type OrgScope } from '../accounts/index.ts';
import { ConflictError, NotFoundError } from '../../server/errors.ts';
import { insertAssets } from './asset-store.ts';
import type { PreviewRow } from './sheet-import.ts';

const LIFETIME_MS = 60 * 60 * 1000;

export interface StagedImport {
  id: string;
  fileName: string;
  rows: PreviewRow[];
  problemCount: number;
  createdAt: string;
}

export async function stageImport(
  scope: OrgScope,
  { fileName, rows, problemCount }: { fileName: string; rows: PreviewRow[]; problemCount: number },
): Promise<string> {
  requirePermission(scope, 'data.write');
  const now = new Date();
  const id = randomUUID();
  await scope.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('asset_imports')
      .where('organization_id', '=', scope.organizationId)
      .where('expires_at', '<', now.toISOString())
      .execute();
    await trx
      .insertInto('asset_imports')
      .values({
        id,
        organization_id: scope.organizationId,
        created_by: scope.userId,
        file_name: fileName.slice(0, 200),
        row_count: rows.length,
        problem_count: problemCount,
        rows: JSON.stringify(rows),
        problems: '[]',
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + LIFETIME_MS).toISOString(),
      })
      .execute();
  });
  return id;
}

export async function readStagedImport(scope: OrgScope, id: string): Promise<StagedImport> {
  requirePermission(scope, 'data.write');
  const row = await scope.db
    .selectFrom('asset_imports')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .where('expires_at', '>=', new Date().toISOString())
    .executeTakeFirst();
  if (!row) throw new NotFoundError('import_not_found');
  return {
    id: row.id,
    fileName: row.file_name,
    rows: JSON.parse(row.rows) as PreviewRow[],
    problemCount: Number(row.problem_count),
    createdAt: row.created_at,
  };
}

/** Adds every staged row in one transaction, or none when any row has a problem. */
export async function commitImport(scope: OrgScope, id: string): Promise<number> {
  requirePermission(scope, 'data.write');
  return scope.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('asset_imports')
      .selectAll()
      .where('organization_id', '=', scope.organizationId)
      .where('id', '=', id)
      .where('expires_at', '>=', new Date().toISOString())
      .executeTakeFirst();
    if (!row) throw new NotFoundError('import_not_found');
    if (Number(row.problem_count) > 0) throw new ConflictError('import_has_problems');
    const rows = JSON.parse(row.rows) as PreviewRow[];
    const entries = rows.flatMap((preview) =>
      preview.value ? [{ fields: preview.value.fields, risk: preview.value.risk }] : [],
    );
    if (entries.length !== rows.length) throw new ConflictError('import_has_problems');
    await insertAssets(trx, scope.organizationId, entries);
    await trx
      .deleteFrom('asset_imports')
      .where('organization_id', '=', scope.organizationId)
      .where('id', '=', id)
      .execute();
    return entries.length;
  });
}

export async function discardImport(scope: OrgScope, id: string): Promise<void> {
  requirePermission(scope, 'data.write');
  await scope.db
    .deleteFrom('asset_imports')
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .execute();
}
