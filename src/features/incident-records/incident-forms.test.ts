import { describe, expect, it } from 'vitest';
import {
  closeSchema,
  entrySchema,
  parseCreate,
  parseFields,
  splitJapanTimestamp,
  toJapanTimestamp,
} from './incident-forms.ts';

const today = '2026-11-25';
const base = {
  event: 'ransomware',
  title: 'Ransom note on the file server',
  discoveredDate: today,
  discoveredTime: '09:30',
};

describe('incident record forms', () => {
  it('accepts a record without APPI answers and one with all six', () => {
    const plain = parseCreate(base, today);
    expect(plain).toEqual({ ok: true, value: { ...base, appi: null } });
    const answered = parseCreate(
      {
        ...base,
        personal: 'yes',
        sensitive: 'no',
        financial: 'no',
        intentional: 'yes',
        over1000: 'unsure',
        encrypted: 'no',
      },
      today,
    );
    expect(answered.ok && answered.value.appi?.over1000).toBe('unsure');
  });

  it('names every bad field with its own message, and keeps what was typed', () => {
    const result = parseCreate(
      { event: 'alien-invasion', title: '  ', discoveredDate: '2026-11-26', discoveredTime: '25:00', personal: 'yes' },
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      event: 'incidents.error.event',
      title: 'incidents.error.title',
      discoveredDate: 'incidents.error.future',
      discoveredTime: 'incidents.error.time',
      sensitive: 'incidents.error.appi',
    });
    expect(result.values['title']).toBe('  ');
  });

  it('refuses a date that does not exist', () => {
    const result = parseCreate({ ...base, discoveredDate: '2026-02-30' }, today);
    expect(!result.ok && result.errors['discoveredDate']).toBe('incidents.error.date');
  });

  it('splits lessons-learned action items by line, dropping empty lines', () => {
    const result = parseFields(closeSchema, {
      lessons: 'Backups were online',
      actions: 'Keep one backup offline\r\n\r\n  Train staff  \n',
    });
    expect(result).toEqual({
      ok: true,
      value: { lessons: 'Backups were online', actions: ['Keep one backup offline', 'Train staff'] },
    });
    const tooMany = parseFields(closeSchema, {
      lessons: 'x',
      actions: Array.from({ length: 21 }, (_, i) => `a${i}`).join('\n'),
    });
    expect(!tooMany.ok && tooMany.errors['actions']).toBe('incidents.error.actions');
  });

  it('checks timeline entries', () => {
    const ok = parseFields(entrySchema(today), {
      kind: 'decision',
      occurredDate: today,
      occurredTime: '10:05',
      text: 'Disconnect the NAS',
      who: '山田',
    });
    expect(ok.ok).toBe(true);
    const bad = parseFields(entrySchema(today), {
      kind: 'rumour',
      occurredDate: '',
      occurredTime: '',
      text: '',
      who: '',
    });
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual([
      'kind',
      'occurredDate',
      'occurredTime',
      'text',
      'who',
    ]);
  });

  it('stores times with the Japan offset and reads them back', () => {
    const stamp = toJapanTimestamp('2026-11-25', '09:30');
    expect(stamp).toBe('2026-11-25T09:30:00+09:00');
    expect(new Date(stamp).toISOString()).toBe('2026-11-25T00:30:00.000Z');
    expect(splitJapanTimestamp(stamp)).toEqual({ date: '2026-11-25', time: '09:30' });
  });
});
