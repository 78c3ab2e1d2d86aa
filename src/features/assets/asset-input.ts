/**
 * Validation of one asset, shared by the forms and the spreadsheet import: raw strings in,
 * typed fields or a problem per field out. Both callers first turn their own words (checkbox
 * "on", 「有」, 「低減」 …) into the neutral values read here: flags "yes"/"no", ratings "1"–"3",
 * treatment ids, section ids separated by commas.
 */
import { z } from 'zod';
import type { Rating } from '../risk/index.ts';
import {
  mission2Actions,
  treatments,
  type AssetFields,
  type Mission2Action,
  type RiskFields,
  type Treatment,
} from './asset.ts';

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

export type ProblemCode = 'required' | 'tooLong' | 'rating' | 'flag' | 'date' | 'treatment' | 'sections' | 'pair';

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

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
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

function check<T>(schema: z.ZodType<T>, field: FieldName, raw: RawFields, problems: FieldProblem[], fallback: T): T {
  const value = raw[field] ?? '';
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push({ field, code: codeFor(field, value) });
  return fallback;
}

/** The ledger fields; an empty 登録日 becomes `today` (YYYY-MM-DD). */
export function validateAssetFields(raw: RawFields, today: string): Validated<AssetFields> {
  const problems: FieldProblem[] = [];
  const registered = (raw.registeredOn ?? '').trim() === '' ? today : (raw.registeredOn ?? '');
  const value: AssetFields = {
    category: check(requiredText(maxLengths.category), 'category', raw, problems, ''),
    name: check(requiredText(maxLengths.name), 'name', raw, problems, ''),
    note: check(text(maxLengths.note), 'note', raw, problems, ''),
    users: check(text(maxLengths.users), 'users', raw, problems, ''),
    department: check(text(maxLengths.department), 'department', raw, problems, ''),
    media: check(text(maxLengths.media), 'media', raw, problems, ''),
    personal: check(flag, 'personal', raw, problems, false),
    sensitive: check(flag, 'sensitive', raw, problems, false),
    myNumber: check(flag, 'myNumber', raw, problems, false),
    critical: check(flag, 'critical', raw, problems, false),
    confidentiality: check(rating, 'confidentiality', raw, problems, 1),
    integrity: check(rating, 'integrity', raw, problems, 1),
    availability: check(rating, 'availability', raw, problems, 1),
    retention: check(text(maxLengths.retention), 'retention', raw, problems, ''),
    registeredOn: check(isoDate, 'registeredOn', { registeredOn: registered }, problems, today),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
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

/** The risk fields; a threat needs its vulnerability and the other way round. */
export function validateRiskFields(raw: RawFields): Validated<RiskFields> {
  const problems: FieldProblem[] = [];
  const value: RiskFields = {
    threat: check(optionalRating, 'threat', raw, problems, null),
    vulnerability: check(optionalRating, 'vulnerability', raw, problems, null),
    treatment: check(treatment, 'treatment', raw, problems, null as Treatment | null),
    measures: check(text(maxLengths.measures), 'measures', raw, problems, ''),
    measureSections: check(sections, 'measureSections', raw, problems, [] as Mission2Action[]),
    residualThreat: check(optionalRating, 'residualThreat', raw, problems, null),
    residualVulnerability: check(optionalRating, 'residualVulnerability', raw, problems, null),
  };
  const pairs: [FieldName, FieldName][] = [
    ['threat', 'vulnerability'],
    ['residualThreat', 'residualVulnerability'],
  ];
  for (const [first, second] of pairs) {
    const a = value[first as keyof RiskFields];
    const b = value[second as keyof RiskFields];
    if ((a === null) !== (b === null) && !problems.some((p) => p.field === first || p.field === second)) {
      problems.push({ field: a === null ? first : second, code: 'pair' });
    }
  }
  if (value.threat === null && value.residualThreat !== null && !problems.some((p) => p.field === 'threat')) {
    problems.push({ field: 'threat', code: 'pair' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/** A form's fields as the neutral raw strings above (checkboxes send "on" or nothing). */
export function rawFromForm(data: FormData, fields: readonly FieldName[]): RawFields {
  const flags = new Set(['personal', 'sensitive', 'myNumber', 'critical']);
  const raw: RawFields = {};
  for (const field of fields) {
    if (flags.has(field)) raw[field] = data.get(field) === 'on' ? 'yes' : 'no';
    else if (field === 'measureSections') {
      raw[field] = data
        .getAll(field)
        .filter((value): value is string => typeof value === 'string')
        .join(',');
    } else {
      const value = data.get(field);
      raw[field] = typeof value === 'string' ? value : '';
    }
  }
  return raw;
}
