/**
 * Renders a document model to an editable .docx: real heading styles (Word's navigation pane
 * shows the structure), a table of contents field, clauses with their numbers, tables with a
 * repeated header row, page numbers in the footer. The docx library writes text as XML text
 * nodes, so markup in user input stays text.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { anchoredBlocks, plainText, type Block, type DocumentModel } from './model.ts';

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Latin text in a common sans-serif, Japanese in the fonts Word has on Windows and macOS. */
function fontsFor(locale: DocumentModel['locale']) {
  return { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: locale === 'ja' ? 'Yu Gothic' : 'Arial' };
}

function text(value: string, options: { bold?: boolean } = {}): TextRun {
  // Bold only when asked: an explicit "not bold" would override the heading styles.
  return new TextRun({ text: plainText(value), ...(options.bold ? { bold: true } : {}) });
}

function tableOf(block: Extract<Block, { kind: 'table' }>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (value: string, header: boolean, width?: number) =>
    new TableCell({
      borders,
      ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } } : {}),
      children: plainText(value)
        .split('\n')
        .map((line) => new Paragraph({ children: [text(line, { bold: header })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: block.header.map((value, i) => cell(value, true, block.widths?.[i])),
      }),
      ...block.rows.map(
        (row) => new TableRow({ children: row.map((value, i) => cell(value, false, block.widths?.[i])) }),
      ),
    ],
  });
}

function blockChildren(block: Block, nextInstance: () => number): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: headingLevels[block.level], children: [text(block.text)] })];
    case 'paragraph':
      return plainText(block.text)
        .split('\n')
        .map((line) => new Paragraph({ children: [text(line)], spacing: { after: 120 } }));
    case 'clause':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 160 },
          children: [text(block.title ? `${block.number}\u3000${block.title}` : block.number, { bold: true })],
        }),
        new Paragraph({ children: [text(block.text)], spacing: { after: 80 } }),
        ...(block.items ?? []).map(
          (item) =>
            new Paragraph({
              children: [text(item)],
              // A new instance restarts the numbering: every clause counts its items from (1).
              numbering: { reference: 'clause-items', level: 0, instance: nextInstance() },
            }),
        ),
      ];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: [text(item)],
            ...(block.ordered
              ? { numbering: { reference: 'ordered', level: 0, instance: nextInstance() } }
              : { bullet: { level: 0 } }),
          }),
      );
    case 'table':
      return [
        ...(block.caption ? [new Paragraph({ keepNext: true, children: [text(block.caption, { bold: true })] })] : []),
        tableOf(block),
        new Paragraph({ children: [] }),
      ];
    case 'note':
      return [
        new Paragraph({
          border: {
            top: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 },
            left: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 },
            right: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 },
          },
          spacing: { before: 120, after: 120 },
          children: [text(block.text)],
        }),
      ];
    case 'fill':
      return [
        new Paragraph({
          spacing: { before: 240 },
          children: [text(`${block.label}：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿`)],
        }),
      ];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const font = fontsFor(model.locale);
  let instance = 0;
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(model.title)] }),
    ...(model.subtitle
      ? [
          new Paragraph({
            spacing: { after: 200 },
            children: [new TextRun({ text: plainText(model.subtitle), size: 26, color: '555555' })],
          }),
        ]
      : []),
    ...model.meta.map((m) => new Paragraph({ children: [text(`${m.label}: `, { bold: true }), text(m.value)] })),
    ...(model.toc
      ? [
          new Paragraph({ spacing: { before: 240 }, children: [text(model.tocTitle ?? '', { bold: true })] }),
          new TableOfContents(model.tocTitle ?? 'Contents', { hyperlink: true, headingStyleRange: '1-2' }),
        ]
      : []),
    ...anchoredBlocks(model.blocks).flatMap((block) => {
      instance += 1;
      return blockChildren(block, () => instance);
    }),
  ];
  const document = new Document({
    title: plainText(model.title),
    creator: 'Gokui',
    features: { updateFields: model.toc },
    styles: {
      default: {
        document: { run: { font, size: 21 }, paragraph: { spacing: { line: 300 } } },
        heading1: { run: { font, size: 30, bold: true }, paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { run: { font, size: 25, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
        title: { run: { font, size: 40, bold: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
        {
          reference: 'clause-items',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  ...(model.footer ? [new TextRun({ text: `${plainText(model.footer)}\u3000`, size: 16 })] : []),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
