import { getCollection, type CollectionEntry } from 'astro:content';
import { eventIds } from '../../content/schemas.ts';

export type Contact = CollectionEntry<'contacts'>['data'];
export type ContactEvent = Contact['events'][number];
export type Region = 'tokyo' | 'nationwide';

/** The incident events a desk can be filtered by: the guidebook's own list, in its order. */
export const contactEvents: readonly ContactEvent[] = eventIds;

export const regions: Region[] = ['tokyo', 'nationwide'];

export async function listContacts(): Promise<Contact[]> {
  return (await getCollection('contacts')).map((entry) => entry.data);
}
