import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentKinds, documentSwitches, type DocumentKind } from '../../content/policy-document-schemas.ts';
import { documentText, renderDocx, type DocumentModel } from '../../server/exports/document/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { DocumentAnswers } from './answers.ts';
import { documentContentProblems } from './document-content.ts';
import { generateDocument, withVersionMeta } from './generate-document.ts';
import { readDocumentContents, readSectionIds, testGuideLink } from './testing/read-contents.ts';

const contents = readDocumentContents();

const base: DocumentAnswers = {
  firmName: '株式会社テスト製作所',
  representative: '代表取締役 山田太郎',
  securityOfficer: '総務部長 佐藤花子',
  effectiveDate: '2027-04-01',
  staffCount: 12,
  cloud: false,
  myNumber: false,
  byod: false,
  telework: false,
  website: false,
  software: false,
  outsourcing: false,
  serverRoom: false,
};

function generate(kind: DocumentKind, answers: Partial<DocumentAnswers> = {}, locale: Locale = 'ja'): DocumentModel {
  const content = contents.get(kind);
  if (!content) throw new Error(`no content for ${kind}`);
  return generateDocument({ content, answers: { ...base, ...answers }, locale, guideLink: testGuideLink });
}

const chapters = (model: DocumentModel) =>
  model.blocks.flatMap((block) => (block.kind === 'heading' && block.level === 1 ? [block.text] : []));
const clauseNumbers = (model: DocumentModel) =>
  model.blocks.flatMap((block) => (block.kind === 'clause' ? [block.number] : []));

describe('document content files', () => {
  it('hold all three documents, and every guidebook link resolves', () => {
    expect([...contents.keys()].sort()).toEqual([...documentKinds].sort());
    expect(documentContentProblems(contents, readSectionIds())).toEqual([]);
  });

  it('reports a missing document and a link to an unknown section', () => {
    const broken = new Map(contents);
    broken.delete('rules');
    expect(documentContentProblems(broken, new Set())).toEqual(
      expect.arrayContaining(['document "rules" is missing', expect.stringContaining('"2-5" does not exist')]),
    );
  });

  it('give the rules the eleven chapters of the IPA sample when every switch is on', () => {
    const all = Object.fromEntries(documentSwitches.map((key) => [key, true]));
    const ja = chapters(generate('rules', all));
    expect(ja).toHaveLength(11);
    expect(ja[0]).toBe('第1章　組織的対策');
    expect(ja[8]).toBe('第9章　委託管理');
    expect(ja[10]).toBe('第11章　個人番号及び特定個人情報の取り扱い');
    expect(chapters(generate('rules', all, 'en'))[10]).toBe(
      'Chapter 11. Handling My Number and specific personal information',
    );
  });
});

