/**
 * A small, fast reader of the first worksheet of an .xlsx into cell texts. exceljs builds a full
 * object model and needs about 1.5 s for 5,000 rows here; the import only needs texts, so this
 * reads the zip (fflate) and the few XML parts it needs directly: workbook, relationships,
 * shared strings and styles (to tell dates from numbers). Formulas count as their last value.
 * The expanded size is capped so a small zip cannot blow up into gigabytes.
 */
import { strFromU8, unzipSync } from 'fflate';

export const MAX_EXPANDED_BYTES = 100 * 1024 * 1024;

export class XlsxReadError extends Error {}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return entities[entity] ?? '';
  });
}

const attributePatterns = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  return pattern.exec(attributes)?.[1];
}

/** The text of a string item: every <t>, phonetic guides (<rPh>, furigana) left out. */
function itemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += match[1] ?? '';
  return decodeXml(text);
}

const builtinDateFormats = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** For each cell style index: does it show a date? */
function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const match of stylesXml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? '';
    custom.set(Number(attribute(attributes, 'numFmtId')), decodeXml(attribute(attributes, 'formatCode') ?? ''));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((match) => {
    const id = Number(attribute(match[1] ?? '', 'numFmtId') ?? 0);
    if (builtinDateFormats.has(id)) return true;
    const code = custom.get(id);
    return code !== undefined && /[ymd]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
  });
}

function serialToDate(serial: number): string {
  // Excel's 1900 date system counts days from 1899-12-30 (its 1900 leap-year bug included).
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  return new Date(ms).toISOString().slice(0, 10);
}

function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function firstSheetPath(files: Record<string, Uint8Array>): string {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook) throw new XlsxReadError('no workbook');
  const sheet = /<sheet\b([^>]*)\/?>/.exec(strFromU8(workbook))?.[1] ?? '';
  const relId = attribute(sheet, 'r:id');
  if (rels && relId) {
    for (const match of strFromU8(rels).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      if (attribute(match[1] ?? '', 'Id') === relId) {
        const target = attribute(match[1] ?? '', 'Target') ?? '';
        return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      }
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

export function readXlsxCells(bytes: Uint8Array): string[][] {
  let expanded = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted = file.name.startsWith('xl/') && /\.(xml|rels)$/.test(file.name);
        if (wanted) expanded += file.originalSize;
        if (expanded > MAX_EXPANDED_BYTES) throw new XlsxReadError('too large when expanded');
        return wanted;
      },
    });
  } catch (error) {
    throw error instanceof XlsxReadError ? error : new XlsxReadError('not a zip');
  }
  const sheetFile = files[firstSheetPath(files)];
  if (!sheetFile) throw new XlsxReadError('no worksheet');
  const shared = files['xl/sharedStrings.xml'];
  const strings = shared
    ? [...strFromU8(shared).matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>/g)].map((m) => itemText(m[1] ?? ''))
    : [];
  const styles = files['xl/styles.xml'];
  const isDate = dateStyles(styles ? strFromU8(styles) : undefined);
  const grid: string[][] = [];
  const xml = strFromU8(sheetFile);
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(attribute(row[1] ?? '', 'r') ?? grid.length + 1);
    const cells: string[] = [];
    let next = 0;
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1] ?? '';
      const body = cell[2] ?? '';
      const reference = attribute(attributes, 'r');
      const column = reference ? columnIndex(reference) : next;
      next = column + 1;
      const type = attribute(attributes, 't');
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text: string;
      if (type === 's') text = strings[Number(value)] ?? '';
      else if (type === 'inlineStr') text = itemText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'str') text = decodeXml(value ?? '');
      else if (type === 'b') text = value === '1' ? 'true' : 'false';
      else if (type === 'e' || value === undefined) text = '';
      else {
        const style = Number(attribute(attributes, 's') ?? 0);
        const number = Number(value);
        text = isDate[style] && Number.isFinite(number) ? serialToDate(number) : value;
      }
      cells[column] = text;
    }
    grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  }
  return Array.from(grid, (row) => row ?? []);
}
