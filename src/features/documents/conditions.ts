import type { DocumentAnswers } from './answers.ts';
import { documentSwitches, type DocumentSwitch } from './answers.ts';

/**
 * Whether a content block applies to a firm: no condition always applies; `byod` needs the
 * switch on, `!byod` off; `staff>=50` and `staff<50` compare the number of staff. The content
 * schema admits only these forms, so anything else is a programming error and throws.
 */
export function conditionHolds(condition: string | undefined, answers: DocumentAnswers): boolean {
  if (condition === undefined) return true;
  const staff = /^staff(>=|<)(\d+)$/.exec(condition);
  if (staff) {
    const limit = Number(staff[2]);
    return staff[1] === '>=' ? answers.staffCount >= limit : answers.staffCount < limit;
  }
  const negated = condition.startsWith('!');
  const key = negated ? condition.slice(1) : condition;
  if (!(documentSwitches as readonly string[]).includes(key)) throw new Error(`unknown condition "${condition}"`);
  return answers[key as DocumentSwitch] !== negated;
}
