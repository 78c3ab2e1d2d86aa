/** Responses of the question-set API routes (src/pages/api/v1/question-sets/…). */
import { t } from '../../../i18n/index.ts';
import type { ApiRequest } from '../../../server/http/api-request.ts';
import { jsonOk, parseJsonBody, requestLocale } from '../../../server/http/json-api.ts';
import { jsonErrorReply, jsonReply, replyToResponse, type JsonReply } from '../../../server/http/json-reply.ts';
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
  if (!set) return replyToResponse(notFound(id, request));
  return jsonOk(questionSetDocument(set), 'public, max-age=300');
}

/** POST /api/v1/question-sets/{id}/score, as the server entry answers it (fast-route.ts). */
export async function scoreReply(id: string | undefined, request: ApiRequest): Promise<JsonReply> {
  const set = id ? await getQuestionSet(id) : undefined;
  if (!set) return notFound(id, request);
  const read = await parseJsonBody(request);
  if (!read.ok) return read.reply;
  const outcome = scoreRequest(set, read.body, requestLocale(request));
  if (!outcome.ok)
    return jsonErrorReply(outcome.error.status, outcome.error.code, outcome.error.message, outcome.error.details);
  return jsonReply(200, outcome.body);
}

/** The same through Astro, for a request that reached it before the fast route was registered. */
export async function scoreResponse(id: string | undefined, request: ApiRequest): Promise<Response> {
  return replyToResponse(await scoreReply(id, request));
}

function notFound(id: string | undefined, request: ApiRequest): JsonReply {
  return jsonErrorReply(404, 'not_found', t(requestLocale(request), 'check.api.notFound', { id: id ?? '' }));
}
