import { describe, expect, it } from 'vitest';
import { contactSchema, glossaryTermSchema, referenceSchema, sectionEnSchema, sectionJaSchema } from './schemas.ts';

const section = {
  id: '2-4',
  mission: 'mission2',
  order: 4,
  kind: 'action',
  title: '定期的にバックアップを取る',
  summary: '要約',
  doNow: [{ id: 'back-up-important-data', text: 'バックアップする' }],
  threats: ['1-2'],
  actions: [],
  glossary: ['backup'],
  references: [],
  sources: ['IPA'],
  reviewedAt: new Date('2026-11-25'),
};

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('content schemas', () => {
  it('accept a complete Japanese section', () => {
    expect(sectionJaSchema.safeParse(section).success).toBe(true);
  });

  it('reject unknown keys', () => {
    const result = sectionJaSchema.safeParse({ ...section, colour: 'red' });
    expect(result.success).toBe(false);
  });

  it('reject a missing field and empty text', () => {
    const { summary: _summary, ...withoutSummary } = section;
    expect(errorsOf(sectionJaSchema.safeParse(withoutSummary))).toContain('summary');
    expect(errorsOf(sectionJaSchema.safeParse({ ...section, title: '  ' }))).toContain('title');
  });

  it('reject cross-links of the wrong shape', () => {
    expect(errorsOf(sectionJaSchema.safeParse({ ...section, threats: ['2-4'] }))).toContain('threats.0');
    expect(errorsOf(sectionJaSchema.safeParse({ ...section, glossary: ['Back Up'] }))).toContain('glossary.0');
  });

  it('require both languages of a glossary term', () => {
    const term = {
      id: 'backup',
      ja: { term: 'バックアップ', definition: '写し' },
      en: { term: 'Backup', definition: 'A copy' },
    };
    expect(glossaryTermSchema.safeParse(term).success).toBe(true);
    expect(errorsOf(glossaryTermSchema.safeParse({ ...term, en: { term: 'Backup' } }))).toContain('en.definition');
  });

  it('require both languages of localized reference text', () => {
    const ref = {
      id: 'ipa',
      category: 'guideline',
      title: { ja: 'ガイドライン', en: 'Guideline' },
      publisher: { ja: 'IPA', en: 'IPA' },
      note: { ja: '説明', en: 'Note' },
      verifiedAt: '2021-05',
    };
    expect(referenceSchema.safeParse(ref).success).toBe(true);
    expect(errorsOf(referenceSchema.safeParse({ ...ref, title: { ja: 'ガイドライン' } }))).toContain('title.en');
    expect(errorsOf(referenceSchema.safeParse({ ...ref, verifiedAt: 'May 2021' }))).toContain('verifiedAt');
  });

  it('check contact phone numbers and events', () => {
    const contact = {
      id: 'police-9110',
      name: { ja: '警察相談専用電話', en: 'Police consultation line' },
      organisation: { ja: '警察庁', en: 'National Police Agency' },
      purpose: { ja: '相談', en: 'Advice' },
      phone: '#9110',
      events: ['general'],
      region: 'nationwide',
      kind: 'police',
      verifiedAt: '2021-05',
    };
    expect(contactSchema.safeParse(contact).success).toBe(true);
    for (const phone of ['188', '03-5978-7509', '0570-078374', '0120-91-6479']) {
      expect(contactSchema.safeParse({ ...contact, phone }).success, phone).toBe(true);
    }
    expect(errorsOf(contactSchema.safeParse({ ...contact, phone: 'call us' }))).toContain('phone');
    expect(errorsOf(contactSchema.safeParse({ ...contact, events: ['flood'] }))).toContain('events.0');
  });

  it('keep the English section file to text fields', () => {
    expect(sectionEnSchema.safeParse({ id: '2-4', title: 'Back up', summary: 'Copy data' }).success).toBe(true);
    expect(sectionEnSchema.safeParse({ id: '2-4', title: 'Back up', summary: 'Copy', threats: ['1-2'] }).success).toBe(
      false,
    );
  });
});
