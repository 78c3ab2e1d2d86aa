/**
 * Schema of the emergency manual's fixed text (src/content/manual/*.yaml): one chapter per
 * Mission4 section 4-1 … 4-7, and the wall card. The firm's own answers are filled in by
 * src/features/manual; this file holds only the sentences every firm's manual shares.
 */
import { z } from 'zod';
import { localized } from './schemas.ts';

export const manualStepIds = ['4-1', '4-2', '4-3', '4-4', '4-5', '4-6', '4-7'] as const;
export type ManualStepId = (typeof manualStepIds)[number];

export const manualChapterSchema = z.strictObject({
  kind: z.literal('chapter'),
  id: z.enum(manualStepIds),
  order: z.int().min(1).max(7),
  /** Chapter title in the manual and the step title in the builder. */
  title: localized,
  /** What this step asks for, shown above the form. */
  builderLead: localized,
  /** Fixed paragraphs of the chapter, before the firm's answers. */
  paragraphs: z.array(localized),
  /** Numbered procedure, in order. */
  steps: z.array(localized),
  /** What not to do. */
  dont: z.array(localized),
  reviewedAt: z.coerce.date(),
});

export const manualCardSchema = z.strictObject({
  kind: z.literal('card'),
  id: z.literal('wall-card'),
  title: localized,
  lead: localized,
  /** First steps for anyone who notices something wrong; short enough for one A4 page. */
  steps: z.array(localized).min(3).max(7),
  dont: z.array(localized).min(1).max(4),
  reviewedAt: z.coerce.date(),
});

export const manualEntrySchema = z.discriminatedUnion('kind', [manualChapterSchema, manualCardSchema]);
export type ManualChapter = z.infer<typeof manualChapterSchema>;
export type ManualCard = z.infer<typeof manualCardSchema>;
export type ManualEntry = z.infer<typeof manualEntrySchema>;
