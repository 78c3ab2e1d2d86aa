/**
 * The desks the navigator shows for one event: from the contacts feature's ordering (police and
 * official report desks first), only the desks that serve this event, and those with a phone
 * number before those reached through a website — in a panic the phone is the quickest way.
 */
export interface EventContact {
  events: string[];
  phone?: string | undefined;
}

export function contactsForEvent<T extends EventContact>(ordered: T[], event: string): T[] {
  const own = ordered.filter((contact) => contact.events.includes(event));
  return [...own.filter((contact) => contact.phone), ...own.filter((contact) => !contact.phone)];
}

export { telHref } from '../contacts/index.ts';
