/**
 * Schema of the incident navigator's content (src/content/incident/*.yaml): for each event, the
 * first steps, what not to do, the legal duties and the guidebook sections to read. Kept apart from
 * the loaders so unit tests can check it without Astro.
 */
import { z } from 'zod';
import { eventIds, localized } from './schemas.ts';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case ASCII id');
const sectionId = z.string().regex(/^(\d-\d{1,2}|intro|case-\d|references|glossary)$/, 'must be a section id');

export const incidentEventSchema = z.strictObject({
  /** One of the contact event ids, so the desks for the event come from the contacts data. */
  id: z.enum(eventIds),
  /** Position in the "what happened?" list. */
  order: z.number().int().min(1),
  /** One line under the choice: the situations it covers. */
  hint: localized,
  /** One or two calm sentences at the top of the answer. */
  summary: localized,
  /** Ask the questions that decide whether a personal-data breach must be reported (APPI). */
  personalData: z.boolean(),
  /** First steps now, most urgent first. Checklist items: object first, verb last. */
  do: z.array(localized).min(2),
  /** What not to do. */
  dont: z.array(localized).min(1),
  /** What comes once the first steps are done. */
  next: z.array(localized).min(1),
  /** Legal duties and deadlines, or a plain statement that there is no duty to report. */
  duties: z.array(localized).min(1),
  /** Law ids from src/content/laws. */
  laws: z.array(kebabId),
  /** Guidebook section ids to read next (the build fails when one does not exist). */
  sections: z.array(sectionId).min(1),
  /** Other events to check as well. */
  related: z.array(z.enum(eventIds)),
  sources: z.array(localized).min(1),
  reviewedAt: z.coerce.date(),
});

export type IncidentEventData = z.infer<typeof incidentEventSchema>;
