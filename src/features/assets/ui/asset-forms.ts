/**
 * What the register's forms accept: one zod schema per form over the posted fields, read with
 * parseFields. The ledger and risk fields go through the one asset validator (asset-input.ts),
 * so a form and a spreadsheet row are judged alike; each problem lands on its field as a
 * message key that the pages show with the field's name.
 */
import { z } from 'zod';
import type { MessageKey } from '../../../i18n/index.ts';
import type { MessageFor } from '../../../server/http/parse-fields.ts';
import type { FormValues } from '../../../server/http/request-body.ts';
import { isRecordId } from '../../../server/http/route-params.ts';
import type { Rating } from '../../risk/index.ts';
import {
  assetFieldNames,
  riskFieldNames,
  validateAssetFields,
  validateRiskFields,
  type FieldName,
  type ProblemCode,
  type RawFields,
  type Validated,
} from '../asset-input.ts';

const flagFields: ReadonlySet<string> = new Set(['personal', 'sensitive', 'myNumber', 'critical']);

/** Posted fields as the validator's neutral raw strings (a ticked checkbox sends "on"). */
function rawFromValues(values: FormValues, fields: readonly FieldName[]): RawFields {
  const raw: RawFields = {};
  for (const field of fields) {
    raw[field] = flagFields.has(field) ? (values[field] === 'on' ? 'yes' : 'no') : (values[field] ?? '');
  }
  return raw;
}

/** The form of one intent whose value is what `validate` makes of its fields. */
function validatedBy<I extends string, T>(intent: I, validate: (values: FormValues) => Validated<T>) {
  return z
    .object({ intent: z.literal(intent) })
    .catchall(z.string())
    .transform((values, ctx) => {
      const checked = validate(values);
      if (checked.ok) return { intent, fields: checked.value };
      for (const problem of checked.problems) {
        ctx.addIssue({
          code: 'custom',
          path: [problem.field],
          params: { problem: problem.code },
          message: problem.code,
        });
      }
      return z.NEVER;
    });
}

/** /app/assets/new and /app/assets/{id}: save the ledger fields, or delete with the typed name. */
export function assetForm(today: string) {
  return z.discriminatedUnion('intent', [
    validatedBy('save', (values) => validateAssetFields(rawFromValues(values, assetFieldNames), today)),
    z.object({ intent: z.literal('delete'), confirmation: z.string() }),
  ]);
}

/** /app/assets/{id}/risk: rate the risk, accept the residual risk with a comment, or withdraw. */
export const riskForm = z.discriminatedUnion('intent', [
  validatedBy('rate', (values) => validateRiskFields(rawFromValues(values, riskFieldNames))),
  z.object({ intent: z.literal('accept'), comment: z.string().trim().max(500).default('') }),
  z.object({ intent: z.literal('withdraw') }),
]);

const keep = z
  .literal('')
  .optional()
  .transform(() => undefined);
const ratingOrKeep = z.union([keep, z.enum(['1', '2', '3']).transform((value) => Number(value) as Rating)]);

/** The register's bulk change: each rating, or "" to keep it. */
export const bulkForm = z
  .object({ bulkConfidentiality: ratingOrKeep, bulkIntegrity: ratingOrKeep, bulkAvailability: ratingOrKeep })
  .transform((form) => ({
    confidentiality: form.bulkConfidentiality,
    integrity: form.bulkIntegrity,
    availability: form.bulkAvailability,
  }));

/** The ticked rows of the register (a checkbox group of asset ids). */
export const selectedIds = z.array(z.string().refine(isRecordId)).max(10_000);

/** /app/assets/risks: the matrix chosen from the list. */
export const matrixForm = z.object({ matrix: z.string().max(100) });

/** /app/assets/import: the uploaded file's name is kept with the staged rows. */
export const uploadForm = z.object({ fileName: z.string() });

/** /app/assets/import/{id}: take the staged rows in, or throw them away. */
export const stagedForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('commit') }),
  z.object({ intent: z.literal('discard') }),
]);

const problemMessages: Record<ProblemCode, MessageKey> = {
  required: 'assets.problem.required',
  tooLong: 'assets.problem.tooLong',
  rating: 'assets.problem.rating',
  flag: 'assets.problem.flag',
  date: 'assets.problem.date',
  treatment: 'assets.problem.treatment',
  sections: 'assets.problem.sections',
  pair: 'assets.problem.pair',
  controlCharacters: 'form.error.controlCharacters',
};

/** The message of a failed field: the validator's problem, else the form's own words. */
export const assetMessages: MessageFor = (field, issue) => {
  const problem = issue.code === 'custom' ? (issue.params?.['problem'] as ProblemCode | undefined) : undefined;
  if (problem) return problemMessages[problem];
  if (field === 'comment') return 'assets.accept.commentTooLong';
  if (field.startsWith('bulk')) return 'assets.bulk.invalid';
  if (field === 'matrix') return 'assets.risks.matrixInvalid';
  return 'form.error.invalid';
};
