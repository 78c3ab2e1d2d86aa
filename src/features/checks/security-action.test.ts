import { describe, expect, it } from 'vitest';
import { scoreAnswers } from './scoring.ts';
import { securityActionReadiness } from './security-action.ts';
import { answersWith, loadFiveMinuteSet } from './testing/five-minute-set.ts';

const set = loadFiveMinuteSet();

describe('securityActionReadiness', () => {
  it('shows each of the five principles as done, partial, missing or to review', () => {
    const answers = { ...answersWith(set, { yes: 25 }), q02: 'partial', q03: 'no', q04: 'unknown' };
    const readiness = securityActionReadiness(set, scoreAnswers(set, answers));
    expect(readiness?.oneStar.principles).toEqual([
      { questionId: 'q01', status: 'done' },
      { questionId: 'q02', status: 'partial' },
      { questionId: 'q03', status: 'missing' },
      { questionId: 'q04', status: 'unknown' },
      { questionId: 'q05', status: 'done' },
    ]);
    expect(readiness?.oneStar.inPlace).toBe(false);
  });

  it('counts the principles in place when part 1 is all "yes", whatever the rest', () => {
    const answers = { ...answersWith(set, { yes: 5 }) };
    expect(securityActionReadiness(set, scoreAnswers(set, answers))?.oneStar.inPlace).toBe(true);
  });

  it('marks the self-check done for two stars, the policy criteria unconfirmed unless known', () => {
    const result = scoreAnswers(set, answersWith(set, { yes: 25 }));
    expect(securityActionReadiness(set, result)?.twoStar).toEqual({
      criteria: [
        { id: 'self-check', status: 'done' },
        { id: 'basic-policy', status: 'unconfirmed' },
        { id: 'policy-published', status: 'unconfirmed' },
      ],
      ready: false,
    });
    expect(securityActionReadiness(set, result, { basicPolicy: true, policyPublished: true })?.twoStar.ready).toBe(
      true,
    );
  });

  it('has nothing to say for a set without the principles', () => {
    const other = { ...set, securityAction: undefined };
    expect(securityActionReadiness(other, scoreAnswers(set, answersWith(set, { yes: 25 })))).toBeUndefined();
  });
});
