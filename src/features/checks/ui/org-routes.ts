/**
 * The signed-in check pages (/app/checks/…): each handler takes the page opened by openOrgPage
 * (session, organisation scope), the locale and the request, and answers a redirect, the model
 * its view renders, or a notice. Domain errors become the notice of their code (runPage).
 */
import { z } from 'zod';
import { can, recordAudit, type AuditEvent, type OrgPage } from '../../accounts/index.ts';
import { readPolicyStatus } from '../../documents/index.ts';
import { localizePath, t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { AccessDeniedError, AppError } from '../../../server/errors.ts';
import { pageView, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import { parseFields, requireFields } from '../../../server/http/parse-fields.ts';
import { readForm } from '../../../server/http/request-body.ts';
import { requireRecordId } from '../../../server/http/route-params.ts';
import { compareResults, type Comparison } from '../history/compare-results.ts';
import {
  deleteCheckResult,
  listCheckResults,
  readCheckResult,
  saveCheckResult,
  type SavedResult,
} from '../history/results-store.ts';
import { formatSavedAt } from '../history/format-saved-at.ts';
import { formatPeerPayload } from '../peer/peer-payload.ts';
import { lookupPeerStats } from '../peer/peer-lookup.ts';
import { previewPeerPayload, shareWithPeers, withdrawFromPeers } from '../peer/peer-store.ts';
import type { PeerSummary } from '../peer/peer-stats.ts';
import type { QuestionSet } from '../question-set.ts';
import { getQuestionSet, loadGuideIndex, sectionLinks } from '../question-sets.ts';
import { buildResultView, parseResultQuery, resultQuery, type ResultView } from '../result-view.ts';
import { scoreAnswers, validateAnswers } from '../scoring.ts';

export const FIVE_MINUTE = 'five-minute-check';

const appPath = (locale: Locale, path: string) => localizePath(locale, `/app/checks${path}`);

/** A saved result's id from the path; anything else is a result that does not exist. */
const resultId = (id: string) => requireRecordId(id, 'result_not_found');

/** The save form is a lone button: it posts no fields. */
const saveForm = z.object({});

/** …/benchmark: share the payload that was shown (with the consent box), or withdraw. */
const benchmarkForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('share'), consent: z.string().optional(), payload: z.string().default('') }),
  z.object({ intent: z.literal('withdraw') }),
]);

/** …/delete: the typed confirmation word. */
const deleteForm = z.object({ confirmation: z.string().default('') });

async function fiveMinuteSet(): Promise<QuestionSet> {
  const set = await getQuestionSet(FIVE_MINUTE);
  if (!set) throw new Error(`question set "${FIVE_MINUTE}" is missing`);
  return set;
}

function audit(page: OrgPage, event: AuditEvent, detail: Record<string, string>): Promise<void> {
  return recordAudit(page.ctx.db, {
    organizationId: page.scope.organizationId,
    actorUserId: page.session.user.id,
    actorEmail: page.session.user.email,
    event,
    detail,
    ip: page.ctx.ip,
  });
}

// ── save ────────────────────────────────────────────────────────────────────────────────

export type SaveModel =
  | { kind: 'invalid'; message: MessageKey }
  | { kind: 'confirm'; set: QuestionSet; total: number; band: string; canSave: boolean };

/**
 * …/app/checks/save?set=&v=&a=: GET shows what will be saved and where; POST saves it and goes to
 * the saved result. The address, not the body, carries the answers, so the way through sign-in
 * comes back here. A cut or changed address stores nothing.
 */
export function handleSave(page: OrgPage, locale: Locale, request: Request): Promise<PageOutcome<SaveModel>> {
  return runPage<SaveModel>(locale, async () => {
    const title = t(locale, 'results.save.pageTitle');
    const params = new URL(request.url).searchParams;
    const keys = [...params.keys()].sort().join(',');
    const set = params.getAll('set').length === 1 ? await getQuestionSet(params.get('set') as string) : undefined;
    if (keys !== 'a,set,v' || !set) return pageView(title, { kind: 'invalid', message: 'results.save.invalid' }, 400);
    const query = parseResultQuery(set, new URLSearchParams({ v: params.get('v') ?? '', a: params.get('a') ?? '' }));
    if (!query.ok) {
      const message = query.reason === 'outdated' ? 'results.save.outdated' : 'results.save.invalid';
      return pageView(title, { kind: 'invalid', message }, 400);
    }
    const canSave = can(page.scope.role, 'data.write');
    if (request.method === 'POST') {
      if (!canSave) throw new AccessDeniedError();
      requireFields(parseFields(saveForm, await readForm(request)));
      const id = await saveCheckResult(page.scope, set, query.answers);
      await audit(page, 'check.saved', { resultId: id, questionSet: set.id });
      return seeOther(`${appPath(locale, `/${id}`)}?saved=1`);
    }
    const result = scoreAnswers(set, query.answers);
    const band = set.bands.find((candidate) => candidate.id === result.band);
    return pageView(
      title,
      { kind: 'confirm', set, total: result.total, band: band?.label[locale] ?? result.band, canSave },
      canSave ? 200 : 403,
    );
  });
}

