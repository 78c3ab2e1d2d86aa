import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checks as jaChecks } from '../../i18n/ja/checks.ts';
import { checks as enChecks } from '../../i18n/en/checks.ts';
import { findQuestionSetProblems, scoringModelOf } from './question-set.ts';
import { loadFiveMinuteSet } from './testing/five-minute-set.ts';

const content = new URL('../../content/', import.meta.url);
const glossaryIds = new Set(
  readdirSync(new URL('glossary/', content))
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) =>
      (parse(readFileSync(new URL(`glossary/${name}`, content), 'utf8')) as { id: string }[]).map((t) => t.id),
    ),
);
const actionIds = new Set(
  readdirSync(new URL('sections/mission2/', content))
    .filter((name) => name.endsWith('.ja.md'))
    .map((name) => name.replace('.ja.md', '')),
);
const set = loadFiveMinuteSet();

describe('the five-minute check data', () => {
  it('has 25 questions q01…q25 in parts of 5, 13 and 7 (FACTS.md §1)', () => {
    expect(set.questions.map((q) => q.id)).toEqual(
      Array.from({ length: 25 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`),
    );
    expect(set.parts.map((part) => [part.id, part.questions.length])).toEqual([
      ['basic', 5],
      ['employee', 13],
      ['organization', 7],
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('scores yes/partial/no/unknown as 4/2/0/−1 on every question, with "unknown" for review', () => {
    for (const question of set.questions) {
      expect(question.choices.map((c) => [c.id, c.points, c.review === true])).toEqual([
        ['yes', 4, false],
        ['partial', 2, false],
        ['no', 0, false],
        ['unknown', -1, true],
      ]);
    }
  });

  it('has the four bands of FACTS.md §1', () => {
    expect(set.bands.map((band) => [band.id, band.min, band.max])).toEqual([
      ['perfect', 100, 100],
      ['mostly', 70, 99],
      ['insufficient', 50, 69],
      ['critical', -25, 49],
    ]);
  });

  it('links only to glossary terms and Mission2 actions that exist', () => {
    expect(findQuestionSetProblems(set, { fileId: 'five-minute-check', glossaryIds, actionIds })).toEqual([]);
  });

  it('has no stray spaces between Japanese characters (a folded YAML line would add one)', () => {
    const japanese = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(japanese)
          : value && typeof value === 'object'
            ? Object.entries(value).flatMap(([key, inner]) => (key === 'en' ? [] : japanese(inner)))
            : [];
    const spaced = japanese(set).filter((text) => /[\u3000-\u9fff]\s+[\u3000-\u9fff]/.test(text));
    expect(spaced).toEqual([]);
  });

  it('maps the five principles (5か条) to part 1', () => {
    expect(set.securityAction?.principles).toEqual(set.parts[0]!.questions.map((q) => q.id));
  });
});

describe('SECURITY ACTION wording', () => {
  it('calls it a declaration (宣言), never a certification (認定, 取得)', () => {
    const texts = [...Object.values(jaChecks), ...Object.values(enChecks), JSON.stringify(set)];
    expect(texts.filter((text) => /認定|取得|certif(ied|icate)|acquir/i.test(text))).toEqual([]);
    expect(jaChecks['check.sa.oneStar']).toContain('宣言');
  });
});

describe('findQuestionSetProblems', () => {
  it('reports a wrong file name, unknown glossary terms and unknown actions', () => {
    const problems = findQuestionSetProblems(set, {
      fileId: 'five-minute',
      glossaryIds: new Set(),
      actionIds: new Set(['2-2']),
    });
    expect(problems).toContainEqual(expect.stringContaining('five-minute.yaml: its id is "five-minute-check"'));
    expect(problems).toContainEqual('five-minute-check q01: unknown glossary term "os-update"');
    expect(problems).toContainEqual('five-minute-check q02: unknown Mission2 action "2-3"');
    expect(problems).not.toContainEqual(expect.stringContaining('"2-2"'));
  });
});

describe('scoringModelOf', () => {
  it('keeps only what scoring needs (no texts), small enough to send to the browser', () => {
    const model = scoringModelOf(set);
    const json = JSON.stringify(model);
    expect(json).not.toMatch(/[\u3040-\u30ff]/);
    expect(json.length).toBeLessThan(4000);
    expect(model.parts[0]!.questions[0]!.choices[3]).toEqual({ id: 'unknown', points: -1, review: true });
  });
});
