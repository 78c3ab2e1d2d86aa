/** The register with its matrix, as pages and the API need it: loads and assesses in one go. */
import type { OrgScope } from '../accounts/index.ts';
import { defaultRiskMatrix, findRiskMatrix, type RiskMatrix } from '../risk/index.ts';
import { assessAsset } from './asset-risk.ts';
import { listAssetRatings, listAssets, readMatrixChoice } from './asset-store.ts';
import type { AssetRating } from './asset-rows.ts';
import type { AssetAssessment } from './asset-risk.ts';
import { topRisks, type AssessedAsset } from './register-query.ts';

/** The organisation's chosen matrix; the default one when none (or one no longer provided) was chosen. */
export async function loadOrgMatrix(scope: OrgScope): Promise<RiskMatrix> {
  const chosen = await readMatrixChoice(scope);
  return (chosen ? await findRiskMatrix(chosen) : undefined) ?? (await defaultRiskMatrix());
}

export async function loadRegister(scope: OrgScope): Promise<{ matrix: RiskMatrix; entries: AssessedAsset[] }> {
  const [matrix, assets] = await Promise.all([loadOrgMatrix(scope), listAssets(scope)]);
  return { matrix, entries: assets.map((asset) => ({ asset, assessment: assessAsset(matrix, asset) })) };
}

/**
 * The highest risks of the organisation and how many assets it has, from the ratings alone
 * (the dashboard card).
 */
export async function loadTopRisks(
  scope: OrgScope,
  count: number,
): Promise<{ assetCount: number; top: { asset: AssetRating; assessment: AssetAssessment }[] }> {
  const [matrix, ratings] = await Promise.all([loadOrgMatrix(scope), listAssetRatings(scope)]);
  const entries = ratings.map((asset) => ({ asset, assessment: assessAsset(matrix, asset) }));
  return { assetCount: ratings.length, top: topRisks(entries, count) };
}
