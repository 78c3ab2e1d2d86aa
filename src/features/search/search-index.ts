import MiniSearch from 'minisearch';
import type { Locale } from '../../i18n/index.ts';
import { tokenize } from './tokenize.ts';

/** Something a reader can find: a guidebook section, a glossary term or a reference. */
export interface SearchDocument {
  id: string;
  kind: 'section' | 'term' | 'reference';
  /** Locale-neutral path (or an external URL for references without a page anchor). */
  path: string;
  title: string;
  snippet: string;
  body: string;
}

export interface SearchHit {
  kind: SearchDocument['kind'];
  path: string;
  title: string;
  snippet: string;
  score: number;
}

const latinWord = /^[a-z][a-z0-9-]*$/;

/** Builds the in-memory index of one language. */
export function buildSearchIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'snippet', 'body'],
    storeFields: ['kind', 'path', 'title', 'snippet'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: 4, snippet: 2 },
      // English typos ("ransomwear") and word stems ("password" → "passwords"); Japanese tokens
      // are exact, since one changed kana is a different word.
      fuzzy: (term) => (latinWord.test(term) && term.length > 4 ? 0.2 : false),
      prefix: (term) => latinWord.test(term) && term.length > 2,
    },
  });
  index.addAll(documents);
  return index;
}

/** Best matches for a query: all words must match; if nothing does, any word may. */
export function searchIndex(index: MiniSearch<SearchDocument>, query: string, limit = 30): SearchHit[] {
  const normalized = query.trim();
  if (normalized === '' || tokenize(normalized).length === 0) return [];
  let results = index.search(normalized, { combineWith: 'AND' });
  if (results.length === 0) results = index.search(normalized, { combineWith: 'OR' });
  return results.slice(0, limit).map((result) => ({
    kind: result['kind'] as SearchDocument['kind'],
    path: result['path'] as string,
    title: result['title'] as string,
    snippet: result['snippet'] as string,
    score: result.score,
  }));
}

/** Visible text of rendered HTML, for indexing. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export type SearchIndexes = Record<Locale, MiniSearch<SearchDocument>>;
