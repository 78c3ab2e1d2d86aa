import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePath, linePoints, trendOf, yFor, type ChartBox } from './trend.ts';

const box: ChartBox = { width: 600, height: 260, left: 40, right: 10, top: 10, bottom: 30, min: -25, max: 100 };

describe('trend of saved totals', () => {
  it('compares the latest total with the one before', () => {
    expect(trendOf([])).toBe('single');
    expect(trendOf([50])).toBe('single');
    expect(trendOf([50, 70])).toBe('up');
    expect(trendOf([70, 50])).toBe('down');
    expect(trendOf([10, 70, 70])).toBe('flat');
  });

  it('places points inside the plot, left to right, higher values higher up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -25, max: 100 }), { minLength: 1, maxLength: 40 }), (values) => {
        const points = linePoints(box, values);
        expect(points).toHaveLength(values.length);
        for (const [index, point] of points.entries()) {
          expect(point.x).toBeGreaterThanOrEqual(box.left);
          expect(point.x).toBeLessThanOrEqual(box.width - box.right);
          expect(point.y).toBeGreaterThanOrEqual(box.top);
          expect(point.y).toBeLessThanOrEqual(box.height - box.bottom);
          if (index > 0) expect(point.x).toBeGreaterThan(points[index - 1]!.x);
        }
      }),
    );
    expect(yFor(box, 100)).toBe(box.top);
    expect(yFor(box, -25)).toBe(box.height - box.bottom);
    expect(yFor(box, 70)).toBeLessThan(yFor(box, 50));
  });

  it('draws a path through every point', () => {
    expect(linePath(linePoints(box, [0, 100]))).toBe('M40 186 L590 10');
  });
});
