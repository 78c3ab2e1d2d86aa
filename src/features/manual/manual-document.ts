/**
 * The emergency manual and its wall card as document models of the shared pipeline: the fixed
 * text of src/content/manual with the firm's answers filled in. Pure.
 */
import type { ManualCard, ManualChapter } from '../../content/manual-schemas.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Block, DocumentLocale, DocumentModel } from '../../server/exports/document/index.ts';
import { answerRows, answerText, type ManualAnswers, type ManualStepId } from './manual-answers.ts';

export interface ManualText {
  locale: DocumentLocale;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** ISO timestamp or date → 2026年11月25日 / 25 November 2026 */
  date: (iso: string) => string;
}

export interface VersionInfo {
  number: number;
  createdAt: string;
  createdByName: string;
  approvedAt: string | null;
  approvedByName: string | null;
}

const roleKeys = ['chief', 'lead', 'first'] as const;

/** Fills a blank answer with a visible gap, so the printed manual shows what is still to decide. */
function orBlank(value: string, t: ManualText['t']): string {
  return value.trim() === '' ? t('manual.doc.blank') : value;
}

function versionMeta(version: VersionInfo | null, text: ManualText) {
  const { t, date } = text;
  if (!version) return [{ label: t('manual.doc.version'), value: t('manual.doc.draft') }];
  return [
    { label: t('manual.doc.version'), value: t('manual.doc.versionValue', { number: version.number }) },
    {
      label: t('manual.doc.created'),
      value: t('manual.doc.by', { date: date(version.createdAt), name: version.createdByName }),
    },
    {
      label: t('manual.doc.approved'),
      value:
        version.approvedAt && version.approvedByName
          ? t('manual.doc.by', { date: date(version.approvedAt), name: version.approvedByName })
          : t('manual.doc.notApproved'),
    },
  ];
}

/** What a chapter's own blocks are built from: the firm's answers and the translations. */
interface ChapterInput {
  answers: ManualAnswers;
  t: ManualText['t'];
  /** The answer to a field of a step, or the visible gap when it is blank. */
  answer: (step: ManualStepId, field: string) => string;
}

/** A table of what the firm decided, one row per item. */
function decisionTable(t: ManualText['t'], rows: string[][]): Block {
  return { kind: 'table', header: [t('manual.doc.item'), t('manual.doc.decision')], rows, widths: [30, 70] };
}

/**
 * The blocks each chapter adds after its fixed text, from the firm's answers to its step of the
 * builder. One entry per step, so a new step cannot be left out of the printed manual.
 */
