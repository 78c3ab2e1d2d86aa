/** The translated message of a field's problem, naming the field and its length limit. */
import { dictionaries, t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { maxLengths } from '../asset-input.ts';

export function problemMessage(locale: Locale, field: string, message: MessageKey): string {
  const label = `assets.field.${field}`;
  // A field the form does not have (only ever refused for its characters) is named as sent.
  const name = label in dictionaries[locale] ? t(locale, label as MessageKey) : field;
  const max = maxLengths[field as keyof typeof maxLengths] ?? '';
  return t(locale, message, { field: name, max });
}
