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
import { NotFoundError } from '../../../server/errors.ts';
import { runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import type { OrgPage } from '../../accounts/index.ts';
import { readAnswers } from '../answers-store.ts';
import { readVersion } from '../document-versions.ts';
import { withVersionMeta } from '../generate-document.ts';
import { documentPath, publicOrigin, buildModel, requireDocumentKind } from './route-helpers.ts';

/** File name of a download: gokui-policy-v3-ja.docx, gokui-rules-draft-en.pdf. */
export function downloadName(kind: DocumentKind, which: string, locale: Locale, extension: string): string {
  return `gokui-${kind}-${which}-${locale}.${extension}`;
}

/** The file, or a notice page when it cannot be made (a document link is opened as a page). */
export function handleDownload(
  page: OrgPage,
  locale: Locale,
  kindParam: string | undefined,
  file: string | undefined,
): Promise<PageOutcome<never>> {
  return runPage(locale, async () => {
    const kind = requireDocumentKind(kindParam);
    const match = /^(draft|v([1-9]\d{0,6}))\.(docx|pdf)$/.exec(file ?? '');
    if (!match) throw new NotFoundError();
    const format = match[3] as 'docx' | 'pdf';
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
  });
}
