/**
 * /app/documents/{kind}: the draft, versions, approval, publication (policy) and acknowledgement
 * (handbook). POSTs carry an `intent`; success redirects (303), bad input re-renders with 400.
 */
import type { DocumentKind } from '../../../content/policy-document-schemas.ts';
import { localizePath, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { AppError } from '../../../server/errors.ts';
import type { DocumentModel } from '../../../server/exports/document/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import {
  acknowledgeHandbook,
  listAcknowledgements,
  myAcknowledgement,
  type AcknowledgementRow,
} from '../document-acknowledgements.ts';
import { publishPolicy, readPublication, unpublishPolicy, type Publication } from '../document-publication.ts';
import {
  approveVersion,
  createVersion,
  listVersions,
  versionInForce,
  type VersionSummary,
} from '../document-versions.ts';
import { readAnswers } from '../answers-store.ts';
import { randomSlug, slugSchema } from '../slug.ts';
import {
  failure,
  failureOf,
  seeOther,
  readForm,
  isDocumentKind,
  documentPath,
  publicOrigin,
  buildModel,
  type Failure,
} from './route-helpers.ts';

export interface DocumentProps {
  kind: 'document';
  status: number;
  document: DocumentKind;
  draft: DocumentModel | undefined;
  versions: VersionSummary[];
  inForce: VersionSummary | undefined;
  canWrite: boolean;
  canApprove: boolean;
  canPublish: boolean;
  isAdvisor: boolean;
  publication: Publication | undefined;
  suggestedSlug: string;
  slugValue: string;
  errors: Record<string, MessageKey>;
  myAcknowledgedAt: string | null;
  acknowledgements: AcknowledgementRow[] | undefined;
  publicUrl: string | undefined;
}

export async function documentRoute(
  page: OrgPage,
  locale: Locale,
  kindParam: string | undefined,
): Promise<DocumentProps | Failure | Response> {
  if (!isDocumentKind(kindParam)) return failure(404, 'error.404.title', 'error.404.body');
  const kind = kindParam;
  const { scope, ctx, session } = page;
  const here = documentPath(locale, kind);
  let status = 200;
  let errors: Record<string, MessageKey> = {};
  let slugValue: string | undefined;
  try {
    if (ctx.request.method === 'POST') {
      const form = await readForm(ctx.request);
      const intent = form.get('intent');
      const number = Number(form.get('version'));
      const audit = { userName: session.user.name, userEmail: session.user.email, ip: ctx.ip };
      if (intent === 'create-version') {
        const answers = await readAnswers(scope);
        if (!answers) return seeOther(documentPath(locale));
        if (!can(scope.role, 'data.write')) return failure(403, 'app.forbidden.title', 'app.forbidden.body');
        const origin = publicOrigin(ctx.url);
        const models = {
          ja: await buildModel(kind, answers, 'ja', origin),
          en: await buildModel(kind, answers, 'en', origin),
        };
        const created = await createVersion(scope, { kind, models, answers, userName: session.user.name });
        return seeOther(`${here}?created=${created}`);
      }
      if (intent === 'approve' && Number.isInteger(number) && number > 0) {
        await approveVersion(scope, { kind, number, ...audit });
        return seeOther(`${here}?approved=${number}`);
      }
      if (intent === 'acknowledge' && kind === 'handbook' && Number.isInteger(number) && number > 0) {
        await acknowledgeHandbook(scope, number);
        return seeOther(`${here}?acknowledged=1`);
      }
      if (intent === 'publish' && kind === 'policy') {
        const slug = slugSchema.safeParse(form.get('slug') ?? '');
        if (!slug.success) {
          status = 400;
          errors = { slug: 'documents.error.slug' };
          slugValue = String(form.get('slug') ?? '');
        } else {
          try {
            await publishPolicy(scope, { slug: slug.data, userEmail: audit.userEmail, ip: audit.ip });
            return seeOther(`${here}?published=1`);
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'slug_taken') throw error;
            status = 400;
            errors = { slug: 'documents.error.slugTaken' };
            slugValue = slug.data;
          }
        }
      } else if (intent === 'unpublish' && kind === 'policy') {
        await unpublishPolicy(scope, { userEmail: audit.userEmail, ip: audit.ip });
        return seeOther(`${here}?unpublished=1`);
      } else if (status === 200) {
        return failure(400, 'documents.badRequest.title', 'documents.badRequest.body');
      }
    }
    const answers = await readAnswers(scope);
    const draft = answers ? await buildModel(kind, answers, locale, publicOrigin(ctx.url)) : undefined;
    const versions = await listVersions(scope, kind);
    const publication = kind === 'policy' ? await readPublication(scope) : undefined;
    return {
      kind: 'document',
      status,
      document: kind,
      draft,
      versions,
      inForce: await versionInForce(scope, kind),
      canWrite: can(scope.role, 'data.write'),
      canApprove: can(scope.role, 'documents.approve'),
      canPublish: can(scope.role, 'documents.publish'),
      isAdvisor: scope.role === 'advisor',
      publication,
      suggestedSlug: publication?.slug ?? randomSlug(),
      slugValue: slugValue ?? publication?.slug ?? '',
      errors,
      myAcknowledgedAt: kind === 'handbook' ? await myAcknowledgement(scope) : null,
      acknowledgements:
        kind === 'handbook' && can(scope.role, 'members.view') ? await listAcknowledgements(scope) : undefined,
      publicUrl:
        publication?.published === true
          ? new URL(localizePath(locale, `/p/${publication.slug}/policy`), publicOrigin(ctx.url)).href
          : undefined,
    };
  } catch (error) {
    return failureOf(error);
  }
}
