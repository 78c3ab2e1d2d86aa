import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import type { Law } from './guidebook.ts';

/** What a page needs to link to a section: no body, no glossary marking. */
export interface SectionLink {
  id: string;
  mission: string;
  title: Record<Locale, string>;
}

export interface GuideLinks {
  sections: Map<string, SectionLink>;
  laws: Map<string, Law>;
}

let cached: Promise<GuideLinks> | undefined;

/**
 * Section titles and laws, read straight from the collections. Pages served on demand that only
 * link into the guidebook use this instead of loadGuidebook(), which marks glossary terms in every
 * section body and takes seconds on a cold start.
 */
export function loadGuideLinks(): Promise<GuideLinks> {
  cached ??= buildLinks();
  return cached;
}

async function buildLinks(): Promise<GuideLinks> {
  const [jaEntries, enEntries, lawEntries] = await Promise.all([
    getCollection('sectionsJa'),
    getCollection('sectionsEn'),
    getCollection('laws'),
  ]);
  const english = new Map(enEntries.map((entry) => [entry.id, entry.data.title]));
  const sections = new Map<string, SectionLink>();
  for (const entry of jaEntries) {
    const en = english.get(entry.id);
    if (en === undefined) continue;
    sections.set(entry.data.id, {
      id: entry.data.id,
      mission: entry.data.mission,
      title: { ja: entry.data.title, en },
    });
  }
  return { sections, laws: new Map(lawEntries.map((entry) => [entry.data.id, entry.data])) };
}
