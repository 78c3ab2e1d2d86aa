/** Responses of POST /api/v1/risk/evaluate (src/pages/api/v1/risk/evaluate.ts). */
import { jsonError } from '../../../server/http/error-response.ts';
import { jsonOk, readJsonBody, requestLocale } from '../../../server/http/json-api.ts';
import { evaluateRequest } from '../api.ts';
import { defaultRiskMatrix } from '../risk-data.ts';

export async function evaluateResponse(request: Request): Promise<Response> {
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const outcome = evaluateRequest(await defaultRiskMatrix(), read.body, requestLocale(request));
  if (!outcome.ok) return jsonError(outcome.status, outcome.code, outcome.message, outcome.details);
  return jsonOk(outcome.body);
}
