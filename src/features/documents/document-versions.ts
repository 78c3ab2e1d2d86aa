/**
 * Data access of document versions: each generated version is stored in both languages, numbered
 * per kind, and approved once; the newest approved one is the document in force. Every function
 * takes the caller's OrgScope (the organisation comes from the membership, never from the request).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DocumentKind } from '../../content/policy-document-schemas.ts';
import type { Database } from '../../server/db/index.ts';
import { ConflictError, NotFoundError } from '../../server/errors.ts';
import type { DocumentLocale, DocumentModel } from '../../server/exports/document/index.ts';
import { recordAudit, requirePermission, type OrgScope } from '../accounts/index.ts';
import type { DocumentAnswers } from './answers.ts';

/** A version holds the document in both languages, generated from the same answers. */
export type VersionModels = Record<DocumentLocale, DocumentModel>;

export interface VersionSummary {
  id: string;
  kind: DocumentKind;
  number: number;
  createdAt: string;
  createdByName: string;
  approvedAt: string | null;
  approvedByName: string | null;
}

export interface StoredVersion extends VersionSummary {
  models: VersionModels;
}

const summaryColumns = [
  'id',
  'kind',
  'number',
  'created_at',
  'created_by_name',
  'approved_at',
  'approved_by_name',
] as const;

function toSummary(row: {
  id: string;
  kind: string;
  number: number | string;
  created_at: string;
  created_by_name: string;
  approved_at: string | null;
  approved_by_name: string | null;
}): VersionSummary {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    number: Number(row.number),
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    approvedAt: row.approved_at,
    approvedByName: row.approved_by_name,
  };
}

export async function listVersions(scope: OrgScope, kind: DocumentKind): Promise<VersionSummary[]> {
  requirePermission(scope, 'data.read');
  const rows = await scope.db
    .selectFrom('document_versions')
    .select(summaryColumns)
    .where('organization_id', '=', scope.organizationId)
    .where('kind', '=', kind)
    .orderBy('number', 'desc')
    .execute();
  return rows.map(toSummary);
}

export async function readVersion(scope: OrgScope, kind: DocumentKind, number: number): Promise<StoredVersion> {
  requirePermission(scope, 'data.read');
  const row = await scope.db
    .selectFrom('document_versions')
    .select([...summaryColumns, 'model'])
    .where('organization_id', '=', scope.organizationId)
    .where('kind', '=', kind)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('version_not_found');
  return { ...toSummary(row), models: JSON.parse(row.model) as VersionModels };
}

/** Stores a generated model as the next version of the document; returns its number. */
export async function createVersion(
  scope: OrgScope,
  input: { kind: DocumentKind; models: VersionModels; answers: DocumentAnswers; userName: string },
): Promise<number> {
  requirePermission(scope, 'data.write');
  // Two people creating a version at the same moment collide on the unique number: try again.
  for (let attempt = 0; ; attempt++) {
    try {
      return await scope.db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('document_versions')
          .select((eb) => eb.fn.max('number').as('last'))
          .where('organization_id', '=', scope.organizationId)
          .where('kind', '=', input.kind)
          .executeTakeFirst();
        const number = Number(last?.last ?? 0) + 1;
        await trx
          .insertInto('document_versions')
          .values({
            id: randomUUID(),
            organization_id: scope.organizationId,
            kind: input.kind,
            number,
            model: JSON.stringify(input.models),
            answers: JSON.stringify(input.answers),
            created_by: scope.userId,
            created_by_name: input.userName,
            created_at: new Date().toISOString(),
            approved_by: null,
            approved_by_name: null,
            approved_at: null,
          })
          .execute();
        return number;
      });
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

export async function approveVersion(
  scope: OrgScope,
  input: { kind: DocumentKind; number: number; userName: string; userEmail: string; ip: string | null },
): Promise<void> {
  requirePermission(scope, 'documents.approve');
  const version = await readVersion(scope, input.kind, input.number);
  if (version.approvedAt) throw new ConflictError('already_approved');
  const now = new Date().toISOString();
  await scope.db
    .updateTable('document_versions')
    .set({ approved_by: scope.userId, approved_by_name: input.userName, approved_at: now })
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', version.id)
    .where('approved_at', 'is', null)
    .execute();
  await recordAudit(scope.db, {
    organizationId: scope.organizationId,
    actorUserId: scope.userId,
    actorEmail: input.userEmail,
    event: 'document.approved',
    detail: { kind: input.kind, version: input.number },
    ip: input.ip,
  });
}

/** The newest approved version of a document: the one in force. Reads without a scope: callers check. */
export async function findVersionInForce(
  db: Kysely<Database>,
  organizationId: string,
  kind: DocumentKind,
): Promise<VersionSummary | undefined> {
  const row = await db
    .selectFrom('document_versions')
    .select(summaryColumns)
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('approved_at', 'is not', null)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

export async function versionInForce(scope: OrgScope, kind: DocumentKind): Promise<VersionSummary | undefined> {
  requirePermission(scope, 'data.read');
  return findVersionInForce(scope.db, scope.organizationId, kind);
}