const chapterBlocks: Record<ManualStepId, (input: ChapterInput) => Block[]> = {
  '4-1': ({ answers, t, answer }) => {
    const month = answerText(answers, '4-1', 'reviewMonth');
    return [
      decisionTable(t, [
        [t('manual.field.scope'), orBlank(answerText(answers, '4-1', 'scope') || t('manual.default.scope'), t)],
        [t('manual.field.storage'), answer('4-1', 'storage')],
        [
          t('manual.field.reviewMonth'),
          month
            ? t('manual.doc.reviewEvery', { month: t(`manual.month.${month}` as MessageKey) })
            : t('manual.doc.blank'),
        ],
      ]),
    ];
  },
  '4-2': ({ answers, t, answer }) => [
    { kind: 'heading', level: 2, text: t('manual.doc.roles') },
    {
      kind: 'table',
      header: [
        t('manual.doc.role'),
        t('manual.doc.duty'),
        t('manual.doc.name'),
        t('manual.doc.phone'),
        t('manual.doc.deputy'),
      ],
      rows: roleKeys.map((role) => [
        t(`manual.role.${role}` as MessageKey),
        t(`manual.roleDuty.${role}` as MessageKey),
        answer('4-2', `${role}Name`),
        answer('4-2', `${role}Phone`),
        answerText(answers, '4-2', `${role}Deputy`) || '—',
      ]),
      widths: [16, 38, 16, 16, 14],
    },
    { kind: 'heading', level: 2, text: t('manual.doc.levels') },
    {
      kind: 'table',
      header: [t('manual.doc.level'), t('manual.doc.reach'), t('manual.doc.whoActs')],
      rows: [3, 2, 1, 0].map((level) => [
        t('incidents.level.short', { level }),
        t(`manual.levelReach.${level}` as MessageKey),
        answer('4-2', `level${level}`),
      ]),
      widths: [14, 48, 38],
    },
    { kind: 'heading', level: 2, text: t('manual.doc.internal') },
    {
      kind: 'table',
      header: [t('manual.doc.name'), t('manual.doc.roleOrDept'), t('manual.doc.phone')],
      rows: [
        ...roleKeys.map((role) => [
          answer('4-2', `${role}Name`),
          t(`manual.role.${role}` as MessageKey),
          answer('4-2', `${role}Phone`),
        ]),
        ...answerRows(answers, '4-2', 'internal').map((row) => [
          row['name'] ?? '',
          row['role'] ?? '',
          row['phone'] ?? '',
        ]),
      ],
      widths: [35, 35, 30],
    },
  ],
  '4-3': ({ answers, t, answer }) => {
    const entrusted = answerText(answers, '4-3', 'entrusted');
    return [
      { kind: 'paragraph', text: t('manual.doc.customerDesk', { who: answer('4-3', 'customerDesk') }) },
      ...(entrusted ? [{ kind: 'note' as const, text: t('manual.doc.entrusted', { list: entrusted }) }] : []),
    ];
  },
  '4-4': ({ answers, t, answer }) => [
    decisionTable(t, [
      [
        t('manual.field.vendor'),
        [answerText(answers, '4-4', 'vendorName'), answerText(answers, '4-4', 'vendorPhone')]
          .filter(Boolean)
          .join('  ') || t('manual.doc.blank'),
      ],
      [t('manual.field.backupPlace'), answer('4-4', 'backupPlace')],
      [t('manual.field.fallback'), answer('4-4', 'fallback')],
    ]),
  ],
  '4-5': ({ t, answer }) => [{ kind: 'note', text: t('manual.doc.disconnect', { how: answer('4-5', 'disconnect') }) }],
  '4-6': ({ answers, t }) => [
    {
      kind: 'table',
      caption: t('manual.doc.external'),
      header: [t('manual.doc.contact'), t('manual.doc.purpose'), t('manual.doc.phone')],
      rows: answerRows(answers, '4-6', 'external').map((row) => [
        row['name'] ?? '',
        row['purpose'] ?? '',
        row['phone'] || '—',
      ]),
      widths: [40, 38, 22],
    },
  ],
  '4-7': ({ answers, t, answer }) => [
    {
      kind: 'table',
      caption: t('manual.doc.keep'),
      header: [t('manual.field.keepWork'), t('manual.field.keepTarget')],
      rows: answerRows(answers, '4-7', 'keep').map((row) => [row['work'] ?? '', row['target'] ?? '']),
      widths: [65, 35],
    },
    { kind: 'paragraph', text: `${t('manual.field.backup')}: ${answer('4-7', 'backup')}` },
    { kind: 'paragraph', text: `${t('manual.field.safety')}: ${answer('4-7', 'safety')}` },
  ],
};

/** A list under its own heading, or nothing when there is nothing to list. */
function titledList(title: string, items: string[], ordered: boolean): Block[] {
  return items.length === 0
    ? []
    : [
        { kind: 'heading', level: 2, text: title },
        { kind: 'list', ordered, items },
      ];
}

/** One chapter: its title and fixed text, the firm's decisions, then its steps and what not to do. */
function chapterDocumentBlocks(chapter: ManualChapter, input: ChapterInput, locale: DocumentLocale): Block[] {
  const { t } = input;
  return [
    { kind: 'heading', level: 1, text: `${chapter.id} ${chapter.title[locale]}`, id: `chapter-${chapter.id}` },
    ...chapter.paragraphs.map((paragraph): Block => ({ kind: 'paragraph', text: paragraph[locale] })),
    ...chapterBlocks[chapter.id](input),
    ...titledList(
      t('manual.doc.steps'),
      chapter.steps.map((step) => step[locale]),
      true,
    ),
    ...titledList(
      t('manual.doc.dont'),
      chapter.dont.map((item) => item[locale]),
      false,
    ),
  ];
}

