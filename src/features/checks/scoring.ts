/**
 * Scoring of a question set: ONE pure function used by the server (pages, API, exports) and the
 * browser (the result kept in this browser). No I/O and no dependencies, so the client bundle
 * stays small. It works on the minimal shape below, which every full question set satisfies.
 */

export interface ScoringChoice {
  id: string;
  points: number;
  /** Answers with this choice are listed for review (わからない). */
  review?: boolean | undefined;
}

export interface ScoringCondition {
  question: string;
  anyOf: readonly string[];
}

export interface ScoringQuestion {
  id: string;
  choices: readonly ScoringChoice[];
  condition?: ScoringCondition | undefined;
}

export interface ScoringPart {
  id: string;
  questions: readonly ScoringQuestion[];
}

export interface ScoringBand {
  id: string;
  min: number;
  max: number;
}

export interface ScoringModel {
  id: string;
  version: number;
  parts: readonly ScoringPart[];
  bands: readonly ScoringBand[];
}

/** Question id → choice id. */
export type Answers = Readonly<Record<string, string>>;

export type AnswerProblemCode = 'missing' | 'unknown_question' | 'invalid_choice' | 'not_applicable' | 'duplicate';

export interface AnswerProblem {
  /** The offending question id (or the unknown key as sent). */
  id: string;
  code: AnswerProblemCode;
}

export interface PartScore {
  id: string;
  score: number;
  min: number;
  max: number;
  /** score as a percentage of max, rounded; may be negative when "don't know" dominates. */
  percent: number;
}

export interface ItemScore {
  questionId: string;
  partId: string;
  choiceId: string;
  points: number;
  /** The most points this question can give. */
  best: number;
  review: boolean;
}

export interface ScoreResult {
  setId: string;
  version: number;
  total: number;
  min: number;
  max: number;
  band: string;
  parts: PartScore[];
  /** Questions answered with a review choice (わからない), in question order. */
  review: string[];
  /** Every applicable, answered question in order. */
  items: ItemScore[];
}

const flattened = new WeakMap<object, readonly ScoringQuestion[]>();

/**
 * Every question in order. Models do not change once loaded, so the list is made once per
 * model (the scoring API runs this on every request).
 */
export function questionsOf<Q extends ScoringQuestion>(model: {
  parts: readonly { questions: readonly Q[] }[];
}): readonly Q[] {
  let questions = flattened.get(model) as readonly Q[] | undefined;
  if (!questions) {
    questions = Object.freeze(model.parts.flatMap((part) => [...part.questions]));
    flattened.set(model, questions);
  }
  return questions;
}

const has = (record: Readonly<Record<string, unknown>>, key: string) =>
  Object.prototype.hasOwnProperty.call(record, key);

/**
 * Whether a question is asked, given the answers so far: it has no condition, or the question
 * its condition names is itself asked and was answered with one of the listed choices.
 */
export function applicableQuestions(model: ScoringModel, answers: Readonly<Record<string, unknown>>): Set<string> {
  const asked = new Set<string>();
  for (const question of questionsOf(model)) {
    const condition = question.condition;
    if (!condition) {
      asked.add(question.id);
      continue;
    }
    const earlier = has(answers, condition.question) ? answers[condition.question] : undefined;
    if (asked.has(condition.question) && typeof earlier === 'string' && condition.anyOf.includes(earlier)) {
      asked.add(question.id);
    }
  }
  return asked;
}

/**
 * Checks answers as sent by a client: every asked question answered once with one of its
 * choices, nothing else. Returns every problem, each naming the offending id, in question order
 * followed by unknown ids in the order sent. `answers` in the result keeps the valid ones (so a
 * form can show them again).
 */
export function validateAnswers(
  model: ScoringModel,
  input: Readonly<Record<string, unknown>>,
  options: { duplicates?: readonly string[]; ignoreNotApplicable?: boolean } = {},
): { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[]; answers: Answers } {
  const problems: AnswerProblem[] = [];
  const valid: Record<string, string> = {};
  const questions = questionsOf(model);
  const known = new Set(questions.map((question) => question.id));
  const duplicates = new Set(options.duplicates ?? []);
  const asked = applicableQuestions(model, input);

  for (const question of questions) {
    const given = has(input, question.id);
    if (duplicates.has(question.id)) {
      problems.push({ id: question.id, code: 'duplicate' });
      continue;
    }
    if (!asked.has(question.id)) {
      if (given && !options.ignoreNotApplicable) problems.push({ id: question.id, code: 'not_applicable' });
      continue;
    }
    if (!given) {
      problems.push({ id: question.id, code: 'missing' });
      continue;
    }
    const value = input[question.id];
    if (typeof value !== 'string' || !question.choices.some((choice) => choice.id === value)) {
      problems.push({ id: question.id, code: 'invalid_choice' });
      continue;
    }
    valid[question.id] = value;
  }
  for (const key of Object.keys(input)) {
    if (!known.has(key)) problems.push({ id: key, code: 'unknown_question' });
  }
  for (const key of duplicates) {
    if (!known.has(key) && !has(input, key)) problems.push({ id: key, code: 'unknown_question' });
  }
  if (problems.length > 0) return { ok: false, problems, answers: valid };
  return { ok: true, answers: valid };
}

