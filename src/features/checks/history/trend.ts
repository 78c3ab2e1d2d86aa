/** The trend of saved totals over time: its direction and the geometry of the line chart. Pure. */

export type TrendDirection = 'up' | 'down' | 'flat' | 'single';

/** Direction from the previous result to the latest; 'single' with fewer than two. */
export function trendOf(totals: readonly number[]): TrendDirection {
  if (totals.length < 2) return 'single';
  const last = totals[totals.length - 1] as number;
  const previous = totals[totals.length - 2] as number;
  if (last > previous) return 'up';
  if (last < previous) return 'down';
  return 'flat';
}

export interface ChartBox {
  width: number;
  height: number;
  /** Space around the plot for axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The value range of the y axis. */
  min: number;
  max: number;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
}

/** Where a value sits on the y axis (larger values higher up). */
export function yFor(box: ChartBox, value: number): number {
  const clamped = Math.max(box.min, Math.min(box.max, value));
  const plot = box.height - box.top - box.bottom;
  return box.top + (plot * (box.max - clamped)) / (box.max - box.min);
}

/** Evenly spaced points from left to right, one per value (a single value sits in the middle). */
export function linePoints(box: ChartBox, values: readonly number[]): ChartPoint[] {
  const plot = box.width - box.left - box.right;
  return values.map((value, index) => ({
    x: values.length === 1 ? box.left + plot / 2 : box.left + (plot * index) / (values.length - 1),
    y: yFor(box, value),
    value,
  }));
}

/** SVG path data through the points. */
export function linePath(points: readonly ChartPoint[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`).join(' ');
}

const round = (value: number) => Math.round(value * 10) / 10;
