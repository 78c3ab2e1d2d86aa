/**
 * The one way to validate posted fields: a zod schema over the strings read by request-body.ts,
 * and per field a translated message key. A field holding control characters is refused with
 * its own message before the schema runs, so such text is never stored (PostgreSQL refuses
 * NUL; SQLite would keep it). For forms with several actions, pass a discriminated union on
 * `intent`: the failure of an unknown intent lands on the `intent` field.
 */
import type { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';
import { AppError } from '../errors.ts';
import { hasControlCharacters, type FormValues } from './request-body.ts';

export type FieldErrors = Record<string, MessageKey>;
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; values: FormValues };

/** Chooses the message of one failed field; the issue says what went wrong. */
export type MessageFor = (field: string, issue: z.core.$ZodIssue) => MessageKey;

/** Fields that must never be sent back into a page, even when the form fails. */
const SECRET_FIELDS = ['password', 'newPassword', 'currentPassword'];

/**
 * Validates fields with `schema`; on failure every bad field gets one message and the typed
 * values come back (less secrets) so nothing the user typed is lost.
 */
export function parseFields<T extends z.ZodType>(
  schema: T,
  values: FormValues,
  messageFor: MessageFor = () => 'form.error.invalid',
): FormResult<z.infer<T>> {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(values)) {
    if (hasControlCharacters(value)) errors[field] = 'form.error.controlCharacters';
  }
  if (Object.keys(errors).length === 0) {
    const result = schema.safeParse(values);
    if (result.success) return { ok: true, value: result.data };
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.') || 'form';
      errors[field] ??= messageFor(field, issue);
    }
  }
  const kept = { ...values };
  for (const secret of SECRET_FIELDS) delete kept[secret];
  return { ok: false, errors, values: kept };
}

/**
 * A message picker from a table: per field, a message per zod issue code with `default` as
 * the fallback; fields not in the table get `fallback`.
 */
export function messagesFrom(
  table: Record<string, Partial<Record<string, MessageKey>>>,
  fallback: MessageKey = 'form.error.invalid',
): MessageFor {
  return (field, issue) => {
    const entry = table[field.split('.')[0]!] ?? {};
    return entry[issue.code] ?? entry['default'] ?? fallback;
  };
}

/**
 * The value of a form whose fields the user cannot correct on the page (hidden fields, a lone
 * button): a failure is an error of the request itself, 400 with the reason as a notice.
 */
export function requireFields<T>(result: FormResult<T>): T {
  if (result.ok) return result.value;
  const control = Object.values(result.errors).includes('form.error.controlCharacters');
  throw new AppError(control ? 'control_characters' : 'bad_request');
}