/** The band a total falls in; bands of a valid set cover every reachable total. */
export function bandFor(model: Pick<ScoringModel, 'bands'>, total: number): string {
  const band = model.bands.find((candidate) => total >= candidate.min && total <= candidate.max);
  if (!band) throw new Error(`no band covers the total ${total}`);
  return band.id;
}

/**
 * Scores valid answers (see validateAnswers): total = plain sum of the points of the chosen
 * choices of the asked questions; min and max are the lowest and highest totals possible for
 * the asked questions; each part the same over its own questions.
 */
export function scoreAnswers(model: ScoringModel, answers: Answers): ScoreResult {
  const asked = applicableQuestions(model, answers);
  const parts: PartScore[] = [];
  const review: string[] = [];
  const items: ItemScore[] = [];
  for (const part of model.parts) {
    let score = 0;
    let min = 0;
    let max = 0;
    for (const question of part.questions) {
      if (!asked.has(question.id)) continue;
      const choiceId = has(answers, question.id) ? answers[question.id] : undefined;
      const choice = question.choices.find((candidate) => candidate.id === choiceId);
      if (!choice) throw new Error(`question "${question.id}" has no valid answer; validate answers before scoring`);
      const points = question.choices.map((candidate) => candidate.points);
      const best = Math.max(...points);
      score += choice.points;
      min += Math.min(...points);
      max += best;
      if (choice.review) review.push(question.id);
      items.push({
        questionId: question.id,
        partId: part.id,
        choiceId: choice.id,
        points: choice.points,
        best,
        review: choice.review === true,
      });
    }
    parts.push({ id: part.id, score, min, max, percent: max > 0 ? Math.round((score / max) * 100) : 0 });
  }
  const total = parts.reduce((sum, part) => sum + part.score, 0);
  return {
    setId: model.id,
    version: model.version,
    total,
    min: parts.reduce((sum, part) => sum + part.min, 0),
    max: parts.reduce((sum, part) => sum + part.max, 0),
    band: bandFor(model, total),
    parts,
    review,
    items,
  };
}

/**
 * Gaps ordered by urgency: answered questions below their best choice, lowest points first
 * ("don't know" before "not done" before "partly done"), then in question order (the basic
 * measures come first in a set).
 */
export function rankGaps(result: Pick<ScoreResult, 'items'>): ItemScore[] {
  return result.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.points < item.best)
    .sort((a, b) => a.item.points - b.item.points || a.index - b.index)
    .map(({ item }) => item);
}

/** The most urgent next steps: the first `count` gaps. */
export function nextSteps(result: Pick<ScoreResult, 'items'>, count = 3): ItemScore[] {
  return rankGaps(result).slice(0, count);
}

const codeDigits = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Answers as a short, URL-safe code: one character per question in set order, the index of the
 * chosen choice ("0" for the first) or "-" when the question was not asked. Result pages and
 * downloads carry it in the URL, so nothing needs storing on the server.
 */
export function encodeAnswers(model: ScoringModel, answers: Answers): string {
  return questionsOf(model)
    .map((question) => {
      const index = has(answers, question.id)
        ? question.choices.findIndex((choice) => choice.id === answers[question.id])
        : -1;
      return index >= 0 && index < codeDigits.length ? codeDigits[index] : '-';
    })
    .join('');
}

/** Reads a code made by encodeAnswers; undefined when it cannot be one (wrong length or character). */
export function decodeAnswers(model: ScoringModel, code: string): Record<string, string> | undefined {
  const questions = questionsOf(model);
  if (code.length !== questions.length) return undefined;
  const answers: Record<string, string> = {};
  for (const [index, question] of questions.entries()) {
    const character = code[index] as string;
    if (character === '-') continue;
    const choice = question.choices[codeDigits.indexOf(character)];
    if (!choice || codeDigits.indexOf(character) < 0) return undefined;
    answers[question.id] = choice.id;
  }
  return answers;
}
