/**
 * Request handling of the signed-in document pages: reads the form, calls the store, and returns
 * either a Response (redirect, download, error) or the props of the page to render. Pages under
 * src/pages/ stay thin and call these after openOrgPage().
 */
import {
  documentKinds,
  type DocumentKind,
  type PolicyDocumentContent,
} from '../../../content/policy-document-schemas.ts';
import { localizePath, t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { getEnv } from '../../../server/env.ts';
import { AppError } from '../../../server/errors.ts';
import {
  documentText,
  docxResponse,
  pdfResponse,
  renderDocumentPdf,
  renderDocx,
  type DocumentModel,
} from '../../../server/exports/document/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { answersToValues, defaultAnswers, parseAnswersForm, type DocumentAnswers } from '../answers.ts';
import { diffLines, type DiffLine } from '../diff-lines.ts';
import { guideLinkResolver, loadDocumentContents } from '../document-content.ts';
import {
  acknowledgeHandbook,
  approveVersion,
  createVersion,
  findPublishedPolicy,
  listAcknowledgements,
  listVersions,
  myAcknowledgement,
  publishPolicy,
  readAnswers,
  readPublication,
  readVersion,
  saveAnswers,
  unpublishPolicy,
  versionInForce,
  type AcknowledgementRow,
  type Publication,
  type VersionSummary,
} from '../documents-store.ts';
import { generateDocument, withVersionMeta } from '../generate-document.ts';
import { isSlug, randomSlug, slugSchema } from '../slug.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../server/db/index.ts';

export type Failure = { kind: 'failure'; status: number; title: MessageKey; body: MessageKey };

const failure = (status: number, title: MessageKey, body: MessageKey): Failure => ({
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
function failureOf(error: unknown): Failure {
  if (!(error instanceof AppError)) throw error;
  if (error.status === 403) return failure(403, 'app.forbidden.title', 'app.forbidden.body');
  if (error.status === 404) return failure(404, 'error.404.title', 'error.404.body');
  return failure(409, 'error.conflictTitle', conflictMessages[error.code] ?? 'error.conflict.general');
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

export function isDocumentKind(value: string | undefined): value is DocumentKind {
  return (documentKinds as readonly string[]).includes(value ?? '');
}

export function documentPath(locale: Locale, kind?: DocumentKind, rest = ''): string {
  return localizePath(locale, kind ? `/app/documents/${kind}${rest}` : '/app/documents');
}

/** Origin for links printed into documents: the configured public URL, else the request's. */
function publicOrigin(url: URL): string {
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

// ---------------------------------------------------------------------------------------------
// /app/documents: questionnaire and overview

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

// ---------------------------------------------------------------------------------------------
// /app/documents/{kind}: draft preview, versions, approval, publication, acknowledgement

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

// ---------------------------------------------------------------------------------------------
// /app/documents/{kind}/versions/{n} and /diff

export interface VersionProps {
  kind: 'version';
  document: DocumentKind;
  version: VersionSummary;
  model: DocumentModel;
  canApprove: boolean;
}

const versionNumber = (value: string | null | undefined) =>
  value && /^[1-9]\d{0,6}$/.test(value) ? Number(value) : undefined;

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

// ---------------------------------------------------------------------------------------------
// /app/documents/{kind}/{draft|vN}.{docx|pdf}

/** File name of a download: gokui-policy-v3-ja.docx, gokui-rules-draft-en.pdf. */
export function downloadName(kind: DocumentKind, which: string, locale: Locale, extension: string): string {
  return `gokui-${kind}-${which}-${locale}.${extension}`;
}

export async function downloadRoute(
  page: OrgPage,
  locale: Locale,
  kindParam: string | undefined,
  file: string | undefined,
): Promise<Response | Failure> {
  const match = /^(draft|v([1-9]\d{0,6}))\.(docx|pdf)$/.exec(file ?? '');
  if (!isDocumentKind(kindParam) || !match) return failure(404, 'error.404.title', 'error.404.body');
  const kind = kindParam;
  const format = match[3] as 'docx' | 'pdf';
  try {
    let model: DocumentModel;
    if (match[1] === 'draft') {
      const answers = await readAnswers(page.scope);
      if (!answers) return seeOther(documentPath(locale));
      model = await buildModel(kind, answers, locale, publicOrigin(page.ctx.url));
    } else {
      const version = await readVersion(page.scope, kind, Number(match[2]));
      model = withVersionMeta(version.models[locale], version);
    }
    const name = downloadName(kind, match[1] as string, locale, format);
    return format === 'docx'
      ? docxResponse(await renderDocx(model), name)
      : pdfResponse(await renderDocumentPdf(model), name);
  } catch (error) {
    return failureOf(error);
  }
}

/** Title of a document in the UI language. */
export function documentTitle(locale: Locale, kind: DocumentKind): string {
  return t(locale, `documents.kind.${kind}` as MessageKey);
}

// ---------------------------------------------------------------------------------------------
// /p/{slug}/policy: the published policy, signed out

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
