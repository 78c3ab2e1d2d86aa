import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../scoring.ts';
import { answersWith, loadFiveMinuteSet } from '../testing/five-minute-set.ts';
import { compareResults } from './compare-results.ts';

const set = loadFiveMinuteSet();
const answers = fc
  .array(fc.constantFrom('yes', 'partial', 'no', 'unknown'), { minLength: 25, maxLength: 25 })
  .map((choices) => Object.fromEntries(set.questions.map((question, index) => [question.id, choices[index]!])));

describe('comparing two results', () => {
  it('names what changed per question and the change per part', () => {
    const before = scoreAnswers(set, answersWith(set, { yes: 10 }));
    const after = scoreAnswers(set, { ...answersWith(set, { yes: 12 }), q01: 'partial' });
    const comparison = compareResults(before, after);
    expect(comparison.totalDelta).toBe(after.total - before.total);
    expect(comparison.questions.find((q) => q.questionId === 'q01')).toEqual({
      questionId: 'q01',
      before: { choiceId: 'yes', points: 4 },
      after: { choiceId: 'partial', points: 2 },
      delta: -2,
      change: 'worse',
    });
    expect(comparison.questions.find((q) => q.questionId === 'q11')?.change).toBe('better');
    expect(comparison.questions.find((q) => q.questionId === 'q20')?.change).toBe('same');
    expect(comparison.counts).toEqual({ better: 2, worse: 1, same: 22 });
    expect(comparison.parts.map((part) => [part.id, part.delta])).toEqual([
      ['basic', -2],
      ['employee', 8],
      ['organization', 0],
    ]);
  });

  it('tells a changed answer with the same points apart from an unchanged one', () => {
    const model = {
      id: 'tiny',
      version: 1,
      parts: [
        {
          id: 'p',
          questions: [
            {
              id: 'x',
              choices: [
                { id: 'a', points: 1 },
                { id: 'b', points: 1 },
              ],
            },
          ],
        },
      ],
      bands: [{ id: 'all', min: 0, max: 1 }],
    };
    const comparison = compareResults(scoreAnswers(model, { x: 'a' }), scoreAnswers(model, { x: 'b' }));
    expect(comparison.questions[0]?.change).toBe('changed');
  });

  it('sums per-question and per-part deltas to the total delta, and swapping negates them', () => {
    fc.assert(
      fc.property(answers, answers, (a, b) => {
        const before = scoreAnswers(set, a);
        const after = scoreAnswers(set, b);
        const forward = compareResults(before, after);
        const backward = compareResults(after, before);
        expect(forward.questions.reduce((sum, q) => sum + q.delta, 0)).toBe(forward.totalDelta);
        expect(forward.parts.reduce((sum, p) => sum + p.delta, 0)).toBe(forward.totalDelta);
        expect(backward.totalDelta + forward.totalDelta).toBe(0);
        expect(backward.counts).toEqual({
          ...forward.counts,
          better: forward.counts.worse,
          worse: forward.counts.better,
        });
      }),
    );
  });

  it('keeps questions only one side has, as added or removed', () => {
    const before = {
      total: 4,
      parts: [{ id: 'p', score: 4, max: 4 }],
      items: [{ questionId: 'old', choiceId: 'yes', points: 4 }],
    };
    const after = {
      total: 2,
      parts: [{ id: 'p', score: 2, max: 4 }],
      items: [{ questionId: 'new', choiceId: 'partial', points: 2 }],
    };
    const comparison = compareResults(before, after);
    expect(comparison.questions.map((q) => [q.questionId, q.change])).toEqual([
      ['new', 'added'],
      ['old', 'removed'],
    ]);
  });
});
