/** Responses of the question-set API routes (src/pages/api/v1/question-sets/…). */
import { t } from '../../../i18n/index.ts';
import { jsonError } from '../../../server/http/error-response.ts';
import { jsonOk, readJsonBody, requestLocale } from '../../../server/http/json-api.ts';
import { questionSetDocument, questionSetSummary, scoreRequest } from '../api.ts';
import { getQuestionSet, loadQuestionSets } from '../question-sets.ts';

/** GET /api/v1/question-sets */
export async function listQuestionSetsResponse(): Promise<Response> {
  const sets = [...(await loadQuestionSets()).values()];
  return jsonOk({ questionSets: sets.map(questionSetSummary) }, 'public, max-age=300');
}

/** GET /api/v1/question-sets/{id} */
export async function questionSetResponse(id: string | undefined, request: Request): Promise<Response> {
  const set = id ? await getQuestionSet(id) : undefined;
  if (!set) return notFound(id, request);
  return jsonOk(questionSetDocument(set), 'public, max-age=300');
}

/** POST /api/v1/question-sets/{id}/score */
export async function scoreResponse(id: string | undefined, request: Request): Promise<Response> {
  const set = id ? await getQuestionSet(id) : undefined;
  if (!set) return notFound(id, request);
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const outcome = scoreRequest(set, read.body, requestLocale(request));
  if (!outcome.ok)
    return jsonError(outcome.error.status, outcome.error.code, outcome.error.message, outcome.error.details);
  return jsonOk(outcome.body);
}

function notFound(id: string | undefined, request: Request): Response {
  return jsonError(404, 'not_found', t(requestLocale(request), 'check.api.notFound', { id: id ?? '' }));
}
