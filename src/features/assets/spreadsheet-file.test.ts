import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { readXlsxCells, XlsxReadError } from './xlsx-grid.ts';
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

describe('reading .xlsx written by other programs', () => {
  it('reads dates, rich text without furigana, inline strings, booleans and formula results', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet');
    sheet.addRow(['日付', '名称', '数式', '真偽']);
    sheet.addRow([
      new Date(Date.UTC(2026, 3, 1)),
      { richText: [{ text: '顧客' }, { text: '名簿', font: { bold: true } }] },
      { formula: '1+1', result: 2 },
      true,
    ]);
    sheet.getCell('A2').numFmt = 'yyyy/mm/dd';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readSpreadsheetGrid('xlsx', bytes)).toEqual([
      ['日付', '名称', '数式', '真偽'],
      ['2026-04-01', '顧客名簿', '2', 'true'],
    ]);
  });

  it('leaves out phonetic guides and refuses what is not a workbook', () => {
    const files = {
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/s.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8('<sst><si><t>顧客</t><rPh sb="0" eb="2"><t>コキャク</t></rPh></si></sst>'),
      'xl/worksheets/s.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>A&amp;B</t></is></c></row></sheetData></worksheet>',
      ),
    };
    expect(readXlsxCells(zipSync(files))).toEqual([['', '顧客', 'A&B']]);
    expect(() => readXlsxCells(strToU8('PK\u0003\u0004 broken'))).toThrow(XlsxReadError);
  });
});
