/**
 * Plain HTML forms of the signed-in features: read the posted strings, validate them with a zod
 * schema, and turn each bad field into a translated message key. Pure apart from reading the body.
 */
import type { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';

export type FieldErrors = Record<string, MessageKey>;
export type FormValues = Record<string, string>;
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; values: FormValues };

/** Longest value kept from one field; longer input is refused by the schemas anyway. */
const MAX_FIELD_LENGTH = 10_000;

/** The string fields of a posted form (files are ignored), each cut to a sane length. */
export async function readFormValues(request: Request): Promise<FormValues> {
  const values: FormValues = {};
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    return values;
  }
  for (const [key, value] of data.entries()) {
    if (typeof value === 'string') values[key] = value.slice(0, MAX_FIELD_LENGTH);
  }
  return values;
}

/**
 * Validates posted fields; on failure every bad field gets the message `messageFor` picks and the
 * typed values come back so nothing the user typed is lost.
 */
export function parseFields<T extends z.ZodType>(
  schema: T,
  values: FormValues,
  messageFor: (field: string, issue: z.core.$ZodIssue) => MessageKey,
): FormResult<z.infer<T>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= messageFor(field, issue);
  }
  return { ok: false, errors, values };
}
