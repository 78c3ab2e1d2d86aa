export interface CookieDefaults {
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
}

/**
 * Options for every cookie Gokui sets. Secure whenever the public origin is https (production
 * behind TLS); plain http is only allowed for local use.
 */
export function cookieDefaults(publicUrl: string | undefined, requestUrl: URL): CookieDefaults {
  const protocol = publicUrl ? new URL(publicUrl).protocol : requestUrl.protocol;
  return { httpOnly: true, sameSite: 'lax', secure: protocol === 'https:', path: '/' };
}
