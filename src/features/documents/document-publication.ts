/**
 * Data access of the public policy page: publishing the approved policy in force under a slug,
 * and reading it back. The public page is the only reader without a scope, by slug.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/index.ts';
import { ConflictError } from '../../server/errors.ts';
import { recordAudit, requirePermission, type OrgScope } from '../accounts/index.ts';
import { findVersionInForce, type VersionModels, type VersionSummary } from './document-versions.ts';

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
  if (!(await findVersionInForce(scope.db, scope.organizationId, 'policy')))
    throw new ConflictError('no_approved_policy');
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
  const version = await findVersionInForce(db, publication.organization_id, 'policy');
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
  const approved = await findVersionInForce(scope.db, scope.organizationId, 'policy');
  if (!approved) return { basicPolicy: false, policyPublished: false };
  return { basicPolicy: true, policyPublished: (await readPublication(scope))?.published ?? false };
}
