/** One asset's risk (/app/assets/{id}/risk) and the organisation's risk overview (/app/assets/risks). */
import { localizePath, type Locale } from '../../../i18n/index.ts';
import { runPage, seeOther } from '../../../server/http/outcome.ts';
import { parseFields, requireFields } from '../../../server/http/parse-fields.ts';
import { readForm, readFormLists } from '../../../server/http/request-body.ts';
import { requireRecordId } from '../../../server/http/route-params.ts';
import { loadGuideLinks } from '../../guidebook/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { listRiskMatrices } from '../../risk/index.ts';
import { mission2Actions } from '../asset.ts';
import { assessAsset } from '../asset-risk.ts';
import {
  acceptResidualRisk,
  readAsset,
  updateAssetRisk,
  withdrawAcceptance,
  writeMatrixChoice,
} from '../asset-store.ts';
import { loadOrgMatrix, loadRegister } from '../org-register.ts';
import { countByCell } from '../register-query.ts';
import { assetMessages, matrixForm, riskForm } from './asset-forms.ts';
import { assetScreen, type AssetOutcome } from './asset-screen.ts';
import { auditRegister } from './register-audit.ts';

async function mission2Links() {
  const { sections } = await loadGuideLinks();
  return mission2Actions.map((id) => ({ id, title: sections.get(id)?.title ?? { ja: id, en: id } }));
}

export function handleRisk(page: OrgPage, locale: Locale, request: Request, id: string): Promise<AssetOutcome> {
  return runPage(locale, async () => {
    const { scope, session } = page;
    const asset = await readAsset(scope, requireRecordId(id, 'asset_not_found'));
    const matrix = await loadOrgMatrix(scope);
    const here = `${localizePath(locale, '/app/assets')}/${asset.id}/risk`;
    const view = async (status: number, extra: Record<string, unknown> = {}) =>
      assetScreen(locale, {
        view: 'risk',
        title: 'assets.risk.title',
        status,
        props: {
          asset,
          matrix,
          assessment: assessAsset(matrix, asset),
          sections: await mission2Links(),
          canWrite: can(scope.role, 'data.write'),
          canAccept: can(scope.role, 'risks.accept'),
          done: new URL(request.url).searchParams.get('done'),
          ...extra,
        },
      });
    if (request.method !== 'POST') return view(200);
    const { values, lists } = await readFormLists(request);
    // The measures are a checkbox group; the validator reads them as one list.
    const picked = lists['measureSections'] ?? [];
    // A form without an intent rates the risk, as the main form does.
    const posted = { intent: 'rate', ...values, measureSections: picked.join(',') };
    const parsed = parseFields(riskForm, posted, assetMessages);
    if (!parsed.ok && parsed.errors['intent']) requireFields(parsed);
    const intent = parsed.ok ? parsed.value.intent : posted.intent;
    const allowed = intent === 'rate' ? can(scope.role, 'data.write') : can(scope.role, 'risks.accept');
    if (!allowed) return view(403, { forbidden: true });
    if (!parsed.ok) {
      if (intent !== 'rate') return view(400, { acceptError: Object.values(parsed.errors)[0] });
      const { measureSections: _sections, ...shown } = parsed.values;
      return view(400, { errors: parsed.errors, values: shown, picked });
    }
    const form = parsed.value;
    if (form.intent === 'withdraw') {
      await withdrawAcceptance(scope, asset.id);
      await auditRegister(page, 'risk.acceptanceWithdrawn', { asset: asset.id });
      return seeOther(`${here}?done=withdrawn`);
    }
    if (form.intent === 'accept') {
      if (!assessAsset(matrix, asset).residual) return view(400, { acceptError: 'assets.accept.noResidual' });
      await acceptResidualRisk(scope, {
        id: asset.id,
        matrix,
        who: { name: session.user.name },
        comment: form.comment,
      });
      await auditRegister(page, 'risk.accepted', { asset: asset.id });
      return seeOther(`${here}?done=accepted`);
    }
    await updateAssetRisk(scope, asset.id, form.fields);
    return seeOther(`${here}?done=saved`);
  });
}

export function handleRisks(page: OrgPage, locale: Locale, request: Request): Promise<AssetOutcome> {
  return runPage(locale, async () => {
    const { scope } = page;
    const matrices = await listRiskMatrices();
    let status = 200;
    let matrixError = false;
    if (request.method === 'POST') {
      if (!can(scope.role, 'risks.chooseMatrix')) status = 403;
      else {
        const parsed = parseFields(matrixForm, await readForm(request), assetMessages);
        const chosen = parsed.ok ? matrices.find((matrix) => matrix.id === parsed.value.matrix) : undefined;
        if (chosen) {
          await writeMatrixChoice(scope, chosen.id);
          await auditRegister(page, 'risk.matrixChanged', { matrix: chosen.id });
          return seeOther(`${localizePath(locale, '/app/assets/risks')}?done=matrix`);
        }
        status = 400;
        matrixError = true;
      }
    }
    const { matrix, entries } = await loadRegister(scope);
    return assetScreen(locale, {
      view: 'risks',
      title: 'assets.risks.title',
      status,
      props: {
        matrix,
        matrices,
        entries,
        counts: Object.fromEntries(countByCell(entries)),
        canChoose: can(scope.role, 'risks.chooseMatrix'),
        matrixError,
        forbidden: status === 403,
        done: new URL(request.url).searchParams.get('done'),
      },
    });
  });
}
