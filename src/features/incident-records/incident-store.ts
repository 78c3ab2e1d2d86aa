/**
 * Data access of incident records. Every function takes the caller's OrgScope and filters by its
 * organisation id, so a record of another organisation is simply "not found".
 */
import { randomUUID } from 'node:crypto';
import { requirePermission, type OrgScope } from '../accounts/index.ts';
import type { IncidentsTable } from '../../server/db/schema.ts';
import { ConflictError, NotFoundError } from '../../server/errors.ts';
import type { AppiSet, EntryKind } from './incident-forms.ts';
import { appiSchema } from './incident-forms.ts';

export interface IncidentSummary {
  id: string;
  event: string;
  title: string;
  discoveredAt: string;
  damageLevel: number | null;
  status: 'open' | 'closed';
  createdAt: string;
}

export interface IncidentEntry {
  id: string;
  occurredAt: string;
  kind: EntryKind;
  text: string;
  who: string;
}

export interface IncidentNotice {
  id: string;
  contactId: string | null;
  name: string;
  informedAt: string;
}

export interface IncidentActionItem {
  id: string;
  incidentId: string;
  title: string;
  status: 'open' | 'done';
  createdAt: string;
}

export interface IncidentRecord extends IncidentSummary {
  appi: AppiSet | null;
  lessons: string | null;
  closedAt: string | null;
  entries: IncidentEntry[];
  notices: IncidentNotice[];
  actions: IncidentActionItem[];
}

