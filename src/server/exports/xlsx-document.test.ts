import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkbook, neutralizeFormula, renderXlsx, safeCellValue, xlsxResponse } from './xlsx-document.ts';

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('neutralizeFormula', () => {
  it.each(['=1+1', '+81 3 1234', '-2', '@SUM(A1)', '\tTAB', '\rCR', '=HYPERLINK("http://evil.example","x")'])(
    'prefixes %j with an apostrophe',
    (text) => {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    },
  );

  it('leaves other text alone, including Japanese and inner symbols', () => {
    expect(neutralizeFormula('実施している')).toBe('実施している');
    expect(neutralizeFormula('a=b')).toBe('a=b');
    expect(neutralizeFormula('')).toBe('');
  });

  it('never returns text that starts a formula', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(neutralizeFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
        expect(neutralizeFormula(text).endsWith(text)).toBe(true);
      }),
    );
  });

  it('keeps numbers, booleans and dates as values', () => {
    expect(safeCellValue(-1)).toBe(-1);
    expect(safeCellValue(true)).toBe(true);
    expect(safeCellValue(undefined)).toBeNull();
    expect(safeCellValue(Number.NaN)).toBeNull();
  });
});

describe('createWorkbook', () => {
  it('writes text cells that cannot run as formulas, and numbers as numbers', async () => {
    const workbook = createWorkbook({ title: 'テスト' }, [
      {
        name: '結果/test:1',
        columns: [{ header: '=header' }, { header: '点' }],
        rows: [
          ['=cmd|" /C calc"!A0', -1],
          ['日本語のテキスト', 4],
        ],
      },
    ]);
    const back = await readBack(await renderXlsx(workbook));
    const sheet = back.worksheets[0]!;
    expect(sheet.name).toBe('結果 test 1');
    expect(sheet.getCell('A1').value).toBe("'=header");
    expect(sheet.getCell('A2').value).toBe(`'=cmd|" /C calc"!A0`);
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').value).toBe(-1);
    expect(sheet.getCell('A3').value).toBe('日本語のテキスト');
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('answers as an attachment with a safe file name', () => {
    const response = xlsxResponse(Buffer.from('x'), 'gokui result "1".xlsx');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="gokui_result__1_.xlsx"');
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
  });
});
