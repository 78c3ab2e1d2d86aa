import { describe, expect, it } from 'vitest';
import { assessAsset } from './asset-risk.ts';
import { countByCell, filterRegister, pageOf, parseRegisterQuery, topRisks } from './register-query.ts';
import { makeAsset, standardMatrix } from './test-assets.ts';

const matrix = standardMatrix();
const entries = [
  makeAsset({ id: 'a', name: '顧客名簿', category: '営業', personal: true, threat: 3, vulnerability: 3 }),
  makeAsset({ id: 'b', name: '見積書', category: '営業', threat: 2, vulnerability: 2 }),
  makeAsset({ id: 'c', name: '給与データ', category: '人事', department: '総務部' }),
  makeAsset({
    id: 'd',
    name: 'Webサイト',
    category: 'IT',
    confidentiality: 1,
    integrity: 3,
    threat: 3,
    vulnerability: 2,
  }),
].map((asset) => ({ asset, assessment: assessAsset(matrix, asset) }));
const names = (list: typeof entries) => list.map((entry) => entry.asset.name);

describe('register query', () => {
  it('refuses unknown parameters and bad values', () => {
    expect(parseRegisterQuery(new URLSearchParams('level=high&sort=risk')).ok).toBe(true);
    expect(parseRegisterQuery(new URLSearchParams('level=huge')).ok).toBe(false);
    expect(parseRegisterQuery(new URLSearchParams('orgId=x')).ok).toBe(false);
    expect(parseRegisterQuery(new URLSearchParams('importance=1&importance=2')).ok).toBe(false);
  });

  it('filters by text, category, level and heat-map cell', () => {
    expect(names(filterRegister(entries, { q: '総務' }))).toEqual(['給与データ']);
    expect(names(filterRegister(entries, { category: '営業' }))).toEqual(['見積書', '顧客名簿']);
    expect(names(filterRegister(entries, { level: 'unrated' }))).toEqual(['給与データ']);
    expect(names(filterRegister(entries, { importance: 3, likelihood: 3 }))).toEqual(['顧客名簿']);
  });

  it('sorts by risk, highest first by default', () => {
    expect(names(filterRegister(entries, { sort: 'risk' }))).toEqual(['顧客名簿', 'Webサイト', '見積書', '給与データ']);
    expect(names(filterRegister(entries, { sort: 'risk', dir: 'asc' }))[0]).toBe('給与データ');
  });

  it('lists the top risks among rated assets only and counts the cells', () => {
    expect(names(topRisks(entries, 2))).toEqual(['顧客名簿', 'Webサイト']);
    expect(topRisks(entries, 5)).toHaveLength(3);
    expect(Object.fromEntries(countByCell(entries))).toEqual({ '3-3': 1, '2-1': 1, '3-2': 1 });
  });
});

describe('register pages', () => {
  it('cuts long lists into pages of 200 and keeps the page in range', () => {
    const rows = Array.from({ length: 450 }, (_, index) => index);
    expect(pageOf(rows, undefined)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(rows, 3).rows).toEqual(rows.slice(400));
    expect(pageOf(rows, 9).page).toBe(3);
    expect(pageOf([], 2)).toEqual({ rows: [], page: 1, pages: 1 });
    expect(parseRegisterQuery(new URLSearchParams('page=0')).ok).toBe(false);
  });
});
