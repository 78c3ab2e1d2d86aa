/**
 * An uploaded register file: its kind checked by extension AND content (an .xlsx is a zip and
 * starts with "PK\3\4"; a .csv is text without NUL bytes), then read into a grid of cell texts.
 */
import ExcelJS from 'exceljs';
import { parseCsv } from './csv.ts';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type SpreadsheetKind = 'xlsx' | 'csv';

export type KindCheck = { ok: true; kind: SpreadsheetKind } | { ok: false; code: 'wrongType' };

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

export function checkSpreadsheetKind(fileName: string, bytes: Uint8Array): KindCheck {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const isZip = zipMagic.every((byte, index) => bytes[index] === byte);
  if (extension === 'xlsx' && isZip) return { ok: true, kind: 'xlsx' };
  if (extension === 'csv' && !isZip && !bytes.includes(0)) return { ok: true, kind: 'csv' };
  return { ok: false, code: 'wrongType' };
}

/** CSV text: UTF-8 (with or without BOM), or Shift_JIS as older Excel saves it in Japan. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    // A formula counts as the value it last showed; the formula itself is never kept.
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return '';
    if ('text' in value) return String(value.text);
  }
  return '';
}

/** The first worksheet of an .xlsx as rows of cell texts; throws when the file is not a workbook. */
export async function readXlsxGrid(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return Array.from(grid, (row) => row ?? []);
}

export async function readSpreadsheetGrid(kind: SpreadsheetKind, bytes: Uint8Array): Promise<string[][]> {
  return kind === 'xlsx' ? readXlsxGrid(bytes) : parseCsv(decodeCsv(bytes));
}
