/** Test helper: the document content files read straight from disk and checked by the schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { policyDocumentSchema, type DocumentKind } from '../../../content/policy-document-schemas.ts';
import type { DocumentContents } from '../document-content.ts';
import type { GuideLink } from '../generate-document.ts';

const root = new URL('../../../content/', import.meta.url).pathname;

export function readDocumentContents(): DocumentContents {
  const dir = join(root, 'policy-documents');
  const contents: DocumentContents = new Map();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml'))) {
    for (const entry of parse(readFileSync(join(dir, name), 'utf8')) as unknown[]) {
      const content = policyDocumentSchema.parse(entry);
      contents.set(content.id as DocumentKind, content);
    }
  }
  return contents;
}

/** Ids of the guidebook sections, from the Japanese section files. */
export function readSectionIds(): Set<string> {
  const dir = join(root, 'sections');
  return new Set(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ja.md'))
      .map((file) => (file.split('/').pop() as string).replace(/\.ja\.md$/, '')),
  );
}

/** A link resolver for tests: every section exists at example.jp. */
export const testGuideLink = (id: string): GuideLink => ({
  title: `Section ${id}`,
  url: `https://example.jp/guide/${id}/`,
});
