/**
 * The risk of an asset under a matrix: importance (with the reason it was raised), the inherent
 * risk from threat and vulnerability, and the residual risk after the planned measures.
 */
import { evaluateRisk, type RiskMatrix, type RiskResult } from '../risk/index.ts';
import { hasPersonalData, type AssetFields, type RiskFields } from './asset.ts';

export interface AssetAssessment {
  /** Importance as evaluateRisk computes it; threat/vulnerability do not change it. */
  importance: Pick<RiskResult, 'importance' | 'ratedImportance' | 'forcedReason'>;
  /** Present once threat and vulnerability are rated. */
  inherent?: RiskResult;
  /** Present once the risk after measures is known (see residualOf). */
  residual?: RiskResult;
}

/** What an asset's risk depends on: its ratings, flags and treatment, nothing descriptive. */
export type Assessable = Pick<
  AssetFields,
  'confidentiality' | 'integrity' | 'availability' | 'personal' | 'sensitive' | 'myNumber' | 'critical'
> &
  Pick<RiskFields, 'threat' | 'vulnerability' | 'treatment' | 'residualThreat' | 'residualVulnerability'>;

function inputOf(asset: Assessable, threat: 1 | 2 | 3, vulnerability: 1 | 2 | 3) {
  return {
    confidentiality: asset.confidentiality,
    integrity: asset.integrity,
    availability: asset.availability,
    personalData: hasPersonalData(asset),
    critical: asset.critical,
    threat,
    vulnerability,
  };
}

export function assessAsset(matrix: RiskMatrix, asset: Assessable): AssetAssessment {
  // Importance does not depend on the likelihood ratings; any pair gives the same answer.
  const base = evaluateRisk(matrix, inputOf(asset, 1, 1));
  const importance: AssetAssessment['importance'] = {
    importance: base.importance,
    ratedImportance: base.ratedImportance,
    ...(base.forcedReason ? { forcedReason: base.forcedReason } : {}),
  };
  const assessment: AssetAssessment = { importance };
  if (asset.threat !== null && asset.vulnerability !== null) {
    assessment.inherent = evaluateRisk(matrix, inputOf(asset, asset.threat, asset.vulnerability));
  }
  const residual = residualOf(matrix, asset);
  if (residual) assessment.residual = residual;
  return assessment;
}

/**
 * The risk that remains after the planned measures: rated by the residual threat and
 * vulnerability; when the firm keeps the risk as it is (保有) without rating it again, the
 * residual risk is the inherent one. Undefined while unknown.
 */
export function residualOf(matrix: RiskMatrix, asset: Assessable): RiskResult | undefined {
  if (asset.residualThreat !== null && asset.residualVulnerability !== null) {
    return evaluateRisk(matrix, inputOf(asset, asset.residualThreat, asset.residualVulnerability));
  }
  if (asset.treatment === 'accept' && asset.threat !== null && asset.vulnerability !== null) {
    return evaluateRisk(matrix, inputOf(asset, asset.threat, asset.vulnerability));
  }
  return undefined;
}

/**
 * What an acceptance of the residual risk stands for. When any of it changes the acceptance no
 * longer holds and is cleared: someone must look at the new risk again.
 */
export function acceptanceBasis(asset: Assessable): string {
  return JSON.stringify([
    asset.confidentiality,
    asset.integrity,
    asset.availability,
    hasPersonalData(asset),
    asset.critical,
    asset.threat,
    asset.vulnerability,
    asset.treatment,
    asset.residualThreat,
    asset.residualVulnerability,
  ]);
}