export interface ManualSource {
  answers: ManualAnswers;
  chapters: ManualChapter[];
  firmName: string;
  version: VersionInfo | null;
}

/** The whole manual: the chapters in their order, each with the firm's answers filled in. */
export function buildManualDocument(source: ManualSource, text: ManualText): DocumentModel {
  const { answers, chapters, firmName, version } = source;
  const { t, locale } = text;
  const input: ChapterInput = {
    answers,
    t,
    answer: (step, field) => orBlank(answerText(answers, step, field), t),
  };
  return {
    locale,
    title: t('manual.doc.title'),
    subtitle: firmName,
    meta: versionMeta(version, text),
    toc: true,
    tocTitle: t('manual.doc.toc'),
    blocks: [...chapters]
      .sort((x, y) => x.order - y.order)
      .flatMap((chapter) => chapterDocumentBlocks(chapter, input, locale)),
    footer: t('manual.doc.footer', { firm: firmName }),
  };
}

export interface WallCardPhone {
  label: string;
  name: string;
  phone: string;
}

export interface WallCardData {
  title: string;
  firmName: string;
  lead: string;
  steps: string[];
  dont: string[];
  phones: WallCardPhone[];
  /** Where the full manual is kept. */
  manualAt: string;
}

/** Public desks shown on the card after the firm's own people; the card must stay one page. */
const MAX_CARD_EXTERNAL = 4;

export function buildWallCard(
  { answers, card, firmName }: { answers: ManualAnswers; card: ManualCard; firmName: string },
  text: ManualText,
): WallCardData {
  const { t, locale } = text;
  const phones: WallCardPhone[] = roleKeys.map((role) => ({
    label: t(`manual.role.${role}` as MessageKey),
    name: answerText(answers, '4-2', `${role}Name`),
    phone: answerText(answers, '4-2', `${role}Phone`),
  }));
  const vendorPhone = answerText(answers, '4-4', 'vendorPhone');
  if (vendorPhone)
    phones.push({
      label: t('manual.field.vendor'),
      name: answerText(answers, '4-4', 'vendorName'),
      phone: vendorPhone,
    });
  for (const row of answerRows(answers, '4-6', 'external')
    .filter((r) => r['phone'])
    .slice(0, MAX_CARD_EXTERNAL)) {
    phones.push({
      label: row['purpose'] || t('manual.doc.contact'),
      name: row['name'] ?? '',
      phone: row['phone'] ?? '',
    });
  }
  const first = answerText(answers, '4-2', 'firstName');
  const firstPhone = answerText(answers, '4-2', 'firstPhone');
  return {
    title: card.title[locale],
    firmName,
    lead: card.lead[locale],
    steps: card.steps.map((step, index) =>
      index === card.steps.length - 1 && first
        ? `${step[locale]}: ${first}${firstPhone ? ` ${firstPhone}` : ''}`
        : step[locale],
    ),
    dont: card.dont.map((item) => item[locale]),
    phones,
    manualAt: answerText(answers, '4-1', 'storage'),
  };
}

export function wallCardDocument(card: WallCardData, text: ManualText): DocumentModel {
  const { t, locale } = text;
  return {
    locale,
    title: card.title,
    subtitle: card.firmName,
    meta: [],
    toc: false,
    blocks: [
      { kind: 'paragraph', text: card.lead },
      { kind: 'list', ordered: true, items: card.steps },
      { kind: 'heading', level: 2, text: t('manual.doc.dont') },
      { kind: 'list', ordered: false, items: card.dont },
      { kind: 'heading', level: 2, text: t('manual.card.phones') },
      {
        kind: 'table',
        header: [t('manual.doc.roleOrDept'), t('manual.doc.name'), t('manual.doc.phone')],
        rows: card.phones.map((p) => [p.label, p.name || '—', p.phone || '—']),
        widths: [36, 36, 28],
      },
      ...(card.manualAt ? [{ kind: 'note' as const, text: t('manual.card.manualAt', { place: card.manualAt }) }] : []),
    ],
  };
}
