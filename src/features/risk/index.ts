export {
  evaluateRisk,
  heatMapCells,
  levelOf,
  levelRanges,
  likelihoodOf,
  type ForcedReason,
  type Rating,
  type RiskInput,
  type RiskLevel,
  type RiskMatrix,
  type RiskResult,
} from './matrix.ts';
export { parseRiskRequest, prefillQuery, riskFields, type InputProblem } from './risk-input.ts';
export { evaluateRequest } from './api.ts';
export {
  defaultRiskMatrix,
  findRiskMatrix,
  listRiskMatrices,
  loadCalculatorModel,
  loadStarterAssets,
  loadStarterModel,
} from './risk-data.ts';
export { calculatorModel, starterModel, type CalculatorModel, type StarterModel } from './page-models.ts';
export { assetsForIndustry, groupByCategory, type AssetCategory, type StarterAsset } from './starter-assets.ts';
export { riskEvaluatePath, riskOpenApiTag } from './openapi.ts';
export { default as RiskCalculatorPage } from './ui/risk-calculator-page.astro';
export { default as StarterAssetsPage } from './ui/starter-assets-page.astro';
