// The shared form components; reading and validating forms is the request pipeline's
// (src/server/http/request-body.ts, parse-fields.ts, outcome.ts).
export { default as Field } from './ui/field.astro';
export { default as ErrorSummary } from './ui/error-summary.astro';
export { default as DateTimeRow } from './ui/date-time-row.astro';
export type { FieldErrors } from '../../server/http/parse-fields.ts';
export type { FormValues } from '../../server/http/request-body.ts';
