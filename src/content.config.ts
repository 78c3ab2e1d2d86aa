import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';

/** A text in both languages; the build fails when either is missing or empty. */
export const localized = z.strictObject({ ja: z.string().trim().min(1), en: z.string().trim().min(1) });

const missions = defineCollection({
  loader: file('src/content/missions/missions.yaml'),
  schema: z.strictObject({
    id: z.string().regex(/^(mission[0-6]a?b?|appendix)$/),
    order: z.number().int().min(0),
    label: localized,
    title: localized,
    summary: localized,
  }),
});

export const collections = { missions };
