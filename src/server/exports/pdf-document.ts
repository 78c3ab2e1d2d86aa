/**
 * The one PDF pipeline of Gokui: A4 pages with Noto Sans JP embedded (subset), so Japanese
 * prints correctly on any reader. Documents render text only through pdfkit's text API, which
 * draws characters, never markup, so user input cannot inject anything into the file.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const fonts = {
  regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
};

export type Pdf = PDFKit.PDFDocument;

export interface PdfOptions {
  title: string;
  lang: 'ja' | 'en';
  author?: string;
}

/** A new A4 document with the Japanese fonts registered as "regular" and "bold". */
export function createPdf(options: PdfOptions): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 48, left: 48, right: 48 },
    lang: options.lang === 'ja' ? 'ja-JP' : 'en-GB',
    info: { Title: options.title, Author: options.author ?? 'Gokui', Creator: 'Gokui' },
    displayTitle: true,
    bufferPages: true,
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('regular');
  return doc;
}

/** Finishes the document and returns its bytes. */
export function renderPdf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Standard response for a generated PDF download. */
export function pdfResponse(bytes: Buffer, filename: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'cache-control': 'no-store',
    },
  });
}
