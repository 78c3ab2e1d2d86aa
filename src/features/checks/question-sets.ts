import { getCollection } from 'astro:content';
import { questionSetSchema } from '../../content/question-set-schemas.ts';
import { loadGuidebook, sectionPath, type Guidebook } from '../guidebook/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { findQuestionSetProblems, normalizeQuestionSet, type QuestionSet } from './question-set.ts';
import type { SectionLink } from './result-view.ts';

let cached: Promise<Map<string, QuestionSet>> | undefined;

/**
 * Every question set, checked again when the server first loads it (the build checked the files
 * already): the schema, the rules across fields, and the links to glossary terms and Mission2
 * actions. A problem stops the page or API with the full list, never a half-valid set.
 */
export function loadQuestionSets(): Promise<Map<string, QuestionSet>> {
  cached ??= readQuestionSets().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function readQuestionSets(): Promise<Map<string, QuestionSet>> {
  const [entries, book] = await Promise.all([getCollection('questionSets'), loadGuidebook()]);
  const glossaryIds = new Set(book.glossary.keys());
  const actionIds = new Set([...book.sections.values()].filter((s) => s.mission === 'mission2').map((s) => s.id));
  const sets = new Map<string, QuestionSet>();
  const problems: string[] = [];
  for (const entry of entries.sort((a, b) => a.id.localeCompare(b.id))) {
    const parsed = questionSetSchema.safeParse(entry.data);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${entry.id}: ${issue.path.join('.')} ${issue.message}`));
      continue;
    }
    const set = normalizeQuestionSet(parsed.data);
    problems.push(...findQuestionSetProblems(set, { fileId: entry.id, glossaryIds, actionIds }));
    sets.set(set.id, set);
  }
  if (problems.length > 0) {
    throw new Error(`The question sets have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  return sets;
}

export async function getQuestionSet(id: string): Promise<QuestionSet | undefined> {
  return (await loadQuestionSets()).get(id);
}

/** Title and locale-neutral path of the Mission2 actions (and other sections) a result links to. */
export function sectionLinks(book: Guidebook, locale: Locale, ids: readonly string[]): SectionLink[] {
  return ids.flatMap((id) => {
    const section = book.sections.get(id);
    return section ? [{ id, title: section.text[locale].title, path: sectionPath(section) }] : [];
  });
}

/** Glossary term labels for the terms a question names. */
export function glossaryLabels(
  book: Guidebook,
  locale: Locale,
  ids: readonly string[],
): { id: string; term: string }[] {
  return ids.flatMap((id) => {
    const term = book.glossary.get(id);
    return term ? [{ id, term: term[locale].term }] : [];
  });
}
