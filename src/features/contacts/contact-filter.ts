import { z } from 'zod';
import { eventIds } from '../../content.config.ts';

/** Query parameters of /contacts and the quick-list PDF; anything else is refused. */
export const contactFilterSchema = z.strictObject({
  event: z.enum(eventIds).optional(),
  region: z.enum(['tokyo', 'nationwide']).default('tokyo'),
});

export type ContactFilter = z.infer<typeof contactFilterSchema>;

/** Reads the filter from a URL; an empty value counts as not given. */
export function parseContactFilter(
  url: URL,
): { ok: true; filter: ContactFilter } | { ok: false; filter: ContactFilter } {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (value !== '') raw[key] = value;
  const result = contactFilterSchema.safeParse(raw);
  return result.success ? { ok: true, filter: result.data } : { ok: false, filter: { region: 'tokyo' } };
}
