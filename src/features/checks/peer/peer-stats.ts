/**
 * Peer statistics from the incremental aggregates: pure functions, no I/O. A group's figures are
 * shown only when it has at least MIN_GROUP_SIZE submissions, so a single firm's score cannot be
 * read back from a tiny group.
 */
export const MIN_GROUP_SIZE = 10;

export const peerGroupKinds = ['industrySize', 'industry', 'size', 'all'] as const;
export type PeerGroupKind = (typeof peerGroupKinds)[number];

export interface PeerGroup {
  kind: PeerGroupKind;
  /** Key of the aggregate rows, e.g. "industry:E", "size:small", "industry-size:E:small", "all". */
  key: string;
}

/** The four groups a submission counts in, narrowest first. */
export function peerGroupsOf(industry: string, sizeBand: string): PeerGroup[] {
  return [
    { kind: 'industrySize', key: `industry-size:${industry}:${sizeBand}` },
    { kind: 'industry', key: `industry:${industry}` },
    { kind: 'size', key: `size:${sizeBand}` },
    { kind: 'all', key: 'all' },
  ];
}

/** Count, sum and sum of squares of the totals of one group. */
export interface GroupMoments {
  submissions: number;
  sum: number;
  sumSq: number;
}

/** One histogram row: how many submissions reached a total. */
export interface HistogramBin {
  total: number;
  submissions: number;
}

export function meanOf(moments: GroupMoments): number {
  return moments.submissions > 0 ? moments.sum / moments.submissions : 0;
}

/** Population standard deviation; never negative, even when rounding makes the variance dip below 0. */
export function standardDeviationOf(moments: GroupMoments): number {
  if (moments.submissions === 0) return 0;
  const mean = moments.sum / moments.submissions;
  const variance = moments.sumSq / moments.submissions - mean * mean;
  return Math.sqrt(Math.max(0, variance));
}

/** 偏差値 = 50 + 10 × (score − mean) ÷ sd; 50 when everyone scored the same. */
export function deviationScore(score: number, mean: number, sd: number): number {
  if (!(sd > 1e-9)) return 50;
  return 50 + (10 * (score - mean)) / sd;
}

/**
 * Percentile rank of a score in [0, 100]: the share of the group below it, counting ties as
 * half (so the middle of a group of equal scores is 50).
 */
export function percentileOf(histogram: readonly HistogramBin[], score: number): number {
  let below = 0;
  let equal = 0;
  let all = 0;
  for (const bin of histogram) {
    all += bin.submissions;
    if (bin.total < score) below += bin.submissions;
    else if (bin.total === score) equal += bin.submissions;
  }
  if (all === 0) return 0;
  return (100 * (below + equal / 2)) / all;
}

export type PeerSummary =
  | {
      kind: 'enough';
      group: PeerGroup;
      submissions: number;
      mean: number;
      sd: number;
      deviation: number;
      percentile: number;
    }
  | { kind: 'tooFew'; group: PeerGroup; submissions: number; needed: number };

/** What the page shows for one group: its figures, or how many more submissions it needs. */
export function summarizeGroup(
  group: PeerGroup,
  moments: GroupMoments,
  histogram: readonly HistogramBin[],
  score: number,
): PeerSummary {
  if (moments.submissions < MIN_GROUP_SIZE) {
    return { kind: 'tooFew', group, submissions: moments.submissions, needed: MIN_GROUP_SIZE - moments.submissions };
  }
  const mean = meanOf(moments);
  const sd = standardDeviationOf(moments);
  return {
    kind: 'enough',
    group,
    submissions: moments.submissions,
    mean,
    sd,
    deviation: deviationScore(score, mean, sd),
    percentile: percentileOf(histogram, score),
  };
}

/** One change to the aggregates: add (+1) or remove (−1) a total in a group. */
export interface AggregateDelta {
  groupKey: string;
  total: number;
  submissions: 1 | -1;
  sum: number;
  sumSq: number;
}

/** The aggregate changes of submitting (+1) or withdrawing (−1) a total: one per group. */
export function aggregateDeltas(industry: string, sizeBand: string, total: number, sign: 1 | -1): AggregateDelta[] {
  return peerGroupsOf(industry, sizeBand).map((group) => ({
    groupKey: group.key,
    total,
    submissions: sign,
    sum: sign * total,
    sumSq: sign * total * total,
  }));
}
