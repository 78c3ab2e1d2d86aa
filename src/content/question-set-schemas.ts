/**
 * Schema of a question set (PRODUCT.md C2): a versioned data file under
 * src/content/question-sets/. Checked at build (content collection) and again when the server
 * loads the set, so a broken file never reaches a user. Kept apart from the loaders so unit
 * tests can check it without Astro.
 */
import { z } from 'zod';
import { localized } from './schemas.ts';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case ASCII id');
const questionId = z.string().regex(/^[a-z][a-z0-9]*$/, 'must be a short ASCII id such as "q01"');
const choiceId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case ASCII id such as "yes"');
const actionId = z.string().regex(/^2-\d{1,2}$/, 'must be a Mission2 id such as "2-4"');

export const choiceSchema = z.strictObject({
  id: choiceId,
  points: z.number().int().min(-100).max(100),
  label: localized,
  /** Answers with this choice are listed for review (わからない). */
  review: z.boolean().optional(),
});

/** A question is asked only when an earlier question was answered with one of these choices. */
export const conditionSchema = z.strictObject({
  question: questionId,
  anyOf: z.array(choiceId).min(1),
});

export const questionSchema = z.strictObject({
  id: questionId,
  /** A short name of the measure, for lists, next steps and exports. */
  topic: localized,
  text: localized,
  help: localized,
  /** The concrete next step when the answer is below the best choice. */
  fix: localized,
  glossary: z.array(kebabId),
  actions: z.array(actionId).min(1),
  /** Overrides the set's choices for this question. */
  choices: z.array(choiceSchema).min(2).optional(),
  condition: conditionSchema.optional(),
});

export const partSchema = z.strictObject({
  id: kebabId,
  title: localized,
  questions: z.array(questionSchema).min(1),
});

export const bandSchema = z.strictObject({
  id: kebabId,
  /** Inclusive range of totals. */
  min: z.number().int(),
  max: z.number().int(),
  /** Drives the word, shape and colour shown with the band. */
  severity: z.enum(['none', 'low', 'medium', 'high']),
  label: localized,
  advice: localized,
});

export const questionSetSchema = z
  .strictObject({
    id: kebabId,
    version: z.number().int().min(1),
    title: localized,
    summary: localized,
    /** Where the questions and scoring come from (shown on the page). */
    source: localized,
    /** The default choices of every question. */
    choices: z.array(choiceSchema).min(2),
    parts: z.array(partSchema).min(1),
    bands: z.array(bandSchema).min(1),
    /** Question ids that correspond to IPA's 情報セキュリティ5か条 (SECURITY ACTION ★). */
    securityAction: z.strictObject({ principles: z.array(questionId).length(5) }).optional(),
  })
  .superRefine((set, ctx) => {
    for (const problem of questionSetRuleProblems(set)) ctx.addIssue({ code: 'custom', message: problem });
  });

export type QuestionSetData = z.infer<typeof questionSetSchema>;

/**
 * Rules across the fields of one set: unique ids, conditions pointing backwards to existing
 * choices, and bands that cover every reachable total exactly once.
 */
export function questionSetRuleProblems(set: {
  choices: { id: string; points: number }[];
  parts: {
    id: string;
    questions: {
      id: string;
      choices?: { id: string; points: number }[] | undefined;
      condition?: { question: string; anyOf: string[] } | undefined;
    }[];
  }[];
  bands: { id: string; min: number; max: number }[];
  securityAction?: { principles: string[] } | undefined;
}): string[] {
  const problems: string[] = [];
  const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
  for (const id of duplicates(set.choices.map((c) => c.id))) problems.push(`choice "${id}" is defined twice`);
  for (const id of duplicates(set.parts.map((p) => p.id))) problems.push(`part "${id}" is defined twice`);
  const questions = set.parts.flatMap((part) => part.questions);
  for (const id of duplicates(questions.map((q) => q.id))) problems.push(`question "${id}" is defined twice`);
  for (const id of duplicates(set.bands.map((b) => b.id))) problems.push(`band "${id}" is defined twice`);

  const seen = new Map<string, string[]>();
  let min = 0;
  let max = 0;
  for (const question of questions) {
    const choices = question.choices ?? set.choices;
    for (const id of duplicates(choices.map((c) => c.id))) {
      problems.push(`question "${question.id}": choice "${id}" is defined twice`);
    }
    const condition = question.condition;
    if (condition) {
      const earlier = seen.get(condition.question);
      if (!earlier)
        problems.push(
          `question "${question.id}": its condition names "${condition.question}", which is not an earlier question`,
        );
      for (const choice of condition.anyOf) {
        if (earlier && !earlier.includes(choice)) {
          problems.push(
            `question "${question.id}": its condition names choice "${choice}", which "${condition.question}" does not have`,
          );
        }
      }
    }
    seen.set(
      question.id,
      choices.map((c) => c.id),
    );
    const points = choices.map((c) => c.points);
    // A conditional question may be skipped, which adds 0.
    min += condition ? Math.min(0, ...points) : Math.min(...points);
    max += condition ? Math.max(0, ...points) : Math.max(...points);
  }

  const bands = [...set.bands].sort((a, b) => a.min - b.min);
  for (const band of bands) if (band.min > band.max) problems.push(`band "${band.id}": min is above max`);
  if (bands.length > 0) {
    if (bands[0]!.min > min) problems.push(`bands do not cover the lowest total ${min}`);
    if (bands[bands.length - 1]!.max < max) problems.push(`bands do not cover the highest total ${max}`);
    for (let i = 1; i < bands.length; i++) {
      const previous = bands[i - 1]!;
      const band = bands[i]!;
      if (band.min <= previous.max) problems.push(`bands "${previous.id}" and "${band.id}" overlap`);
      if (band.min > previous.max + 1) problems.push(`no band covers ${previous.max + 1}…${band.min - 1}`);
    }
  }

  for (const id of set.securityAction?.principles ?? []) {
    if (!seen.has(id)) problems.push(`securityAction names question "${id}", which does not exist`);
  }
  return problems;
}
