/** The result of a check as an A4 PDF, through the one PDF pipeline (src/server/exports/pdf-document.ts). */
import { createPdf, renderPdf, type Pdf } from '../../server/exports/pdf-document.ts';
import { formatDate, localizePath, t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { severityColours, severityShapes, type ResultView } from './result-view.ts';

const black = '#000000';
const grey = '#4d4d4d';
const linkBlue = '#0b4f9c';

/** The document being drawn, with what every part needs to place its text. */
interface ResultPage {
  doc: Pdf;
  locale: Locale;
  /** The left margin and the width of the text between the margins. */
  left: number;
  width: number;
  /** An absolute link to a page of the site, in the document's language. */
  url: (path: string) => string;
}

export async function renderResultPdf(
  view: ResultView,
  locale: Locale,
  options: { origin: string; now?: Date },
): Promise<Buffer> {
  const title = t(locale, 'check.result.title', { title: view.set.title[locale] });
  const doc = createPdf({ title, lang: locale });
  const left = doc.page.margins.left;
  const page: ResultPage = {
    doc,
    locale,
    left,
    width: doc.page.width - left - doc.page.margins.right,
    url: (path) => new URL(localizePath(locale, path), options.origin).href,
  };
  drawTitle(page, view, { title, now: options.now ?? new Date() });
  drawTotal(page, view);
  drawNextSteps(page, view);
  drawPartBars(page, view);
  drawReview(page, view);
  drawReadiness(page, view);
  drawAnswers(page, view);
  drawSource(page, view);
  return renderPdf(doc);
}

/** Starts a new page when less than the given height is left on this one. */
function ensureSpace({ doc }: ResultPage, height: number): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - height) doc.addPage();
}

/** The heading of a part, kept on the same page as the start of the part. */
function drawHeading(page: ResultPage, text: string): void {
  const { doc, left, width } = page;
  ensureSpace(page, 80);
  doc.moveDown(0.8).font('bold').fontSize(13).fillColor(black).text(text, left, doc.y, { width });
  doc.moveDown(0.3).font('regular').fontSize(10);
}

function drawTitle(
  { doc, locale, width }: ResultPage,
  view: ResultView,
  { title, now }: { title: string; now: Date },
): void {
  const { set } = view;
  doc.font('bold').fontSize(18).text(title, { width });
  doc
    .moveDown(0.3)
    .font('regular')
    .fontSize(9)
    .fillColor(grey)
    .text(
      `${t(locale, 'check.result.generated', { date: formatDate(locale, now) })} · ${t(locale, 'check.result.setVersion', { id: set.id, version: set.version })}`,
      { width },
    );
}

/** Total and band: big number, the band's shape and word (never colour alone). */
function drawTotal({ doc, locale, left, width }: ResultPage, view: ResultView): void {
  const { result, band } = view;
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
}

/** The next steps, each with the answer it comes from and links to the measures that help. */
function drawNextSteps(page: ResultPage, view: ResultView): void {
  const { doc, locale, width, url } = page;
  drawHeading(page, t(locale, 'check.result.nextSteps'));
  if (view.steps.length === 0) doc.text(t(locale, 'check.result.nextStepsNone'), { width });
  view.steps.forEach((step, index) => {
    ensureSpace(page, 60);
    doc.font('bold').text(`${index + 1}. ${step.question.topic[locale]}`, { width });
    doc.font('regular').text(t(locale, 'check.result.yourAnswer', { answer: step.choice.label[locale] }), { width });
    if (step.review) doc.text(t(locale, 'check.result.checkFirst'), { width });
    doc.text(t(locale, 'check.result.nextStep', { fix: step.question.fix[locale] }), { width });
    for (const action of step.actions) {
      doc
        .fillColor(linkBlue)
        .text(`${action.id} ${action.title} — ${url(action.path)}`, { width, link: url(action.path) });
    }
    doc.fillColor(black).moveDown(0.3);
  });
}

/** One bar a part: its name, how much of it is in place, and the score. */
function drawPartBars(page: ResultPage, view: ResultView): void {
  const { doc, locale, left, width } = page;
  const { set, result } = view;
  drawHeading(page, t(locale, 'check.result.parts'));
  const labelWidth = 190;
  const barWidth = width - labelWidth - 90;
  set.parts.forEach((part, index) => {
    const score = result.parts.find((candidate) => candidate.id === part.id);
    if (!score) return;
    ensureSpace(page, 24);
    const y = doc.y;
    doc.text(t(locale, 'check.part', { number: index + 1, title: part.title[locale] }), left, y, { width: labelWidth });
    doc
      .rect(left + labelWidth, y + 2, barWidth, 10)
      .lineWidth(0.5)
      .stroke(grey);
    const filled = Math.max(0, Math.min(100, score.percent));
    if (filled > 0) doc.rect(left + labelWidth, y + 2, (barWidth * filled) / 100, 10).fill(linkBlue);
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
}

/** The questions answered "unknown", to be checked first. */
function drawReview(page: ResultPage, view: ResultView): void {
  const { doc, locale, width } = page;
  drawHeading(page, t(locale, 'check.result.review'));
  if (view.review.length === 0) doc.text(t(locale, 'check.result.reviewNone'), { width });
  for (const item of view.review) doc.text(`${item.question.number}. ${item.question.topic[locale]}`, { width });
}

/** Where the answers stand against the SECURITY ACTION ★ and ★★ criteria, when the set has them. */
function drawReadiness({ doc, locale, width }: ResultPage, view: ResultView): void {
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

/** Every answer with its points; a gap also names the fix and the measures for it. */
function drawAnswers(page: ResultPage, view: ResultView): void {
  const { doc, locale, width } = page;
  drawHeading(page, t(locale, 'check.result.answers'));
  for (const item of view.items) {
    ensureSpace(page, 40);
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
}

/** Where the questions come from, and that nothing was stored. */
function drawSource({ doc, locale, width }: ResultPage, view: ResultView): void {
  doc.moveDown(0.8).fontSize(8).fillColor(grey).text(view.set.source[locale], { width });
  doc.text(t(locale, 'check.result.notStored'), { width });
}
