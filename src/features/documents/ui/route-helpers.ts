/**
 * Shared pieces of the document pages' request handling: route parameters, paths, and building
 * a model from the saved answers. Errors, redirects and forms are the request pipeline's
 * (src/server/http).
 */
import {
  documentKinds,
  type DocumentKind,
  type PolicyDocumentContent,
} from '../../../content/policy-document-schemas.ts';
import { localizePath, t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { getEnv } from '../../../server/env.ts';
import { NotFoundError } from '../../../server/errors.ts';
import type { DocumentModel } from '../../../server/exports/document/index.ts';
import type { DocumentAnswers } from '../answers.ts';
import { guideLinkResolver, loadDocumentContents } from '../document-content.ts';
import { generateDocument } from '../generate-document.ts';

export const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

export function isDocumentKind(value: string | undefined): value is DocumentKind {
  return (documentKinds as readonly string[]).includes(value ?? '');
}

/** The document of a route parameter; any other value is a page that does not exist. */
export function requireDocumentKind(value: string | undefined): DocumentKind {
  if (!isDocumentKind(value)) throw new NotFoundError();
  return value;
}

export function documentPath(locale: Locale, kind?: DocumentKind, rest = ''): string {
  return localizePath(locale, kind ? `/app/documents/${kind}${rest}` : '/app/documents');
}

/** Origin for links printed into documents: the configured public URL, else the request's. */
export function publicOrigin(url: URL): string {
  return getEnv().PUBLIC_URL ?? url.origin;
}

export async function buildModel(
  kind: DocumentKind,
  answers: DocumentAnswers,
  locale: Locale,
  origin: string,
): Promise<DocumentModel> {
  const contents = await loadDocumentContents();
  const content = contents.get(kind) as PolicyDocumentContent;
  return generateDocument({ content, answers, locale, guideLink: await guideLinkResolver(origin, locale) });
}

/** Title of a document in the UI language. */
export function documentTitle(locale: Locale, kind: DocumentKind): string {
  return t(locale, `documents.kind.${kind}` as MessageKey);
}

/** A version number from a URL: 1–9999999, digits only. */
export const versionNumber = (value: string | null | undefined) =>
  value && /^[1-9]\d{0,6}$/.test(value) ? Number(value) : undefined;
