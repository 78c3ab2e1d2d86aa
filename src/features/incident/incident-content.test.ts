import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { incidentEventSchema, type IncidentEventData } from '../../content/incident-schemas.ts';
import { eventIds } from '../../content/schemas.ts';
import { findIncidentProblems } from './incident-integrity.ts';

const root = new URL('../../content/', import.meta.url).pathname;

function loadEvents(): { file: string; data: unknown }[] {
  const dir = join(root, 'incident');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((file) => (parse(readFileSync(join(dir, file), 'utf8')) as unknown[]).map((data) => ({ file, data })));
}

const sectionIds = readdirSync(join(root, 'sections'), { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.ja.md'))
  .map((name) => name.replace(/^.*\//, '').replace(/\.ja\.md$/, ''));
const lawIds = (parse(readFileSync(join(root, 'laws', 'laws.yaml'), 'utf8')) as { id: string }[]).map((law) => law.id);

const valid = {
  id: 'ransomware',
  order: 2,
  hint: { ja: 'ヒント', en: 'Hint' },
  summary: { ja: '要約です。', en: 'Summary.' },
  personalData: true,
  do: [
    { ja: 'ネットワークから外す', en: 'Disconnect' },
    { ja: '報告する', en: 'Report' },
  ],
  dont: [{ ja: '身代金を払う', en: 'Pay the ransom' }],
  next: [{ ja: '戻す', en: 'Restore' }],
  duties: [{ ja: '報告が必要です。', en: 'A report is required.' }],
  laws: ['appi'],
  sections: ['4-5'],
  related: ['data-leak'],
  sources: [{ ja: '出典', en: 'Source' }],
  reviewedAt: '2026-11-25',
};

describe('incident content schema', () => {
  it('accepts a complete event', () => {
    expect(incidentEventSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses unknown events and keys, missing translations and too few first steps', () => {
    expect(incidentEventSchema.safeParse({ ...valid, id: 'flood' }).success).toBe(false);
    expect(incidentEventSchema.safeParse({ ...valid, colour: 'red' }).success).toBe(false);
    expect(incidentEventSchema.safeParse({ ...valid, summary: { ja: '要約' } }).success).toBe(false);
    expect(incidentEventSchema.safeParse({ ...valid, do: [valid.do[0]] }).success).toBe(false);
    expect(incidentEventSchema.safeParse({ ...valid, sections: ['section four'] }).success).toBe(false);
  });
});

describe('findIncidentProblems', () => {
  const base = {
    eventIds: ['ransomware', 'data-leak'],
    events: [
      { id: 'ransomware', order: 1, sections: ['4-5'], laws: ['appi'], related: ['data-leak'] },
      { id: 'data-leak', order: 2, sections: ['4-3'], laws: [], related: [] },
    ],
    sectionIds: ['4-3', '4-5'],
    lawIds: ['appi'],
  };

  it('finds nothing wrong in consistent content', () => {
    expect(findIncidentProblems(base)).toEqual([]);
  });

  it('reports missing and doubled events, shared orders, broken links and self-references', () => {
    const problems = findIncidentProblems({
      ...base,
      eventIds: [...base.eventIds, 'ddos'],
      events: [
        { id: 'ransomware', order: 1, sections: ['4-99'], laws: ['no-such-law'], related: ['ransomware'] },
        { id: 'ransomware', order: 1, sections: [], laws: [], related: [] },
        { id: 'data-leak', order: 2, sections: [], laws: [], related: [] },
      ],
    });
    expect(problems).toEqual([
      'incident/ransomware: unknown guidebook section "4-99"',
      'incident/ransomware: unknown law "no-such-law"',
      'incident/ransomware: lists itself as related',
      'incident/ransomware: the event is answered twice',
      'incident/ransomware: order 1 is also used by ransomware',
      'incident/ddos: the event has no answer',
    ]);
  });
});

describe('the navigator content in src/content/incident', () => {
  const entries = loadEvents();
  const events = entries.map(({ file, data }) => {
    const result = incidentEventSchema.safeParse(data);
    if (!result.success) throw new Error(`${file}: ${result.error.message}`);
    return { file, data: result.data };
  });

  it('answers every contact event once, linking only to sections and laws that exist', () => {
    expect(sectionIds.length).toBeGreaterThan(50);
    expect(findIncidentProblems({ eventIds, events: events.map((e) => e.data), sectionIds, lawIds })).toEqual([]);
  });

  it('keeps one event per file, named after it', () => {
    for (const { file, data } of events) expect(file).toBe(`${data.id}.yaml`);
  });

  it('asks the personal-data questions where personal data may be involved', () => {
    const asking = events.filter((e) => e.data.personalData).map((e) => e.data.id);
    for (const id of ['data-leak', 'ransomware', 'device-lost', 'account-takeover']) expect(asking).toContain(id);
  });

  it('writes English without Japanese characters and Japanese with Japanese text', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const texts = (event: IncidentEventData) => [
      event.hint,
      event.summary,
      ...event.do,
      ...event.dont,
      ...event.next,
      ...event.duties,
      ...event.sources,
    ];
    for (const { data } of events) {
      for (const text of texts(data)) {
        expect(japanese.test(text.en), `${data.id}: ${text.en}`).toBe(false);
        expect(japanese.test(text.ja), `${data.id}: ${text.ja}`).toBe(true);
      }
    }
  });

  it('tells the reader not to pay and to keep the power on where ransomware is concerned', () => {
    const ransomware = events.find((e) => e.data.id === 'ransomware')?.data;
    expect(ransomware?.dont.map((item) => item.ja).join()).toContain('身代金を払う');
    expect(ransomware?.do.map((item) => item.ja).join()).toContain('電源は切らず');
  });
});
