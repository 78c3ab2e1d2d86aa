/** The register list (/app/assets): filters, sorting and bulk change of C/I/A; one asset's form. */
import { localizePath, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { AppError } from '../../../server/errors.ts';
import { runPage, seeOther } from '../../../server/http/outcome.ts';
import { parseFields, requireFields } from '../../../server/http/parse-fields.ts';
import { readForm, readFormLists } from '../../../server/http/request-body.ts';
import { requireRecordId } from '../../../server/http/route-params.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { bulkSetCia, createAssets, deleteAsset, readAsset, updateAssetFields, type CiaChange } from '../asset-store.ts';
import { loadRegister } from '../org-register.ts';
import { compareJapanese, filterRegister, pageOf, parseRegisterQuery } from '../register-query.ts';
import { todayInJapan } from '../sheet-export.ts';
import { assetForm, assetMessages, bulkForm, selectedIds } from './asset-forms.ts';
import { assetScreen, type AssetOutcome } from './asset-screen.ts';

const flashes = ['added', 'saved', 'deleted', 'bulk', 'imported'] as const;

/** The bulk form's problem, or the number of assets changed. */
async function applyBulk(
  page: OrgPage,
  request: Request,
): Promise<{ count: number } | { error: MessageKey; selected: string[] }> {
  const { values, lists } = await readFormLists(request);
  const ids = selectedIds.safeParse(lists['ids'] ?? []);
  const ratings = parseFields(bulkForm, values);
  if (!ids.success) return { error: 'assets.bulk.invalid', selected: [] };
  if (!ratings.ok) return { error: Object.values(ratings.errors)[0] ?? 'assets.bulk.invalid', selected: ids.data };
  const change: CiaChange = Object.fromEntries(
    Object.entries(ratings.value).filter(([, value]) => value !== undefined),
  );
  if (ids.data.length === 0) return { error: 'assets.bulk.noneSelected', selected: [] };
  if (Object.keys(change).length === 0) return { error: 'assets.bulk.noChange', selected: ids.data };
  return { count: await bulkSetCia(page.scope, ids.data, change) };
}

export function handleRegister(page: OrgPage, locale: Locale, request: Request): Promise<AssetOutcome> {
  return runPage(locale, async () => {
    const { scope } = page;
    const base = localizePath(locale, '/app/assets');
    let status = 200;
    let bulkError: MessageKey | undefined;
    let selected: string[] = [];
    if (request.method === 'POST') {
      const bulk = await applyBulk(page, request);
      if ('count' in bulk) return seeOther(`${base}?done=bulk&n=${bulk.count}`);
      ({ error: bulkError, selected } = bulk);
      status = 400;
    }
    const params = new URLSearchParams(new URL(request.url).searchParams);
    const doneParam = params.get('done');
    const done = flashes.find((flash) => flash === doneParam);
    const count = Number(params.get('n') ?? '0');
    params.delete('done');
    params.delete('n');
    const parsedQuery = parseRegisterQuery(params);
    if (!parsedQuery.ok) status = 400;
    const query = parsedQuery.ok ? parsedQuery.query : {};
    const { matrix, entries } = await loadRegister(scope);
    const shown = filterRegister(entries, query);
    const paged = pageOf(shown, query.page);
    const categories = [...new Set(entries.map((entry) => entry.asset.category))].sort(compareJapanese);
    return assetScreen(locale, {
      view: 'register',
      title: 'assets.title',
      status,
      props: {
        matrix,
        entries: paged.rows,
        matching: shown.length,
        page: paged.page,
        pages: paged.pages,
        total: entries.length,
        categories,
        query,
        queryError: !parsedQuery.ok,
        bulkError,
        selected,
        done,
        count: Number.isFinite(count) ? count : 0,
        canWrite: can(scope.role, 'data.write'),
      },
    });
  });
}

/** /app/assets/new (id undefined) and /app/assets/{id}: create, edit, delete with typed confirmation. */
export function handleAssetForm(
  page: OrgPage,
  locale: Locale,
  request: Request,
  id: string | undefined,
): Promise<AssetOutcome> {
  return runPage(locale, async () => {
    const { scope } = page;
    const base = localizePath(locale, '/app/assets');
    const existing = id === undefined ? undefined : await readAsset(scope, requireRecordId(id, 'asset_not_found'));
    const canWrite = can(scope.role, 'data.write');
    const today = todayInJapan();
    const view = (status: number, extra: Record<string, unknown>) =>
      assetScreen(locale, {
        view: 'asset-form',
        title: existing ? 'assets.edit.title' : 'assets.new.title',
        status,
        props: { asset: existing, canWrite, today, ...extra },
      });
    if (request.method !== 'POST') return view(200, {});
    if (!canWrite) return view(403, { forbidden: true });
    // A form without an intent (older pages, scripts) saves, as the main button does.
    const parsed = parseFields(assetForm(today), { intent: 'save', ...(await readForm(request)) }, assetMessages);
    // An unknown intent is no mistake the page could show: it is refused as a bad request.
    if (!parsed.ok && parsed.errors['intent']) requireFields(parsed);
    if (!parsed.ok && parsed.values['intent'] === 'delete') {
      return view(400, { deleteError: parsed.errors['confirmation'] ?? 'assets.delete.mismatch' });
    }
    if (!parsed.ok) return view(400, { errors: parsed.errors, values: parsed.values });
    const form = parsed.value;
    if (form.intent === 'delete') {
      if (!existing) throw new AppError('bad_request');
      if (form.confirmation !== existing.name) return view(400, { deleteError: 'assets.delete.mismatch' });
      await deleteAsset(scope, existing.id);
      return seeOther(`${base}?done=deleted`);
    }
    if (existing) {
      await updateAssetFields(scope, existing.id, form.fields);
      return seeOther(`${base}?done=saved`);
    }
    const [created] = await createAssets(scope, [{ fields: form.fields }]);
    return seeOther(`${base}/${created}/risk?done=added`);
  });
}
