/**
 * Spreadsheet round trip: the empty template, the export (.xlsx, .csv) and the import
 * (upload → checks → staged preview of every row → all-or-nothing commit).
 */
import { localizePath, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { xlsxResponse } from '../../../server/exports/xlsx-document.ts';
import { readForDownload, runPage, seeOther } from '../../../server/http/outcome.ts';
import { parseFields, requireFields } from '../../../server/http/parse-fields.ts';
import { readForm, readFormInput } from '../../../server/http/request-body.ts';
import { requireRecordId } from '../../../server/http/route-params.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { writeCsv } from '../csv.ts';
import { commitImport, discardImport, readStagedImport, stageImport } from '../import-store.ts';
import { loadRegister } from '../org-register.ts';
import { renderRegisterXlsx } from '../register-workbook.ts';
import { exampleRow, registerHeaders, registerRow, todayInJapan } from '../sheet-export.ts';
import { readRegisterSheet } from '../sheet-import.ts';
import { checkSpreadsheetKind, MAX_UPLOAD_BYTES, readSpreadsheetGrid } from '../spreadsheet-file.ts';
import { stagedForm, uploadForm } from './asset-forms.ts';
import { assetScreen, type AssetOutcome } from './asset-screen.ts';
import { auditRegister } from './register-audit.ts';

/** The empty register to fill in, with one example row. */
export async function templateResponse(locale: Locale): Promise<Response> {
  const bytes = await renderRegisterXlsx(locale, [exampleRow(locale, todayInJapan())], 1000);
  return xlsxResponse(bytes, `gokui-asset-register-template-${locale}.xlsx`);
}

export async function exportResponse(page: OrgPage, locale: Locale, format: 'xlsx' | 'csv'): Promise<Response> {
  const register = await readForDownload(() => loadRegister(page.scope));
  if (register instanceof Response) return register;
  const { matrix, entries } = register;
  const rows = entries.map(({ asset }) => registerRow(locale, matrix, asset));
  const name = `gokui-asset-register-${todayInJapan()}`;
  if (format === 'xlsx') {
    return xlsxResponse(await renderRegisterXlsx(locale, rows, rows.length + 1000), `${name}.xlsx`);
  }
  return new Response(writeCsv([registerHeaders(locale), ...rows]), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

type Upload = { name: string; bytes: Uint8Array } | { error: MessageKey; status: number };

/** The posted file, or why it cannot be read; its name is stored, so it is checked like a field. */
async function readUpload(request: Request): Promise<Upload> {
  // The body limit stays the server's, above MAX_UPLOAD_BYTES, so a large file gets its own message.
  const { values, files } = await readFormInput(request);
  const file = files['file'];
  const parsed = parseFields(uploadForm, { ...values, fileName: file?.name ?? '' });
  if (!parsed.ok) return { error: Object.values(parsed.errors)[0] ?? 'assets.import.missingFile', status: 400 };
  if (!file) return { error: 'assets.import.missingFile', status: 400 };
  if (file.size > MAX_UPLOAD_BYTES) return { error: 'assets.import.tooLarge', status: 413 };
  return { name: parsed.value.fileName, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function handleImport(page: OrgPage, locale: Locale, request: Request): Promise<AssetOutcome> {
  return runPage(locale, async () => {
    const { scope } = page;
    const canWrite = can(scope.role, 'data.write');
    const view = (status: number, extra: Record<string, unknown> = {}) =>
      assetScreen(locale, { view: 'import', title: 'assets.import.title', status, props: { canWrite, ...extra } });
    if (request.method !== 'POST') return view(200);
    if (!canWrite) return view(403);
    const upload = await readUpload(request);
    if ('error' in upload) return view(upload.status, { fileError: upload.error });
    const kind = checkSpreadsheetKind(upload.name, upload.bytes);
    if (!kind.ok) return view(415, { fileError: 'assets.import.wrongType' });
    let grid: string[][];
    try {
      grid = await readSpreadsheetGrid(kind.kind, upload.bytes);
    } catch {
      return view(400, { fileError: 'assets.import.unreadable' });
    }
    const reading = readRegisterSheet(grid, todayInJapan());
    if (reading.fileProblems.length > 0) {
      return view(400, { fileError: 'assets.import.fileProblems', fileProblems: reading.fileProblems });
    }
    const id = await stageImport(scope, {
      fileName: upload.name,
      rows: reading.rows,
      problemCount: reading.problemCount,
    });
    return seeOther(`${localizePath(locale, '/app/assets/import')}/${id}`);
  });
}

export function handleImportPreview(
  page: OrgPage,
  locale: Locale,
  request: Request,
  id: string,
): Promise<AssetOutcome> {
  return runPage(locale, async () => {
    const { scope } = page;
    const staged = await readStagedImport(scope, requireRecordId(id, 'import_not_found'));
    if (request.method === 'POST') {
      // A form without an intent commits, as the main button does.
      const form = requireFields(parseFields(stagedForm, { intent: 'commit', ...(await readForm(request)) }));
      if (form.intent === 'discard') {
        await discardImport(scope, staged.id);
        return seeOther(localizePath(locale, '/app/assets/import'));
      }
      if (staged.problemCount === 0) {
        const count = await commitImport(scope, staged.id);
        await auditRegister(page, 'assets.imported', { rows: count });
        return seeOther(`${localizePath(locale, '/app/assets')}?done=imported&n=${count}`);
      }
    }
    return assetScreen(locale, {
      view: 'import-preview',
      title: 'assets.preview.title',
      status: request.method === 'POST' ? 409 : 200,
      props: { staged },
    });
  });
}
