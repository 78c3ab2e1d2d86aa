/** When a result was saved, with the time (several results a day are common), in Japan time. */
import type { Locale } from '../../../i18n/index.ts';

export function formatSavedAt(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}
