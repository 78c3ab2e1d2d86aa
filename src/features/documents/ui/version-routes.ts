/** /app/documents/{kind}/versions/{n} and /diff?from=&to=: stored versions and their comparison. */
import type { DocumentKind } from '../../../content/policy-document-schemas.ts';
import type { Locale } from '../../../i18n/index.ts';
import { documentText, type DocumentModel } from '../../../server/exports/document/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { diffLines, type DiffLine } from '../diff-lines.ts';
import { readVersion, type VersionSummary } from '../document-versions.ts';
import { withVersionMeta } from '../generate-document.ts';
import { failure, failureOf, isDocumentKind, versionNumber, type Failure } from './route-helpers.ts';

export interface VersionProps {
  kind: 'version';
  document: DocumentKind;
  version: VersionSummary;
  model: DocumentModel;
  canApprove: boolean;
}

export async function versionRoute(
  page: OrgPage,
  locale: Locale,
  kindParam: string | undefined,
  numberParam: string | undefined,
): Promise<VersionProps | Failure> {
  const number = versionNumber(numberParam);
  if (!isDocumentKind(kindParam) || number === undefined) return failure(404, 'error.404.title', 'error.404.body');
  try {
    const version = await readVersion(page.scope, kindParam, number);
    return {
      kind: 'version',
      document: kindParam,
      version,
      model: withVersionMeta(version.models[locale], version),
      canApprove: can(page.scope.role, 'documents.approve'),
    };
  } catch (error) {
    return failureOf(error);
  }
}

export interface DiffProps {
  kind: 'diff';
  document: DocumentKind;
  from: VersionSummary;
  to: VersionSummary;
  lines: DiffLine[];
}

export async function diffRoute(
  page: OrgPage,
  locale: Locale,
  kindParam: string | undefined,
): Promise<DiffProps | Failure> {
  const params = page.ctx.url.searchParams;
  const from = versionNumber(params.get('from'));
  const to = versionNumber(params.get('to'));
  if (!isDocumentKind(kindParam)) return failure(404, 'error.404.title', 'error.404.body');
  if (from === undefined || to === undefined) {
    return failure(400, 'documents.badRequest.title', 'documents.diff.chooseTwo');
  }
  try {
    const [a, b] = await Promise.all([
      readVersion(page.scope, kindParam, from),
      readVersion(page.scope, kindParam, to),
    ]);
    return {
      kind: 'diff',
      document: kindParam,
      from: a,
      to: b,
      lines: diffLines(documentText(a.models[locale]), documentText(b.models[locale])),
    };
  } catch (error) {
    return failureOf(error);
  }
}
