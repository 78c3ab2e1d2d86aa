/** Mapping between the assets table and the Asset type; no I/O. */
import type { Rating } from '../risk/index.ts';
import type { AssetsTable } from '../../server/db/schema.ts';
import { mission2Actions, treatments, type Asset, type AssetFields, type RiskFields, type Treatment } from './asset.ts';
import type { Assessable } from './asset-risk.ts';

const ratingOrNull = (value: number | null): Rating | null =>
  value === 1 || value === 2 || value === 3 ? value : null;

function sectionsOf(json: string): Asset['measureSections'] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? mission2Actions.filter((id) => list.includes(id)) : [];
  } catch {
    return [];
  }
}

/** The columns an asset's risk is computed from (see Assessable), with its id and name. */
export const ratingColumns = [
  'id',
  'name',
  'personal',
  'sensitive',
  'my_number',
  'critical',
  'confidentiality',
  'integrity',
  'availability',
  'threat',
  'vulnerability',
  'treatment',
  'residual_threat',
  'residual_vulnerability',
] as const;

export type AssetRating = Pick<Asset, 'id' | 'name'> & Assessable;

export function ratingFromRow(row: Pick<AssetsTable, (typeof ratingColumns)[number]>): AssetRating {
  const treatment = (treatments as readonly string[]).includes(row.treatment ?? '')
    ? (row.treatment as Treatment)
    : null;
  return {
    id: row.id,
    name: row.name,
    personal: Number(row.personal) === 1,
    sensitive: Number(row.sensitive) === 1,
    myNumber: Number(row.my_number) === 1,
    critical: Number(row.critical) === 1,
    confidentiality: ratingOrNull(Number(row.confidentiality)) ?? 1,
    integrity: ratingOrNull(Number(row.integrity)) ?? 1,
    availability: ratingOrNull(Number(row.availability)) ?? 1,
    threat: ratingOrNull(row.threat === null ? null : Number(row.threat)),
    vulnerability: ratingOrNull(row.vulnerability === null ? null : Number(row.vulnerability)),
    treatment,
    residualThreat: ratingOrNull(row.residual_threat === null ? null : Number(row.residual_threat)),
    residualVulnerability: ratingOrNull(
      row.residual_vulnerability === null ? null : Number(row.residual_vulnerability),
    ),
  };
}

export function assetFromRow(row: AssetsTable): Asset {
  return {
    ...ratingFromRow(row),
    category: row.category,
    note: row.note,
    users: row.users,
    department: row.department,
    media: row.media,
    retention: row.retention,
    registeredOn: row.registered_on,
    measures: row.measures,
    measureSections: sectionsOf(row.measure_sections),
    acceptance:
      row.accepted_by && row.accepted_at
        ? {
            userId: row.accepted_by,
            name: row.accepted_by_name ?? '',
            at: row.accepted_at,
            comment: row.acceptance_comment ?? '',
          }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function ledgerColumns(fields: AssetFields) {
  return {
    category: fields.category,
    name: fields.name,
    note: fields.note,
    users: fields.users,
    department: fields.department,
    media: fields.media,
    personal: fields.personal ? 1 : 0,
    sensitive: fields.sensitive ? 1 : 0,
    my_number: fields.myNumber ? 1 : 0,
    critical: fields.critical ? 1 : 0,
    confidentiality: fields.confidentiality,
    integrity: fields.integrity,
    availability: fields.availability,
    retention: fields.retention,
    registered_on: fields.registeredOn,
  };
}

export function riskColumns(fields: RiskFields) {
  return {
    threat: fields.threat,
    vulnerability: fields.vulnerability,
    treatment: fields.treatment,
    measures: fields.measures,
    measure_sections: JSON.stringify(fields.measureSections),
    residual_threat: fields.residualThreat,
    residual_vulnerability: fields.residualVulnerability,
  };
}

export const noAcceptance = {
  accepted_by: null,
  accepted_by_name: null,
  accepted_at: null,
  acceptance_comment: null,
} as const;
