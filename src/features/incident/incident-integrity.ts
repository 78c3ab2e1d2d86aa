/**
 * Cross-checks of the navigator's content that the per-entry schema cannot express: every event
 * answered exactly once, a unique place in the list, and every guidebook section and law it names
 * existing. Pure, so the build (through loadIncidentGuide) and unit tests run the same rules.
 */
export interface IncidentIntegrityInput {
  /** All event ids the contacts data knows; the navigator must answer each. */
  eventIds: readonly string[];
  events: { id: string; order: number; sections: string[]; laws: string[]; related: string[] }[];
  sectionIds: string[];
  lawIds: string[];
}

export function findIncidentProblems(input: IncidentIntegrityInput): string[] {
  const problems: string[] = [];
  const sections = new Set(input.sectionIds);
  const laws = new Set(input.lawIds);
  const seen = new Set<string>();
  const orders = new Map<number, string>();
  for (const event of input.events) {
    const where = `incident/${event.id}`;
    if (seen.has(event.id)) problems.push(`${where}: the event is answered twice`);
    seen.add(event.id);
    const other = orders.get(event.order);
    if (other) problems.push(`${where}: order ${event.order} is also used by ${other}`);
    orders.set(event.order, event.id);
    for (const id of event.sections)
      if (!sections.has(id)) problems.push(`${where}: unknown guidebook section "${id}"`);
    for (const id of event.laws) if (!laws.has(id)) problems.push(`${where}: unknown law "${id}"`);
    for (const id of event.related) if (id === event.id) problems.push(`${where}: lists itself as related`);
  }
  for (const id of input.eventIds) if (!seen.has(id)) problems.push(`incident/${id}: the event has no answer`);
  return problems;
}
