/**
 * The peer benchmark in the database. A submission row has no organisation, user or time; the
 * organisation's saved result keeps the submission id (check_results.peer_submission_id) only so
 * that it can be withdrawn. Aggregates (a histogram of totals and count/sum/sum of squares per
 * group) change in the same transaction as the submission, so a lookup (peer-lookup.ts) reads at
 * most a few hundred rows whatever the number of submissions.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { requirePermission, type OrgScope } from '../../accounts/index.ts';
import type { Database } from '../../../server/db/index.ts';
import { ConflictError, NotFoundError } from '../../../server/errors.ts';
import type { ScoringModel } from '../scoring.ts';
import { buildPeerPayload, formatPeerPayload, type PeerPayload } from './peer-payload.ts';
import { aggregateDeltas, type AggregateDelta } from './peer-stats.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Adds the deltas to the aggregate rows, creating missing rows; always in the same row order. */
export async function applyAggregateDeltas(
  db: Db,
  set: { id: string; version: number },
  deltas: readonly AggregateDelta[],
): Promise<void> {
  for (const delta of deltas) {
    await db
      .insertInto('peer_histogram')
      .values({
        question_set_id: set.id,
        question_set_version: set.version,
        group_key: delta.groupKey,
        total: delta.total,
        submissions: delta.submissions,
      })
      .onConflict((oc) =>
        oc
          .columns(['question_set_id', 'question_set_version', 'group_key', 'total'])
          .doUpdateSet({ submissions: sql`peer_histogram.submissions + ${delta.submissions}` }),
      )
      .execute();
  }
  for (const delta of deltas) {
    await db
      .insertInto('peer_group_stats')
      .values({
        question_set_id: set.id,
        question_set_version: set.version,
        group_key: delta.groupKey,
        submissions: delta.submissions,
        total_sum: delta.sum,
        total_sum_sq: delta.sumSq,
      })
      .onConflict((oc) =>
        oc.columns(['question_set_id', 'question_set_version', 'group_key']).doUpdateSet({
          submissions: sql`peer_group_stats.submissions + ${delta.submissions}`,
          total_sum: sql`peer_group_stats.total_sum + ${delta.sum}`,
          total_sum_sq: sql`peer_group_stats.total_sum_sq + ${delta.sumSq}`,
        }),
      )
      .execute();
  }
}

/** Stores an anonymous submission and counts it in its groups; returns its id. */
export async function insertSubmission(db: Db, payload: PeerPayload): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('peer_submissions')
    .values({
      id,
      question_set_id: payload.questionSet.id,
      question_set_version: payload.questionSet.version,
      industry: payload.industry,
      size_band: payload.sizeBand,
      total: payload.total,
      scores: JSON.stringify(payload.scores),
    })
    .execute();
  await applyAggregateDeltas(
    db,
    payload.questionSet,
    aggregateDeltas(payload.industry, payload.sizeBand, payload.total, 1),
  );
  return id;
}

/** Removes a submission and takes it out of its groups; nothing happens when it is already gone. */
export async function withdrawSubmission(db: Db, submissionId: string): Promise<void> {
  const row = await db
    .selectFrom('peer_submissions')
    .select(['question_set_id', 'question_set_version', 'industry', 'size_band', 'total'])
    .where('id', '=', submissionId)
    .executeTakeFirst();
  if (!row) return;
  await db.deleteFrom('peer_submissions').where('id', '=', submissionId).execute();
  await applyAggregateDeltas(
    db,
    { id: row.question_set_id, version: Number(row.question_set_version) },
    aggregateDeltas(row.industry, row.size_band, Number(row.total), -1),
  );
}

async function readOwnResult(db: Db, scope: OrgScope, resultId: string) {
  const row = await db
    .selectFrom('check_results')
    .innerJoin('organizations', 'organizations.id', 'check_results.organization_id')
    .select([
      'check_results.id',
      'check_results.question_set_id',
      'check_results.question_set_version',
      'check_results.answers',
      'check_results.peer_submission_id',
      'organizations.industry',
      'organizations.size_band',
    ])
    .where('check_results.organization_id', '=', scope.organizationId)
    .where('check_results.id', '=', resultId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('result_not_found');
  return row;
}

function payloadOf(row: Awaited<ReturnType<typeof readOwnResult>>, model: ScoringModel): PeerPayload {
  if (row.question_set_id !== model.id || Number(row.question_set_version) !== model.version) {
    throw new ConflictError('result_outdated');
  }
  return buildPeerPayload(model, JSON.parse(row.answers) as Record<string, string>, {
    industry: row.industry,
    sizeBand: row.size_band,
  });
}

/** What submitting this result would send, exactly. */
export async function previewPeerPayload(scope: OrgScope, resultId: string, model: ScoringModel): Promise<PeerPayload> {
  requirePermission(scope, 'data.read');
  return payloadOf(await readOwnResult(scope.db, scope, resultId), model);
}

/**
 * Sends the result to the peer benchmark. `shown` is the payload text the user confirmed; when
 * the payload would now differ (the organisation's industry or size changed meanwhile) nothing
 * is sent, so what is stored is always what was shown.
 */
export async function shareWithPeers(
  scope: OrgScope,
  { resultId, model, shown }: { resultId: string; model: ScoringModel; shown: string },
): Promise<void> {
  requirePermission(scope, 'benchmark.share');
  await scope.db.transaction().execute(async (trx) => {
    const row = await readOwnResult(trx, scope, resultId);
    if (row.peer_submission_id) throw new ConflictError('already_shared');
    const payload = payloadOf(row, model);
    if (formatPeerPayload(payload) !== shown.replace(/\r\n/g, '\n')) throw new ConflictError('payload_changed');
    const submissionId = await insertSubmission(trx, payload);
    await trx
      .updateTable('check_results')
      .set({ peer_submission_id: submissionId })
      .where('organization_id', '=', scope.organizationId)
      .where('id', '=', resultId)
      .execute();
  });
}

/** Withdraws the result's submission: the row goes and the aggregates are decremented. */
export async function withdrawFromPeers(scope: OrgScope, resultId: string): Promise<void> {
  requirePermission(scope, 'benchmark.share');
  await scope.db.transaction().execute(async (trx) => {
    const row = await readOwnResult(trx, scope, resultId);
    if (!row.peer_submission_id) throw new ConflictError('not_shared');
    await withdrawSubmission(trx, row.peer_submission_id);
    await trx
      .updateTable('check_results')
      .set({ peer_submission_id: null })
      .where('organization_id', '=', scope.organizationId)
      .where('id', '=', resultId)
      .execute();
  });
}
