import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { formatDate, localeFromPath, localizePath, neutralPath, switchLocalePath, t } from './index.ts';
import { ja } from './ja.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have exactly the same keys in Japanese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('have no empty strings and the same placeholders in both languages', () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      expect(ja[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
    }
  });

  it('keeps Japanese out of the English dictionary, except the language switch', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const offenders = Object.entries(en).filter(
      ([key, text]) => japanese.test(text) && !key.startsWith('nav.languageSwitch'),
    );
    expect(offenders).toEqual([]);
  });
});

describe('dictionary files', () => {
  it('never define the same key in two files (a later spread would silently win)', () => {
    for (const language of ['ja', 'en'] as const) {
      const modules =
        language === 'ja'
          ? import.meta.glob<Record<string, Record<string, string>>>('./ja/*.ts', { eager: true })
          : import.meta.glob<Record<string, Record<string, string>>>('./en/*.ts', { eager: true });
      const owner = new Map<string, string>();
      for (const [file, exports] of Object.entries(modules)) {
        for (const dictionary of Object.values(exports)) {
          for (const key of Object.keys(dictionary)) {
            expect(owner.get(key), `${key} in ${file}`).toBeUndefined();
            owner.set(key, file);
          }
        }
      }
      expect(owner.size).toBe(Object.keys(language === 'ja' ? ja : en).length);
    }
  });
});

describe('t', () => {
  it('returns the string for the locale', () => {
    expect(t('ja', 'nav.incident')).toBe(ja['nav.incident']);
    expect(t('en', 'nav.incident')).toBe(en['nav.incident']);
  });
});

describe('locale paths', () => {
  it('maps between locale-neutral and localized paths', () => {
    expect(localizePath('ja', '/')).toBe('/');
    expect(localizePath('en', '/')).toBe('/en/');
    expect(localizePath('en', '/guide/mission1/1-2/')).toBe('/en/guide/mission1/1-2/');
    expect(neutralPath('/en/guide/')).toBe('/guide/');
    expect(neutralPath('/en')).toBe('/');
    expect(neutralPath('/english-page')).toBe('/english-page');
  });

  it('switches a page to the other language', () => {
    expect(switchLocalePath('/', 'en')).toBe('/en/');
    expect(switchLocalePath('/en/', 'ja')).toBe('/');
    expect(switchLocalePath('/en/contacts', 'ja')).toBe('/contacts');
    expect(switchLocalePath('/contacts', 'en')).toBe('/en/contacts');
  });

  it('tells the locale from the path', () => {
    expect(localeFromPath('/en/')).toBe('en');
    expect(localeFromPath('/en')).toBe('en');
    expect(localeFromPath('/enquiry')).toBe('ja');
    expect(localeFromPath('/guide/')).toBe('ja');
  });

  it('formats dates per language in Japan time', () => {
    expect(formatDate('ja', '2026-11-25T00:00:00+09:00')).toBe('2026年11月25日');
    expect(formatDate('en', '2026-11-25T00:00:00+09:00')).toBe('25 November 2026');
  });
});
