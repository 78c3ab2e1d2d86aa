/**
 * Data access of the asset register. Every function takes an OrgScope and filters by its
 * organisation id; the permission is checked before any query.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction, Updateable } from 'kysely';
import { requirePermission, type OrgScope } from '../accounts/index.ts';
import type { Database } from '../../server/db/index.ts';
import type { AssetsTable } from '../../server/db/schema.ts';
import { ConflictError, NotFoundError } from '../../server/errors.ts';
import type { RiskMatrix } from '../risk/index.ts';
import { emptyRisk, type Asset, type AssetFields, type RiskFields } from './asset.ts';
import { acceptanceBasis, residualOf } from './asset-risk.ts';
import {
  assetFromRow,
  ledgerColumns,
  noAcceptance,
  ratingColumns,
  ratingFromRow,
  riskColumns,
  type AssetRating,
} from './asset-rows.ts';

export async function listAssets(scope: OrgScope): Promise<Asset[]> {
  requirePermission(scope, 'data.read');
  const rows = await scope.db
    .selectFrom('assets')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(assetFromRow);
}

/**
 * Only what the risks are computed from, for every asset of the organisation: the dashboard card
 * needs no descriptions, and reading them for a register of thousands made it slow.
 */
export async function listAssetRatings(scope: OrgScope): Promise<AssetRating[]> {
  requirePermission(scope, 'data.read');
  const rows = await scope.db
    .selectFrom('assets')
    .select(ratingColumns)
    .where('organization_id', '=', scope.organizationId)
    .execute();
  return rows.map(ratingFromRow);
}

export async function readAsset(scope: OrgScope, id: string): Promise<Asset> {
  requirePermission(scope, 'data.read');
  const row = await scope.db
    .selectFrom('assets')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('asset_not_found');
  return assetFromRow(row);
}

// Rows per INSERT: well below the bound-parameter limits of both engines (31 columns each).
const BATCH = 300;

/** Inserts many assets in the given transaction, in batches; returns their ids. */
export async function insertAssets(
  trx: Transaction<Database> | Kysely<Database>,
  organizationId: string,
  entries: { fields: AssetFields; risk?: RiskFields }[],
): Promise<string[]> {
  const now = new Date().toISOString();
  const ids: string[] = [];
  for (let start = 0; start < entries.length; start += BATCH) {
    const values = entries.slice(start, start + BATCH).map((entry) => {
      const id = randomUUID();
      ids.push(id);
      return {
        id,
        organization_id: organizationId,
        ...ledgerColumns(entry.fields),
        ...riskColumns(entry.risk ?? emptyRisk),
        ...noAcceptance,
        created_at: now,
        updated_at: now,
      };
    });
    await trx.insertInto('assets').values(values).execute();
  }
  return ids;
}

export async function createAssets(
  scope: OrgScope,
  entries: { fields: AssetFields; risk?: RiskFields }[],
): Promise<string[]> {
  requirePermission(scope, 'data.write');
  if (entries.length === 0) return [];
  return scope.db.transaction().execute((trx) => insertAssets(trx, scope.organizationId, entries));
}

/**
 * Writes columns of an asset that change it from `before` to `after`. When what an acceptance
 * stood for changes (see acceptanceBasis), the acceptance is cleared in the same statement.
 */
