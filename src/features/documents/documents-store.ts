/**
 * Data access of the document generator. Every function takes the caller's OrgScope (the
 * organisation comes from the membership, never from the request) and checks the permission
 * its change needs; the public policy page is the only reader without a scope, by slug.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DocumentKind } from '../../content/policy-document-schemas.ts';
import type { Database } from '../../server/db/index.ts';
import { ConflictError, NotFoundError } from '../../server/errors.ts';
import type { DocumentLocale, DocumentModel } from '../../server/exports/document/index.ts';

/** A version holds the document in both languages, generated from the same answers. */
export type VersionModels = Record<DocumentLocale, DocumentModel>;
import { listMembers, recordAudit, requirePermission, type OrgScope } from '../accounts/index.ts';
import { readStoredAnswers, type DocumentAnswers } from './answers.ts';

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

/** The newest approved version of a document: the one in force. */
async function inForce(
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
  return inForce(scope.db, scope.organizationId, kind);
}

export interface Publication {
  slug: string;
  published: boolean;
  publishedAt: string | null;
}

export async function readPublication(scope: OrgScope): Promise<Publication | undefined> {
  requirePermission(scope, 'data.read');
  const row = await scope.db
    .selectFrom('document_publications')
    .select(['slug', 'published', 'published_at'])
    .where('organization_id', '=', scope.organizationId)
    .executeTakeFirst();
  return row ? { slug: row.slug, published: Number(row.published) === 1, publishedAt: row.published_at } : undefined;
}

/**
 * Publishes the policy in force under the slug. Fails with `no_approved_policy` when no version
 * is approved and `slug_taken` when another organisation uses the slug.
 */
export async function publishPolicy(
  scope: OrgScope,
  input: { slug: string; userEmail: string; ip: string | null },
): Promise<void> {
  requirePermission(scope, 'documents.publish');
  if (!(await inForce(scope.db, scope.organizationId, 'policy'))) throw new ConflictError('no_approved_policy');
  const now = new Date().toISOString();
  try {
    await scope.db.transaction().execute(async (trx) => {
      const other = await trx
        .selectFrom('document_publications')
        .select('organization_id')
        .where('slug', '=', input.slug)
        .where('organization_id', '!=', scope.organizationId)
        .executeTakeFirst();
      if (other) throw new ConflictError('slug_taken');
      const values = { slug: input.slug, published: 1, published_by: scope.userId, published_at: now, updated_at: now };
      const updated = await trx
        .updateTable('document_publications')
        .set(values)
        .where('organization_id', '=', scope.organizationId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) {
        await trx
          .insertInto('document_publications')
          .values({ id: randomUUID(), organization_id: scope.organizationId, ...values })
          .execute();
      }
    });
  } catch (error) {
    if (error instanceof ConflictError) throw error;
    // The unique index caught a slug taken at the same moment.
    throw new ConflictError('slug_taken');
  }
  await recordAudit(scope.db, {
    organizationId: scope.organizationId,
    actorUserId: scope.userId,
    actorEmail: input.userEmail,
    event: 'document.published',
    detail: { slug: input.slug },
    ip: input.ip,
  });
}

export async function unpublishPolicy(scope: OrgScope, input: { userEmail: string; ip: string | null }): Promise<void> {
  requirePermission(scope, 'documents.publish');
  await scope.db
    .updateTable('document_publications')
    .set({ published: 0, updated_at: new Date().toISOString() })
    .where('organization_id', '=', scope.organizationId)
    .execute();
  await recordAudit(scope.db, {
    organizationId: scope.organizationId,
    actorUserId: scope.userId,
    actorEmail: input.userEmail,
    event: 'document.unpublished',
    detail: {},
    ip: input.ip,
  });
}

export interface PublishedPolicy {
  models: VersionModels;
  version: VersionSummary;
}

/** The public policy of a slug: the approved version in force, or undefined (404) when unpublished. */
export async function findPublishedPolicy(db: Kysely<Database>, slug: string): Promise<PublishedPolicy | undefined> {
  const publication = await db
    .selectFrom('document_publications')
    .select('organization_id')
    .where('slug', '=', slug)
    .where('published', '=', 1)
    .executeTakeFirst();
  if (!publication) return undefined;
  const version = await inForce(db, publication.organization_id, 'policy');
  if (!version) return undefined;
  const row = await db
    .selectFrom('document_versions')
    .select('model')
    .where('id', '=', version.id)
    .where('organization_id', '=', publication.organization_id)
    .executeTakeFirstOrThrow();
  return { models: JSON.parse(row.model) as VersionModels, version };
}

/** What SECURITY ACTION ★★ needs to know: an approved policy exists, and it is published. */
export async function readPolicyStatus(scope: OrgScope): Promise<{ basicPolicy: boolean; policyPublished: boolean }> {
  requirePermission(scope, 'data.read');
  const approved = await inForce(scope.db, scope.organizationId, 'policy');
  if (!approved) return { basicPolicy: false, policyPublished: false };
  const publication = await scope.db
    .selectFrom('document_publications')
    .select('published')
    .where('organization_id', '=', scope.organizationId)
    .executeTakeFirst();
  return { basicPolicy: true, policyPublished: Number(publication?.published ?? 0) === 1 };
}

/** Confirms that the signed-in member has read the handbook version in force. */
export async function acknowledgeHandbook(scope: OrgScope, versionNumber: number): Promise<void> {
  requirePermission(scope, 'org.view');
  const current = await inForce(scope.db, scope.organizationId, 'handbook');
  // Only the version in force can be confirmed: an old page must not confirm a newer text.
  if (!current || current.number !== versionNumber) throw new ConflictError('not_in_force');
  const existing = await scope.db
    .selectFrom('document_acknowledgements')
    .select('id')
    .where('version_id', '=', current.id)
    .where('user_id', '=', scope.userId)
    .executeTakeFirst();
  if (existing) return;
  await scope.db
    .insertInto('document_acknowledgements')
    .values({
      id: randomUUID(),
      organization_id: scope.organizationId,
      version_id: current.id,
      user_id: scope.userId,
      acknowledged_at: new Date().toISOString(),
    })
    .execute();
}

/** When the signed-in member confirmed the handbook version in force, or null. */
export async function myAcknowledgement(scope: OrgScope): Promise<string | null> {
  requirePermission(scope, 'org.view');
  const current = await inForce(scope.db, scope.organizationId, 'handbook');
  if (!current) return null;
  const row = await scope.db
    .selectFrom('document_acknowledgements')
    .select('acknowledged_at')
    .where('organization_id', '=', scope.organizationId)
    .where('version_id', '=', current.id)
    .where('user_id', '=', scope.userId)
    .executeTakeFirst();
  return row?.acknowledged_at ?? null;
}

export interface AcknowledgementRow {
  userId: string;
  name: string;
  email: string;
  role: string;
  acknowledgedAt: string | null;
}

/** Every member with the date they confirmed the handbook in force (null: not yet). */
export async function listAcknowledgements(scope: OrgScope): Promise<AcknowledgementRow[]> {
  const members = await listMembers(scope);
  const current = await inForce(scope.db, scope.organizationId, 'handbook');
  const rows = current
    ? await scope.db
        .selectFrom('document_acknowledgements')
        .select(['user_id', 'acknowledged_at'])
        .where('organization_id', '=', scope.organizationId)
        .where('version_id', '=', current.id)
        .execute()
    : [];
  const byUser = new Map(rows.map((row) => [row.user_id, row.acknowledged_at]));
  return members.map((member) => ({
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    acknowledgedAt: byUser.get(member.userId) ?? null,
  }));
}
