/**
 * The incident-record pages (/app/incidents…): each handler validates the request, calls the
 * data layer with the page's OrgScope and answers a view, a notice or a 303 redirect.
 */
import { formatDate, formatVerified, localizePath, t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { docxResponse, pdfResponse, renderDocumentPdf, renderDocx } from '../../../server/exports/document/index.ts';
import { buildIncidentReport } from '../incident-report.ts';
import type { OrgPage } from '../../accounts/index.ts';
import { can } from '../../accounts/index.ts';
import { filterContacts, listContacts, type Contact } from '../../contacts/index.ts';
import { AppError } from '../../../server/errors.ts';
import { readForDownload, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import type { FieldErrors } from '../../../server/http/parse-fields.ts';
import { readForm, readQuery, type FormValues } from '../../../server/http/request-body.ts';
import { requireRecordId } from '../../../server/http/route-params.ts';
import { appiAnswers, appiQuestions, contactsForEvent, isIncidentEventId, japanToday } from '../../incident/index.ts';
import { eventIds } from '../../../content/schemas.ts';
import { computeIncidentDeadlines, type IncidentDeadlines } from '../incident-deadlines.ts';
import {
  appiSchema,
  closeSchema,
  entrySchema,
  levelSchema,
  noticeSchema,
  parseCreate,
  parseFields,
  splitJapanTimestamp,
  toJapanTimestamp,
} from '../incident-forms.ts';
import {
  addIncidentEntry,
  addIncidentNotice,
  closeIncident,
  createIncident,
  listIncidents,
  readIncident,
  setAppiAnswers,
  setDamageLevel,
  type IncidentRecord,
  type IncidentSummary,
} from '../incident-store.ts';

export type { PageOutcome };

const basePath = '/app/incidents';

/** Now in Japan as a date and a time of day (form defaults). */
function japanNow(now: Date): { date: string; time: string } {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Tokyo',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return { date: japanToday(now), time };
}

export interface IncidentListProps {
  locale: Locale;
  incidents: IncidentSummary[];
  canWrite: boolean;
}

export async function handleIncidentList(page: OrgPage, locale: Locale): Promise<PageOutcome<IncidentListProps>> {
  return runPage(locale, async () => ({
    kind: 'view',
    status: 200,
    title: t(locale, 'incidents.title'),
    props: { locale, incidents: await listIncidents(page.scope), canWrite: can(page.scope.role, 'data.write') },
  }));
}

export interface IncidentNewProps {
  locale: Locale;
  values: FormValues;
  errors: FieldErrors;
  /** APPI answers carried over from the navigator, shown as hidden fields. */
  appi: FormValues;
  today: string;
  events: { value: string; label: string }[];
}

/** The fields the new-record form accepts, in the order they appear. */
export const newIncidentFields = ['event', 'title', 'discoveredDate', 'discoveredTime', ...appiQuestions] as const;

export interface NewIncidentEntry {
  url: URL;
  values: FormValues;
  /** Why a posted body could not be read (not a form, broken): shown once the page opens. */
  refused: AppError | null;
}

/**
 * For a POST to /app/incidents/new, the same URL with the posted fields as its query: a signed-out
 * visitor is sent through sign-in back to that URL, which shows the form filled in again.
 */
export async function newIncidentUrl(request: Request, url: URL): Promise<NewIncidentEntry> {
  let values: FormValues = readQuery(url);
  let refused: AppError | null = null;
  if (request.method === 'POST') {
    try {
      values = await readForm(request);
    } catch (error) {
      // Read before the page is opened, so the refusal waits for runPage to become its notice.
      if (!(error instanceof AppError)) throw error;
      values = {};
      refused = error;
    }
  }
  const carried = new URL(url.pathname, url);
  for (const field of [...newIncidentFields, 'discovered']) {
    const value = values[field];
    if (value !== undefined && value !== '') carried.searchParams.set(field, value.slice(0, 200));
  }
  return { url: carried, values, refused };
}

export async function handleNewIncident(
  page: OrgPage,
  locale: Locale,
  method: string,
  entry: Pick<NewIncidentEntry, 'values' | 'refused'>,
): Promise<PageOutcome<IncidentNewProps>> {
  return runPage(locale, async () => {
    if (entry.refused) throw entry.refused;
    const { values } = entry;
    const now = japanNow(new Date());
    const events = eventIds.map((id) => ({ value: id, label: t(locale, `event.${id}` as MessageKey) }));
    // Only valid answers are carried on; a bad one is reported and must be given again on the record.
    const appi: FormValues = {};
    for (const q of appiQuestions) {
      const answer = values[q] ?? '';
      if ((appiAnswers as readonly string[]).includes(answer)) appi[q] = answer;
    }
    const event = values['event'] ?? '';
    const defaults: FormValues = {
      event,
      title: isIncidentEventId(event) ? t(locale, `event.${event}` as MessageKey) : '',
      discoveredDate: values['discovered'] ?? now.date,
      discoveredTime: now.time,
    };
    const shown = { ...defaults, ...values };
    const view = (errors: FieldErrors, status: number): PageOutcome<IncidentNewProps> => ({
      kind: 'view',
      status,
      title: t(locale, 'incidents.new.title'),
      props: { locale, values: shown, errors, appi, today: now.date, events },
    });
    if (method !== 'POST') return view({}, 200);
    // The navigator posts its own field names; fill in what it does not send.
    const parsed = parseCreate({ ...defaults, ...values }, now.date);
    if (!parsed.ok) return view(parsed.errors, 400);
    const id = await createIncident(page.scope, {
      event: parsed.value.event,
      title: parsed.value.title,
      discoveredAt: toJapanTimestamp(parsed.value.discoveredDate, parsed.value.discoveredTime),
      appi: parsed.value.appi,
    });
    return seeOther(localizePath(locale, `${basePath}/${id}`));
  });
}

export interface IncidentDetailProps {
  locale: Locale;
  incident: IncidentRecord;
  deadlines: IncidentDeadlines;
  contacts: Contact[];
  canWrite: boolean;
  today: string;
  now: string;
  /** The form that failed and its errors and values. */
  failed: { intent: string; errors: FieldErrors; values: FormValues } | null;
  flash: string | null;
}

const intents = ['entry', 'level', 'notice', 'appi', 'close'] as const;
type Intent = (typeof intents)[number];

export async function handleIncidentDetail(
  page: OrgPage,
  locale: Locale,
  request: Request,
  id: string,
): Promise<PageOutcome<IncidentDetailProps>> {
  return runPage(locale, async () => {
    requireRecordId(id, 'incident_not_found');
    const now = japanNow(new Date());
    let failed: IncidentDetailProps['failed'] = null;
    if (request.method === 'POST') {
      const values = await readForm(request);
      const intent = (intents as readonly string[]).includes(values['intent'] ?? '')
        ? (values['intent'] as Intent)
        : null;
      if (!intent) failed = { intent: 'unknown', errors: { intent: 'incidents.error.invalid' }, values };
      else {
        const errors = await applyIntent(page, id, intent, values, now.date);
        if (!errors) return seeOther(`${localizePath(locale, `${basePath}/${id}`)}?saved=${intent}#${intent}`);
        failed = { intent, errors, values };
      }
    }
    const incident = await readIncident(page.scope, id);
    const url = new URL(request.url);
    const saved = url.searchParams.get('saved');
    const contacts = isIncidentEventId(incident.event)
      ? contactsForEvent(
          filterContacts(await listContacts(), { region: 'tokyo', event: incident.event }),
          incident.event,
        )
      : [];
    return {
      kind: 'view',
      status: failed ? 400 : 200,
      title: incident.title,
      props: {
        locale,
        incident,
        deadlines: computeIncidentDeadlines(incident.appi, splitJapanTimestamp(incident.discoveredAt).date, now.date),
        contacts,
        canWrite: can(page.scope.role, 'data.write') && incident.status === 'open',
        today: now.date,
        now: now.time,
        failed,
        flash: saved && (intents as readonly string[]).includes(saved) ? saved : null,
      },
    };
  });
}

/** Applies one form of the record page; field errors when the input is bad (nothing is stored then). */
async function applyIntent(
  page: OrgPage,
  id: string,
  intent: Intent,
  values: FormValues,
  today: string,
): Promise<FieldErrors | null> {
  switch (intent) {
    case 'entry': {
      const parsed = parseFields(entrySchema(today), values);
      if (!parsed.ok) return parsed.errors;
      const { occurredDate, occurredTime, ...rest } = parsed.value;
      await addIncidentEntry(page.scope, id, { ...rest, occurredAt: toJapanTimestamp(occurredDate, occurredTime) });
      return null;
    }
    case 'level': {
      const parsed = parseFields(levelSchema, values);
      if (!parsed.ok) return parsed.errors;
      await setDamageLevel(page.scope, id, parsed.value.damageLevel);
      return null;
    }
    case 'notice': {
      const parsed = parseFields(noticeSchema(today), values);
      if (!parsed.ok) return parsed.errors;
      const { contactId, name, informedDate, informedTime } = parsed.value;
      await addIncidentNotice(page.scope, id, {
        contactId: contactId === '' ? null : contactId,
        name,
        informedAt: toJapanTimestamp(informedDate, informedTime),
      });
      return null;
    }
    case 'appi': {
      const parsed = parseFields(appiSchema, values);
      if (!parsed.ok) return parsed.errors;
      await setAppiAnswers(page.scope, id, parsed.value);
      return null;
    }
    case 'close': {
      const parsed = parseFields(closeSchema, values);
      if (!parsed.ok) return parsed.errors;
      await closeIncident(page.scope, id, parsed.value);
      return null;
    }
  }
}

/** The report of one record, through the shared document pipeline. */
export async function incidentReportResponse(
  page: OrgPage,
  locale: Locale,
  id: string,
  format: 'docx' | 'pdf',
): Promise<Response> {
  const incident = await readForDownload(() => readIncident(page.scope, requireRecordId(id, 'incident_not_found')));
  if (incident instanceof Response) return incident;
  const today = japanToday(new Date());
  const deadlines = computeIncidentDeadlines(incident.appi, splitJapanTimestamp(incident.discoveredAt).date, today);
  const model = buildIncidentReport(incident, deadlines, page.organization.name, today, {
    locale,
    t: (key, vars) => t(locale, key, vars),
    date: (date) => formatVerified(locale, date),
    dateTime: (stamp) => `${formatDate(locale, stamp)} ${splitJapanTimestamp(stamp).time}`,
  });
  const filename = `incident-report-${splitJapanTimestamp(incident.discoveredAt).date}.${format}`;
  return format === 'docx'
    ? docxResponse(await renderDocx(model), filename)
    : pdfResponse(await renderDocumentPdf(model), filename);
}
