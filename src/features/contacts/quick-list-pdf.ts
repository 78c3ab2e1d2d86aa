import { createPdf, renderPdf } from '../../server/exports/pdf-document.ts';
import { formatDate, formatVerified, t, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { Contact } from './contacts.ts';

/** The A4 quick list (相談・届出先クイックリスト) for the office wall. */
export async function renderQuickListPdf(
  locale: Locale,
  contacts: Contact[],
  regionLabel: string,
  now = new Date(),
): Promise<Buffer> {
  const doc = createPdf({ title: t(locale, 'contacts.quickListTitle'), lang: locale });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('bold').fontSize(18).text(t(locale, 'contacts.quickListTitle'));
  doc
    .moveDown(0.3)
    .font('regular')
    .fontSize(10)
    .text(`${regionLabel} · ${t(locale, 'contacts.quickListGenerated', { date: formatDate(locale, now) })}`);
  doc.moveDown(0.3).fontSize(10).text(t(locale, 'contacts.quickListLead'));
  const oldest = contacts.map((c) => c.verifiedAt).sort()[0];
  if (oldest) doc.moveDown(0.2).text(t(locale, 'contacts.verifiedNote', { date: formatVerified(locale, oldest) }));
  doc.moveDown(0.8);

  for (const contact of contacts) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 70) doc.addPage();
    const top = doc.y;
    doc
      .moveTo(doc.page.margins.left, top)
      .lineTo(doc.page.margins.left + width, top)
      .lineWidth(0.5)
      .strokeColor('#767676')
      .stroke();
    doc.moveDown(0.3);
    const kind = t(locale, `contactKind.${contact.kind}` as MessageKey);
    doc.font('bold').fontSize(11).fillColor('#000000').text(`${contact.name[locale]}  [${kind}]`, { width });
    if (contact.phone)
      doc
        .font('bold')
        .fontSize(14)
        .text(`${t(locale, 'contacts.phone')} ${contact.phone}`, { width });
    const events = contact.events.map((event) => t(locale, `event.${event}` as MessageKey)).join(' / ');
    doc.font('regular').fontSize(9).text(events, { width });
    if (contact.url)
      doc.fontSize(9).fillColor('#0b4f9c').text(contact.url, { width, link: contact.url }).fillColor('#000000');
    doc.moveDown(0.4);
  }
  return renderPdf(doc);
}