describe('generateDocument', () => {
  it('adds the My Number chapter only when the firm handles My Number data', () => {
    const off = documentText(generate('rules'));
    const on = documentText(generate('rules', { myNumber: true }));
    expect(off).not.toContain('個人番号及び特定個人情報の取り扱い');
    expect(on).toContain('第10章　個人番号及び特定個人情報の取り扱い');
    expect(documentText(generate('handbook', { myNumber: true }))).toContain('マイナンバーは担当者だけが扱う');
    expect(documentText(generate('handbook'))).not.toContain('マイナンバー');
  });

  it('swaps the personal-device rules with the BYOD switch', () => {
    const forbidden = documentText(generate('rules', {}, 'en'));
    const allowed = documentText(generate('rules', { byod: true }, 'en'));
    expect(forbidden).toContain('may not be used for work');
    expect(forbidden).not.toContain('once registered');
    expect(allowed).toContain('once registered');
    expect(allowed).not.toContain('may not be used for work');
  });

  it('includes each switched chapter or clause only with its switch', () => {
    const markers: Record<string, string> = {
      cloud: 'Cloud service accounts',
      telework: 'Connecting from outside',
      website: 'Website and online shop',
      software: 'Developing and maintaining systems',
      outsourcing: 'Outsourced IT operations',
      serverRoom: 'Server room and shared offices',
      myNumber: 'Handling My Number',
    };
    for (const [key, marker] of Object.entries(markers)) {
      expect(documentText(generate('rules', {}, 'en')), key).not.toContain(marker);
      expect(documentText(generate('rules', { [key]: true }, 'en')), key).toContain(marker);
    }
  });

  it('adds a committee for 50 or more staff and a small-firm clause below that', () => {
    expect(documentText(generate('rules', { staffCount: 49 }, 'en'))).toContain('We have no committee');
    const big = documentText(generate('rules', { staffCount: 50 }, 'en'));
    expect(big).toContain('Information security committee');
    expect(big).not.toContain('We have no committee');
  });

  it('numbers chapters and clauses consecutively whatever is dropped', () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(documentSwitches.map((key) => [key, fc.boolean()]))),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom<DocumentKind>(...documentKinds),
        fc.constantFrom<Locale>('ja', 'en'),
        (switches, staffCount, kind, locale) => {
          const model = generate(kind, { ...switches, staffCount }, locale);
          const chapterNumbers = chapters(model).map((text) => Number(/(\d+)/.exec(text)?.[1]));
          expect(chapterNumbers).toEqual(chapterNumbers.map((_, i) => i + 1));
          const clauses = clauseNumbers(model).map((text) => Number(/(\d+)/.exec(text)?.[1]));
          expect(clauses).toEqual(clauses.map((_, i) => i + 1));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('fills every placeholder in every document, language and combination of switches', () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(documentSwitches.map((key) => [key, fc.boolean()]))),
        fc.constantFrom<DocumentKind>(...documentKinds),
        fc.constantFrom<Locale>('ja', 'en'),
        (switches, kind, locale) => {
          const text = documentText(generate(kind, switches, locale));
          expect(text).not.toMatch(/\{\w+\}/);
          expect(text).toContain(base.firmName);
        },
      ),
      { numRuns: 100 },
    );
    const policy = documentText(generate('policy'));
    expect(policy).toContain('代表取締役 山田太郎');
    expect(policy).toContain('総務部長 佐藤花子');
    expect(policy).toContain('2027年4月1日');
    expect(documentText(generate('policy', {}, 'en'))).toContain('1 April 2027');
  });

  it('writes the English documents without Japanese, apart from the firm’s own names', () => {
    const english = { firmName: 'Test Works', representative: 'Taro Yamada', securityOfficer: 'Hanako Sato' };
    const all = Object.fromEntries(documentSwitches.map((key) => [key, true]));
    for (const kind of documentKinds) {
      const text = documentText(generate(kind, { ...english, ...all }, 'en'));
      expect(text, kind).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('keeps the contractor checklist table and the contract clause example in chapter 9', () => {
    const model = generate('rules');
    const table = model.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.caption).toBe('委託先チェックリスト');
    expect(table?.kind === 'table' && table.rows.length).toBeGreaterThanOrEqual(8);
    expect(documentText(model)).toContain('第○条（秘密の保持）');
  });

  it('links the handbook rules to the guidebook with full URLs', () => {
    const text = documentText(generate('handbook'));
    expect(text).toContain('https://example.jp/guide/2-5/');
    expect(text).toContain('https://example.jp/guide/4-5/');
  });

  it('keeps hostile input as text, in the model and in the .docx', async () => {
    const hostile = {
      firmName: '<script>alert(1)</script>',
      representative: '=HYPERLINK("http://evil.example","x")',
      securityOfficer: '{firmName}',
    };
    const model = generate('policy', hostile);
    const text = documentText(model);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('=HYPERLINK("http://evil.example","x")');
    // A value that looks like a placeholder is printed as typed, never expanded.
    expect(text).toContain('{firmName}');
    const xml = strFromU8(unzipSync(new Uint8Array(await renderDocx(model)))['word/document.xml'] as Uint8Array);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/<w:instrText[^>]*>[^<]*evil\.example/);
  });

  it('drops control characters that XML and PDF cannot carry', () => {
    const text = documentText(generate('policy', { firmName: 'A\u0000B\u0007C' }));
    expect(text).toContain('ABC');
  });
});

describe('withVersionMeta', () => {
  it('adds the version and its approval to the title lines, not to the text body', () => {
    const model = generate('policy');
    const approved = withVersionMeta(model, {
      number: 3,
      createdAt: '2027-03-01T01:00:00Z',
      approvedAt: '2027-03-02T01:00:00Z',
      approvedByName: '山田太郎',
    });
    expect(approved.meta.map((m) => m.value)).toEqual(
      expect.arrayContaining(['第3版（2027年3月1日作成）', '2027年3月2日 山田太郎']),
    );
    expect(approved.blocks).toEqual(model.blocks);
    const draft = withVersionMeta(model, {
      number: 1,
      createdAt: '2027-03-01T01:00:00Z',
      approvedAt: null,
      approvedByName: null,
    });
    expect(draft.meta.at(-1)?.value).toBe('未承認');
  });
});
