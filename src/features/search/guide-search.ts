import type MiniSearch from 'minisearch';
import { loadGuidebook, sectionPath } from '../guidebook/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { buildSearchIndex, htmlToText, searchIndex, type SearchDocument, type SearchHit } from './search-index.ts';

let indexes: Promise<Record<Locale, MiniSearch<SearchDocument>>> | undefined;

async function buildIndexes(): Promise<Record<Locale, MiniSearch<SearchDocument>>> {
  const book = await loadGuidebook();
  const documentsFor = (locale: Locale): SearchDocument[] => [
    ...[...book.sections.values()].map((section) => ({
      id: `section:${section.id}`,
      kind: 'section' as const,
      path: sectionPath(section),
      title: `${section.id} ${section.text[locale].title}`,
      snippet: section.text[locale].summary,
      body: [htmlToText(section.text[locale].html), ...section.text[locale].doNow.map((item) => item.text)].join(' '),
    })),
    ...[...book.glossary.values()].map((term) => ({
      id: `term:${term.id}`,
      kind: 'term' as const,
      path: `/glossary#term-${term.id}`,
      title: locale === 'ja' ? term.ja.term : term.en.term,
      snippet: locale === 'ja' ? term.ja.definition : term.en.definition,
      body: [locale === 'ja' ? term.en.term : term.ja.term, ...term.aliases].join(' '),
    })),
    ...[...book.references.values()].map((ref) => ({
      id: `reference:${ref.id}`,
      kind: 'reference' as const,
      path: `/references#ref-${ref.id}`,
      title: ref.title[locale],
      snippet: ref.note[locale],
      body: ref.publisher[locale],
    })),
  ];
  return { ja: buildSearchIndex(documentsFor('ja')), en: buildSearchIndex(documentsFor('en')) };
}

/** Searches the guidebook, glossary and references in one language. */
export async function searchGuide(locale: Locale, query: string): Promise<SearchHit[]> {
  indexes ??= buildIndexes();
  return searchIndex((await indexes)[locale], query);
}
