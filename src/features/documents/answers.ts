/**
 * The document questionnaire: names, roles and date that fill the text, and the switches that
 * decide which chapters and clauses apply. One schema for the form, the stored JSON and tests.
 */
import { z } from 'zod';
import { documentSwitches, type DocumentSwitch } from '../../content/policy-document-schemas.ts';
import type { MessageKey } from '../../i18n/index.ts';

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

const fieldMessages: Record<string, MessageKey> = {
  firmName: 'documents.error.firmName',
  representative: 'documents.error.representative',
  securityOfficer: 'documents.error.securityOfficer',
  effectiveDate: 'documents.error.effectiveDate',
  staffCount: 'documents.error.staffCount',
};

export type AnswersForm =
  | { ok: true; answers: DocumentAnswers }
  | { ok: false; errors: Record<string, MessageKey>; values: Record<string, string> };

/**
 * Reads the submitted questionnaire. A switch is on when its checkbox was sent with "yes";
 * anything else a browser would not send (several values, unknown fields) is refused.
 */
export function parseAnswersForm(form: FormData): AnswersForm {
  const values: Record<string, string> = {};
  const errors: Record<string, MessageKey> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') continue;
    if (key in values) errors[key] = 'documents.error.duplicate';
    values[key] = value;
  }
  const input: Record<string, unknown> = {};
  for (const field of answerTextFields) input[field] = values[field] ?? '';
  for (const key of documentSwitches) {
    const value = values[key];
    if (value !== undefined && value !== 'yes') errors[key] = 'documents.error.switch';
    input[key] = value === 'yes';
  }
  const result = answersSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      errors[field] ??= fieldMessages[field] ?? 'documents.error.switch';
    }
  }
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, answers: result.data };
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
