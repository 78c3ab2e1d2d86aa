import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riskMatrixSchema } from '../../content/risk-schemas.ts';
import {
  evaluateRisk,
  heatMapCells,
  levelOf,
  levelRanges,
  matrixSetProblems,
  ratings,
  type RiskInput,
  type RiskMatrix,
} from './matrix.ts';
import { matrixFiles } from './test-data.ts';

const matrices = matrixFiles();
const byId = (id: string) => {
  const matrix = matrices.find((candidate) => candidate.id === id);
  if (!matrix) throw new Error(`no matrix ${id}`);
  return matrix;
};
const standard = byId('gokui-default');
const strict = byId('gokui-strict');

/**
 * FACTS.md §5 restated on its own, without the data file: importance = max(C, I, A), forced to 3
 * for personal data or a business-critical asset; likelihood from the 3 × 3 table, which equals
 * ceil(threat ÷ (4 − vulnerability)); value = importance × likelihood; 大 6–9, 中 3–4, 小 1–2.
 */
const factsTable: Record<number, Record<number, number>> = {
  // threat → vulnerability → likelihood, as printed in FACTS.md (columns 3, 2, 1)
  3: { 3: 3, 2: 2, 1: 1 },
  2: { 3: 2, 2: 1, 1: 1 },
  1: { 3: 1, 2: 1, 1: 1 },
};
function facts(input: RiskInput) {
  const importance =
    input.personalData || input.critical ? 3 : Math.max(input.confidentiality, input.integrity, input.availability);
  const likelihood = factsTable[input.threat]![input.vulnerability]!;
  expect(likelihood).toBe(Math.ceil(input.threat / (4 - input.vulnerability)));
  const value = importance * likelihood;
  const level = value >= 6 ? 'high' : value >= 3 ? 'medium' : 'low';
  return { importance, likelihood, value, level };
}

function* allInputs(): Generator<RiskInput> {
  for (const confidentiality of ratings)
    for (const integrity of ratings)
      for (const availability of ratings)
        for (const personalData of [false, true])
          for (const critical of [false, true])
            for (const threat of ratings)
              for (const vulnerability of ratings)
                yield { confidentiality, integrity, availability, personalData, critical, threat, vulnerability };
}

const rating = fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>;
const input: fc.Arbitrary<RiskInput> = fc.record({
  confidentiality: rating,
  integrity: rating,
  availability: rating,
  personalData: fc.boolean(),
  critical: fc.boolean(),
  threat: rating,
  vulnerability: rating,
});
const levelRank = { low: 0, medium: 1, high: 2 } as const;

describe('the default matrix (FACTS.md §5)', () => {
  it('is the one default among the provided matrices', () => {
    expect(matrixSetProblems(matrices)).toEqual([]);
    expect(matrices.filter((matrix) => matrix.default).map((matrix) => matrix.id)).toEqual(['gokui-default']);
  });

  it('agrees with the rules for all 3×3×3×2×2 × 3×3 inputs', () => {
    let count = 0;
    for (const each of allInputs()) {
      const result = evaluateRisk(standard, each);
      const expected = facts(each);
      expect(
        { importance: result.importance, likelihood: result.likelihood, value: result.value, level: result.level },
        JSON.stringify(each),
      ).toEqual(expected);
      count++;
    }
    expect(count).toBe(3 * 3 * 3 * 2 * 2 * 3 * 3);
  });

  it('gives the reason exactly when personal data or criticality raised the importance', () => {
    for (const each of allInputs()) {
      const result = evaluateRisk(standard, each);
      const highest = Math.max(each.confidentiality, each.integrity, each.availability);
      expect(result.ratedImportance).toBe(highest);
      if (highest === 3 || (!each.personalData && !each.critical)) {
        expect(result.forcedReason, JSON.stringify(each)).toBeUndefined();
      } else {
        const expected =
          each.personalData && each.critical
            ? 'personalDataAndCritical'
            : each.personalData
              ? 'personalData'
              : 'critical';
        expect(result.forcedReason, JSON.stringify(each)).toBe(expected);
      }
    }
  });

  it('reads some cells the way a person would', () => {
    const base = { confidentiality: 1, integrity: 1, availability: 1, personalData: false, critical: false } as const;
    expect(evaluateRisk(standard, { ...base, threat: 3, vulnerability: 3 })).toEqual({
      ratedImportance: 1,
      importance: 1,
      likelihood: 3,
      value: 3,
      level: 'medium',
    });
    expect(evaluateRisk(standard, { ...base, personalData: true, threat: 2, vulnerability: 3 })).toEqual({
      ratedImportance: 1,
      importance: 3,
      forcedReason: 'personalData',
      likelihood: 2,
      value: 6,
      level: 'high',
    });
    expect(evaluateRisk(standard, { ...base, integrity: 2, threat: 3, vulnerability: 2 }).level).toBe('medium');
    expect(evaluateRisk(standard, { ...base, integrity: 2, threat: 1, vulnerability: 3 }).level).toBe('low');
  });

  it('has levels 大 6–9, 中 3–4, 小 1–2', () => {
    expect(levelRanges(standard)).toEqual([
      { level: 'high', min: 6, max: 9, values: [6, 9] },
      { level: 'medium', min: 3, max: 4, values: [3, 4] },
      { level: 'low', min: 1, max: 2, values: [1, 2] },
    ]);
  });

  it('lays out the heat map with importance 3 on top and likelihood 1 on the left', () => {
    const grid = heatMapCells(standard);
    expect(grid.map((row) => row.map((cell) => `${cell.value}${cell.level[0]}`))).toEqual([
      ['3m', '6h', '9h'],
      ['2l', '4m', '6h'],
      ['1l', '2l', '3m'],
    ]);
  });
});

