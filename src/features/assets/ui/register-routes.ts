/** The register list (/app/assets): filters, sorting and bulk change of C/I/A; one asset's form. */
import { z } from 'zod';
import { localizePath, type MessageKey } from '../../../i18n/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import type { Rating } from '../../risk/index.ts';
import { assetFieldNames, rawFromForm, validateAssetFields, type FieldProblem } from '../asset-input.ts';
import { bulkSetCia, createAssets, deleteAsset, readAsset, updateAssetFields, type CiaChange } from '../asset-store.ts';
import { loadRegister } from '../org-register.ts';
import { compareJapanese, filterRegister, pageOf, parseRegisterQuery } from '../register-query.ts';
import { todayInJapan } from '../sheet-export.ts';
import { formOf, guarded, seeOther, type Outcome } from './outcome.ts';

const keep = z.literal('').transform(() => undefined);
const ratingOrKeep = z.union([keep, z.enum(['1', '2', '3']).transform((value) => Number(value) as Rating)]);
const bulkSchema = z.object({
  ids: z.array(z.string().min(1).max(100)).max(10_000),
  confidentiality: ratingOrKeep,
  integrity: ratingOrKeep,
  availability: ratingOrKeep,
});

const flashes = ['added', 'saved', 'deleted', 'bulk', 'imported'] as const;

export function registerRoute(page: OrgPage): Promise<Outcome> {
  return guarded(async () => {
    const { ctx, scope } = page;
    const base = localizePath(ctx.locale, '/app/assets');
    let status = 200;
    let bulkError: MessageKey | undefined;
    let selected: string[] = [];
    if (ctx.request.method === 'POST') {
      const data = await formOf(ctx.request);
      const text = (name: string) => {
        const value = data.get(name);
        return typeof value === 'string' ? value : '';
      };
      const parsed = bulkSchema.safeParse({
        ids: data.getAll('ids').filter((value) => typeof value === 'string'),
        confidentiality: text('bulkConfidentiality'),
        integrity: text('bulkIntegrity'),
        availability: text('bulkAvailability'),
      });
      if (!parsed.success) bulkError = 'assets.bulk.invalid';
      else {
        const { ids, ...ratings } = parsed.data;
        const change: CiaChange = Object.fromEntries(
          Object.entries(ratings).filter(([, value]) => value !== undefined),
        );
        selected = ids;
        if (ids.length === 0) bulkError = 'assets.bulk.noneSelected';
        else if (Object.keys(change).length === 0) bulkError = 'assets.bulk.noChange';
        else {
          const count = await bulkSetCia(scope, ids, change);
          return seeOther(`${base}?done=bulk&n=${count}`);
        }
      }
      status = 400;
    }
    const params = new URLSearchParams(ctx.url.searchParams);
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
    return {
      status,
      view: 'register',
      title: 'assets.title',
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
    };
  });
}

function formValues(data: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of data.entries()) if (typeof value === 'string') values[key] = value;
  return values;
}

/** /app/assets/new (id undefined) and /app/assets/{id}: create, edit, delete with typed confirmation. */
export function assetFormRoute(page: OrgPage, id: string | undefined): Promise<Outcome> {
  return guarded(async () => {
    const { ctx, scope } = page;
    const base = localizePath(ctx.locale, '/app/assets');
    const existing = id === undefined ? undefined : await readAsset(scope, id);
    const canWrite = can(scope.role, 'data.write');
    const view = (status: number, extra: Record<string, unknown>) =>
      ({
        status,
        view: 'asset-form',
        title: existing ? 'assets.edit.title' : 'assets.new.title',
        props: { asset: existing, canWrite, today: todayInJapan(), ...extra },
      }) as const;
    if (ctx.request.method !== 'POST') return view(200, {});
    if (!canWrite) return view(403, { forbidden: true });
    const data = await formOf(ctx.request);
    if (existing && data.get('intent') === 'delete') {
      if (data.get('confirmation') !== existing.name) {
        return view(400, { deleteError: 'assets.delete.mismatch' satisfies MessageKey });
      }
      await deleteAsset(scope, existing.id);
      return seeOther(`${base}?done=deleted`);
    }
    const parsed = validateAssetFields(rawFromForm(data, assetFieldNames), todayInJapan());
    if (!parsed.ok) {
      return view(400, { problems: parsed.problems satisfies FieldProblem[], values: formValues(data) });
    }
    if (existing) {
      await updateAssetFields(scope, existing.id, parsed.value);
      return seeOther(`${base}?done=saved`);
    }
    const [created] = await createAssets(scope, [{ fields: parsed.value }]);
    return seeOther(`${base}/${created}/risk?done=added`);
  });
}
