export { readFormValues, parseFields, type FieldErrors, type FormValues, type FormResult } from './form-values.ts';
export { default as Field } from './ui/field.astro';
export { default as ErrorSummary } from './ui/error-summary.astro';
export { default as DateTimeRow } from './ui/date-time-row.astro';
export { catchAppErrors, readForDownload, seeOther, type PageOutcome } from './page-outcome.ts';
