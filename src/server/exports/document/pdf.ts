/**
 * Renders a document model to an A4 PDF through the one PDF pipeline (Noto Sans JP embedded):
 * bookmarks for headings, a table of contents with page numbers, tables that break across
 * pages with the header repeated, page numbers in the footer. pdfkit draws characters, never
 * markup, so user input cannot inject anything.
 */
import { createPdf, renderPdf, type Pdf } from '../pdf-document.ts';
import { anchoredBlocks, plainText, type Block, type DocumentModel } from './model.ts';

const black = '#000000';
const grey = '#555555';
const sizes = { 1: 15, 2: 12.5, 3: 11 } as const;
const bodySize = 10;

interface Layout {
  doc: Pdf;
  left: number;
  width: number;
  bottom: number;
}

function ensureSpace(layout: Layout, height: number): void {
  if (layout.doc.y + height > layout.bottom) layout.doc.addPage();
}

function write(
  layout: Layout,
  value: string,
  options: { font?: 'regular' | 'bold'; size?: number; indent?: number; colour?: string } = {},
) {
  const { doc, left, width } = layout;
  const indent = options.indent ?? 0;
  doc
    .font(options.font ?? 'regular')
    .fontSize(options.size ?? bodySize)
    .fillColor(options.colour ?? black)
    .text(plainText(value), left + indent, doc.y, { width: width - indent, lineGap: 2.5 });
}

function drawTable(layout: Layout, block: Extract<Block, { kind: 'table' }>): void {
  const { doc, left, width } = layout;
  const columns = block.header.length;
  const given = block.widths && block.widths.length === columns ? block.widths : undefined;
  const total = given ? given.reduce((a, b) => a + b, 0) : columns;
  const colWidths = Array.from({ length: columns }, (_, i) => (width * (given ? given[i]! : 1)) / total);
  const pad = 4;
  const rowHeight = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(9);
    return (
      Math.max(
        ...cells.map((cell, i) =>
          doc.heightOfString(plainText(cell), { width: colWidths[i]! - pad * 2, lineGap: 1.5 }),
        ),
      ) +
      pad * 2
    );
  };
  const drawRow = (cells: string[], header: boolean) => {
    const font = header ? 'bold' : 'regular';
    const height = rowHeight(cells, font);
    if (doc.y + height > layout.bottom) {
      doc.addPage();
      if (!header) drawRow(block.header, true);
    }
    const top = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const w = colWidths[i]!;
      if (header) doc.save().rect(x, top, w, height).fill('#e8e8e8').restore();
      doc.rect(x, top, w, height).lineWidth(0.5).stroke('#808080');
      doc
        .font(font)
        .fontSize(9)
        .fillColor(black)
        .text(plainText(cell), x + pad, top + pad, {
          width: w - pad * 2,
          lineGap: 1.5,
        });
      x += w;
    });
    doc.x = left;
    doc.y = top + height;
  };
  if (block.caption) {
    ensureSpace(layout, 40);
    write(layout, block.caption, { font: 'bold' });
    doc.moveDown(0.2);
  }
  ensureSpace(layout, rowHeight(block.header, 'bold') + 20);
  drawRow(block.header, true);
  for (const row of block.rows) drawRow(row, false);
  doc.moveDown(0.6);
}

