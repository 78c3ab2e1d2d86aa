/**
 * Reading the register spreadsheet: a grid of cell texts (first row = headers) in, validated
 * assets or plain-word problems per row and column out. Headers and values are understood in
 * Japanese and English, so a file exported in one language imports in the other. Pure.
 */
import { t, type MessageKey } from '../../i18n/index.ts';
import type { AssetFields, RiskFields } from './asset.ts';
import { treatments } from './asset.ts';
import {
  validateAssetFields,
  validateRiskFields,
  type FieldName,
  type ProblemCode,
  type RawFields,
} from './asset-input.ts';
import { unguardCell } from './cell-guard.ts';
import { headerKey, sheetColumns, type SheetColumnSpec } from './sheet-layout.ts';

export const MAX_IMPORT_ROWS = 10_000;

export interface RowProblem {
  /** Line number in the spreadsheet (the header is line 1). */
  line: number;
  /** The column's header key (assets.col.…). */
  column: MessageKey;
  code: ProblemCode;
  /** What the cell held, for the message (cut short). */
  value: string;
}

export type FileProblem =
  | { code: 'missingColumn'; column: MessageKey }
  | { code: 'noRows' }
  | { code: 'tooManyRows'; max: number }
  | { code: 'unreadable' }
  | { code: 'duplicateColumn'; column: MessageKey };

export interface ImportedRow {
  line: number;
  fields: AssetFields;
  risk: RiskFields;
}

export interface PreviewRow {
  line: number;
  name: string;
  category: string;
  /** Present when the row is valid. */
  value?: ImportedRow;
  problems: RowProblem[];
}

export interface SheetReading {
  fileProblems: FileProblem[];
  rows: PreviewRow[];
  problemCount: number;
}

const both = (key: MessageKey) => [t('ja', key), t('en', key)].map(headerKey);

function wordsTo<T extends string>(entries: [T, MessageKey[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, keys] of entries) for (const key of keys) for (const word of both(key)) map.set(word, value);
  return map;
}

// Flags: the words of both languages plus the marks people type in ledgers.
const flagWords = wordsTo<'yes' | 'no'>([
  ['yes', ['assets.flag.yes']],
  ['no', ['assets.flag.no']],
]);
for (const word of ['○', '◯', '〇', 'あり', 'y', 'true', '1', '✓']) flagWords.set(word, 'yes');
for (const word of ['', 'なし', 'n', 'false', '0', '×', '-', '－']) flagWords.set(word, 'no');

const treatmentWords = new Map<string, string>(
  wordsTo(treatments.map((id) => [id, [`assets.treatment.${id}` as MessageKey]])),
);
for (const id of treatments) treatmentWords.set(id, id);

function normalise(text: string): string {
  return text.normalize('NFKC').trim();
}

function dateText(text: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(normalise(text));
  if (!match) return text;
  return `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
}

/** A cell as the neutral raw value asset-input.ts reads. */
function rawValue(column: SheetColumnSpec, cell: string): string {
  switch (column.kind) {
    case 'flag':
      return flagWords.get(headerKey(cell)) ?? cell;
    case 'rating':
    case 'optionalRating':
      return normalise(cell).replace(/\.0+$/, '');
    case 'treatment':
      return treatmentWords.get(headerKey(cell)) ?? cell;
    case 'sections':
      return normalise(cell);
    case 'date':
      return dateText(cell);
    default:
      return unguardCell(cell);
  }
}

/** Which grid column holds which layout column; problems for missing or doubled ones. */
function mapHeaders(headers: string[]): { at: Map<SheetColumnSpec, number>; problems: FileProblem[] } {
  const at = new Map<SheetColumnSpec, number>();
  const problems: FileProblem[] = [];
  const keys = headers.map((header) => headerKey(unguardCell(header)));
  for (const column of sheetColumns) {
    const names = both(column.header);
    const found = keys.flatMap((key, index) => (names.includes(key) ? [index] : []));
    if (found.length > 1) problems.push({ code: 'duplicateColumn', column: column.header });
    if (found[0] !== undefined) at.set(column, found[0]);
    else if (column.required) problems.push({ code: 'missingColumn', column: column.header });
  }
  return { at, problems };
}

const headerOf = new Map<FieldName, MessageKey>(
  sheetColumns.flatMap((column) => (column.field ? [[column.field, column.header] as const] : [])),
);

/** Validates every row; `today` (YYYY-MM-DD) fills an empty 登録日. */
export function readRegisterSheet(grid: string[][], today: string): SheetReading {
  const [headers, ...body] = grid;
  if (!headers) return { fileProblems: [{ code: 'noRows' }], rows: [], problemCount: 1 };
  const { at, problems: fileProblems } = mapHeaders(headers);
  if (fileProblems.length > 0) return { fileProblems, rows: [], problemCount: fileProblems.length };
  const importable = sheetColumns.filter((column) => column.field && at.has(column));
  const rows: PreviewRow[] = [];
  let problemCount = 0;
  body.forEach((cells, index) => {
    const line = index + 2;
    const cell = (column: SheetColumnSpec) => cells[at.get(column) ?? -1] ?? '';
    if (importable.every((column) => cell(column).trim() === '')) return;
    // A ledger without the personal-data or consequence columns says "no" for them.
    const raw: RawFields = { personal: 'no', sensitive: 'no', myNumber: 'no', critical: 'no' };
    for (const column of importable) if (column.field) raw[column.field] = rawValue(column, cell(column));
    const fields = validateAssetFields(raw, today);
    const risk = validateRiskFields(raw);
    const problems: RowProblem[] = [...(fields.ok ? [] : fields.problems), ...(risk.ok ? [] : risk.problems)].map(
      (problem) => {
        const column = sheetColumns.find((spec) => spec.field === problem.field);
        return {
          line,
          column: headerOf.get(problem.field) ?? 'assets.col.name',
          code: problem.code,
          value: column ? cell(column).slice(0, 40) : '',
        };
      },
    );
    problemCount += problems.length;
    const row: PreviewRow = {
      line,
      name: unguardCell(cell(sheetColumns[1] as SheetColumnSpec)).slice(0, 100),
      category: unguardCell(cell(sheetColumns[0] as SheetColumnSpec)).slice(0, 50),
      problems,
    };
    if (fields.ok && risk.ok) row.value = { line, fields: fields.value, risk: risk.value };
    rows.push(row);
  });
  if (rows.length === 0) return { fileProblems: [{ code: 'noRows' }], rows: [], problemCount: 1 };
  if (rows.length > MAX_IMPORT_ROWS) {
    return { fileProblems: [{ code: 'tooManyRows', max: MAX_IMPORT_ROWS }], rows: [], problemCount: 1 };
  }
  return { fileProblems: [], rows, problemCount };
}
