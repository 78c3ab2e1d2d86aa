/**
 * What the incident-record forms accept. Each form is a zod schema over the posted fields; a bad
 * field maps to a translated message key shown beside it and in the error summary. Pure.
 */
import { z } from 'zod';
import { eventIds } from '../../content/schemas.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { parseFields as parseWith, type FieldErrors, type FormResult } from '../../server/http/parse-fields.ts';
import type { FormValues } from '../../server/http/request-body.ts';
import { appiAnswers, appiQuestions, isCalendarDate, type AppiAnswer, type AppiQuestion } from '../incident/index.ts';

export type { FieldErrors, FormResult, FormValues };

export const damageLevels = [0, 1, 2, 3] as const;
export const entryKinds = ['event', 'decision'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** Japan has no daylight saving: +09:00 all year. */
const JAPAN_OFFSET = '+09:00';

/** A Japan date and time of day as stored: 2026-11-25T09:30:00+09:00. */
export function toJapanTimestamp(date: string, time: string): string {
  return `${date}T${time}:00${JAPAN_OFFSET}`;
}

/** The Japan date and time of day of a stored timestamp. */
export function splitJapanTimestamp(value: string): { date: string; time: string } {
  return { date: value.slice(0, 10), time: value.slice(11, 16) };
}

const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const text = (max: number) => z.string().trim().min(1).max(max);

/** A date field that must be a real calendar date and not after today in Japan. */
function pastDate(today: string) {
  return z
    .string()
    .trim()
    .refine(isCalendarDate, { message: 'date' })
    .refine((value) => value <= today, { message: 'future' });
}

const appiFields = Object.fromEntries(appiQuestions.map((q) => [q, z.enum(appiAnswers)])) as Record<
  AppiQuestion,
  z.ZodEnum<{ [K in AppiAnswer]: K }>
>;
export const appiSchema = z.object(appiFields);
export type AppiSet = z.infer<typeof appiSchema>;

/** APPI answers in a create form are optional, but all six or none. */
function optionalAppi(values: FormValues): { ok: true; value: AppiSet | null } | { ok: false; errors: FieldErrors } {
  if (!appiQuestions.some((q) => (values[q] ?? '') !== '')) return { ok: true, value: null };
  const parsed = appiSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] = 'incidents.error.appi';
  return { ok: false, errors };
}

export function createSchema(today: string) {
  return z.object({
    event: z.enum(eventIds),
    title: text(200),
    discoveredDate: pastDate(today),
    discoveredTime: time,
  });
}
export type CreateInput = z.infer<ReturnType<typeof createSchema>> & { appi: AppiSet | null };

export function entrySchema(today: string) {
  return z.object({
    kind: z.enum(entryKinds),
    occurredDate: pastDate(today),
    occurredTime: time,
    text: text(2000),
    who: text(100),
  });
}

export const levelSchema = z.object({ damageLevel: z.coerce.number().int().min(0).max(3) });

export function noticeSchema(today: string) {
  return z.object({
    contactId: z
      .string()
      .trim()
      .max(100)
      .regex(/^[a-z0-9-]*$/)
      .optional()
      .default(''),
    name: text(200),
    informedDate: pastDate(today),
    informedTime: time,
  });
}

export const closeSchema = z.object({
  lessons: text(5000),
  actions: z
    .string()
    .max(5000)
    .optional()
    .default('')
    .transform((value) =>
      value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .pipe(z.array(z.string().max(200)).max(20)),
});

const messages: Record<string, MessageKey> = {
  event: 'incidents.error.event',
  title: 'incidents.error.title',
  discoveredTime: 'incidents.error.time',
  occurredTime: 'incidents.error.time',
  informedTime: 'incidents.error.time',
  kind: 'incidents.error.kind',
  text: 'incidents.error.text',
  who: 'incidents.error.who',
  damageLevel: 'incidents.error.level',
  name: 'incidents.error.name',
  contactId: 'incidents.error.name',
  lessons: 'incidents.error.lessons',
  actions: 'incidents.error.actions',
};

function messageFor(field: string, issue: z.core.$ZodIssue): MessageKey {
  if (field.endsWith('Date')) return issue.message === 'future' ? 'incidents.error.future' : 'incidents.error.date';
  if ((appiQuestions as readonly string[]).includes(field)) return 'incidents.error.appi';
  return messages[field] ?? 'incidents.error.invalid';
}

/** Validates posted fields of an incident form with the incident messages. */
export function parseFields<T extends z.ZodType>(schema: T, values: FormValues): FormResult<z.infer<T>> {
  return parseWith(schema, values, messageFor);
}

export function parseCreate(values: FormValues, today: string): FormResult<CreateInput> {
  const base = parseFields(createSchema(today), values);
  const appi = optionalAppi(values);
  if (base.ok && appi.ok) return { ok: true, value: { ...base.value, appi: appi.value } };
  return {
    ok: false,
    errors: { ...(base.ok ? {} : base.errors), ...(appi.ok ? {} : appi.errors) },
    values,
  };
}
