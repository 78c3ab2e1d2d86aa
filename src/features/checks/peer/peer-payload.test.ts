import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFiveMinuteSet } from '../testing/five-minute-set.ts';
import { buildPeerPayload, formatPeerPayload, peerPayloadSchema } from './peer-payload.ts';

const set = loadFiveMinuteSet();
const answers = fc
  .array(fc.constantFrom('yes', 'partial', 'no', 'unknown'), { minLength: 25, maxLength: 25 })
  .map((choices) => Object.fromEntries(set.questions.map((question, index) => [question.id, choices[index]!])));

describe('peer-benchmark payload', () => {
  it('holds the set, industry, size, total and points per question, and nothing else', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom('A', 'E', 'T'), fc.constantFrom('micro', 'small', 'medium'), (a, i, s) => {
        const payload = buildPeerPayload(set, a, { industry: i, sizeBand: s });
        expect(Object.keys(payload).sort()).toEqual(['industry', 'questionSet', 'scores', 'sizeBand', 'total']);
        expect(payload.questionSet).toEqual({ id: 'five-minute-check', version: set.version });
        expect(payload.scores).toHaveLength(25);
        expect(payload.scores.reduce<number>((sum, points) => sum + (points ?? 0), 0)).toBe(payload.total);
        expect(payload.scores.every((points) => [4, 2, 0, -1].includes(points ?? NaN))).toBe(true);
      }),
    );
  });

  it('cannot carry anything that identifies the organisation, even when it is passed in', () => {
    const organization = {
      id: '3f1c0d2e-1111-4222-8333-944455556666',
      name: 'SECRET-FIRM 株式会社',
      industry: 'E',
      sizeBand: 'small',
      email: 'owner@secret.example',
    };
    const text = formatPeerPayload(
      buildPeerPayload(set, fc.sample(answers, { numRuns: 1, seed: 7 })[0]!, organization),
    );
    for (const secret of [organization.id, organization.name, organization.email, 'SECRET'])
      expect(text).not.toContain(secret);
    // Apart from numbers and nulls, the only values in it are the set id and the two codes.
    const values: unknown[] = [];
    const walk = (value: unknown): void => {
      if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
      else values.push(value);
    };
    walk(JSON.parse(text));
    const strings = values.filter((value) => typeof value === 'string');
    expect(strings.sort()).toEqual(['E', 'five-minute-check', 'small']);
    expect(values.every((value) => value === null || ['number', 'string'].includes(typeof value))).toBe(true);
  });

  it('refuses an industry or size that is not a known code', () => {
    const a = Object.fromEntries(set.questions.map((question) => [question.id, 'yes']));
    expect(() => buildPeerPayload(set, a, { industry: 'Acme Ltd', sizeBand: 'small' })).toThrow();
    expect(() => buildPeerPayload(set, a, { industry: 'E', sizeBand: 'tiny' })).toThrow();
  });

  it('shows the payload as readable JSON that parses back to the same payload', () => {
    const a = Object.fromEntries(set.questions.map((question) => [question.id, 'partial']));
    const payload = buildPeerPayload(set, a, { industry: 'I', sizeBand: 'micro' });
    const text = formatPeerPayload(payload);
    expect(text).toContain('\n  "industry": "I"');
    expect(peerPayloadSchema.parse(JSON.parse(text))).toEqual(payload);
    expect(payload.total).toBe(50);
    // Questions that were not asked show as null, and still parse back.
    const withGaps = { ...payload, scores: [4, null, 0] };
    expect(formatPeerPayload(withGaps)).toContain('"scores": [4, null, 0]');
    expect(peerPayloadSchema.parse(JSON.parse(formatPeerPayload(withGaps)))).toEqual(withGaps);
  });
});
