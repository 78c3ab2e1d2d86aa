/**
 * Schemas of the guidebook content, checked at build. Kept apart from the collection loaders so
 * unit tests can check them without Astro.
 */
import { z } from 'zod';

/** A text in both languages; the build fails when either is missing or empty. */
export const localized = z.strictObject({ ja: z.string().trim().min(1), en: z.string().trim().min(1) });

export const missionIds = [
  'mission0',
  'mission1',
  'mission2',
  'mission3a',
  'mission3b',
  'mission4',
  'mission5',
  'mission6',
  'appendix',
] as const;

export const eventIds = [
  'suspicious-mail',
  'ransomware',
  'data-leak',
  'website-defaced',
  'money-fraud',
  'account-takeover',
  'fake-shop',
  'device-lost',
  'ddos',
  'spam-sent',
  'fraud-app',
  'harmful-content',
  'general',
] as const;

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case ASCII id');
const sectionId = z.string().regex(/^(\d-\d{1,2}|intro|case-\d|references|glossary)$/, 'must be a section id');
const threatId = z.string().regex(/^1-\d{1,2}$/, 'must be a Mission1 id such as "1-2"');
const actionId = z.string().regex(/^2-\d{1,2}$/, 'must be a Mission2 id such as "2-4"');
/** "2021-05" or a full date; YAML turns full dates into Date objects. */
const verifiedAt = z.union([
  z.date().transform((date) => date.toISOString().slice(0, 10)),
  z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'),
]);
const url = z.url({ protocol: /^https?$/ });
const doNowItem = z.strictObject({ id: kebabId, text: z.string().trim().min(1) });

export const missionSchema = z.strictObject({
  id: z.enum(missionIds),
  order: z.number().int().min(0),
  label: localized,
  title: localized,
  summary: localized,
});

export const sectionJaSchema = z.strictObject({
  id: sectionId,
  mission: z.enum(missionIds),
  order: z.number().int().min(0),
  kind: z.enum(['intro', 'case', 'threat', 'action', 'management', 'growth', 'manual', 'story', 'info', 'appendix']),
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  doNow: z.array(doNowItem).optional(),
  threats: z.array(threatId),
  actions: z.array(actionId),
  glossary: z.array(kebabId),
  references: z.array(kebabId),
  sources: z.array(z.string().trim().min(1)).min(1),
  reviewedAt: z.coerce.date(),
  /** Data shown inside the section: the laws table (6-7) or the contact desks (6-1, 6-2). */
  embeds: z.array(z.enum(['laws', 'contacts'])).optional(),
});

export const sectionEnSchema = z.strictObject({
  id: sectionId,
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  doNow: z.array(doNowItem).optional(),
});

export const glossaryTermSchema = z.strictObject({
  id: kebabId,
  ja: z.strictObject({
    term: z.string().trim().min(1),
    reading: z.string().trim().min(1).optional(),
    definition: z.string().trim().min(1),
  }),
  en: z.strictObject({ term: z.string().trim().min(1), definition: z.string().trim().min(1) }),
  aliases: z.array(z.string().trim().min(1)).optional(),
});

export const referenceSchema = z.strictObject({
  id: kebabId,
  category: z.enum(['guideline', 'law', 'statistics', 'tool', 'training', 'consultation', 'other']),
  title: localized,
  publisher: localized,
  url: url.optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  note: localized,
  verifiedAt,
});

export const contactSchema = z.strictObject({
  id: kebabId,
  name: localized,
  organisation: localized,
  purpose: localized,
  phone: z
    .string()
    .regex(/^(#\d{4}|\d{2,4}-\d{2,6}(-\d{2,4})?|\d{3})$/, 'must be a phone number such as 03-1234-5678, 188 or #9110')
    .optional(),
  url: url.optional(),
  hours: localized.optional(),
  events: z.array(z.enum(eventIds)).min(1),
  region: z.enum(['nationwide', 'tokyo']),
  kind: z.enum(['consultation', 'report', 'police', 'support', 'programme']),
  verifiedAt,
});

export const lawSchema = z.strictObject({
  id: kebabId,
  name: localized,
  summary: localized,
  penalties: localized.optional(),
  url: url.optional(),
  verifiedAt,
});
