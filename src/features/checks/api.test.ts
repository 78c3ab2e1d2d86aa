import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../../tests/support/openapi-schema.ts';
import { questionSetDocument, questionSetSummary, scoreRequest } from './api.ts';
import { answersWith, boundaryCases, loadFiveMinuteSet } from './testing/five-minute-set.ts';

const set = loadFiveMinuteSet();

describe('scoreRequest', () => {
  it.each(boundaryCases)('answers $total → band "$band" in the shape of PRODUCT.md §7', ({ total, band, counts }) => {
    const outcome = scoreRequest(set, { answers: answersWith(set, counts) }, 'en');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.body).toMatchObject({ total, max: 100, band });
    expect(outcome.body.parts.map((part) => [part.id, part.max])).toEqual([
      ['basic', 20],
      ['employee', 52],
      ['organization', 28],
    ]);
    expect(schemaProblems(outcome.body, 'ScoreResult')).toEqual([]);
  });

  it('lists the "unknown" answers for review', () => {
    const outcome = scoreRequest(set, { answers: { ...answersWith(set, { yes: 25 }), q07: 'unknown' } }, 'en');
    expect(outcome.ok && outcome.body.review).toEqual(['q07']);
  });

  it('names every offending id: missing, unknown, extra and an unknown choice', () => {
    const answers: Record<string, unknown> = {
      ...answersWith(set, { yes: 25 }),
      q05: 'maybe',
      q26: 'yes',
      extra: 'no',
    };
    delete answers['q03'];
    const outcome = scoreRequest(set, { answers }, 'en');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ status: 400, code: 'invalid_answers' });
    expect(outcome.error.details).toEqual([
      { id: 'q03', code: 'missing', message: 'Choose an answer for q03.' },
      { id: 'q05', code: 'invalid_choice', message: expect.stringContaining('q05') },
      { id: 'q26', code: 'unknown_question', message: expect.stringContaining('q26') },
      { id: 'extra', code: 'unknown_question', message: expect.stringContaining('extra') },
    ]);
  });

  it('refuses a body that is not {"answers": {…}}, in the language asked for', () => {
    for (const body of [null, [], 'yes', {}, { answers: [] }, { answers: 'yes' }, { answers: {}, more: 1 }]) {
      const outcome = scoreRequest(set, body, 'ja');
      expect(outcome.ok, JSON.stringify(body)).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error.code).toBe('invalid_request');
        expect(outcome.error.message).toContain('answers');
        expect(outcome.error.message).toMatch(/[\u3040-\u30ff]/);
      }
    }
  });
});

describe('documents', () => {
  it('match the OpenAPI schemas', () => {
    expect(schemaProblems(questionSetDocument(set), 'QuestionSet')).toEqual([]);
    expect(schemaProblems(questionSetSummary(set), 'QuestionSetSummary')).toEqual([]);
  });

  it('summarise the range of totals', () => {
    expect(questionSetSummary(set)).toMatchObject({ id: 'five-minute-check', questionCount: 25, min: -25, max: 100 });
  });

  it('the schema check itself catches a wrong shape', () => {
    expect(schemaProblems({ total: '70' }, 'ScoreResult')).toContainEqual('$.total: expected integer, got string');
  });
});
