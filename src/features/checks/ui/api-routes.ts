/** Responses of the question-set API routes (src/pages/api/v1/question-sets/…). */
import { AppError } from '../../../server/errors.ts';
import type { ApiRequest } from '../../../server/http/api-request.ts';
import { jsonOk, readApiJson, requestLocale, runApi, runApiReply } from '../../../server/http/json-api.ts';
import { jsonReply, replyToResponse, type JsonReply } from '../../../server/http/json-reply.ts';
import { questionSetDocument, questionSetSummary, scoreRequest } from '../api.ts';
import type { QuestionSet } from '../question-set.ts';
import { getQuestionSet, loadQuestionSets } from '../question-sets.ts';

/** GET /api/v1/question-sets */
export async function listQuestionSetsResponse(): Promise<Response> {
  const sets = [...(await loadQuestionSets()).values()];
  return jsonOk({ questionSets: sets.map(questionSetSummary) }, 'public, max-age=300');
}

/** GET /api/v1/question-sets/{id} */
export function questionSetResponse(id: string | undefined, request: Request): Promise<Response> {
  return runApi(request, async () => jsonOk(questionSetDocument(await findSet(id)), 'public, max-age=300'));
}

/** POST /api/v1/question-sets/{id}/score, as the server entry answers it (fast-route.ts). */
export function scoreReply(id: string | undefined, request: ApiRequest): Promise<JsonReply> {
  return runApiReply(request, async () => {
    const set = await findSet(id);
    const outcome = scoreRequest(set, await readApiJson(request), requestLocale(request));
    if (!outcome.ok) {
      const { code, details, messageKey } = outcome.error;
      throw new AppError(code, { details, message: messageKey });
    }
    return jsonReply(200, outcome.body);
  });
}

/** The same through Astro, for a request that reached it before the fast route was registered. */
export async function scoreResponse(id: string | undefined, request: ApiRequest): Promise<Response> {
  return replyToResponse(await scoreReply(id, request));
}

async function findSet(id: string | undefined): Promise<QuestionSet> {
  const set = id ? await getQuestionSet(id) : undefined;
  if (!set) throw new AppError('not_found', { vars: { id: id ?? '' }, message: 'check.api.notFound' });
  return set;
}