function drawBlock(layout: Layout, block: Block, pages: Map<string, number>): void {
  const { doc } = layout;
  switch (block.kind) {
    case 'heading': {
      ensureSpace(layout, block.level === 1 ? 90 : 60);
      doc.moveDown(block.level === 1 ? 0.9 : 0.6);
      pages.set(block.id ?? '', doc.bufferedPageRange().count);
      if (block.level <= 2) doc.outline.addItem(plainText(block.text));
      write(layout, block.text, { font: 'bold', size: sizes[block.level] });
      doc.moveDown(0.3);
      return;
    }
    case 'paragraph':
      ensureSpace(layout, 30);
      write(layout, block.text);
      doc.moveDown(0.5);
      return;
    case 'clause':
      ensureSpace(layout, 50);
      write(layout, block.title ? `${block.number}\u3000${block.title}` : block.number, { font: 'bold' });
      write(layout, block.text);
      (block.items ?? []).forEach((item, i) => {
        ensureSpace(layout, 20);
        write(layout, `(${i + 1}) ${item}`, { indent: 14 });
      });
      doc.moveDown(0.5);
      return;
    case 'list':
      block.items.forEach((item, i) => {
        ensureSpace(layout, 20);
        write(layout, `${block.ordered ? `${i + 1}.` : '・'} ${item}`, { indent: 10 });
      });
      doc.moveDown(0.5);
      return;
    case 'table':
      drawTable(layout, block);
      return;
    case 'note': {
      doc.font('regular').fontSize(bodySize);
      const height = doc.heightOfString(plainText(block.text), { width: layout.width - 16, lineGap: 2.5 }) + 12;
      ensureSpace(layout, height + 8);
      const top = doc.y;
      doc.rect(layout.left, top, layout.width, height).lineWidth(0.8).stroke('#808080');
      doc.y = top + 6;
      write(layout, block.text, { indent: 8 });
      doc.y = top + height;
      doc.moveDown(0.6);
      return;
    }
    case 'fill':
      ensureSpace(layout, 30);
      doc.moveDown(0.6);
      write(layout, `${block.label}：`);
      doc
        .moveTo(layout.left + 120, doc.y)
        .lineTo(layout.left + layout.width * 0.8, doc.y)
        .lineWidth(0.5)
        .stroke(grey);
      doc.moveDown(0.6);
      return;
    case 'pageBreak':
      doc.addPage();
      return;
  }
}

export async function renderDocumentPdf(model: DocumentModel): Promise<Buffer> {
  const doc = createPdf({ title: plainText(model.title), lang: model.locale });
  const layout: Layout = {
    doc,
    left: doc.page.margins.left,
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
    bottom: doc.page.height - doc.page.margins.bottom - 14,
  };
  write(layout, model.title, { font: 'bold', size: 20 });
  if (model.subtitle) write(layout, model.subtitle, { size: 12, colour: grey });
  doc.moveDown(0.5);
  for (const m of model.meta) write(layout, `${m.label}: ${m.value}`, { size: 9.5, colour: grey });
  doc.moveDown(0.8);

  const blocks = anchoredBlocks(model.blocks);
  const headings = blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level <= 2);
  // The contents need page numbers that are known only after layout: reserve its pages after
  // the title, lay out the body, then go back and fill them in.
  const entriesPerPage = 40;
  let tocFirstPage = -1;
  if (model.toc && headings.length > 0) {
    doc.addPage();
    tocFirstPage = doc.bufferedPageRange().count - 1;
    for (let i = 1; i < Math.ceil((headings.length + 2) / entriesPerPage); i += 1) doc.addPage();
    doc.addPage();
  }
  const pages = new Map<string, number>();
  for (const block of blocks) drawBlock(layout, block, pages);

  if (tocFirstPage >= 0) {
    doc.switchToPage(tocFirstPage);
    doc.y = doc.page.margins.top;
    write(layout, model.tocTitle ?? '', { font: 'bold', size: 13 });
    doc.moveDown(0.3);
    headings.forEach((heading, i) => {
      if (i > 0 && (i + 2) % entriesPerPage === 0) {
        doc.switchToPage(tocFirstPage + (i + 2) / entriesPerPage);
        doc.y = doc.page.margins.top;
      }
      const y = doc.y;
      const indent = heading.level === 1 ? 0 : 14;
      doc.font('regular').fontSize(10).fillColor(black);
      doc.text(plainText(heading.text), layout.left + indent, y, {
        width: layout.width - indent - 40,
        lineBreak: false,
        ellipsis: true,
      });
      doc.text(String(pages.get(heading.id ?? '') ?? ''), layout.left + layout.width - 40, y, {
        width: 40,
        align: 'right',
        lineBreak: false,
      });
      doc.y = y + 16;
    });
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const y = doc.page.height - doc.page.margins.bottom + 10;
    const footer = `${model.footer ? `${plainText(model.footer)}\u3000` : ''}${i + 1} / ${range.count}`;
    doc.font('regular').fontSize(8).fillColor(grey);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.text(footer, layout.left, y, { width: layout.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
  return renderPdf(doc);
}
