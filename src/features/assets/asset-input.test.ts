import { describe, expect, it } from 'vitest';
import { validateAssetFields, validateRiskFields, type RawFields } from './asset-input.ts';

const valid: RawFields = {
  category: '営業',
  name: '顧客名簿',
  personal: 'yes',
  sensitive: 'no',
  myNumber: 'no',
  critical: 'no',
  confidentiality: '3',
  integrity: '2',
  availability: '1',
  registeredOn: '2026-04-01',
};

describe('validateAssetFields', () => {
  it('accepts a complete asset and types its values', () => {
    const result = validateAssetFields(valid, '2026-11-26');
    expect(result).toMatchObject({
      ok: true,
      value: { name: '顧客名簿', personal: true, sensitive: false, confidentiality: 3, availability: 1 },
    });
  });

  it('fills an empty registration date with today', () => {
    const result = validateAssetFields({ ...valid, registeredOn: '' }, '2026-11-26');
    expect(result.ok && result.value.registeredOn).toBe('2026-11-26');
  });

  it('names every bad field with what is wrong', () => {
    const result = validateAssetFields(
      {
        ...valid,
        name: '  ',
        category: 'x'.repeat(51),
        personal: 'maybe',
        confidentiality: '4',
        integrity: '',
        registeredOn: '2026-02-30',
      },
      '2026-11-26',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { field: 'category', code: 'tooLong' },
      { field: 'name', code: 'required' },
      { field: 'personal', code: 'flag' },
      { field: 'confidentiality', code: 'rating' },
      { field: 'integrity', code: 'required' },
      { field: 'registeredOn', code: 'date' },
    ]);
  });

  it('refuses control characters that a spreadsheet cell can carry (NUL from &#0;)', () => {
    const result = validateAssetFields({ ...valid, name: '顧客\u0000名簿', note: 'ok\u0007' }, '2026-11-26');
    expect(!result.ok && result.problems).toEqual([
      { field: 'name', code: 'controlCharacters' },
      { field: 'note', code: 'controlCharacters' },
    ]);
    const risk = validateRiskFields({ measures: 'backup\u0001' });
    expect(!risk.ok && risk.problems).toEqual([{ field: 'measures', code: 'controlCharacters' }]);
  });
});

describe('validateRiskFields', () => {
  it('treats empty ratings as not rated yet', () => {
    expect(validateRiskFields({})).toEqual({
      ok: true,
      value: {
        threat: null,
        vulnerability: null,
        treatment: null,
        measures: '',
        measureSections: [],
        residualThreat: null,
        residualVulnerability: null,
      },
    });
  });

  it('wants threat and vulnerability as a pair, before and after measures', () => {
    const half = validateRiskFields({ threat: '2' });
    expect(half.ok || half.problems).toEqual([{ field: 'vulnerability', code: 'pair' }]);
    const residualOnly = validateRiskFields({ residualThreat: '1', residualVulnerability: '1' });
    expect(residualOnly.ok || residualOnly.problems).toEqual([{ field: 'threat', code: 'pair' }]);
  });

  it('accepts known Mission2 sections in guidebook order and refuses others', () => {
    const ok = validateRiskFields({ measureSections: '2-10, 2-4、2-2' });
    expect(ok.ok && ok.value.measureSections).toEqual(['2-2', '2-4', '2-10']);
    const bad = validateRiskFields({ measureSections: '2-4, 1-1' });
    expect(bad.ok || bad.problems).toEqual([{ field: 'measureSections', code: 'sections' }]);
  });

  it('accepts only the four treatments', () => {
    expect(validateRiskFields({ treatment: 'transfer' }).ok).toBe(true);
    const bad = validateRiskFields({ treatment: 'ignore' });
    expect(bad.ok || bad.problems).toEqual([{ field: 'treatment', code: 'treatment' }]);
  });
});
