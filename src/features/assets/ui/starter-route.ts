/** /app/assets/starter: tick typical assets of the organisation's industry and add them in one step. */
import { localizePath, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { runPage, seeOther } from '../../../server/http/outcome.ts';
import { readFormLists } from '../../../server/http/request-body.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { assetsForIndustry, groupByCategory, loadStarterAssets } from '../../risk/index.ts';
import { createAssets, listAssets } from '../asset-store.ts';
import { todayInJapan } from '../sheet-export.ts';
import { fieldsFromStarter } from '../starter-pick.ts';
import { assetScreen, type AssetOutcome } from './asset-screen.ts';

const industryPattern = /^[A-T]$/;

export function handleStarter(page: OrgPage, locale: Locale, request: Request): Promise<AssetOutcome> {
  return runPage(locale, async () => {
    const { scope, organization } = page;
    const { categories, assets } = await loadStarterAssets();
    const asked = new URL(request.url).searchParams.get('industry');
    const valid = asked === null || asked === 'all' || industryPattern.test(asked);
    const industry = asked === 'all' ? undefined : asked && valid ? asked : organization.industry;
    const shown = assetsForIndustry(assets, industryPattern.test(industry ?? '') ? (industry as 'A') : undefined);
    const existing = new Set((await listAssets(scope)).map((asset) => asset.name));
    const canWrite = can(scope.role, 'data.write');
    const view = (status: number, extra: Record<string, unknown> = {}) =>
      assetScreen(locale, {
        view: 'starter',
        title: 'assets.starter.title',
        status,
        props: {
          groups: groupByCategory(categories, shown),
          industry: industry ?? 'all',
          existing: [...existing],
          canWrite,
          badIndustry: !valid,
          ...extra,
        },
      });
    if (request.method !== 'POST') return view(valid ? 200 : 400);
    if (!canWrite) return view(403);
    // Only ticked ids of the starter list are posted; what is stored comes from that list.
    const { lists } = await readFormLists(request);
    const picked = new Set(lists['starter'] ?? []);
    const chosen = assets.filter((asset) => picked.has(asset.id));
    if (chosen.length === 0 || chosen.length !== picked.size) {
      const pickError: MessageKey = chosen.length === 0 ? 'assets.starter.noneChosen' : 'assets.starter.unknown';
      return view(400, { pickError });
    }
    const today = todayInJapan();
    const ids = await createAssets(
      scope,
      chosen.map((starter) => ({ fields: fieldsFromStarter(locale, starter, categories, today) })),
    );
    return seeOther(`${localizePath(locale, '/app/assets')}?done=added&n=${ids.length}`);
  });
}
