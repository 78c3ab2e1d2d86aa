/** Responses of POST /api/v1/risk/evaluate (src/pages/api/v1/risk/evaluate.ts). */
import { t } from '../../../i18n/index.ts';
import { jsonError } from '../../../server/http/error-response.ts';
import { apiLocale, evaluateRequest } from '../api.ts';
import { defaultRiskMatrix } from '../risk-data.ts';

export async function evaluateResponse(request: Request): Promise<Response> {
  const locale = apiLocale(request.headers.get('accept-language'));
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return jsonError(415, 'unsupported_media_type', t(locale, 'risk.api.unsupportedMediaType'));
  }
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return jsonError(400, 'invalid_json', t(locale, 'risk.api.invalidJson'));
  }
  const outcome = evaluateRequest(await defaultRiskMatrix(), body, locale);
  if (!outcome.ok) return jsonError(outcome.status, outcome.code, outcome.message, outcome.details);
  return new Response(JSON.stringify(outcome.body), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** Any other method. */
export function evaluateMethodNotAllowed(request: Request): Response {
  const locale = apiLocale(request.headers.get('accept-language'));
  const response = jsonError(405, 'method_not_allowed', t(locale, 'risk.api.methodNotAllowed', { allow: 'POST' }));
  response.headers.set('allow', 'POST');
  return response;
}
