import { describe, expect, it } from 'vitest';
import type { ManualCard, ManualChapter } from '../../content/manual-schemas.ts';
import { manualStepIds } from '../../content/manual-schemas.ts';
import { t as translate, type MessageKey } from '../../i18n/index.ts';
import { documentText } from '../../server/exports/document/index.ts';
import type { ManualAnswers } from './manual-answers.ts';
import { buildManualDocument, buildWallCard, wallCardDocument } from './manual-document.ts';

const chapters: ManualChapter[] = manualStepIds.map((id, index) => ({
  kind: 'chapter',
  id,
  order: index + 1,
  title: { ja: `章${id}`, en: `Chapter ${id}` },
  builderLead: { ja: '説明', en: 'Lead' },
  paragraphs: [{ ja: `本文${id}`, en: `Body ${id}` }],
  steps: id === '4-5' ? [{ ja: 'ケーブルを抜く', en: 'Unplug the cable' }] : [],
  dont: id === '4-5' ? [{ ja: '電源を切る', en: 'Switch off' }] : [],
  reviewedAt: new Date('2026-11-25'),
}));
const card: ManualCard = {
  kind: 'card',
  id: 'wall-card',
  title: { ja: 'もしものとき', en: 'If it happens' },
  lead: { ja: '落ち着いて', en: 'Stay calm' },
  steps: [
    { ja: '外す', en: 'Disconnect' },
    { ja: '切らない', en: 'Keep it on' },
    { ja: '電話する', en: 'Phone' },
  ],
  dont: [{ ja: '払わない', en: 'Do not pay' }],
  reviewedAt: new Date('2026-11-25'),
};

const answers: ManualAnswers = {
  '4-1': { scope: '', storage: '総務の棚', reviewMonth: 4 },
  '4-2': {
    chiefName: '山田 一郎',
    chiefPhone: '090-1111-2222',
    chiefDeputy: '',
    leadName: '佐藤 花子',
    leadPhone: '03-1234-5678',
    leadDeputy: '',
    firstName: '鈴木 次郎',
    firstPhone: '080-3333-4444',
    firstDeputy: '田中',
    level0: 'IT担当',
    level1: 'IT担当',
    level2: '佐藤',
    level3: '山田と佐藤',
    internal: [{ name: '高橋', role: '営業部', phone: '090-7777-8888' }],
  },
  '4-3': { customerDesk: '総務部長', entrusted: '' },
  '4-4': { vendorName: 'ABCシステム', vendorPhone: '03-9999-0000', backupPlace: 'NASとクラウド', fallback: '紙の伝票' },
  '4-5': { disconnect: 'LANケーブルを抜く' },
  '4-6': {
    external: [
      { name: '警視庁', purpose: '警察', phone: '03-5805-1731' },
      { name: 'Web only', purpose: '', phone: '' },
    ],
  },
  '4-7': { backup: '毎日', safety: '171', keep: [{ work: '受注', target: '1日' }] },
};

const text = (locale: 'ja' | 'en') => ({
  locale,
  t: (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars),
  date: (iso: string) => iso.slice(0, 10),
});

describe('manual model from answers', () => {
  it('fills every chapter with the firm answers, in order, with a version line', () => {
    const model = buildManualDocument(
      {
        answers,
        chapters: [...chapters].reverse(),
        firmName: '株式会社サンプル',
        version: {
          number: 2,
          createdAt: '2026-11-25T00:00:00Z',
          createdByName: '山田',
          approvedAt: null,
          approvedByName: null,
        },
      },
      text('ja'),
    );
    const headings = model.blocks
      .filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual(manualStepIds.map((id) => `${id} 章${id}`));
    const all = documentText(model);
    for (const expected of [
      '株式会社サンプル',
      '第2版',
      '未承認',
      '山田 一郎',
      '090-1111-2222',
      '田中',
      '山田と佐藤',
      '高橋',
      '総務部長',
      'ABCシステム',
      'LANケーブルを抜く',
      '警視庁',
      '受注',
      '毎年4月に見直す',
      'ケーブルを抜く',
      '電源を切る',
    ]) {
      expect(all).toContain(expected);
    }
    expect(model.toc).toBe(true);
  });

  it('shows gaps for unanswered steps instead of failing (draft preview)', () => {
    const model = buildManualDocument({ answers: {}, chapters, firmName: 'Sample Ltd', version: null }, text('en'));
    const all = documentText(model);
    expect(all).toContain('(not filled in)');
    expect(all).toContain('Draft (not saved)');
  });

  it('puts first steps and phone numbers on a one-page wall card', () => {
    const data = buildWallCard({ answers, card, firmName: '株式会社サンプル' }, text('ja'));
    expect(data.steps[2]).toBe('電話する: 鈴木 次郎 080-3333-4444');
    expect(data.phones.map((p) => p.phone)).toEqual([
      '090-1111-2222',
      '03-1234-5678',
      '080-3333-4444',
      '03-9999-0000',
      '03-5805-1731',
    ]);
    const model = wallCardDocument(data, text('ja'));
    expect(model.toc).toBe(false);
    expect(documentText(model)).toContain('マニュアルの置き場所：総務の棚');
  });
});
