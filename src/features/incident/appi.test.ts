import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  appiAnswers,
  appiQuestions,
  assessAppiReport,
  isCalendarDate,
  japanToday,
  type AppiAnswers,
} from './appi.ts';

/** A small leak by mistake: a few customers' names in a mis-sent e-mail. */
const exempt: AppiAnswers = {
  personal: 'yes',
  sensitive: 'no',
  financial: 'no',
  intentional: 'no',
  over1000: 'no',
  encrypted: 'no',
  discovered: '2026-11-25',
};

const today = '2026-11-25';

describe('assessAppiReport', () => {
  it('requires a report for an unauthorised-access leak, final report within 60 days', () => {
    const result = assessAppiReport({ ...exempt, intentional: 'yes' }, today);
    expect(result).toEqual({
      required: true,
      triggers: ['intentional'],
      possibleTriggers: [],
      discovered: '2026-11-25',
      preliminaryBy: '2026-11-30',
      finalBy: '2027-01-24',
      finalDays: 60,
      preliminaryOverdue: false,
      finalOverdue: false,
    });
  });

  it('gives 30 days for the final report when the leak was not caused on purpose', () => {
    for (const trigger of ['sensitive', 'financial', 'over1000'] as const) {
      const result = assessAppiReport({ ...exempt, [trigger]: 'yes' }, today);
      expect(result, trigger).toMatchObject({
        required: true,
        triggers: [trigger],
        finalBy: '2026-12-25',
        finalDays: 30,
        preliminaryBy: '2026-11-30',
      });
    }
  });

  it('does not require a report for a small leak by mistake', () => {
    expect(assessAppiReport(exempt, today)).toEqual({ required: false, reason: 'no-trigger' });
  });

  it('does not apply when no personal data is involved, whatever else was answered', () => {
    const all = { ...exempt, personal: 'no', sensitive: 'yes', intentional: 'yes', over1000: 'yes' } as const;
    expect(assessAppiReport(all, today)).toEqual({ required: false, reason: 'no-personal-data' });
  });

  it('does not apply when the data was strongly encrypted and the key did not leak', () => {
    const result = assessAppiReport({ ...exempt, intentional: 'yes', over1000: 'yes', encrypted: 'yes' }, today);
    expect(result).toEqual({ required: false, reason: 'encrypted' });
  });

  it('treats "unsure" about encryption as not encrypted', () => {
    const result = assessAppiReport({ ...exempt, financial: 'yes', encrypted: 'unsure' }, today);
    expect(result.required).toBe(true);
  });

  it('treats "unsure" about personal data as possibly personal data', () => {
    const result = assessAppiReport({ ...exempt, personal: 'unsure', sensitive: 'yes' }, today);
    expect(result.required).toBe(true);
  });

  it('counts an "unsure" answer as a possible trigger, because a risk of a leak is covered too', () => {
    const result = assessAppiReport({ ...exempt, over1000: 'unsure' }, today);
    expect(result).toMatchObject({ required: true, triggers: [], possibleTriggers: ['over1000'], finalDays: 30 });
  });

  it('gives the earlier deadline when intent is unknown, and the later one in case it was intentional', () => {
    const result = assessAppiReport({ ...exempt, intentional: 'unsure' }, today);
    expect(result).toMatchObject({
      required: true,
      possibleTriggers: ['intentional'],
      finalBy: '2026-12-25',
      finalDays: 30,
      finalByIfIntentional: '2027-01-24',
    });
  });

  it('lists every trigger that applies, in a fixed order', () => {
    const result = assessAppiReport(
      { ...exempt, over1000: 'yes', sensitive: 'yes', financial: 'unsure', intentional: 'yes' },
      today,
    );
    expect(result).toMatchObject({
      triggers: ['sensitive', 'intentional', 'over1000'],
      possibleTriggers: ['financial'],
      finalDays: 60,
    });
  });

  it('says when a deadline has passed', () => {
    const answers = { ...exempt, sensitive: 'yes', discovered: '2026-10-01' } as const;
    expect(assessAppiReport(answers, '2026-10-06')).toMatchObject({
      preliminaryBy: '2026-10-06',
      preliminaryOverdue: false,
      finalOverdue: false,
    });
    expect(assessAppiReport(answers, '2026-10-07')).toMatchObject({ preliminaryOverdue: true, finalOverdue: false });
    expect(assessAppiReport(answers, '2026-10-31')).toMatchObject({ finalBy: '2026-10-31', finalOverdue: false });
    expect(assessAppiReport(answers, '2026-11-01')).toMatchObject({ finalOverdue: true });
  });

  it('requires a report exactly when personal data is possible, not encrypted, and a trigger is yes or unsure', () => {
    const answer = fc.constantFrom(...appiAnswers);
    fc.assert(
      fc.property(fc.tuple(...appiQuestions.map(() => answer)), (values) => {
        const answers = Object.fromEntries(appiQuestions.map((q, i) => [q, values[i]])) as Omit<
          AppiAnswers,
          'discovered'
        >;
        const result = assessAppiReport({ ...answers, discovered: today }, today);
        const anyTrigger = (['sensitive', 'financial', 'intentional', 'over1000'] as const).some(
          (q) => answers[q] !== 'no',
        );
        const expected = answers.personal !== 'no' && answers.encrypted !== 'yes' && anyTrigger;
        expect(result.required).toBe(expected);
        if (result.required) expect(result.finalDays).toBe(answers.intentional === 'yes' ? 60 : 30);
      }),
    );
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-11-25', 5)).toBe('2026-11-30');
    expect(addDays('2026-11-25', 30)).toBe('2026-12-25');
    expect(addDays('2026-11-25', 60)).toBe('2027-01-24');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
    expect(addDays('2028-01-01', 60)).toBe('2028-03-01');
  });

  it('refuses a date that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('recognises real calendar dates only', () => {
    expect(isCalendarDate('2026-11-25')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '2026-13-01', '2026-00-10', '2026-11-31', '2026/11/25', '26-11-25', '', 'x']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it('takes today in Japan time (UTC+9), not the server time zone', () => {
    expect(japanToday(new Date('2026-11-24T14:59:59Z'))).toBe('2026-11-24');
    expect(japanToday(new Date('2026-11-24T15:00:00Z'))).toBe('2026-11-25');
    expect(japanToday(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
  });

  it('keeps adding days consistent with JavaScript dates for any date in range', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 366 }),
        (date, days) => {
          const start = date.toISOString().slice(0, 10);
          const expected = new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
          expect(addDays(start, days)).toBe(expected);
        },
      ),
    );
  });
});
