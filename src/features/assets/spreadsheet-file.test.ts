import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { registerHeaders, registerRow, exampleRow } from './sheet-export.ts';
import { readRegisterSheet } from './sheet-import.ts';
import { renderRegisterXlsx } from './register-workbook.ts';
import { checkSpreadsheetKind, decodeCsv, readSpreadsheetGrid } from './spreadsheet-file.ts';
import { writeCsv } from './csv.ts';
import { makeAsset, standardMatrix } from './test-assets.ts';

const matrix = standardMatrix();

describe('uploaded spreadsheet files', () => {
  it('checks the type by extension and content together', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]);
    const text = new TextEncoder().encode('a,b\n');
    expect(checkSpreadsheetKind('register.xlsx', zip)).toEqual({ ok: true, kind: 'xlsx' });
    expect(checkSpreadsheetKind('REGISTER.CSV', text)).toEqual({ ok: true, kind: 'csv' });
    expect(checkSpreadsheetKind('register.xlsx', text).ok).toBe(false);
    expect(checkSpreadsheetKind('register.csv', zip).ok).toBe(false);
    expect(checkSpreadsheetKind('register.exe', zip).ok).toBe(false);
    expect(checkSpreadsheetKind('register.csv', new Uint8Array([0x61, 0, 0x62])).ok).toBe(false);
  });

  it('reads CSV saved as Shift_JIS by older Excel', () => {
    // 「顧客」 in Shift_JIS
    expect(decodeCsv(new Uint8Array([0x8c, 0xda, 0x8b, 0x71]))).toBe('顧客');
  });

  it('round-trips the register through .xlsx and .csv', async () => {
    const assets = [
      makeAsset({
        name: '=1+1',
        note: "'=keep",
        threat: 3,
        vulnerability: 2,
        treatment: 'reduce',
        measureSections: ['2-4'],
      }),
      makeAsset({ id: 'b', name: '給与データ', myNumber: true, residualThreat: null }),
    ];
    const rows = assets.map((asset) => registerRow('ja', matrix, asset));
    const xlsx = await renderRegisterXlsx('ja', rows, rows.length + 10);
    const csv = new TextEncoder().encode(writeCsv([registerHeaders('ja'), ...rows]));
    for (const [kind, bytes] of [
      ['xlsx', new Uint8Array(xlsx)],
      ['csv', csv],
    ] as const) {
      const reading = readRegisterSheet(await readSpreadsheetGrid(kind, bytes), '2026-11-26');
      expect(reading.problemCount, kind).toBe(0);
      expect(reading.rows.map((row) => row.value?.fields.name)).toEqual(['=1+1', '給与データ']);
      expect(reading.rows[0]?.value?.fields.note).toBe("'=keep");
      expect(reading.rows[0]?.value?.risk).toMatchObject({ threat: 3, vulnerability: 2, treatment: 'reduce' });
    }
  });

  it('writes the template with dropdowns, an example row and an instructions sheet', async () => {
    const bytes = await renderRegisterXlsx('en', [exampleRow('en', '2026-11-26')], 1000);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Register', 'How to fill in']);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(2).value).toBe('Asset name');
    expect(sheet?.getRow(2).getCell(2).value).toBe('Customer list');
    expect(sheet?.getCell('K2').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3"'] });
    expect(sheet?.getCell('G500').dataValidation).toMatchObject({ type: 'list', formulae: ['"yes,no"'] });
  });
});
