/**
 * The language of a route file under `src/pages/[...locale]/` (ADR 0010). One file serves both
 * languages: the rest parameter `locale` is absent for Japanese (`/guide/`) and `en` for English
 * (`/en/guide/`). A rest parameter matches any prefix, so every other value — `/fr/guide/`,
 * `/en/en/guide/`, `/ja/guide/` — is refused here and nowhere else.
 */
import { defaultLocale, isLocale, locales, type Locale } from '../../i18n/index.ts';

/** The `locale` route parameter of a language: none for the default one, which has no prefix. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/**
 * The locale of the page, or a 404 for an unknown prefix. The 404 has no body, so Astro answers
 * it with src/pages/404.astro for a page; an endpoint's 404 stays empty, like its other 404s.
 */
export function routeLocale(param: string | undefined): Locale | Response {
  if (param === undefined) return defaultLocale;
  if (isLocale(param) && param !== defaultLocale) return param;
  return new Response(null, { status: 404 });
}

/**
 * `getStaticPaths` of a prerendered page: each of `paths` once per language, so that exactly the
 * Japanese and English pages are built and no other prefix is.
 */
export function localeStaticPaths<P extends Record<string, string>>(
  paths: readonly P[] = [{} as P],
): { params: P & { locale: string | undefined } }[] {
  return locales.flatMap((locale) => paths.map((params) => ({ params: { ...params, locale: localeParam(locale) } })));
}
