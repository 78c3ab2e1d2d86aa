import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../tests/e2e/pdf-text.ts';
import { renderResultPdf } from './result-pdf.ts';
import { buildResultView } from './result-view.ts';
import { renderResultXlsx } from './result-xlsx.ts';
import { answersWith, loadFiveMinuteSet } from './testing/five-minute-set.ts';

const set = loadFiveMinuteSet();
const links = (ids: readonly string[]) => ids.map((id) => ({ id, title: `対策${id}`, path: `/guide/mission2/${id}/` }));
const view = buildResultView(set, { ...answersWith(set, { yes: 17, partial: 1, unknown: 1 }) }, links);

describe('result PDF', () => {
  it('holds the total, the band, the next steps with links, and the SECURITY ACTION criteria', async () => {
    const text = (await pdfText(await renderResultPdf(view, 'ja', { origin: 'https://gokui.example' }))).replace(
      /\s+/g,
      '',
    );
    expect(text).toContain('69点');
    expect(text).toContain('対策が足りません');
    expect(text).toContain(set.questions[18]!.topic.ja);
    expect(text).toContain('https://gokui.example/guide/mission2/');
    expect(text).toContain('情報セキュリティ基本方針を定めた');
    expect(text).not.toMatch(/認定|取得/);
  });

  it('is complete in English', async () => {
    const text = await pdfText(await renderResultPdf(view, 'en', { origin: 'https://gokui.example' }));
    expect(text).toContain('69 points');
    expect(text).toContain('Measures are clearly insufficient');
    expect(text).toContain('https://gokui.example/en/guide/mission2/');
  });
});

describe('result .xlsx', () => {
  it('has the summary, the parts and one row per answer, with numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderResultXlsx(view, 'ja')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['結果', 'パートごとの結果', '回答']);
    const summary = workbook.worksheets[0]!;
    const values = summary.getColumn(2).values;
    expect(values).toContain(69);
    expect(values).toContain('対策が足りません');
    const parts = workbook.worksheets[1]!;
    expect(parts.getRow(2).values).toEqual([undefined, '基本的対策', 20, 20, 100]);
    const answers = workbook.worksheets[2]!;
    expect(answers.rowCount).toBe(26);
    expect(answers.getRow(20).getCell(5).value).toBe('わからない');
    expect(answers.getRow(20).getCell(6).value).toBe(-1);
    expect(answers.getRow(20).getCell(8).value).toBe('はい');
  });
});
