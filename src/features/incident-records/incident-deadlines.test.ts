import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIncidentDeadlines, daysBetween } from './incident-deadlines.ts';

const leakByAttack = {
  personal: 'yes',
  sensitive: 'no',
  financial: 'no',
  intentional: 'yes',
  over1000: 'no',
  encrypted: 'no',
} as const;

describe('incident deadline countdowns', () => {
  it('gives no countdown while the APPI questions are unanswered', () => {
    expect(computeIncidentDeadlines(null, '2026-11-25', '2026-11-26')).toEqual({ assessment: null, countdowns: [] });
  });

  it('counts the preliminary guide (3–5 days) and the 60-day final report for an attack', () => {
    const { countdowns, assessment } = computeIncidentDeadlines(leakByAttack, '2026-11-25', '2026-11-27');
    expect(assessment?.required).toBe(true);
    expect(countdowns).toEqual([
      { kind: 'preliminary', from: '2026-11-28', by: '2026-11-30', daysLeft: 3 },
      { kind: 'final', by: '2027-01-24', days: 60, daysLeft: 58 },
    ]);
  });

  it('uses 30 days when the leak was not intentional, and shows the 60-day date when intent is unknown', () => {
    const mistake = computeIncidentDeadlines(
      { ...leakByAttack, intentional: 'no', over1000: 'yes' },
      '2026-11-25',
      '2026-11-25',
    );
    expect(mistake.countdowns.map((c) => [c.kind, c.by, c.daysLeft])).toEqual([
      ['preliminary', '2026-11-30', 5],
      ['final', '2026-12-25', 30],
    ]);
    const unsure = computeIncidentDeadlines({ ...leakByAttack, intentional: 'unsure' }, '2026-11-25', '2026-11-25');
    expect(unsure.countdowns.map((c) => c.kind)).toEqual(['preliminary', 'final', 'finalIfIntentional']);
    expect(unsure.countdowns[2]?.by).toBe('2027-01-24');
  });

  it('goes negative once a deadline has passed', () => {
    const { countdowns } = computeIncidentDeadlines(leakByAttack, '2026-11-25', '2026-12-02');
    expect(countdowns[0]?.daysLeft).toBe(-2);
    expect(countdowns[1]?.daysLeft).toBeGreaterThan(0);
  });

  it('gives no countdown when the report is not required (strong encryption)', () => {
    const result = computeIncidentDeadlines({ ...leakByAttack, encrypted: 'yes' }, '2026-11-25', '2026-11-25');
    expect(result.assessment).toEqual({ required: false, reason: 'encrypted' });
    expect(result.countdowns).toEqual([]);
  });

  it('counts days exactly across months, years and leap days', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: -400, max: 400 }),
        (date, offset) => {
          const from = date.toISOString().slice(0, 10);
          const to = new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
          expect(daysBetween(from, to)).toBe(offset);
        },
      ),
    );
  });

  it('always puts the final report after the preliminary one, both after discovery', () => {
    const answer = fc.constantFrom('yes', 'no', 'unsure' as const);
    fc.assert(
      fc.property(
        fc.record({
          personal: answer,
          sensitive: answer,
          financial: answer,
          intentional: answer,
          over1000: answer,
          encrypted: answer,
        }),
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (answers, date) => {
          const discovered = date.toISOString().slice(0, 10);
          const { countdowns } = computeIncidentDeadlines(answers, discovered, discovered);
          for (const countdown of countdowns) expect(countdown.by > discovered).toBe(true);
          if (countdowns.length > 0) expect(countdowns[1]!.by > countdowns[0]!.by).toBe(true);
        },
      ),
    );
  });
});
