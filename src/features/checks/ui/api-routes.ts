/** Responses of the question-set API routes (src/pages/api/v1/question-sets/…). */
import { t } from '../../../i18n/index.ts';
import { jsonError } from '../../../server/http/error-response.ts';
import { apiLocale, questionSetDocument, questionSetSummary, scoreRequest } from '../api.ts';
import { getQuestionSet, loadQuestionSets } from '../question-sets.ts';

function json(body: unknown, cacheControl: string): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': cacheControl },
  });
}

/** GET /api/v1/question-sets */
export async function listQuestionSetsResponse(): Promise<Response> {
  const sets = [...(await loadQuestionSets()).values()];
  return json({ questionSets: sets.map(questionSetSummary) }, 'public, max-age=300');
}

/** GET /api/v1/question-sets/{id} */
export async function questionSetResponse(id: string | undefined, request: Request): Promise<Response> {
  const set = id ? await getQuestionSet(id) : undefined;
  if (!set) return notFound(id, request);
  return json(questionSetDocument(set), 'public, max-age=300');
}

/** POST /api/v1/question-sets/{id}/score */
export async function scoreResponse(id: string | undefined, request: Request): Promise<Response> {
  const locale = apiLocale(request.headers.get('accept-language'));
  const set = id ? await getQuestionSet(id) : undefined;
  if (!set) return notFound(id, request);
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    return jsonError(415, 'unsupported_media_type', t(locale, 'check.api.unsupportedMediaType'));
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return jsonError(400, 'invalid_json', t(locale, 'check.api.invalidJson'));
  }
  const outcome = scoreRequest(set, body, locale);
  if (!outcome.ok)
    return jsonError(outcome.error.status, outcome.error.code, outcome.error.message, outcome.error.details);
  return json(outcome.body, 'no-store');
}

/** Any other method on an API route. */
export function methodNotAllowed(request: Request, allow: string): Response {
  const locale = apiLocale(request.headers.get('accept-language'));
  const response = jsonError(405, 'method_not_allowed', t(locale, 'check.api.methodNotAllowed', { allow }));
  response.headers.set('allow', allow);
  return response;
}

function notFound(id: string | undefined, request: Request): Response {
  const locale = apiLocale(request.headers.get('accept-language'));
  return jsonError(404, 'not_found', t(locale, 'check.api.notFound', { id: id ?? '' }));
}
