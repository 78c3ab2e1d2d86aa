/** /app/assets/starter: tick typical assets of the organisation's industry and add them in one step. */
import { localizePath } from '../../../i18n/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { assetsForIndustry, groupByCategory, loadStarterAssets } from '../../risk/index.ts';
import { createAssets, listAssets } from '../asset-store.ts';
import { todayInJapan } from '../sheet-export.ts';
import { fieldsFromStarter } from '../starter-pick.ts';
import { formOf, guarded, seeOther, type Outcome } from './outcome.ts';

const industryPattern = /^[A-T]$/;

export function starterRoute(page: OrgPage): Promise<Outcome> {
  return guarded(async () => {
    const { ctx, scope, organization } = page;
    const { categories, assets } = await loadStarterAssets();
    const asked = ctx.url.searchParams.get('industry');
    const valid = asked === null || asked === 'all' || industryPattern.test(asked);
    const industry = asked === 'all' ? undefined : asked && valid ? asked : organization.industry;
    const shown = assetsForIndustry(assets, industryPattern.test(industry ?? '') ? (industry as 'A') : undefined);
    const existing = new Set((await listAssets(scope)).map((asset) => asset.name));
    const canWrite = can(scope.role, 'data.write');
    const view = (status: number, extra: Record<string, unknown> = {}) =>
      ({
        status,
        view: 'starter',
        title: 'assets.starter.title',
        props: {
          groups: groupByCategory(categories, shown),
          industry: industry ?? 'all',
          existing: [...existing],
          canWrite,
          badIndustry: !valid,
          ...extra,
        },
      }) as const;
    if (ctx.request.method !== 'POST') return view(valid ? 200 : 400);
    if (!canWrite) return view(403);
    const data = await formOf(ctx.request);
    const picked = new Set(data.getAll('starter').filter((value) => typeof value === 'string'));
    const chosen = assets.filter((asset) => picked.has(asset.id));
    if (chosen.length === 0 || chosen.length !== picked.size) {
      return view(400, { pickError: chosen.length === 0 ? 'assets.starter.noneChosen' : 'assets.starter.unknown' });
    }
    const today = todayInJapan();
    const ids = await createAssets(
      scope,
      chosen.map((starter) => ({ fields: fieldsFromStarter(ctx.locale, starter, categories, today) })),
    );
    return seeOther(`${localizePath(ctx.locale, '/app/assets')}?done=added&n=${ids.length}`);
  });
}
