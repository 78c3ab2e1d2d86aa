import { describe, expect, it } from 'vitest';
import { filterContacts, type FilterableContact } from './filter-contacts.ts';

const contacts: FilterableContact[] = [
  { id: 'ipa', events: ['general', 'ransomware'], region: 'nationwide', kind: 'consultation', phone: '03-5978-7509' },
  { id: 'mpd', events: ['ransomware', 'money-fraud'], region: 'tokyo', kind: 'police', phone: '03-5805-1731' },
  { id: 'jc3', events: ['fake-shop'], region: 'nationwide', kind: 'report' },
  { id: 'police-9110', events: ['general'], region: 'nationwide', kind: 'police', phone: '#9110' },
  { id: 'tokyo-kosha', events: ['general'], region: 'tokyo', kind: 'support', phone: '03-3251-7881' },
  { id: 'otasuke', events: ['general'], region: 'nationwide', kind: 'programme' },
];

const ids = (list: FilterableContact[]) => list.map((contact) => contact.id);

describe('filterContacts', () => {
  it('lists Tokyo and nationwide desks for Tokyo, police first', () => {
    expect(ids(filterContacts(contacts, { region: 'tokyo' }))).toEqual([
      'mpd',
      'police-9110',
      'jc3',
      'ipa',
      'tokyo-kosha',
      'otasuke',
    ]);
  });

  it('leaves Tokyo-only desks out of other regions', () => {
    expect(ids(filterContacts(contacts, { region: 'nationwide' }))).not.toContain('mpd');
  });

  it('puts the desks for an event first, then general advice, never programmes', () => {
    expect(ids(filterContacts(contacts, { region: 'tokyo', event: 'ransomware' }))).toEqual([
      'mpd',
      'ipa',
      'police-9110',
      'tokyo-kosha',
    ]);
  });

  it('lists nationwide desks such as #9110 for every region and event', () => {
    for (const region of ['tokyo', 'nationwide'] as const) {
      expect(ids(filterContacts(contacts, { region, event: 'fake-shop' }))).toContain('police-9110');
    }
  });
});
