import { describe, expect, it } from 'vitest';
import { AppError, errorTable, NotFoundError } from '../errors.ts';
import { dictionaries } from '../../i18n/index.ts';
import { noticeOf, runPage, seeOther } from './outcome.ts';

describe('the error table', () => {
  it('gives every code a 4xx status and messages that exist in both languages', () => {
    for (const [code, entry] of Object.entries(errorTable)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(500);
      for (const locale of ['ja', 'en'] as const) {
        expect(dictionaries[locale][entry.title], `${code} title`).toBeTruthy();
        expect(dictionaries[locale][entry.message], `${code} message`).toBeTruthy();
      }
    }
  });
});

describe('runPage', () => {
  it('turns a domain error into the notice of its code', async () => {
    const outcome = await runPage('en', () => Promise.reject(new NotFoundError('asset_not_found')));
    expect(outcome).toEqual({
      kind: 'notice',
      status: 404,
      title: 'Page not found',
      noticeTitle: 'error.404.title',
      body: 'assets.notFound',
    });
    expect(noticeOf('ja', new AppError('unsupported_media_type')).status).toBe(415);
  });

  it('lets a real fault through to the 500 page', async () => {
    await expect(runPage('ja', () => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
  });
});

describe('seeOther', () => {
  it('answers 303, never cached, with cookies', () => {
    const response = seeOther('/app', ['a=1', 'b=2']);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/app');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });
});
