import { describe, expect, it } from 'vitest';
import { t as translate, type MessageKey } from '../../i18n/index.ts';
import { documentText } from '../../server/exports/document/index.ts';
import { computeIncidentDeadlines } from './incident-deadlines.ts';
import { buildIncidentReport } from './incident-report.ts';
import type { IncidentRecord } from './incident-store.ts';

const record: IncidentRecord = {
  id: 'r1',
  event: 'data-leak',
  title: '顧客名簿の流出 <script>',
  discoveredAt: '2026-01-05T09:30:00+09:00',
  damageLevel: 3,
  status: 'closed',
  createdAt: '2026-01-05T00:40:00.000Z',
  appi: { personal: 'yes', sensitive: 'no', financial: 'no', intentional: 'yes', over1000: 'no', encrypted: 'no' },
  lessons: 'バックアップがネットワークにつながっていた',
  closedAt: '2026-02-01T00:00:00.000Z',
  entries: [
    { id: 'e1', occurredAt: '2026-01-05T09:40:00+09:00', kind: 'decision', text: 'NASを切り離す', who: '山田' },
  ],
  notices: [{ id: 'n1', contactId: 'ppc', name: '個人情報保護委員会', informedAt: '2026-01-06T10:00:00+09:00' }],
  actions: [{ id: 'a1', incidentId: 'r1', title: 'バックアップを切り離して保管する', status: 'open', createdAt: '' }],
};

const text = (locale: 'ja' | 'en') => ({
  locale,
  t: (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars),
  date: (date: string) => date,
  dateTime: (stamp: string) => stamp.slice(0, 16).replace('T', ' '),
});

describe('incident report model', () => {
  it('carries the deadlines, timeline, notices, lessons and actions as plain text', () => {
    const deadlines = computeIncidentDeadlines(record.appi, '2026-01-05', '2026-01-06');
    const model = buildIncidentReport(record, deadlines, '株式会社テスト', '2026-02-02', text('ja'));
    const all = documentText(model);
    expect(model.title).toBe('インシデント報告書');
    expect(model.subtitle).toBe('顧客名簿の流出 <script>');
    expect(all).toContain('株式会社テスト');
    expect(all).toContain('2026-01-10');
    expect(all).toContain('2026-03-06');
    expect(all).toContain('NASを切り離す');
    expect(all).toContain('個人情報保護委員会');
    expect(all).toContain('バックアップを切り離して保管する');
    expect(all).toContain('レベル3');
  });

  it('says the questions are unanswered, in English too', () => {
    const open = {
      ...record,
      title: 'Leak',
      status: 'open' as const,
      appi: null,
      entries: [],
      notices: [],
      actions: [],
    };
    const model = buildIncidentReport(
      open,
      computeIncidentDeadlines(null, '2026-01-05', '2026-01-06'),
      'Test Ltd',
      '2026-01-06',
      text('en'),
    );
    const all = documentText(model);
    expect(all).toContain('have not been answered');
    expect(all).toContain('This record is still open.');
    expect(all).not.toMatch(/[\u3040-\u30ff]/);
  });
});
