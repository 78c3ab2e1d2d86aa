/**
 * /app/documents/{kind}: the draft, versions, approval, publication (policy) and acknowledgement
 * (handbook). POSTs carry an `intent`; success redirects (303), bad input re-renders with 400.
 */
import { z } from 'zod';
import type { DocumentKind } from '../../../content/policy-document-schemas.ts';
import { localizePath, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { AccessDeniedError, AppError } from '../../../server/errors.ts';
import type { DocumentModel } from '../../../server/exports/document/index.ts';
import { pageView, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import { messagesFrom, parseFields, requireFields } from '../../../server/http/parse-fields.ts';
import { readForm } from '../../../server/http/request-body.ts';
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
  documentPath,
  documentTitle,
  publicOrigin,
  buildModel,
  requireDocumentKind,
  versionNumber,
} from './route-helpers.ts';

/** A version number as the approve and acknowledge buttons send it. */
const version = z
  .string()
  .refine((value) => versionNumber(value) !== undefined)
  .transform(Number);

/** The forms of a document page, one per button; the slug is the only field a user types. */
const documentForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('create-version') }),
  z.object({ intent: z.literal('approve'), version }),
  z.object({ intent: z.literal('acknowledge'), version }),
  z.object({ intent: z.literal('publish'), slug: slugSchema }),
  z.object({ intent: z.literal('unpublish') }),
]);

const documentMessages = messagesFrom({ slug: { default: 'documents.error.slug' } });

export interface DocumentProps {
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

export function handleDocument(
  page: OrgPage,
  locale: Locale,
  request: Request,
  kindParam: string | undefined,
): Promise<PageOutcome<DocumentProps>> {
  return runPage(locale, async () => {
    const kind = requireDocumentKind(kindParam);
    const { scope, ctx, session } = page;
    const here = documentPath(locale, kind);
    let status = 200;
    let errors: Record<string, MessageKey> = {};
    let slugValue: string | undefined;
    if (request.method === 'POST') {
      const parsed = parseFields(documentForm, await readForm(request), documentMessages);
      const audit = { userName: session.user.name, userEmail: session.user.email, ip: ctx.ip };
      const slugOnly = !parsed.ok && Object.keys(parsed.errors).join() === 'slug';
      if (slugOnly && parsed.values['intent'] === 'publish' && kind === 'policy') {
        // The slug is the one field a user types: its problem is shown beside it.
        status = 400;
        errors = { slug: parsed.errors['slug'] ?? 'documents.error.slug' };
        slugValue = parsed.values['slug'] ?? '';
      } else {
        // Every other field is hidden or a button: a bad one is a bad request.
        const form = requireFields(parsed);
        if (form.intent === 'create-version') {
          const answers = await readAnswers(scope);
          if (!answers) return seeOther(documentPath(locale));
          if (!can(scope.role, 'data.write')) throw new AccessDeniedError();
          const origin = publicOrigin(ctx.url);
          const models = {
            ja: await buildModel(kind, answers, 'ja', origin),
            en: await buildModel(kind, answers, 'en', origin),
          };
          const created = await createVersion(scope, { kind, models, answers, userName: session.user.name });
          return seeOther(`${here}?created=${created}`);
        }
        if (form.intent === 'approve') {
          await approveVersion(scope, { kind, number: form.version, ...audit });
          return seeOther(`${here}?approved=${form.version}`);
        }
        if (form.intent === 'acknowledge' && kind === 'handbook') {
          await acknowledgeHandbook(scope, form.version);
          return seeOther(`${here}?acknowledged=1`);
        }
        if (form.intent === 'unpublish' && kind === 'policy') {
          await unpublishPolicy(scope, { userEmail: audit.userEmail, ip: audit.ip });
          return seeOther(`${here}?unpublished=1`);
        }
        // Acknowledging is for the handbook, publishing for the policy.
        if (form.intent !== 'publish' || kind !== 'policy') throw new AppError('bad_request');
        try {
          await publishPolicy(scope, { slug: form.slug, userEmail: audit.userEmail, ip: audit.ip });
          return seeOther(`${here}?published=1`);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'slug_taken') throw error;
          status = 400;
          errors = { slug: 'documents.error.slugTaken' };
          slugValue = form.slug;
        }
      }
    }
    const answers = await readAnswers(scope);
    const draft = answers ? await buildModel(kind, answers, locale, publicOrigin(ctx.url)) : undefined;
    const versions = await listVersions(scope, kind);
    const publication = kind === 'policy' ? await readPublication(scope) : undefined;
    return pageView(
      documentTitle(locale, kind),
      {
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
      },
      status,
    );
  });
}
