export interface CsrfInput {
  method: string;
  /** The request URL as the server saw it. */
  url: URL;
  origin: string | null;
  referer: string | null;
  secFetchSite: string | null;
  hasCookie: boolean;
  /** The public origin (PUBLIC_URL) when the app runs behind a proxy. */
  publicOrigin?: string | undefined;
}

export type CsrfVerdict = { ok: true } | { ok: false; reason: 'cross-origin' | 'missing-origin' };

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

/**
 * Decides whether a state-changing request may proceed. Browsers send Origin (or at least
 * Sec-Fetch-Site) on every non-GET request, so a cross-site form or fetch is refused. A request
 * with neither header cannot come from a modern browser; it is allowed only without cookies
 * (API clients such as curl), because without cookies there is no session to forge.
 */
export function checkCsrf(input: CsrfInput): CsrfVerdict {
  if (safeMethods.has(input.method.toUpperCase())) return { ok: true };
  const allowed = new Set([input.url.origin]);
  if (input.publicOrigin) allowed.add(input.publicOrigin);

  const claimed = input.origin && input.origin !== 'null' ? originOf(input.origin) : undefined;
  if (input.origin !== null) {
    return claimed && allowed.has(claimed) ? { ok: true } : { ok: false, reason: 'cross-origin' };
  }
  if (input.secFetchSite !== null) {
    return input.secFetchSite === 'same-origin' || input.secFetchSite === 'none'
      ? { ok: true }
      : { ok: false, reason: 'cross-origin' };
  }
  if (input.referer) {
    const from = originOf(input.referer);
    return from && allowed.has(from) ? { ok: true } : { ok: false, reason: 'cross-origin' };
  }
  return input.hasCookie ? { ok: false, reason: 'missing-origin' } : { ok: true };
}
