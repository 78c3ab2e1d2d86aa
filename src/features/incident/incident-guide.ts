import { getCollection } from 'astro:content';
import { eventIds } from '../../content.config.ts';
import type { IncidentEventData } from '../../content/incident-schemas.ts';
import { loadGuideLinks, sectionPath, type Law, type SectionLink } from '../guidebook/index.ts';
import { findIncidentProblems } from './incident-integrity.ts';

export type IncidentEvent = IncidentEventData;
export type IncidentEventId = IncidentEvent['id'];

export interface IncidentGuide {
  /** In the order of the "what happened?" list. */
  events: IncidentEvent[];
  byId: Map<string, IncidentEvent>;
  sections: Map<string, SectionLink>;
  laws: Map<string, Law>;
}

let cached: Promise<IncidentGuide> | undefined;

/** The navigator's content, checked against the guidebook; a problem fails the build. */
export function loadIncidentGuide(): Promise<IncidentGuide> {
  cached ??= buildGuide();
  return cached;
}

export function isIncidentEventId(value: unknown): value is IncidentEventId {
  return typeof value === 'string' && (eventIds as readonly string[]).includes(value);
}

/** The locale-neutral path of an event's answer. */
export function incidentPath(event: string): string {
  return `/incident/${event}`;
}

export { sectionPath };

async function buildGuide(): Promise<IncidentGuide> {
  const [entries, links] = await Promise.all([getCollection('incident'), loadGuideLinks()]);
  const events = entries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
  const problems = findIncidentProblems({
    eventIds,
    events,
    sectionIds: [...links.sections.keys()],
    lawIds: [...links.laws.keys()],
  });
  if (problems.length > 0) {
    throw new Error(`The incident navigator content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  return {
    events,
    byId: new Map(events.map((event) => [event.id, event])),
    sections: links.sections,
    laws: links.laws,
  };
}
