/** /app/documents: the questionnaire (GET shows it, POST saves valid answers) and the overview. */
import { documentKinds, type DocumentKind } from '../../../content/policy-document-schemas.ts';
import { t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { AccessDeniedError } from '../../../server/errors.ts';
import { pageView, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import { readFormLists } from '../../../server/http/request-body.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { answersToValues, defaultAnswers, parseAnswersForm } from '../answers.ts';
import { readAnswers, saveAnswers } from '../answers-store.ts';
import { listVersions, type VersionSummary } from '../document-versions.ts';
import { today, documentPath } from './route-helpers.ts';

export interface DocumentOverview {
  kind: DocumentKind;
  latest: VersionSummary | undefined;
  inForce: VersionSummary | undefined;
}

export interface DocumentsProps {
  saved: boolean;
  values: Record<string, string>;
  errors: Record<string, MessageKey>;
  canWrite: boolean;
  overview: DocumentOverview[];
}

export function handleDocuments(page: OrgPage, locale: Locale, request: Request): Promise<PageOutcome<DocumentsProps>> {
  return runPage(locale, async () => {
    const { scope } = page;
    const saved = await readAnswers(scope);
    const canWrite = can(scope.role, 'data.write');
    let status = 200;
    let values = answersToValues(saved ?? defaultAnswers(page.organization.name, today()));
    let errors: Record<string, MessageKey> = {};
    if (request.method === 'POST') {
      if (!canWrite) throw new AccessDeniedError();
      const parsed = parseAnswersForm(await readFormLists(request));
      if (parsed.ok) {
        await saveAnswers(scope, parsed.answers);
        return seeOther(`${documentPath(locale)}?saved=1`);
      }
      status = 400;
      values = parsed.values;
      errors = parsed.errors;
    }
    const overview = await Promise.all(
      documentKinds.map(async (kind) => {
        const versions = await listVersions(scope, kind);
        return { kind, latest: versions[0], inForce: versions.find((version) => version.approvedAt) };
      }),
    );
    return pageView(
      t(locale, 'documents.title'),
      { saved: saved !== undefined, values, errors, canWrite, overview },
      status,
    );
  });
}
