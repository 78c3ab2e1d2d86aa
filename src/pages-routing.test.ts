/**
 * Keeps "one route file per page, serving both languages" true (ADR 0010): a page lives once under
 * src/pages/[...locale]/, takes its locale from the route parameter and builds both languages when
 * prerendered. The few routes without a language are listed here by name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from './i18n/index.ts';

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));
const localeDir = '[...locale]';

/** Routes that exist in one form only, and why. */
const languageNeutral: { path: RegExp; why: string }[] = [
  { path: /^(404|500)\.astro$/, why: 'error pages: Astro needs them at the root; they take the locale from the URL' },
  { path: /^api\//, why: 'JSON API: no language in the URL' },
  { path: /^healthz\.ts$/, why: 'health check for machines' },
  { path: /^app\/passkey\/\[action\]\.ts$/, why: 'JSON steps of the passkey islands' },
];

function listPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listPages(path) : [relative(pagesDir, path).split(sep).join('/')];
  });
}

const pages = listPages(pagesDir).filter((file) => /\.(astro|ts|md|mdx|html|js)$/.test(file));
const localized = pages.filter((file) => file.startsWith(`${localeDir}/`));
const read = (file: string) => readFileSync(join(pagesDir, file), 'utf8');

describe('src/pages', () => {
  it('has pages to check (the walk found the folder)', () => {
    expect(localized.length).toBeGreaterThan(40);
  });

  it('has no folder per language (no src/pages/en/ twins)', () => {
    const otherLocales = locales.filter((locale) => locale !== defaultLocale) as string[];
    const twins = pages.filter((file) => file.split('/').some((segment) => otherLocales.includes(segment)));
    expect(twins).toEqual([]);
  });

  it('puts every page under [...locale]/ unless it is listed as language-neutral', () => {
    const stray = pages.filter(
      (file) => !file.startsWith(`${localeDir}/`) && !languageNeutral.some((entry) => entry.path.test(file)),
    );
    expect(stray).toEqual([]);
  });

  it('lists no language-neutral route that is gone', () => {
    const unused = languageNeutral.filter((entry) => !pages.some((file) => entry.path.test(file)));
    expect(unused.map((entry) => entry.why)).toEqual([]);
  });

  it('derives the locale of every page from the route parameter, with no locale written in', () => {
    const problems = localized.flatMap((file) => {
      const source = read(file);
      const found: string[] = [];
      if (!/routeLocale\((Astro\.)?params(\.locale|\['locale'\])\)/.test(source)) found.push(`${file}: no routeLocale`);
      if (/['"](ja|en)['"]/.test(source)) found.push(`${file}: a locale literal`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('builds a prerendered page in both languages and renders the others on demand', () => {
    const problems = localized.flatMap((file) => {
      const source = read(file);
      const prerender = /export const prerender = (true|false);/.exec(source)?.[1];
      if (prerender === undefined) return [`${file}: says neither prerender = true nor false`];
      if (prerender === 'true' && !/getStaticPaths[\s\S]*localeStaticPaths\(/.test(source)) {
        return [`${file}: prerendered without localeStaticPaths`];
      }
      if (prerender === 'false' && /getStaticPaths/.test(source)) return [`${file}: on demand with getStaticPaths`];
      return [];
    });
    expect(problems).toEqual([]);
  });
});