async function writeAsset(
  db: Kysely<Database>,
  organizationId: string,
  change: { before: Asset; after: Asset; columns: Updateable<AssetsTable>; now: string },
): Promise<void> {
  const { before, after, columns, now } = change;
  const keep = acceptanceBasis(before) === acceptanceBasis(after);
  await db
    .updateTable('assets')
    .set({ ...columns, ...(keep ? {} : noAcceptance), updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', before.id)
    .execute();
}

/** Changes some fields of an asset, writing all of its register and risk columns. */
async function updateAsset(scope: OrgScope, id: string, fields: AssetFields | RiskFields): Promise<void> {
  requirePermission(scope, 'data.write');
  const before = await readAsset(scope, id);
  const after = { ...before, ...fields };
  const columns = { ...ledgerColumns(after), ...riskColumns(after) };
  await writeAsset(scope.db, scope.organizationId, { before, after, columns, now: new Date().toISOString() });
}

export async function updateAssetFields(scope: OrgScope, id: string, fields: AssetFields): Promise<void> {
  await updateAsset(scope, id, fields);
}

export async function updateAssetRisk(scope: OrgScope, id: string, risk: RiskFields): Promise<void> {
  await updateAsset(scope, id, risk);
}

export async function deleteAsset(scope: OrgScope, id: string): Promise<void> {
  requirePermission(scope, 'data.write');
  const result = await scope.db
    .deleteFrom('assets')
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new NotFoundError('asset_not_found');
}

export interface CiaChange {
  confidentiality?: 1 | 2 | 3;
  integrity?: 1 | 2 | 3;
  availability?: 1 | 2 | 3;
}

/**
 * Sets the given ratings on the selected assets, all or none: an id outside the organisation
 * makes the whole change fail. Acceptances that no longer hold are cleared.
 */
export async function bulkSetCia(scope: OrgScope, ids: string[], change: CiaChange): Promise<number> {
  requirePermission(scope, 'data.write');
  const unique = [...new Set(ids)];
  if (unique.length === 0) return 0;
  return scope.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('assets')
      .selectAll()
      .where('organization_id', '=', scope.organizationId)
      .where('id', 'in', unique)
      .execute();
    if (rows.length !== unique.length) throw new NotFoundError('asset_not_found');
    const now = new Date().toISOString();
    for (const row of rows) {
      const before = assetFromRow(row);
      // Only the ratings are written: the other columns stay exactly as stored.
      await writeAsset(trx, scope.organizationId, { before, after: { ...before, ...change }, columns: change, now });
    }
    return rows.length;
  });
}

/** Records that the signed-in owner or manager accepts the asset's residual risk. */
export async function acceptResidualRisk(
  scope: OrgScope,
  { id, matrix, who, comment }: { id: string; matrix: RiskMatrix; who: { name: string }; comment: string },
): Promise<void> {
  requirePermission(scope, 'risks.accept');
  const asset = await readAsset(scope, id);
  if (!residualOf(matrix, asset)) throw new ConflictError('residual_unknown');
  await scope.db
    .updateTable('assets')
    .set({
      accepted_by: scope.userId,
      accepted_by_name: who.name,
      accepted_at: new Date().toISOString(),
      acceptance_comment: comment,
    })
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .execute();
}

export async function withdrawAcceptance(scope: OrgScope, id: string): Promise<void> {
  requirePermission(scope, 'risks.accept');
  await readAsset(scope, id);
  await scope.db
    .updateTable('assets')
    .set({ ...noAcceptance, updated_at: new Date().toISOString() })
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .execute();
}

/** The id of the matrix the organisation chose, or undefined for the default one. */
export async function readMatrixChoice(scope: OrgScope): Promise<string | undefined> {
  requirePermission(scope, 'data.read');
  const row = await scope.db
    .selectFrom('risk_settings')
    .select('matrix_id')
    .where('organization_id', '=', scope.organizationId)
    .executeTakeFirst();
  return row?.matrix_id;
}

export async function writeMatrixChoice(scope: OrgScope, matrixId: string): Promise<void> {
  requirePermission(scope, 'risks.chooseMatrix');
  const now = new Date().toISOString();
  await scope.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('risk_settings')
      .set({ matrix_id: matrixId, updated_at: now })
      .where('organization_id', '=', scope.organizationId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      await trx
        .insertInto('risk_settings')
        .values({ id: randomUUID(), organization_id: scope.organizationId, matrix_id: matrixId, updated_at: now })
        .execute();
    }
  });
}
