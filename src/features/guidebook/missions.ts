import { getCollection, type CollectionEntry } from 'astro:content';

export type Mission = CollectionEntry<'missions'>['data'];

/** The guidebook's missions in reading order. */
export async function listMissions(): Promise<Mission[]> {
  const entries = await getCollection('missions');
  return entries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
}
