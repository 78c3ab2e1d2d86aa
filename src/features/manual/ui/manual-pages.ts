/**
 * The emergency-manual builder's pages (/app/manual…): overview with versions, one form per
 * Mission4 step, previews, approval, downloads and the wall card.
 */
import { formatDate, localizePath, t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { ConflictError, NotFoundError } from '../../../server/errors.ts';
import {
  docxResponse,
  pdfResponse,
  renderDocumentPdf,
  renderDocx,
  type DocumentModel,
} from '../../../server/exports/document/index.ts';
import { can, type OrgPage } from '../../accounts/index.ts';
import { filterContacts, listContacts } from '../../contacts/index.ts';
import { readForDownload, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import type { FieldErrors } from '../../../server/http/parse-fields.ts';
import { readForm, type FormValues } from '../../../server/http/request-body.ts';
import { requireRecordId } from '../../../server/http/route-params.ts';
import {
  isManualStepId,
  manualStepIds,
  missingSteps,
  nextStep,
  parseStep,
  stepFormValues,
  type ManualAnswers,
  type ManualStepId,
} from '../manual-answers.ts';
import type { ManualChapter } from '../../../content/manual-schemas.ts';
import { loadManualContent } from '../manual-content.ts';
import {
  buildManualDocument,
  buildWallCard,
  wallCardDocument,
  type ManualText,
  type VersionInfo,
  type WallCardData,
} from '../manual-document.ts';
import {
  approveManualVersion,
  listManualVersions,
  readDraft,
  readManualVersion,
  saveDraftStep,
  saveManualVersion,
  type ManualVersion,
} from '../manual-store.ts';

const base = '/app/manual';

function manualText(locale: Locale): ManualText {
  return { locale, t: (key, vars) => t(locale, key, vars), date: (iso) => formatDate(locale, iso) };
}

export interface ManualOverviewProps {
  locale: Locale;
  done: ManualStepId[];
  missing: ManualStepId[];
  chapters: { id: ManualStepId; title: string }[];
  versions: ManualVersion[];
  canWrite: boolean;
  error: MessageKey | null;
}

export async function handleManualOverview(
  page: OrgPage,
  locale: Locale,
  request: Request,
): Promise<PageOutcome<ManualOverviewProps>> {
  return runPage(locale, async () => {
    let error: MessageKey | null = null;
    if (request.method === 'POST') {
      const values = await readForm(request);
      if (values['intent'] !== 'save') error = 'manual.error.invalid';
      else {
        try {
          const id = await saveManualVersion(page.scope, page.session.user.name);
          return seeOther(localizePath(locale, `${base}/versions/${id}`));
        } catch (caught) {
          if (!(caught instanceof ConflictError && caught.code === 'manual_incomplete')) throw caught;
          error = 'manual.error.incomplete';
        }
      }
    }
    const [draft, versions, content] = await Promise.all([
      readDraft(page.scope),
      listManualVersions(page.scope),
      loadManualContent(),
    ]);
    const missing = missingSteps(draft);
    return {
      kind: 'view',
      status: error ? 400 : 200,
      title: t(locale, 'manual.title'),
      props: {
        locale,
        done: manualStepIds.filter((step) => !missing.includes(step)),
        missing,
        chapters: content.chapters.map((c) => ({ id: c.id, title: c.title[locale] })),
        versions,
        canWrite: can(page.scope.role, 'data.write'),
        error,
      },
    };
  });
}

export interface ManualStepProps {
  locale: Locale;
  step: ManualStepId;
  chapter: ManualChapter;
  chapters: { id: ManualStepId; title: string; done: boolean }[];
  values: FormValues;
  errors: FieldErrors;
  canWrite: boolean;
}

/** Pre-filled answers before a step was ever saved: the usual choices and the public desks. */
async function stepDefaults(step: ManualStepId, locale: Locale): Promise<FormValues> {
  switch (step) {
    case '4-1':
      return { scope: t(locale, 'manual.default.scope'), reviewMonth: '4' };
    case '4-2':
      return Object.fromEntries(
        [0, 1, 2, 3].map((level) => [`level${level}`, t(locale, `manual.default.level${level}` as MessageKey)]),
      );
    case '4-5':
      return { disconnect: t(locale, 'manual.default.disconnect') };
    case '4-6': {
      const desks = filterContacts(await listContacts(), { region: 'tokyo' }).filter(
        (contact) => contact.phone && ['police', 'report', 'consultation'].includes(contact.kind),
      );
      const values: FormValues = {};
      desks.slice(0, 8).forEach((contact, index) => {
        values[`external-${index}-name`] = contact.name[locale];
        values[`external-${index}-purpose`] = t(locale, `manual.contactKind.${contact.kind}` as MessageKey);
        values[`external-${index}-phone`] = contact.phone ?? '';
      });
      return values;
    }
    default:
      return {};
  }
}

export async function handleManualStep(
  page: OrgPage,
  locale: Locale,
  request: Request,
  stepParam: string,
): Promise<PageOutcome<ManualStepProps>> {
  return runPage(locale, async () => {
    if (!isManualStepId(stepParam)) throw new NotFoundError();
    const step = stepParam;
    const [draft, content] = await Promise.all([readDraft(page.scope), loadManualContent()]);
    let values = stepFormValues(step, draft[step], await stepDefaults(step, locale));
    let errors: FieldErrors = {};
    if (request.method === 'POST') {
      const posted = await readForm(request);
      const parsed = parseStep(step, posted);
      if (parsed.ok) {
        await saveDraftStep(page.scope, step, parsed.value);
        const next = nextStep(step);
        return seeOther(localizePath(locale, next ? `${base}/steps/${next}` : `${base}/preview`));
      }
      values = parsed.values;
      errors = parsed.errors;
    }
    const chapter = content.chapters.find((c) => c.id === step);
    if (!chapter) throw new NotFoundError();
    const missing = missingSteps(draft);
    return {
      kind: 'view',
      status: Object.keys(errors).length > 0 ? 400 : 200,
      title: `${step} ${chapter.title[locale]} | ${t(locale, 'manual.title')}`,
      props: {
        locale,
        step,
        chapter,
        chapters: content.chapters.map((c) => ({ id: c.id, title: c.title[locale], done: !missing.includes(c.id) })),
        values,
        errors,
        canWrite: can(page.scope.role, 'data.write'),
      },
    };
  });
}

export interface ManualPreviewProps {
  locale: Locale;
  model: DocumentModel;
  version: ManualVersion | null;
  missing: ManualStepId[];
  canApprove: boolean;
  canWrite: boolean;
  approved: boolean;
  flash: string | null;
}

async function manualModel(page: OrgPage, locale: Locale, answers: ManualAnswers, version: ManualVersion | null) {
  const content = await loadManualContent();
  const info: VersionInfo | null = version
    ? {
        number: version.number,
        createdAt: version.createdAt,
        createdByName: version.createdByName,
        approvedAt: version.approvedAt,
        approvedByName: version.approvedByName,
      }
    : null;
  return buildManualDocument(
    { answers, chapters: content.chapters, firmName: page.organization.name, version: info },
    manualText(locale),
  );
}

export async function handleManualPreview(page: OrgPage, locale: Locale): Promise<PageOutcome<ManualPreviewProps>> {
  return runPage(locale, async () => {
    const draft = await readDraft(page.scope);
    return {
      kind: 'view',
      status: 200,
      title: t(locale, 'manual.preview.title'),
      props: {
        locale,
        model: await manualModel(page, locale, draft, null),
        version: null,
        missing: missingSteps(draft),
        canApprove: false,
        canWrite: can(page.scope.role, 'data.write'),
        approved: false,
        flash: null,
      },
    };
  });
}

export async function handleManualVersion(
  page: OrgPage,
  locale: Locale,
  request: Request,
  id: string,
): Promise<PageOutcome<ManualPreviewProps>> {
  return runPage(locale, async () => {
    requireRecordId(id, 'manual_version_not_found');
    if (request.method === 'POST') {
      const values = await readForm(request);
      if (values['intent'] === 'approve') {
        await approveManualVersion(page.scope, id, page.session.user.name);
        return seeOther(`${localizePath(locale, `${base}/versions/${id}`)}?approved=1`);
      }
    }
    const version = await readManualVersion(page.scope, id);
    return {
      kind: 'view',
      status: request.method === 'POST' ? 400 : 200,
      title: t(locale, 'manual.version.title', { number: version.number }),
      props: {
        locale,
        model: await manualModel(page, locale, version.answers, version),
        version,
        missing: [],
        canApprove: can(page.scope.role, 'documents.approve') && version.approvedAt === null,
        canWrite: can(page.scope.role, 'data.write'),
        approved: version.approvedAt !== null,
        flash: new URL(request.url).searchParams.get('approved') === '1' ? 'approved' : null,
      },
    };
  });
}

export interface WallCardProps {
  locale: Locale;
  card: WallCardData;
  version: ManualVersion;
}

async function wallCard(page: OrgPage, locale: Locale, version: ManualVersion): Promise<WallCardData> {
  const content = await loadManualContent();
  return buildWallCard(
    { answers: version.answers, card: content.card, firmName: page.organization.name },
    manualText(locale),
  );
}

export async function handleWallCard(page: OrgPage, locale: Locale, id: string): Promise<PageOutcome<WallCardProps>> {
  return runPage(locale, async () => {
    const version = await readManualVersion(page.scope, requireRecordId(id, 'manual_version_not_found'));
    const card = await wallCard(page, locale, version);
    return { kind: 'view', status: 200, title: card.title, props: { locale, card, version } };
  });
}

/** Downloads of a saved version: the manual as .docx or PDF, the wall card as PDF. */
export async function manualDownloadResponse(
  page: OrgPage,
  locale: Locale,
  id: string,
  kind: 'manual.docx' | 'manual.pdf' | 'card.pdf',
): Promise<Response> {
  const version = await readForDownload(() =>
    readManualVersion(page.scope, requireRecordId(id, 'manual_version_not_found')),
  );
  if (version instanceof Response) return version;
  const name = `emergency-manual-v${version.number}`;
  if (kind === 'card.pdf') {
    const model = wallCardDocument(await wallCard(page, locale, version), manualText(locale));
    return pdfResponse(await renderDocumentPdf(model), `${name}-wall-card.pdf`);
  }
  const model = await manualModel(page, locale, version.answers, version);
  return kind === 'manual.docx'
    ? docxResponse(await renderDocx(model), `${name}.docx`)
    : pdfResponse(await renderDocumentPdf(model), `${name}.pdf`);
}
