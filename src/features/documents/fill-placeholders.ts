import { formatDate, type Locale } from '../../i18n/index.ts';
import type { DocumentAnswers } from './answers.ts';

export type PlaceholderValues = Record<string, string>;

/** The values of the content's placeholders for a firm, dates written the locale's way. */
export function placeholderValues(answers: DocumentAnswers, locale: Locale): PlaceholderValues {
  return {
    firmName: answers.firmName,
    representative: answers.representative,
    securityOfficer: answers.securityOfficer,
    effectiveDate: formatDate(locale, `${answers.effectiveDate}T12:00:00+09:00`),
    staffCount: String(answers.staffCount),
  };
}

/**
 * Replaces `{name}` by its value in one pass, so a value that itself contains `{firmName}` or
 * markup is inserted as written and never expanded again.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
