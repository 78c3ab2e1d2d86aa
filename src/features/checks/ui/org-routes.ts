/**
 * The signed-in check pages (/app/checks/…): each function takes the page opened by
 * openOrgPage (session, organisation scope) and the request, and returns a Response (redirect)
 * or the model its view renders. Domain errors become a translated message with their status.
 */
import { can, recordAudit, type AuditEvent, type OrgPage } from '../../accounts/index.ts';
import { readPolicyStatus } from '../../documents/index.ts';
import { localizePath, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { AppError } from '../../../server/errors.ts';
import { compareResults, type Comparison } from '../history/compare-results.ts';
import {
  deleteCheckResult,
  listCheckResults,
  readCheckResult,
  saveCheckResult,
  type SavedResult,
} from '../history/results-store.ts';
import { formatPeerPayload } from '../peer/peer-payload.ts';
import { lookupPeerStats } from '../peer/peer-lookup.ts';
import { previewPeerPayload, shareWithPeers, withdrawFromPeers } from '../peer/peer-store.ts';
import type { PeerSummary } from '../peer/peer-stats.ts';
import type { QuestionSet } from '../question-set.ts';
import { getQuestionSet, loadGuideIndex, sectionLinks } from '../question-sets.ts';
import { buildResultView, parseResultQuery, resultQuery, type ResultView } from '../result-view.ts';
import { scoreAnswers, validateAnswers } from '../scoring.ts';

export const FIVE_MINUTE = 'five-minute-check';

export interface RouteError {
  kind: 'error';
  status: number;
  message: MessageKey;
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

const appPath = (page: OrgPage, path: string) => localizePath(page.ctx.locale, `/app/checks${path}`);

const conflictMessages: Record<string, MessageKey> = {
  already_shared: 'results.error.conflict.already_shared',
  not_shared: 'results.error.conflict.not_shared',
  payload_changed: 'results.error.conflict.payload_changed',
  result_outdated: 'results.error.conflict.result_outdated',
};

function errorOf(error: unknown): RouteError {
  if (!(error instanceof AppError)) throw error;
  if (error.status === 404) return { kind: 'error', status: 404, message: 'results.error.notFound' };
  if (error.status === 403) return { kind: 'error', status: 403, message: 'results.error.forbidden' };
  return { kind: 'error', status: error.status, message: conflictMessages[error.code] ?? 'error.conflict.general' };
}

async function guarded<T>(run: () => Promise<T>): Promise<T | RouteError> {
  try {
    return await run();
  } catch (error) {
    return errorOf(error);
  }
}

async function formOf(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

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
  | RouteError
  | { kind: 'invalid'; status: 400; message: MessageKey }
  | { kind: 'confirm'; status: number; set: QuestionSet; total: number; band: string; canSave: boolean };

/**
 * …/app/checks/save?set=&v=&a=: GET shows what will be saved and where; POST saves it and goes to
 * the saved result. The address, not the body, carries the answers, so the way through sign-in
 * comes back here. A cut or changed address stores nothing.
 */
export async function saveRoute(page: OrgPage, request: Request, url: URL): Promise<Response | SaveModel> {
  const params = url.searchParams;
  const keys = [...params.keys()].sort().join(',');
  const set = params.getAll('set').length === 1 ? await getQuestionSet(params.get('set') as string) : undefined;
  if (keys !== 'a,set,v' || !set) return { kind: 'invalid', status: 400, message: 'results.save.invalid' };
  const query = parseResultQuery(set, new URLSearchParams({ v: params.get('v') ?? '', a: params.get('a') ?? '' }));
  if (!query.ok) {
    const message = query.reason === 'outdated' ? 'results.save.outdated' : 'results.save.invalid';
    return { kind: 'invalid', status: 400, message };
  }
  const canSave = can(page.scope.role, 'data.write');
  if (request.method === 'POST') {
    if (!canSave) return { kind: 'error', status: 403, message: 'results.error.forbidden' };
    const id = await saveCheckResult(page.scope, set, query.answers);
    await audit(page, 'check.saved', { resultId: id, questionSet: set.id });
    return seeOther(`${appPath(page, `/${id}`)}?saved=1`);
  }
  const result = scoreAnswers(set, query.answers);
  const band = set.bands.find((candidate) => candidate.id === result.band);
  return {
    kind: 'confirm',
    status: canSave ? 200 : 403,
    set,
    total: result.total,
    band: band?.label[page.ctx.locale] ?? result.band,
    canSave,
  };
}

// ── history ─────────────────────────────────────────────────────────────────────────────

export interface HistoryModel {
  kind: 'history';
  set: QuestionSet;
  results: SavedResult[];
  deleted: boolean;
}

export async function historyRoute(page: OrgPage, url: URL): Promise<HistoryModel> {
  const set = await fiveMinuteSet();
  return {
    kind: 'history',
    set,
    results: await listCheckResults(page.scope, set.id),
    deleted: url.searchParams.get('deleted') === '1',
  };
}

/** The band label of a saved result in the current set; the id when the band no longer exists. */
export function bandLabel(set: QuestionSet, bandId: string, locale: Locale): string {
  return set.bands.find((band) => band.id === bandId)?.label[locale] ?? bandId;
}

// ── detail ──────────────────────────────────────────────────────────────────────────────

export interface DetailModel {
  kind: 'detail';
  set: QuestionSet;
  result: SavedResult;
  /** The full result view, when the result answers the current version of the set. */
  view: ResultView | undefined;
  query: string;
  canDelete: boolean;
  saved: boolean;
}

export async function detailRoute(page: OrgPage, url: URL, id: string): Promise<DetailModel | RouteError> {
  return guarded(async () => {
    const result = await readCheckResult(page.scope, id);
    const set = await fiveMinuteSet();
    const current = result.questionSetId === set.id && result.questionSetVersion === set.version;
    const checked = current ? validateAnswers(set, result.answers) : undefined;
    const guide = await loadGuideIndex();
    const view = checked?.ok
      ? buildResultView(
          set,
          checked.answers,
          (ids) => sectionLinks(guide, page.ctx.locale, ids),
          await readPolicyStatus(page.scope),
        )
      : undefined;
    return {
      kind: 'detail',
      set,
      result,
      view,
      query: view ? resultQuery(set, view.answers) : '',
      canDelete: can(page.scope.role, 'data.delete'),
      saved: url.searchParams.get('saved') === '1',
    } satisfies DetailModel;
  });
}

// ── compare ─────────────────────────────────────────────────────────────────────────────

export interface CompareModel {
  kind: 'compare';
  status: number;
  set: QuestionSet;
  results: SavedResult[];
  before: SavedResult | undefined;
  after: SavedResult | undefined;
  comparison: Comparison | undefined;
  problem: MessageKey | undefined;
}

/** …/app/checks/compare?before=&after=: the picker, and the comparison once two results are chosen. */
export async function compareRoute(page: OrgPage, url: URL): Promise<CompareModel> {
  const set = await fiveMinuteSet();
  const results = await listCheckResults(page.scope, set.id);
  const params = url.searchParams;
  const base = { kind: 'compare' as const, set, results, comparison: undefined };
  const chosen = params.has('before') || params.has('after');
  const unexpected = [...params.keys()].some((key) => key !== 'before' && key !== 'after');
  // Without a choice, the picker starts with the last two results.
  if (!chosen && !unexpected)
    return { ...base, status: 200, before: results.at(-2), after: results.at(-1), problem: undefined };
  const before = results.find((result) => result.id === params.get('before'));
  const after = results.find((result) => result.id === params.get('after'));
  if (unexpected || params.getAll('before').length !== 1 || params.getAll('after').length !== 1 || !before || !after)
    return { ...base, status: 400, before, after, problem: 'results.compare.invalid' };
  const scored = (result: SavedResult) => {
    const checked = validateAnswers(set, result.answers);
    return checked.ok && result.questionSetVersion === set.version
      ? scoreAnswers(set, checked.answers)
      : { total: result.total, parts: result.parts, items: [] };
  };
  return {
    ...base,
    status: 200,
    before,
    after,
    comparison: compareResults(scored(before), scored(after)),
    problem: undefined,
  };
}

// ── peer benchmark ──────────────────────────────────────────────────────────────────────

export interface BenchmarkModel {
  kind: 'benchmark';
  status: number;
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
export async function benchmarkRoute(
  page: OrgPage,
  request: Request,
  url: URL,
  id: string,
): Promise<Response | BenchmarkModel | RouteError> {
  return guarded(async () => {
    const set = await fiveMinuteSet();
    let consentMissing = false;
    if (request.method === 'POST') {
      const form = await formOf(request);
      const intent = form.get('intent');
      if (intent === 'withdraw') {
        await withdrawFromPeers(page.scope, id);
        await audit(page, 'peer.withdrawn', { resultId: id });
        return seeOther(`${appPath(page, `/${id}/benchmark`)}?withdrawn=1`);
      }
      if (intent !== 'share') return { kind: 'error', status: 400, message: 'results.error.badRequest' } as RouteError;
      if (form.get('consent') === 'yes') {
        const shown = form.get('payload');
        await shareWithPeers(page.scope, id, set, typeof shown === 'string' ? shown : '');
        await audit(page, 'peer.shared', { resultId: id });
        return seeOther(`${appPath(page, `/${id}/benchmark`)}?shared=1`);
      }
      consentMissing = true;
    }
    const result = await readCheckResult(page.scope, id);
    const payload = await previewPeerPayload(page.scope, id, set);
    const stats = result.sharedWithPeers
      ? await lookupPeerStats(page.ctx.db, {
          questionSetId: payload.questionSet.id,
          version: payload.questionSet.version,
          industry: payload.industry,
          sizeBand: payload.sizeBand,
          total: payload.total,
        })
      : undefined;
    const flash =
      url.searchParams.get('shared') === '1'
        ? 'shared'
        : url.searchParams.get('withdrawn') === '1'
          ? 'withdrawn'
          : undefined;
    return {
      kind: 'benchmark',
      status: consentMissing ? 400 : 200,
      set,
      result,
      payload: formatPeerPayload(payload),
      industry: payload.industry,
      sizeBand: payload.sizeBand,
      stats,
      canShare: can(page.scope.role, 'benchmark.share'),
      consentMissing,
      flash,
    } satisfies BenchmarkModel;
  });
}

// ── delete ──────────────────────────────────────────────────────────────────────────────

export interface DeleteModel {
  kind: 'delete';
  status: number;
  result: SavedResult;
  mismatch: boolean;
  value: string;
}

/** …/app/checks/{id}/delete: a typed confirmation, then the result (and its submission) goes. */
export async function deleteRoute(
  page: OrgPage,
  request: Request,
  id: string,
  confirmWord: string,
): Promise<Response | DeleteModel | RouteError> {
  return guarded(async () => {
    const result = await readCheckResult(page.scope, id);
    if (!can(page.scope.role, 'data.delete'))
      return { kind: 'error', status: 403, message: 'results.delete.cannot' } as RouteError;
    if (request.method !== 'POST')
      return { kind: 'delete', status: 200, result, mismatch: false, value: '' } as DeleteModel;
    const form = await formOf(request);
    const typed = form.get('confirmation');
    const value = typeof typed === 'string' ? typed.trim().slice(0, 100) : '';
    if (value !== confirmWord) return { kind: 'delete', status: 400, result, mismatch: true, value } as DeleteModel;
    await deleteCheckResult(page.scope, id);
    await audit(page, 'check.deleted', { resultId: id });
    return seeOther(`${appPath(page, '')}?deleted=1`);
  });
}
