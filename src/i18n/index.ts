import { en } from './en.ts';
import { ja, type MessageKey } from './ja.ts';

export type { MessageKey } from './ja.ts';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';

export const dictionaries: Record<Locale, Record<MessageKey, string>> = { ja, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale a path belongs to: `/en` and `/en/…` are English, everything else Japanese. */
export function localeFromPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'ja';
}

/** A UI string, with `{name}` placeholders filled from vars. */
export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The path of a page in the given locale; `path` is the locale-neutral path (`/guide/`). */
export function localizePath(locale: Locale, path: string): string {
  const neutral = path.startsWith('/') ? path : `/${path}`;
  if (locale === defaultLocale) return neutral;
  return neutral === '/' ? '/en/' : `/en${neutral}`;
}

/** The locale-neutral form of a path: `/en/guide/` → `/guide/`. */
export function neutralPath(pathname: string): string {
  if (pathname === '/en') return '/';
  return pathname.startsWith('/en/') ? pathname.slice(3) : pathname;
}

/** The same page in another locale. */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localizePath(target, neutralPath(pathname));
}

/** Formats a date the way each language expects (2026年11月25日 / 25 November 2026). */
export function formatDate(locale: Locale, date: Date | string): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Tokyo',
  }).format(value);
}

/** Formats a "verified" stamp: "2021-05" → 2021年5月 / May 2021; a full date as formatDate. */
export function formatVerified(locale: Locale, value: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(locale, `${value.slice(0, 10)}T12:00:00+09:00`);
  const [year, month] = value.split('-').map(Number);
  if (!year || !month) return value;
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 15)));
}
