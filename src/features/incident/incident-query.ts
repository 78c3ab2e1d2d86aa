/**
 * Reads the query string of an incident answer page (/incident/<event>?region=…&personal=…):
 * the region of the contact desks and, on events that may involve personal data, the answers to
 * the APPI questions. Pure: the caller passes today's date in Japan.
 */
import { z } from 'zod';
import { appiAnswers, appiQuestions, isCalendarDate, type AppiAnswers, type AppiQuestion } from './appi.ts';

export const incidentRegions = ['tokyo', 'nationwide'] as const;
export type IncidentRegion = (typeof incidentRegions)[number];

export type AppiField = AppiQuestion | 'discovered';
export const appiFields: readonly AppiField[] = [...appiQuestions, 'discovered'];

/** choose: no answer picked · date: not a date · future: after today in Japan. */
export type AppiFieldError = 'choose' | 'date' | 'future';

/** What the form shows again: the answers as sent (only valid choices) and the date as typed. */
export type AppiValues = Partial<Record<AppiField, string>>;

export type AppiState =
  | { state: 'empty'; values: AppiValues }
  | { state: 'invalid'; errors: Partial<Record<AppiField, AppiFieldError>>; values: AppiValues }
  | { state: 'valid'; answers: AppiAnswers; values: AppiValues };

export interface IncidentQuery {
  region: IncidentRegion;
  /** An unknown parameter or a bad region: the page answers 400 and shows the defaults. */
  invalid: boolean;
  appi: AppiState;
}

const answerSchema = z.enum(appiAnswers);
const regionSchema = z.enum(incidentRegions);
/** A date is 10 characters; anything longer typed into the field is cut before it is shown again. */
const MAX_SHOWN_LENGTH = 20;

/**
 * @param withAppi whether this event asks the APPI questions (otherwise their parameters are unknown)
 * @param today    today's date in Japan, YYYY-MM-DD: the default discovery date and the latest allowed
 */
export function parseIncidentQuery(params: URLSearchParams, withAppi: boolean, today: string): IncidentQuery {
  const known = new Set<string>(['region', ...(withAppi ? appiFields : [])]);
  let invalid = [...params.keys()].some((key) => !known.has(key));

  const rawRegion = params.get('region') ?? '';
  let region: IncidentRegion = 'tokyo';
  if (rawRegion !== '') {
    const parsed = regionSchema.safeParse(rawRegion);
    if (parsed.success) region = parsed.data;
    else invalid = true;
  }

  return { region, invalid, appi: withAppi ? parseAppi(params, today) : { state: 'empty', values: {} } };
}

function parseAppi(params: URLSearchParams, today: string): AppiState {
  const submitted = appiFields.some((field) => params.has(field));
  if (!submitted) return { state: 'empty', values: { discovered: today } };

  const errors: Partial<Record<AppiField, AppiFieldError>> = {};
  const values: AppiValues = {};
  const answers: Partial<Record<AppiQuestion, AppiAnswers[AppiQuestion]>> = {};
  for (const question of appiQuestions) {
    const parsed = answerSchema.safeParse(params.get(question) ?? '');
    if (parsed.success) {
      answers[question] = parsed.data;
      values[question] = parsed.data;
    } else errors[question] = 'choose';
  }
  const discovered = (params.get('discovered') ?? '').trim();
  values.discovered = discovered.slice(0, MAX_SHOWN_LENGTH);
  if (!isCalendarDate(discovered)) errors.discovered = 'date';
  else if (discovered > today) errors.discovered = 'future';

  if (Object.keys(errors).length > 0) return { state: 'invalid', errors, values };
  return {
    state: 'valid',
    answers: { ...(answers as Record<AppiQuestion, AppiAnswers[AppiQuestion]>), discovered },
    values,
  };
}

/** The query string that keeps the current answers and changes only the region. */
export function regionQuery(region: IncidentRegion, appi: AppiState): string {
  const params = new URLSearchParams({ region });
  if (appi.state !== 'empty') for (const [key, value] of Object.entries(appi.values)) if (value) params.set(key, value);
  return params.toString();
}
