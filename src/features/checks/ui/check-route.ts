/**
 * …/check/five-minute/result: a POST of the form is checked and redirected (303) to the result
 * URL that carries the answers; a bad POST shows the form again (400) with the answers kept; a
 * GET shows the result, or a 400 page when the URL was cut or changed. A body that is no form
 * answers the notice of the request pipeline (415, 400).
 */
import { localizePath, t, type Locale } from '../../../i18n/index.ts';
import { pageView, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import { readFormLists } from '../../../server/http/request-body.ts';
import { getQuestionSet } from '../question-sets.ts';
import type { QuestionSet } from '../question-set.ts';
import { parseResultQuery, resultQuery } from '../result-view.ts';
import { pickAnswers } from '../form-answers.ts';
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

export type CheckScreen =
  | { kind: 'form'; set: QuestionSet; answers: Answers; problems: AnswerProblem[] }
  | { kind: 'result'; set: QuestionSet; answers: Answers; known: PolicyKnown }
  | { kind: 'invalid'; set: QuestionSet; reason: 'invalid' | 'outdated' };

/** The locale-neutral paths of a check's pages. */
export const checkPaths: Record<string, { form: string; result: string }> = {
  'five-minute-check': { form: '/check/five-minute', result: '/check/five-minute/result' },
};

export function handleCheckResult(locale: Locale, request: Request, setId: string): Promise<PageOutcome<CheckScreen>> {
  return runPage<CheckScreen>(locale, async () => {
    const set = await getQuestionSet(setId);
    const paths = checkPaths[setId];
    if (!set || !paths) throw new Error(`question set "${setId}" has no pages`);
    const title = t(locale, 'check.result.title', { title: set.title[locale] });
    const url = new URL(request.url);
    if (request.method === 'POST') {
      // Every value of each field: a question answered twice is a problem, not the last word.
      const { lists } = await readFormLists(request);
      const { input, duplicates } = pickAnswers(lists);
      const checked = validateAnswers(set, input, { duplicates, ignoreNotApplicable: true });
      if (!checked.ok)
        return pageView(title, { kind: 'form', set, answers: checked.answers, problems: checked.problems }, 400);
      return seeOther(`${localizePath(locale, paths.result)}?${resultQuery(set, checked.answers)}`);
    }
    // A bare result address (e.g. after switching language, which drops the query) leads to the form.
    if (url.search === '') return seeOther(localizePath(locale, paths.form));
    const query = parseResultQuery(set, url.searchParams);
    if (!query.ok) return pageView(title, { kind: 'invalid', set, reason: query.reason }, 400);
    return pageView(title, {
      kind: 'result',
      set,
      answers: query.answers,
      known: await policyKnown(request, url, locale),
    });
  });
}
