import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicableQuestions,
  decodeAnswers,
  encodeAnswers,
  nextSteps,
  questionsOf,
  rankGaps,
  scoreAnswers,
  validateAnswers,
  type ScoringModel,
  type ScoringQuestion,
} from './scoring.ts';
import { answersWith, boundaryCases, loadFiveMinuteSet } from './testing/five-minute-set.ts';

const set = loadFiveMinuteSet();
const choiceIds = ['yes', 'partial', 'no', 'unknown'] as const;
const points = { yes: 4, partial: 2, no: 0, unknown: -1 } as const;

/** Any complete set of answers to the five-minute check. */
const fiveMinuteAnswers = fc
  .array(fc.constantFrom(...choiceIds), { minLength: 25, maxLength: 25 })
  .map((choices) => Object.fromEntries(set.questions.map((question, index) => [question.id, choices[index]!])));

/** Any question set without conditions: 1–4 parts of 1–6 questions with 2–5 choices, bands covering every total. */
const arbitraryModel: fc.Arbitrary<ScoringModel> = fc
  .array(
    fc.array(
      fc
        .uniqueArray(fc.integer({ min: -5, max: 10 }), { minLength: 2, maxLength: 5 })
        .map((values) => values.map((value, index) => ({ id: `c${index}`, points: value, review: value < 0 }))),
      { minLength: 1, maxLength: 6 },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .chain((partChoices) => {
    let n = 0;
    const parts = partChoices.map((questions, p) => ({
      id: `p${p}`,
      questions: questions.map((choices): ScoringQuestion => ({ id: `q${++n}`, choices })),
    }));
    const all = parts.flatMap((part) => part.questions);
    const min = all.reduce((sum, q) => sum + Math.min(...q.choices.map((c) => c.points)), 0);
    const max = all.reduce((sum, q) => sum + Math.max(...q.choices.map((c) => c.points)), 0);
    return fc.uniqueArray(fc.integer({ min: min + 1, max: Math.max(min + 1, max) }), { maxLength: 3 }).map((cuts) => {
      const starts = [min, ...cuts.filter((cut) => cut <= max).sort((a, b) => a - b)];
      const bands = starts.map((start, i) => ({ id: `b${i}`, min: start, max: (starts[i + 1] ?? max + 1) - 1 }));
      return { id: 'generated', version: 1, parts, bands };
    });
  });

const modelWithAnswers = arbitraryModel.chain((model) =>
  fc
    .tuple(...questionsOf(model).map((question) => fc.constantFrom(...question.choices.map((choice) => choice.id))))
    .map((chosen) => ({
      model,
      answers: Object.fromEntries(questionsOf(model).map((question, index) => [question.id, chosen[index]!])),
    })),
);

const pointsOf = (model: ScoringModel, answers: Record<string, string>) =>
  questionsOf(model).map((q) => q.choices.find((c) => c.id === answers[q.id])!.points);

describe('scoreAnswers on the five-minute check', () => {
  it('totals the plain sum of 4/2/0/−1 points, between −25 and 100', () => {
    fc.assert(
      fc.property(fiveMinuteAnswers, (answers) => {
        const result = scoreAnswers(set, answers);
        const sum = Object.values(answers).reduce((total, choice) => total + points[choice as keyof typeof points], 0);
        expect(result.total).toBe(sum);
        expect(result.min).toBe(-25);
        expect(result.max).toBe(100);
        expect(result.total).toBeGreaterThanOrEqual(-25);
        expect(result.total).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('breaks the total down into the three parts with maxima 20, 52 and 28', () => {
    fc.assert(
      fc.property(fiveMinuteAnswers, (answers) => {
        const result = scoreAnswers(set, answers);
        expect(result.parts.map((part) => [part.id, part.max])).toEqual([
          ['basic', 20],
          ['employee', 52],
          ['organization', 28],
        ]);
        expect(result.parts.reduce((sum, part) => sum + part.score, 0)).toBe(result.total);
        for (const part of result.parts) {
          expect(part.percent).toBe(Math.round((part.score / part.max) * 100));
        }
      }),
    );
  });

  it('lists exactly the questions answered "unknown" for review, in order', () => {
    fc.assert(
      fc.property(fiveMinuteAnswers, (answers) => {
        const expected = set.questions.map((q) => q.id).filter((id) => answers[id] === 'unknown');
        expect(scoreAnswers(set, answers).review).toEqual(expected);
      }),
    );
  });

  it.each(boundaryCases)('puts a total of $total in the band "$band"', ({ total, band, counts }) => {
    const result = scoreAnswers(set, answersWith(set, counts));
    expect(result.total).toBe(total);
    expect(result.band).toBe(band);
  });

  it('can never reach 99 (or 97): the totals that can occur', () => {
    const reachable = new Set<number>();
    for (let yes = 0; yes <= 25; yes++)
      for (let partial = 0; yes + partial <= 25; partial++)
        for (let unknown = 0; yes + partial + unknown <= 25; unknown++) reachable.add(4 * yes + 2 * partial - unknown);
    expect(reachable.has(99)).toBe(false);
    expect(reachable.has(97)).toBe(false);
    for (const { total } of boundaryCases) expect(reachable.has(total)).toBe(true);
  });
});

describe('scoreAnswers on any question set', () => {
  it('totals the sum of the points, within [min, max], in the band that covers it', () => {
    fc.assert(
      fc.property(modelWithAnswers, ({ model, answers }) => {
        const result = scoreAnswers(model, answers);
        const all = questionsOf(model);
        expect(result.total).toBe(pointsOf(model, answers).reduce((a, b) => a + b, 0));
        expect(result.min).toBe(all.reduce((sum, q) => sum + Math.min(...q.choices.map((c) => c.points)), 0));
        expect(result.max).toBe(all.reduce((sum, q) => sum + Math.max(...q.choices.map((c) => c.points)), 0));
        expect(result.total).toBeGreaterThanOrEqual(result.min);
        expect(result.total).toBeLessThanOrEqual(result.max);
        const band = model.bands.find((b) => b.id === result.band)!;
        expect(result.total).toBeGreaterThanOrEqual(band.min);
        expect(result.total).toBeLessThanOrEqual(band.max);
        for (const part of result.parts) {
          expect(part.score).toBeGreaterThanOrEqual(part.min);
          expect(part.score).toBeLessThanOrEqual(part.max);
        }
      }),
    );
  });

  it('is monotone: answering one question better raises the total by exactly the difference', () => {
    fc.assert(
      fc.property(
        modelWithAnswers.chain(({ model, answers }) =>
          fc.nat({ max: questionsOf(model).length - 1 }).chain((index) => {
            const question = questionsOf(model)[index]!;
            return fc.constantFrom(...question.choices).map((better) => ({ model, answers, question, better }));
          }),
        ),
        ({ model, answers, question, better }) => {
          const current = question.choices.find((c) => c.id === answers[question.id])!;
          fc.pre(better.points >= current.points);
          const before = scoreAnswers(model, answers);
          const after = scoreAnswers(model, { ...answers, [question.id]: better.id });
          expect(after.total - before.total).toBe(better.points - current.points);
          expect(after.total).toBeGreaterThanOrEqual(before.total);
          const bandIndex = (id: string) => model.bands.findIndex((b) => b.id === id);
          // Bands are ordered from the lowest totals: a better answer never moves to a lower band.
          expect(bandIndex(after.band)).toBeGreaterThanOrEqual(bandIndex(before.band));
        },
      ),
    );
  });
});

describe('validateAnswers', () => {
  it('accepts a complete set of answers', () => {
    fc.assert(
      fc.property(fiveMinuteAnswers, (answers) => {
        expect(validateAnswers(set, answers)).toEqual({ ok: true, answers });
      }),
    );
  });

  it('names every offending id: missing, unknown id and unknown choice', () => {
    const ids = set.questions.map((q) => q.id);
    fc.assert(
      fc.property(
        fiveMinuteAnswers,
        fc.subarray(ids),
        fc.subarray(ids),
        fc.uniqueArray(fc.stringMatching(/^[a-z_]{1,8}$|^q(2[6-9]|[3-9]\d)$/), { maxLength: 3 }),
        fc.oneof(
          fc.constant<unknown>('maybe'),
          fc.constant<unknown>(4),
          fc.constant<unknown>(null),
          fc.constant<unknown>('YES'),
        ),
        (answers, removed, changed, extra, bad) => {
          const input: Record<string, unknown> = { ...answers };
          for (const id of removed) delete input[id];
          const invalid = changed.filter((id) => !removed.includes(id));
          for (const id of invalid) input[id] = bad;
          const unknownIds = extra.filter((key) => !ids.includes(key));
          for (const key of unknownIds) input[key] = 'yes';
          const result = validateAnswers(set, input);
          const expected = [
            ...ids
              .filter((id) => removed.includes(id) || invalid.includes(id))
              .map((id) => ({ id, code: removed.includes(id) ? 'missing' : 'invalid_choice' })),
            ...unknownIds.map((id) => ({ id, code: 'unknown_question' })),
          ];
          if (expected.length === 0) {
            expect(result.ok).toBe(true);
          } else {
            expect(result).toEqual({ ok: false, problems: expected, answers: expect.any(Object) });
            if (!result.ok) {
              expect(Object.keys(result.answers).sort()).toEqual(
                ids.filter((id) => !removed.includes(id) && !invalid.includes(id)).sort(),
              );
            }
          }
        },
      ),
    );
  });

  it('reports a field sent twice by a form', () => {
    const result = validateAnswers(set, answersWith(set, { yes: 25 }), { duplicates: ['q03', 'q99'] });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { id: 'q03', code: 'duplicate' },
        { id: 'q99', code: 'unknown_question' },
      ],
    });
  });

  it('ignores keys inherited from Object.prototype and treats "__proto__" as an unknown id', () => {
    const input = JSON.parse('{"__proto__": "yes"}') as Record<string, unknown>;
    const result = validateAnswers(set, { ...answersWith(set, { yes: 25 }), ...input });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ id: '__proto__', code: 'unknown_question' }]);
  });
});

describe('conditions', () => {
  const choices = [
    { id: 'yes', points: 4 },
    { id: 'no', points: 0 },
  ];
  const model: ScoringModel = {
    id: 'conditional',
    version: 1,
    parts: [
      {
        id: 'only',
        questions: [
          { id: 'wifi', choices },
          { id: 'wpa3', choices, condition: { question: 'wifi', anyOf: ['yes'] } },
        ],
      },
    ],
    bands: [{ id: 'any', min: 0, max: 8 }],
  };

  it('asks a conditional question only when its condition holds', () => {
    expect([...applicableQuestions(model, { wifi: 'yes' })]).toEqual(['wifi', 'wpa3']);
    expect([...applicableQuestions(model, { wifi: 'no' })]).toEqual(['wifi']);
  });

  it('leaves a question that is not asked out of the total and the maximum', () => {
    expect(scoreAnswers(model, { wifi: 'no' })).toMatchObject({ total: 0, max: 4 });
    expect(scoreAnswers(model, { wifi: 'yes', wpa3: 'yes' })).toMatchObject({ total: 8, max: 8 });
  });

  it('requires the answer when asked and refuses it when not (unless told to ignore it)', () => {
    expect(validateAnswers(model, { wifi: 'yes' })).toMatchObject({
      ok: false,
      problems: [{ id: 'wpa3', code: 'missing' }],
    });
    expect(validateAnswers(model, { wifi: 'no', wpa3: 'yes' })).toMatchObject({
      ok: false,
      problems: [{ id: 'wpa3', code: 'not_applicable' }],
    });
    expect(validateAnswers(model, { wifi: 'no', wpa3: 'yes' }, { ignoreNotApplicable: true })).toEqual({
      ok: true,
      answers: { wifi: 'no' },
    });
  });
});

describe('next steps', () => {
  it('ranks every gap, lowest points first, then in question order', () => {
    fc.assert(
      fc.property(fiveMinuteAnswers, (answers) => {
        const result = scoreAnswers(set, answers);
        const gaps = rankGaps(result);
        expect(gaps.map((gap) => gap.questionId).sort()).toEqual(
          set.questions
            .filter((q) => answers[q.id] !== 'yes')
            .map((q) => q.id)
            .sort(),
        );
        for (let i = 1; i < gaps.length; i++) {
          const [a, b] = [gaps[i - 1]!, gaps[i]!];
          expect(a.points < b.points || (a.points === b.points && a.questionId < b.questionId)).toBe(true);
        }
        expect(nextSteps(result)).toEqual(gaps.slice(0, 3));
      }),
    );
  });

  it('puts "don\'t know" before "not done" before "partly done"', () => {
    const answers = { ...answersWith(set, { yes: 25 }), q02: 'partial', q10: 'no', q20: 'unknown', q21: 'no' };
    expect(nextSteps(scoreAnswers(set, answers)).map((step) => step.questionId)).toEqual(['q20', 'q10', 'q21']);
  });

  it('has nothing to do when every answer is the best one', () => {
    expect(nextSteps(scoreAnswers(set, answersWith(set, { yes: 25 })))).toEqual([]);
  });
});

describe('answer codes', () => {
  it('round-trip any answers', () => {
    fc.assert(
      fc.property(modelWithAnswers, ({ model, answers }) => {
        const code = encodeAnswers(model, answers);
        expect(code).toMatch(/^[0-9a-z-]+$/);
        expect(decodeAnswers(model, code)).toEqual(answers);
      }),
    );
  });

  it('encode the five-minute check in 25 characters', () => {
    expect(encodeAnswers(set, answersWith(set, { yes: 24, partial: 1 }))).toBe(`${'0'.repeat(24)}1`);
  });

  it('refuse codes of the wrong length or with unknown characters', () => {
    expect(decodeAnswers(set, '0'.repeat(24))).toBeUndefined();
    expect(decodeAnswers(set, `${'0'.repeat(24)}4`)).toBeUndefined();
    expect(decodeAnswers(set, `${'0'.repeat(24)}!`)).toBeUndefined();
    expect(decodeAnswers(set, `${'0'.repeat(24)}-`)).toEqual(
      Object.fromEntries(set.questions.slice(0, 24).map((q) => [q.id, 'yes'])),
    );
  });
});
