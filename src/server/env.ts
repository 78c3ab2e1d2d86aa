import { z } from 'zod';

/** Environment variables Gokui reads. Defaults make `npm start` work with no setup. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  GOKUI_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  BETTER_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for rate limits and the audit log). */
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((value) => value === '1' || value === 'true'),
  SMTP_FROM: z.string().min(3).optional(),
  /** Calls a client may make to the anonymous JSON API (POST /api/v1/…) per minute, per instance. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  /** Sign-ups one client address may make per hour (raise it for a training room behind one address). */
  SIGN_UP_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/**
 * Parses the environment. Empty strings count as unset, so `PORT= npm start` uses the default.
 * Throws EnvError with one human line naming the first bad variable.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
  }
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const shown = cleaned[name] === undefined ? '' : ` (got "${cleaned[name]}")`;
  throw new EnvError(`Invalid environment variable ${name}${shown}: ${issue?.message ?? 'invalid value'}`);
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
