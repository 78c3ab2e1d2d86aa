import { describe, expect, it } from 'vitest';
import { buildResultView, parseResultQuery, resultQuery } from './result-view.ts';
import { answersWith, loadFiveMinuteSet } from './testing/five-minute-set.ts';

const set = loadFiveMinuteSet();
const links = (ids: readonly string[]) =>
  ids.map((id) => ({ id, title: `title ${id}`, path: `/guide/mission2/${id}/` }));

describe('buildResultView', () => {
  const answers = { ...answersWith(set, { yes: 25 }), q02: 'partial', q11: 'no', q20: 'unknown', q25: 'no' };
  const view = buildResultView(set, answers, links);

  it('gives the total, the band and its advice', () => {
    expect(view.result.total).toBe(100 - 2 - 4 - 5 - 4);
    expect(view.band.id).toBe('mostly');
    expect(view.band.advice.ja).not.toBe('');
  });

  it('picks the three most urgent next steps, each with the actions that fix it', () => {
    expect(view.steps.map((step) => step.question.id)).toEqual(['q20', 'q11', 'q25']);
    expect(view.steps[1]!.actions).toEqual([{ id: '2-4', title: 'title 2-4', path: '/guide/mission2/2-4/' }]);
  });

  it('marks every answer below the best as a gap, and "unknown" for review', () => {
    expect(view.items.filter((item) => item.gap).map((item) => item.question.id)).toEqual(['q02', 'q11', 'q20', 'q25']);
    expect(view.review.map((item) => item.question.id)).toEqual(['q20']);
    for (const item of view.items.filter((i) => i.gap)) expect(item.actions.length).toBeGreaterThan(0);
  });

  it('carries the SECURITY ACTION readiness', () => {
    expect(view.readiness?.oneStar.principles[1]).toEqual({ questionId: 'q02', status: 'partial' });
  });
});

describe('parseResultQuery', () => {
  const answers = answersWith(set, { yes: 10, partial: 5, unknown: 3 });

  it('reads back the answers of a result URL', () => {
    expect(parseResultQuery(set, new URLSearchParams(resultQuery(set, answers)))).toEqual({ ok: true, answers });
  });

  it('says when a URL was made for another version of the set', () => {
    const params = new URLSearchParams(resultQuery(set, answers));
    params.set('v', String(set.version + 1));
    expect(parseResultQuery(set, params)).toEqual({ ok: false, reason: 'outdated' });
  });

  it.each([
    ['', 'nothing'],
    ['v=1', 'no answers'],
    [`v=1&a=${'0'.repeat(24)}`, 'too short'],
    [`v=1&a=${'0'.repeat(24)}-`, 'an unanswered question'],
    [`v=1&a=${'0'.repeat(24)}9`, 'an unknown choice'],
    [`v=1&a=${'0'.repeat(25)}&x=1`, 'another parameter'],
    [`v=1&a=${'0'.repeat(25)}&a=${'0'.repeat(25)}`, 'a parameter twice'],
    [`v=01&a=${'0'.repeat(25)}`, 'a malformed version'],
  ])('refuses %j (%s)', (query) => {
    expect(parseResultQuery(set, new URLSearchParams(query))).toEqual({ ok: false, reason: 'invalid' });
  });
});
