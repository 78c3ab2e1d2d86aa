/**
 * …/check/five-minute/result: a POST of the form is checked and redirected (303) to the result
 * URL that carries the answers; a bad POST shows the form again (400) with the answers kept; a
 * GET shows the result, or a 400 page when the URL was cut or changed.
 */
import { localizePath, type Locale } from '../../../i18n/index.ts';
import { getQuestionSet } from '../question-sets.ts';
import type { QuestionSet } from '../question-set.ts';
import { parseResultQuery, resultQuery } from '../result-view.ts';
import { readFormAnswers } from '../form-answers.ts';
import { validateAnswers, type AnswerProblem, type Answers } from '../scoring.ts';
import { findOrgScope } from '../../accounts/index.ts';
import { readPolicyStatus } from '../../documents/index.ts';

/** What SECURITY ACTION ★★ knows beyond the answers: the signed-in firm's policy state. */
export type PolicyKnown = { basicPolicy?: boolean; policyPublished?: boolean; signedIn: boolean };

/** The policy state of the signed-in user's organisation; anonymous visitors know nothing more. */
async function policyKnown(request: Request, url: URL, locale: Locale): Promise<PolicyKnown> {
  const scope = await findOrgScope(request, url, locale);
  if (!scope) return { signedIn: false };
  return { ...(await readPolicyStatus(scope)), signedIn: true };
}

export type CheckOutcome =
  | { kind: 'redirect'; location: string }
  | { kind: 'form'; set: QuestionSet; answers: Answers; problems: AnswerProblem[] }
  | { kind: 'result'; set: QuestionSet; answers: Answers; known: PolicyKnown }
  | { kind: 'invalid'; set: QuestionSet; reason: 'invalid' | 'outdated' };

/** The locale-neutral paths of a check's pages. */
export const checkPaths: Record<string, { form: string; result: string }> = {
  'five-minute-check': { form: '/check/five-minute', result: '/check/five-minute/result' },
};

export async function checkRoute(setId: string, locale: Locale, request: Request, url: URL): Promise<CheckOutcome> {
  const set = await getQuestionSet(setId);
  const paths = checkPaths[setId];
  if (!set || !paths) throw new Error(`question set "${setId}" has no pages`);
  if (request.method === 'POST') {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      form = new FormData();
    }
    const { input, duplicates } = readFormAnswers(form);
    const checked = validateAnswers(set, input, { duplicates, ignoreNotApplicable: true });
    if (!checked.ok) return { kind: 'form', set, answers: checked.answers, problems: checked.problems };
    return { kind: 'redirect', location: `${localizePath(locale, paths.result)}?${resultQuery(set, checked.answers)}` };
  }
  // A bare result address (e.g. after switching language, which drops the query) leads to the form.
  if (url.search === '') return { kind: 'redirect', location: localizePath(locale, paths.form) };
  const query = parseResultQuery(set, url.searchParams);
  if (!query.ok) return { kind: 'invalid', set, reason: query.reason };
  return { kind: 'result', set, answers: query.answers, known: await policyKnown(request, url, locale) };
}
