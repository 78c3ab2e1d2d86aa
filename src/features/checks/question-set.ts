/** The question set as the app uses it: the data file with each question's choices resolved. */
import type { Locale } from '../../i18n/index.ts';
import type { ScoringModel } from './scoring.ts';

export type Localized = Record<Locale, string>;

export interface Choice {
  id: string;
  points: number;
  label: Localized;
  review?: boolean | undefined;
}

export interface Question {
  id: string;
  /** 1-based position in the whole set (the number shown to users). */
  number: number;
  partId: string;
  topic: Localized;
  text: Localized;
  help: Localized;
  fix: Localized;
  glossary: string[];
  actions: string[];
  choices: Choice[];
  condition?: { question: string; anyOf: string[] } | undefined;
}

export interface Part {
  id: string;
  title: Localized;
  questions: Question[];
}

export type Severity = 'none' | 'low' | 'medium' | 'high';

export interface Band {
  id: string;
  min: number;
  max: number;
  severity: Severity;
  label: Localized;
  advice: Localized;
}

export interface QuestionSet extends ScoringModel {
  id: string;
  version: number;
  title: Localized;
  summary: Localized;
  source: Localized;
  parts: Part[];
  bands: Band[];
  questions: Question[];
  securityAction?: { principles: string[] } | undefined;
}

/** The shape of a data file (see src/content/question-set-schemas.ts). */
export interface QuestionSetFile {
  id: string;
  version: number;
  title: Localized;
  summary: Localized;
  source: Localized;
  choices: Choice[];
  parts: {
    id: string;
    title: Localized;
    questions: (Omit<Question, 'number' | 'partId' | 'choices'> & { choices?: Choice[] | undefined })[];
  }[];
  bands: Band[];
  securityAction?: { principles: string[] } | undefined;
}

/** Resolves default choices and numbers the questions. */
export function normalizeQuestionSet(file: QuestionSetFile): QuestionSet {
  let number = 0;
  const parts: Part[] = file.parts.map((part) => ({
    id: part.id,
    title: part.title,
    questions: part.questions.map((question) => ({
      ...question,
      number: ++number,
      partId: part.id,
      choices: question.choices ?? file.choices,
    })),
  }));
  return {
    id: file.id,
    version: file.version,
    title: file.title,
    summary: file.summary,
    source: file.source,
    parts,
    bands: file.bands,
    questions: parts.flatMap((part) => part.questions),
    securityAction: file.securityAction,
  };
}

/** The smallest model the browser needs to score stored answers again. */
export function scoringModelOf(set: QuestionSet): ScoringModel {
  return {
    id: set.id,
    version: set.version,
    parts: set.parts.map((part) => ({
      id: part.id,
      questions: part.questions.map((question) => ({
        id: question.id,
        choices: question.choices.map(({ id, points, review }) => (review ? { id, points, review } : { id, points })),
        ...(question.condition ? { condition: question.condition } : {}),
      })),
    })),
    bands: set.bands.map(({ id, min, max }) => ({ id, min, max })),
  };
}

export function findQuestion(set: QuestionSet, id: string): Question | undefined {
  return set.questions.find((question) => question.id === id);
}

export function findBand(set: QuestionSet, id: string): Band {
  const band = set.bands.find((candidate) => candidate.id === id);
  if (!band) throw new Error(`unknown band "${id}"`);
  return band;
}

export function findChoice(question: Question, id: string): Choice | undefined {
  return question.choices.find((choice) => choice.id === id);
}

/**
 * Problems across files: the file name matches the id, and glossary terms and Mission2 actions
 * named by questions exist.
 */
export function findQuestionSetProblems(
  set: QuestionSet,
  context: { fileId: string; glossaryIds: ReadonlySet<string>; actionIds: ReadonlySet<string> },
): string[] {
  const problems: string[] = [];
  if (set.id !== context.fileId) problems.push(`${context.fileId}.yaml: its id is "${set.id}"; use the file name`);
  for (const question of set.questions) {
    for (const term of question.glossary) {
      if (!context.glossaryIds.has(term)) problems.push(`${set.id} ${question.id}: unknown glossary term "${term}"`);
    }
    for (const action of question.actions) {
      if (!context.actionIds.has(action))
        problems.push(`${set.id} ${question.id}: unknown Mission2 action "${action}"`);
    }
  }
  return problems;
}
