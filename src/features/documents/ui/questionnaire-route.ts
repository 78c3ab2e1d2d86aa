/** /app/documents: the questionnaire (GET shows it, POST saves valid answers) and the overview. */
import { documentKinds, type DocumentKind } from '../../../content/policy-document-schemas.ts';
import type { Locale, MessageKey } from '../../../i18n/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { answersToValues, defaultAnswers, parseAnswersForm } from '../answers.ts';
import { readAnswers, saveAnswers } from '../answers-store.ts';
import { listVersions, type VersionSummary } from '../document-versions.ts';
import { failure, failureOf, seeOther, readForm, today, documentPath, type Failure } from './route-helpers.ts';

export interface DocumentOverview {
  kind: DocumentKind;
  latest: VersionSummary | undefined;
  inForce: VersionSummary | undefined;
}

export interface DocumentsProps {
  kind: 'documents';
  status: number;
  saved: boolean;
  values: Record<string, string>;
  errors: Record<string, MessageKey>;
  canWrite: boolean;
  overview: DocumentOverview[];
}

export async function documentsRoute(page: OrgPage, locale: Locale): Promise<DocumentsProps | Failure | Response> {
  const { scope, ctx } = page;
  try {
    const saved = await readAnswers(scope);
    const canWrite = can(scope.role, 'data.write');
    let status = 200;
    let values = answersToValues(saved ?? defaultAnswers(page.organization.name, today()));
    let errors: Record<string, MessageKey> = {};
    if (ctx.request.method === 'POST') {
      if (!canWrite) return failure(403, 'app.forbidden.title', 'app.forbidden.body');
      const parsed = parseAnswersForm(await readForm(ctx.request));
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
    return { kind: 'documents', status, saved: saved !== undefined, values, errors, canWrite, overview };
  } catch (error) {
    return failureOf(error);
  }
}
