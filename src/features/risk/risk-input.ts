/**
 * Reading risk inputs: the JSON body of POST /api/v1/risk/evaluate and the query of the
 * calculator page. Both answer every problem at once, each naming its field.
 */
import { z } from 'zod';
import type { RiskInput } from './matrix.ts';

export const ratingFields = ['confidentiality', 'integrity', 'availability', 'threat', 'vulnerability'] as const;
export const flagFields = ['personalData', 'critical'] as const;
/** The fields in the order forms and messages list them. */
export const riskFields = [
  'confidentiality',
  'integrity',
  'availability',
  'personalData',
  'critical',
  'threat',
  'vulnerability',
] as const;

export type RatingField = (typeof ratingFields)[number];
export type FlagField = (typeof flagFields)[number];
export type RiskField = (typeof riskFields)[number];

export type ProblemCode = 'missing' | 'wrong_type' | 'out_of_range' | 'unknown_field' | 'not_object';

export interface InputProblem {
  /** The offending field; `$` for the body as a whole. */
  field: string;
  code: ProblemCode;
}

const rating = z.int().min(1).max(3);

/** The API body: exactly these seven fields, numbers 1–3 and booleans, nothing else. */
export const riskRequestSchema = z.strictObject({
  confidentiality: rating,
  integrity: rating,
  availability: rating,
  personalData: z.boolean(),
  critical: z.boolean(),
  threat: rating,
  vulnerability: rating,
});

const fieldOrder = (field: string) => {
  const index = (riskFields as readonly string[]).indexOf(field);
  return index === -1 ? riskFields.length : index;
};

export function parseRiskRequest(
  body: unknown,
): { ok: true; input: RiskInput } | { ok: false; problems: InputProblem[] } {
  const parsed = riskRequestSchema.safeParse(body);
  if (parsed.success) return { ok: true, input: parsed.data as RiskInput };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, problems: [{ field: '$', code: 'not_object' }] };
  }
  const problems = new Map<string, ProblemCode>();
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.set(key, 'unknown_field');
      continue;
    }
    const field = String(issue.path[0]);
    if (problems.has(field)) continue;
    const code: ProblemCode = !Object.hasOwn(body, field)
      ? 'missing'
      : issue.code === 'too_big' || issue.code === 'too_small'
        ? 'out_of_range'
        : 'wrong_type';
    problems.set(field, code);
  }
  return {
    ok: false,
    problems: [...problems]
      .map(([field, code]) => ({ field, code }))
      .sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field) || a.field.localeCompare(b.field)),
  };
}

/** What the calculator form shows back: the valid values the user chose, never the broken ones. */
export interface RiskFormValues {
  ratings: Partial<Record<RatingField, 1 | 2 | 3>>;
  personalData: boolean;
  critical: boolean;
}

export interface RiskForm {
  /** The form was sent (it always carries `matrix`); a link may prefill some fields without it. */
  submitted: boolean;
  values: RiskFormValues;
  /** Extra query values other than the seven fields (matrix, asset), as given. */
  extras: Record<string, string | undefined>;
  problems: InputProblem[];
  /** All seven fields valid and present. */
  input?: RiskInput;
}

const formRating = z.enum(['1', '2', '3']);
const formFlag = z.literal('yes');

/**
 * Reads the calculator's query. A sent form must have every rating; a prefill link (from the
 * starter list) may leave some out. A value that is present but not allowed is always a problem.
 */
export function parseRiskForm(params: URLSearchParams, extraNames: readonly string[] = []): RiskForm {
  const single = (name: string): { value?: string; repeated: boolean } => {
    const all = params.getAll(name).filter((value) => value !== '');
    return all.length === 1 ? { value: all[0] as string, repeated: false } : { repeated: all.length > 1 };
  };
  const extras: Record<string, string | undefined> = {};
  for (const name of extraNames) extras[name] = single(name).value;
  const submitted = params.has('matrix');
  const values: RiskFormValues = { ratings: {}, personalData: false, critical: false };
  const problems: InputProblem[] = [];
  for (const field of riskFields) {
    const { value, repeated } = single(field);
    if (repeated) {
      problems.push({ field, code: 'out_of_range' });
    } else if ((flagFields as readonly string[]).includes(field)) {
      if (value === undefined) continue;
      if (formFlag.safeParse(value).success) values[field as FlagField] = true;
      else problems.push({ field, code: 'out_of_range' });
    } else if (value === undefined) {
      if (submitted) problems.push({ field, code: 'missing' });
    } else {
      const parsed = formRating.safeParse(value);
      if (parsed.success) values.ratings[field as RatingField] = Number(parsed.data) as 1 | 2 | 3;
      else problems.push({ field, code: 'out_of_range' });
    }
  }
  const form: RiskForm = { submitted, values, extras, problems };
  const { confidentiality, integrity, availability, threat, vulnerability } = values.ratings;
  if (problems.length === 0 && confidentiality && integrity && availability && threat && vulnerability) {
    form.input = {
      confidentiality,
      integrity,
      availability,
      personalData: values.personalData,
      critical: values.critical,
      threat,
      vulnerability,
    };
  }
  return form;
}

/** The query that opens the calculator with these values filled in (no `matrix`: nothing is judged missing). */
export function prefillQuery(values: Partial<RiskInput>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const field of riskFields) {
    const value = values[field];
    if (typeof value === 'number') params.set(field, String(value));
    else if (value === true) params.set(field, 'yes');
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}
