/**
 * Validation of one asset, shared by the forms and the spreadsheet import: raw strings in,
 * typed fields or a problem per field out. Both callers first turn their own words (checkbox
 * "on", 「有」, 「低減」 …) into the neutral values read here: flags "yes"/"no", ratings "1"–"3",
 * treatment ids, section ids separated by commas.
 */
import { z } from 'zod';
import { hasControlCharacters } from '../../server/http/request-body.ts';
import type { Rating } from '../risk/index.ts';
import { mission2Actions, treatments, type AssetFields, type RiskFields } from './asset.ts';

export const assetFieldNames = [
  'category',
  'name',
  'note',
  'users',
  'department',
  'media',
  'personal',
  'sensitive',
  'myNumber',
  'critical',
  'confidentiality',
  'integrity',
  'availability',
  'retention',
  'registeredOn',
] as const;
export const riskFieldNames = [
  'threat',
  'vulnerability',
  'treatment',
  'measures',
  'measureSections',
  'residualThreat',
  'residualVulnerability',
] as const;
export type AssetFieldName = (typeof assetFieldNames)[number];
export type RiskFieldName = (typeof riskFieldNames)[number];
export type FieldName = AssetFieldName | RiskFieldName;

export type ProblemCode =
  'required' | 'tooLong' | 'rating' | 'flag' | 'date' | 'treatment' | 'sections' | 'pair' | 'controlCharacters';

export interface FieldProblem {
  field: FieldName;
  code: ProblemCode;
}

export type RawFields = Partial<Record<FieldName, string>>;

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Longest text each field takes (characters). */
export const maxLengths = {
  category: 50,
  name: 100,
  note: 500,
  users: 100,
  department: 100,
  media: 100,
  retention: 50,
  measures: 1000,
} as const;

// Schemas are built once: building a zod schema costs far more than using it (P8).
const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const schemas = {
  category: requiredText(maxLengths.category),
  name: requiredText(maxLengths.name),
  note: text(maxLengths.note),
  users: text(maxLengths.users),
  department: text(maxLengths.department),
  media: text(maxLengths.media),
  retention: text(maxLengths.retention),
  measures: text(maxLengths.measures),
};
const rating = z.enum(['1', '2', '3']).transform((value) => Number(value) as Rating);
const optionalRating = z.union([z.literal('').transform(() => null), rating]);
const flag = z.enum(['yes', 'no']).transform((value) => value === 'yes');
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

function codeFor(field: FieldName, value: string): ProblemCode {
  if (field in maxLengths) return value.trim() === '' ? 'required' : 'tooLong';
  if (field === 'registeredOn') return 'date';
  if (field === 'treatment') return 'treatment';
  if (field === 'measureSections') return 'sections';
  if (['personal', 'sensitive', 'myNumber', 'critical'].includes(field)) return 'flag';
  return value.trim() === '' ? 'required' : 'rating';
}

/**
 * Parses with one object schema per part (one zod call per row is what keeps a 5,000-row import
 * fast), then names each failing field with a plain problem code.
 */
function parseObject<T>(
  schema: z.ZodType<T>,
  fields: readonly FieldName[],
  raw: RawFields,
): { value?: T; problems: FieldProblem[] } {
  const input: Record<string, string> = {};
  for (const field of fields) input[field] = raw[field] ?? '';
  // Spreadsheet cells can hold control characters (NUL …) that no store should keep.
  const controlled = fields.filter((field) => hasControlCharacters(input[field] ?? ''));
  const parsed = schema.safeParse(input);
  if (parsed.success && controlled.length === 0) return { value: parsed.data, problems: [] };
  const failed = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0] as FieldName));
  return {
    problems: fields
      .filter((field) => failed.has(field) || controlled.includes(field))
      .map((field) => ({
        field,
        code: controlled.includes(field) ? 'controlCharacters' : codeFor(field, input[field] ?? ''),
      })),
  };
}

const { measures: measuresSchema, ...ledgerText } = schemas;
const assetSchema = z.object({
  ...ledgerText,
  personal: flag,
  sensitive: flag,
  myNumber: flag,
  critical: flag,
  confidentiality: rating,
  integrity: rating,
  availability: rating,
  registeredOn: isoDate,
});
const assetOnly = assetFieldNames;

/** The ledger fields; an empty 登録日 becomes `today` (YYYY-MM-DD). */
export function validateAssetFields(raw: RawFields, today: string): Validated<AssetFields> {
  const registered = (raw.registeredOn ?? '').trim() === '' ? today : (raw.registeredOn ?? '');
  const { value, problems } = parseObject(assetSchema, assetOnly, { ...raw, registeredOn: registered });
  return value ? { ok: true, value } : { ok: false, problems };
}

const treatment = z.union([z.literal('').transform(() => null), z.enum(treatments)]);
const sections = z
  .string()
  .transform((value) =>
    value
      .split(/[,、\s]+/)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  )
  .pipe(z.array(z.enum(mission2Actions)))
  .transform((list) => mission2Actions.filter((id) => list.includes(id)));

const riskSchema = z.object({
  threat: optionalRating,
  vulnerability: optionalRating,
  treatment,
  measures: measuresSchema,
  measureSections: sections,
  residualThreat: optionalRating,
  residualVulnerability: optionalRating,
});

/** The risk fields; a threat needs its vulnerability and the other way round. */
export function validateRiskFields(raw: RawFields): Validated<RiskFields> {
  const parsed = parseObject(riskSchema, riskFieldNames, raw);
  const problems = parsed.problems;
  const given = (field: FieldName) => (raw[field] ?? '').trim() !== '';
  const pairs: [FieldName, FieldName][] = [
    ['threat', 'vulnerability'],
    ['residualThreat', 'residualVulnerability'],
  ];
  for (const [first, second] of pairs) {
    if (given(first) !== given(second) && !problems.some((p) => p.field === first || p.field === second)) {
      problems.push({ field: given(first) ? second : first, code: 'pair' });
    }
  }
  if (!given('threat') && given('residualThreat') && !problems.some((p) => p.field === 'threat')) {
    problems.push({ field: 'threat', code: 'pair' });
  }
  if (problems.length > 0 || !parsed.value) return { ok: false, problems };
  return { ok: true, value: parsed.value };
}
