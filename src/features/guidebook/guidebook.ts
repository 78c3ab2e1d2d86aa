import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import { findContentProblems } from './content-integrity.ts';
import { markGlossaryTerms } from './glossary-marking.ts';

export interface SectionText {
  title: string;
  summary: string;
  doNow: { id: string; text: string }[];
  /** Rendered body with glossary terms marked. Trusted: it comes from our own Markdown. */
  html: string;
}

export interface Section {
  id: string;
  mission: string;
  order: number;
  kind: string;
  threats: string[];
  actions: string[];
  glossary: string[];
  references: string[];
  sources: string[];
  reviewedAt: Date;
  embeds: ('laws' | 'contacts')[];
  text: Record<Locale, SectionText>;
}

export interface Law {
  id: string;
  name: Record<Locale, string>;
  summary: Record<Locale, string>;
  penalties?: Record<Locale, string> | undefined;
  url?: string | undefined;
  verifiedAt: string;
}

export interface GlossaryTerm {
  id: string;
  ja: { term: string; reading?: string | undefined; definition: string };
  en: { term: string; definition: string };
  aliases: string[];
}

export interface Reference {
  id: string;
  category: string;
  title: Record<Locale, string>;
  publisher: Record<Locale, string>;
  url?: string | undefined;
  year?: number | undefined;
  note: Record<Locale, string>;
  verifiedAt: string;
}

export interface Mission {
  id: string;
  order: number;
  label: Record<Locale, string>;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  sections: Section[];
}

export interface Guidebook {
  missions: Mission[];
  sections: Map<string, Section>;
  glossary: Map<string, GlossaryTerm>;
  references: Map<string, Reference>;
  laws: Law[];
}

let cached: Promise<Guidebook> | undefined;

/** The whole guidebook, checked for consistency; a problem fails the build of every guide page. */
export function loadGuidebook(): Promise<Guidebook> {
  cached ??= buildGuidebook();
  return cached;
}

function termLabels(term: GlossaryTerm, locale: Locale): string[] {
  const main = locale === 'ja' ? term.ja.term : term.en.term;
  // A label like "ランサムウェア（身代金要求型ウイルス）" is matched by its parts too.
  const parts = main.split(/[（）()・/]/).filter((part) => part.trim().length > 1);
  // English text never contains Japanese aliases; Japanese text often uses Latin ones (VPN).
  const aliases = locale === 'ja' ? term.aliases : term.aliases.filter((alias) => /^[\x20-\x7e]+$/.test(alias));
  return [main, ...parts, ...aliases];
}

async function buildGuidebook(): Promise<Guidebook> {
  const [missionEntries, jaEntries, enEntries, glossaryEntries, referenceEntries, lawEntries] = await Promise.all([
    getCollection('missions'),
    getCollection('sectionsJa'),
    getCollection('sectionsEn'),
    getCollection('glossary'),
    getCollection('references'),
    getCollection('laws'),
  ]);

  const problems = findContentProblems({
    missionIds: missionEntries.map((entry) => entry.data.id),
    sectionsJa: jaEntries.map((entry) => ({ entryId: entry.id, ...entry.data })),
    sectionsEn: enEntries.map((entry) => ({ entryId: entry.id, ...entry.data })),
    glossaryIds: glossaryEntries.map((entry) => entry.data.id),
    referenceIds: referenceEntries.map((entry) => entry.data.id),
  });
  if (problems.length > 0) {
    throw new Error(`The guidebook content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }

  const glossary = new Map<string, GlossaryTerm>(
    glossaryEntries.map((entry) => [entry.data.id, { ...entry.data, aliases: entry.data.aliases ?? [] }]),
  );
  const references = new Map<string, Reference>(referenceEntries.map((entry) => [entry.data.id, entry.data]));
  const english = new Map(enEntries.map((entry) => [entry.id, entry]));

  const sections = new Map<string, Section>();
  for (const ja of jaEntries) {
    const en = english.get(ja.id);
    if (!en) continue;
    const terms = ja.data.glossary.map((id) => glossary.get(id)).filter((term): term is GlossaryTerm => !!term);
    const mark = (html: string, locale: Locale) =>
      markGlossaryTerms(
        html,
        terms.map((term) => ({ id: term.id, labels: termLabels(term, locale) })),
      );
    sections.set(ja.data.id, {
      id: ja.data.id,
      mission: ja.data.mission,
      order: ja.data.order,
      kind: ja.data.kind,
      threats: ja.data.threats,
      actions: ja.data.actions,
      glossary: ja.data.glossary,
      references: ja.data.references,
      sources: ja.data.sources,
      reviewedAt: ja.data.reviewedAt,
      embeds: ja.data.embeds ?? [],
      text: {
        ja: {
          title: ja.data.title,
          summary: ja.data.summary,
          doNow: ja.data.doNow ?? [],
          html: mark(ja.rendered?.html ?? '', 'ja'),
        },
        en: {
          title: en.data.title,
          summary: en.data.summary,
          doNow: en.data.doNow ?? [],
          html: mark(en.rendered?.html ?? '', 'en'),
        },
      },
    });
  }

  const missions = missionEntries
    .map((entry) => ({
      ...entry.data,
      sections: [...sections.values()].filter((s) => s.mission === entry.data.id).sort((a, b) => a.order - b.order),
    }))
    .sort((a, b) => a.order - b.order);

  const laws = lawEntries.map((entry) => entry.data);
  return { missions, sections, glossary, references, laws };
}

/** Mission2 actions that counter a threat, as the threat's page names them. */
export function actionsCountering(book: Guidebook, threat: Section): Section[] {
  return sortById(book, new Set(threat.actions));
}

/** Mission1 threats an action counters, as the action's page names them. */
export function threatsCounteredBy(book: Guidebook, action: Section): Section[] {
  return sortById(book, new Set(action.threats));
}

function sortById(book: Guidebook, ids: Set<string>): Section[] {
  return [...ids]
    .map((id) => book.sections.get(id))
    .filter((section): section is Section => !!section)
    .sort((a, b) => a.mission.localeCompare(b.mission) || a.order - b.order);
}

/** The locale-neutral URL path of a section. */
export function sectionPath(section: Pick<Section, 'mission' | 'id'>): string {
  return `/guide/${section.mission}/${section.id}/`;
}
