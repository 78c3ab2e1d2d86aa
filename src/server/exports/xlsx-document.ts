/**
 * The one .xlsx pipeline of Gokui (exceljs). Every string cell goes through neutralizeFormula,
 * so text a user or the content typed can never run as a spreadsheet formula when the file is
 * opened or re-saved as CSV (OWASP "CSV injection"): values are written as plain values, never
 * formulas, and text starting with = + - @ or a tab/CR gets a leading apostrophe.
 */
import ExcelJS from 'exceljs';

export type CellValue = string | number | boolean | Date | null | undefined;

export interface SheetColumn {
  header: string;
  /** Width in characters (Japanese characters count about double). */
  width?: number;
}

export interface SheetSpec {
  name: string;
  columns: SheetColumn[];
  rows: CellValue[][];
}

export interface WorkbookOptions {
  title: string;
  creator?: string;
  created?: Date;
}

const formulaStart = /^[=+\-@\t\r]/;

/** A string safe to put in a cell: one that could start a formula gets a leading apostrophe. */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** The value as written to a cell: strings neutralised, numbers/booleans/dates as they are. */
export function safeCellValue(value: CellValue): Exclude<CellValue, undefined> {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return neutralizeFormula(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
}

/** Builds a workbook of simple tables: a bold header row, frozen, then the rows. */
export function createWorkbook(options: WorkbookOptions, sheets: SheetSpec[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'Gokui';
  workbook.title = options.title;
  workbook.created = options.created ?? new Date();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(sheetName(spec.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((column) => ({
      header: neutralizeFormula(column.header),
      width: column.width ?? 16,
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) {
      const added = sheet.addRow(row.map(safeCellValue));
      added.alignment = { vertical: 'top', wrapText: true };
    }
  }
  return workbook;
}

export async function renderXlsx(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Standard response for a generated .xlsx download. */
export function xlsxResponse(bytes: Buffer, filename: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': xlsxContentType,
      'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'cache-control': 'no-store',
    },
  });
}
