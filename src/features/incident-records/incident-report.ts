/**
 * The incident report (.docx / PDF) as a document model of the shared pipeline. Pure: the record,
 * its deadlines and a translator go in, plain data comes out.
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { Block, DocumentLocale, DocumentModel } from '../../server/exports/document/index.ts';
import type { IncidentDeadlines } from './incident-deadlines.ts';
import type { IncidentRecord } from './incident-store.ts';

export interface ReportText {
  locale: DocumentLocale;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** 2026-11-25 → 2026年11月25日 / 25 November 2026 */
  date: (isoDate: string) => string;
  /** stored timestamp → date and time */
  dateTime: (stamp: string) => string;
}

export function buildIncidentReport(
  incident: IncidentRecord,
  deadlines: IncidentDeadlines,
  organizationName: string,
  generatedOn: string,
  text: ReportText,
): DocumentModel {
  const { t, date, dateTime } = text;
  const blocks: Block[] = [];

  blocks.push({ kind: 'heading', level: 1, text: t('incidents.deadlines.title') });
  if (deadlines.assessment === null) blocks.push({ kind: 'paragraph', text: t('incidents.deadlines.unknown') });
  else if (!deadlines.assessment.required) {
    blocks.push({
      kind: 'paragraph',
      text: `${t('incident.appi.notRequiredTitle')}: ${t(`incident.appi.notRequired.${deadlines.assessment.reason}` as MessageKey)}`,
    });
  } else {
    blocks.push({ kind: 'paragraph', text: t('incident.appi.requiredTitle') });
    blocks.push({
      kind: 'list',
      ordered: false,
      items: deadlines.countdowns.map((countdown) =>
        countdown.kind === 'preliminary'
          ? t('incidents.deadline.preliminary', { from: date(countdown.from ?? countdown.by), by: date(countdown.by) })
          : t(`incidents.deadline.${countdown.kind}` as MessageKey, {
              by: date(countdown.by),
              days: countdown.days ?? 0,
            }),
      ),
    });
  }

  blocks.push({ kind: 'heading', level: 1, text: t('incidents.timeline.title') });
  if (incident.entries.length === 0) blocks.push({ kind: 'paragraph', text: t('incidents.timeline.none') });
  else
    blocks.push({
      kind: 'table',
      header: [
        t('incidents.timeline.when'),
        t('incidents.timeline.kind'),
        t('incidents.timeline.text'),
        t('incidents.timeline.who'),
      ],
      rows: incident.entries.map((entry) => [
        dateTime(entry.occurredAt),
        t(`incidents.kind.${entry.kind}` as MessageKey),
        entry.text,
        entry.who,
      ]),
      widths: [22, 14, 46, 18],
    });

  blocks.push({ kind: 'heading', level: 1, text: t('incidents.notice.title') });
  if (incident.notices.length === 0) blocks.push({ kind: 'paragraph', text: t('incidents.report.noNotices') });
  else
    blocks.push({
      kind: 'table',
      header: [t('incidents.notice.name'), t('incidents.timeline.when')],
      rows: incident.notices.map((notice) => [notice.name, dateTime(notice.informedAt)]),
      widths: [65, 35],
    });

  blocks.push({ kind: 'heading', level: 1, text: t('incidents.close.title') });
  if (incident.status === 'closed') {
    blocks.push({ kind: 'heading', level: 2, text: t('incidents.close.lessons') });
    blocks.push({ kind: 'paragraph', text: incident.lessons ?? '' });
    blocks.push({ kind: 'heading', level: 2, text: t('incidents.close.actions') });
    if (incident.actions.length === 0) blocks.push({ kind: 'paragraph', text: t('incidents.close.noActions') });
    else blocks.push({ kind: 'list', ordered: true, items: incident.actions.map((item) => item.title) });
  } else blocks.push({ kind: 'paragraph', text: t('incidents.close.open') });

  return {
    locale: text.locale,
    title: t('incidents.report.title'),
    subtitle: incident.title,
    meta: [
      { label: t('incidents.report.organization'), value: organizationName },
      { label: t('incidents.field.event'), value: t(`event.${incident.event}` as MessageKey) },
      { label: t('incidents.field.discovered'), value: dateTime(incident.discoveredAt) },
      {
        label: t('incidents.level.title'),
        value:
          incident.damageLevel === null
            ? t('incidents.level.unset')
            : `${t('incidents.level.short', { level: incident.damageLevel })} — ${t(`incidents.level.${incident.damageLevel}` as MessageKey)}`,
      },
      { label: t('incidents.status'), value: t(`incidents.status.${incident.status}`) },
      { label: t('incidents.report.generated'), value: date(generatedOn) },
    ],
    toc: false,
    blocks,
    footer: t('incidents.report.footer', { date: date(generatedOn) }),
  };
}
