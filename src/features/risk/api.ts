/**
 * POST /api/v1/risk/evaluate (PRODUCT.md §7) as a pure function from a parsed body to a status
 * and a JSON body; ui/api-route.ts turns it into a response. Nothing is stored.
 */
import { t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { evaluateRisk, type RiskMatrix } from './matrix.ts';
import { parseRiskRequest } from './risk-input.ts';

export type EvaluateOutcome =
  | {
      ok: true;
      body: {
        importance: number;
        likelihood: number;
        value: number;
        level: 'high' | 'medium' | 'low';
        forcedReason?: string;
        matrix: string;
      };
    }
  | {
      ok: false;
      status: 400;
      code: 'invalid_risk_input';
      message: string;
      details: { field: string; code: string; message: string }[];
    };

export function evaluateRequest(matrix: RiskMatrix, body: unknown, locale: Locale): EvaluateOutcome {
  const parsed = parseRiskRequest(body);
  if (!parsed.ok) {
    return {
      ok: false,
      status: 400,
      code: 'invalid_risk_input',
      message: t(locale, 'risk.api.invalidInput'),
      details: parsed.problems.map(({ field, code }) => ({
        field,
        code,
        message: t(locale, `risk.apiProblem.${code}` as MessageKey, { field }),
      })),
    };
  }
  const result = evaluateRisk(matrix, parsed.input);
  return {
    ok: true,
    body: {
      importance: result.importance,
      likelihood: result.likelihood,
      value: result.value,
      level: result.level,
      ...(result.forcedReason ? { forcedReason: result.forcedReason } : {}),
      matrix: matrix.id,
    },
  };
}
