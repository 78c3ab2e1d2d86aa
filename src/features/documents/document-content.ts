/**
 * The documents' text from the content collection, checked again when the server first loads it:
 * all three documents present and every guidebook link pointing to an existing section.
 */
import { getCollection } from 'astro:content';
import { documentKinds, type DocumentKind, type PolicyDocumentContent } from '../../content/policy-document-schemas.ts';
import { localizePath, type Locale } from '../../i18n/index.ts';
import { loadGuideLinks, sectionPath } from '../guidebook/index.ts';
import type { GuideLink } from './generate-document.ts';

export type DocumentContents = Map<DocumentKind, PolicyDocumentContent>;

/** Problems across the documents: a missing document or a link to an unknown section. */
export function documentContentProblems(contents: DocumentContents, sectionIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const kind of documentKinds) {
    const content = contents.get(kind);
    if (!content) {
      problems.push(`document "${kind}" is missing`);
      continue;
    }
    for (const chapter of content.chapters) {
      for (const block of chapter.blocks) {
        if (block.kind !== 'links') continue;
        for (const id of block.sections) {
          if (!sectionIds.has(id)) problems.push(`${kind}/${chapter.id}: guidebook section "${id}" does not exist`);
        }
      }
    }
  }
  return problems;
}

let cached: Promise<DocumentContents> | undefined;

export function loadDocumentContents(): Promise<DocumentContents> {
  cached ??= Promise.all([getCollection('policyDocuments'), loadGuideLinks()]).then(([entries, links]) => {
    const contents: DocumentContents = new Map(entries.map((entry) => [entry.data.id, entry.data]));
    const problems = documentContentProblems(contents, new Set(links.sections.keys()));
    if (problems.length > 0) throw new Error(`policy documents: ${problems.join('; ')}`);
    return contents;
  });
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

/** Resolves a guidebook section id to its title and absolute URL in the given language. */
export async function guideLinkResolver(
  origin: string,
  locale: Locale,
): Promise<(sectionId: string) => GuideLink | undefined> {
  const { sections } = await loadGuideLinks();
  return (sectionId) => {
    const section = sections.get(sectionId);
    if (!section) return undefined;
    return { title: section.title[locale], url: new URL(localizePath(locale, sectionPath(section)), origin).href };
  };
}
