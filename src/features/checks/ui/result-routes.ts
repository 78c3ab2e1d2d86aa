/** Downloads of a result (…/check/five-minute/result.pdf and .xlsx), rebuilt from the answers in the URL. */
import type { Locale } from '../../../i18n/index.ts';
import { AppError } from '../../../server/errors.ts';
import { getEnv } from '../../../server/env.ts';
import { pdfResponse } from '../../../server/exports/pdf-document.ts';
import { xlsxResponse } from '../../../server/exports/xlsx-document.ts';
import { refusalResponse } from '../../../server/http/error-response.ts';
import { getQuestionSet, loadGuideIndex, sectionLinks } from '../question-sets.ts';
import { renderResultPdf } from '../result-pdf.ts';
import { buildResultView, parseResultQuery, resultFileName } from '../result-view.ts';
import { renderResultXlsx } from '../result-xlsx.ts';

export async function resultDownloadResponse(
  setId: string,
  locale: Locale,
  request: Request,
  format: 'pdf' | 'xlsx',
): Promise<Response> {
  const url = new URL(request.url);
  const set = await getQuestionSet(setId);
  if (!set) throw new Error(`question set "${setId}" is missing`);
  const query = parseResultQuery(set, url.searchParams);
  if (!query.ok) {
    const error =
      query.reason === 'outdated'
        ? new AppError('outdated_version')
        : new AppError('invalid_answers', { message: 'check.invalidCode' });
    return refusalResponse(request, error, locale);
  }
  const guide = await loadGuideIndex();
  const view = buildResultView(set, query.answers, (ids) => sectionLinks(guide, locale, ids));
  if (format === 'xlsx')
    return xlsxResponse(await renderResultXlsx(view, locale), resultFileName(view, locale, 'xlsx'));
  const publicUrl = getEnv().PUBLIC_URL;
  const origin = publicUrl ? new URL(publicUrl).origin : url.origin;
  return pdfResponse(await renderResultPdf(view, locale, { origin }), resultFileName(view, locale, 'pdf'));
}
