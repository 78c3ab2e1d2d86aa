/** /app/documents/{kind}/versions/{n} and /diff?from=&to=: stored versions and their comparison. */
import type { DocumentKind } from '../../../content/policy-document-schemas.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { NotFoundError } from '../../../server/errors.ts';
import { documentText, type DocumentModel } from '../../../server/exports/document/index.ts';
import { pageNotice, pageView, runPage, type PageOutcome } from '../../../server/http/outcome.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { diffLines, type DiffLine } from '../diff-lines.ts';
import { readVersion, type VersionSummary } from '../document-versions.ts';
import { withVersionMeta } from '../generate-document.ts';
import { documentTitle, requireDocumentKind, versionNumber } from './route-helpers.ts';

export interface VersionProps {
  document: DocumentKind;
  version: VersionSummary;
  model: DocumentModel;
  canApprove: boolean;
}

export function handleVersion(
  page: OrgPage,
  locale: Locale,
  kindParam: string | undefined,
  numberParam: string | undefined,
): Promise<PageOutcome<VersionProps>> {
  return runPage(locale, async () => {
    const kind = requireDocumentKind(kindParam);
    const number = versionNumber(numberParam);
    if (number === undefined) throw new NotFoundError();
    const version = await readVersion(page.scope, kind, number);
    return pageView(t(locale, 'documents.version.title', { document: documentTitle(locale, kind), number }), {
      document: kind,
      version,
      model: withVersionMeta(version.models[locale], version),
      canApprove: can(page.scope.role, 'documents.approve'),
    });
  });
}

export interface DiffProps {
  document: DocumentKind;
  from: VersionSummary;
  to: VersionSummary;
  lines: DiffLine[];
}

export function handleDiff(
  page: OrgPage,
  locale: Locale,
  request: Request,
  kindParam: string | undefined,
): Promise<PageOutcome<DiffProps>> {
  return runPage(locale, async () => {
    const kind = requireDocumentKind(kindParam);
    const params = new URL(request.url).searchParams;
    const from = versionNumber(params.get('from'));
    const to = versionNumber(params.get('to'));
    if (from === undefined || to === undefined) {
      // More precise than the table's bad request: the page says what to choose.
      return pageNotice(locale, { status: 400, title: 'documents.badRequest.title', body: 'documents.diff.chooseTwo' });
    }
    const [a, b] = await Promise.all([readVersion(page.scope, kind, from), readVersion(page.scope, kind, to)]);
    return pageView(t(locale, 'documents.diff.title', { document: documentTitle(locale, kind), from, to }), {
      document: kind,
      from: a,
      to: b,
      lines: diffLines(documentText(a.models[locale]), documentText(b.models[locale])),
    });
  });
}
