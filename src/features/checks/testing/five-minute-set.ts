/** Test support: the real five-minute-check data file, read and checked without Astro. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { questionSetSchema } from '../../../content/question-set-schemas.ts';
import { normalizeQuestionSet, type QuestionSet } from '../question-set.ts';

export const fiveMinuteFile = new URL('../../../content/question-sets/five-minute-check.yaml', import.meta.url);

export function readFiveMinuteData(): unknown {
  return parse(readFileSync(fiveMinuteFile, 'utf8'));
}

export function loadFiveMinuteSet(): QuestionSet {
  return normalizeQuestionSet(questionSetSchema.parse(readFiveMinuteData()));
}

/** Answers with the given numbers of yes, partial and unknown answers, in question order; the rest "no". */
export function answersWith(
  set: QuestionSet,
  counts: { yes?: number; partial?: number; unknown?: number },
): Record<string, string> {
  const pattern = [
    ...Array<string>(counts.yes ?? 0).fill('yes'),
    ...Array<string>(counts.partial ?? 0).fill('partial'),
    ...Array<string>(counts.unknown ?? 0).fill('unknown'),
  ];
  return Object.fromEntries(set.questions.map((question, index) => [question.id, pattern[index] ?? 'no']));
}

/** Totals of the band boundaries and answers that reach them (PRODUCT.md §7; 99 cannot occur). */
export const boundaryCases = [
  { total: 100, band: 'perfect', counts: { yes: 25 } },
  { total: 98, band: 'mostly', counts: { yes: 24, partial: 1 } },
  { total: 70, band: 'mostly', counts: { yes: 17, partial: 1 } },
  { total: 69, band: 'insufficient', counts: { yes: 17, partial: 1, unknown: 1 } },
  { total: 50, band: 'insufficient', counts: { yes: 12, partial: 1 } },
  { total: 49, band: 'critical', counts: { yes: 12, partial: 1, unknown: 1 } },
  { total: -25, band: 'critical', counts: { unknown: 25 } },
] as const;
