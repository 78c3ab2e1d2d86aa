/**
 * What the record page's sections share: the state of each of its forms after a failed post, and
 * the one way it writes a Japan timestamp. Pure.
 */
import { formatDate, t, type Locale } from '../../../../i18n/index.ts';
import type { FieldErrors, FormValues } from '../../../forms/index.ts';
import { splitJapanTimestamp } from '../../incident-forms.ts';
import type { IncidentRecord } from '../../incident-store.ts';

/** The form that failed on the last post, with its errors and the values it was sent with. */
export type FailedForm = { intent: string; errors: FieldErrors; values: FormValues } | null;

/** One form of the page: empty unless it is the one that failed, so only that form shows errors. */
export interface FormState {
  /** True when this form is the one that failed. */
  failed: boolean;
  errors: FieldErrors;
  values: FormValues;
  /** The translated message of a field, or undefined when the field is fine. */
  message: (field: string) => string | undefined;
  /** The error summary's items for the fields, in the order given (they link to `{intent}-{field}`). */
  summary: (fields: readonly string[]) => { id: string; message: string }[];
}

/** What every section of the record page is given: the record, the form of the section, where it posts. */
export interface SectionProps {
  locale: Locale;
  incident: IncidentRecord;
  /** False for readers and once the record is closed: the section shows no form. */
  canWrite: boolean;
  /** The record page's path, where every form posts. */
  action: string;
  form: FormState;
}

export function formStateOf(locale: Locale, failed: FailedForm, intent: string): FormState {
  const mine = failed?.intent === intent ? failed : null;
  const errors = mine?.errors ?? {};
  const message = (field: string) => (errors[field] ? t(locale, errors[field]) : undefined);
  return {
    failed: mine !== null,
    errors,
    values: mine?.values ?? {},
    message,
    summary: (fields) =>
      fields
        .filter((field) => errors[field])
        .map((field) => ({ id: `${intent}-${field}`, message: message(field) ?? '' })),
  };
}

/** A stored Japan timestamp as the page shows it: the localized date and the time of day. */
export function formatJapanDateTime(locale: Locale, stamp: string): string {
  return `${formatDate(locale, stamp)} ${splitJapanTimestamp(stamp).time}`;
}
