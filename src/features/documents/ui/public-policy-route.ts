/** /p/{slug}/policy: the published policy, for anyone, signed out. */
import type { Locale } from '../../../i18n/index.ts';
import type { DocumentModel } from '../../../server/exports/document/index.ts';
import { findPublishedPolicy } from '../document-publication.ts';
import { isSlug } from '../slug.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../server/db/index.ts';

export interface PublicPolicyProps {
  model: DocumentModel;
  approvedAt: string;
  versionNumber: number;
}

/** The published policy of a slug, or undefined (the page answers 404). */
export async function publicPolicyRoute(
  db: Kysely<Database>,
  locale: Locale,
  slug: string | undefined,
): Promise<PublicPolicyProps | undefined> {
  if (!slug || !isSlug(slug)) return undefined;
  const published = await findPublishedPolicy(db, slug);
  if (!published?.version.approvedAt) return undefined;
  return {
    model: published.models[locale],
    approvedAt: published.version.approvedAt,
    versionNumber: published.version.number,
  };
}
