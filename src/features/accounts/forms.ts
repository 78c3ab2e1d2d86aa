import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';
import { industryCodes, sizeBands } from '../../content/classifications.ts';
import { roles } from './permissions.ts';

/** Errors of a submitted form: message keys per field, shown beside the field and in a summary. */
export type FieldErrors = Record<string, MessageKey>;

const email = z.email().max(254);
const password = z.string().min(12).max(128);
const name = z.string().trim().min(1).max(100);
export const industries = industryCodes;
export { sizeBands };

export const schemas = {
  signUp: z.object({ name, email, password }),
  signIn: z.object({ email, password: z.string().min(1).max(128) }),
  totp: z.object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/),
    trustDevice: z.string().optional(),
  }),
  backupCode: z.object({ code: z.string().trim().min(6).max(32) }),
  forgot: z.object({ email }),
  reset: z.object({ token: z.string().min(10).max(512), password }),
  organization: z.object({ name, industry: z.enum(industries), sizeBand: z.enum(sizeBands) }),
  invite: z.object({ role: z.enum(roles).exclude(['owner']), email: z.union([email, z.literal('')]).optional() }),
  memberAction: z.object({ userId: z.string().min(1).max(100) }),
  roleChange: z.object({ userId: z.string().min(1).max(100), role: z.enum(roles).exclude(['owner']) }),
  invitationAction: z.object({ invitationId: z.string().min(1).max(100) }),
  confirmDelete: z.object({ confirmation: z.string() }),
  password: z.object({ password: z.string().min(1).max(128) }),
  changePassword: z.object({ currentPassword: z.string().min(1).max(128), newPassword: password }),
};

const messages: Record<string, Partial<Record<string, MessageKey>>> = {
  name: { default: 'form.error.name' },
  email: { default: 'form.error.email' },
  password: { too_small: 'form.error.passwordShort', default: 'form.error.password' },
  newPassword: { too_small: 'form.error.passwordShort', default: 'form.error.password' },
  currentPassword: { default: 'form.error.required' },
  code: { default: 'form.error.code' },
  industry: { default: 'form.error.choose' },
  sizeBand: { default: 'form.error.choose' },
  role: { default: 'form.error.choose' },
};

/** Validates a form; on failure returns a translated message key for every bad field. */
export function parseForm<T extends z.ZodType>(
  schema: T,
  data: FormData,
): { ok: true; value: z.infer<T> } | { ok: false; errors: FieldErrors; values: Record<string, string> } {
  const values: Record<string, string> = {};
  for (const [key, value] of data.entries()) if (typeof value === 'string') values[key] = value;
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    const table = messages[field] ?? {};
    errors[field] = table[issue.code] ?? table['default'] ?? 'form.error.invalid';
  }
  // Never echo passwords back into the page.
  delete values['password'];
  delete values['newPassword'];
  delete values['currentPassword'];
  return { ok: false, errors, values };
}

/** A `next` parameter is followed only when it is a path inside the signed-in area. */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next) return fallback;
  return /^\/(en\/)?app(\/[A-Za-z0-9\-_/?=&%.]*)?$/.test(next) && !next.includes('//') ? next : fallback;
}
