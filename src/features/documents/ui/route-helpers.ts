/**
 * Shared pieces of the document pages' request handling: failures as translated pages, redirects,
 * form reading, paths, and building a model from the saved answers.
 */
import {
  documentKinds,
  type DocumentKind,
  type PolicyDocumentContent,
} from '../../../content/policy-document-schemas.ts';
import { localizePath, t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { getEnv } from '../../../server/env.ts';
import { AppError } from '../../../server/errors.ts';
import type { DocumentModel } from '../../../server/exports/document/index.ts';
import type { DocumentAnswers } from '../answers.ts';
import { guideLinkResolver, loadDocumentContents } from '../document-content.ts';
import { generateDocument } from '../generate-document.ts';

export type Failure = { kind: 'failure'; status: number; title: MessageKey; body: MessageKey };

export const failure = (status: number, title: MessageKey, body: MessageKey): Failure => ({
  kind: 'failure',
  status,
  title,
  body,
});

const conflictMessages: Record<string, MessageKey> = {
  already_approved: 'documents.conflict.alreadyApproved',
  no_approved_policy: 'documents.conflict.noApprovedPolicy',
  not_in_force: 'documents.conflict.notInForce',
  slug_taken: 'documents.error.slugTaken',
};

/** Turns a domain error into the page to show; anything else is a real error and propagates. */
export function failureOf(error: unknown): Failure {
  if (!(error instanceof AppError)) throw error;
  if (error.status === 403) return failure(403, 'app.forbidden.title', 'app.forbidden.body');
  if (error.status === 404) return failure(404, 'error.404.title', 'error.404.body');
  return failure(409, 'error.conflictTitle', conflictMessages[error.code] ?? 'error.conflict.general');
}

export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

export const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

export function isDocumentKind(value: string | undefined): value is DocumentKind {
  return (documentKinds as readonly string[]).includes(value ?? '');
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
