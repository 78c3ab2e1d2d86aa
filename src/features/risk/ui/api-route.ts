/** Responses of POST /api/v1/risk/evaluate (src/pages/api/v1/risk/evaluate.ts). */
import { AppError } from '../../../server/errors.ts';
import { jsonOk, readApiJson, requestLocale, runApi } from '../../../server/http/json-api.ts';
import { evaluateRequest } from '../api.ts';
import { defaultRiskMatrix } from '../risk-data.ts';

export function evaluateResponse(request: Request): Promise<Response> {
  return runApi(request, async () => {
    const body = await readApiJson(request);
    const outcome = evaluateRequest(await defaultRiskMatrix(), body, requestLocale(request));
    if (!outcome.ok) throw new AppError(outcome.code, { details: outcome.details });
    return jsonOk(outcome.body);
  });
}
