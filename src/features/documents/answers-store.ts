/** Data access of the document questionnaire: the organisation's one set of answers. */
import { randomUUID } from 'node:crypto';
import { requirePermission, type OrgScope } from '../accounts/index.ts';
import { readStoredAnswers, type DocumentAnswers } from './answers.ts';

export async function readAnswers(scope: OrgScope): Promise<DocumentAnswers | undefined> {
  requirePermission(scope, 'data.read');
  const row = await scope.db
    .selectFrom('document_answers')
    .select('answers')
    .where('organization_id', '=', scope.organizationId)
    .executeTakeFirst();
  return row ? readStoredAnswers(row.answers) : undefined;
}

export async function saveAnswers(scope: OrgScope, answers: DocumentAnswers): Promise<void> {
  requirePermission(scope, 'data.write');
  const now = new Date().toISOString();
  const json = JSON.stringify(answers);
  await scope.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('document_answers')
      .set({ answers: json, updated_by: scope.userId, updated_at: now })
      .where('organization_id', '=', scope.organizationId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      await trx
        .insertInto('document_answers')
        .values({
          id: randomUUID(),
          organization_id: scope.organizationId,
          answers: json,
          updated_by: scope.userId,
          updated_at: now,
        })
        .execute();
    }
  });
}
