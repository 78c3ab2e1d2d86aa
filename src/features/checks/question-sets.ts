import { getCollection } from 'astro:content';
import { questionSetSchema } from '../../content/question-set-schemas.ts';
import { sectionPath } from '../guidebook/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { findQuestionSetProblems, normalizeQuestionSet, type QuestionSet } from './question-set.ts';
import type { SectionLink } from './result-view.ts';

/** What a check shows about the guidebook: section titles (for action links) and glossary terms. */
export interface GuideIndex {
  sections: Map<string, { mission: string; title: Record<Locale, string> }>;
  glossary: Map<string, Record<Locale, string>>;
}

let cached: Promise<Map<string, QuestionSet>> | undefined;
let cachedIndex: Promise<GuideIndex> | undefined;

/**
 * Titles and terms read straight from the content collections: cheap, unlike the full guidebook
 * (rendered bodies with glossary marking), so the first scoring request stays fast.
 */
export function loadGuideIndex(): Promise<GuideIndex> {
  cachedIndex ??= readGuideIndex().catch((error: unknown) => {
    cachedIndex = undefined;
    throw error;
  });
  return cachedIndex;
}

async function readGuideIndex(): Promise<GuideIndex> {
  const [ja, en, glossary] = await Promise.all([
    getCollection('sectionsJa'),
    getCollection('sectionsEn'),
    getCollection('glossary'),
  ]);
  const english = new Map(en.map((entry) => [entry.data.id, entry.data.title]));
  return {
    sections: new Map(
      ja.map((entry) => [
        entry.data.id,
        {
          mission: entry.data.mission,
          title: { ja: entry.data.title, en: english.get(entry.data.id) ?? entry.data.title },
        },
      ]),
    ),
    glossary: new Map(glossary.map((entry) => [entry.data.id, { ja: entry.data.ja.term, en: entry.data.en.term }])),
  };
}

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
  const [entries, index] = await Promise.all([getCollection('questionSets'), loadGuideIndex()]);
  const glossaryIds = new Set(index.glossary.keys());
  const actionIds = new Set(
    [...index.sections].filter(([, section]) => section.mission === 'mission2').map(([id]) => id),
  );
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
export function sectionLinks(index: GuideIndex, locale: Locale, ids: readonly string[]): SectionLink[] {
  return ids.flatMap((id) => {
    const section = index.sections.get(id);
    return section ? [{ id, title: section.title[locale], path: sectionPath({ id, mission: section.mission }) }] : [];
  });
}

/** Glossary term labels for the terms a question names. */
export function glossaryLabels(
  index: GuideIndex,
  locale: Locale,
  ids: readonly string[],
): { id: string; term: string }[] {
  return ids.flatMap((id) => {
    const term = index.glossary.get(id);
    return term ? [{ id, term: term[locale] }] : [];
  });
}
