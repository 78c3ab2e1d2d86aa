/** The result of a check as .xlsx, through the shared helper that neutralises formulas. */
import { createWorkbook, renderXlsx } from '../../server/exports/xlsx-document.ts';
import { formatDate, t, type Locale } from '../../i18n/index.ts';
import type { ResultView } from './result-view.ts';

export function renderResultXlsx(view: ResultView, locale: Locale, now = new Date()): Promise<Buffer> {
  const { set, result, band } = view;
  const title = t(locale, 'check.result.title', { title: set.title[locale] });
  const partTitle = (id: string) => set.parts.find((part) => part.id === id)?.title[locale] ?? id;
  const workbook = createWorkbook({ title, created: now }, [
    {
      name: t(locale, 'check.xlsx.summarySheet'),
      columns: [
        { header: t(locale, 'check.xlsx.item'), width: 24 },
        { header: t(locale, 'check.xlsx.value'), width: 80 },
      ],
      rows: [
        [t(locale, 'check.xlsx.check'), title],
        [t(locale, 'check.xlsx.date'), formatDate(locale, now)],
        [t(locale, 'check.xlsx.setId'), set.id],
        [t(locale, 'check.xlsx.version'), set.version],
        [t(locale, 'check.result.total'), result.total],
        [t(locale, 'check.result.colMax'), result.max],
        [t(locale, 'check.result.band'), band.label[locale]],
        [t(locale, 'check.xlsx.advice'), band.advice[locale]],
        [t(locale, 'check.result.review'), view.review.map((item) => item.question.number).join(', ')],
      ],
    },
    {
      name: t(locale, 'check.result.parts'),
      columns: [
        { header: t(locale, 'check.result.colPart'), width: 30 },
        { header: t(locale, 'check.result.colScore'), width: 10 },
        { header: t(locale, 'check.result.colMax'), width: 10 },
        { header: t(locale, 'check.result.colPercent'), width: 10 },
      ],
      rows: result.parts.map((part) => [partTitle(part.id), part.score, part.max, part.percent]),
    },
    {
      name: t(locale, 'check.xlsx.answersSheet'),
      columns: [
        { header: t(locale, 'check.xlsx.number'), width: 6 },
        { header: t(locale, 'check.result.colPart'), width: 22 },
        { header: t(locale, 'check.xlsx.topic'), width: 28 },
        { header: t(locale, 'check.xlsx.question'), width: 60 },
        { header: t(locale, 'check.xlsx.answer'), width: 16 },
        { header: t(locale, 'check.xlsx.points'), width: 8 },
        { header: t(locale, 'check.xlsx.best'), width: 8 },
        { header: t(locale, 'check.xlsx.review'), width: 10 },
        { header: t(locale, 'check.xlsx.fix'), width: 60 },
        { header: t(locale, 'check.xlsx.actions'), width: 40 },
      ],
      rows: view.items.map((item) => [
        item.question.number,
        partTitle(item.question.partId),
        item.question.topic[locale],
        item.question.text[locale],
        item.choice.label[locale],
        item.points,
        item.best,
        item.review ? t(locale, 'check.xlsx.yes') : '',
        item.gap ? item.question.fix[locale] : '',
        item.gap ? item.actions.map((action) => `${action.id} ${action.title}`).join(' / ') : '',
      ]),
    },
  ]);
  return renderXlsx(workbook);
}
