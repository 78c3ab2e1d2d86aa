/**
 * The register as an .xlsx: the 台帳 sheet in the layout of sheet-layout.ts with dropdown
 * validations on the choice columns, and an instructions sheet. The template is the same file
 * with one example row. Built on the shared xlsx helper (formula neutralisation).
 */
import { t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { createWorkbook, renderXlsx } from '../../server/exports/xlsx-document.ts';
import { treatments } from './asset.ts';
import { sheetColumns } from './sheet-layout.ts';
import { registerHeaders, type SheetCell } from './sheet-export.ts';

interface ValidationSheet {
  dataValidations: { add(range: string, validation: Record<string, unknown>): void };
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function listFormula(values: string[]): string {
  return `"${values.join(',')}"`;
}

export async function renderRegisterXlsx(locale: Locale, rows: SheetCell[][], lastRow: number): Promise<Buffer> {
  const instructions = sheetColumns.map((column) => [
    t(locale, column.header),
    t(locale, `assets.sheetHelp.${column.id}` as MessageKey),
  ]);
  const workbook = createWorkbook({ title: t(locale, 'assets.sheet.title') }, [
    {
      name: t(locale, 'assets.sheet.register'),
      columns: sheetColumns.map((column, index) => ({
        header: registerHeaders(locale)[index] ?? '',
        width: column.width,
      })),
      rows,
    },
    {
      name: t(locale, 'assets.sheet.instructions'),
      columns: [
        { header: t(locale, 'assets.sheet.instructionsColumn'), width: 22 },
        { header: t(locale, 'assets.sheet.instructionsText'), width: 90 },
      ],
      rows: [
        [t(locale, 'assets.sheetHelp.introTitle'), t(locale, 'assets.sheetHelp.intro')],
        [t(locale, 'assets.sheetHelp.importTitle'), t(locale, 'assets.sheetHelp.import')],
        ...instructions,
      ],
    },
  ]);
  const sheet = workbook.worksheets[0] as unknown as ValidationSheet;
  const flags = [t(locale, 'assets.flag.yes'), t(locale, 'assets.flag.no')];
  const treatmentWords = treatments.map((id) => t(locale, `assets.treatment.${id}` as MessageKey));
  const end = Math.max(lastRow, 1000);
  sheetColumns.forEach((column, index) => {
    const range = `${columnLetter(index)}2:${columnLetter(index)}${end}`;
    const list =
      column.kind === 'flag'
        ? flags
        : column.kind === 'rating' || column.kind === 'optionalRating'
          ? ['1', '2', '3']
          : column.kind === 'treatment'
            ? treatmentWords
            : undefined;
    if (!list) return;
    sheet.dataValidations.add(range, {
      type: 'list',
      allowBlank: column.kind !== 'rating',
      formulae: [listFormula(list)],
      showErrorMessage: true,
      errorTitle: t(locale, column.header),
      error: t(locale, 'assets.sheet.chooseFromList'),
    });
  });
  return renderXlsx(workbook);
}
