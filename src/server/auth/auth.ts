/**
 * Authentication by better-auth (ADR 0005): e-mail + password with scrypt, server-side sessions
 * in the database, TOTP two-factor, and rate limits stored in the database so that every
 * instance counts the same attempts. Its HTTP endpoints are not exposed; our own forms call
 * them through callAuth(), so every attempt also passes our validation and audit log.
 */
import { betterAuth, type BetterAuthOptions } from 'better-auth';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { passkey } from '@better-auth/passkey';
import { getDb, type Db } from '../db/index.ts';
import { getEnv } from '../env.ts';
import { sendMail } from '../mail.ts';
import { readOrCreateAuthSecret } from './auth-secret.ts';
import { CLIENT_IP_HEADER } from '../http/client-ip.ts';

export { CLIENT_IP_HEADER } from '../http/client-ip.ts';
export const AUTH_BASE_PATH = '/api/auth';

async function createAuth() {
  const env = getEnv();
  const database = getDb();
  const secret = await readOrCreateAuthSecret(database.db, env.BETTER_AUTH_SECRET);
  return betterAuth(authOptions(database, secret, env.PUBLIC_URL, env.SIGN_UP_RATE_LIMIT_PER_HOUR));
}

/**
 * better-auth's reset URL points at its own endpoint, which we do not expose; the link in the
 * mail goes straight to our reset page (the redirectTo we passed) with the token.
 */
export function resetLink(authUrl: string, token: string): string {
  const target = new URL(authUrl).searchParams.get('callbackURL');
  if (!target) throw new Error('password reset requested without a callbackURL');
  const link = new URL(target);
  link.searchParams.set('token', token);
  return link.toString();
}

/** The better-auth configuration for a database; also used to create its tables. */
export function authOptions(database: Db, secret: string, publicUrl: string | undefined, signUpsPerHour = 10) {
  const { db, engine } = database;
  const secure = publicUrl?.startsWith('https:') ?? false;
  return {
    appName: 'Gokui',
    secret,
    basePath: AUTH_BASE_PATH,
    ...(publicUrl ? { baseURL: publicUrl } : {}),
    database: { db, type: engine === 'postgres' ? 'postgres' : 'sqlite' },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url, token }) => {
        await sendMail({ kind: 'password-reset', to: user.email, link: resetLink(url, token) });
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      freshAge: 60 * 10,
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 300, max: 10 },
        '/sign-up/email': { window: 3600, max: signUpsPerHour },
        '/request-password-reset': { window: 3600, max: 5 },
        '/reset-password': { window: 3600, max: 10 },
        '/two-factor/verify-totp': { window: 300, max: 10 },
        '/two-factor/verify-backup-code': { window: 300, max: 10 },
      },
    },
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    plugins: [
      twoFactor({ issuer: 'Gokui' }),
      // Without PUBLIC_URL the relying party is "localhost" (local use); behind a public name
      // the passkey is bound to that host name.
      passkey({ rpName: 'Gokui', ...(publicUrl ? { rpID: new URL(publicUrl).hostname, origin: publicUrl } : {}) }),
    ],
    telemetry: { enabled: false },
    // Without PUBLIC_URL the origin comes from each request (local use); its warning about that is noise.
    logger: { level: 'error' as const },
  } satisfies BetterAuthOptions;
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const slot = globalThis as { [key: symbol]: Promise<Auth> | undefined };
const key = Symbol.for('gokui.auth');

/** The process-wide auth instance (shared by the server entry and the Astro bundle). */
export function getAuth(): Promise<Auth> {
  slot[key] ??= createAuth();
  return slot[key] as Promise<Auth>;
}
