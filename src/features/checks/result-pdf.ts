/** The result of a check as an A4 PDF, through the one PDF pipeline (src/server/exports/pdf-document.ts). */
import { createPdf, renderPdf, type Pdf } from '../../server/exports/pdf-document.ts';
import { formatDate, localizePath, t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { severityColours, severityShapes, type ResultView } from './result-view.ts';

const black = '#000000';
const grey = '#4d4d4d';

export async function renderResultPdf(
  view: ResultView,
  locale: Locale,
  options: { origin: string; now?: Date },
): Promise<Buffer> {
  const { set, result, band } = view;
  const title = t(locale, 'check.result.title', { title: set.title[locale] });
  const doc = createPdf({ title, lang: locale });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const url = (path: string) => new URL(localizePath(locale, path), options.origin).href;
  const ensureSpace = (height: number) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - height) doc.addPage();
  };
  const heading = (text: string) => {
    ensureSpace(80);
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor(black).text(text, left, doc.y, { width });
    doc.moveDown(0.3).font('regular').fontSize(10);
  };

  doc.font('bold').fontSize(18).text(title, { width });
  doc
    .moveDown(0.3)
    .font('regular')
    .fontSize(9)
    .fillColor(grey)
    .text(
      `${t(locale, 'check.result.generated', { date: formatDate(locale, options.now ?? new Date()) })} · ${t(locale, 'check.result.setVersion', { id: set.id, version: set.version })}`,
      { width },
    );

  // Total and band: big number, the band's shape and word (never colour alone).
  doc.moveDown(0.8);
  const top = doc.y;
  const colour = severityColours[band.severity];
  doc
    .save()
    .translate(left, top + 4)
    .scale(1.6)
    .path(severityShapes[band.severity])
    .lineWidth(2.2)
    .stroke(colour)
    .restore();
  doc
    .font('bold')
    .fontSize(30)
    .fillColor(black)
    .text(t(locale, 'check.result.points', { total: result.total }), left + 52, top, { continued: false });
  doc
    .font('regular')
    .fontSize(11)
    .fillColor(grey)
    .text(t(locale, 'check.result.outOf', { max: result.max }), left + 52);
  doc
    .moveDown(0.4)
    .font('bold')
    .fontSize(14)
    .fillColor(colour)
    .text(t(locale, 'check.result.bandLine', { band: band.label[locale] }), left, doc.y, { width });
  doc.moveDown(0.3).font('regular').fontSize(10).fillColor(black).text(band.advice[locale], { width });

  heading(t(locale, 'check.result.nextSteps'));
  if (view.steps.length === 0) doc.text(t(locale, 'check.result.nextStepsNone'), { width });
  view.steps.forEach((step, index) => {
    ensureSpace(60);
    doc.font('bold').text(`${index + 1}. ${step.question.topic[locale]}`, { width });
    doc.font('regular').text(t(locale, 'check.result.yourAnswer', { answer: step.choice.label[locale] }), { width });
    if (step.review) doc.text(t(locale, 'check.result.checkFirst'), { width });
    doc.text(t(locale, 'check.result.nextStep', { fix: step.question.fix[locale] }), { width });
    for (const action of step.actions) {
      doc
        .fillColor('#0b4f9c')
        .text(`${action.id} ${action.title} — ${url(action.path)}`, { width, link: url(action.path) });
    }
    doc.fillColor(black).moveDown(0.3);
  });

  heading(t(locale, 'check.result.parts'));
  const labelWidth = 190;
  const barWidth = width - labelWidth - 90;
  set.parts.forEach((part, index) => {
    const score = result.parts.find((candidate) => candidate.id === part.id);
    if (!score) return;
    ensureSpace(24);
    const y = doc.y;
    doc.text(t(locale, 'check.part', { number: index + 1, title: part.title[locale] }), left, y, { width: labelWidth });
    doc
      .rect(left + labelWidth, y + 2, barWidth, 10)
      .lineWidth(0.5)
      .stroke(grey);
    const filled = Math.max(0, Math.min(100, score.percent));
    if (filled > 0) doc.rect(left + labelWidth, y + 2, (barWidth * filled) / 100, 10).fill('#0b4f9c');
    doc
      .fillColor(black)
      .text(
        `${score.score} / ${score.max} (${t(locale, 'check.result.percent', { percent: score.percent })})`,
        left + labelWidth + barWidth + 8,
        y,
        { width: 90 },
      );
    doc.x = left;
    doc.moveDown(0.4);
  });

  heading(t(locale, 'check.result.review'));
  if (view.review.length === 0) doc.text(t(locale, 'check.result.reviewNone'), { width });
  for (const item of view.review) doc.text(`${item.question.number}. ${item.question.topic[locale]}`, { width });

  if (view.readiness) drawReadiness(doc, view, locale, width);

  heading(t(locale, 'check.result.answers'));
  for (const item of view.items) {
    ensureSpace(40);
    const flag = item.review ? ` [${t(locale, 'check.result.reviewFlag')}]` : '';
    doc.font('bold').text(
      t(locale, 'check.result.answerLine', {
        number: item.question.number,
        topic: item.question.topic[locale],
        answer: item.choice.label[locale],
        points: item.points,
      }) + flag,
      { width },
    );
    doc.font('regular');
    if (item.gap) {
      doc.text(t(locale, 'check.result.nextStep', { fix: item.question.fix[locale] }), { width });
      doc
        .fillColor(grey)
        .text(`${t(locale, 'check.result.actions')} ${item.actions.map((a) => `${a.id} ${a.title}`).join(' / ')}`, {
          width,
        })
        .fillColor(black);
    }
    doc.moveDown(0.2);
  }

  doc.moveDown(0.8).fontSize(8).fillColor(grey).text(set.source[locale], { width });
  doc.text(t(locale, 'check.result.notStored'), { width });
  return renderPdf(doc);
}

function drawReadiness(doc: Pdf, view: ResultView, locale: Locale, width: number): void {
  const readiness = view.readiness;
  if (!readiness) return;
  doc.moveDown(0.8).font('bold').fontSize(13).text(t(locale, 'check.sa.title'), { width });
  doc.moveDown(0.3).font('regular').fontSize(10).text(t(locale, 'check.sa.lead'), { width });
  doc.moveDown(0.3).font('bold').text(t(locale, 'check.sa.oneStar'), { width }).font('regular');
  readiness.oneStar.principles.forEach((principle, index) => {
    const status = t(locale, `check.sa.status.${principle.status}` as MessageKey);
    doc.text(`${index + 1}. ${t(locale, `check.sa.principle.${index + 1}` as MessageKey)} — ${status}`, { width });
  });
  doc.moveDown(0.3).font('bold').text(t(locale, 'check.sa.twoStar'), { width }).font('regular');
  readiness.twoStar.criteria.forEach((criterion, index) => {
    const status = t(locale, `check.sa.status.${criterion.status}` as MessageKey);
    doc.text(`${index + 1}. ${t(locale, `check.sa.criterion.${criterion.id}` as MessageKey)} — ${status}`, { width });
  });
}
