/**
 * Data access of the emergency-manual builder, scoped by the caller's OrgScope: one draft per
 * organisation, and versions that are kept for ever and approved at most once.
 */
import { randomUUID } from 'node:crypto';
import { requirePermission, type OrgScope } from '../accounts/index.ts';
import { ConflictError, NotFoundError } from '../../server/errors.ts';
import {
  missingSteps,
  readAnswers,
  type ManualAnswers,
  type ManualStepId,
  type StepAnswers,
} from './manual-answers.ts';

export interface ManualVersion {
  id: string;
  number: number;
  answers: ManualAnswers;
  createdAt: string;
  createdByName: string;
  approvedAt: string | null;
  approvedByName: string | null;
}

export async function readDraft(scope: OrgScope): Promise<ManualAnswers> {
  requirePermission(scope, 'data.read');
  const row = await scope.db
    .selectFrom('manual_drafts')
    .select('answers')
    .where('organization_id', '=', scope.organizationId)
    .executeTakeFirst();
  return row ? readAnswers(row.answers) : {};
}

/** Saves one step of the draft, keeping the others. */
export async function saveDraftStep(scope: OrgScope, step: ManualStepId, value: StepAnswers): Promise<void> {
  requirePermission(scope, 'data.write');
  const now = new Date().toISOString();
  await scope.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('manual_drafts')
      .select(['id', 'answers'])
      .where('organization_id', '=', scope.organizationId)
      .executeTakeFirst();
    const answers = { ...(row ? readAnswers(row.answers) : {}), [step]: value };
    if (row) {
      await trx
        .updateTable('manual_drafts')
        .set({ answers: JSON.stringify(answers), updated_by: scope.userId, updated_at: now })
        .where('organization_id', '=', scope.organizationId)
        .where('id', '=', row.id)
        .execute();
    } else {
      await trx
        .insertInto('manual_drafts')
        .values({
          id: randomUUID(),
          organization_id: scope.organizationId,
          answers: JSON.stringify(answers),
          updated_by: scope.userId,
          updated_at: now,
        })
        .execute();
    }
  });
}

function toVersion(row: {
  id: string;
  number: number | string;
  answers: string;
  created_at: string;
  created_by_name: string;
  approved_at: string | null;
  approved_by_name: string | null;
}): ManualVersion {
  return {
    id: row.id,
    number: Number(row.number),
    answers: readAnswers(row.answers),
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    approvedAt: row.approved_at,
    approvedByName: row.approved_by_name,
  };
}

/** Keeps the current draft as the next numbered version; every step must have been answered. */
export async function saveManualVersion(scope: OrgScope, userName: string): Promise<string> {
  requirePermission(scope, 'data.write');
  const draft = await readDraft(scope);
  if (missingSteps(draft).length > 0) throw new ConflictError('manual_incomplete');
  const id = randomUUID();
  await scope.db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('manual_versions')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('organization_id', '=', scope.organizationId)
      .executeTakeFirst();
    await trx
      .insertInto('manual_versions')
      .values({
        id,
        organization_id: scope.organizationId,
        number: Number(last?.number ?? 0) + 1,
        answers: JSON.stringify(draft),
        created_by: scope.userId,
        created_by_name: userName,
        created_at: new Date().toISOString(),
        approved_by: null,
        approved_by_name: null,
        approved_at: null,
      })
      .execute();
  });
  return id;
}

export async function listManualVersions(scope: OrgScope): Promise<ManualVersion[]> {
  requirePermission(scope, 'data.read');
  const rows = await scope.db
    .selectFrom('manual_versions')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .orderBy('number', 'desc')
    .execute();
  return rows.map(toVersion);
}

export async function readManualVersion(scope: OrgScope, id: string): Promise<ManualVersion> {
  requirePermission(scope, 'data.read');
  const row = await scope.db
    .selectFrom('manual_versions')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('manual_version_not_found');
  return toVersion(row);
}

/** Records who approved a version and when; an approval is never overwritten. */
export async function approveManualVersion(scope: OrgScope, id: string, userName: string): Promise<void> {
  await readManualVersion(scope, id);
  requirePermission(scope, 'documents.approve');
  const result = await scope.db
    .updateTable('manual_versions')
    .set({ approved_by: scope.userId, approved_by_name: userName, approved_at: new Date().toISOString() })
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .where('approved_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new ConflictError('manual_already_approved');
}
