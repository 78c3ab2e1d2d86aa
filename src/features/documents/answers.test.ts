import { describe, expect, it } from 'vitest';
import { answersToValues, defaultAnswers, parseAnswersForm, readStoredAnswers } from './answers.ts';
import { conditionHolds } from './conditions.ts';
import { isSlug, randomSlug, slugSchema } from './slug.ts';

/** Fields as readFormLists reads them: the last value of each name and every value of each. */
function form(fields: [string, string][]): { values: Record<string, string>; lists: Record<string, string[]> } {
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [key, value] of fields) {
    values[key] = value;
    (lists[key] ??= []).push(value);
  }
  return { values, lists };
}

const valid: [string, string][] = [
  ['firmName', ' 株式会社テスト '],
  ['representative', '山田太郎'],
  ['securityOfficer', '佐藤花子'],
  ['effectiveDate', '2027-04-01'],
  ['staffCount', '25'],
  ['cloud', 'yes'],
  ['myNumber', 'yes'],
];

describe('parseAnswersForm', () => {
  it('reads names, date, staff and ticked switches', () => {
    const parsed = parseAnswersForm(form(valid));
    expect(parsed).toEqual({
      ok: true,
      answers: {
        firmName: '株式会社テスト',
        representative: '山田太郎',
        securityOfficer: '佐藤花子',
        effectiveDate: '2027-04-01',
        staffCount: 25,
        cloud: true,
        myNumber: true,
        byod: false,
        telework: false,
        website: false,
        software: false,
        outsourcing: false,
        serverRoom: false,
      },
    });
  });

  it('names every bad field with a translated message and keeps what was typed', () => {
    const parsed = parseAnswersForm(
      form([
        ['firmName', ''],
        ['representative', 'x'.repeat(101)],
        ['securityOfficer', '佐藤'],
        ['effectiveDate', '2027-02-30'],
        ['staffCount', '1.5'],
        ['byod', 'on'],
      ]),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      firmName: 'documents.error.firmName',
      representative: 'documents.error.representative',
      effectiveDate: 'documents.error.effectiveDate',
      staffCount: 'documents.error.staffCount',
      byod: 'documents.error.switch',
    });
    expect(parsed.values['securityOfficer']).toBe('佐藤');
  });

  it('refuses control characters in any field with their own message', () => {
    const parsed = parseAnswersForm(form([...valid.filter(([key]) => key !== 'firmName'), ['firmName', 'A\u0000B']]));
    expect(!parsed.ok && parsed.errors).toEqual({ firmName: 'form.error.controlCharacters' });
  });

  it('refuses a field sent twice and staff out of range', () => {
    const twice = parseAnswersForm(form([...valid, ['firmName', 'other']]));
    expect(!twice.ok && twice.errors['firmName']).toBe('documents.error.duplicate');
    const none = parseAnswersForm(form(valid.map(([k, v]) => [k, k === 'staffCount' ? '0' : v])));
    expect(!none.ok && none.errors['staffCount']).toBe('documents.error.staffCount');
  });

  it('round-trips through the stored JSON and the form values', () => {
    const parsed = parseAnswersForm(form(valid));
    if (!parsed.ok) throw new Error('expected valid');
    expect(readStoredAnswers(JSON.stringify(parsed.answers))).toEqual(parsed.answers);
    expect(readStoredAnswers('{"firmName":1}')).toBeUndefined();
    expect(readStoredAnswers('not json')).toBeUndefined();
    const again = parseAnswersForm(form(Object.entries(answersToValues(parsed.answers))));
    expect(again).toEqual(parsed);
  });

  it('starts from the organisation name with every switch off', () => {
    const answers = defaultAnswers('Alpha', '2027-01-01');
    expect(answers.firmName).toBe('Alpha');
    expect(answers.byod || answers.myNumber || answers.cloud).toBe(false);
  });
});

describe('conditionHolds', () => {
  const answers = { ...defaultAnswers('A', '2027-01-01'), byod: true, staffCount: 50 };
  it('reads switches, negations and staff thresholds', () => {
    expect(conditionHolds(undefined, answers)).toBe(true);
    expect(conditionHolds('byod', answers)).toBe(true);
    expect(conditionHolds('!byod', answers)).toBe(false);
    expect(conditionHolds('cloud', answers)).toBe(false);
    expect(conditionHolds('staff>=50', answers)).toBe(true);
    expect(conditionHolds('staff<50', answers)).toBe(false);
    expect(() => conditionHolds('weekend', answers)).toThrow();
  });
});

describe('slugs', () => {
  it('accepts readable slugs and refuses the rest', () => {
    for (const good of ['abc', 'gokui-works', 'a1-b2-c3', 'x'.repeat(40)]) expect(isSlug(good), good).toBe(true);
    for (const bad of ['ab', '-abc', 'abc-', 'a--b', 'ABC', 'a b', 'a/b', 'x'.repeat(41), '../x', 'アイウ']) {
      expect(isSlug(bad), bad).toBe(false);
    }
    expect(slugSchema.parse(' Gokui-Works ')).toBe('gokui-works');
  });

  it('suggests random slugs that pass the rule', () => {
    const slugs = new Set(Array.from({ length: 50 }, randomSlug));
    expect(slugs.size).toBe(50);
    for (const slug of slugs) expect(isSlug(slug)).toBe(true);
  });
});