describe('the stricter alternative matrix', () => {
  it('is described as Gokui’s own, not IPA’s', () => {
    expect(strict.basis.ja).toContain('Gokui');
    expect(strict.basis.en).toMatch(/not a scale from the IPA guideline/);
  });

  it('counts 4 as high, 2–3 as medium and only 1 as low', () => {
    expect(levelRanges(strict).map(({ level, values }) => [level, values])).toEqual([
      ['high', [4, 6, 9]],
      ['medium', [2, 3]],
      ['low', [1]],
    ]);
  });

  it('never rates a risk lower than the default matrix does', () => {
    fc.assert(
      fc.property(input, (each) => {
        expect(levelRank[evaluateRisk(strict, each).level]).toBeGreaterThanOrEqual(
          levelRank[evaluateRisk(standard, each).level],
        );
      }),
    );
  });
});

describe.each(matrices.map((matrix) => [matrix.id, matrix] as const))('properties of %s', (_id, matrix: RiskMatrix) => {
  const fields = ['confidentiality', 'integrity', 'availability', 'threat', 'vulnerability'] as const;

  it('gives a value in {1, 2, 3, 4, 6, 9} equal to importance × likelihood', () => {
    fc.assert(
      fc.property(input, (each) => {
        const result = evaluateRisk(matrix, each);
        expect([1, 2, 3, 4, 6, 9]).toContain(result.value);
        expect(result.value).toBe(result.importance * result.likelihood);
        expect(result.level).toBe(levelOf(matrix, result.value));
      }),
    );
  });

  it('never lowers importance, likelihood, value or level when any rating rises', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...fields), (each, field) => {
        fc.pre(each[field] < 3);
        const before = evaluateRisk(matrix, each);
        const after = evaluateRisk(matrix, { ...each, [field]: (each[field] + 1) as 2 | 3 });
        expect(after.importance).toBeGreaterThanOrEqual(before.importance);
        expect(after.likelihood).toBeGreaterThanOrEqual(before.likelihood);
        expect(after.value).toBeGreaterThanOrEqual(before.value);
        expect(levelRank[after.level]).toBeGreaterThanOrEqual(levelRank[before.level]);
      }),
    );
  });

  it('never lowers anything when personal data or criticality is switched on', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('personalData', 'critical'), (each, flag) => {
        const before = evaluateRisk(matrix, { ...each, [flag]: false });
        const after = evaluateRisk(matrix, { ...each, [flag]: true });
        expect(after.importance).toBeGreaterThanOrEqual(before.importance);
        expect(after.importance).toBeGreaterThanOrEqual(matrix.importance.forcedTo);
        expect(after.value).toBeGreaterThanOrEqual(before.value);
        expect(levelRank[after.level]).toBeGreaterThanOrEqual(levelRank[before.level]);
      }),
    );
  });

  it('does not depend on the order of the three ratings', () => {
    fc.assert(
      fc.property(input, (each) => {
        const turned = {
          ...each,
          confidentiality: each.availability,
          integrity: each.confidentiality,
          availability: each.integrity,
        };
        expect(evaluateRisk(matrix, turned)).toEqual(evaluateRisk(matrix, each));
      }),
    );
  });
});

describe('risk matrix schema', () => {
  const valid = structuredClone(standard);

  it('accepts the data files', () => {
    expect(riskMatrixSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a likelihood table that falls when vulnerability rises', () => {
    const broken = structuredClone(valid);
    broken.likelihood[2] = [1, 3, 2];
    const result = riskMatrixSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('likelihood.2.1');
  });

  it('refuses levels out of order, a low level not starting at 1, and an empty level', () => {
    const swapped = { ...valid, levels: [valid.levels[1], valid.levels[0], valid.levels[2]] };
    expect(riskMatrixSchema.safeParse(swapped).success).toBe(false);
    const lowAt2 = {
      ...valid,
      levels: [
        { level: 'high', min: 6 },
        { level: 'medium', min: 3 },
        { level: 'low', min: 2 },
      ],
    };
    expect(riskMatrixSchema.safeParse(lowAt2).success).toBe(false);
    // 5 is no risk value: with medium 5–5 no value would be medium.
    const empty = {
      ...valid,
      levels: [
        { level: 'high', min: 6 },
        { level: 'medium', min: 5 },
        { level: 'low', min: 1 },
      ],
    };
    expect(riskMatrixSchema.safeParse(empty).error?.issues.map((issue) => issue.message)).toContain(
      'no risk value falls into this level',
    );
  });

  it('refuses ratings outside 1–3, a missing language and unknown keys', () => {
    expect(
      riskMatrixSchema.safeParse({
        ...valid,
        likelihood: [
          [0, 1, 1],
          [1, 1, 2],
          [1, 2, 3],
        ],
      }).success,
    ).toBe(false);
    expect(riskMatrixSchema.safeParse({ ...valid, importance: { ratings: 'max', forcedTo: 4 } }).success).toBe(false);
    expect(riskMatrixSchema.safeParse({ ...valid, name: { ja: '標準' } }).success).toBe(false);
    expect(riskMatrixSchema.safeParse({ ...valid, colour: 'red' }).success).toBe(false);
  });

  it('finds a set without a default or with a repeated id', () => {
    expect(matrixSetProblems([{ ...valid, default: false }])).toHaveLength(1);
    expect(matrixSetProblems([valid, { ...valid }])).toEqual([
      'exactly one risk matrix must be the default, found gokui-default, gokui-default',
      'duplicate id gokui-default',
    ]);
  });
});
