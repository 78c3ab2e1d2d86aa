/** /app/documents/{kind}/{draft|vN}.{docx|pdf}: downloads through the one document pipeline. */
import type { DocumentKind } from '../../../content/policy-document-schemas.ts';
import type { Locale } from '../../../i18n/index.ts';
import {
  docxResponse,
  pdfResponse,
  renderDocumentPdf,
  renderDocx,
  type DocumentModel,
} from '../../../server/exports/document/index.ts';
import type { OrgPage } from '../../accounts/index.ts';
import { readAnswers } from '../answers-store.ts';
import { readVersion } from '../document-versions.ts';
import { withVersionMeta } from '../generate-document.ts';
import {
  failure,
  failureOf,
  seeOther,
  isDocumentKind,
  documentPath,
  publicOrigin,
  buildModel,
  type Failure,
} from './route-helpers.ts';

/** File name of a download: gokui-policy-v3-ja.docx, gokui-rules-draft-en.pdf. */
export function downloadName(kind: DocumentKind, which: string, locale: Locale, extension: string): string {
  return `gokui-${kind}-${which}-${locale}.${extension}`;
}

export async function downloadRoute(
  page: OrgPage,
  locale: Locale,
  kindParam: string | undefined,
  file: string | undefined,
): Promise<Response | Failure> {
  const match = /^(draft|v([1-9]\d{0,6}))\.(docx|pdf)$/.exec(file ?? '');
  if (!isDocumentKind(kindParam) || !match) return failure(404, 'error.404.title', 'error.404.body');
  const kind = kindParam;
  const format = match[3] as 'docx' | 'pdf';
  try {
    let model: DocumentModel;
    if (match[1] === 'draft') {
      const answers = await readAnswers(page.scope);
      if (!answers) return seeOther(documentPath(locale));
      model = await buildModel(kind, answers, locale, publicOrigin(page.ctx.url));
    } else {
      const version = await readVersion(page.scope, kind, Number(match[2]));
      model = withVersionMeta(version.models[locale], version);
    }
    const name = downloadName(kind, match[1] as string, locale, format);
    return format === 'docx'
      ? docxResponse(await renderDocx(model), name)
      : pdfResponse(await renderDocumentPdf(model), name);
  } catch (error) {
    return failureOf(error);
  }
}
