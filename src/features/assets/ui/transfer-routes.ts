/**
 * Spreadsheet round trip: the empty template, the export (.xlsx, .csv) and the import
 * (upload → checks → staged preview of every row → all-or-nothing commit).
 */
import { localizePath, type MessageKey } from '../../../i18n/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { xlsxResponse } from '../../../server/exports/xlsx-document.ts';
import { writeCsv } from '../csv.ts';
import { commitImport, discardImport, readStagedImport, stageImport } from '../import-store.ts';
import { loadRegister } from '../org-register.ts';
import { renderRegisterXlsx } from '../register-workbook.ts';
import { exampleRow, registerHeaders, registerRow, todayInJapan } from '../sheet-export.ts';
import { readRegisterSheet, type FileProblem } from '../sheet-import.ts';
import { checkSpreadsheetKind, MAX_UPLOAD_BYTES, readSpreadsheetGrid } from '../spreadsheet-file.ts';
import { auditRegister, formOf, guarded, seeOther, type Outcome } from './outcome.ts';

export function templateRoute(page: OrgPage): Promise<Outcome> {
  return guarded(async () => {
    const today = todayInJapan();
    const bytes = await renderRegisterXlsx(page.ctx.locale, [exampleRow(page.ctx.locale, today)], 1000);
    return xlsxResponse(bytes, `gokui-asset-register-template-${page.ctx.locale}.xlsx`);
  });
}

export function exportRoute(page: OrgPage, format: 'xlsx' | 'csv'): Promise<Outcome> {
  return guarded(async () => {
    const { locale } = page.ctx;
    const { matrix, entries } = await loadRegister(page.scope);
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
  });
}

type UploadError = { key: MessageKey; status: number; problems?: FileProblem[] };

async function readUpload(data: FormData): Promise<{ ok: true; name: string; bytes: Uint8Array } | UploadError> {
  const file = data.get('file');
  if (!(file instanceof File) || file.size === 0) return { key: 'assets.import.missingFile', status: 400 };
  if (file.size > MAX_UPLOAD_BYTES) return { key: 'assets.import.tooLarge', status: 413 };
  return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function importRoute(page: OrgPage): Promise<Outcome> {
  return guarded(async () => {
    const { ctx, scope } = page;
    const canWrite = can(scope.role, 'data.write');
    const view = (status: number, extra: Record<string, unknown> = {}) =>
      ({ status, view: 'import', title: 'assets.import.title', props: { canWrite, ...extra } }) as const;
    if (ctx.request.method !== 'POST') return view(200);
    if (!canWrite) return view(403);
    const upload = await readUpload(await formOf(ctx.request));
    if (!('ok' in upload)) return view(upload.status, { fileError: upload.key });
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
    return seeOther(`${localizePath(ctx.locale, '/app/assets/import')}/${id}`);
  });
}

export function importPreviewRoute(page: OrgPage, id: string): Promise<Outcome> {
  return guarded(async () => {
    const { ctx, scope } = page;
    const staged = await readStagedImport(scope, id);
    if (ctx.request.method === 'POST') {
      const data = await formOf(ctx.request);
      if (data.get('intent') === 'discard') {
        await discardImport(scope, staged.id);
        return seeOther(localizePath(ctx.locale, '/app/assets/import'));
      }
      if (staged.problemCount === 0) {
        const count = await commitImport(scope, staged.id);
        await auditRegister(page, 'assets.imported', { rows: count });
        return seeOther(`${localizePath(ctx.locale, '/app/assets')}?done=imported&n=${count}`);
      }
    }
    return {
      status: ctx.request.method === 'POST' ? 409 : 200,
      view: 'import-preview',
      title: 'assets.preview.title',
      props: { staged },
    };
  });
}
