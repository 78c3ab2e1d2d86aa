/** The starter list of typical SME information assets: grouping and filtering, no I/O. */
import type { AssetCategoryData, AssetStarterData } from '../../content/risk-schemas.ts';
import { industryCodes } from '../../content/risk-schemas.ts';

export type StarterAsset = AssetStarterData;
export type AssetCategory = AssetCategoryData;
export type IndustryCode = (typeof industryCodes)[number];

export function isIndustryCode(value: string): value is IndustryCode {
  return (industryCodes as readonly string[]).includes(value);
}

/** Assets typical for an industry: those listed for it and those for every industry. */
export function assetsForIndustry(assets: StarterAsset[], industry: IndustryCode | undefined): StarterAsset[] {
  if (!industry) return assets;
  return assets.filter((asset) => asset.industries[0] === 'all' || (asset.industries as string[]).includes(industry));
}

/**
 * Assets grouped by category in category order, categories without assets left out. Within a
 * category the assets that matter most come first: personal data, then the highest rating, then
 * the sum of the three ratings, then the id.
 */
export function groupByCategory(
  categories: AssetCategory[],
  assets: StarterAsset[],
): { category: AssetCategory; assets: StarterAsset[] }[] {
  const weight = (asset: StarterAsset) => [
    asset.personalData.length > 0 ? 1 : 0,
    Math.max(asset.confidentiality, asset.integrity, asset.availability),
    asset.confidentiality + asset.integrity + asset.availability,
  ];
  const byWeight = (a: StarterAsset, b: StarterAsset) => {
    const [wa, wb] = [weight(a), weight(b)];
    for (let index = 0; index < wa.length; index++) {
      const difference = (wb[index] ?? 0) - (wa[index] ?? 0);
      if (difference !== 0) return difference;
    }
    return a.id.localeCompare(b.id);
  };
  return [...categories]
    .sort((a, b) => a.order - b.order)
    .map((category) => ({
      category,
      assets: assets.filter((asset) => asset.category === category.id).sort(byWeight),
    }))
    .filter((group) => group.assets.length > 0);
}

/** Cross-entry rules the schemas cannot see: known categories, unique ids and orders. */
export function starterListProblems(categories: AssetCategory[], assets: StarterAsset[]): string[] {
  const problems: string[] = [];
  const known = new Set(categories.map((category) => category.id));
  for (const asset of assets) {
    if (!known.has(asset.category)) problems.push(`${asset.id}: unknown category "${asset.category}"`);
  }
  const orders = categories.map((category) => category.order);
  if (new Set(orders).size !== orders.length) problems.push('two categories share an order');
  for (const category of categories) {
    if (!assets.some((asset) => asset.category === category.id)) problems.push(`category ${category.id} has no assets`);
  }
  return problems;
}
