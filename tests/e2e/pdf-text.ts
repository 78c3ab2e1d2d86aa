import { extractText, getDocumentProxy } from 'unpdf';

/** All text of a PDF, pages joined, as a reader would copy it. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}
