import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * The public address of a policy: /p/{slug}/policy. Lower-case letters, digits and single
 * hyphens, 3–40 characters, chosen by the owner; the suggestion is random so it tells nothing
 * about the organisation id.
 */
export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9]|-(?!-)){1,38}[a-z0-9]$/);

export function isSlug(value: string): boolean {
  return slugSchema.safeParse(value).success && value === value.trim().toLowerCase();
}

const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A random slug such as `policy-k3m9x2qa7h`, about 50 bits. */
export function randomSlug(): string {
  const bytes = randomBytes(10);
  return `policy-${[...bytes].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}
