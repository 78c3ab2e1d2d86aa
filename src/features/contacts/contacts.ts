import { getCollection, type CollectionEntry } from 'astro:content';

export type Contact = CollectionEntry<'contacts'>['data'];
export type ContactEvent = Contact['events'][number];
export type Region = 'tokyo' | 'nationwide';

export const contactEvents: ContactEvent[] = [
  'suspicious-mail',
  'ransomware',
  'data-leak',
  'website-defaced',
  'money-fraud',
  'account-takeover',
  'fake-shop',
  'device-lost',
  'ddos',
  'spam-sent',
  'fraud-app',
  'harmful-content',
  'general',
];

export const regions: Region[] = ['tokyo', 'nationwide'];

export async function listContacts(): Promise<Contact[]> {
  return (await getCollection('contacts')).map((entry) => entry.data);
}