// ── history ─────────────────────────────────────────────────────────────────────────────

export interface HistoryModel {
  set: QuestionSet;
  results: SavedResult[];
  deleted: boolean;
}

export function handleHistory(page: OrgPage, locale: Locale, request: Request): Promise<PageOutcome<HistoryModel>> {
  return runPage(locale, async () => {
    const set = await fiveMinuteSet();
    return pageView(t(locale, 'results.history.title'), {
      set,
      results: await listCheckResults(page.scope, set.id),
      deleted: new URL(request.url).searchParams.get('deleted') === '1',
    });
  });
}

/** The band label of a saved result in the current set; the id when the band no longer exists. */
export function bandLabel(set: QuestionSet, bandId: string, locale: Locale): string {
  return set.bands.find((band) => band.id === bandId)?.label[locale] ?? bandId;
}

// ── detail ──────────────────────────────────────────────────────────────────────────────

export interface DetailModel {
  set: QuestionSet;
  result: SavedResult;
  /** The full result view, when the result answers the current version of the set. */
  view: ResultView | undefined;
  query: string;
  canDelete: boolean;
  saved: boolean;
}

export function handleDetail(
  page: OrgPage,
  locale: Locale,
  request: Request,
  id: string,
): Promise<PageOutcome<DetailModel>> {
  return runPage(locale, async () => {
    const result = await readCheckResult(page.scope, resultId(id));
    const set = await fiveMinuteSet();
    const current = result.questionSetId === set.id && result.questionSetVersion === set.version;
    const checked = current ? validateAnswers(set, result.answers) : undefined;
    const guide = await loadGuideIndex();
    const view = checked?.ok
      ? buildResultView(
          set,
          checked.answers,
          (ids) => sectionLinks(guide, locale, ids),
          await readPolicyStatus(page.scope),
        )
      : undefined;
    return pageView(t(locale, 'results.detail.title', { date: formatSavedAt(locale, result.createdAt) }), {
      set,
      result,
      view,
      query: view ? resultQuery(set, view.answers) : '',
      canDelete: can(page.scope.role, 'data.delete'),
      saved: new URL(request.url).searchParams.get('saved') === '1',
    });
  });
}

// ── compare ─────────────────────────────────────────────────────────────────────────────

export interface CompareModel {
  set: QuestionSet;
  results: SavedResult[];
  before: SavedResult | undefined;
  after: SavedResult | undefined;
  comparison: Comparison | undefined;
  problem: MessageKey | undefined;
}

/** …/app/checks/compare?before=&after=: the picker, and the comparison once two results are chosen. */
export function handleCompare(page: OrgPage, locale: Locale, request: Request): Promise<PageOutcome<CompareModel>> {
  return runPage<CompareModel>(locale, async () => {
    const title = t(locale, 'results.compare.title');
    const set = await fiveMinuteSet();
    const results = await listCheckResults(page.scope, set.id);
    const params = new URL(request.url).searchParams;
    const base = { set, results, comparison: undefined };
    const chosen = params.has('before') || params.has('after');
    const unexpected = [...params.keys()].some((key) => key !== 'before' && key !== 'after');
    // Without a choice, the picker starts with the last two results.
    if (!chosen && !unexpected)
      return pageView(title, { ...base, before: results.at(-2), after: results.at(-1), problem: undefined });
    const before = results.find((result) => result.id === params.get('before'));
    const after = results.find((result) => result.id === params.get('after'));
    if (unexpected || params.getAll('before').length !== 1 || params.getAll('after').length !== 1 || !before || !after)
      return pageView(title, { ...base, before, after, problem: 'results.compare.invalid' }, 400);
    const scored = (result: SavedResult) => {
      const checked = validateAnswers(set, result.answers);
      return checked.ok && result.questionSetVersion === set.version
        ? scoreAnswers(set, checked.answers)
        : { total: result.total, parts: result.parts, items: [] };
    };
    return pageView(title, {
      ...base,
      before,
      after,
      comparison: compareResults(scored(before), scored(after)),
      problem: undefined,
    });
  });
}

