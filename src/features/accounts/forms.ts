import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';
import { messagesFrom, parseFields, type FormResult } from '../../server/http/parse-fields.ts';
import type { FormValues } from '../../server/http/request-body.ts';
import { industryCodes, sizeBands } from '../../content/classifications.ts';
import { roles } from './permissions.ts';

export type { FieldErrors } from '../../server/http/parse-fields.ts';

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
  confirmation: { default: 'org.delete.mismatch' },
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

/** Validates the fields of an accounts form with the pipeline's one helper and this feature's messages. */
export function parseAccountForm<T extends z.ZodType>(schema: T, values: FormValues): FormResult<z.infer<T>> {
  return parseFields(schema, values, messagesFrom(messages));
}

/** A `next` parameter is followed only when it is a path inside the signed-in area. */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next) return fallback;
  return /^\/(en\/)?app(\/[A-Za-z0-9\-_/?=&%.]*)?$/.test(next) && !next.includes('//') ? next : fallback;
}
