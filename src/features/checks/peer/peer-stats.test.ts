import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIN_GROUP_SIZE,
  aggregateDeltas,
  deviationScore,
  meanOf,
  peerGroupsOf,
  percentileOf,
  standardDeviationOf,
  summarizeGroup,
  type GroupMoments,
  type HistogramBin,
} from './peer-stats.ts';

const totals = fc.array(fc.integer({ min: -25, max: 100 }), { minLength: 1, maxLength: 300 });

/** The aggregates the incremental path leaves after adding every total, built by replaying the deltas. */
function aggregate(values: readonly number[]): { moments: GroupMoments; histogram: HistogramBin[] } {
  const moments: GroupMoments = { submissions: 0, sum: 0, sumSq: 0 };
  const bins = new Map<number, number>();
  for (const value of values) {
    const delta = aggregateDeltas('E', 'small', value, 1).find((d) => d.groupKey === 'all')!;
    moments.submissions += delta.submissions;
    moments.sum += delta.sum;
    moments.sumSq += delta.sumSq;
    bins.set(value, (bins.get(value) ?? 0) + delta.submissions);
  }
  return { moments, histogram: [...bins].map(([total, submissions]) => ({ total, submissions })) };
}

describe('peer statistics', () => {
  it('names the four groups of a submission, narrowest first', () => {
    expect(peerGroupsOf('E', 'small').map((group) => group.key)).toEqual([
      'industry-size:E:small',
      'industry:E',
      'size:small',
      'all',
    ]);
  });

  it('gets mean and standard deviation from the moments as from the raw totals', () => {
    fc.assert(
      fc.property(totals, (values) => {
        const { moments } = aggregate(values);
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
        expect(meanOf(moments)).toBeCloseTo(mean, 9);
        expect(standardDeviationOf(moments)).toBeCloseTo(sd, 6);
      }),
    );
  });

  it('gets the percentile from the histogram as from the raw totals, within [0, 100]', () => {
    fc.assert(
      fc.property(totals, fc.integer({ min: -25, max: 100 }), (values, score) => {
        const { histogram } = aggregate(values);
        const below = values.filter((v) => v < score).length;
        const equal = values.filter((v) => v === score).length;
        const percentile = percentileOf(histogram, score);
        expect(percentile).toBeCloseTo((100 * (below + equal / 2)) / values.length, 9);
        expect(percentile).toBeGreaterThanOrEqual(0);
        expect(percentile).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never lowers the percentile or 偏差値 when the score rises', () => {
    fc.assert(
      fc.property(totals, fc.integer({ min: -25, max: 99 }), (values, score) => {
        const { moments, histogram } = aggregate(values);
        expect(percentileOf(histogram, score + 1)).toBeGreaterThanOrEqual(percentileOf(histogram, score));
        const mean = meanOf(moments);
        const sd = standardDeviationOf(moments);
        expect(deviationScore(score + 1, mean, sd)).toBeGreaterThanOrEqual(deviationScore(score, mean, sd));
      }),
    );
  });

  it('computes 偏差値 as 50 + 10 × (x − mean) ÷ sd', () => {
    expect(deviationScore(70, 60, 10)).toBe(60);
    expect(deviationScore(40, 60, 10)).toBe(30);
    expect(deviationScore(60, 60, 10)).toBe(50);
    // Everyone scored the same: the score is exactly average.
    expect(deviationScore(60, 60, 0)).toBe(50);
    fc.assert(
      fc.property(totals, (values) => {
        const { moments } = aggregate(values);
        expect(deviationScore(meanOf(moments), meanOf(moments), standardDeviationOf(moments))).toBeCloseTo(50, 9);
      }),
    );
  });

  it('shows figures only for groups of at least 10 and otherwise says how many are missing', () => {
    fc.assert(
      fc.property(totals, fc.integer({ min: -25, max: 100 }), (values, score) => {
        const { moments, histogram } = aggregate(values);
        const summary = summarizeGroup({ kind: 'all', key: 'all' }, moments, histogram, score);
        if (values.length < MIN_GROUP_SIZE) {
          expect(summary).toEqual({
            kind: 'tooFew',
            group: { kind: 'all', key: 'all' },
            submissions: values.length,
            needed: MIN_GROUP_SIZE - values.length,
          });
        } else {
          expect(summary.kind).toBe('enough');
        }
      }),
    );
    const nine = aggregate([50, 50, 50, 50, 50, 50, 50, 50, 50]);
    expect(summarizeGroup({ kind: 'all', key: 'all' }, nine.moments, nine.histogram, 50)).toMatchObject({
      kind: 'tooFew',
      needed: 1,
    });
    const ten = aggregate([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(summarizeGroup({ kind: 'all', key: 'all' }, ten.moments, ten.histogram, 55)).toMatchObject({
      kind: 'enough',
      submissions: 10,
      mean: 55,
      percentile: 50,
      deviation: 50,
    });
  });

  it('undoes a submission exactly when it is withdrawn', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('A', 'E', 'T'),
        fc.constantFrom('micro', 'small'),
        fc.integer({ min: -25, max: 100 }),
        (industry, size, total) => {
          const added = aggregateDeltas(industry, size, total, 1);
          const removed = aggregateDeltas(industry, size, total, -1);
          expect(added).toHaveLength(4);
          added.forEach((delta, index) => {
            const undo = removed[index]!;
            expect(undo.groupKey).toBe(delta.groupKey);
            expect(delta.submissions + undo.submissions).toBe(0);
            expect(delta.sum + undo.sum).toBe(0);
            expect(delta.sumSq + undo.sumSq).toBe(0);
          });
        },
      ),
    );
  });
});
