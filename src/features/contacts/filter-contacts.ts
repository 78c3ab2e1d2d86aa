/** Pure selection and ordering of contact desks, shared by the page, the PDF and the navigator. */
export interface FilterableContact {
  id: string;
  events: string[];
  region: 'tokyo' | 'nationwide';
  kind: 'consultation' | 'report' | 'police' | 'support' | 'programme';
  phone?: string | undefined;
}

// In an incident the police and the official report desks come first, then advice, then help.
const kindOrder = { police: 0, report: 1, consultation: 2, support: 3, programme: 4 } as const;

/**
 * Desks for a region (nationwide desks are listed for every region) and, when given, for one
 * event. Desks that only serve "general" questions follow the event's own desks. Ordered by
 * kind, then desks with a phone number first.
 */
export function filterContacts<T extends FilterableContact>(
  contacts: T[],
  filter: { region: 'tokyo' | 'nationwide'; event?: string | undefined },
): T[] {
  const inRegion = contacts.filter((contact) => contact.region === 'nationwide' || contact.region === filter.region);
  const byKind = (a: T, b: T) =>
    kindOrder[a.kind] - kindOrder[b.kind] || Number(!a.phone) - Number(!b.phone) || a.id.localeCompare(b.id);
  if (!filter.event) return [...inRegion].sort(byKind);
  const specific = inRegion.filter((contact) => contact.events.includes(filter.event as string)).sort(byKind);
  const general =
    filter.event === 'general'
      ? []
      : inRegion
          .filter(
            (contact) =>
              !specific.includes(contact) && contact.events.includes('general') && contact.kind !== 'programme',
          )
          .sort(byKind);
  return [...specific, ...general];
}
