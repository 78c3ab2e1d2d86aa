/** The translated message of a field problem, naming the field. */
import { t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import type { FieldProblem } from '../asset-input.ts';
import { maxLengths } from '../asset-input.ts';

export function problemMessage(locale: Locale, problem: FieldProblem): string {
  const field = t(locale, `assets.field.${problem.field}` as MessageKey);
  const max = maxLengths[problem.field as keyof typeof maxLengths] ?? '';
  return t(locale, `assets.problem.${problem.code}` as MessageKey, { field, max });
}
