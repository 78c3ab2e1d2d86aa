/** Turning picked starter assets into register entries in the user's language. Pure. */
import { t, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { AssetCategory, StarterAsset } from '../risk/index.ts';
import type { AssetFields } from './asset.ts';

export function fieldsFromStarter(
  locale: Locale,
  starter: StarterAsset,
  categories: AssetCategory[],
  today: string,
): AssetFields {
  const category = categories.find((entry) => entry.id === starter.category);
  const separator = locale === 'ja' ? '、' : ', ';
  return {
    category: category?.name[locale] ?? starter.category,
    name: starter.name[locale],
    note: starter.note[locale].slice(0, 500),
    users: '',
    department: '',
    media: starter.media
      .map((medium) => t(locale, `risk.media.${medium}` as MessageKey))
      .join(separator)
      .slice(0, 100),
    personal: starter.personalData.includes('personal'),
    sensitive: starter.personalData.includes('sensitive'),
    myNumber: starter.personalData.includes('my-number'),
    critical: false,
    confidentiality: starter.confidentiality,
    integrity: starter.integrity,
    availability: starter.availability,
    retention: '',
    registeredOn: today,
  };
}
