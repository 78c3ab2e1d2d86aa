/** Test helpers: assets and matrices for *.test.ts only. */
import fc from 'fast-check';
import { matrixFiles } from '../risk/test-data.ts';
import type { RiskMatrix } from '../risk/index.ts';
import { mission2Actions, treatments, type Asset } from './asset.ts';

export const standardMatrix = (): RiskMatrix => {
  const matrix = matrixFiles().find((entry) => entry.default);
  if (!matrix) throw new Error('no default matrix');
  return matrix;
};

export function makeAsset(overrides: Partial<Asset> = {}): Asset {
  return {
    id: 'a1',
    category: '営業',
    name: '顧客名簿',
    note: '',
    users: '',
    department: '',
    media: '',
    personal: false,
    sensitive: false,
    myNumber: false,
    critical: false,
    confidentiality: 2,
    integrity: 2,
    availability: 1,
    retention: '',
    registeredOn: '2026-04-01',
    threat: null,
    vulnerability: null,
    treatment: null,
    measures: '',
    measureSections: [],
    residualThreat: null,
    residualVulnerability: null,
    acceptance: null,
    createdAt: '2026-04-01T00:00:00.000Z',
    updatedAt: '2026-04-01T00:00:00.000Z',
    ...overrides,
  };
}

const rating = fc.constantFrom(1 as const, 2 as const, 3 as const);
const optionalPair = fc.option(fc.tuple(rating, rating), { nil: null });
// Text as people type it in a ledger: any characters, including ones that start formulas.
const cellText = (max: number) =>
  fc
    .string({
      maxLength: max,
      unit: fc.constantFrom('a', 'あ', '=', '+', '-', '@', "'", ' ', ',', '"', '\n', '1', '漢'),
    })
    .map((text) => text.trim());
const requiredText = (max: number) => cellText(max).filter((text) => text !== '');

/** Any valid asset, as the register can hold it. */
export const arbitraryAsset = fc
  .record({
    category: requiredText(50),
    name: requiredText(100),
    note: cellText(500),
    users: cellText(100),
    department: cellText(100),
    media: cellText(100),
    personal: fc.boolean(),
    sensitive: fc.boolean(),
    myNumber: fc.boolean(),
    critical: fc.boolean(),
    confidentiality: rating,
    integrity: rating,
    availability: rating,
    retention: cellText(50),
    registeredOn: fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
    inherent: optionalPair,
    residual: optionalPair,
    treatment: fc.option(fc.constantFrom(...treatments), { nil: null }),
    measures: cellText(1000),
    measureSections: fc.subarray([...mission2Actions]),
  })
  .map(({ inherent, residual, ...rest }) =>
    makeAsset({
      ...rest,
      threat: inherent?.[0] ?? null,
      vulnerability: inherent?.[1] ?? null,
      // A residual rating needs an inherent one.
      residualThreat: inherent ? (residual?.[0] ?? null) : null,
      residualVulnerability: inherent ? (residual?.[1] ?? null) : null,
    }),
  );
