/** One asset's risk (/app/assets/{id}/risk) and the organisation's risk overview (/app/assets/risks). */
import { z } from 'zod';
import { localizePath, type MessageKey } from '../../../i18n/index.ts';
import { loadGuideLinks } from '../../guidebook/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { listRiskMatrices } from '../../risk/index.ts';
import { mission2Actions } from '../asset.ts';
import { assessAsset } from '../asset-risk.ts';
import { rawFromForm, riskFieldNames, validateRiskFields } from '../asset-input.ts';
import {
  acceptResidualRisk,
  readAsset,
  updateAssetRisk,
  withdrawAcceptance,
  writeMatrixChoice,
} from '../asset-store.ts';
import { loadOrgMatrix, loadRegister } from '../org-register.ts';
import { countByCell } from '../register-query.ts';
import { auditRegister, formOf, guarded, seeOther, type Outcome } from './outcome.ts';

const commentSchema = z.string().trim().max(500);

async function mission2Links() {
  const { sections } = await loadGuideLinks();
  return mission2Actions.map((id) => ({ id, title: sections.get(id)?.title ?? { ja: id, en: id } }));
}

export function riskRoute(page: OrgPage, id: string): Promise<Outcome> {
  return guarded(async () => {
    const { ctx, scope, session } = page;
    const asset = await readAsset(scope, id);
    const matrix = await loadOrgMatrix(scope);
    const here = `${localizePath(ctx.locale, '/app/assets')}/${asset.id}/risk`;
    const view = async (status: number, extra: Record<string, unknown> = {}) =>
      ({
        status,
        view: 'risk',
        title: 'assets.risk.title',
        props: {
          asset,
          matrix,
          assessment: assessAsset(matrix, asset),
          sections: await mission2Links(),
          canWrite: can(scope.role, 'data.write'),
          canAccept: can(scope.role, 'risks.accept'),
          done: ctx.url.searchParams.get('done'),
          ...extra,
        },
      }) as const;
    if (ctx.request.method !== 'POST') return view(200);
    const data = await formOf(ctx.request);
    const intent = data.get('intent');
    if (intent === 'accept' || intent === 'withdraw') {
      if (!can(scope.role, 'risks.accept')) return view(403, { forbidden: true });
      if (intent === 'withdraw') {
        await withdrawAcceptance(scope, asset.id);
        await auditRegister(page, 'risk.acceptanceWithdrawn', { asset: asset.id });
        return seeOther(`${here}?done=withdrawn`);
      }
      const comment = commentSchema.safeParse(data.get('comment') ?? '');
      if (!comment.success) return view(400, { acceptError: 'assets.accept.commentTooLong' satisfies MessageKey });
      if (!assessAsset(matrix, asset).residual) {
        return view(400, { acceptError: 'assets.accept.noResidual' satisfies MessageKey });
      }
      await acceptResidualRisk(scope, {
        id: asset.id,
        matrix,
        who: { name: session.user.name },
        comment: comment.data,
      });
      await auditRegister(page, 'risk.accepted', { asset: asset.id });
      return seeOther(`${here}?done=accepted`);
    }
    if (!can(scope.role, 'data.write')) return view(403, { forbidden: true });
    const parsed = validateRiskFields(rawFromForm(data, riskFieldNames));
    if (!parsed.ok) {
      const values: Record<string, string> = {};
      for (const [key, value] of data.entries())
        if (typeof value === 'string' && key !== 'measureSections') values[key] = value;
      const picked = data.getAll('measureSections').filter((value) => typeof value === 'string');
      return view(400, { problems: parsed.problems, values, picked });
    }
    await updateAssetRisk(scope, asset.id, parsed.value);
    return seeOther(`${here}?done=saved`);
  });
}

export function risksRoute(page: OrgPage): Promise<Outcome> {
  return guarded(async () => {
    const { ctx, scope } = page;
    const matrices = await listRiskMatrices();
    let status = 200;
    let matrixError = false;
    if (ctx.request.method === 'POST') {
      if (!can(scope.role, 'risks.chooseMatrix')) status = 403;
      else {
        const data = await formOf(ctx.request);
        const chosen = matrices.find((matrix) => matrix.id === data.get('matrix'));
        if (chosen) {
          await writeMatrixChoice(scope, chosen.id);
          await auditRegister(page, 'risk.matrixChanged', { matrix: chosen.id });
          return seeOther(`${localizePath(ctx.locale, '/app/assets/risks')}?done=matrix`);
        }
        status = 400;
        matrixError = true;
      }
    }
    const { matrix, entries } = await loadRegister(scope);
    return {
      status,
      view: 'risks',
      title: 'assets.risks.title',
      props: {
        matrix,
        matrices,
        entries,
        counts: Object.fromEntries(countByCell(entries)),
        canChoose: can(scope.role, 'risks.chooseMatrix'),
        matrixError,
        forbidden: status === 403,
        done: ctx.url.searchParams.get('done'),
      },
    };
  });
}