// ── peer benchmark ──────────────────────────────────────────────────────────────────────

export interface BenchmarkModel {
  set: QuestionSet;
  result: SavedResult;
  /** The exact payload, as shown and as it would be stored. */
  payload: string;
  industry: string;
  sizeBand: string;
  stats: PeerSummary[] | undefined;
  canShare: boolean;
  consentMissing: boolean;
  flash: 'shared' | 'withdrawn' | undefined;
}

/**
 * …/app/checks/{id}/benchmark: before taking part, the exact payload and a consent form; after,
 * the group figures and the withdrawal form. POST intent=share (with the payload text that was
 * shown and the consent box) or intent=withdraw.
 */
export function handleBenchmark(
  page: OrgPage,
  locale: Locale,
  request: Request,
  id: string,
): Promise<PageOutcome<BenchmarkModel>> {
  return runPage(locale, async () => {
    const resultKey = resultId(id);
    const set = await fiveMinuteSet();
    let consentMissing = false;
    if (request.method === 'POST') {
      // Every field of these forms is hidden or a box: a bad one is a bad request, not a typo.
      const form = requireFields(parseFields(benchmarkForm, await readForm(request)));
      if (form.intent === 'withdraw') {
        await withdrawFromPeers(page.scope, resultKey);
        await audit(page, 'peer.withdrawn', { resultId: resultKey });
        return seeOther(`${appPath(locale, `/${resultKey}/benchmark`)}?withdrawn=1`);
      }
      if (form.consent === 'yes') {
        await shareWithPeers(page.scope, { resultId: resultKey, model: set, shown: form.payload });
        await audit(page, 'peer.shared', { resultId: resultKey });
        return seeOther(`${appPath(locale, `/${resultKey}/benchmark`)}?shared=1`);
      }
      consentMissing = true;
    }
    const result = await readCheckResult(page.scope, resultKey);
    const payload = await previewPeerPayload(page.scope, resultKey, set);
    const stats = result.sharedWithPeers
      ? await lookupPeerStats(page.ctx.db, {
          questionSetId: payload.questionSet.id,
          version: payload.questionSet.version,
          industry: payload.industry,
          sizeBand: payload.sizeBand,
          total: payload.total,
        })
      : undefined;
    const params = new URL(request.url).searchParams;
    const flash = params.get('shared') === '1' ? 'shared' : params.get('withdrawn') === '1' ? 'withdrawn' : undefined;
    return pageView(
      t(locale, 'peer.title'),
      {
        set,
        result,
        payload: formatPeerPayload(payload),
        industry: payload.industry,
        sizeBand: payload.sizeBand,
        stats,
        canShare: can(page.scope.role, 'benchmark.share'),
        consentMissing,
        flash,
      },
      consentMissing ? 400 : 200,
    );
  });
}

// ── delete ──────────────────────────────────────────────────────────────────────────────

export interface DeleteModel {
  result: SavedResult;
  /** Why the typed confirmation was refused. */
  error: MessageKey | undefined;
  value: string;
}

/** …/app/checks/{id}/delete: a typed confirmation, then the result (and its submission) goes. */
export function handleDelete(
  page: OrgPage,
  locale: Locale,
  request: Request,
  id: string,
): Promise<PageOutcome<DeleteModel>> {
  return runPage(locale, async () => {
    const result = await readCheckResult(page.scope, resultId(id));
    if (!can(page.scope.role, 'data.delete')) throw new AppError('access_denied', { message: 'results.delete.cannot' });
    const title = t(locale, 'results.delete.title');
    if (request.method !== 'POST') return pageView(title, { result, error: undefined, value: '' });
    const parsed = parseFields(deleteForm, await readForm(request));
    if (!parsed.ok) {
      const error = Object.values(parsed.errors)[0];
      return pageView(title, { result, error, value: (parsed.values['confirmation'] ?? '').slice(0, 100) }, 400);
    }
    const value = parsed.value.confirmation.trim().slice(0, 100);
    if (value !== t(locale, 'results.delete.word')) {
      return pageView(title, { result, error: 'results.delete.mismatch', value }, 400);
    }
    await deleteCheckResult(page.scope, result.id);
    await audit(page, 'check.deleted', { resultId: result.id });
    return seeOther(`${appPath(locale, '')}?deleted=1`);
  });
}
