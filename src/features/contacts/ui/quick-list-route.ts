import { t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { AppError } from '../../../server/errors.ts';
import { apiErrorReply } from '../../../server/http/json-api.ts';
import { replyToResponse } from '../../../server/http/json-reply.ts';
import { pdfResponse } from '../../../server/exports/pdf-document.ts';
import { listContacts } from '../contacts.ts';
import { parseContactFilter } from '../contact-filter.ts';
import { filterContacts } from '../filter-contacts.ts';
import { renderQuickListPdf } from '../quick-list-pdf.ts';

/** GET …/contacts/quick-list.pdf?region=&event= */
export async function quickListResponse(locale: Locale, url: URL): Promise<Response> {
  const parsed = parseContactFilter(url);
  if (!parsed.ok) return replyToResponse(apiErrorReply(new AppError('invalid_filter'), locale));
  const contacts = filterContacts(await listContacts(), parsed.filter);
  const regionLabel = t(locale, `region.${parsed.filter.region}` as MessageKey);
  const bytes = await renderQuickListPdf(locale, contacts, regionLabel);
  return pdfResponse(bytes, `gokui-quick-list-${parsed.filter.region}-${locale}.pdf`);
}
