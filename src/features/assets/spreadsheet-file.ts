/**
 * An uploaded register file: its kind checked by extension AND content (an .xlsx is a zip and
 * starts with "PK\3\4"; a .csv is text without NUL bytes), then read into a grid of cell texts
 * (xlsx-grid.ts for workbooks).
 */
import { parseCsv } from './csv.ts';
import { readXlsxCells } from './xlsx-grid.ts';

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

export async function readSpreadsheetGrid(kind: SpreadsheetKind, bytes: Uint8Array): Promise<string[][]> {
  return kind === 'xlsx' ? readXlsxCells(bytes) : parseCsv(decodeCsv(bytes));
}
