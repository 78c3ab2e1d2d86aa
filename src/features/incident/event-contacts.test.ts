import { describe, expect, it } from 'vitest';
import { contactsForEvent, telHref } from './event-contacts.ts';

const ordered = [
  { id: 'mpd', events: ['ransomware'], phone: '03-5805-1731' },
  { id: 'jc3', events: ['ransomware'] },
  { id: 'jpcert', events: ['ransomware', 'ddos'], phone: '03-6811-0610' },
  { id: 'ipa', events: ['general'], phone: '03-5978-7509' },
  { id: 'jnsa', events: ['ransomware'] },
];

describe('contactsForEvent', () => {
  it("keeps only the event's own desks, phones first, otherwise in the given order", () => {
    expect(contactsForEvent(ordered, 'ransomware').map((c) => c.id)).toEqual(['mpd', 'jpcert', 'jc3', 'jnsa']);
  });

  it('returns nothing for an event no desk serves', () => {
    expect(contactsForEvent(ordered, 'fake-shop')).toEqual([]);
  });
});

describe('telHref', () => {
  it('dials the digits of a printed number', () => {
    expect(telHref('03-5978-7509')).toBe('tel:0359787509');
    expect(telHref('188')).toBe('tel:188');
    expect(telHref('0570-003-110')).toBe('tel:0570003110');
  });

  it('escapes the hash of #9110, which would otherwise start a URL fragment', () => {
    expect(telHref('#9110')).toBe('tel:%239110');
    expect(new URL(telHref('#9110')).hash).toBe('');
  });
});
