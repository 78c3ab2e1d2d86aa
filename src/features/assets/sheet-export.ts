/**
 * The register as spreadsheet rows in the layout of sheet-layout.ts: what the .xlsx and .csv
 * exports write. Text cells are guarded against formulas (cell-guard.ts). Pure.
 */
import { formatDate, t, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { RiskMatrix } from '../risk/index.ts';
import type { Asset } from './asset.ts';
import { assessAsset } from './asset-risk.ts';
import { guardCell } from './cell-guard.ts';
import { sheetColumns } from './sheet-layout.ts';

export type SheetCell = string | number;

function tokyoDate(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(iso));
}

export function registerHeaders(locale: Locale): string[] {
  return sheetColumns.map((column) => t(locale, column.header));
}

export function registerRow(locale: Locale, matrix: RiskMatrix, asset: Asset): SheetCell[] {
  const assessment = assessAsset(matrix, asset);
  const flag = (value: boolean) => t(locale, value ? 'assets.flag.yes' : 'assets.flag.no');
  const level = (value: string | undefined) => (value ? t(locale, `risk.level.${value}` as MessageKey) : '');
  const values: Record<string, SheetCell> = {
    category: guardCell(asset.category),
    name: guardCell(asset.name),
    note: guardCell(asset.note),
    users: guardCell(asset.users),
    department: guardCell(asset.department),
    media: guardCell(asset.media),
    personal: flag(asset.personal),
    sensitive: flag(asset.sensitive),
    myNumber: flag(asset.myNumber),
    critical: flag(asset.critical),
    confidentiality: asset.confidentiality,
    integrity: asset.integrity,
    availability: asset.availability,
    importance: assessment.importance.importance,
    retention: guardCell(asset.retention),
    registeredOn: asset.registeredOn,
    threat: asset.threat ?? '',
    vulnerability: asset.vulnerability ?? '',
    likelihood: assessment.inherent?.likelihood ?? '',
    value: assessment.inherent?.value ?? '',
    level: level(assessment.inherent?.level),
    treatment: asset.treatment ? t(locale, `assets.treatment.${asset.treatment}` as MessageKey) : '',
    measures: guardCell(asset.measures),
    measureSections: asset.measureSections.join(', '),
    residualThreat: asset.residualThreat ?? '',
    residualVulnerability: asset.residualVulnerability ?? '',
    residualLevel: level(assessment.residual?.level),
    acceptedBy: guardCell(asset.acceptance?.name ?? ''),
    acceptedAt: asset.acceptance ? tokyoDate(asset.acceptance.at) : '',
    acceptanceComment: guardCell(asset.acceptance?.comment ?? ''),
  };
  return sheetColumns.map((column) => values[column.id] ?? '');
}

/** The example row of the template, in the template's language. */
export function exampleRow(locale: Locale, today: string): SheetCell[] {
  const values: Record<string, SheetCell> = {
    category: t(locale, 'assets.example.category'),
    name: t(locale, 'assets.example.name'),
    note: t(locale, 'assets.example.note'),
    users: t(locale, 'assets.example.users'),
    department: t(locale, 'assets.example.department'),
    media: t(locale, 'assets.example.media'),
    personal: t(locale, 'assets.flag.yes'),
    sensitive: t(locale, 'assets.flag.no'),
    myNumber: t(locale, 'assets.flag.no'),
    critical: t(locale, 'assets.flag.no'),
    confidentiality: 3,
    integrity: 2,
    availability: 2,
    retention: t(locale, 'assets.example.retention'),
    registeredOn: today,
    threat: 2,
    vulnerability: 2,
    treatment: t(locale, 'assets.treatment.reduce'),
    measures: t(locale, 'assets.example.measures'),
    measureSections: '2-4, 2-6',
  };
  return sheetColumns.map((column) => values[column.id] ?? '');
}

/** Today in Japan as YYYY-MM-DD. */
export function todayInJapan(now = new Date()): string {
  return tokyoDate(now.toISOString());
}

export { formatDate };
