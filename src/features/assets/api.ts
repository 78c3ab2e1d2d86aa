/**
 * Signed-in JSON reads of the register: GET /api/v1/org/assets and GET /api/v1/org/risks. The
 * session cookie decides the organisation (the active one, as on the pages); nothing in the
 * request can name another.
 */
import { requireOrgSession } from '../accounts/index.ts';
import { jsonOk, runApi } from '../../server/http/json-api.ts';
import type { RiskResult } from '../risk/index.ts';
import { loadRegister } from './org-register.ts';
import { sortRegister, type AssessedAsset } from './register-query.ts';

function riskJson(result: RiskResult | undefined) {
  return result
    ? { importance: result.importance, likelihood: result.likelihood, value: result.value, level: result.level }
    : null;
}

function assetJson({ asset, assessment }: AssessedAsset) {
  return {
    id: asset.id,
    category: asset.category,
    name: asset.name,
    note: asset.note,
    users: asset.users,
    department: asset.department,
    media: asset.media,
    personalData: { personal: asset.personal, sensitive: asset.sensitive, myNumber: asset.myNumber },
    critical: asset.critical,
    confidentiality: asset.confidentiality,
    integrity: asset.integrity,
    availability: asset.availability,
    importance: assessment.importance.importance,
    ...(assessment.importance.forcedReason ? { forcedReason: assessment.importance.forcedReason } : {}),
    retention: asset.retention,
    registeredOn: asset.registeredOn,
  };
}

function riskLine({ asset, assessment }: AssessedAsset) {
  return {
    assetId: asset.id,
    assetName: asset.name,
    threat: asset.threat,
    vulnerability: asset.vulnerability,
    risk: riskJson(assessment.inherent),
    treatment: asset.treatment,
    measures: asset.measures,
    measureSections: asset.measureSections,
    residualThreat: asset.residualThreat,
    residualVulnerability: asset.residualVulnerability,
    residual: riskJson(assessment.residual),
    acceptance: asset.acceptance
      ? { name: asset.acceptance.name, at: asset.acceptance.at, comment: asset.acceptance.comment }
      : null,
  };
}

async function withRegister(
  request: Request,
  answer: (register: Awaited<ReturnType<typeof loadRegister>>, organization: { id: string; name: string }) => unknown,
): Promise<Response> {
  return runApi(request, async () => {
    const page = await requireOrgSession(request);
    const register = await loadRegister(page.scope);
    return jsonOk(answer(register, { id: page.organization.id, name: page.organization.name }));
  });
}

export function assetsApi(request: Request): Promise<Response> {
  return withRegister(request, ({ matrix, entries }, organization) => ({
    organization,
    matrix: matrix.id,
    assets: entries.map(assetJson),
  }));
}

export function risksApi(request: Request): Promise<Response> {
  return withRegister(request, ({ matrix, entries }, organization) => ({
    organization,
    matrix: matrix.id,
    risks: sortRegister(entries, 'risk', 'desc').map(riskLine),
  }));
}
