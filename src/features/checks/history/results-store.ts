/**
 * Saved check results of an organisation. Every function takes an OrgScope (the organisation
 * comes from the user's membership, never from the request) and checks the permission first.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { requirePermission, type OrgScope } from '../../accounts/index.ts';
import type { Database } from '../../../server/db/index.ts';
import { NotFoundError } from '../../../server/errors.ts';
import { scoreAnswers, validateAnswers, type Answers, type ScoringModel } from '../scoring.ts';
import { withdrawSubmission } from '../peer/peer-store.ts';

export interface SavedPart {
  id: string;
  score: number;
  min: number;
  max: number;
}

export interface SavedResult {
  id: string;
  questionSetId: string;
  questionSetVersion: number;
  answers: Answers;
  total: number;
  min: number;
  max: number;
  band: string;
  parts: SavedPart[];
  savedBy: { id: string; name: string | null };
  createdAt: string;
  /** Whether this result was sent to the peer benchmark (the submission id itself stays private). */
  sharedWithPeers: boolean;
}

const answersSchema = z.record(z.string(), z.string());
const partsSchema = z.array(z.object({ id: z.string(), score: z.number(), min: z.number(), max: z.number() }));

type ResultRow = Database['check_results'] & { saved_by_name: string | null };

function toSavedResult(row: ResultRow): SavedResult {
  return {
    id: row.id,
    questionSetId: row.question_set_id,
    questionSetVersion: Number(row.question_set_version),
    answers: answersSchema.parse(JSON.parse(row.answers)),
    total: Number(row.total),
    min: Number(row.min),
    max: Number(row.max),
    band: row.band,
    parts: partsSchema.parse(JSON.parse(row.part_scores)),
    savedBy: { id: row.saved_by, name: row.saved_by_name },
    createdAt: row.created_at,
    sharedWithPeers: row.peer_submission_id !== null,
  };
}

function selectResults(db: Kysely<Database> | Transaction<Database>, scope: OrgScope) {
  return db
    .selectFrom('check_results')
    .leftJoin('user', 'user.id', 'check_results.saved_by')
    .selectAll('check_results')
    .select('user.name as saved_by_name')
    .where('check_results.organization_id', '=', scope.organizationId);
}

/** Stores valid answers with their score; refuses answers that do not validate (nothing stored). */
export async function saveCheckResult(scope: OrgScope, model: ScoringModel, input: Answers): Promise<string> {
  requirePermission(scope, 'data.write');
  const checked = validateAnswers(model, input);
  if (!checked.ok) throw new Error('answers must be validated before saving');
  const result = scoreAnswers(model, checked.answers);
  const id = randomUUID();
  await scope.db
    .insertInto('check_results')
    .values({
      id,
      organization_id: scope.organizationId,
      question_set_id: model.id,
      question_set_version: model.version,
      answers: JSON.stringify(checked.answers),
      total: result.total,
      min: result.min,
      max: result.max,
      band: result.band,
      part_scores: JSON.stringify(result.parts.map(({ id, score, min, max }) => ({ id, score, min, max }))),
      saved_by: scope.userId,
      created_at: new Date().toISOString(),
      peer_submission_id: null,
    })
    .execute();
  return id;
}

/** The organisation's results of a question set, oldest first (the order of the trend). */
export async function listCheckResults(scope: OrgScope, questionSetId: string): Promise<SavedResult[]> {
  requirePermission(scope, 'data.read');
  const rows = await selectResults(scope.db, scope)
    .where('check_results.question_set_id', '=', questionSetId)
    .orderBy('check_results.created_at', 'asc')
    .orderBy('check_results.id', 'asc')
    .execute();
  return rows.map(toSavedResult);
}

/**
 * The totals and bands of the organisation's latest results of a question set, oldest first: what
 * the dashboard card shows, without reading and checking every saved answer sheet.
 */
export async function listLatestTotals(
  scope: OrgScope,
  questionSetId: string,
  count: number,
): Promise<{ total: number; band: string }[]> {
  requirePermission(scope, 'data.read');
  const rows = await scope.db
    .selectFrom('check_results')
    .select(['total', 'band'])
    .where('organization_id', '=', scope.organizationId)
    .where('question_set_id', '=', questionSetId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(count)
    .execute();
  return rows.reverse().map((row) => ({ total: Number(row.total), band: row.band }));
}

/** One result of the organisation; "not found" for an id of another organisation. */
export async function readCheckResult(scope: OrgScope, id: string): Promise<SavedResult> {
  requirePermission(scope, 'data.read');
  const row = await selectResults(scope.db, scope).where('check_results.id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('result_not_found');
  return toSavedResult(row);
}

/** Deletes a result; its peer-benchmark submission, if any, is withdrawn in the same transaction. */
export async function deleteCheckResult(scope: OrgScope, id: string): Promise<void> {
  requirePermission(scope, 'data.delete');
  await scope.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('check_results')
      .select(['id', 'peer_submission_id'])
      .where('organization_id', '=', scope.organizationId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('result_not_found');
    if (row.peer_submission_id) await withdrawSubmission(trx, row.peer_submission_id);
    await trx
      .deleteFrom('check_results')
      .where('organization_id', '=', scope.organizationId)
      .where('id', '=', id)
      .execute();
  });
}
