/**
 * Everything a result shows — on the page, in the PDF and in the .xlsx — computed once from the
 * set and the answers, so the three always agree. Pure: section titles come in through `links`.
 */
import type { Locale } from '../../i18n/index.ts';
import {
  findBand,
  findChoice,
  findQuestion,
  type Band,
  type Choice,
  type Question,
  type QuestionSet,
} from './question-set.ts';
import {
  decodeAnswers,
  encodeAnswers,
  nextSteps,
  scoreAnswers,
  validateAnswers,
  type Answers,
  type ScoreResult,
} from './scoring.ts';
import { securityActionReadiness, type Readiness } from './security-action.ts';

export interface SectionLink {
  id: string;
  title: string;
  /** Locale-neutral path, e.g. /guide/mission2/2-4/. */
  path: string;
}

export interface AnsweredItem {
  question: Question;
  choice: Choice;
  points: number;
  best: number;
  review: boolean;
  /** Below the best choice: the item shows its next step and the actions that fix it. */
  gap: boolean;
  actions: SectionLink[];
}

export interface ResultView {
  set: QuestionSet;
  answers: Answers;
  /** The answers as carried in result and download URLs. */
  code: string;
  result: ScoreResult;
  band: Band;
  items: AnsweredItem[];
  steps: AnsweredItem[];
  review: AnsweredItem[];
  readiness: Readiness | undefined;
}

export function buildResultView(
  set: QuestionSet,
  answers: Answers,
  links: (ids: readonly string[]) => SectionLink[],
  known: { basicPolicy?: boolean; policyPublished?: boolean } = {},
): ResultView {
  const result = scoreAnswers(set, answers);
  const items = result.items.map((item): AnsweredItem => {
    const question = findQuestion(set, item.questionId) as Question;
    return {
      question,
      choice: findChoice(question, item.choiceId) as Choice,
      points: item.points,
      best: item.best,
      review: item.review,
      gap: item.points < item.best,
      actions: links(question.actions),
    };
  });
  const byId = new Map(items.map((item) => [item.question.id, item]));
  return {
    set,
    answers,
    code: encodeAnswers(set, answers),
    result,
    band: findBand(set, result.band),
    items,
    steps: nextSteps(result).map((step) => byId.get(step.questionId) as AnsweredItem),
    review: items.filter((item) => item.review),
    readiness: securityActionReadiness(set, result, known),
  };
}

export type ResultQuery = { ok: true; answers: Answers } | { ok: false; reason: 'invalid' | 'outdated' };

/**
 * Reads ?v=<version>&a=<code> of a result or download URL. Anything unexpected (another
 * parameter, a code that does not decode, answers that do not validate) is "invalid"; a code
 * made for another version of the set is "outdated".
 */
export function parseResultQuery(set: QuestionSet, params: URLSearchParams): ResultQuery {
  const keys = [...params.keys()];
  if (keys.length !== 2 || params.getAll('v').length !== 1 || params.getAll('a').length !== 1) {
    return { ok: false, reason: 'invalid' };
  }
  const version = params.get('v') as string;
  if (!/^[1-9]\d{0,5}$/.test(version)) return { ok: false, reason: 'invalid' };
  if (Number(version) !== set.version) return { ok: false, reason: 'outdated' };
  const decoded = decodeAnswers(set, params.get('a') as string);
  if (!decoded) return { ok: false, reason: 'invalid' };
  const checked = validateAnswers(set, decoded);
  return checked.ok ? { ok: true, answers: checked.answers } : { ok: false, reason: 'invalid' };
}

/** The query string of a result or download URL. */
export function resultQuery(set: QuestionSet, answers: Answers): string {
  return new URLSearchParams({ v: String(set.version), a: encodeAnswers(set, answers) }).toString();
}

/** The file name of a download, e.g. gokui-five-minute-check-70-ja.pdf. */
export function resultFileName(view: ResultView, locale: Locale, extension: 'pdf' | 'xlsx'): string {
  return `gokui-${view.set.id}-${view.result.total}-${locale}.${extension}`;
}

/**
 * Shapes that carry the band besides its colour and word, as SVG path data in a 24 × 24 box
 * (used by the page's SVG and drawn into the PDF): a double circle for none, a circle for low,
 * a triangle for medium and a cross for high severity (◎ ○ △ ×, as on Japanese forms).
 */
export const severityShapes = {
  none: 'M12 2a10 10 0 1 0 0.01 0zM12 7a5 5 0 1 0 0.01 0z',
  low: 'M12 2a10 10 0 1 0 0.01 0z',
  medium: 'M12 2L22.5 21H1.5z',
  high: 'M4 7.5L7.5 4L12 8.5L16.5 4L20 7.5L15.5 12L20 16.5L16.5 20L12 15.5L7.5 20L4 16.5L8.5 12z',
} as const;

export const severityColours = {
  none: '#1b6e3a',
  low: '#0b4f9c',
  medium: '#8a5a00',
  high: '#b3261e',
} as const;
