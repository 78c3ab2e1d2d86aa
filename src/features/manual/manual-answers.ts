/**
 * The firm's answers to the emergency-manual builder, one group per Mission4 step (4-1 … 4-7),
 * and how a posted step form becomes those answers. Scalars are plain fields (`chiefName`); list
 * rows are numbered fields (`internal-0-phone`); a row left blank is dropped. Pure.
 */
import { z } from 'zod';
import { manualStepIds, type ManualStepId } from '../../content/manual-schemas.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { parseFields, type FieldErrors } from '../../server/http/parse-fields.ts';
import type { FormValues } from '../../server/http/request-body.ts';

export { manualStepIds, type ManualStepId };

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1);
/** Digits, spaces, hyphens, brackets, + and # (for #9110), or empty. */
const phone = text(30).regex(/^[0-9０-９+#()\- ]*$/);
const requiredPhone = phone.min(1);

interface RowSpec {
  /** Field prefix in the form. */
  prefix: string;
  columns: Record<string, z.ZodType<string>>;
  /** Rows shown in the form beyond the ones already filled. */
  blankRows: number;
  min: number;
  max: number;
}

interface StepSpec {
  scalars: Record<string, z.ZodType<string | number>>;
  rows: RowSpec[];
}

export const stepSpecs = {
  '4-1': {
    scalars: { scope: text(1000), storage: required(300), reviewMonth: z.coerce.number().int().min(1).max(12) },
    rows: [],
  },
  '4-2': {
    scalars: {
      chiefName: required(100),
      chiefPhone: requiredPhone,
      chiefDeputy: text(100),
      leadName: required(100),
      leadPhone: requiredPhone,
      leadDeputy: text(100),
      firstName: required(100),
      firstPhone: requiredPhone,
      firstDeputy: text(100),
      level0: required(200),
      level1: required(200),
      level2: required(200),
      level3: required(200),
    },
    rows: [
      {
        prefix: 'internal',
        columns: { name: required(100), role: text(100), phone: requiredPhone },
        blankRows: 3,
        min: 0,
        max: 15,
      },
    ],
  },
  '4-3': { scalars: { customerDesk: required(200), entrusted: text(1000) }, rows: [] },
  '4-4': {
    scalars: {
      vendorName: text(200),
      vendorPhone: phone,
      backupPlace: required(300),
      fallback: required(1000),
    },
    rows: [],
  },
  '4-5': { scalars: { disconnect: required(500) }, rows: [] },
  '4-6': {
    scalars: {},
    rows: [
      {
        prefix: 'external',
        columns: { name: required(200), purpose: text(200), phone: phone },
        blankRows: 3,
        min: 1,
        max: 25,
      },
    ],
  },
  '4-7': {
    scalars: { backup: required(1000), safety: required(500) },
    rows: [
      {
        prefix: 'keep',
        columns: { work: required(200), target: required(100) },
        blankRows: 2,
        min: 1,
        max: 10,
      },
    ],
  },
} as const satisfies Record<ManualStepId, StepSpec>;

export type StepAnswers = Record<string, string | number | Record<string, string>[]>;
/** Answers saved so far; a step is present once its form was saved. */
export type ManualAnswers = Partial<Record<ManualStepId, StepAnswers>>;

export function isManualStepId(value: unknown): value is ManualStepId {
  return typeof value === 'string' && (manualStepIds as readonly string[]).includes(value);
}

/** The step after this one, or null after 4-7. */
export function nextStep(step: ManualStepId): ManualStepId | null {
  return manualStepIds[manualStepIds.indexOf(step) + 1] ?? null;
}

export function missingSteps(answers: ManualAnswers): ManualStepId[] {
  return manualStepIds.filter((step) => !answers[step]);
}

function messageFor(field: string): MessageKey {
  const column = field.split('-').pop() ?? field;
  if (/phone$/i.test(column)) return 'manual.error.phone';
  if (column === 'reviewMonth') return 'manual.error.month';
  if (/name$/i.test(column) || column === 'customerDesk') return 'manual.error.name';
  return 'manual.error.text';
}

export type StepResult = { ok: true; value: StepAnswers } | { ok: false; errors: FieldErrors; values: FormValues };

/** Validates one posted step; row errors name the row's own fields (`internal-2-phone`). */
export function parseStep(step: ManualStepId, values: FormValues): StepResult {
  // Control characters (NUL …) are refused in every field first, with their own message.
  const readable = parseFields(z.object({}), values);
  if (!readable.ok) return readable;
  const spec: StepSpec = stepSpecs[step];
  const errors: FieldErrors = {};
  const value: StepAnswers = {};
  for (const [field, schema] of Object.entries(spec.scalars)) {
    const parsed = schema.safeParse(values[field] ?? '');
    if (parsed.success) value[field] = parsed.data;
    else errors[field] = messageFor(field);
  }
  for (const rows of spec.rows) {
    const kept: Record<string, string>[] = [];
    for (let index = 0; index < rows.max + rows.blankRows; index++) {
      const raw = Object.fromEntries(
        Object.keys(rows.columns).map((column) => [column, values[`${rows.prefix}-${index}-${column}`] ?? '']),
      );
      if (Object.values(raw).every((cell) => cell.trim() === '')) continue;
      const row: Record<string, string> = {};
      for (const [column, schema] of Object.entries(rows.columns)) {
        const parsed = schema.safeParse(raw[column]);
        if (parsed.success) row[column] = parsed.data;
        else errors[`${rows.prefix}-${index}-${column}`] = messageFor(column);
      }
      kept.push(row);
    }
    if (kept.length < rows.min) errors[`${rows.prefix}-0-${Object.keys(rows.columns)[0]}`] ??= 'manual.error.rowsMin';
    if (kept.length > rows.max) errors[rows.prefix] = 'manual.error.rowsMax';
    value[rows.prefix] = kept;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, value };
}

/** The saved answers of a step as form values, with blank rows to add more. */
export function stepFormValues(step: ManualStepId, answers: StepAnswers | undefined, defaults: FormValues): FormValues {
  const spec: StepSpec = stepSpecs[step];
  const values: FormValues = { ...defaults };
  if (!answers) return values;
  for (const field of Object.keys(spec.scalars)) {
    const answer = answers[field];
    if (typeof answer === 'string' || typeof answer === 'number') values[field] = String(answer);
  }
  for (const rows of spec.rows) {
    for (const key of Object.keys(values)) if (key.startsWith(`${rows.prefix}-`)) delete values[key];
    const saved = answers[rows.prefix];
    if (!Array.isArray(saved)) continue;
    saved.forEach((row, index) => {
      for (const column of Object.keys(rows.columns)) values[`${rows.prefix}-${index}-${column}`] = row[column] ?? '';
    });
  }
  return values;
}

/** How many rows of a list the form shows: the filled ones plus a few blank ones. */
export function rowCount(step: ManualStepId, prefix: string, values: FormValues): number {
  const spec: StepSpec = stepSpecs[step];
  const rows = spec.rows.find((r) => r.prefix === prefix);
  if (!rows) return 0;
  let filled = 0;
  for (let index = 0; index < rows.max + rows.blankRows; index++) {
    if (Object.keys(rows.columns).some((column) => (values[`${rows.prefix}-${index}-${column}`] ?? '') !== ''))
      filled = index + 1;
  }
  return Math.min(filled + rows.blankRows, rows.max + rows.blankRows);
}

const answersSchema = z.record(z.string(), z.unknown());

/** Reads stored answers; anything that is not an object of known steps is dropped. */
export function readAnswers(json: string): ManualAnswers {
  const parsed = answersSchema.safeParse(JSON.parse(json));
  if (!parsed.success) return {};
  const answers: ManualAnswers = {};
  for (const step of manualStepIds) {
    const value = parsed.data[step];
    if (value && typeof value === 'object') answers[step] = value as StepAnswers;
  }
  return answers;
}

/** A scalar answer as text ('' when absent). */
export function answerText(answers: ManualAnswers, step: ManualStepId, field: string): string {
  const value = answers[step]?.[field];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** The rows of a list answer. */
export function answerRows(answers: ManualAnswers, step: ManualStepId, prefix: string): Record<string, string>[] {
  const value = answers[step]?.[prefix];
  return Array.isArray(value) ? value : [];
}
