/**
 * Risk evaluation (情報資産のリスク値): a pure function of a risk matrix and the ratings of one
 * asset. The same function serves the API, the calculator page and, later, the register.
 */
import type { RiskMatrixData } from '../../content/risk-schemas.ts';

export type RiskMatrix = RiskMatrixData;
export type Rating = 1 | 2 | 3;
export type RiskLevel = 'high' | 'medium' | 'low';

/** Why importance was raised above the highest C/I/A rating. */
export type ForcedReason = 'personalData' | 'critical' | 'personalDataAndCritical';

export interface RiskInput {
  confidentiality: Rating;
  integrity: Rating;
  availability: Rating;
  /** The asset holds personal data (個人情報, 要配慮個人情報 or 特定個人情報). */
  personalData: boolean;
  /** An incident would bring legal liability, large harm to others, or a serious blow to the business. */
  critical: boolean;
  /** How often the threat occurs (脅威). */
  threat: Rating;
  /** How exposed the asset is under current measures (脆弱性). */
  vulnerability: Rating;
}

export interface RiskResult {
  /** The highest of the three ratings, before any raise. */
  ratedImportance: Rating;
  importance: Rating;
  /** Present only when importance was raised above ratedImportance. */
  forcedReason?: ForcedReason;
  likelihood: Rating;
  /** importance × likelihood: 1, 2, 3, 4, 6 or 9. */
  value: number;
  level: RiskLevel;
}

export const ratings: readonly Rating[] = [1, 2, 3];

/** Likelihood (被害発生可能性) of a threat and a vulnerability under the matrix. */
export function likelihoodOf(matrix: RiskMatrix, threat: Rating, vulnerability: Rating): Rating {
  const value = matrix.likelihood[threat - 1]?.[vulnerability - 1];
  if (value === undefined) throw new RangeError(`no likelihood for threat ${threat}, vulnerability ${vulnerability}`);
  return value as Rating;
}

/** The level of a risk value: the first level, from high down, whose minimum it reaches. */
export function levelOf(matrix: RiskMatrix, value: number): RiskLevel {
  const entry = matrix.levels.find((candidate) => value >= candidate.min);
  if (!entry) throw new RangeError(`risk value ${value} is below every level`);
  return entry.level;
}

export function evaluateRisk(matrix: RiskMatrix, input: RiskInput): RiskResult {
  const ratedImportance = Math.max(input.confidentiality, input.integrity, input.availability) as Rating;
  const raise = input.personalData || input.critical;
  const importance = (raise ? Math.max(ratedImportance, matrix.importance.forcedTo) : ratedImportance) as Rating;
  const likelihood = likelihoodOf(matrix, input.threat, input.vulnerability);
  const value = importance * likelihood;
  const result: RiskResult = { ratedImportance, importance, likelihood, value, level: levelOf(matrix, value) };
  if (importance > ratedImportance) {
    result.forcedReason =
      input.personalData && input.critical
        ? 'personalDataAndCritical'
        : input.personalData
          ? 'personalData'
          : 'critical';
  }
  return result;
}

export interface HeatMapCell {
  importance: Rating;
  likelihood: Rating;
  value: number;
  level: RiskLevel;
}

/** The 3 × 3 grid of importance × likelihood, rows from importance 3 down to 1. */
export function heatMapCells(matrix: RiskMatrix): HeatMapCell[][] {
  return [3, 2, 1].map((importance) =>
    ratings.map((likelihood) => {
      const value = importance * likelihood;
      return { importance: importance as Rating, likelihood, value, level: levelOf(matrix, value) };
    }),
  );
}

/** The value ranges of each level under a matrix, e.g. high 6–9, for legends. */
export function levelRanges(matrix: RiskMatrix): { level: RiskLevel; min: number; max: number; values: number[] }[] {
  const values = [...new Set(ratings.flatMap((i) => ratings.map((l) => i * l)))].sort((a, b) => a - b);
  return matrix.levels.map((entry) => {
    const own = values.filter((value) => levelOf(matrix, value) === entry.level);
    return { level: entry.level, min: Math.min(...own), max: Math.max(...own), values: own };
  });
}

/** Exactly one default matrix, unique ids: the problems found, empty when the set is usable. */
export function matrixSetProblems(matrices: RiskMatrix[]): string[] {
  const problems: string[] = [];
  const defaults = matrices.filter((matrix) => matrix.default);
  if (defaults.length !== 1) {
    problems.push(
      `exactly one risk matrix must be the default, found ${defaults.map((m) => m.id).join(', ') || 'none'}`,
    );
  }
  const ids = matrices.map((matrix) => matrix.id);
  for (const id of new Set(ids))
    if (ids.filter((other) => other === id).length > 1) problems.push(`duplicate id ${id}`);
  return problems;
}
