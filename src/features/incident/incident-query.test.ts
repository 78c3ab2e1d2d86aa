import { describe, expect, it } from 'vitest';
import { parseIncidentQuery, regionQuery } from './incident-query.ts';

const today = '2026-11-25';
const query = (text: string, withAppi = true) => parseIncidentQuery(new URLSearchParams(text), withAppi, today);
const complete =
  'personal=yes&sensitive=no&financial=no&intentional=yes&over1000=no&encrypted=no&discovered=2026-11-25';

describe('parseIncidentQuery', () => {
  it('defaults to Tokyo, no answers yet and today as the discovery date', () => {
    expect(query('')).toEqual({
      region: 'tokyo',
      invalid: false,
      appi: { state: 'empty', values: { discovered: today } },
    });
  });

  it('reads the region', () => {
    expect(query('region=nationwide').region).toBe('nationwide');
    expect(query('region=').region).toBe('tokyo');
  });

  it('flags an unknown region or parameter and falls back to the defaults', () => {
    expect(query('region=osaka')).toMatchObject({ region: 'tokyo', invalid: true });
    expect(query('utm_source=x')).toMatchObject({ invalid: true });
  });

  it('treats the APPI parameters as unknown on events that do not ask the questions', () => {
    expect(query(complete, false)).toEqual({ region: 'tokyo', invalid: true, appi: { state: 'empty', values: {} } });
  });

  it('accepts a complete set of answers', () => {
    const result = query(`region=nationwide&${complete}`);
    expect(result.invalid).toBe(false);
    expect(result.appi).toMatchObject({
      state: 'valid',
      answers: {
        personal: 'yes',
        sensitive: 'no',
        financial: 'no',
        intentional: 'yes',
        over1000: 'no',
        encrypted: 'no',
        discovered: '2026-11-25',
      },
    });
  });

  it('names every unanswered question and keeps the answers that were given', () => {
    const result = query('personal=yes&sensitive=maybe&discovered=2026-11-20');
    expect(result.appi).toEqual({
      state: 'invalid',
      errors: {
        sensitive: 'choose',
        financial: 'choose',
        intentional: 'choose',
        over1000: 'choose',
        encrypted: 'choose',
      },
      values: { personal: 'yes', discovered: '2026-11-20' },
    });
  });

  it('refuses a date that is not a date, or lies after today in Japan', () => {
    const withDate = (date: string) => query(complete.replace('2026-11-25', date)).appi;
    expect(withDate('2026-11-26')).toMatchObject({ state: 'invalid', errors: { discovered: 'future' } });
    expect(withDate('2026-02-30')).toMatchObject({ state: 'invalid', errors: { discovered: 'date' } });
    expect(withDate('25/11/2026')).toMatchObject({ state: 'invalid', errors: { discovered: 'date' } });
    expect(query(complete.replace('&discovered=2026-11-25', '')).appi).toMatchObject({
      state: 'invalid',
      errors: { discovered: 'date' },
    });
  });

  it('cuts an over-long date before it is shown again', () => {
    const result = query(complete.replace('2026-11-25', 'x'.repeat(500)));
    expect(result.appi.values.discovered).toHaveLength(20);
  });
});

describe('regionQuery', () => {
  it('keeps the answers when the region changes', () => {
    const appi = query(complete).appi;
    const params = new URLSearchParams(regionQuery('nationwide', appi));
    expect(params.get('region')).toBe('nationwide');
    expect(params.get('intentional')).toBe('yes');
    expect(params.get('discovered')).toBe('2026-11-25');
  });

  it('carries only the region before the questions are answered', () => {
    expect(regionQuery('tokyo', query('').appi)).toBe('region=tokyo');
  });
});
