import { describe, expect, it } from 'vitest';
import { assetCategorySchema, assetStarterSchema } from '../../content/risk-schemas.ts';
import { evaluateRisk } from './matrix.ts';
import { assetsForIndustry, groupByCategory, starterListProblems, type StarterAsset } from './starter-assets.ts';
import { matrixFiles, readContentList } from './test-data.ts';

const categories = readContentList('asset-categories', assetCategorySchema);
const assets = readContentList('asset-starters', assetStarterSchema);
const sample: StarterAsset = {
  id: 'customer-list',
  category: 'sales',
  name: { ja: '顧客名簿', en: 'Customer list' },
  note: { ja: '説明です。', en: 'A note.' },
  confidentiality: 3,
  integrity: 2,
  availability: 2,
  personalData: ['personal'],
  media: ['office-pc'],
  industries: ['all'],
};

describe('the starter list of information assets', () => {
  it('passes the schemas and the cross-entry rules, with unique ids', () => {
    expect(starterListProblems(categories, assets)).toEqual([]);
    const ids = assets.map((asset) => asset.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(assets.length).toBeGreaterThanOrEqual(30);
  });

  it('has the assets most SMEs hold', () => {
    const names = assets.map((asset) => asset.name.ja);
    for (const expected of [
      '顧客名簿',
      '見積書・請求書',
      '給与データ',
      '経理データ',
      '図面',
      'Webサイト',
      'メール',
      '業務PC',
      'スマートフォン',
      'クラウドストレージ',
    ]) {
      expect(
        names.some((name) => name.startsWith(expected)),
        expected,
      ).toBe(true);
    }
  });

  it('marks the three kinds of personal data where they belong', () => {
    const kinds = (id: string) => assets.find((asset) => asset.id === id)?.personalData;
    expect(kinds('customer-list')).toContain('personal');
    expect(kinds('health-checks')).toContain('sensitive');
    expect(kinds('my-number-files')).toContain('my-number');
    expect(kinds('payroll')).toEqual(['personal', 'my-number']);
    expect(kinds('website')).toEqual([]);
  });

  it('gives every asset with personal data importance 3 under every matrix', () => {
    for (const matrix of matrixFiles()) {
      for (const asset of assets.filter((each) => each.personalData.length > 0)) {
        const result = evaluateRisk(matrix, {
          ...asset,
          personalData: true,
          critical: false,
          threat: 1,
          vulnerability: 1,
        });
        expect(result.importance, asset.id).toBe(3);
      }
    }
  });

  it('covers every category and shows something for every industry', () => {
    expect(groupByCategory(categories, assets).map((group) => group.category.id)).toEqual(categories.map((c) => c.id));
    for (const code of ['A', 'D', 'E', 'G', 'P', 'T'] as const) {
      expect(assetsForIndustry(assets, code).length, code).toBeGreaterThan(10);
    }
  });
});

describe('assetsForIndustry', () => {
  const drawings: StarterAsset = { ...sample, id: 'drawings', industries: ['D', 'E'] };
  const records: StarterAsset = { ...sample, id: 'care-records', industries: ['P'] };

  it('keeps assets for every industry and those listed for the industry', () => {
    const list = [sample, drawings, records];
    expect(assetsForIndustry(list, 'E').map((asset) => asset.id)).toEqual(['customer-list', 'drawings']);
    expect(assetsForIndustry(list, 'P').map((asset) => asset.id)).toEqual(['customer-list', 'care-records']);
    expect(assetsForIndustry(list, undefined)).toHaveLength(3);
  });
});

describe('groupByCategory and starterListProblems', () => {
  const sales = { id: 'sales', order: 2, name: { ja: '営業', en: 'Sales' } };
  const it_ = { id: 'it', order: 1, name: { ja: 'IT', en: 'IT' } };

  it('groups in category order and leaves empty categories out', () => {
    const pc = { ...sample, id: 'work-pc', category: 'it' };
    expect(groupByCategory([sales, it_], [sample, pc]).map((group) => group.category.id)).toEqual(['it', 'sales']);
    expect(groupByCategory([sales, it_], [sample])).toHaveLength(1);
  });

  it('puts the assets that matter most first within a category', () => {
    const cards = {
      ...sample,
      id: 'business-cards',
      confidentiality: 2 as const,
      integrity: 1 as const,
      availability: 1 as const,
    };
    const rules = { ...sample, id: 'internal-rules', personalData: [], confidentiality: 3 as const };
    const order = groupByCategory([sales], [rules, cards, sample])[0]?.assets.map((asset) => asset.id);
    expect(order).toEqual(['customer-list', 'business-cards', 'internal-rules']);
  });

  it('finds unknown categories, empty categories and shared orders', () => {
    expect(starterListProblems([sales, { ...it_, order: 2 }], [{ ...sample, category: 'hr' }])).toEqual([
      'customer-list: unknown category "hr"',
      'two categories share an order',
      'category sales has no assets',
      'category it has no assets',
    ]);
  });
});

describe('asset schema', () => {
  it('accepts an asset and refuses wrong values', () => {
    expect(assetStarterSchema.safeParse(sample).success).toBe(true);
    expect(assetStarterSchema.safeParse({ ...sample, confidentiality: 4 }).success).toBe(false);
    expect(assetStarterSchema.safeParse({ ...sample, personalData: ['health'] }).success).toBe(false);
    expect(assetStarterSchema.safeParse({ ...sample, personalData: ['personal', 'personal'] }).success).toBe(false);
    expect(assetStarterSchema.safeParse({ ...sample, industries: ['all', 'E'] }).success).toBe(false);
    expect(assetStarterSchema.safeParse({ ...sample, industries: ['U'] }).success).toBe(false);
    expect(assetStarterSchema.safeParse({ ...sample, industries: [] }).success).toBe(false);
    expect(assetStarterSchema.safeParse({ ...sample, media: [] }).success).toBe(false);
    expect(assetStarterSchema.safeParse({ ...sample, name: { ja: '顧客名簿' } }).success).toBe(false);
    expect(assetStarterSchema.safeParse({ ...sample, owner: 'sales' }).success).toBe(false);
  });
});
