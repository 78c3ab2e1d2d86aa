import { describe, expect, it } from 'vitest';
import { localeParam, localeStaticPaths, routeLocale } from './locale-route.ts';

describe('routeLocale', () => {
  it('reads no prefix as Japanese and en as English', () => {
    expect(routeLocale(undefined)).toBe('ja');
    expect(routeLocale('en')).toBe('en');
  });

  it('answers 404 for any other prefix, the default locale’s own included', () => {
    for (const param of ['fr', 'ja', 'EN', 'en/en', 'foo/bar', '']) {
      const answer = routeLocale(param);
      expect(answer).toBeInstanceOf(Response);
      expect((answer as Response).status).toBe(404);
      expect((answer as Response).body).toBeNull();
    }
  });

  it('is the inverse of localeParam', () => {
    expect(routeLocale(localeParam('ja'))).toBe('ja');
    expect(routeLocale(localeParam('en'))).toBe('en');
  });
});

describe('localeStaticPaths', () => {
  it('builds a page without parameters in both languages', () => {
    expect(localeStaticPaths()).toEqual([{ params: { locale: undefined } }, { params: { locale: 'en' } }]);
  });

  it('builds each set of parameters in both languages', () => {
    expect(localeStaticPaths([{ mission: 'mission1' }, { mission: 'mission2' }])).toEqual([
      { params: { mission: 'mission1', locale: undefined } },
      { params: { mission: 'mission2', locale: undefined } },
      { params: { mission: 'mission1', locale: 'en' } },
      { params: { mission: 'mission2', locale: 'en' } },
    ]);
  });
});
