/** Loads the risk matrices and the starter list of assets from the content collections. */
import { getCollection } from 'astro:content';
import { matrixSetProblems, type RiskMatrix } from './matrix.ts';
import { calculatorModel, starterModel } from './page-models.ts';
import { starterListProblems, type AssetCategory, type StarterAsset } from './starter-assets.ts';

let matrices: Promise<RiskMatrix[]> | undefined;
let starters: Promise<{ categories: AssetCategory[]; assets: StarterAsset[] }> | undefined;

/** The provided matrices in display order; fails loudly when the set is unusable. */
export function listRiskMatrices(): Promise<RiskMatrix[]> {
  matrices ??= getCollection('riskMatrices').then((entries) => {
    const list = entries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
    const problems = matrixSetProblems(list);
    if (problems.length > 0) throw new Error(`risk matrices: ${problems.join('; ')}`);
    return list;
  });
  return matrices;
}

export async function defaultRiskMatrix(): Promise<RiskMatrix> {
  return (await listRiskMatrices()).find((matrix) => matrix.default) as RiskMatrix;
}

export async function findRiskMatrix(id: string): Promise<RiskMatrix | undefined> {
  return (await listRiskMatrices()).find((matrix) => matrix.id === id);
}

/** The starter list of typical assets and its business categories, checked against each other. */
export function loadStarterAssets(): Promise<{ categories: AssetCategory[]; assets: StarterAsset[] }> {
  starters ??= Promise.all([getCollection('assetCategories'), getCollection('assetStarters')]).then(
    ([categoryEntries, assetEntries]) => {
      const categories = categoryEntries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
      const assets = assetEntries.map((entry) => entry.data);
      const problems = starterListProblems(categories, assets);
      if (problems.length > 0) throw new Error(`starter assets: ${problems.join('; ')}`);
      return { categories, assets };
    },
  );
  return starters;
}

/** The calculator page's model for a URL (see page-models.ts). */
export async function loadCalculatorModel(url: URL) {
  const [matrices, { assets }] = await Promise.all([listRiskMatrices(), loadStarterAssets()]);
  return calculatorModel(url, matrices, assets);
}

/** The starter-list page's model for a URL, with the default matrix for importance. */
export async function loadStarterModel(url: URL) {
  const [{ categories, assets }, matrix] = await Promise.all([loadStarterAssets(), defaultRiskMatrix()]);
  return { ...starterModel(url, categories, assets), matrix };
}
