import { describe, expect, it } from 'vitest';
import { missingSteps, nextStep, parseStep, rowCount, stepFormValues } from './manual-answers.ts';

const roles = {
  chiefName: '山田 一郎',
  chiefPhone: '090-1111-2222',
  leadName: '佐藤 花子',
  leadPhone: '03-1234-5678',
  firstName: '鈴木 次郎',
  firstPhone: '080-3333-4444',
  level0: 'IT',
  level1: 'IT',
  level2: '対応責任者',
  level3: '最高責任者と対応責任者',
};

describe('manual answers', () => {
  it('accepts the roles step and keeps filled internal rows only, in order', () => {
    const result = parseStep('4-2', {
      ...roles,
      'internal-0-name': '田中',
      'internal-0-role': '営業部長',
      'internal-0-phone': '090-5555-6666',
      'internal-1-name': '',
      'internal-1-phone': '',
      'internal-2-name': '高橋',
      'internal-2-phone': '090-7777-8888',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value['chiefName']).toBe('山田 一郎');
    expect(result.value['internal']).toEqual([
      { name: '田中', role: '営業部長', phone: '090-5555-6666' },
      { name: '高橋', role: '', phone: '090-7777-8888' },
    ]);
  });

  it('names the exact field of a bad row and of a missing role, and keeps the typed values', () => {
    const result = parseStep('4-2', {
      ...roles,
      chiefPhone: 'call me',
      leadName: ' ',
      'internal-3-name': '伊藤',
      'internal-3-phone': 'abc',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      chiefPhone: 'manual.error.phone',
      leadName: 'manual.error.name',
      'internal-3-phone': 'manual.error.phone',
    });
    expect(result.values['internal-3-name']).toBe('伊藤');
  });

  it('requires at least one external contact and one business to keep running', () => {
    const external = parseStep('4-6', {});
    expect(!external.ok && external.errors['external-0-name']).toBe('manual.error.rowsMin');
    const keep = parseStep('4-7', { backup: 'NAS + cloud', safety: '171', 'keep-0-work': '受注', 'keep-0-target': '' });
    expect(!keep.ok && keep.errors['keep-0-target']).toBe('manual.error.text');
  });

  it('refuses a review month outside 1–12', () => {
    const result = parseStep('4-1', { storage: '棚', reviewMonth: '13' });
    expect(!result.ok && result.errors['reviewMonth']).toBe('manual.error.month');
    const ok = parseStep('4-1', { storage: '棚', reviewMonth: '4', scope: '' });
    expect(ok.ok && ok.value['reviewMonth']).toBe(4);
  });

  it('refuses control characters in any field, in a row too', () => {
    const result = parseStep('4-7', {
      backup: 'NAS\u0000',
      safety: '171',
      'keep-0-work': '受注\u0007',
      'keep-0-target': '1日',
    });
    expect(!result.ok && result.errors).toEqual({
      backup: 'form.error.controlCharacters',
      'keep-0-work': 'form.error.controlCharacters',
    });
  });

  it('turns saved answers back into form values, replacing default rows', () => {
    const values = stepFormValues(
      '4-6',
      { external: [{ name: 'Vendor', purpose: 'IT', phone: '03-0000-0000' }] },
      { 'external-0-name': 'Police', 'external-1-name': 'IPA' },
    );
    expect(values).toEqual({
      'external-0-name': 'Vendor',
      'external-0-purpose': 'IT',
      'external-0-phone': '03-0000-0000',
    });
    expect(rowCount('4-6', 'external', values)).toBe(4);
  });

  it('walks the steps in order and knows what is missing', () => {
    expect(nextStep('4-1')).toBe('4-2');
    expect(nextStep('4-7')).toBeNull();
    expect(missingSteps({ '4-1': {}, '4-3': {} })).toEqual(['4-2', '4-4', '4-5', '4-6', '4-7']);
  });
});
