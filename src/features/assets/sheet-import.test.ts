import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/index.ts';
import { readRegisterSheet } from './sheet-import.ts';
import { registerHeaders, registerRow } from './sheet-export.ts';
import { arbitraryAsset, makeAsset, standardMatrix } from './test-assets.ts';

const matrix = standardMatrix();
const today = '2026-11-26';
const asText = (row: (string | number)[]) => row.map(String);

describe('readRegisterSheet', () => {
  it('reads back every register field of an exported row, in either language', () => {
    fc.assert(
      fc.property(arbitraryAsset, fc.constantFrom('ja' as const, 'en' as const), (asset, locale) => {
        const grid = [registerHeaders(locale), asText(registerRow(locale, matrix, asset))];
        const reading = readRegisterSheet(grid, today);
        expect(reading.fileProblems).toEqual([]);
        expect(reading.rows[0]?.problems).toEqual([]);
        const value = reading.rows[0]?.value;
        const { id, acceptance, createdAt, updatedAt, ...expected } = asset;
        void [id, acceptance, createdAt, updatedAt];
        expect({ ...value?.fields, ...value?.risk }).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('imports a value that began with "=" as that text, not as a formula', () => {
    const asset = makeAsset({ name: '=HYPERLINK("http://evil.example")', note: '+81 3 1234' });
    const row = asText(registerRow('ja', matrix, asset));
    expect(row[1]).toBe('\'=HYPERLINK("http://evil.example")');
    const reading = readRegisterSheet([registerHeaders('ja'), row], today);
    expect(reading.rows[0]?.value?.fields.name).toBe('=HYPERLINK("http://evil.example")');
    expect(reading.rows[0]?.value?.fields.note).toBe('+81 3 1234');
  });

  it('names the line, the column and the value of each problem', () => {
    const headers = registerHeaders('ja');
    const good = asText(registerRow('ja', matrix, makeAsset()));
    const bad = [...good];
    bad[headers.indexOf('機密性')] = '5';
    bad[headers.indexOf('個人情報')] = 'たぶん';
    const reading = readRegisterSheet([headers, good, bad], today);
    expect(reading.problemCount).toBe(2);
    expect(reading.rows[0]?.problems).toEqual([]);
    expect(reading.rows[1]?.problems).toEqual([
      { line: 3, column: 'assets.col.personal', code: 'flag', value: 'たぶん' },
      { line: 3, column: 'assets.col.confidentiality', code: 'rating', value: '5' },
    ]);
    expect(reading.rows[1]?.value).toBeUndefined();
  });

  it('refuses a file without a required column and skips empty lines', () => {
    const headers = registerHeaders('en').filter((header) => header !== t('en', 'assets.col.name'));
    expect(readRegisterSheet([headers, ['x']], today).fileProblems).toEqual([
      { code: 'missingColumn', column: 'assets.col.name' },
    ]);
    const full = registerHeaders('en');
    const row = asText(registerRow('en', matrix, makeAsset()));
    const reading = readRegisterSheet([full, [], row.map(() => ''), row], today);
    expect(reading.rows.map((entry) => entry.line)).toEqual([4]);
    expect(readRegisterSheet([full], today).fileProblems).toEqual([{ code: 'noRows' }]);
  });

  it('understands the marks and words people type', () => {
    const headers = ['業務分類', '情報資産名称', '機密性', '完全性', '可用性', '個人情報', '対応', '登録日'];
    const reading = readRegisterSheet(
      [headers, ['経理', '請求書', '３', '2.0', '1', '○', 'transfer', '2026/4/1']],
      today,
    );
    expect(reading.rows[0]?.problems).toEqual([]);
    expect(reading.rows[0]?.value?.fields).toMatchObject({ confidentiality: 3, integrity: 2, personal: true });
    expect(reading.rows[0]?.value?.fields.registeredOn).toBe('2026-04-01');
    expect(reading.rows[0]?.value?.risk.treatment).toBe('transfer');
  });
});
