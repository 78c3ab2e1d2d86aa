/**
 * The document questionnaire: names, roles and date that fill the text, and the switches that
 * decide which chapters and clauses apply. One schema for the form, the stored JSON and tests.
 */
import { z } from 'zod';
import { documentSwitches, type DocumentSwitch } from '../../content/policy-document-schemas.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { messagesFrom, parseFields } from '../../server/http/parse-fields.ts';
import type { FormValues } from '../../server/http/request-body.ts';

export { documentSwitches, type DocumentSwitch };

const name = z.string().trim().min(1).max(100);

/** A real calendar date written YYYY-MM-DD. */
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  });

export const answersSchema = z.strictObject({
  firmName: name,
  representative: name,
  securityOfficer: name,
  effectiveDate: isoDate,
  staffCount: z.coerce.number().int().min(1).max(100000),
  cloud: z.boolean(),
  myNumber: z.boolean(),
  byod: z.boolean(),
  telework: z.boolean(),
  website: z.boolean(),
  software: z.boolean(),
  outsourcing: z.boolean(),
  serverRoom: z.boolean(),
});
export type DocumentAnswers = z.infer<typeof answersSchema>;

/** The text fields of the form, in the order they are shown. */
export const answerTextFields = [
  'firmName',
  'representative',
  'securityOfficer',
  'effectiveDate',
  'staffCount',
] as const;

/** Answers before the owner has saved any: the organisation's name and every switch off. */
export function defaultAnswers(organizationName: string, today: string): DocumentAnswers {
  return {
    firmName: organizationName,
    representative: '',
    securityOfficer: '',
    effectiveDate: today,
    staffCount: 10,
    ...(Object.fromEntries(documentSwitches.map((key) => [key, false])) as Record<DocumentSwitch, boolean>),
  };
}

/** The questionnaire as posted: the text fields as typed, a switch "yes" when its box is ticked. */
const switchField = z
  .literal('yes')
  .optional()
  .transform((value) => value === 'yes');
const answersFormSchema = z.object({
  ...answersSchema.shape,
  ...(Object.fromEntries(documentSwitches.map((key) => [key, switchField])) as Record<
    DocumentSwitch,
    typeof switchField
  >),
});

const answerMessages = messagesFrom(
  {
    firmName: { default: 'documents.error.firmName' },
    representative: { default: 'documents.error.representative' },
    securityOfficer: { default: 'documents.error.securityOfficer' },
    effectiveDate: { default: 'documents.error.effectiveDate' },
    staffCount: { default: 'documents.error.staffCount' },
  },
  'documents.error.switch',
);

export type AnswersForm =
  { ok: true; answers: DocumentAnswers } | { ok: false; errors: Record<string, MessageKey>; values: FormValues };

/**
 * Reads the submitted questionnaire (readFormLists: the last value of each field and every value
 * of each). A switch is on when its checkbox was sent with "yes"; a field sent twice, which a
 * browser would not do, is refused.
 */
export function parseAnswersForm(form: { values: FormValues; lists: Record<string, string[]> }): AnswersForm {
  const parsed = parseFields(answersFormSchema, form.values, answerMessages);
  const errors: Record<string, MessageKey> = parsed.ok ? {} : { ...parsed.errors };
  for (const [key, list] of Object.entries(form.lists)) if (list.length > 1) errors[key] = 'documents.error.duplicate';
  if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, errors, values: form.values };
  return { ok: true, answers: parsed.value };
}

/** Stored answers, or undefined when the JSON no longer fits the schema. */
export function readStoredAnswers(json: string): DocumentAnswers | undefined {
  try {
    const parsed = answersSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The form values of saved answers (switches as "yes" or absent). */
export function answersToValues(answers: DocumentAnswers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of answerTextFields) values[field] = String(answers[field]);
  for (const key of documentSwitches) if (answers[key]) values[key] = 'yes';
  return values;
}