function parseAppi(json: string | null): AppiSet | null {
  if (!json) return null;
  const parsed = appiSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export async function createIncident(
  scope: OrgScope,
  input: { event: string; title: string; discoveredAt: string; appi: AppiSet | null },
): Promise<string> {
  requirePermission(scope, 'data.write');
  const id = randomUUID();
  const now = new Date().toISOString();
  await scope.db
    .insertInto('incidents')
    .values({
      id,
      organization_id: scope.organizationId,
      event: input.event,
      title: input.title,
      discovered_at: input.discoveredAt,
      appi_answers: input.appi ? JSON.stringify(input.appi) : null,
      damage_level: null,
      status: 'open',
      lessons: null,
      closed_at: null,
      closed_by: null,
      created_by: scope.userId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** The columns of a record that its line in the list shows. */
const summaryColumns = ['id', 'event', 'title', 'discovered_at', 'damage_level', 'status', 'created_at'] as const;

function toSummary(row: Pick<IncidentsTable, (typeof summaryColumns)[number]>): IncidentSummary {
  return {
    id: row.id,
    event: row.event,
    title: row.title,
    discoveredAt: row.discovered_at,
    damageLevel: row.damage_level === null ? null : Number(row.damage_level),
    status: row.status === 'closed' ? 'closed' : 'open',
    createdAt: row.created_at,
  };
}

export async function listIncidents(scope: OrgScope): Promise<IncidentSummary[]> {
  requirePermission(scope, 'data.read');
  const rows = await scope.db
    .selectFrom('incidents')
    .select(summaryColumns)
    .where('organization_id', '=', scope.organizationId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toSummary);
}

export async function readIncident(scope: OrgScope, id: string): Promise<IncidentRecord> {
  requirePermission(scope, 'data.read');
  const row = await scope.db
    .selectFrom('incidents')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('incident_not_found');
  const [entries, notices, actions] = await Promise.all([
    scope.db
      .selectFrom('incident_entries')
      .selectAll()
      .where('organization_id', '=', scope.organizationId)
      .where('incident_id', '=', id)
      .orderBy('occurred_at')
      .orderBy('created_at')
      .execute(),
    scope.db
      .selectFrom('incident_notices')
      .selectAll()
      .where('organization_id', '=', scope.organizationId)
      .where('incident_id', '=', id)
      .orderBy('informed_at')
      .execute(),
    scope.db
      .selectFrom('incident_action_items')
      .selectAll()
      .where('organization_id', '=', scope.organizationId)
      .where('incident_id', '=', id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  return {
    ...toSummary(row),
    appi: parseAppi(row.appi_answers),
    lessons: row.lessons,
    closedAt: row.closed_at,
    entries: entries.map((entry) => ({
      id: entry.id,
      occurredAt: entry.occurred_at,
      kind: entry.kind === 'decision' ? 'decision' : 'event',
      text: entry.text,
      who: entry.who,
    })),
    notices: notices.map((notice) => ({
      id: notice.id,
      contactId: notice.contact_id,
      name: notice.name,
      informedAt: notice.informed_at,
    })),
    actions: actions.map(toActionItem),
  };
}

function toActionItem(row: { id: string; incident_id: string; title: string; status: string; created_at: string }) {
  return {
    id: row.id,
    incidentId: row.incident_id,
    title: row.title,
    status: row.status === 'done' ? ('done' as const) : ('open' as const),
    createdAt: row.created_at,
  };
}

/** Changes to a record: only open records of the scope's organisation, by someone who may write. */
async function requireOpenIncident(scope: OrgScope, id: string): Promise<void> {
  requirePermission(scope, 'data.write');
  const row = await scope.db
    .selectFrom('incidents')
    .select('status')
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('incident_not_found');
  // A closed record is the firm's final account of the incident; it is read-only.
  if (row.status === 'closed') throw new ConflictError('incident_closed');
}

async function touch(scope: OrgScope, id: string, now: string): Promise<void> {
  await scope.db
    .updateTable('incidents')
    .set({ updated_at: now })
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', id)
    .execute();
}

export async function addIncidentEntry(
  scope: OrgScope,
  incidentId: string,
  input: { occurredAt: string; kind: EntryKind; text: string; who: string },
): Promise<void> {
  await requireOpenIncident(scope, incidentId);
  const now = new Date().toISOString();
  await scope.db
    .insertInto('incident_entries')
    .values({
      id: randomUUID(),
      organization_id: scope.organizationId,
      incident_id: incidentId,
      occurred_at: input.occurredAt,
      kind: input.kind,
      text: input.text,
      who: input.who,
      created_by: scope.userId,
      created_at: now,
    })
    .execute();
  await touch(scope, incidentId, now);
}

export async function setDamageLevel(scope: OrgScope, incidentId: string, level: number): Promise<void> {
  await requireOpenIncident(scope, incidentId);
  await scope.db
    .updateTable('incidents')
    .set({ damage_level: level, updated_at: new Date().toISOString() })
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', incidentId)
    .execute();
}

export async function setAppiAnswers(scope: OrgScope, incidentId: string, appi: AppiSet): Promise<void> {
  await requireOpenIncident(scope, incidentId);
  await scope.db
    .updateTable('incidents')
    .set({ appi_answers: JSON.stringify(appi), updated_at: new Date().toISOString() })
    .where('organization_id', '=', scope.organizationId)
    .where('id', '=', incidentId)
    .execute();
}

export async function addIncidentNotice(
  scope: OrgScope,
  incidentId: string,
  input: { contactId: string | null; name: string; informedAt: string },
): Promise<void> {
  await requireOpenIncident(scope, incidentId);
  const now = new Date().toISOString();
  await scope.db
    .insertInto('incident_notices')
    .values({
      id: randomUUID(),
      organization_id: scope.organizationId,
      incident_id: incidentId,
      contact_id: input.contactId,
      name: input.name,
      informed_at: input.informedAt,
      created_by: scope.userId,
      created_at: now,
    })
    .execute();
  await touch(scope, incidentId, now);
}

/** Closes the record with its lessons; each action line becomes an action-plan row, all or nothing. */
export async function closeIncident(
  scope: OrgScope,
  incidentId: string,
  input: { lessons: string; actions: string[] },
): Promise<void> {
  await requireOpenIncident(scope, incidentId);
  const now = new Date().toISOString();
  await scope.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('incidents')
      .set({ status: 'closed', lessons: input.lessons, closed_at: now, closed_by: scope.userId, updated_at: now })
      .where('organization_id', '=', scope.organizationId)
      .where('id', '=', incidentId)
      .execute();
    for (const title of input.actions) {
      await trx
        .insertInto('incident_action_items')
        .values({
          id: randomUUID(),
          organization_id: scope.organizationId,
          incident_id: incidentId,
          title,
          status: 'open',
          created_by: scope.userId,
          created_at: now,
        })
        .execute();
    }
  });
}

/** The action items all incidents of the organisation produced, for the action plan (C11). */
export async function listIncidentActionItems(scope: OrgScope): Promise<IncidentActionItem[]> {
  requirePermission(scope, 'data.read');
  const rows = await scope.db
    .selectFrom('incident_action_items')
    .select(['id', 'incident_id', 'title', 'status', 'created_at'])
    .where('organization_id', '=', scope.organizationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toActionItem);
}
