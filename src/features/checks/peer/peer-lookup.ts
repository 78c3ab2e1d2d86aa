/**
 * The peer figures of a score: one indexed read of the aggregate rows of its four groups (at most
 * 4 stats rows and 4 × 126 histogram rows for the 5-minute check), never a scan of submissions.
 * Kept free of other feature imports so that `npm run bench` (P6) can time it directly.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../server/db/schema.ts';
import { peerGroupsOf, summarizeGroup, type PeerSummary } from './peer-stats.ts';

export interface PeerQuery {
  questionSetId: string;
  version: number;
  industry: string;
  sizeBand: string;
  total: number;
}

/** Figures of the four groups for a score. */
export async function lookupPeerStats(db: Kysely<Database>, query: PeerQuery): Promise<PeerSummary[]> {
  const groups = peerGroupsOf(query.industry, query.sizeBand);
  const keys = groups.map((group) => group.key);
  // One round trip: the stats rows ('s') and the histogram rows ('h') of the four groups.
  const rows = await db
    .selectFrom('peer_group_stats')
    .select([
      sql<string>`'s'`.as('kind'),
      'group_key',
      sql<number>`0`.as('total'),
      'submissions',
      'total_sum',
      'total_sum_sq',
    ])
    .where('question_set_id', '=', query.questionSetId)
    .where('question_set_version', '=', query.version)
    .where('group_key', 'in', keys)
    .unionAll(
      db
        .selectFrom('peer_histogram')
        .select([
          sql<string>`'h'`.as('kind'),
          'group_key',
          'total',
          'submissions',
          sql<number>`0`.as('total_sum'),
          sql<number>`0`.as('total_sum_sq'),
        ])
        .where('question_set_id', '=', query.questionSetId)
        .where('question_set_version', '=', query.version)
        .where('group_key', 'in', keys),
    )
    .execute();
  const stats = rows.filter((row) => row.kind === 's');
  const bins = rows.filter((row) => row.kind === 'h');
  return groups.map((group) => {
    const row = stats.find((candidate) => candidate.group_key === group.key);
    const moments = {
      submissions: Number(row?.submissions ?? 0),
      sum: Number(row?.total_sum ?? 0),
      sumSq: Number(row?.total_sum_sq ?? 0),
    };
    const histogram = bins
      .filter((bin) => bin.group_key === group.key)
      .map((bin) => ({ total: Number(bin.total), submissions: Number(bin.submissions) }));
    return summarizeGroup(group, moments, histogram, query.total);
  });
}
