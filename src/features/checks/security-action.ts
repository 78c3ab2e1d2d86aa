/**
 * SECURITY ACTION readiness (FACTS.md §3). It is a self-declaration by the firm, never a
 * certification: the UI says 宣言 and nothing else.
 *
 * ★ one star: the firm declares it works on the five principles (情報セキュリティ5か条); the set
 *   names the questions that correspond to them, so we show how far each is in place.
 * ★★ two stars: (1) self-assessed with the 5-minute check, (2) an information security policy
 *   (基本方針) written, (3) the policy published. An anonymous result proves (1) only; the other two
 *   cannot be seen from here yet and stay "unconfirmed" with a link to what completes them.
 */
import type { ItemScore, ScoreResult } from './scoring.ts';

export type PrincipleStatus = 'done' | 'partial' | 'missing' | 'unknown';
export type CriterionStatus = 'done' | 'unconfirmed';
export type TwoStarCriterion = 'self-check' | 'basic-policy' | 'policy-published';

export interface Readiness {
  oneStar: {
    principles: { questionId: string; status: PrincipleStatus }[];
    /** Every principle is fully in place. */
    inPlace: boolean;
  };
  twoStar: {
    criteria: { id: TwoStarCriterion; status: CriterionStatus }[];
    /** Every criterion is confirmed. */
    ready: boolean;
  };
}

function principleStatus(item: ItemScore | undefined): PrincipleStatus {
  if (!item || item.review) return 'unknown';
  if (item.points >= item.best) return 'done';
  return item.points > 0 ? 'partial' : 'missing';
}

export function securityActionReadiness(
  set: { securityAction?: { principles: string[] } | undefined },
  result: Pick<ScoreResult, 'items'>,
  known: { basicPolicy?: boolean; policyPublished?: boolean } = {},
): Readiness | undefined {
  if (!set.securityAction) return undefined;
  const items = new Map(result.items.map((item) => [item.questionId, item]));
  const principles = set.securityAction.principles.map((questionId) => ({
    questionId,
    status: principleStatus(items.get(questionId)),
  }));
  const criteria: Readiness['twoStar']['criteria'] = [
    { id: 'self-check', status: 'done' },
    { id: 'basic-policy', status: known.basicPolicy ? 'done' : 'unconfirmed' },
    { id: 'policy-published', status: known.policyPublished ? 'done' : 'unconfirmed' },
  ];
  return {
    oneStar: { principles, inPlace: principles.every((principle) => principle.status === 'done') },
    twoStar: { criteria, ready: criteria.every((criterion) => criterion.status === 'done') },
  };
}
