/**
 * Filtering and sorting of the register list from the query string (?q=&category=&level=
 * &importance=&likelihood=&sort=&dir=). Pure; unknown or bad values make the query invalid so
 * the page can answer 400 instead of silently showing something else.
 */
import { z } from 'zod';
import type { RiskLevel } from '../risk/index.ts';
import type { Asset } from './asset.ts';
import type { AssetAssessment } from './asset-risk.ts';

/** One collator for every comparison: `localeCompare(…, 'ja')` builds a new one per call. */
export const compareJapanese = new Intl.Collator('ja').compare;

export const sortKeys = ['name', 'category', 'importance', 'risk', 'registered'] as const;
export type SortKey = (typeof sortKeys)[number];

const ratingParam = z.enum(['1', '2', '3']).transform(Number);

const querySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  category: z.string().trim().max(50).optional(),
  level: z.enum(['high', 'medium', 'low', 'unrated']).optional(),
  importance: ratingParam.optional(),
  likelihood: ratingParam.optional(),
  sort: z.enum(sortKeys).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  page: z
    .string()
    .regex(/^[1-9]\d{0,3}$/)
    .transform(Number)
    .optional(),
});

/** Rows per page of the register list: enough to scan, light enough for an old PC. */
export const PAGE_SIZE = 200;

/** The rows of one page, and how many pages there are. */
export function pageOf<T>(rows: T[], page: number | undefined): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page ?? 1, pages);
  return { rows: rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), page: current, pages };
}

export type RegisterQuery = z.infer<typeof querySchema>;

export function parseRegisterQuery(params: URLSearchParams): { ok: true; query: RegisterQuery } | { ok: false } {
  const values: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in values) return { ok: false };
    if (value !== '') values[key] = value;
  }
  const parsed = querySchema.safeParse(values);
  return parsed.success ? { ok: true, query: parsed.data } : { ok: false };
}

export interface AssessedAsset {
  asset: Asset;
  assessment: AssetAssessment;
}

const levelRank: Record<RiskLevel, number> = { high: 3, medium: 2, low: 1 };

function matchesText(asset: Asset, q: string): boolean {
  const needle = q.normalize('NFKC').toLowerCase();
  return [asset.name, asset.category, asset.note, asset.department, asset.media, asset.users].some((field) =>
    field.normalize('NFKC').toLowerCase().includes(needle),
  );
}

export function filterRegister(entries: AssessedAsset[], query: RegisterQuery): AssessedAsset[] {
  const shown = entries.filter(({ asset, assessment }) => {
    if (query.q && !matchesText(asset, query.q)) return false;
    if (query.category && asset.category !== query.category) return false;
    if (query.level) {
      const level = assessment.inherent?.level ?? 'unrated';
      if (level !== query.level) return false;
    }
    if (query.importance !== undefined && assessment.importance.importance !== query.importance) return false;
    if (query.likelihood !== undefined && assessment.inherent?.likelihood !== query.likelihood) return false;
    return true;
  });
  return sortRegister(shown, query.sort ?? 'name', query.dir ?? (query.sort === 'risk' ? 'desc' : 'asc'));
}

export function sortRegister(entries: AssessedAsset[], key: SortKey, dir: 'asc' | 'desc'): AssessedAsset[] {
  const value = ({ asset, assessment }: AssessedAsset): number | string => {
    switch (key) {
      case 'category':
        return asset.category;
      case 'importance':
        return assessment.importance.importance;
      case 'risk':
        return assessment.inherent ? assessment.inherent.value * 10 + levelRank[assessment.inherent.level] : 0;
      case 'registered':
        return asset.registeredOn;
      default:
        return asset.name;
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => {
    const [va, vb] = [value(a), value(b)];
    const primary =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : compareJapanese(String(va), String(vb));
    if (primary !== 0) return primary * sign;
    return compareJapanese(a.asset.name, b.asset.name) || a.asset.id.localeCompare(b.asset.id);
  });
}

/** The risks that matter most: rated assets by risk value, then by residual value, highest first. */
export function topRisks<T extends { asset: { name: string }; assessment: AssetAssessment }>(
  entries: T[],
  count: number,
): T[] {
  return entries
    .filter((entry) => entry.assessment.inherent)
    .sort(
      (a, b) =>
        (b.assessment.inherent?.value ?? 0) - (a.assessment.inherent?.value ?? 0) ||
        (b.assessment.residual?.value ?? 99) - (a.assessment.residual?.value ?? 99) ||
        compareJapanese(a.asset.name, b.asset.name),
    )
    .slice(0, count);
}

/** How many rated assets fall in each importance × likelihood cell, keyed "importance-likelihood". */
export function countByCell(entries: AssessedAsset[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { assessment } of entries) {
    const inherent = assessment.inherent;
    if (!inherent) continue;
    const key = `${inherent.importance}-${inherent.likelihood}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
