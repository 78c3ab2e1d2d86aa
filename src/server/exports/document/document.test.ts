import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../tests/e2e/pdf-text.ts';
import DocumentView from './document-view.astro';
import { renderDocx } from './docx.ts';
import { documentText, plainText, tableOfContents, type DocumentModel } from './model.ts';
import { renderDocumentPdf } from './pdf.ts';

const hostile = '<script>alert(1)</script> & =HYPERLINK("http://evil.example","x")';

function sample(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    locale: 'ja',
    title: '情報セキュリティ基本方針',
    subtitle: hostile,
    meta: [
      { label: '組織', value: '株式会社テスト製作所' },
      { label: '施行日', value: '2026年12月1日' },
    ],
    toc: true,
    tocTitle: '目次',
    footer: '極意で作成',
    blocks: [
      { kind: 'heading', level: 1, text: '第1章 総則' },
      {
        kind: 'clause',
        number: '第1条',
        title: '目的',
        text: 'この規程は情報資産を守るための決まりです。',
        items: ['一つ目', '二つ目'],
      },
      { kind: 'paragraph', text: `段落の一行目\n${hostile}` },
      { kind: 'heading', level: 2, text: '1.1 対象' },
      { kind: 'list', ordered: false, items: ['パソコン', 'スマートフォン'] },
      { kind: 'list', ordered: true, items: ['電源を切らない', 'ネットワークから外す'] },
      {
        kind: 'table',
        caption: '連絡先',
        header: ['役割', '氏名', '電話'],
        rows: Array.from({ length: 60 }, (_, i) => [`担当${i + 1}`, `山田${i + 1}`, '03-0000-0000']),
      },
      { kind: 'note', text: '困ったときは最寄りの相談窓口へ。' },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: '第2章 付則' },
      { kind: 'fill', label: '承認者署名' },
    ],
    ...overrides,
  };
}

describe('document model', () => {
  it('gives every heading a unique anchor and lists them in order', () => {
    const toc = tableOfContents(sample());
    expect(toc.map((entry) => entry.text)).toEqual(['第1章 総則', '1.1 対象', '第2章 付則']);
    expect(new Set(toc.map((entry) => entry.id)).size).toBe(3);
  });

  it('documentText holds every text of the document', () => {
    const text = documentText(sample());
    for (const part of ['第1条', '二つ目', 'ネットワークから外す', '山田60', '承認者署名', '株式会社テスト製作所']) {
      expect(text).toContain(part);
    }
  });

  it('plainText removes every character XML and PDF text cannot carry, and nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const cleaned = plainText(value);
        // eslint-disable-next-line no-control-regex
        expect(cleaned).not.toMatch(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/);
        expect(plainText(cleaned)).toBe(cleaned);
      }),
    );
    expect(plainText('第1条\t<b>&')).toBe('第1条 <b>&');
  });
});

describe('renderDocx', () => {
  it('writes real headings, a contents field, numbered items and the text as text', async () => {
    const bytes = await renderDocx(sample({ title: `テスト\u0001社` }));
    const files = unzipSync(new Uint8Array(bytes));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('TOC \\h \\o');
    expect(xml).not.toContain('<w:b w:val="false"/>');
    expect(xml).toContain('第1条');
    expect(xml).toContain('山田60');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; =HYPERLINK(');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('テスト社');
    expect(strFromU8(files['word/numbering.xml']!)).toContain('w:lvlText w:val="(%1)"');
  });
});

describe('renderDocumentPdf', () => {
  it('embeds Japanese text, repeats nothing it should not, and numbers pages', async () => {
    const bytes = await renderDocumentPdf(sample());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('情報セキュリティ基本方針');
    expect(text).toContain('この規程は情報資産を守るための決まりです');
    expect(text).toContain('山田60');
    expect(text).toContain('<script>alert(1)</script>');
    const pages = Number(/\d+ \/ (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(text).toContain(`${pages} / ${pages}`);
    // The contents page names the chapters (their page numbers are filled in after layout).
    expect(text).toContain('目次');
  });

  it('renders a short document without contents on one page', async () => {
    const text = await pdfText(
      await renderDocumentPdf(sample({ toc: false, blocks: [{ kind: 'paragraph', text: '一枚だけ' }] })),
    );
    expect(text).toContain('一枚だけ');
    expect(text).toContain('1 / 1');
  });
});

describe('DocumentView', () => {
  it('previews the same document with a linked contents and escaped text', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(DocumentView, { props: { model: sample() } });
    expect(html).toContain('<h1 class="document-view__title"');
    expect(html).toMatch(/<a href="#section-1"[^>]*>第1章 総則<\/a>/);
    expect(html).toMatch(/<h2 id="section-1"/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<th scope="col"');
  });
});
