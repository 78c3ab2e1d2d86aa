/**
 * What the calculator and the starter-list pages show, worked out from the URL and the data
 * before rendering starts, so that the page route can set the status (400 for bad input) while
 * headers can still change. Pure: the data comes in as arguments.
 */
import { evaluateRisk, type RiskMatrix, type RiskResult } from './matrix.ts';
import { parseRiskForm, riskFields, type InputProblem, type RiskForm } from './risk-input.ts';
import {
  assetsForIndustry,
  groupByCategory,
  isIndustryCode,
  type AssetCategory,
  type IndustryCode,
  type StarterAsset,
} from './starter-assets.ts';

export interface CalculatorModel {
  status: 200 | 400;
  matrices: RiskMatrix[];
  /** The chosen matrix, or the default one when none or an unknown one was chosen. */
  matrix: RiskMatrix;
  /** The starter asset the calculator was opened for, if any. */
  asset?: StarterAsset;
  form: RiskForm;
  /** Every problem, in the order of the form: the seven fields, the matrix, the asset. */
  problems: InputProblem[];
  result?: RiskResult;
}

const problemOrder: string[] = [...riskFields, 'matrix', 'asset'];

export function calculatorModel(url: URL, matrices: RiskMatrix[], assets: StarterAsset[]): CalculatorModel {
  const form = parseRiskForm(url.searchParams, ['matrix', 'asset']);
  const problems = [...form.problems];
  const fallback = matrices.find((each) => each.default);
  if (!fallback) throw new Error('no default risk matrix');
  const matrixId = form.extras['matrix'];
  const chosen = matrixId === undefined ? fallback : matrices.find((each) => each.id === matrixId);
  if (!chosen) problems.push({ field: 'matrix', code: 'out_of_range' });
  const assetId = form.extras['asset'];
  const asset = assetId === undefined ? undefined : assets.find((each) => each.id === assetId);
  if (assetId !== undefined && !asset) problems.push({ field: 'asset', code: 'out_of_range' });
  problems.sort((a, b) => problemOrder.indexOf(a.field) - problemOrder.indexOf(b.field));
  const matrix = chosen ?? fallback;
  const model: CalculatorModel = { status: problems.length > 0 ? 400 : 200, matrices, matrix, form, problems };
  if (asset) model.asset = asset;
  if (problems.length === 0 && form.input) model.result = evaluateRisk(matrix, form.input);
  return model;
}

export interface StarterModel {
  status: 200 | 400;
  industry?: IndustryCode;
  count: number;
  groups: { category: AssetCategory; assets: StarterAsset[] }[];
}

/** The starter list for `?industry=` (a JSIC letter); anything else in the query is refused. */
export function starterModel(url: URL, categories: AssetCategory[], assets: StarterAsset[]): StarterModel {
  const given = url.searchParams.getAll('industry').filter((value) => value !== '');
  const unknownParams = [...url.searchParams.keys()].some((key) => key !== 'industry');
  const first = given[0];
  const valid = !unknownParams && given.length <= 1 && (first === undefined || isIndustryCode(first));
  const industry = valid && first !== undefined && isIndustryCode(first) ? first : undefined;
  const shown = assetsForIndustry(assets, industry);
  return {
    status: valid ? 200 : 400,
    ...(industry ? { industry } : {}),
    count: shown.length,
    groups: groupByCategory(categories, shown),
  };
}
