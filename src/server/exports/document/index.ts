/**
 * The one pipeline for generated documents: build a DocumentModel, then render it with
 * renderDocx, renderDocumentPdf or the DocumentView component. See model.ts.
 */
export {
  anchoredBlocks,
  documentText,
  plainText,
  tableOfContents,
  type Block,
  type DocumentLocale,
  type DocumentMeta,
  type DocumentModel,
  type TocEntry,
} from './model.ts';
export { renderDocx } from './docx.ts';
export { renderDocumentPdf } from './pdf.ts';
export { docxResponse } from './responses.ts';
export { pdfResponse } from '../pdf-document.ts';
export { default as DocumentView } from './document-view.astro';
